import { defineElement } from '../shared/define';
import { SppReviewPlan } from './review-plan.component';

defineElement('spp-review-plan', SppReviewPlan);

declare global {
  interface HTMLElementTagNameMap {
    'spp-review-plan': SppReviewPlan;
  }
}
export { SppReviewPlan };
