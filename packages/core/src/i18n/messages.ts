/**
 * Core speaks in codes: every refusal, rule explanation, schedule problem, validation issue and
 * export header is a `Message` (a stable `messageId` and its `params`), and the sentence a person
 * reads comes from a catalogue (`./en-GB`, `./cy`). `MESSAGE_PARAMS` lists every message id with the
 * kind of each of its parameters; the catalogue types are derived from it, so a catalogue that
 * misses a message, or reads a parameter that is not there, does not compile.
 *
 * Parameter kinds: `text` (data as stored: a name, an id, a date), `name` (a name, or a message
 * when the name is unknown), `count` (a number: plural forms are chosen from it), `message` and
 * `messages` (nested messages, rendered in the same locale first), `list` (ids or values, not
 * translated), `stage` (a cycle stage), `kind` (a document kind), `flag` (a yes/no choice).
 */
import type { Stage } from '../schema/cycle';
import type { DocumentKind } from '../schema/documents';

export type ParamKind = 'text' | 'name' | 'count' | 'message' | 'messages' | 'list' | 'stage' | 'kind' | 'flag';

export const MESSAGE_PARAMS = {
  // Cycle events (machine/machine.ts)
  'refusal.invalid-event': { event: 'text', issues: 'messages' },
  'refusal.wrong-partnership': {},
  'refusal.wrong-stage': { stage: 'stage' },
  // Edits of partnership records (document-edits.ts)
  'edit.invalid': { event: 'text', issues: 'messages' },
  'edit.wrong-partnership': {},
  'edit.impact-missing': {},
  'edit.schedule-published': {},
  'edit.review-missing': {},
  // Commands (commands.ts)
  'command.not-a-create': { event: 'text', kind: 'kind' },
  'command.no-record': { kind: 'kind', id: 'text' },
  'command.record-exists': { kind: 'kind', id: 'text' },
  'command.framework-whole': {},
  'command.bad-id': {},
  'command.pack-id-mismatch': { packId: 'text', id: 'text' },
  'command.grading-language': { question: 'text', word: 'text' },
  'command.already-published': {},
  'command.publish-refused': { reason: 'message', problems: 'messages' },
  // Schools named in messages
  'school.not-in-partnership': {},
  'school.unknown': {},
  'school.host': {},
  // Role rules (policy.ts), named by what they decide
  'policy.not-member': {},
  'policy.associate-reads-only': {},
  'policy.partnership-lead-only': {},
  'policy.create-cycle': {},
  'policy.headteachers-only': {},
  'policy.needs-cycle': {},
  'policy.view-self-review': { school: 'name' },
  'policy.view-review-detail': { school: 'name' },
  'policy.view-evidence': { school: 'name' },
  'policy.edit-self-review': { school: 'name' },
  'policy.host-head-only': { school: 'name' },
  'policy.set-review-team': {},
  'policy.lead-or-host': { school: 'name' },
  'policy.review-team-only': { school: 'name' },
  'policy.plan-workshop': {},
  'policy.appoint-facilitator': { school: 'name' },
  'policy.run-workshop': {},
  'policy.edit-action-plan': { school: 'name' },
  'policy.check-in-recorders': {},
  'policy.pause-or-withdraw': {},
  // Who may take a role (policy.ts violations)
  'violation.own-school': { person: 'text', school: 'name' },
  'violation.associate': { person: 'text' },
  'violation.reviewer-trained': { person: 'text' },
  'violation.duplicate-member': {},
  'violation.team-size': { min: 'count', max: 'count', count: 'count' },
  'violation.unknown-person': { id: 'text' },
  'violation.no-lead': {},
  'violation.lead-in-team': { person: 'text' },
  'violation.lead-headteacher': { person: 'text' },
  'violation.facilitator-trained': { person: 'text' },
  'violation.facilitator-other-school': { person: 'text' },
  // The machine's guards (machine/machine.ts GUARDS)
  'guard.focusProposed': {},
  'guard.team-invalid': { problems: 'messages' },
  'guard.linesOfEnquiryAgreed': {},
  'guard.review-day-missing': {},
  'guard.review-too-long': { school: 'name', max: 'count', days: 'count' },
  'guard.date-twice': {},
  'guard.dates-too-many': { school: 'name', max: 'count' },
  'guard.planAgreedByBoth': {},
  'guard.hasFindings': {},
  'guard.priorityAgreed': {},
  'guard.findingsExist': {},
  'guard.evidenceLinked': { ids: 'list' },
  'guard.facilitator-missing': {},
  'guard.facilitator-ineligible': { problems: 'messages' },
  'guard.workshopDated': {},
  'guard.workshopStarted': {},
  'guard.hasActions': {},
  'guard.actionsComplete': { actions: 'messages' },
  'guard.action-gaps': { number: 'count', gaps: 'messages' },
  'guard.gap-what': {},
  'guard.gap-owner': {},
  'guard.gap-due': {},
  'guard.gap-success': {},
  'guard.support-own-school': {},
  'guard.actionExists': {},
  'guard.progressForKnownActions': { ids: 'list' },
  'guard.outcomeClose': {},
  'guard.outcomeContinue': {},
  'guard.checkInNotBeforeWorkshop': {},
  'guard.questionKnownShape': {},
  'guard.hasPausedFrom': {},
  'guard.seesWorkshopDetail': { refusal: 'message' },
  // Stage names (STAGE_NAMES)
  'stage.self-review': {},
  'stage.pre-review': {},
  'stage.review': {},
  'stage.workshop': {},
  'stage.action-plan': {},
  'stage.check-in': {},
  'stage.complete': {},
  'stage.paused': {},
  'stage.withdrawn': {},
  // The default review windows' names (defaultReviewWindows, termName)
  'term.autumn': {},
  'term.spring': {},
  'term.summer': {},
  // Schedule planning and checking (schedule.ts)
  'schedule.no-schools': { partnership: 'text' },
  'schedule.one-school': { partnership: 'text' },
  'schedule.no-windows': {},
  'schedule.window-backwards': { term: 'text', from: 'text', to: 'text' },
  'schedule.no-lead': { school: 'text', headteacher: 'flag', training: 'flag' },
  'schedule.too-few-reviewers': { school: 'text', count: 'count', needed: 'count', training: 'flag' },
  'schedule.no-facilitator': { school: 'text', training: 'flag' },
  'schedule.wrong-partnership': { id: 'text', partnership: 'text' },
  'schedule.duplicate-review': { review: 'text' },
  'schedule.unknown-school': { review: 'text', school: 'text', partnership: 'text' },
  'schedule.review-problem': { school: 'text', problem: 'message' },
  'schedule.workshop-problem': { school: 'text', problem: 'message' },
  'schedule.review-window-backwards': { school: 'text', term: 'text', from: 'text', to: 'text' },
  'schedule.school-not-reviewed': { school: 'text' },
  'schedule.too-many-reviews': { person: 'text', count: 'count', max: 'count' },
  'schedule.windows-overlap': { person: 'text', first: 'text', firstTerm: 'text', second: 'text', secondTerm: 'text' },
  // Publishing the schedule (partnership-year.ts)
  'publish.breaks-rules': {},
  'publish.id-too-long': { review: 'text' },
  // Tailoring the framework (framework/framework.ts)
  'tailoring.added-id-taken-question': { id: 'text' },
  'tailoring.added-id-taken-framework': { id: 'text' },
  'tailoring.added-id-taken-added': { id: 'text' },
  'tailoring.added-aim-unknown': { id: 'text', aim: 'text' },
  'tailoring.added-text-empty': { id: 'text' },
  'tailoring.hidden-unknown': { id: 'text' },
  'tailoring.reworded-unknown': { id: 'text' },
  'tailoring.reword-empty': { id: 'text' },
  'tailoring.grading-language': { id: 'text', word: 'text' },
  'tailoring.duplicate-question-id': { pack: 'text', id: 'text' },
  // Validation issues (schema/documents.ts describeIssues), one per zod issue kind. `zod` is what
  // zod's own English locale wrote (the en-GB text, word for word); other locales use the rest.
  'issue.at': { path: 'name', issue: 'message' },
  'issue.document': {},
  'issue.invalid-type': { expected: 'text', received: 'text', zod: 'text' },
  'issue.invalid-value': { value: 'text', zod: 'text' },
  'issue.invalid-option': { values: 'list', zod: 'text' },
  'issue.too-big': { origin: 'text', bound: 'text', limit: 'text', zod: 'text' },
  'issue.too-small': { origin: 'text', bound: 'text', limit: 'text', zod: 'text' },
  'issue.starts-with': { prefix: 'text', zod: 'text' },
  'issue.ends-with': { suffix: 'text', zod: 'text' },
  'issue.includes': { includes: 'text', zod: 'text' },
  'issue.pattern': { pattern: 'text', zod: 'text' },
  'issue.format': { format: 'text', zod: 'text' },
  'issue.not-multiple-of': { divisor: 'text', zod: 'text' },
  'issue.unrecognized-keys': { keys: 'list', zod: 'text' },
  'issue.invalid-key': { origin: 'text', zod: 'text' },
  'issue.invalid-discriminator': { options: 'list', zod: 'text' },
  'issue.more-than-one-match': { zod: 'text' },
  'issue.invalid-element': { origin: 'text', zod: 'text' },
  'issue.invalid-input': { zod: 'text' },
  'issue.document-url': {},
  'issue.team-size-order': {},
  /** A message a schema wrote itself that no catalogue knows: shown as written. */
  'issue.custom': { text: 'text' },
  // The tracker export (partnership-year.ts cyclesCsv)
  'csv.school': {},
  'csv.stage': {},
  'csv.due': {},
  'csv.overdue': {},
  'csv.workshop-held': {},
  'csv.check-in-held': {},
  'csv.lead': {},
  'csv.facilitator': {},
  'csv.priority': {},
  'csv.yes': {},
  'csv.no': {},
  'csv.stage-value': { stage: 'stage' },
} as const satisfies Record<string, Record<string, ParamKind>>;

