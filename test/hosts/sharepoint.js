// Stands in for the SPFx runtime on sharepoint.html: builds each web part's `context` in the SPFx
// shapes (a ThemeProvider service with themeChangedEvent, Teams when asked, and
// aadTokenProviderFactory, whose AadTokenProvider gets Microsoft Entra ID tokens) and mounts
// @spp/sharepoint's SppWebPart into every [data-sp-webpart] element, as SharePoint does with the
// web part's saved properties. The properties come from the page address here:
//
//   ?server=<url>            the trust's peer review service (@spp/server)
//   &app=<uri>               the Application ID URI of its API (the token's resource)
//   &partnership=p-riverside the partnership id (default p-riverside)
//   &widget=self-review      the main web part's widget; &cycle=c-ashby its review cycle
//   &strong=cycle-tracker    the web part in the "strong" (inverted) section (none if absent)
//   &theme=none              no ThemeProvider service (the page's Fluent tokens apply)
//   &teams=1                 hosted in Teams
//
// Nothing here says who is signed in: as on SharePoint, the token does, and the service reads it.
// The token provider stands in for SPFx's (a tenant cannot run here): it asks the test's identity
// provider, /idp/<resource>/token.json, which answers { access_token, expires_in } for whoever the
// test has signed in, or { error, error_description } (no consent); it keeps the token like SPFx
// does, until shortly before it expires, and asks afresh when `useCachedToken` is false.
//
// window.__sppSharePoint lets the test raise a theme change or dispose a web part, as SharePoint
// would when an author edits the page, and count the tokens the web parts asked for.
import { SppWebPart, THEME_PROVIDER_SERVICE_KEY } from '../sharepoint/spp-sharepoint.js';

const params = new URLSearchParams(location.search);

