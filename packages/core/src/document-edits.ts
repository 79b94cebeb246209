/**
 * Edits to partnership-level documents (the partnership's goals and agreements, programme
 * reflections, the schedule), in the same shape as cycle events: validated, checked against the
 * role rules, applied purely, or refused with a reason.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, Text } from './zod';
import { DocumentUrl } from './schema/partnership';
import { issueMessages } from './schema/issues';
import { PracticeLevel } from './schema/cycle';
import { ImpactNote, Reflection, type ProgrammeWorkshop } from './schema/reflection';
import { ReviewWindow, ScheduledReview, type Schedule } from './schema/schedule';
import type { Partnership } from './schema/partnership';
import { can, type Actor, type PolicyAction } from './policy';
import { fromDecision, refusalOf as cycleRefusal, type Refusal } from './machine/machine';
import { msg } from './i18n/messages';
import { useEnglish, type LocaleLike } from './i18n/locale';
import { enRecords } from './i18n/en/records';

export interface EditContext {
  actor: Actor;
  partnership: Partnership;
  now?: Date | string;
  /** The language of a refusal's `reason` (default en-GB); see `TransitionContext.locale`. */
  locale?: LocaleLike;
}
export type EditResult<D> = { ok: true; doc: D } | { ok: false; refusal: Refusal };

/** A refusal of an edit, its reason in `locale`. */
function refusalOf(...args: Parameters<typeof cycleRefusal>): Refusal {
  useEnglish(enRecords);
  return cycleRefusal(...args);
}

const ev = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

export const PartnershipEdit = z.discriminatedUnion('type', [
  ev('SET_GOALS', {
    mainGoal: z.optional(Text),
    getBetterAt: z.optional(Text),
    mainConcern: z.optional(Text),
    confidentIn: z.optional(Text),
    anythingElse: z.optional(Text),
    /** `null` clears the date. */
    agreedOn: z.optional(z.nullable(IsoDate)),
  }),
  ev('SET_AGREEMENT', {
    agreement: z.enum(['mou', 'dataSharing']),
    agreedOn: z.optional(z.nullable(IsoDate)),
    documentUrl: z.optional(z.nullable(DocumentUrl)),
    note: z.optional(Text),
  }),
]);
export type PartnershipEdit = z.infer<typeof PartnershipEdit>;

export const ReflectionEdit = z.discriminatedUnion('type', [
  ev('RECORD_REFLECTION', { questionId: Id, level: z.optional(z.nullable(PracticeLevel)), evidence: z.optional(Text) }),
  ev('SAVE_IMPACT', { note: ImpactNote }),
  ev('REMOVE_IMPACT', { id: Id }),
  ev('SET_REFLECTION_DETAILS', { heldOn: z.optional(z.nullable(IsoDate)), nextSteps: z.optional(Text) }),
]);
export type ReflectionEdit = z.infer<typeof ReflectionEdit>;

export const ScheduleEdit = z.discriminatedUnion('type', [
  /** Replaces the reviews, e.g. with a fresh plan from `planSchedule`. */
  ev('SET_REVIEWS', { reviews: z.array(ScheduledReview) }),
  ev('UPDATE_REVIEW', {
    reviewId: Id,
    leadReviewerId: z.optional(Id),
    memberIds: z.optional(z.array(Id)),
    facilitatorId: z.optional(z.nullable(Id)),
    window: z.optional(ReviewWindow),
  }),
  ev('MARK_PUBLISHED', {}),
]);
export type ScheduleEdit = z.infer<typeof ScheduleEdit>;

function check<E>(schema: z.ZodMiniType<E>, edit: unknown, permission: PolicyAction, ctx: EditContext, partnershipId: string): { ok: true; edit: E } | { ok: false; refusal: Refusal } {
  const type = typeof edit === 'object' && edit && 'type' in edit ? String((edit as { type: unknown }).type).slice(0, 60) : '(none)';
  const parsed = schema.safeParse(edit);
  if (!parsed.success) return { ok: false, refusal: refusalOf('invalid-event', type, msg('edit.invalid', { event: type, issues: issueMessages(parsed.error) }), ctx.locale) };
  if (partnershipId !== ctx.partnership.id) return { ok: false, refusal: refusalOf('wrong-partnership', type, msg('edit.wrong-partnership'), ctx.locale) };
  const decision = can(ctx.actor, permission, null, ctx.partnership, undefined, ctx.locale);
  if (!decision.allowed) return { ok: false, refusal: fromDecision(type, decision) };
  return { ok: true, edit: parsed.data };
}

