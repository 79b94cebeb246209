import { defineElement } from '../shared/define';
import { SppProvider } from './provider.component';

defineElement('spp-provider', SppProvider);

declare global {
  interface HTMLElementTagNameMap {
    'spp-provider': SppProvider;
  }
}
export { SppProvider };
