import { defineElement } from '../shared/define';
import { SppReviewSchedule } from './review-schedule.component';

defineElement('spp-review-schedule', SppReviewSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'spp-review-schedule': SppReviewSchedule;
  }
}
export { SppReviewSchedule };
export { SppSchedulePublishedEvent } from './review-schedule.events';
