/**
 * The SPP web part for SharePoint Online, in the shape of an SPFx `BaseClientSideWebPart` but with
 * no framework: `properties`, `context`, `domElement`, `onInit()`, `render()`,
 * `onThemeChanged()`, `onDispose()`, `getPropertyPaneConfiguration()`, `dataVersion`. It runs as it
 * is (a page script calls `SppWebPart.mount()`, which plays the SPFx lifecycle), and the SPFx
 * project in ../spfx wraps it in a few lines (docs/sharepoint.md).
 *
 * What it does on render:
 * 1. checks its properties: the widget, the trust's peer review service (`serverUrl`), the
 *    Application ID URI of the service's API in Microsoft Entra ID, the partnership;
 * 2. gets a token for that API from SPFx's `AadTokenProvider` (`context.aadTokenProviderFactory`,
 *    the provider `AadHttpClient` uses) and asks the service once who that is in the partnership
 *    (`GET /api/v1/partnerships/{id}/me`). A missing consent, an unreachable service, someone who
 *    is not a member, or a property left empty shows a message saying what to do, never an empty
 *    part. The person comes from the service (it reads the verified token), never from the page;
 * 3. shows `<spp-provider server-url partnership-id>` with the same token function and the chosen
 *    widget, themed from the site theme (`themeToCssVars`: palette and semantic colours onto the
 *    `--spp-*` properties). The provider opens the connection; when the service refuses a token
 *    (`spp-token-expired`), the next one is asked of Entra ID afresh rather than from SPFx's cache.
 *
 * Nothing here needs inline script or inline style: the DOM is built with createElement, styles are
 * set through the CSSOM, and the widgets ship inside this module (see elements.ts), so it runs under
 * SharePoint's script Content-Security-Policy and under a strict Trusted Types policy.
 */
import './elements';
import type { SppProvider } from '@spp/elements';
import { checkProperties, checkService, entraToken, type EntraToken, type PropertyProblem, type ServiceCheck, type ServiceProperties } from './service';
import type { PropertyPaneConfigurationLike, ReadonlyThemeLike, ThemeChangedEventArgsLike, ThemeProviderLike, WebPartContextLike } from './spfx';
import { format, webPartStrings, type WebPartStrings } from './strings';
import { applyTheme } from './theme';
import { CYCLE_WIDGETS, WIDGETS, isWidgetName, type WidgetName } from './widgets';

/** The web part's properties (`this.properties`), edited in the property pane. */
export interface SppWebPartProps {
  /** Which widget to show: `self-review`, `review-plan`, … (see WIDGETS). */
  widget: WidgetName | string;
  /** The review cycle, for the widgets that show one (self-review, review plan, evidence log, workshop, action plan). */
  cycleId?: string;
  /** The partnership's id on the service, e.g. `p-riverside`. */
  partnershipId: string;
  /** Where the trust's peer review service (@spp/server) answers, e.g. `https://spp.trust.example`. */
  serverUrl: string;
  /**
   * The Application ID URI of the service's API in Microsoft Entra ID, e.g. `api://<client id>`:
   * the resource the token is asked for, and the service's `SPP_OIDC_AUDIENCE`.
   */
  applicationIdUri: string;
}

/** `ThemeProvider.serviceKey` in SPFx; anything the context's service scope recognises elsewhere. */
export const THEME_PROVIDER_SERVICE_KEY: { key: unknown } = { key: 'ThemeProvider' };

/** The web part's own messages (not the property pane's texts). */
type MessageName = Exclude<keyof WebPartStrings, 'listSeparator' | 'details' | `${string}Label` | `${string}Description` | `${string}Placeholder` | `group${string}` | 'propertyPaneDescription'>;

/** The service the properties name, its token function, its one check, and the provider once it passed. */
interface Session {
  signature: string;
  serverUrl: string;
  applicationIdUri: string;
  partnershipId: string;
  token: EntraToken;
  check?: Promise<ServiceCheck>;
  provider?: SppProvider;
}

export class SppWebPart {
  /** Set by SPFx (or `mount`) before `onInit`. */
  public context!: WebPartContextLike;
  /** The web part's host element, given by SharePoint. Everything is rendered inside it. */
  public domElement!: HTMLElement;
  public properties: SppWebPartProps = { widget: '', partnershipId: '', serverUrl: '', applicationIdUri: '' };

  private themeProvider?: ThemeProviderLike;
  private theme?: ReadonlyThemeLike;
  private root?: HTMLDivElement;
  private session?: Session;
  private renderCount = 0;
  private disposed = false;

