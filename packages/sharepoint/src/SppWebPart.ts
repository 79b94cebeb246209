/**
 * The SPP web part for SharePoint Online, in the shape of an SPFx `BaseClientSideWebPart` but with
 * no framework: `properties`, `context`, `domElement`, `onInit()`, `render()`,
 * `onThemeChanged()`, `onDispose()`, `getPropertyPaneConfiguration()`, `dataVersion`. It runs as it
 * is (a page script calls `SppWebPart.mount()`, which plays the SPFx lifecycle), and a real SPFx
 * project wraps it in a few lines (docs/sharepoint.md).
 *
 * What it does on render:
 * 1. opens the store the properties name: IndexedDB in this browser, or the trust's HTTP API
 *    (`createStore(httpAdapter({ baseUrl }))`, docs/storage-http.md);
 * 2. reads the partnership and maps the signed-in Microsoft 365 user to a person in it by email
 *    (case-insensitive). No match: a clear message and no widget, so no access;
 * 3. shows `<spp-provider>` with that person and the chosen widget, themed from the site theme
 *    (`themeToCssVars`: palette and semantic colours onto the `--spp-*` properties).
 *
 * Nothing here needs inline script or inline style: the DOM is built with createElement, styles are
 * set through the CSSOM, and the widgets ship inside this module (see elements.ts), so it runs under
 * SharePoint's script Content-Security-Policy and under a strict Trusted Types policy.
 */
import './elements';
import { createStore, httpAdapter, indexedDbAdapter, localStorageQueue, type HttpAdapter, type IndexedDbAdapter, type Partnership, type Store } from '@spp/core';
import type { SppProvider } from '@spp/elements';
import { matchPerson } from './identity';
import type { PropertyPaneConfigurationLike, ReadonlyThemeLike, ThemeChangedEventArgsLike, ThemeProviderLike, WebPartContextLike } from './spfx';
import { applyTheme } from './theme';
import { CYCLE_WIDGETS, WIDGETS, isWidgetName, type WidgetName } from './widgets';

export type StorageChoice = 'indexeddb' | 'http';

/** The web part's properties (`this.properties`), edited in the property pane. */
export interface SppWebPartProps {
  /** Which widget to show: `self-review`, `review-plan`, … (see WIDGETS). */
  widget: WidgetName | string;
  /** The review cycle, for the widgets that show one (self-review, review plan, evidence log, workshop, action plan). */
  cycleId?: string;
  /** The partnership record's id, e.g. `p-riverside`. */
  partnershipId: string;
  /** `indexeddb`: records stay in this browser. `http`: the trust's API at `apiBaseUrl`. */
  storage: StorageChoice;
  /** The storage API, e.g. `https://spp-api.trust.example` (for `storage: 'http'`). */
  apiBaseUrl?: string;
}

/** Texts the web part shows itself (the widgets have their own, see `setStrings`). */
export const webPartStrings = {
  loading: 'Loading peer review…',
  notConfigured: 'This web part is not set up yet. Edit it and choose a widget and a partnership.',
  unknownWidget: 'There is no SPP widget called “{widget}”. Edit the web part and choose one from the list.',
  needsCycle: 'The {widget} shows one review cycle. Edit the web part and enter the cycle id.',
  needsApi: 'Storage on the trust’s server needs its address. Edit the web part and enter the API address.',
  badApi: 'The API address “{url}” is not a valid https:// address.',
  partnershipMissing: 'The partnership “{id}” was not found in {where}. Check the partnership id in the web part properties.',
  storageFailed: 'The partnership could not be read from {where}: {reason}',
  noEmail: 'Your account has no email address, so it cannot be matched to a person in the partnership. Ask your IT team for help.',
  notMember: 'You are signed in as {email}, which is not the email of anyone in {partnership}. Ask your partnership lead to add this address to your record. Until then the peer-review records are not shown to you.',
  ambiguous: 'More than one person in {partnership} has the email {email}. Ask your partnership lead to correct the partnership record.',
  whereIndexedDb: 'this browser',
  whereHttp: 'the trust’s server ({url})',
  propertyPaneDescription: 'SPP peer review: which widget to show, for which partnership, and where its records are kept.',
  groupWidget: 'Widget',
  groupStorage: 'Storage',
  widgetLabel: 'Widget',
  cycleLabel: 'Review cycle id',
  cycleDescription: 'For the self-review, review plan, evidence log, workshop and action plan.',
  partnershipLabel: 'Partnership id',
  storageLabel: 'Where records are kept',
  storageIndexedDb: 'In each person’s browser (IndexedDB)',
  storageHttp: 'On the trust’s server (HTTP API)',
  apiLabel: 'API address',
  apiDescription: 'The trust’s SPP storage API (see the storage guide). Its origin must be allowed to receive requests from SharePoint (CORS).',
};

const format = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** `ThemeProvider.serviceKey` in SPFx; anything the context's service scope recognises elsewhere. */
export const THEME_PROVIDER_SERVICE_KEY: { key: unknown } = { key: 'ThemeProvider' };

