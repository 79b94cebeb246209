/**
 * @spp/core: the framework-agnostic SDK behind the SPP peer-review widgets.
 * Pure functions and data; storage adapters are the only I/O.
 */
export { TEXT_MAX_LENGTH, LABEL_MAX_LENGTH } from './zod';
export * from './errors';
export * from './schema/partnership';
export * from './schema/cycle';
export * from './schema/framework';
export * from './schema/schedule';
export * from './schema/reflection';
export * from './schema/documents';
export * from './policy';
export * from './machine';
export * from './storage';
export * from './schedule';
export * from './framework';
export * from './partnership-year';
export * from './document-edits';
export * from './commands';
export * from './visibility';
export * from './connection';
export * from './i18n';
export * from './schema/issues';
