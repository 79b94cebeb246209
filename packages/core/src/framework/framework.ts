/**
 * Working with an enquiry framework as a partnership has tailored it: resolving a pack and a
 * `FrameworkTailoring` into one tree of questions, listing the questions for self-review or for
 * partnership reflection, checking a tailoring, and measuring self-review progress.
 *
 * Everything here is a pure function of plain data: no DOM, no storage, inputs never mutated.
 *
 * Design choices:
 * - `tailorFramework` never throws. A partnership document is read on every render of every
 *   widget, so one bad entry must not blank the page. Anything it cannot apply is reported in
 *   `problems` (the same problems `validateTailoring` gives) and skipped in the safest way:
 *   unknown ids and empty rewordings are ignored; an added question whose id is already taken is
 *   dropped (the original keeps its answers); an added question whose aim does not exist is kept
 *   in `unplaced` so its text and any answers to it are not lost.
 * - Hidden questions are kept in the tree with `hidden: true`, so answers given before they were
 *   hidden can still be shown. `questionsFor` leaves them out unless asked.
 * - Rewording keeps the question id, so responses keyed by it still attach.
 */
import type { FrameworkPack, QuestionUse } from '../schema/framework';
import { PRACTICE_LEVELS, type PracticeLevel } from '../schema/cycle';
import { msg, type Message } from '../i18n/messages';
import { formatMessage, useEnglish, type LocaleLike } from '../i18n/locale';
import { enTailoring } from '../i18n/en/tailoring';
import { frameworkFor } from './localise';

/** A question as the partnership sees it. */
export interface TailoredQuestion {
  /** The stable id responses are keyed by; rewording never changes it. */
  readonly id: string;
  /** The wording to show: the partnership's rewording if any, else the pack's. */
  readonly text: string;
  /** The pack's wording, present only when the partnership has reworded the question. */
  readonly originalText?: string;
  readonly use: QuestionUse;
  readonly prompts: readonly string[];
  readonly areaId: string;
  readonly aimId: string;
  /** Hidden by the partnership: kept so earlier answers still display, but not asked. */
  readonly hidden: boolean;
  /** Added by the partnership rather than part of the pack. */
  readonly added: boolean;
}

/** An added question whose aim is not in the pack: kept, but outside the tree. */
export type UnplacedQuestion = Omit<TailoredQuestion, 'areaId'>;

export interface TailoredAim {
  readonly id: string;
  readonly aim: string;
  readonly areaId: string;
  readonly questions: readonly TailoredQuestion[];
}

export interface TailoredArea {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly aims: readonly TailoredAim[];
}

export interface TailoredFramework {
  /** The pack's id, name and version. */
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly areas: readonly TailoredArea[];
  /** Added questions whose `aimId` matches no aim (see `problems`). */
  readonly unplaced: readonly UnplacedQuestion[];
  /** What in the pack or the tailoring could not be applied as written. Empty when all is well. */
  readonly problems: readonly TailoringProblem[];
}

/**
 * A tailoring as stored on `Partnership.tailoring`. Every field is optional so an unparsed or
 * partial tailoring can be passed too.
 */
export interface TailoringInput {
  readonly hidden?: readonly string[];
  readonly reworded?: Readonly<Record<string, string>>;
  readonly added?: readonly { readonly id: string; readonly aimId: string; readonly text: string; readonly use: QuestionUse }[];
}

export type TailoringProblemCode =
  /** A hidden id is not a question in the framework. */
  | 'hidden-unknown'
  /** A reworded id is not a question in the framework. */
  | 'reworded-unknown'
  /** A rewording is blank. */
  | 'reword-empty'
  /** An added question's id is already used in the pack or by another added question. */
  | 'added-id-taken'
  /** An added question names an aim that is not in the pack. */
  | 'added-aim-unknown'
  /** An added question's text is blank. */
  | 'added-text-empty'
  /** Wording the partnership wrote reads like a grade of a school or a teacher. */
  | 'grading-language'
  /** The pack itself uses one question id twice. */
  | 'duplicate-question-id';

export interface TailoringProblem extends Message {
  readonly code: TailoringProblemCode;
  /**
   * `error`: the entry cannot be applied as written. `warning`: it is applied, but goes against
   * the programme's principles and deserves a second look.
   */
  readonly severity: 'error' | 'warning';
  /** The question id the problem is about. */
  readonly id: string;
  /**
   * A plain explanation, suitable for showing to the person editing the tailoring (in the locale
   * asked for, default en-GB; `messageId` and `params` say it in any locale).
   */
  readonly message: string;
}

/**
 * Words that grade a school or a teacher (inspection grades and ratings). Enquiry questions ask
 * how far something is part of practice; they never grade. Matched as whole words, so
 * "collaborating" or "integrating" are not caught by "rating".
 */
const GRADING_LANGUAGE =
  /\b(outstanding|inadequate|requires? improvement|satisfactory|good schools?|grade[sd]?|grading|ratings?|rated|ofsted judge?ments?)\b/i;

