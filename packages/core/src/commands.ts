/**
 * Commands: one door for every change to every kind of record, for a server that re-runs each
 * change on its latest state (as Replicache/Zero mutators run again on the server). A command is
 * an event for a record of a kind: it creates the record (`CREATE_*`), or it edits it through the
 * same function a widget uses (`transition` for cycles, the document edits for the rest). Every
 * role check is core's; the caller supplies the verified actor and stores what comes back.
 */
import * as z from 'zod/mini';
import { Id, IsoDate } from './zod';
import type { Cycle } from './schema/cycle';
import { FrameworkPack } from './schema/framework';
import type { Partnership } from './schema/partnership';
import { ProgrammeWorkshop } from './schema/reflection';
import { ReviewWindow, Schedule } from './schema/schedule';
import type { DocumentKind, SppDocument } from './schema/documents';
import { issueMessages } from './schema/issues';
import { can } from './policy';
import { createCycle } from './machine/cycle';
import { fromDecision, refusalOf, transition, type Refusal } from './machine/machine';
import { msg, type Message } from './i18n/messages';
import { useEnglish, type LocaleLike } from './i18n/locale';
import { enRecords } from './i18n/en/records';
import { applyPartnershipEdit, applyReflectionEdit, applyScheduleEdit, createReflection, type EditContext } from './document-edits';
import { publishSchedule } from './partnership-year';
import { findGradingLanguage } from './framework/framework';

const ev = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

/** Events that create a record (or, for a framework pack, replace it whole). */
export const CreateEvent = z.discriminatedUnion('type', [
  ev('CREATE_CYCLE', { hostSchoolId: Id, window: z.optional(ReviewWindow) }),
  ev('CREATE_SCHEDULE', {}),
  ev('CREATE_REFLECTION', { workshop: ProgrammeWorkshop, heldOn: z.optional(IsoDate) }),
  ev('SAVE_FRAMEWORK', { pack: FrameworkPack }),
]);
export type CreateEvent = z.infer<typeof CreateEvent>;
const CREATE_TYPES: ReadonlySet<string> = new Set(['CREATE_CYCLE', 'CREATE_SCHEDULE', 'CREATE_REFLECTION', 'SAVE_FRAMEWORK']);

/** Publishing a schedule turns its reviews into cycles and marks it published, together. */
export const PublishScheduleEvent = ev('PUBLISH_SCHEDULE', {});

/** Which create event makes a record of each kind (the partnership itself is set up by the service's operator). */
export const CREATE_EVENT_OF: { readonly [K in DocumentKind]?: CreateEvent['type'] } = {
  cycle: 'CREATE_CYCLE',
  schedule: 'CREATE_SCHEDULE',
  reflection: 'CREATE_REFLECTION',
  framework: 'SAVE_FRAMEWORK',
};

export interface CommandTarget {
  kind: DocumentKind;
  id: string;
  /** The record as stored now, or `undefined` when there is none yet. */
  current: SppDocument | undefined;
}

/** Other records a command makes at the same time (publishing a schedule makes its cycles). */
export type CommandResult = { ok: true; doc: SppDocument; created: Cycle[] } | { ok: false; refusal: Refusal };

function refused(code: Refusal['code'], event: string, message: Message, locale: LocaleLike, rule?: string): CommandResult {
  useEnglish(enRecords);
  return { ok: false, refusal: refusalOf(code, event, message, locale, rule) };
}
const typeOf = (event: unknown) => (typeof event === 'object' && event && 'type' in event ? String((event as { type: unknown }).type).slice(0, 60) : '(none)');

/**
 * Runs one command on the latest state of its record. `existingCycles` is needed only to publish
 * a schedule (reviews that already have a cycle are not made twice). Pure: nothing is changed in
 * place, and a refusal says why in the same shape as every refusal of the SDK.
 */
export function runCommand(target: CommandTarget, event: unknown, ctx: EditContext, existingCycles: readonly Cycle[] = []): CommandResult {
  const type = typeOf(event);
  const { kind, id, current } = target;
  if (type === CREATE_EVENT_OF[kind] && (current === undefined || kind === 'framework')) return create(id, event, ctx);
  if (current === undefined) {
    return CREATE_TYPES.has(type)
      ? refused('invalid-event', type, msg('command.not-a-create', { event: type, kind }), ctx.locale)
      : refused('no-record', type, msg('command.no-record', { kind, id }), ctx.locale);
  }
  if (CREATE_TYPES.has(type)) return refused('record-exists', type, msg('command.record-exists', { kind, id }), ctx.locale);
  const done = (result: { ok: true; doc: SppDocument } | { ok: false; refusal: Refusal }): CommandResult => (result.ok ? { ...result, created: [] } : result);
  switch (kind) {
    case 'cycle': {
      const result = transition(current as Cycle, event, ctx);
      return result.ok ? { ok: true, doc: result.cycle, created: [] } : result;
    }
    case 'partnership':
      return done(applyPartnershipEdit(current as Partnership, event, ctx));
    case 'reflection':
      return done(applyReflectionEdit(current as never, event, ctx));
    case 'schedule':
      if (type === 'PUBLISH_SCHEDULE') return publish(current as Schedule, event, ctx, existingCycles);
      return done(applyScheduleEdit(current as Schedule, event, ctx));
    case 'framework':
      return refused('invalid-event', type, msg('command.framework-whole'), ctx.locale);
  }
}

