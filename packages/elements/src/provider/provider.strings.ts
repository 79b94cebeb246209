/**
 * en-GB text of `<spp-provider>`: the messages it shows when the widgets inside have no
 * partnership. Replace any of it with `setStrings({ provider: { … } })`.
 */
import { defineStrings } from '../shared/strings';

export const providerStrings = defineStrings(
  'provider',
  {
  /** The page's store (the `store` property) was asked and has no such partnership. */
  partnershipMissing: 'No partnership called “{id}” was found.',
  /**
   * No `store` has been set yet, and the provider's built-in store (`storage`) has no such
   * partnership: on a script-tag page the page's own module usually sets the store a moment later.
   */
  noStoreYet:
    'No store has been given to these widgets yet, and the partnership “{id}” is not in this browser’s own storage. They connect as soon as the page gives them its store.',
  /** `server-url` is set and the service is being asked who is signed in. */
  connecting: 'Connecting to the peer review service…',
  /** The service did not answer, and this device has not kept anything from it for this sign-in. */
  serverUnreachable:
    'The peer review service cannot be reached, and nothing from it is kept on this device for you yet. Check the connection: this page tries again by itself.',
  /** The service says the sign-in is missing or has ended (its own message follows). */
  signedOut: 'You are not signed in to the peer review service. {message}',
  /** The service will not serve this person here (its own message follows). */
  forbidden: 'The peer review service will not open this partnership for you. {message}',
  /** The service answered with something that is not its own answer (a sign-in page, a proxy error). */
  notTheService: 'Something other than the peer review service answered at this address. Check the server address this page was given.',
},
  { cy: () => import('./provider.strings.cy') },
);
