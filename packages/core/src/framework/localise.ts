/**
 * A framework pack in another language. A pack's text (its name, each area's title and summary,
 * each aim, each question and its prompts) is keyed by the stable ids it already has, so a text
 * table for a locale (`FrameworkText`) replaces words and never ids: answers keyed by question id
 * attach whatever the language. Core's cy locale carries the default pack's Welsh text; a trust
 * can register text for its own pack (`registerLocale({ locale, messages, frameworks: { [packId]: text } })`).
 */
import type { FrameworkPack } from '../schema/framework';
import type { PracticeLevel } from '../schema/cycle';
import { localeBundle, type PracticeText } from '../i18n/locale';
import { PRACTICE_LEVEL_QUESTION, PRACTICE_LEVEL_TEXT } from './default-pack';

/** A pack's words in one language, by id. What a table leaves out stays as the pack has it. */
export interface FrameworkText {
  readonly name?: string;
  readonly areas?: Readonly<Record<string, { readonly title?: string; readonly summary?: string }>>;
  readonly aims?: Readonly<Record<string, string>>;
  /** `prompts` replace the question's prompts as a list (the same number, in the same order). */
  readonly questions?: Readonly<Record<string, { readonly text?: string; readonly prompts?: readonly string[] }>>;
}

/** The text table of a pack as it is written (e.g. the en-GB text of the default pack). */
export function frameworkTextOf(pack: FrameworkPack): FrameworkText {
  return {
    name: pack.name,
    areas: Object.fromEntries(pack.areas.map((a) => [a.id, { title: a.title, summary: a.summary }])),
    aims: Object.fromEntries(pack.areas.flatMap((a) => a.aims.map((aim) => [aim.id, aim.aim]))),
    questions: Object.fromEntries(pack.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions.map((q) => [q.id, { text: q.text, prompts: [...(q.prompts ?? [])] }])))),
  };
}

const own = <V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The pack with its words from `text`. Pure: ids, uses and order are unchanged; the input is not changed. */
export function localiseFramework(pack: FrameworkPack, text: FrameworkText): FrameworkPack {
  return {
    ...pack,
    name: text.name ?? pack.name,
    areas: pack.areas.map((area) => {
      const a = own(text.areas, area.id);
      return {
        ...area,
        title: a?.title ?? area.title,
        summary: a?.summary ?? area.summary,
        aims: area.aims.map((aim) => ({
          ...aim,
          aim: own(text.aims, aim.id) ?? aim.aim,
          questions: aim.questions.map((q) => {
            const t = own(text.questions, q.id);
            const prompts = t?.prompts && t.prompts.length === (q.prompts ?? []).length ? [...t.prompts] : [...(q.prompts ?? [])];
            return { ...q, text: t?.text ?? q.text, prompts };
          }),
        })),
      };
    }),
  };
}

/**
 * The pack in a locale, when that locale is loaded and has text for the pack's id; else the pack
 * as it is. Load the locale first (`loadLocale`).
 */
export function frameworkFor(pack: FrameworkPack, locale?: string | null): FrameworkPack {
  const text = own(localeBundle(locale).frameworks, pack.id);
  return text ? localiseFramework(pack, text) : pack;
}

/** The continuum's question and level texts in a locale (en-GB when it is not loaded). */
export function practiceText(locale?: string | null): PracticeText {
  return localeBundle(locale).practice ?? { question: PRACTICE_LEVEL_QUESTION, levels: PRACTICE_LEVEL_TEXT };
}

/** One level's label and description in a locale. */
export function practiceLevelText(level: PracticeLevel, locale?: string | null): { readonly label: string; readonly description: string } {
  return practiceText(locale).levels[level];
}
