/**
 * The review cycle of one host school for one academic year: self-review → pre-review meeting →
 * review day(s) → improvement workshop → action plan → 90-day check-in.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, Label, Text } from '../zod';
import { SCHEMA_VERSION } from './partnership';

export const STAGES = [
  'self-review',
  'pre-review',
  'review',
  'workshop',
  'action-plan',
  'check-in',
  'complete',
  'paused',
  'withdrawn',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;
/** Stages a cycle moves through in order (paused and withdrawn sit outside the order). */
export const ACTIVE_STAGES = ['self-review', 'pre-review', 'review', 'workshop', 'action-plan', 'check-in'] as const;
export type ActiveStage = (typeof ACTIVE_STAGES)[number];

/**
 * "How far is this part of our practice?" A continuum about practice, not a grade of a school or a
 * teacher. Labels live with the strings of each UI; these are stable keys.
 */
export const PRACTICE_LEVELS = ['not-yet', 'beginning', 'developing', 'embedded'] as const;
export const PracticeLevel = z.enum(PRACTICE_LEVELS);
export type PracticeLevel = z.infer<typeof PracticeLevel>;

export const SelfReviewResponse = z.object({
  /** Where the school places itself; `null` until chosen. */
  level: z._default(z.nullable(PracticeLevel), null),
  evidence: z._default(Text, ''),
  /** The school wants the peer review to look at this question. */
  informsFocus: z._default(z.boolean(), false),
  updatedAt: z.optional(IsoDateTime),
  updatedBy: z.optional(Id),
});
export type SelfReviewResponse = z.infer<typeof SelfReviewResponse>;

export const ProposedFocus = z.object({
  questionIds: z._default(z.array(Id), []),
  summary: z._default(Text, ''),
});
export type ProposedFocus = z.infer<typeof ProposedFocus>;

export const SelfReview = z.object({
  /** Keyed by the framework's stable question id. */
  responses: z._default(z.record(Id, SelfReviewResponse), {}),
  proposedFocus: z._default(ProposedFocus, { questionIds: [], summary: '' }),
  submittedAt: z.optional(IsoDateTime),
  submittedBy: z.optional(Id),
});
export type SelfReview = z.infer<typeof SelfReview>;

export const LineOfEnquiry = z.object({
  id: Id,
  question: Label,
  /** Self-review questions this line grew from. */
  questionIds: z._default(z.array(Id), []),
});
export type LineOfEnquiry = z.infer<typeof LineOfEnquiry>;

export const EVIDENCE_ACTIVITIES = [
  'interview',
  'focus-group',
  'data-review',
  'work-scrutiny',
  'observation',
  'learning-walk',
  'survey',
] as const;
export const EvidenceActivity = z.enum(EVIDENCE_ACTIVITIES);
export type EvidenceActivity = z.infer<typeof EvidenceActivity>;

export const EVIDENCE_SOURCES = ['staff', 'pupils', 'parents', 'governors', 'leaders', 'documents'] as const;
export const EvidenceSource = z.enum(EVIDENCE_SOURCES);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

export const PlannedActivity = z.object({
  id: Id,
  activity: EvidenceActivity,
  with: z.optional(EvidenceSource),
  lineIds: z._default(z.array(Id), []),
  /** 1-based day of the review. */
  day: z._default(z.int().check(z.positive()), 1),
  start: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
  minutes: z._default(z.int().check(z.positive(), z.lte(600)), 30),
  reviewerIds: z._default(z.array(Id), []),
  note: z._default(Text, ''),
});
export type PlannedActivity = z.infer<typeof PlannedActivity>;

export const ReviewTeam = z.object({
  leadReviewerId: z.optional(Id),
  memberIds: z._default(z.array(Id), []),
});
export type ReviewTeam = z.infer<typeof ReviewTeam>;

export const PreReview = z.object({
  meetingOn: z.optional(IsoDate),
  focusSummary: z._default(Text, ''),
  linesOfEnquiry: z._default(z.array(LineOfEnquiry), []),
  evidencePlan: z._default(z.array(PlannedActivity), []),
  /** Both parties agree the plan: the lead reviewer and the host headteacher. */
  agreedByLeadAt: z.optional(IsoDateTime),
  agreedByHostAt: z.optional(IsoDateTime),
});
export type PreReview = z.infer<typeof PreReview>;

