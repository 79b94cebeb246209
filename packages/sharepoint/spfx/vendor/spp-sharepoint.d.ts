/**
 * Types for vendor/spp-sharepoint.js (copied from packages/sharepoint/dist by scripts/prepare.mjs),
 * as far as this SPFx project uses them. The source of truth is packages/sharepoint/src.
 */
export interface SppWebPartProps {
  widget: string;
  cycleId?: string;
  partnershipId: string;
  storage: 'indexeddb' | 'http';
  apiBaseUrl?: string;
}

export interface PropertyPaneFieldLike {
  type: 'Dropdown' | 'TextField' | 'ChoiceGroup';
  targetProperty: string;
  properties: { label: string; description?: string; placeholder?: string; options?: Array<{ key: string; text: string }> };
}

export interface PropertyPaneConfigurationLike {
  pages: Array<{ header: { description: string }; groups: Array<{ groupName: string; groupFields: PropertyPaneFieldLike[] }> }>;
}

/** The no-framework web part: SPFx's web part shape, driven by this project's BaseClientSideWebPart. */
export declare class SppWebPart {
  context: unknown;
  domElement: HTMLElement;
  properties: SppWebPartProps;
  onInit(): Promise<void>;
  render(): void;
  onThemeChanged(theme: unknown): void;
  onDispose(): void;
  dispose(): void;
  getPropertyPaneConfiguration(): PropertyPaneConfigurationLike;
  /** Override to call an API protected by Microsoft Entra ID (AadHttpClient); undefined: the browser's fetch. */
  protected createApiFetch(): ((input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) | undefined;
}

/** Set `.key` to ThemeProvider.serviceKey before onInit, so the web part finds the site theme. */
export declare const THEME_PROVIDER_SERVICE_KEY: { key: unknown };