/** The first grading word or phrase in `text`, if any. */
export function findGradingLanguage(text: string): string | undefined {
  return GRADING_LANGUAGE.exec(text)?.[0];
}

const own = <V>(record: Readonly<Record<string, V>> | undefined): [string, V][] =>
  record ? Object.entries(record).filter(([key]) => Object.hasOwn(record, key)) : [];

const questionIdsOf = (pack: FrameworkPack): string[] =>
  pack.areas.flatMap((area) => area.aims.flatMap((aim) => aim.questions.map((q) => q.id)));

const allIdsOf = (pack: FrameworkPack): Set<string> =>
  new Set(pack.areas.flatMap((area) => [area.id, ...area.aims.flatMap((aim) => [aim.id, ...aim.questions.map((q) => q.id)])]));

/**
 * Checks a tailoring against a pack. Returns every problem found (an empty list when it can be
 * applied exactly as written). Ids of questions the tailoring adds count as known, so an added
 * question may itself be hidden or reworded.
 */
export function validateTailoring(pack: FrameworkPack, tailoring: TailoringInput | undefined, locale?: LocaleLike): TailoringProblem[] {
  const problems: TailoringProblem[] = [];
  const add = (code: TailoringProblemCode, severity: TailoringProblem['severity'], id: string, m: Message) => problems.push(problemOf(code, severity, id, m, locale));
  const packIds = allIdsOf(pack);
  const aimIds = new Set(pack.areas.flatMap((area) => area.aims.map((aim) => aim.id)));
  const questionIds = new Set(questionIdsOf(pack));

  const addedIds = new Set<string>();
  for (const added of tailoring?.added ?? []) {
    if (packIds.has(added.id) || addedIds.has(added.id)) {
      const by = questionIds.has(added.id) ? 'question' : packIds.has(added.id) ? 'framework' : 'added';
      add('added-id-taken', 'error', added.id, msg(`tailoring.added-id-taken-${by}`, { id: added.id }));
      continue;
    }
    addedIds.add(added.id);
    if (!aimIds.has(added.aimId)) {
      add('added-aim-unknown', 'error', added.id, msg('tailoring.added-aim-unknown', { id: added.id, aim: added.aimId }));
    }
    if (added.text.trim() === '') {
      add('added-text-empty', 'error', added.id, msg('tailoring.added-text-empty', { id: added.id }));
    } else {
      const word = findGradingLanguage(added.text);
      if (word) add('grading-language', 'warning', added.id, msg('tailoring.grading-language', { id: added.id, word }));
    }
  }

  const known = (id: string) => questionIds.has(id) || addedIds.has(id);

  for (const id of tailoring?.hidden ?? []) {
    if (!known(id)) {
      add('hidden-unknown', 'error', id, msg('tailoring.hidden-unknown', { id }));
    }
  }

  for (const [id, text] of own(tailoring?.reworded)) {
    if (!known(id)) {
      add('reworded-unknown', 'error', id, msg('tailoring.reworded-unknown', { id }));
    } else if (typeof text !== 'string' || text.trim() === '') {
      add('reword-empty', 'error', id, msg('tailoring.reword-empty', { id }));
    } else {
      const word = findGradingLanguage(text);
      if (word) add('grading-language', 'warning', id, msg('tailoring.grading-language', { id, word }));
    }
  }
  return problems;
}

function problemOf(code: TailoringProblemCode, severity: TailoringProblem['severity'], id: string, m: Message, locale: LocaleLike): TailoringProblem {
  useEnglish(enTailoring);
  return { code, severity, id, message: formatMessage(m, locale), ...m };
}

export interface TailorOptions {
  /**
   * The language of the pack's text and of each problem's `message` (default en-GB). The pack's
   * text comes from the loaded locale's text for its id (`frameworkFor`); ids never change.
   */
  readonly locale?: LocaleLike;
}

/**
 * Resolves a pack and a partnership's tailoring into the questions the partnership uses. Never
 * throws: what cannot be applied is listed in `problems` (see the module comment for what happens
 * to each kind). Added questions follow the pack's questions of their aim, in the order added.
 */