/** Lets `https:` everywhere, and `http:` only for a local server (development, tests). */
function checkApiUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url;
    if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return url;
  } catch {
    /* not a URL */
  }
  return undefined;
}

interface OpenStore {
  signature: string;
  store: Store;
  adapter: HttpAdapter | IndexedDbAdapter;
}

export class SppWebPart {
  /** Set by SPFx (or `mount`) before `onInit`. */
  public context!: WebPartContextLike;
  /** The web part's host element, given by SharePoint. Everything is rendered inside it. */
  public domElement!: HTMLElement;
  public properties: SppWebPartProps = { widget: '', partnershipId: '', storage: 'indexeddb' };

  private themeProvider?: ThemeProviderLike;
  private theme?: ReadonlyThemeLike;
  private root?: HTMLDivElement;
  private openStore?: OpenStore;
  private renderCount = 0;
  private disposed = false;

  /** The version of the saved properties (SPFx `dataVersion`). */
  protected get dataVersion(): string {
    return '1.0';
  }

  /**
   * Plays the SPFx lifecycle for a page without SPFx: sets `domElement`, `context` and
   * `properties`, awaits `onInit()`, then `render()`. Returns the web part (call `dispose()` to
   * remove it).
   */
  static async mount(domElement: HTMLElement, context: WebPartContextLike, properties: Partial<SppWebPartProps>): Promise<SppWebPart> {
    const part = new this();
    part.domElement = domElement;
    part.context = { ...context, domElement };
    part.properties = { ...part.properties, ...properties };
    await part.onInit();
    part.render();
    return part;
  }

  /** SPFx `onInit`: subscribes to the site theme (section variants included). */
  public async onInit(): Promise<void> {
    try {
      this.themeProvider = this.context.serviceScope?.consume<ThemeProviderLike>(THEME_PROVIDER_SERVICE_KEY.key);
    } catch {
      this.themeProvider = undefined; // no theme service: the page's Fluent tokens apply
    }
    this.theme = this.themeProvider?.tryGetTheme();
    this.themeProvider?.themeChangedEvent.add(this, this.handleThemeChanged);
  }

  private readonly handleThemeChanged = (args: ThemeChangedEventArgsLike): void => {
    this.onThemeChanged(args.theme);
  };

  /** SPFx calls this when the theme or the section's variant changes. */
  public onThemeChanged(theme: ReadonlyThemeLike | undefined): void {
    this.theme = theme;
    if (this.root) applyTheme(this.root, theme);
  }

  /** The element holding the message or the widget; theme properties are set on it. */
  private ensureRoot(): HTMLDivElement {
    if (!this.root || this.root.parentNode !== this.domElement) {
      this.root = document.createElement('div');
      this.root.className = 'spp-webpart';
      this.root.dataset['host'] = this.context.sdks?.microsoftTeams ? 'teams' : 'sharepoint';
      this.domElement.replaceChildren(this.root);
    }
    applyTheme(this.root, this.theme);
    return this.root;
  }

  /** A message in place of the widget: `alert` for problems the person must act on. */
  private showMessage(text: string, kind: 'status' | 'alert'): void {
    const root = this.ensureRoot();
    const p = document.createElement('p');
    p.className = `spp-webpart-message spp-webpart-${kind}`;
    p.setAttribute('role', kind);
    p.textContent = text;
    // CSSOM, not a style attribute: allowed by a strict style-src.
    Object.assign(p.style, { margin: '0', padding: '12px 16px', borderInlineStart: '4px solid', borderColor: kind === 'alert' ? 'var(--spp-color-danger, #b10e1c)' : 'var(--spp-color-brand, #0f6cbd)', color: 'var(--spp-color-text, inherit)', background: 'var(--spp-color-surface, transparent)', fontFamily: 'var(--spp-font-family, inherit)' });
    root.replaceChildren(p);
  }

  private where(): string {
    return this.properties.storage === 'http' ? format(webPartStrings.whereHttp, { url: this.properties.apiBaseUrl ?? '' }) : webPartStrings.whereIndexedDb;
  }

  /** The store for the current properties and user, reused across renders. */
  private store(): Store {
    const { storage, apiBaseUrl } = this.properties;
    const user = this.context.pageContext.user;
    const signature = JSON.stringify([storage, storage === 'http' ? apiBaseUrl : '', user.loginName]);
    if (this.openStore?.signature === signature) return this.openStore.store;
    this.closeStore();
    let adapter: HttpAdapter | IndexedDbAdapter;
    if (storage === 'http') {
      const base = checkApiUrl(apiBaseUrl)!.href;
      const fetchForApi = this.createApiFetch();
      adapter = httpAdapter({
        baseUrl: base,
        // Each person's unsent saves apart on a shared laptop.
        queue: localStorageQueue({ key: `spp-queue:${base}:${user.loginName}` }),
        pollIntervalMs: 30_000,
        ...(fetchForApi ? { fetch: fetchForApi } : { credentials: new URL(base).origin === location.origin ? 'same-origin' : 'include' }),
      });
    } else {
      adapter = indexedDbAdapter({ name: 'spp' });
    }
    this.openStore = { signature, store: createStore(adapter), adapter };
    return this.openStore.store;
  }

