/**
 * The SPP peer-review web part for SharePoint Online and Teams: a thin SPFx shell around
 * @spp/sharepoint's no-framework web part (vendor/spp-sharepoint.js, which carries every widget
 * and the SDK). SPFx gives it the page's DOM element, the signed-in user (pageContext.user), the
 * site theme (ThemeProvider, section variants included) and the saved properties; the inner web
 * part maps the user to a partnership person by email, the theme to the --spp-* properties, and
 * opens the store the properties name. See docs/sharepoint.md.
 */
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider } from '@microsoft/sp-component-base';
import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneField,
  PropertyPaneChoiceGroup,
  PropertyPaneDropdown,
  PropertyPaneTextField,
} from '@microsoft/sp-property-pane';
import { SppWebPart as SppInner, THEME_PROVIDER_SERVICE_KEY, type PropertyPaneFieldLike, type SppWebPartProps } from '../../../vendor/spp-sharepoint.js';

export default class SppWebPart extends BaseClientSideWebPart<SppWebPartProps> {
  private inner: SppInner | undefined;

  protected onInit(): Promise<void> {
    // The inner web part asks the context's service scope for this key: SPFx's own.
    THEME_PROVIDER_SERVICE_KEY.key = ThemeProvider.serviceKey;
    const inner = new SppInner();
    inner.domElement = this.domElement;
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

  protected get dataVersion(): Version {
    return Version.parse('1.0');
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
  switch (field.type) {
    case 'Dropdown':
      return PropertyPaneDropdown(field.targetProperty, { label, options });
    case 'ChoiceGroup':
      return PropertyPaneChoiceGroup(field.targetProperty, { label, options });
    default:
      return PropertyPaneTextField(field.targetProperty, { label, description, placeholder });
  }
}
