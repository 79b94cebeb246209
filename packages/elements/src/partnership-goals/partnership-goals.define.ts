import { defineElement } from '../shared/define';
import { SppPartnershipGoals } from './partnership-goals.component';

defineElement('spp-partnership-goals', SppPartnershipGoals);

declare global {
  interface HTMLElementTagNameMap {
    'spp-partnership-goals': SppPartnershipGoals;
  }
}
export { SppPartnershipGoals };