  /**
   * The `fetch` the HTTP adapter uses. Override in SPFx to call an API protected by Microsoft
   * Entra ID: `(url, init) => aadClient.fetch(url, AadHttpClient.configurations.v1, init)`.
   * Undefined: the browser's fetch with the trust's session cookie.
   */
  protected createApiFetch(): typeof fetch | undefined {
    return undefined;
  }

  private closeStore(): void {
    this.openStore?.adapter.close();
    this.openStore = undefined;
  }

  /** SPFx `render`: called after `onInit` and whenever a property changes. */
  public render(): void {
    if (this.disposed) return;
    const run = ++this.renderCount;
    const { widget, partnershipId, cycleId, storage, apiBaseUrl } = this.properties;
    if (!widget || !partnershipId) return this.showMessage(webPartStrings.notConfigured, 'status');
    if (!isWidgetName(widget)) return this.showMessage(format(webPartStrings.unknownWidget, { widget }), 'alert');
    if (CYCLE_WIDGETS.includes(widget) && !cycleId) return this.showMessage(format(webPartStrings.needsCycle, { widget: WIDGETS[widget].toLowerCase() }), 'alert');
    if (storage === 'http' && !apiBaseUrl) return this.showMessage(webPartStrings.needsApi, 'alert');
    if (storage === 'http' && !checkApiUrl(apiBaseUrl)) return this.showMessage(format(webPartStrings.badApi, { url: apiBaseUrl ?? '' }), 'alert');
    this.showMessage(webPartStrings.loading, 'status');
    void this.renderWidget(run, widget);
  }

  private async renderWidget(run: number, widget: WidgetName): Promise<void> {
    const { partnershipId, cycleId } = this.properties;
    let store: Store;
    let partnership: Partnership | undefined;
    try {
      store = this.store();
      partnership = await store.get('partnership', partnershipId);
    } catch (error) {
      if (run === this.renderCount) this.showMessage(format(webPartStrings.storageFailed, { where: this.where(), reason: (error as Error).message }), 'alert');
      return;
    }
    if (run !== this.renderCount || this.disposed) return; // a newer render took over
    if (!partnership) return this.showMessage(format(webPartStrings.partnershipMissing, { id: partnershipId, where: this.where() }), 'alert');

    const match = matchPerson(partnership, this.context.pageContext.user, this.context.sdks?.microsoftTeams);
    if (!match.ok) {
      const email = match.emails[0] ?? '';
      const text = match.reason === 'no-email' ? webPartStrings.noEmail : match.reason === 'ambiguous' ? webPartStrings.ambiguous : webPartStrings.notMember;
      return this.showMessage(format(text, { email, partnership: partnership.name }), 'alert');
    }

    const provider = document.createElement('spp-provider') as SppProvider;
    provider.store = store;
    provider.partnership = partnership;
    provider.actorId = match.person.id;
    if (cycleId) provider.cycleId = cycleId;
    const element = document.createElement(`spp-${widget}`);
    if (cycleId) element.setAttribute('cycle-id', cycleId);
    provider.append(element);
    this.ensureRoot().replaceChildren(provider);
  }

  /** SPFx `onDispose`: the page removed the web part (or navigated away in the single-page app). */
  public onDispose(): void {
    this.disposed = true;
    this.themeProvider?.themeChangedEvent.remove(this, this.handleThemeChanged);
    this.closeStore();
    this.domElement.replaceChildren();
    this.root = undefined;
  }

  /** Same as SPFx's `dispose()`: runs `onDispose`. */
  public dispose(): void {
    this.onDispose();
  }

  /** The property pane, as plain field descriptions (SPFx: build them with PropertyPaneDropdown/TextField). */
  public getPropertyPaneConfiguration(): PropertyPaneConfigurationLike {
    const s = webPartStrings;
    return {
      pages: [
        {
          header: { description: s.propertyPaneDescription },
          groups: [
            {
              groupName: s.groupWidget,
              groupFields: [
                { type: 'Dropdown', targetProperty: 'widget', properties: { label: s.widgetLabel, options: Object.entries(WIDGETS).map(([key, text]) => ({ key, text })) } },
                { type: 'TextField', targetProperty: 'partnershipId', properties: { label: s.partnershipLabel, placeholder: 'p-riverside' } },
                { type: 'TextField', targetProperty: 'cycleId', properties: { label: s.cycleLabel, description: s.cycleDescription } },
              ],
            },
            {
              groupName: s.groupStorage,
              groupFields: [
                {
                  type: 'ChoiceGroup',
                  targetProperty: 'storage',
                  properties: { label: s.storageLabel, options: [{ key: 'indexeddb', text: s.storageIndexedDb }, { key: 'http', text: s.storageHttp }] },
                },
                { type: 'TextField', targetProperty: 'apiBaseUrl', properties: { label: s.apiLabel, description: s.apiDescription, placeholder: 'https://spp-api.trust.example' } },
              ],
            },
          ],
        },
      ],
    };
  }
}
