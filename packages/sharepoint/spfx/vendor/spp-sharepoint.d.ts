/**
 * Types for vendor/spp-sharepoint.js (copied from packages/sharepoint/dist by scripts/prepare.mjs),
 * as far as this SPFx project uses them. The source of truth is packages/sharepoint/src (spfx.ts
 * for the SPFx shapes, SppWebPart.ts for the web part).
 */
export interface SppWebPartProps {
  widget: string;
  cycleId?: string;
  partnershipId: string;
  /** Where the trust's peer review service (@spp/server) answers. */
  serverUrl: string;
  /** The Application ID URI of the service's API in Microsoft Entra ID (the service's SPP_OIDC_AUDIENCE). */
  applicationIdUri: string;
}

/** @microsoft/sp-http's AadTokenProvider, as far as the web part uses it. */
export interface AadTokenProviderLike {
  getToken(resourceEndpoint: string, useCachedToken?: boolean): Promise<string>;
}

/** @microsoft/sp-http's AadTokenProviderFactory (`context.aadTokenProviderFactory`). */
export interface AadTokenProviderFactoryLike {
  getTokenProvider(): Promise<AadTokenProviderLike>;
}

/** The parts of WebPartContext the web part reads (a WebPartContext satisfies it). */
export interface WebPartContextLike {
  aadTokenProviderFactory?: AadTokenProviderFactoryLike;
  serviceScope?: { consume<T>(serviceKey: unknown): T };
  instanceId?: string;
}

export interface PropertyPaneFieldLike {
  type: 'Dropdown' | 'TextField';
  targetProperty: string;
  properties: { label: string; description?: string; placeholder?: string; options?: Array<{ key: string; text: string }> };
}

export interface PropertyPaneConfigurationLike {
  pages: Array<{ header: { description: string }; groups: Array<{ groupName: string; groupFields: PropertyPaneFieldLike[] }> }>;
}

/** The no-framework web part: SPFx's web part shape, driven by this project's BaseClientSideWebPart. */
export declare class SppWebPart {
  context: WebPartContextLike;
  domElement: HTMLElement;
  properties: SppWebPartProps;
  onInit(): Promise<void>;
  render(): void;
  onThemeChanged(theme: unknown): void;
  onDispose(): void;
  dispose(): void;
  getPropertyPaneConfiguration(): PropertyPaneConfigurationLike;
}

/** Set `.key` to ThemeProvider.serviceKey before onInit, so the web part finds the site theme. */
export declare const THEME_PROVIDER_SERVICE_KEY: { key: unknown };

/** The web part's texts: assign a localised table to it before the web part renders. */
export declare const webPartStrings: Record<string, string>;
