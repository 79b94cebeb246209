import { defineElement } from '../shared/define';
import { SppWorkshopPlanner } from './workshop-planner.component';

defineElement('spp-workshop-planner', SppWorkshopPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'spp-workshop-planner': SppWorkshopPlanner;
  }
}
export { SppWorkshopPlanner };
