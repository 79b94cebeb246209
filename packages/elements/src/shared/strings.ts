/**
 * User-facing text, in every locale the widgets speak. Each widget registers its en-GB table here
 * by name (`defineStrings`), with a loader for each other locale's table (its own module, e.g.
 * `self-review.strings.cy.ts`, imported on demand through a static path, so no bundle carries a
 * language its page does not use and no CSP needs `unsafe-eval`). A page can still replace any
 * string with `setStrings()`: a partnership's own wording, on top of the active locale.
 *
 * Counts are never written "change(s)": a plural entry is a function of the count, choosing a
 * whole sentence by its `Intl.PluralRules` category (Welsh has zero, one, two, few, many and
 * other; English one and other), made with `enPlural` or `cyPlural`.
 */
import { loadLocale, pluralCategory, resolveLocale, type EnglishForms, type PracticeLevel, type Stage, type WelshForms } from '@spp/core';

export const DEFAULT_LOCALE = 'en-GB';

export type Values = Record<string, string | number>;
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string; none?: string };

/**
 * A plural entry: call it with the count (and any other placeholders) for the sentence. `forms`
 * and `locale` say how it was made, for translators, tests and `mapStrings`.
 */
export interface Plural {
  (count: number, values?: Values): string;
  readonly locale: string;
  readonly forms: Readonly<Forms>;
}

/** A plural entry in any locale: `none` (if given) is said for 0, else the count's category. */
export function plural(locale: string, forms: Forms): Plural {
  const fn = (count: number, values: Values = {}) =>
    format(count === 0 && forms.none !== undefined ? forms.none : (forms[pluralCategory(locale, count)] ?? forms.other), { count: formatNumber(count, locale), ...values });
  return Object.assign(fn, { locale, forms });
}
/** An en-GB plural entry: `one`, `other`, and optionally `none` for 0 ("No schools match…"). */
export const enPlural = (forms: EnglishForms & { none?: string }) => plural('en-GB', forms);
/** A Welsh plural entry: every category, each a whole sentence (the noun after a number is singular and may mutate). */
export const cyPlural = (forms: WelshForms) => plural('cy', { ...forms });

export const isPlural = (value: unknown): value is Plural => typeof value === 'function' && 'forms' in value;

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number as the locale writes it (`1,234` in en-GB and cy). */
export function formatNumber(n: number, locale: string = DEFAULT_LOCALE): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

// ---- Types: what a translation of a table must have ----------------------------------------

/** The `{name}` placeholders of a literal string. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** A string with every one of `P`'s placeholders (in any order). */
type WithPlaceholders<P extends string> = [P] extends [never] ? string : UnionToIntersection<P extends string ? `${string}{${P}}${string}` : never>;

/**
 * A table's translation: every key, the same placeholders in each string (in the order the
 * language needs), a plural entry for each plural entry (`cyPlural` needs all six categories),
 * the same number of items in each list.
 */
export type Translation<T> = T extends Plural
  ? Plural
  : T extends string
    ? string extends T
      ? string
      : WithPlaceholders<Placeholders<T>>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Translation<T[K]> }
      : { readonly [K in keyof T]: Translation<T[K]> };

/** A table as widgets read it: every string widened. */
export type Widen<T> = T extends Plural ? Plural : T extends string ? string : T extends readonly unknown[] ? { readonly [K in keyof T]: Widen<T[K]> } : { readonly [K in keyof T]: Widen<T[K]> };
export type DeepPartial<T> = T extends Plural ? Plural : T extends string ? string : { [K in keyof T]?: DeepPartial<T[K]> };

/**
 * Loads a locale's table for one string set: `() => import('./x.strings.cy')` (a static path).
 * The module types its table itself (`Translation<typeof getter.table>`); typing it here too
 * would make the table's type depend on itself.
 */
export type TableLoader = () => Promise<{ default: unknown }>;
/**
 * A widget's strings in a locale (the default, en-GB, when none is given or that locale is not
 * loaded). `table` is the en-GB table, for `Translation<typeof getter.table>`.
 */
export type StringsGetter<T> = ((locale?: string) => Widen<T>) & { readonly table: T };