export const EvidenceItem = z.object({
  id: Id,
  lineId: z.optional(Id),
  activity: z.optional(EvidenceActivity),
  note: Text,
  recordedBy: Id,
  recordedAt: IsoDateTime,
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const Finding = z.object({
  id: Id,
  /** Strengths to share and areas to explore: findings describe practice, they never grade it. */
  kind: z.enum(['strength', 'area-to-explore']),
  text: Text,
  lineId: z.optional(Id),
  evidenceIds: z._default(z.array(Id), []),
});
export type Finding = z.infer<typeof Finding>;

export const Review = z.object({
  team: z._default(ReviewTeam, { memberIds: [] }),
  /** The review day(s). */
  dates: z._default(z.array(IsoDate), []),
  evidence: z._default(z.array(EvidenceItem), []),
  findings: z._default(z.array(Finding), []),
  improvementPriority: z._default(Text, ''),
  findingsAgreedAt: z.optional(IsoDateTime),
  findingsAgreedBy: z.optional(Id),
});
export type Review = z.infer<typeof Review>;

export const AgendaSection = z.object({
  id: Id,
  title: Label,
  minutes: z.int().check(z.positive(), z.lte(600)),
});
export type AgendaSection = z.infer<typeof AgendaSection>;

export const CAUSE_CATEGORIES = ['teaching', 'curriculum', 'leadership', 'systems', 'pupils', 'families', 'resources', 'other'] as const;
export const CauseCategory = z.enum(CAUSE_CATEGORIES);
export type CauseCategory = z.infer<typeof CauseCategory>;

export const Cause = z.object({ id: Id, category: CauseCategory, text: Text });
export type Cause = z.infer<typeof Cause>;

export const Workshop = z.object({
  facilitatorId: z.optional(Id),
  date: z.optional(IsoDate),
  /** Host-school staff taking part (people in the partnership, or names typed in). */
  participants: z._default(z.array(Label), []),
  agenda: z._default(z.array(AgendaSection), []),
  /** "Five whys": the chain of answers from the problem to a root cause. */
  whys: z._default(z.array(Text), []),
  causes: z._default(z.array(Cause), []),
  rootCause: z._default(Text, ''),
  startedAt: z.optional(IsoDateTime),
  finishedAt: z.optional(IsoDateTime),
});
export type Workshop = z.infer<typeof Workshop>;

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'stopped'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const ActionChange = z.object({
  at: IsoDateTime,
  by: Id,
  /** The fields as they were before the change. */
  before: z.record(z.string(), z.unknown()),
});
export type ActionChange = z.infer<typeof ActionChange>;

export const ImprovementAction = z.object({
  id: Id,
  what: Text,
  /** Who carries it out: a person in the partnership or a name. */
  owner: z._default(z.string().check(z.maxLength(300)), ''),
  dueOn: z.optional(IsoDate),
  successCriteria: z._default(Text, ''),
  /** Support brokered from a partner school. */
  supportSchoolId: z.optional(Id),
  supportNote: z._default(Text, ''),
  status: z._default(ActionStatus, 'not-started'),
  history: z._default(z.array(ActionChange), []),
});
export type ImprovementAction = z.infer<typeof ImprovementAction>;

export const ActionProgress = z.object({
  actionId: Id,
  status: ActionStatus,
  note: z._default(Text, ''),
});
export type ActionProgress = z.infer<typeof ActionProgress>;

export const CheckIn = z.object({
  dueOn: z.optional(IsoDate),
  heldOn: z.optional(IsoDate),
  recordedBy: z.optional(Id),
  progress: z._default(z.array(ActionProgress), []),
  nextSteps: z._default(Text, ''),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const AuditEntry = z.object({
  at: IsoDateTime,
  actorId: Id,
  event: z.string().check(z.minLength(1), z.maxLength(60)),
  from: Stage,
  to: Stage,
  /** What the event touched, e.g. a question id, so repeated edits of one thing coalesce. */
  subject: z.optional(z.string().check(z.maxLength(200))),
  /** How many consecutive identical edits this entry stands for. */
  count: z.optional(z.int().check(z.positive())),
  /** A reason given with the event (why a cycle was paused or withdrawn). */
  note: z.optional(Text),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const Cycle = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('cycle'),
  id: Id,
  partnershipId: Id,
  hostSchoolId: Id,
  academicYear: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  stage: Stage,
  /** Where a paused cycle resumes. */
  pausedFrom: z.optional(Stage),
  /** The window the schedule gave this review. */
  window: z.optional(z.object({ from: IsoDate, to: IsoDate, term: z.optional(Label), season: z.optional(z.enum(['autumn', 'spring', 'summer'])) })),
  selfReview: z._default(SelfReview, { responses: {}, proposedFocus: { questionIds: [], summary: '' } }),
  preReview: z._default(PreReview, { focusSummary: '', linesOfEnquiry: [], evidencePlan: [] }),
  review: z._default(Review, { team: { memberIds: [] }, dates: [], evidence: [], findings: [], improvementPriority: '' }),
  workshop: z._default(Workshop, { participants: [], agenda: [], whys: [], causes: [], rootCause: '' }),
  actions: z._default(z.array(ImprovementAction), []),
  checkIns: z._default(z.array(CheckIn), []),
  audit: z._default(z.array(AuditEntry), []),
  /** Increases on every accepted write; stores use it to refuse a stale overwrite. */
  revision: z._default(z.int().check(z.nonnegative()), 0),
  updatedAt: z.optional(z.string()),
});
export type Cycle = z.infer<typeof Cycle>;
export type CycleInput = z.input<typeof Cycle>;
