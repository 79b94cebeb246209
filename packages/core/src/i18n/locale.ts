/**
 * Locales: which catalogue renders a message. en-GB is built in; `cy` (and any a partnership adds)
 * is registered when it loads, so a page carries only the languages it uses. Everything is
 * synchronous once a locale is loaded: `await loadLocale('cy')` before rendering in Welsh; until
 * then, and for any language core has no catalogue for, messages render in en-GB.
 */
import type { PracticeLevel } from '../schema/cycle';
import type { FrameworkText } from '../framework/localise';
import { isMessage, type Catalogue, type Message, type MessageId } from './messages';

export const DEFAULT_LOCALE = 'en-GB';
/** The locales core ships catalogues for. */
export const BUILT_IN_LOCALES = ['en-GB', 'cy'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

/** The continuum's question and each level's label and description, in one language. */
export interface PracticeText {
  readonly question: string;
  readonly levels: Readonly<Record<PracticeLevel, { readonly label: string; readonly description: string }>>;
}

/** Everything core says in one language. */
export interface LocaleBundle {
  /** A BCP 47 tag, e.g. `cy`. */
  readonly locale: string;
  readonly messages: Catalogue;
  /** Text of framework packs, by pack id (e.g. `spp-default`): areas, aims, questions, prompts. */
  readonly frameworks?: Readonly<Record<string, FrameworkText>>;
  readonly practice?: PracticeText;
}

type Entry = (params: Record<string, unknown>) => string;

/**
 * The en-GB entries in use: each module that sends messages adds its part of the catalogue
 * (`useEnglish`) when it first writes one, so a page never carries the English of features it
 * does not use. Register `enGB` (`registerLocale({ locale: 'en-GB', messages: enGB })`) to render
 * any message in English.
 */
const english: Partial<Record<MessageId, Entry>> = {};
const usedParts = new WeakSet<object>();
/** Adds a part of the en-GB catalogue (once). Core's modules call it before they write a message. */
export function useEnglish(part: object): void {
  if (usedParts.has(part)) return;
  usedParts.add(part);
  Object.assign(english, part);
}

const bundles = new Map<string, LocaleBundle>([[DEFAULT_LOCALE, { locale: DEFAULT_LOCALE, messages: english as Catalogue }]]);

/**
 * Adds (or replaces) a locale: a trust's own language, or its own wording of a built-in one.
 * Messages a catalogue leaves out render in en-GB.
 */
export function registerLocale(bundle: LocaleBundle): void {
  bundles.set(bundle.locale, bundle);
}

/**
 * The locale core will use for a language tag (a `lang` attribute, `navigator.language`): an
 * exact match among built-in and registered locales, else the same language (`cy-GB` → `cy`,
 * `en-US` → `en-GB`), else en-GB. Case does not matter.
 */
export function resolveLocale(lang?: string | null): string {
  if (!lang) return DEFAULT_LOCALE;
  const known = [...new Set<string>([...BUILT_IN_LOCALES, ...bundles.keys()])];
  const wanted = lang.trim().toLowerCase();
  const exact = known.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0];
  return known.find((l) => l.toLowerCase().split('-')[0] === language) ?? DEFAULT_LOCALE;
}

/** Whether a locale's catalogue is loaded (en-GB always is). */
export function isLocaleLoaded(lang?: string | null): boolean {
  return bundles.has(resolveLocale(lang));
}

/**
 * Loads a locale's catalogue (a separate module: `import('./cy')`, a static path, so bundlers
 * split it out and a strict CSP allows it) and registers it. Resolves to the bundle used.
 */
export async function loadLocale(lang?: string | null): Promise<LocaleBundle> {
  const locale = resolveLocale(lang);
  const loaded = bundles.get(locale);
  if (loaded) return loaded;
  if (locale === 'cy') {
    // A static path: bundlers split the catalogue into its own chunk, and no CSP needs 'unsafe-eval'.
    const { cy } = await import('./cy');
    if (!bundles.has('cy')) registerLocale(cy);
    return bundles.get('cy')!;
  }
  return bundles.get(DEFAULT_LOCALE)!;
}

/** The loaded bundle for a language tag (en-GB when that locale is not loaded). */
export function localeBundle(lang?: string | null): LocaleBundle {
  return bundles.get(resolveLocale(lang)) ?? bundles.get(DEFAULT_LOCALE)!;
}

/** A locale tag, or a catalogue to render with directly (e.g. in tests, or a partnership's own). */
export type LocaleLike = string | null | undefined | Partial<Catalogue>;

function catalogueOf(locale: LocaleLike): Partial<Catalogue> {
  if (typeof locale === 'object' && locale !== null) return locale;
  // The default, asked for on every violation the scheduler weighs: no tag to resolve.
  if (!locale || locale === DEFAULT_LOCALE) return bundles.get(DEFAULT_LOCALE)!.messages;
  return localeBundle(locale).messages;
}

function render(message: Message, catalogue: Partial<Catalogue>): string {
  const entry = (catalogue[message.messageId] ?? english[message.messageId]) as Entry | undefined;
  // A message id this version does not know (e.g. from a newer server): say which, never throw.
  if (!entry) return String(message.messageId);
  const given = message.params ?? {};
  // Most messages carry only text and numbers: pass them as they are.
  let nested = false;
  for (const name in given) if (typeof given[name] === 'object' && given[name] !== null) nested = true;
  if (!nested) return entry(given);
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    params[name] = isMessage(value) ? render(value, catalogue) : Array.isArray(value) ? value.map((v) => (isMessage(v) ? render(v, catalogue) : v)) : value;
  }
  return entry(params);
}

/**
 * The sentence for a message in a locale (default en-GB). A message no loaded catalogue has (say,
 * a refusal a server sent about a feature this page does not use) keeps the `reason` or `message`
 * it came with.
 */
export function formatMessage(message: Message, locale?: LocaleLike): string {
  const catalogue = catalogueOf(locale);
  if (!Object.hasOwn(catalogue, message.messageId) && !Object.hasOwn(english, message.messageId)) {
    const { reason, message: text } = message as { reason?: unknown; message?: unknown };
    if (typeof reason === 'string') return reason;
    if (typeof text === 'string') return text;
  }
  return render(message, catalogue);
}

/**
 * Why something was refused, in a locale: from its `messageId` and `params` when it has them (every
 * refusal, decision, violation and problem core makes), else its stored `reason` or `message` (a
 * refusal recorded by an older version, or a server's own message).
 */
export function explainRefusal(refusal: { readonly reason?: string; readonly message?: unknown; readonly messageId?: unknown; readonly params?: unknown }, locale?: LocaleLike): string {
  if (isMessage(refusal)) return formatMessage(refusal, locale);
  return refusal.reason ?? (typeof refusal.message === 'string' ? refusal.message : '');
}

/** A message with its sentence: `{ messageId, params, [field]: sentence }`. */
export function withText<F extends string>(message: Message, field: F, locale?: LocaleLike): Message & { [P in F]: string } {
  return { ...message, [field]: formatMessage(message, locale) } as Message & { [P in F]: string };
}
