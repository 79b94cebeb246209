/**
 * @spp/sharepoint: the SPP peer-review widgets as a SharePoint Online web part (no framework; the
 * SPFx web part shape). Built into one ES module, dist/spp-sharepoint.js, with the widgets and
 * @spp/core inside: see docs/sharepoint.md.
 */
export { SppWebPart, THEME_PROVIDER_SERVICE_KEY, webPartStrings, type SppWebPartProps, type StorageChoice } from './SppWebPart';
export { themeToCssVars, applyTheme, THEME_SLOTS } from './theme';
export { candidateEmails, matchPerson, type IdentityMatch } from './identity';
export { WIDGETS, CYCLE_WIDGETS, isWidgetName, type WidgetName } from './widgets';
export type * from './spfx';
// The same store API the widgets use (one copy of @spp/core in this module), for page scripts
// that seed or inspect records, e.g. an import of the partnership into IndexedDB.
export { createStore, httpAdapter, indexedDbAdapter, localStorageQueue, memoryAdapter } from '@spp/core';