export type MessageId = keyof typeof MESSAGE_PARAMS;

/** A parameter value as a message carries it. */
export type MessageParam = string | number | boolean | Message | readonly (string | Message)[];

/** A sentence to be: which one, and what goes in it. Plain data (it is stored with refusals). */
export interface Message {
  readonly messageId: MessageId;
  readonly params: Readonly<Record<string, MessageParam>>;
}

interface ParamTypes {
  text: string;
  name: string | Message;
  count: number;
  message: Message;
  messages: readonly Message[];
  list: readonly string[];
  stage: Stage;
  kind: DocumentKind;
  flag: boolean;
}
/** What a catalogue entry receives: nested messages already rendered in its own locale. */
interface RenderedTypes extends Omit<ParamTypes, 'name' | 'message' | 'messages'> {
  name: string;
  message: string;
  messages: readonly string[];
}

type Spec<K extends MessageId> = (typeof MESSAGE_PARAMS)[K];
/** The parameters of message `K`, as core passes them. */
export type MessageParams<K extends MessageId> = { readonly [P in keyof Spec<K>]: ParamTypes[Spec<K>[P] & ParamKind] };
/** The parameters of message `K`, as a catalogue entry receives them. */
export type RenderedParams<K extends MessageId> = { readonly [P in keyof Spec<K>]: RenderedTypes[Spec<K>[P] & ParamKind] };

/**
 * A locale's messages: one function per message id, given the rendered parameters. Counts choose
 * their plural form inside the function (see `pluralCategory`): write whole sentences per form.
 */
export type Catalogue = { readonly [K in MessageId]: (params: RenderedParams<K>) => string };

/** The entries of a catalogue for the messages whose ids start with `prefix.` (e.g. `'policy'`). */
export type CataloguePart<P extends string> = { readonly [K in Extract<MessageId, `${P}.${string}`>]: Catalogue[K] };

type NoParams<K extends MessageId> = keyof Spec<K> extends never ? true : false;

/** Builds a message (core's logic never builds a sentence itself). */
export function msg<K extends MessageId>(messageId: K, ...params: NoParams<K> extends true ? [] : [MessageParams<K>]): Message {
  return { messageId, params: (params[0] ?? {}) as Message['params'] };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).messageId === 'string' && typeof (value as Message).params === 'object';
}
