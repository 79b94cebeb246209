/** Plural forms by `Intl.PluralRules` category. Welsh has all six: zero, one, two, few, many, other. */
const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(count);
}

/** English forms: `one` and `other` (en-GB has no other categories for whole numbers). */
export interface EnglishForms {
  one: string;
  other: string;
}
/** Welsh forms: every category, each a whole phrase or sentence (the noun after a number is singular, and mutates). */
export type WelshForms = Readonly<Record<Intl.LDMLPluralRule, string>>;

/** Picks the form for `count`; a category a locale does not list falls back to `other`. */
export function plural(locale: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}
