/**
 * The parts of the SharePoint Framework (SPFx) API the web part uses, as structural types, so this
 * package builds and is tested without the SPFx toolchain (about 1.1 GB; it lives in ../spfx, which
 * is not an npm workspace; see docs/sharepoint.md). Names and shapes follow SPFx 1.2x:
 *
 * - `WebPartContextLike`   ~ `WebPartContext` (@microsoft/sp-webpart-base)
 * - `SPUserLike`           ~ `SPUser` (@microsoft/sp-page-context): `context.pageContext.user`
 * - `ReadonlyThemeLike`    ~ `IReadonlyTheme` (@microsoft/sp-component-base): `palette`,
 *                            `semanticColors`, `fonts`, `isInverted`
 * - `ThemeProviderLike`    ~ `ThemeProvider`: `tryGetTheme()`, `themeChangedEvent`
 * - `ThemeChangedEventArgsLike` ~ `ThemeChangedEventArgs`: `{ theme }`
 * - `PropertyPaneConfigurationLike` ~ `IPropertyPaneConfiguration` (@microsoft/sp-property-pane),
 *                            with plain field descriptions instead of PropertyPaneDropdown() calls
 *
 * A real SPFx project passes its own objects: they satisfy these types.
 */

export interface SPUserLike {
  /** `i:0#.f|membership|amara.okafor@trust.example` on SharePoint Online, or the UPN. */
  loginName: string;
  displayName: string;
  /** The work email (may differ from the UPN; may be empty for some guests). */
  email: string;
  isAnonymousGuestUser?: boolean;
  isExternalGuestUser?: boolean;
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
    user?: { loginHint?: string; userPrincipalName?: string; displayName?: string };
  };
  teamsJs?: unknown;
}

export interface WebPartContextLike {
  pageContext: {
    user: SPUserLike;
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
  type: 'Dropdown' | 'TextField' | 'ChoiceGroup';
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