const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([k, v]) => k !== 'type' && v !== undefined));
const stamp = (ctx: EditContext) => new Date(ctx.now ?? Date.now()).toISOString();
/** Sets the given fields; `null` clears a field. */
function assign(target: object, values: object): void {
  for (const [key, value] of Object.entries(defined(values))) {
    if (value === null) delete (target as Record<string, unknown>)[key];
    else (target as Record<string, unknown>)[key] = value;
  }
}

/** The partnership lead records the year's goals and the agreements (MoU, data sharing). */
export function applyPartnershipEdit(partnership: Partnership, edit: unknown, ctx: EditContext): EditResult<Partnership> {
  const checked = check(PartnershipEdit, edit, 'edit-partnership', ctx, partnership.id);
  if (!checked.ok) return checked;
  const next = structuredClone(partnership);
  const e = checked.edit;
  if (e.type === 'SET_GOALS') assign(next.goals, e);
  else {
    const { agreement, ...rest } = e;
    assign(next[agreement], rest);
  }
  next.updatedAt = stamp(ctx);
  return { ok: true, doc: next };
}

/** The partnership's headteachers record where they stand and the impact they see. */
export function applyReflectionEdit(reflection: Reflection, edit: unknown, ctx: EditContext): EditResult<Reflection> {
  const checked = check(ReflectionEdit, edit, 'edit-reflection', ctx, reflection.partnershipId);
  if (!checked.ok) return checked;
  const next = structuredClone(reflection);
  const e = checked.edit;
  switch (e.type) {
    case 'RECORD_REFLECTION': {
      const current = next.responses[e.questionId] ?? { level: null, evidence: '' };
      next.responses[e.questionId] = { ...current, ...defined({ level: e.level, evidence: e.evidence }) } as typeof current;
      break;
    }
    case 'SAVE_IMPACT': {
      const index = next.impact.findIndex((n) => n.id === e.note.id);
      if (index >= 0) next.impact[index] = e.note;
      else next.impact.push(e.note);
      break;
    }
    case 'REMOVE_IMPACT':
      if (!next.impact.some((n) => n.id === e.id)) return { ok: false, refusal: refusalOf('guard-failed', e.type, msg('edit.impact-missing'), ctx.locale) };
      next.impact = next.impact.filter((n) => n.id !== e.id);
      break;
    case 'SET_REFLECTION_DETAILS':
      assign(next, e);
      break;
  }
  next.updatedAt = stamp(ctx);
  next.updatedBy = ctx.actor.id;
  return { ok: true, doc: next };
}

/** The partnership lead plans the schedule; hand edits are kept even when invalid, and explained by `validateSchedule`. */
export function applyScheduleEdit(schedule: Schedule, edit: unknown, ctx: EditContext): EditResult<Schedule> {
  const checked = check(ScheduleEdit, edit, 'plan-schedule', ctx, schedule.partnershipId);
  if (!checked.ok) return checked;
  const e = checked.edit;
  if (schedule.publishedAt) {
    return { ok: false, refusal: refusalOf('wrong-stage', e.type, msg('edit.schedule-published'), ctx.locale) };
  }
  const next = structuredClone(schedule);
  if (e.type === 'SET_REVIEWS') {
    next.reviews = e.reviews;
  } else if (e.type === 'UPDATE_REVIEW') {
    const review = next.reviews.find((r) => r.id === e.reviewId);
    if (!review) return { ok: false, refusal: refusalOf('guard-failed', e.type, msg('edit.review-missing'), ctx.locale) };
    const { reviewId: _id, facilitatorId, ...rest } = e;
    Object.assign(review, defined(rest));
    if (facilitatorId === null) delete review.facilitatorId;
    else if (facilitatorId !== undefined) review.facilitatorId = facilitatorId;
  } else {
    next.publishedAt = stamp(ctx);
  }
  next.updatedAt = stamp(ctx);
  return { ok: true, doc: next };
}

/** A new, empty reflection for one of the programme workshops. */
export function createReflection({ id, partnership, workshop, heldOn }: { id: string; partnership: Partnership; workshop: ProgrammeWorkshop; heldOn?: string }): Reflection {
  return Reflection.parse({ schemaVersion: 1, kind: 'reflection', id, partnershipId: partnership.id, academicYear: partnership.academicYear, workshop, ...(heldOn ? { heldOn } : {}) });
}