/** A SharePoint site theme ("Teal"), the standard and the strong-section variants. */
const palette = {
  themePrimary: '#03787c',
  themeLighterAlt: '#f0f9fa',
  themeLighter: '#c5e9ea',
  themeLight: '#98d6d8',
  themeTertiary: '#49aeb1',
  themeSecondary: '#13898d',
  themeDarkAlt: '#026d70',
  themeDark: '#025c5f',
  themeDarker: '#014446',
  neutralLighterAlt: '#faf9f8',
  neutralLighter: '#f3f2f1',
  neutralLight: '#edebe9',
  neutralTertiary: '#a19f9d',
  neutralSecondary: '#605e5c',
  neutralPrimary: '#323130',
  black: '#000000',
  white: '#ffffff',
  redDark: '#a4262c',
  green: '#107c10',
  yellowLight: '#fff4ce',
};
const fonts = { medium: { fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif", fontSize: '14px' } };
export const THEMES = {
  standard: {
    palette,
    fonts,
    isInverted: false,
    effects: { roundedCorner2: '2px' },
    semanticColors: {
      bodyBackground: '#ffffff',
      bodyStandoutBackground: '#faf9f8',
      bodyText: '#323130',
      bodySubtext: '#605e5c',
      bodyDivider: '#edebe9',
      primaryButtonBackground: '#03787c',
      primaryButtonBackgroundHovered: '#026d70',
      primaryButtonText: '#ffffff',
      inputBorder: '#605e5c',
      focusBorder: '#323130',
      errorText: '#a4262c',
      warningBackground: '#fff4ce',
    },
  },
  strong: {
    palette,
    fonts,
    isInverted: true,
    effects: { roundedCorner2: '2px' },
    semanticColors: {
      bodyBackground: '#03787c',
      bodyStandoutBackground: '#026d70',
      bodyText: '#ffffff',
      bodySubtext: '#f0f9fa',
      bodyDivider: '#49aeb1',
      primaryButtonBackground: '#ffffff',
      primaryButtonBackgroundHovered: '#f0f9fa',
      primaryButtonText: '#03787c',
      inputBorder: '#c5e9ea',
      focusBorder: '#ffffff',
      errorText: '#ffe0e0',
      warningBackground: '#014446',
    },
  },
};

/** SPFx's SPEvent: handlers added with an observer, raised with event args. */
class SPEvent {
  #handlers = [];
  add(observer, handler) {
    this.#handlers.push([observer, handler]);
  }
  remove(observer, handler) {
    this.#handlers = this.#handlers.filter(([o, h]) => o !== observer || h !== handler);
  }
  raise(args) {
    for (const [observer, handler] of this.#handlers) handler.call(observer, args);
  }
  get count() {
    return this.#handlers.length;
  }
}

function themeProvider(variant) {
  let theme = THEMES[variant];
  const themeChangedEvent = new SPEvent();
  return {
    tryGetTheme: () => theme,
    themeChangedEvent,
    change(next) {
      theme = THEMES[next];
      themeChangedEvent.raise({ theme });
    },
  };
}

/** Every getToken call of the web parts: `{ resource, fresh }` (fresh: useCachedToken was false). */
const tokenRequests = [];

/**
 * SPFx's AadTokenProvider: one per page; a token is kept per resource until five minutes before it
 * expires, and calls made while one is being fetched share it.
 */
class AadTokenProvider {
  #kept = new Map();
  getToken(resource, useCachedToken = true) {
    tokenRequests.push({ resource, fresh: useCachedToken === false });
    const kept = this.#kept.get(resource);
    if (useCachedToken !== false && kept && (kept.until === undefined || kept.until > Date.now())) return kept.token;
    const entry = { token: undefined, until: undefined };
    entry.token = fetch(`./idp/${encodeURIComponent(resource)}/token.json`, { cache: 'no-store' })
      .then((response) => response.json())
      .then((answer) => {
        if (!answer.access_token) throw new Error(`${answer.error}: ${answer.error_description}`);
        entry.until = Date.now() + (answer.expires_in - 300) * 1000;
        return answer.access_token;
      })
      .catch((error) => {
        if (this.#kept.get(resource) === entry) this.#kept.delete(resource); // not kept: asked again next time
        throw error;
      });
    this.#kept.set(resource, entry);
    return entry.token;
  }
}
const tokenProvider = new AadTokenProvider();
const aadTokenProviderFactory = { getTokenProvider: async () => tokenProvider };

function contextFor(element, provider) {
  const teams = params.get('teams') === '1';
  return {
    instanceId: element.dataset.instanceId,
    manifest: { id: '7d881097-b5b8-4156-9d7a-2a152a6aee3d', alias: 'SppWebPart', version: '0.1.0' },
    aadTokenProviderFactory,
    pageContext: {
      web: { absoluteUrl: `${location.origin}/sites/riverside`, title: 'Riverside Learning Partnership', language: 2057 },
      cultureInfo: { currentUICultureName: params.get('culture') ?? 'en-GB' },
    },
    serviceScope: {
      consume(key) {
        if (key === THEME_PROVIDER_SERVICE_KEY.key && provider) return provider;
        throw new Error(`No service for ${String(key)}`);
      },
    },
    sdks: teams ? { microsoftTeams: { context: { app: { theme: 'default', locale: 'en-gb' } } } } : {},
  };
}

async function main() {
  const common = { partnershipId: params.get('partnership') ?? 'p-riverside', serverUrl: params.get('server') ?? '', applicationIdUri: params.get('app') ?? '' };
  const setups = [
    ['webpart-main', { ...common, widget: params.get('widget') ?? 'self-review', cycleId: params.get('cycle') ?? 'c-ashby' }, 'standard'],
    ['webpart-strong', params.get('strong') ? { ...common, widget: params.get('strong'), cycleId: params.get('strong-cycle') ?? '' } : undefined, 'strong'],
  ];
  const parts = new Map();
  const providers = new Map();
  for (const [id, properties, variant] of setups) {
    if (!properties) continue;
    const element = document.getElementById(id);
    const provider = params.get('theme') === 'none' ? undefined : themeProvider(variant);
    providers.set(id, provider);
    parts.set(id, await SppWebPart.mount(element, contextFor(element, provider), properties));
  }
  window.__sppSharePoint = {
    parts,
    providers,
    changeTheme: (id, variant) => providers.get(id)?.change(variant),
    themeHandlers: (id) => providers.get(id)?.themeChangedEvent.count ?? 0,
    dispose: (id) => parts.get(id)?.dispose(),
    tokenRequests,
  };
  document.documentElement.dataset.mounted = 'true';
}

main().catch((error) => {
  console.error(error);
  document.documentElement.dataset.mounted = 'failed';
});