export function tailorFramework(pack: FrameworkPack, tailoring?: TailoringInput, options: TailorOptions = {}): TailoredFramework {
  const problems: TailoringProblem[] = [];
  const { locale } = options;
  if (typeof locale === 'string') pack = frameworkFor(pack, locale);

  const seen = new Set<string>();
  for (const id of questionIdsOf(pack)) {
    if (seen.has(id)) problems.push(problemOf('duplicate-question-id', 'error', id, msg('tailoring.duplicate-question-id', { pack: pack.id, id }), locale));
    seen.add(id);
  }
  problems.push(...validateTailoring(pack, tailoring, locale));

  const hidden = new Set(tailoring?.hidden ?? []);
  const reworded = new Map<string, string>();
  for (const [id, text] of own(tailoring?.reworded)) {
    if (typeof text === 'string' && text.trim() !== '') reworded.set(id, text.trim());
  }

  // Added questions that can be applied, grouped by aim; the first with a given id wins.
  const packIds = allIdsOf(pack);
  const aimIds = new Set(pack.areas.flatMap((area) => area.aims.map((aim) => aim.id)));
  const addedByAim = new Map<string, UnplacedQuestion[]>();
  const unplaced: UnplacedQuestion[] = [];
  const takenByAdded = new Set<string>();
  for (const added of tailoring?.added ?? []) {
    if (packIds.has(added.id) || takenByAdded.has(added.id) || added.text.trim() === '') continue;
    takenByAdded.add(added.id);
    const question = resolve({ id: added.id, text: added.text.trim(), use: added.use, prompts: [] }, added.aimId, true, hidden, reworded);
    if (aimIds.has(added.aimId)) {
      const list = addedByAim.get(added.aimId) ?? [];
      list.push(question);
      addedByAim.set(added.aimId, list);
    } else {
      unplaced.push(question);
    }
  }

  const areas: TailoredArea[] = pack.areas.map((area) => ({
    id: area.id,
    title: area.title,
    summary: area.summary,
    aims: area.aims.map((aim) => ({
      id: aim.id,
      aim: aim.aim,
      areaId: area.id,
      questions: [
        ...aim.questions.map((q) => resolve({ ...q, prompts: q.prompts ?? [] }, aim.id, false, hidden, reworded)),
        ...(addedByAim.get(aim.id) ?? []),
      ].map((q) => ({ ...q, areaId: area.id })),
    })),
  }));

  return { id: pack.id, name: pack.name, version: pack.version, areas, unplaced, problems };
}

function resolve(
  q: { id: string; text: string; use: QuestionUse; prompts: readonly string[] },
  aimId: string,
  added: boolean,
  hidden: ReadonlySet<string>,
  reworded: ReadonlyMap<string, string>,
): UnplacedQuestion {
  const newText = reworded.get(q.id);
  const changed = newText !== undefined && newText !== q.text;
  return {
    id: q.id,
    text: changed ? newText : q.text,
    ...(changed ? { originalText: q.text } : {}),
    use: q.use,
    prompts: [...q.prompts],
    aimId,
    hidden: hidden.has(q.id),
    added,
  };
}

/** Every question in the tree, in framework order, hidden ones included. */
function allQuestions(tailored: TailoredFramework): TailoredQuestion[] {
  return tailored.areas.flatMap((area) => area.aims.flatMap((aim) => aim.questions));
}

/**
 * The questions used for `use`, in framework order. Questions marked `both` appear in both lists.
 * Hidden questions are left out unless `includeHidden` is set (for showing earlier answers).
 * Unplaced questions (see `TailoredFramework.unplaced`) are never included.
 */
export function questionsFor(
  tailored: TailoredFramework,
  use: 'self-review' | 'partnership',
  options: { includeHidden?: boolean } = {},
): TailoredQuestion[] {
  return allQuestions(tailored).filter((q) => (q.use === use || q.use === 'both') && (options.includeHidden || !q.hidden));
}

/** The question with this id in the tree, hidden or not; `undefined` if there is none. */
export function findQuestion(tailored: TailoredFramework, id: string): TailoredQuestion | undefined {
  return allQuestions(tailored).find((q) => q.id === id);
}

export interface SelfReviewProgress {
  /** Visible self-review questions with a practice level chosen. */
  readonly answered: number;
  /** Visible self-review questions. */
  readonly total: number;
  /** `answered / total` as a whole percentage, rounded down (100 only when all are answered; 0 when there are none). */
  readonly percent: number;
  /**
   * Ids of responses that match no question in the tree (for example a question added and then
   * removed, or an unplaced one). They are kept in the cycle, not dropped; a UI can still show them.
   */
  readonly orphaned: readonly string[];
  /** Ids of hidden questions that have a response: not counted, but still there to show. */
  readonly hiddenAnswered: readonly string[];
}

/**
 * How far a school has got with its self-review. A question counts as answered only when a
 * practice level has been chosen: evidence alone does not count, because the level is what the
 * pre-review meeting works from (and a school may note evidence before deciding where it sits).
 * Hidden questions and partnership-only questions do not count either way.
 */
export function selfReviewProgress(
  tailored: TailoredFramework,
  responses: Readonly<Record<string, { readonly level?: PracticeLevel | null } | undefined>> | undefined,
): SelfReviewProgress {
  const byId = new Map(allQuestions(tailored).map((q) => [q.id, q] as const));
  const visible = questionsFor(tailored, 'self-review');
  const entries = own(responses);
  const has = (id: string) => {
    const level = responses && Object.hasOwn(responses, id) ? responses[id]?.level : undefined;
    return typeof level === 'string' && (PRACTICE_LEVELS as readonly string[]).includes(level);
  };
  const answered = visible.filter((q) => has(q.id)).length;
  const total = visible.length;
  return {
    answered,
    total,
    percent: total === 0 ? 0 : Math.floor((answered / total) * 100),
    orphaned: entries.filter(([id]) => !byId.has(id)).map(([id]) => id),
    hiddenAnswered: entries.filter(([id]) => byId.get(id)?.hidden === true).map(([id]) => id),
  };
}
