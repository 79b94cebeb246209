/**
 * @spp/sharepoint: the SPP peer-review widgets as a SharePoint Online web part (no framework; the
 * SPFx web part shape) on the trust's peer review service (@spp/server). Built into one ES module,
 * dist/spp-sharepoint.js, with the widgets and @spp/core inside: see docs/sharepoint.md.
 */
export { SppWebPart, THEME_PROVIDER_SERVICE_KEY, type SppWebPartProps } from './SppWebPart';
export { webPartStrings, format, type WebPartStrings } from './strings';
export { checkProperties, checkService, entraToken, isApplicationIdUri, isPartnershipId, serviceUrl, type CheckedProperties, type EntraToken, type Member, type PropertyProblem, type ServiceCheck, type ServiceProperties } from './service';
export { themeToCssVars, applyTheme, THEME_SLOTS } from './theme';
export { WIDGETS, CYCLE_WIDGETS, isWidgetName, type WidgetName } from './widgets';
export type * from './spfx';
