import { defineElement } from '../shared/define';
import { SppSelfReview } from './self-review.component';

defineElement('spp-self-review', SppSelfReview);

declare global {
  interface HTMLElementTagNameMap {
    'spp-self-review': SppSelfReview;
  }
}
export { SppSelfReview };
