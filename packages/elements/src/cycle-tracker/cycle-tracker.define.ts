import { defineElement } from '../shared/define';
import { SppCycleTracker } from './cycle-tracker.component';

defineElement('spp-cycle-tracker', SppCycleTracker);

declare global {
  interface HTMLElementTagNameMap {
    'spp-cycle-tracker': SppCycleTracker;
  }
}
export { SppCycleTracker };
export { CycleListController } from '../shared/cycle-list-controller';
