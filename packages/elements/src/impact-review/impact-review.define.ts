import { defineElement } from '../shared/define';
import { SppImpactReview } from './impact-review.component';

defineElement('spp-impact-review', SppImpactReview);

declare global {
  interface HTMLElementTagNameMap {
    'spp-impact-review': SppImpactReview;
  }
}
export { SppImpactReview };
