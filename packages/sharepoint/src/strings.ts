/**
 * Every text the web part shows itself: its messages and its property pane (the widgets have their
 * own, see `setStrings` in @spp/elements). en-GB. An SPFx project localises it by assigning to it
 * before the web part renders: `Object.assign(webPartStrings, strings)`, with `strings` from its
 * loc/*.js files. `{name}` is filled in with `format()`, always as text, never as HTML.
 */
export const webPartStrings = {
  loading: 'Connecting to the peer review service…',
  notConfigured: 'This web part is not set up yet. Edit it and fill in: {missing}.',
  /** Joins the names of the missing properties in `notConfigured`. */
  listSeparator: ', ',
  unknownWidget: 'There is no SPP widget called “{widget}”. Edit the web part and choose one from the list.',
  needsCycle: 'The {widget} shows one review cycle. Edit the web part and enter the cycle id.',
  badServerUrl: 'The service address “{url}” is not a valid https:// address. Edit the web part and enter the address of your trust’s peer review service.',
  badApplicationIdUri:
    'The API application ID URI “{uri}” is not one Microsoft Entra ID can issue a token for. Edit the web part and enter the Application ID URI of the service’s app registration, for example api://<client id>.',
  badPartnershipId: 'The partnership id “{id}” can only use letters, digits, -, _, . and :. Edit the web part and check it.',
  noTokenProvider: 'This page cannot get a Microsoft 365 sign-in token for the peer review service. The web part has to run inside SharePoint Online or Teams.',
  consentMissing:
    'The web part could not get permission to call the peer review service ({uri}). A SharePoint administrator must approve the web part’s API access request: SharePoint admin center → Advanced → API access. If it is approved already, check that the Application ID URI in the web part’s properties is the one the request names.',
  unreachable: 'The peer review service at {url} cannot be reached. Check your connection and reload the page; if this keeps happening, ask your IT team to check the service and that it allows this SharePoint site.',
  notMember: 'The peer review service will not show you this partnership. {message}',
  signInRefused:
    'The peer review service did not accept your sign-in. {message} IT team: check that the service’s audience (SPP_OIDC_AUDIENCE) matches the Application ID URI in the web part’s properties.',
  partnershipMissing: 'There is no partnership “{id}” on the peer review service at {url}. Check the partnership id in the web part’s properties.',
  serverTrouble: 'The peer review service at {url} could not answer just now (HTTP {status}). Reload the page in a moment.',
  notTheService: 'Something other than the peer review service answered at {url}. Check the service address in the web part’s properties.',
  /** Follows a message with the technical reason it came from (Microsoft Entra ID’s, the browser’s). */
  details: 'Details: {reason}',

  propertyPaneDescription: 'SPP peer review: which widget to show, for which partnership, from your trust’s peer review service.',
  groupWidget: 'Widget',
  groupServer: 'Peer review service',
  widgetLabel: 'Widget',
  cycleLabel: 'Review cycle id',
  cycleDescription: 'For the self-review, review plan, evidence log, workshop and action plan.',
  cyclePlaceholder: 'c-kelmarsh',
  partnershipLabel: 'Partnership id',
  partnershipDescription: 'The partnership’s id on the service.',
  partnershipPlaceholder: 'p-riverside',
  serverUrlLabel: 'Service address',
  serverUrlDescription: 'Where your trust’s peer review service (spp-server) answers. It must allow this SharePoint site (SPP_ALLOWED_ORIGINS).',
  serverUrlPlaceholder: 'https://spp.trust.example',
  applicationIdUriLabel: 'API application ID URI',
  applicationIdUriDescription:
    'The Application ID URI of the service’s app registration in Microsoft Entra ID (Expose an API). The web part asks for a token for it, so it must match the service’s SPP_OIDC_AUDIENCE.',
  applicationIdUriPlaceholder: 'api://00000000-0000-0000-0000-000000000000',
};

export type WebPartStrings = typeof webPartStrings;

/** Fills `{name}` placeholders; an unknown one is left as it is. */
export const format = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
