/**
 * en-GB text of `<spp-provider>`: the messages it shows when the widgets inside have no
 * partnership. Replace any of it with `setStrings({ provider: { … } })`.
 */
import { defineStrings } from '../shared/strings';

export const providerStrings = defineStrings('provider', {
  /** The page's store (the `store` property) was asked and has no such partnership. */
  partnershipMissing: 'No partnership called “{id}” was found.',
  /**
   * No `store` has been set yet, and the provider's built-in store (`storage`) has no such
   * partnership: on a script-tag page the page's own module usually sets the store a moment later.
   */
  noStoreYet:
    'No store has been given to these widgets yet, and the partnership “{id}” is not in this browser’s own storage. They connect as soon as the page gives them its store.',
});