/** Text every widget shares: save state, notices, stage names, the practice continuum. */
export const commonStrings = {
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'All changes saved',
  queued: 'Saved on this device only: it will be sent when the connection is back.',
  queuedHeld: 'Saved on this device only, not sent: this record changed on the server in the meantime, so nothing there was overwritten.',
  /** On the shared server, while it cannot be reached. */
  waitingToSend: enPlural({
    one: 'Saved on this device only: 1 change is waiting to be sent when the connection is back.',
    other: 'Saved on this device only: {count} changes are waiting to be sent when the connection is back.',
  }),
  /** On the shared server, after the sign-in ended. */
  waitingSignedOut: enPlural({
    one: 'Your sign-in has ended: 1 change is kept on this device and will be sent once you are signed in again.',
    other: 'Your sign-in has ended: {count} changes are kept on this device and will be sent once you are signed in again.',
  }),
  refusedTitle: 'Not saved on the server',
  refusedReason: 'The service did not accept this change: {reason} What you wrote is kept below: copy it, or make the change again.',
  dismissRefused: 'I have copied it: dismiss',
  unsaved: 'Unsaved changes',
  saveFailed: 'Not saved: {reason} Your changes are kept on this device.',
  retry: 'Try saving again',
  conflict: 'Someone changed this elsewhere (perhaps in another tab) while you were editing. Nothing has been overwritten.',
  keepMine: 'Keep my changes',
  heldChoose: 'Choose which version to keep: yours replaces the one on the server, or the one on the server replaces yours.',
  sendMine: 'Send my changes',
  useServerVersion: 'Use the version on the server',
  useTheirs: 'Use the other version',
  restored: enPlural({ one: 'Restored 1 unsaved change from this device.', other: 'Restored {count} unsaved changes from this device.' }),
  droppedTitle: 'Text that could not be saved',
  droppedHelp: 'The record moved on elsewhere before these changes were saved, so they could not be applied. Your text is kept here: copy it to where it belongs.',
  dropped: enPlural({ one: '1 unsaved change could not be applied: {reason}', other: '{count} unsaved changes could not be applied: {reason}' }),
  readOnly: 'You can read this but not change it.',
  missingCycle: 'No review cycle called "{id}" was found.',
  missingRecord: 'This record was not found.',
  notConnected: 'This widget is not connected to its record yet.',
  unreadable: 'This record could not be opened. {reason}',
  otherPartnership: 'This record belongs to a different partnership, so none of it is shown here. It has been left untouched.',
  otherPartnershipKept: 'this record has been replaced in storage by one of a different partnership, which is left untouched.',
  refused: 'Not done: {reason}',
  notYourCycle: 'You are not a member of this partnership.',
  stage: {
    'self-review': 'Self-review',
    'pre-review': 'Pre-review meeting',
    review: 'Peer review',
    workshop: 'Improvement workshop',
    'action-plan': 'Action plan',
    'check-in': 'Check-in',
    complete: 'Complete',
    paused: 'Paused',
    withdrawn: 'Withdrawn',
  } satisfies Record<Stage, string>,
  /**
   * Dates written out where the browser has no date data for the language (Chromium has none for
   * Welsh, and would write an American date): `Intl` is used wherever it has them.
   */
  calendar: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    /** Sunday first. */
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    date: '{day} {month} {year}',
    dateWithWeekday: '{weekday} {day} {month} {year}',
    dateTime: '{date}, {time}',
  },
  /** The "how far is this part of our practice" continuum: about practice, never a grade. */
  practice: {
    'not-yet': { label: 'Not yet part of our practice', hint: 'We have not started on this, or are only thinking about it.' },
    beginning: { label: 'Beginning', hint: 'Some early steps; it is not yet part of everyday practice.' },
    developing: { label: 'Developing', hint: 'Happening in parts of the school, not yet everywhere or every time.' },
    embedded: { label: 'Embedded', hint: 'Part of everyday practice across the school, and we can show it.' },
  } satisfies Record<PracticeLevel, { label: string; hint: string }>,
} as const;

// ---- The registry --------------------------------------------------------------------------

interface StringSet {
  readonly en: unknown;
  /** Loaded tables by locale (en-GB is `en`). */
  readonly tables: Map<string, unknown>;
  readonly loaders: Record<string, (() => Promise<{ default: unknown }>) | undefined>;
  /** Merged tables (locale table, then overrides) by locale, until something changes. */
  readonly cache: Map<string, unknown>;
}

const registry = new Map<string, StringSet>();
/** Overrides by locale; `*` applies in every locale (before the locale's own). */
const overrides = new Map<string, Map<string, unknown>>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const set of registry.values()) set.cache.clear();
  for (const listener of listeners) listener();
}

/**
 * Registers a widget's en-GB strings and a loader for each other locale; returns a getter for the
 * strings in a locale, with any overrides applied.
 */