  /**
   * The version of the saved properties (SPFx `dataVersion`). 2.0: the service (`serverUrl`,
   * `applicationIdUri`) replaced 1.0's `storage` and `apiBaseUrl`, which are ignored.
   */
  protected get dataVersion(): string {
    return '2.0';
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
      // The widgets speak the site's language (cy-GB on a Welsh site), whatever the page around says.
      const language = this.context.pageContext?.cultureInfo?.currentUICultureName;
      if (language) this.root.lang = language;
      this.domElement.replaceChildren(this.root);
    }
    applyTheme(this.root, this.theme);
    return this.root;
  }

  /** A message in place of the widget: `alert` for problems someone must act on, `status` for waiting. */
  private showMessage(name: MessageName, values: Record<string, string>, kind: 'status' | 'alert', detail?: string): void {
    const text = format(webPartStrings[name], values).trim();
    const root = this.ensureRoot();
    // The provider leaves the page (and closes its connection): a new one is made when a widget is shown again.
    if (this.session) this.session.provider = undefined;
    const box = document.createElement('div');
    box.className = `spp-webpart-message spp-webpart-${kind}`;
    box.setAttribute('role', kind);
    // Which message, whatever its language: for the page's CSS and for tests.
    box.dataset['message'] = name;
    // CSSOM, not a style attribute: allowed by a strict style-src.
    Object.assign(box.style, { margin: '0', padding: '12px 16px', borderInlineStart: '4px solid', borderColor: kind === 'alert' ? 'var(--spp-color-danger, #b10e1c)' : 'var(--spp-color-brand, #0f6cbd)', color: 'var(--spp-color-text, inherit)', background: 'var(--spp-color-surface, transparent)', fontFamily: 'var(--spp-font-family, inherit)' });
    const p = document.createElement('p');
    p.textContent = text;
    p.style.margin = '0';
    box.append(p);
    if (detail) {
      const small = document.createElement('p');
      small.className = 'spp-webpart-detail';
      small.textContent = format(webPartStrings.details, { reason: detail });
      Object.assign(small.style, { margin: '8px 0 0', fontSize: '0.875em', color: 'var(--spp-color-text-muted, inherit)' });
      box.append(small);
    }
    root.replaceChildren(box);
  }

  private showPropertyProblem(problem: Exclude<PropertyProblem, { kind: 'missing' }>): void {
    switch (problem.kind) {
      case 'bad-server-url':
        return this.showMessage('badServerUrl', { url: problem.value }, 'alert');
      case 'bad-application-id-uri':
        return this.showMessage('badApplicationIdUri', { uri: problem.value }, 'alert');
      case 'bad-partnership-id':
        return this.showMessage('badPartnershipId', { id: problem.value }, 'alert');
    }
  }

  private showCheck(result: Exclude<ServiceCheck, { ok: true }>, session: Session): void {
    const url = session.serverUrl;
    switch (result.kind) {
      case 'no-token':
        return this.showMessage('consentMissing', { uri: session.applicationIdUri }, 'alert', result.reason);
      case 'unreachable':
        return this.showMessage('unreachable', { url }, 'alert', result.reason);
      case 'not-member':
        return this.showMessage('notMember', { message: result.message }, 'alert');
      case 'signed-out':
        return this.showMessage('signInRefused', { message: result.message }, 'alert');
      case 'no-partnership':
        return this.showMessage('partnershipMissing', { id: session.partnershipId, url }, 'alert');
      case 'server-trouble':
        return this.showMessage('serverTrouble', { url, status: String(result.status) }, 'alert');
      case 'not-the-service':
        return this.showMessage('notTheService', { url }, 'alert');
    }
  }

  /** SPFx `render`: called after `onInit` and whenever a property changes. */
  public render(): void {
    if (this.disposed) return;
    const run = ++this.renderCount;
    const { widget, cycleId } = this.properties;
    const checked = checkProperties(this.properties);
    if (!widget || (!checked.ok && checked.problem.kind === 'missing')) {
      const missing = [...(widget ? [] : (['widget'] as const)), ...(!checked.ok && checked.problem.kind === 'missing' ? checked.problem.properties : [])];
      return this.showMessage('notConfigured', { missing: missing.map((name) => LABELS[name]()).join(webPartStrings.listSeparator) }, 'status');
    }
    if (!isWidgetName(widget)) return this.showMessage('unknownWidget', { widget }, 'alert');
    if (CYCLE_WIDGETS.includes(widget) && !cycleId) return this.showMessage('needsCycle', { widget: WIDGETS[widget] }, 'status');
    if (!checked.ok) return this.showPropertyProblem(checked.problem as Exclude<PropertyProblem, { kind: 'missing' }>);
    const factory = this.context.aadTokenProviderFactory;
    if (!factory) return this.showMessage('noTokenProvider', {}, 'alert');

    const signature = JSON.stringify([checked.serverUrl, checked.applicationIdUri, checked.partnershipId]);
    if (this.session?.signature !== signature) {
      this.closeSession();
      this.session = { signature, serverUrl: checked.serverUrl, applicationIdUri: checked.applicationIdUri, partnershipId: checked.partnershipId, token: entraToken(factory, checked.applicationIdUri) };
    }
    const session = this.session!;
    if (session.provider) return this.showWidget(session, widget, cycleId);

    this.showMessage('loading', {}, 'status');
    // Once per service and partnership; a check that failed is made again on the next render.
    const check = (session.check ??= checkService({ serverUrl: session.serverUrl, partnershipId: session.partnershipId, token: session.token, timeoutMs: this.checkTimeoutMs }));
    void check.then((result) => {
      if (this.session !== session) return;
      if (!result.ok) session.check = undefined;
      if (run !== this.renderCount || this.disposed) return;
      if (result.ok) this.showWidget(session, widget, cycleId);
      else this.showCheck(result, session);
    });
  }

  /** How long the service has to answer the check before the web part says it cannot be reached. */
  protected get checkTimeoutMs(): number {
    return 15_000;
  }

  /** The provider for the session (made once: one connection), holding the chosen widget. */
  private showWidget(session: Session, widget: WidgetName, cycleId: string | undefined): void {
    let provider = session.provider;
    if (!provider) {
      provider = document.createElement('spp-provider') as SppProvider;
      // The token function first: the provider asks for a token as soon as it has a service address.
      provider.token = session.token;
      provider.setAttribute('server-url', session.serverUrl);
      provider.setAttribute('partnership-id', session.partnershipId);
      // The service refused a token (expired, or not this person's): ask Entra ID afresh next time.
      provider.addEventListener('spp-token-expired', () => session.token.renew());
      session.provider = provider;
    }
    if (cycleId) provider.setAttribute('cycle-id', cycleId);
    else provider.removeAttribute('cycle-id');
    const element = document.createElement(`spp-${widget}`);
    if (cycleId) element.setAttribute('cycle-id', cycleId);
    provider.replaceChildren(element);
    const root = this.ensureRoot();
    if (root.firstChild !== provider || root.childNodes.length !== 1) root.replaceChildren(provider);
  }

  /** Removes the provider (its connection closes when it leaves the page). */
  private closeSession(): void {
    this.session?.provider?.remove();
    this.session = undefined;
  }

  /** SPFx `onDispose`: the page removed the web part (or navigated away in the single-page app). */
  public onDispose(): void {
    this.disposed = true;
    this.themeProvider?.themeChangedEvent.remove(this, this.handleThemeChanged);
    this.closeSession();
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
                { type: 'TextField', targetProperty: 'cycleId', properties: { label: s.cycleLabel, description: s.cycleDescription, placeholder: s.cyclePlaceholder } },
              ],
            },
            {
              groupName: s.groupServer,
              groupFields: [
                { type: 'TextField', targetProperty: 'serverUrl', properties: { label: s.serverUrlLabel, description: s.serverUrlDescription, placeholder: s.serverUrlPlaceholder } },
                { type: 'TextField', targetProperty: 'applicationIdUri', properties: { label: s.applicationIdUriLabel, description: s.applicationIdUriDescription, placeholder: s.applicationIdUriPlaceholder } },
                { type: 'TextField', targetProperty: 'partnershipId', properties: { label: s.partnershipLabel, description: s.partnershipDescription, placeholder: s.partnershipPlaceholder } },
              ],
            },
          ],
        },
      ],
    };
  }
}

/** The property pane's name of each property, for "fill in: …" (read when shown: strings may be replaced). */
const LABELS: Record<keyof ServiceProperties | 'widget', () => string> = {
  widget: () => webPartStrings.widgetLabel,
  serverUrl: () => webPartStrings.serverUrlLabel,
  applicationIdUri: () => webPartStrings.applicationIdUriLabel,
  partnershipId: () => webPartStrings.partnershipLabel,
};
