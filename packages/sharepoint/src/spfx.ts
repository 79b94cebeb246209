/**
 * The parts of the SharePoint Framework (SPFx) API the web part uses, as structural types, so this
 * package builds and is tested without the SPFx toolchain (about 1.1 GB; it lives in ../spfx, which
 * is not an npm workspace; see docs/sharepoint.md). Names and shapes follow SPFx 1.2x:
 *
 * - `WebPartContextLike`   ~ `WebPartContext` (@microsoft/sp-webpart-base)
 * - `AadTokenProviderFactoryLike` ~ `AadTokenProviderFactory` (@microsoft/sp-http):
 *                            `context.aadTokenProviderFactory.getTokenProvider()`
 * - `AadTokenProviderLike` ~ `AadTokenProvider` (@microsoft/sp-http): `getToken(resource, useCached)`,
 *                            the provider `AadHttpClient` itself gets its tokens from
 * - `ReadonlyThemeLike`    ~ `IReadonlyTheme` (@microsoft/sp-component-base): `palette`,
 *                            `semanticColors`, `fonts`, `isInverted`
 * - `ThemeProviderLike`    ~ `ThemeProvider`: `tryGetTheme()`, `themeChangedEvent`
 * - `ThemeChangedEventArgsLike` ~ `ThemeChangedEventArgs`: `{ theme }`
 * - `PropertyPaneConfigurationLike` ~ `IPropertyPaneConfiguration` (@microsoft/sp-property-pane),
 *                            with plain field descriptions instead of PropertyPaneDropdown() calls
 *
 * A real SPFx project passes its own objects: they satisfy these types.
 */

/**
 * `AadTokenProvider`: Microsoft Entra ID access tokens for the signed-in user, for one API (the
 * resource: its Application ID URI). SharePoint gets them on the user's behalf once an admin has
 * approved the solution's `webApiPermissionRequests` (SharePoint admin center, API access); until
 * then, and whenever Entra ID will not issue one, `getToken` rejects. SPFx caches the token and
 * renews it before it expires; `useCachedToken: false` asks Entra ID afresh.
 */
export interface AadTokenProviderLike {
  getToken(resourceEndpoint: string, useCachedToken?: boolean): Promise<string>;
}

/** `context.aadTokenProviderFactory` (SPFx 1.6 and later). */
export interface AadTokenProviderFactoryLike {
  getTokenProvider(): Promise<AadTokenProviderLike>;
}

/** Fluent UI v8 palette slots SharePoint themes set (all optional here: a theme may omit some). */
export interface PaletteLike {
  themePrimary?: string;
  themeDarkAlt?: string;
  themeDark?: string;
  themeDarker?: string;
  themeSecondary?: string;
  themeTertiary?: string;
  themeLight?: string;
  themeLighter?: string;
  themeLighterAlt?: string;
  neutralPrimary?: string;
  neutralSecondary?: string;
  neutralTertiary?: string;
  neutralLight?: string;
  neutralLighter?: string;
  neutralLighterAlt?: string;
  black?: string;
  white?: string;
  red?: string;
  redDark?: string;
  green?: string;
  yellowLight?: string;
  [slot: string]: string | undefined;
}

/** Fluent UI v8 semantic colour slots (the ones the mapping reads). */
export interface SemanticColorsLike {
  bodyBackground?: string;
  bodyStandoutBackground?: string;
  bodyText?: string;
  bodySubtext?: string;
  bodyDivider?: string;
  link?: string;
  linkHovered?: string;
  primaryButtonBackground?: string;
  primaryButtonBackgroundHovered?: string;
  primaryButtonText?: string;
  inputBorder?: string;
  inputBorderHovered?: string;
  focusBorder?: string;
  errorText?: string;
  successIcon?: string;
  warningBackground?: string;
  warningHighlight?: string;
  [slot: string]: string | undefined;
}

export interface FontStyleLike {
  fontFamily?: string;
  fontSize?: string | number;
}

export interface ReadonlyThemeLike {
  palette?: PaletteLike;
  semanticColors?: SemanticColorsLike;
  fonts?: { medium?: FontStyleLike; [size: string]: FontStyleLike | undefined };
  /** True on a "strong" (inverted) section background. */
  isInverted?: boolean;
  effects?: { roundedCorner2?: string; [name: string]: string | undefined };
}

export interface ThemeChangedEventArgsLike {
  theme: ReadonlyThemeLike | undefined;
}

/** `SPEvent<ThemeChangedEventArgs>`: add/remove with an observer object, like SPFx. */
export interface SPEventLike<TArgs> {
  add(observer: object, handler: (args: TArgs) => void): void;
  remove(observer: object, handler: (args: TArgs) => void): void;
}

export interface ThemeProviderLike {
  tryGetTheme(): ReadonlyThemeLike | undefined;
  themeChangedEvent: SPEventLike<ThemeChangedEventArgsLike>;
}

/** `ServiceScope.consume(ThemeProvider.serviceKey)`. */
export interface ServiceScopeLike {
  consume<T>(serviceKey: unknown): T;
}

/** `context.sdks.microsoftTeams` when the web part runs as a Teams tab or personal app. */
export interface MicrosoftTeamsLike {
  /** teams-js v2 `app.Context` (only the parts used). */
  context?: {
    app?: { theme?: string; locale?: string };
  };
  teamsJs?: unknown;
}

/**
 * The parts of `WebPartContext` the web part reads. Who is signed in is not one of them: the
 * person comes from the server, which reads it from the verified token (`SPP_IDENTITY_CLAIM`),
 * never from the page.
 */
export interface WebPartContextLike {
  /** Tokens for the server's API. Absent outside SPFx: the web part then says it cannot sign in. */
  aadTokenProviderFactory?: AadTokenProviderFactoryLike;
  pageContext?: {
    web?: { absoluteUrl?: string; title?: string; language?: number };
    cultureInfo?: { currentUICultureName?: string };
  };
  /** The web part's instance id (stable per placement on the page). */
  instanceId?: string;
  serviceScope?: ServiceScopeLike;
  sdks?: { microsoftTeams?: MicrosoftTeamsLike };
  /** Same as the web part's `domElement`. */
  domElement?: HTMLElement;
  manifest?: { id: string; alias?: string; version?: string };
}

export interface PropertyPaneFieldLike {
  /** What to build in SPFx: `PropertyPaneDropdown(targetProperty, properties)` etc. */
  type: 'Dropdown' | 'TextField';
  targetProperty: string;
  properties: {
    label: string;
    description?: string;
    placeholder?: string;
    options?: Array<{ key: string; text: string }>;
  };
}

export interface PropertyPaneConfigurationLike {
  pages: Array<{
    header: { description: string };
    groups: Array<{ groupName: string; groupFields: PropertyPaneFieldLike[] }>;
  }>;
}