export function defineStrings<const T extends object>(name: string, defaults: T, loaders: { readonly [locale: string]: TableLoader | undefined } = {}): StringsGetter<T> {
  const set: StringSet = { en: defaults, tables: new Map([[DEFAULT_LOCALE, defaults]]), loaders, cache: new Map() };
  registry.set(name, set);
  const getter = (locale = DEFAULT_LOCALE) => {
    const key = set.tables.has(locale) ? locale : DEFAULT_LOCALE;
    let merged = set.cache.get(key);
    if (!merged) {
      const byLocale = overrides.get(name);
      // A table of a partnership's own may leave strings out: those stay in en-GB.
      const table = key === DEFAULT_LOCALE ? set.en : merge(set.en, set.tables.get(key));
      merged = merge(merge(table, byLocale?.get('*')), byLocale?.get(key));
      set.cache.set(key, merged);
    }
    return merged as Widen<T>;
  };
  return Object.assign(getter, { table: defaults });
}

/**
 * Replaces strings with a partnership's own wording, e.g.
 * `setStrings({ common: { saved: 'Wedi cadw' }, 'self-review': { submit: '…' } }, 'cy')`: in one
 * locale, or (without `locale`) in every locale. Widgets already on the page re-render.
 */
export function setStrings(next: Record<string, DeepPartial<object>>, locale: string = '*'): void {
  for (const [name, value] of Object.entries(next)) {
    let byLocale = overrides.get(name);
    if (!byLocale) overrides.set(name, (byLocale = new Map()));
    byLocale.set(locale, merge(byLocale.get(locale) ?? {}, value));
  }
  changed();
}

/** Forgets every `setStrings()` override (for tests, and a page that changes partnership). */
export function resetStrings(): void {
  overrides.clear();
  changed();
}

/**
 * Adds a locale's table for a string set (a partnership's own language, or a test's
 * pseudo-locale). Widgets re-render.
 */
export function registerStrings(locale: string, name: string, table: unknown): void {
  const set = registry.get(name);
  if (!set) throw new Error(`No strings are registered as "${name}".`);
  set.tables.set(locale, table);
  changed();
}

export const getCommonStrings = defineStrings('common', commonStrings, { cy: () => import('./common.strings.cy') });

/** Names of the registered string sets, for translators. */
export const stringSets = () => [...registry.keys()];
/** The en-GB table of a string set, and each loaded locale's, for translators and tests. */
export const stringTable = (name: string, locale: string = DEFAULT_LOCALE): unknown => registry.get(name)?.tables.get(locale);

/** Whether every registered string set that has a table in a locale has it loaded. */
export function isStringsLoaded(locale: string): boolean {
  const resolved = resolveLocale(locale);
  if (resolved === DEFAULT_LOCALE) return true;
  for (const set of registry.values()) if (set.loaders[resolved] && !set.tables.has(resolved)) return false;
  return true;
}

const loading = new Map<string, Promise<string>>();
/**
 * Loads a locale for core (`loadLocale`) and every registered widget's table for it. Resolves to
 * the locale now in use (`cy-GB` → `cy`; en-GB for a language with no tables).
 */
export function loadStrings(lang?: string | null): Promise<string> {
  const locale = resolveLocale(lang);
  if (locale === DEFAULT_LOCALE) return Promise.resolve(locale);
  const pending = [...registry.values()].filter((set) => set.loaders[locale] && !set.tables.has(locale));
  if (!pending.length && loading.has(locale)) return loading.get(locale)!;
  const done = Promise.all([
    loadLocale(locale),
    ...pending.map(async (set) => {
      const table = (await set.loaders[locale]!()).default;
      set.tables.set(locale, table);
    }),
  ]).then(() => {
    changed();
    return locale;
  });
  loading.set(locale, done);
  return done;
}

export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every string of a table transformed (plural entries form by form), e.g. for a pseudo-locale. */
export function mapStrings<T>(table: T, fn: (text: string, path: string) => string, path = ''): T {
  if (typeof table === 'string') return fn(table, path) as T;
  if (isPlural(table)) {
    const forms = Object.fromEntries(Object.entries(table.forms).map(([k, v]) => [k, fn(v as string, `${path}.${k}`)]));
    return plural(table.locale, forms as Forms) as T;
  }
  if (Array.isArray(table)) return table.map((v, i) => mapStrings(v, fn, `${path}[${i}]`)) as T;
  if (table && typeof table === 'object') return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, mapStrings(v, fn, path ? `${path}.${k}` : k)])) as T;
  return table;
}

/** An academic year as written in prose: `2026-27` → `2026–27` (en dash). */
export const yearText = (academicYear: string) => academicYear.replace('-', '–');

/** Fills `{name}` placeholders. Values are text; templates render them as text, never as markup. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

function merge(base: unknown, extra: unknown): unknown {
  if (!extra || typeof extra !== 'object' || Array.isArray(extra) || !base || typeof base !== 'object' || Array.isArray(base)) return extra ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) out[key] = merge(out[key], value);
  return out;
}
