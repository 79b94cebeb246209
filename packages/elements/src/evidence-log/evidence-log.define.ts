import { defineElement } from '../shared/define';
import { SppEvidenceLog } from './evidence-log.component';

defineElement('spp-evidence-log', SppEvidenceLog);

declare global {
  interface HTMLElementTagNameMap {
    'spp-evidence-log': SppEvidenceLog;
  }
}
export { SppEvidenceLog };
