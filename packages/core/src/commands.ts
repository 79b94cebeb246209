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
import { describeIssues, type DocumentKind, type SppDocument } from './schema/documents';
import { can } from './policy';
import { createCycle } from './machine/cycle';
import { transition, type Refusal } from './machine/machine';
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

const refused = (code: Refusal['code'], event: string, reason: string, rule?: string): CommandResult => ({
  ok: false,
  refusal: { code, event, reason, ...(rule ? { rule } : {}) },
});
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
      ? refused('invalid-event', type, `A ${type} event does not create a ${kind} record.`)
      : refused('no-record', type, `There is no ${kind} "${id}" in this partnership yet.`);
  }
  if (CREATE_TYPES.has(type)) return refused('record-exists', type, `The ${kind} "${id}" already exists.`);
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
      return refused('invalid-event', type, 'A framework pack is changed by saving it whole (SAVE_FRAMEWORK).');
  }
}

function create(id: string, event: unknown, ctx: EditContext): CommandResult {
  const type = typeOf(event);
  const parsed = CreateEvent.safeParse(event);
  if (!parsed.success) return refused('invalid-event', type, `The ${type} event is not valid: ${describeIssues(parsed.error).join('; ')}`);
  if (!Id.safeParse(id).success) return refused('invalid-event', type, 'A record id uses letters, digits, -, _, . and : (at most 120).');
  const e = parsed.data;
  const { partnership, actor } = ctx;
  const deny = (decision: ReturnType<typeof can>) => (decision.allowed ? undefined : refused('not-allowed', type, decision.reason, decision.rule));
  switch (e.type) {
    case 'CREATE_CYCLE': {
      // The role first: someone who may not open cycles learns nothing about which schools exist.
      const no = deny(can(actor, 'create-cycle', null, partnership, { hostSchoolId: e.hostSchoolId }));
      if (no) return no;
      if (!partnership.schools.some((s) => s.id === e.hostSchoolId)) return refused('guard-failed', type, 'That school is not in this partnership.', 'hostInPartnership');
      return { ok: true, doc: createCycle({ id, partnership, hostSchoolId: e.hostSchoolId, ...(e.window ? { window: e.window } : {}) }), created: [] };
    }
    case 'CREATE_SCHEDULE': {
      const no = deny(can(actor, 'plan-schedule', null, partnership));
      if (no) return no;
      const schedule = Schedule.parse({ schemaVersion: 1, kind: 'schedule', id, partnershipId: partnership.id, academicYear: partnership.academicYear, reviews: [] });
      return { ok: true, doc: schedule, created: [] };
    }
    case 'CREATE_REFLECTION': {
      const no = deny(can(actor, 'edit-reflection', null, partnership));
      if (no) return no;
      return { ok: true, doc: createReflection({ id, partnership, workshop: e.workshop, ...(e.heldOn ? { heldOn: e.heldOn } : {}) }), created: [] };
    }
    case 'SAVE_FRAMEWORK': {
      const no = deny(can(actor, 'edit-framework', null, partnership));
      if (no) return no;
      if (e.pack.id !== id) return refused('invalid-event', type, `The pack's id "${e.pack.id}" does not match the record "${id}".`);
      // The model is non-judgemental: a question never asks a school to grade itself.
      for (const question of e.pack.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions))) {
        const word = findGradingLanguage(question.text);
        if (word) return refused('guard-failed', type, `The question "${question.id}" uses grading language ("${word}"): ask where practice stands instead.`, 'noGradingLanguage');
      }
      return { ok: true, doc: e.pack, created: [] };
    }
  }
}

function publish(schedule: Schedule, event: unknown, ctx: EditContext, existingCycles: readonly Cycle[]): CommandResult {
  const parsed = PublishScheduleEvent.safeParse(event);
  if (!parsed.success) return refused('invalid-event', 'PUBLISH_SCHEDULE', `The PUBLISH_SCHEDULE event is not valid: ${describeIssues(parsed.error).join('; ')}`);
  if (schedule.publishedAt) return refused('wrong-stage', 'PUBLISH_SCHEDULE', 'This schedule has already been published.');
  const result = publishSchedule(schedule, ctx.partnership, ctx.actor, existingCycles);
  if (!result.ok) {
    const detail = result.problems.map((p) => p.message).join(' ');
    return refused(result.rule ? 'not-allowed' : 'guard-failed', 'PUBLISH_SCHEDULE', detail ? `${result.reason} ${detail}` : result.reason, result.rule ?? 'scheduleValid');
  }
  const marked = applyScheduleEdit(schedule, { type: 'MARK_PUBLISHED' }, ctx);
  return marked.ok ? { ok: true, doc: marked.doc, created: result.cycles } : marked;
}
