/**
 * Core's messages and locales. en-GB is part of the main entry; `cy` is its own module, loaded by
 * `loadLocale('cy')` (or imported from `@spp/core/i18n/cy` and passed to `registerLocale`).
 */
export { MESSAGE_PARAMS, isMessage, type Catalogue, type CataloguePart, type Message, type MessageId, type MessageParam, type MessageParams, type ParamKind, type RenderedParams } from './messages';
export {
  BUILT_IN_LOCALES,
  DEFAULT_LOCALE,
  explainRefusal,
  formatMessage,
  isLocaleLoaded,
  loadLocale,
  localeBundle,
  registerLocale,
  resolveLocale,
  type BuiltInLocale,
  type LocaleBundle,
  type LocaleLike,
  type PracticeText,
} from './locale';
export { enGB } from './en-GB';
export { plural, pluralCategory, type EnglishForms, type WelshForms } from './plural';