function create(id: string, event: unknown, ctx: EditContext): CommandResult {
  const type = typeOf(event);
  const parsed = CreateEvent.safeParse(event);
  const { partnership, actor, locale } = ctx;
  if (!parsed.success) return refused('invalid-event', type, msg('refusal.invalid-event', { event: type, issues: issueMessages(parsed.error) }), locale);
  if (!Id.safeParse(id).success) return refused('invalid-event', type, msg('command.bad-id'), locale);
  const e = parsed.data;
  const deny = (decision: ReturnType<typeof can>): CommandResult | undefined => (decision.allowed ? undefined : { ok: false, refusal: fromDecision(type, decision) });
  switch (e.type) {
    case 'CREATE_CYCLE': {
      // The role first: someone who may not open cycles learns nothing about which schools exist.
      const no = deny(can(actor, 'create-cycle', null, partnership, { hostSchoolId: e.hostSchoolId }, locale));
      if (no) return no;
      if (!partnership.schools.some((s) => s.id === e.hostSchoolId)) return refused('guard-failed', type, msg('school.not-in-partnership'), locale, 'hostInPartnership');
      return { ok: true, doc: createCycle({ id, partnership, hostSchoolId: e.hostSchoolId, ...(e.window ? { window: e.window } : {}) }), created: [] };
    }
    case 'CREATE_SCHEDULE': {
      const no = deny(can(actor, 'plan-schedule', null, partnership, undefined, locale));
      if (no) return no;
      const schedule = Schedule.parse({ schemaVersion: 1, kind: 'schedule', id, partnershipId: partnership.id, academicYear: partnership.academicYear, reviews: [] });
      return { ok: true, doc: schedule, created: [] };
    }
    case 'CREATE_REFLECTION': {
      const no = deny(can(actor, 'edit-reflection', null, partnership, undefined, locale));
      if (no) return no;
      return { ok: true, doc: createReflection({ id, partnership, workshop: e.workshop, ...(e.heldOn ? { heldOn: e.heldOn } : {}) }), created: [] };
    }
    case 'SAVE_FRAMEWORK': {
      const no = deny(can(actor, 'edit-framework', null, partnership, undefined, locale));
      if (no) return no;
      if (e.pack.id !== id) return refused('invalid-event', type, msg('command.pack-id-mismatch', { packId: e.pack.id, id }), locale);
      // The model is non-judgemental: a question never asks a school to grade itself.
      for (const question of e.pack.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions))) {
        const word = findGradingLanguage(question.text);
        if (word) return refused('guard-failed', type, msg('command.grading-language', { question: question.id, word }), locale, 'noGradingLanguage');
      }
      return { ok: true, doc: e.pack, created: [] };
    }
  }
}

function publish(schedule: Schedule, event: unknown, ctx: EditContext, existingCycles: readonly Cycle[]): CommandResult {
  const parsed = PublishScheduleEvent.safeParse(event);
  const { locale } = ctx;
  if (!parsed.success) return refused('invalid-event', 'PUBLISH_SCHEDULE', msg('refusal.invalid-event', { event: 'PUBLISH_SCHEDULE', issues: issueMessages(parsed.error) }), locale);
  if (schedule.publishedAt) return refused('wrong-stage', 'PUBLISH_SCHEDULE', msg('command.already-published'), locale);
  const result = publishSchedule(schedule, ctx.partnership, ctx.actor, existingCycles, locale);
  if (!result.ok) {
    const why = msg('command.publish-refused', { reason: messageOf(result), problems: result.problems.map(messageOf) });
    return refused(result.rule ? 'not-allowed' : 'guard-failed', 'PUBLISH_SCHEDULE', why, locale, result.rule ?? 'scheduleValid');
  }
  const marked = applyScheduleEdit(schedule, { type: 'MARK_PUBLISHED' }, ctx);
  return marked.ok ? { ok: true, doc: marked.doc, created: result.cycles } : marked;
}

/** Only the message of something that carries one (a problem, a decision), for nesting in another message. */
const messageOf = ({ messageId, params }: Message): Message => ({ messageId, params });
