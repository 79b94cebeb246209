import { defineElement } from '../shared/define';
import { SppActionPlan } from './action-plan.component';

defineElement('spp-action-plan', SppActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'spp-action-plan': SppActionPlan;
  }
}
export { SppActionPlan };
