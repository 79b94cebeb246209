import { defineElement } from '../shared/define';
import { SppStrengthsDirectory } from './strengths-directory.component';

defineElement('spp-strengths-directory', SppStrengthsDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'spp-strengths-directory': SppStrengthsDirectory;
  }
}
export { SppStrengthsDirectory };
export { SppSupportSuggestedEvent, type SupportSuggestion } from './strengths-directory.events';
