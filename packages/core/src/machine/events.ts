/**
 * Events a review cycle accepts. Every event is validated before the machine looks at it, so a
 * malformed or hostile payload from a page is refused with a reason instead of reaching the data.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, Label, Text } from '../zod';
import {
  ActionProgress,
  ActionStatus,
  AgendaSection,
  Cause,
  EvidenceActivity,
  Finding,
  LineOfEnquiry,
  PlannedActivity,
  PracticeLevel,
} from '../schema/cycle';

const ev = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

export const CycleEvent = z.discriminatedUnion('type', [
  ev('RECORD_RESPONSE', {
    questionId: Id,
    level: z.optional(z.nullable(PracticeLevel)),
    evidence: z.optional(Text),
    informsFocus: z.optional(z.boolean()),
  }),
  ev('PROPOSE_FOCUS', { questionIds: z.array(Id), summary: Text }),
  ev('SUBMIT_SELF_REVIEW', {}),
  ev('SET_REVIEW_TEAM', { leadReviewerId: Id, memberIds: z.array(Id) }),
  ev('SET_REVIEW_DATES', { dates: z.array(IsoDate) }),
  ev('UPDATE_REVIEW_PLAN', {
    /** `null` clears the date. */
    meetingOn: z.optional(z.nullable(IsoDate)),
    focusSummary: z.optional(Text),
    linesOfEnquiry: z.optional(z.array(LineOfEnquiry)),
    evidencePlan: z.optional(z.array(PlannedActivity)),
  }),
  ev('AGREE_REVIEW_PLAN', {}),
  ev('RECORD_EVIDENCE', {
    item: z.object({ id: Id, lineId: z.optional(Id), activity: z.optional(EvidenceActivity), note: Text }),
  }),
  ev('SAVE_FINDING', { finding: Finding }),
  ev('REMOVE_FINDING', { findingId: Id }),
  ev('SET_IMPROVEMENT_PRIORITY', { text: Text }),
  ev('AGREE_FINDINGS', {}),
  ev('CHOOSE_FACILITATOR', { facilitatorId: Id }),
  ev('UPDATE_WORKSHOP', {
    /** `null` clears the date. */
    date: z.optional(z.nullable(IsoDate)),
    participants: z.optional(z.array(Label)),
    agenda: z.optional(z.array(AgendaSection)),
    whys: z.optional(z.array(Text)),
    causes: z.optional(z.array(Cause)),
    rootCause: z.optional(Text),
  }),
  ev('START_WORKSHOP', {}),
  ev('SAVE_ACTION', {
    action: z.object({
      id: Id,
      what: Text,
      owner: z.optional(z.string().check(z.maxLength(300))),
      /** `null` clears the due date. */
      dueOn: z.optional(z.nullable(IsoDate)),
      successCriteria: z.optional(Text),
      supportSchoolId: z.optional(z.nullable(Id)),
      supportNote: z.optional(Text),
      status: z.optional(ActionStatus),
    }),
  }),
  ev('REMOVE_ACTION', { actionId: Id }),
  ev('FINISH_WORKSHOP', {}),
  ev('PUBLISH_ACTION_PLAN', {}),
  ev('RECORD_CHECK_IN', {
    heldOn: IsoDate,
    progress: z.array(ActionProgress),
    nextSteps: Text,
    outcome: z.enum(['close', 'continue']),
  }),
  ev('PAUSE', { reason: z.optional(Text) }),
  ev('RESUME', {}),
  ev('WITHDRAW', { reason: z.optional(Text) }),
]);
export type CycleEvent = z.infer<typeof CycleEvent>;
export type CycleEventType = CycleEvent['type'];
export type EventOf<T extends CycleEventType> = Extract<CycleEvent, { type: T }>;
