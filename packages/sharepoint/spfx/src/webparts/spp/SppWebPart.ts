/**
 * The SPP peer-review web part for SharePoint Online and Teams: a thin SPFx shell around
 * @spp/sharepoint's no-framework web part (vendor/spp-sharepoint.js, which carries every widget
 * and the SDK). SPFx gives it the page's DOM element, Microsoft Entra ID tokens for the trust's
 * peer review service (context.aadTokenProviderFactory: the AadTokenProvider that AadHttpClient
 * uses, for the API named in config/package-solution.json's webApiPermissionRequests), the site
 * theme (ThemeProvider, section variants included) and the saved properties. The inner web part
 * asks the service who the token's owner is in the partnership, shows the widget on the service,
 * and maps the theme to the --spp-* properties. See docs/sharepoint.md.
 */
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider } from '@microsoft/sp-component-base';
import { type IPropertyPaneConfiguration, type IPropertyPaneField, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { SppWebPart as SppInner, THEME_PROVIDER_SERVICE_KEY, type PropertyPaneFieldLike, type SppWebPartProps } from '../../../vendor/spp-sharepoint.js';

export default class SppWebPart extends BaseClientSideWebPart<SppWebPartProps> {
  private inner: SppInner | undefined;

  protected onInit(): Promise<void> {
    // The inner web part asks the context's service scope for this key: SPFx's own.
    THEME_PROVIDER_SERVICE_KEY.key = ThemeProvider.serviceKey;
    const inner = new SppInner();
    inner.domElement = this.domElement;
    // SPFx's WebPartContext, type-checked here against the parts the inner web part reads
    // (its aadTokenProviderFactory: @microsoft/sp-http's AadTokenProviderFactory).
    inner.context = this.context;
    inner.properties = this.properties;
    this.inner = inner;
    return inner.onInit();
  }

  public render(): void {
    if (!this.inner) return;
    this.inner.properties = this.properties;
    this.inner.render();
  }

  protected onDispose(): void {
    this.inner?.dispose();
    this.inner = undefined;
  }

  /**
   * Property changes apply when the author presses Apply, not at each keystroke: the web part sends
   * people's tokens to the service address it is given, never to a half-typed one.
   */
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected get dataVersion(): Version {
    return Version.parse('2.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const plain = (this.inner ?? new SppInner()).getPropertyPaneConfiguration();
    return {
      pages: plain.pages.map((page) => ({
        header: page.header,
        groups: page.groups.map((group) => ({ groupName: group.groupName, groupFields: group.groupFields.map(toField) })),
      })),
    };
  }
}

/** The inner web part's plain field descriptions as SPFx property pane fields. */
function toField(field: PropertyPaneFieldLike): IPropertyPaneField<unknown> {
  const { label, description, placeholder, options = [] } = field.properties;
  return field.type === 'Dropdown' ? PropertyPaneDropdown(field.targetProperty, { label, options }) : PropertyPaneTextField(field.targetProperty, { label, description, placeholder });
}
