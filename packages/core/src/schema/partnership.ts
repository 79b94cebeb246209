/**
 * Partnership, school and person: who takes part in peer review and how the partnership has
 * tailored the programme. Types are inferred from these schemas, never written twice.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, Label, Text } from '../zod';
import { enIssues } from '../i18n/en/issues';

export const SCHEMA_VERSION = 1 as const;

/** Maturity phase of a partnership: 1 Build, 2 Embed, 3 Sustain. */
export const MaturityPhase = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type MaturityPhase = z.infer<typeof MaturityPhase>;

export const SchoolPhase = z.enum(['nursery', 'primary', 'secondary', 'all-through', 'special', 'alternative-provision']);
export type SchoolPhase = z.infer<typeof SchoolPhase>;

/** Size band: drives the default length of a review (1 day small, 2 days large). */
export const SchoolSize = z.enum(['small', 'medium', 'large']);
export type SchoolSize = z.infer<typeof SchoolSize>;

export const School = z.object({
  id: Id,
  name: Label,
  phase: SchoolPhase,
  size: SchoolSize,
  pupils: z.optional(z.int().check(z.nonnegative())),
  /** Sub-group ("triad", "quad") within the partnership, if the partnership uses them. */
  group: z.optional(Label),
});
export type School = z.infer<typeof School>;

/** A person's job in their own school (or `associate` for the external programme associate). */
export const JobRole = z.enum(['headteacher', 'senior-leader', 'middle-leader', 'teacher', 'associate']);
export type JobRole = z.infer<typeof JobRole>;

/** Programme roles a person holds in the partnership. */
export const ProgrammeRole = z.enum(['peer-reviewer', 'improvement-champion', 'partnership-lead']);
export type ProgrammeRole = z.infer<typeof ProgrammeRole>;

/** Programme training a person has completed. */
export const Training = z.enum(['peer-reviewer', 'improvement-champion']);
export type Training = z.infer<typeof Training>;

export const Person = z.object({
  id: Id,
  name: Label,
  /** The person's school; absent for the associate, who belongs to no school. */
  schoolId: z.optional(Id),
  jobRole: JobRole,
  programmeRoles: z._default(z.array(ProgrammeRole), []),
  trained: z._default(z.array(Training), []),
  email: z.optional(z.string().check(z.maxLength(320))),
});
export type Person = z.infer<typeof Person>;

/** The Getting Started goals a partnership agrees for its year. */
export const PartnershipGoals = z.object({
  mainGoal: z._default(Text, ''),
  getBetterAt: z._default(Text, ''),
  mainConcern: z._default(Text, ''),
  confidentIn: z._default(Text, ''),
  anythingElse: z._default(Text, ''),
  agreedOn: z.optional(IsoDate),
});
export type PartnershipGoals = z.infer<typeof PartnershipGoals>;

/** Only http(s): a stored `javascript:` link must never reach a page as a link. */
export const DocumentUrl = z.string().check(
  z.maxLength(2000),
  z.regex(/^https?:\/\//i, enIssues['issue.document-url']({})),
);

export const Agreement = z.object({
  agreedOn: z.optional(IsoDate),
  /** Where the signed document lives (a link in the trust's own document store). */
  documentUrl: z.optional(DocumentUrl),
  note: z._default(Text, ''),
});
export type Agreement = z.infer<typeof Agreement>;

/**
 * Everything the programme treats as a default but a partnership may tailor. Nothing in core
 * hard-codes these numbers: they are read from here.
 */
export const PartnershipConfig = z.object({
  /** Days from the improvement workshop to the check-in. */
  checkInDays: z._default(z.int().check(z.positive(), z.lte(365)), 90),
  teamSize: z._default(
    z.object({ min: z.int().check(z.positive()), max: z.int().check(z.positive()) }).check(
      z.refine((size) => size.min <= size.max, { message: enIssues['issue.team-size-order']({}) }),
    ),
    { min: 2, max: 4 },
  ),
  /** Length of the review in days, by school size. */
  reviewDays: z._default(
    z.object({ small: z.int().check(z.positive()), medium: z.int().check(z.positive()), large: z.int().check(z.positive()) }),
    { small: 1, medium: 1, large: 2 },
  ),
  preReviewMinutes: z._default(z.int().check(z.positive()), 60),
  workshopMinutes: z._default(z.int().check(z.positive()), 90),
  /** The review team is led by a headteacher. */
  leadMustBeHeadteacher: z._default(z.boolean(), true),
  /** Reviewers and Improvement Champions must have completed programme training. */
  requireTraining: z._default(z.boolean(), true),
  /** Reviews per person per year the scheduler aims not to exceed. */
  maxReviewsPerPerson: z._default(z.int().check(z.positive()), 2),
});
export type PartnershipConfig = z.infer<typeof PartnershipConfig>;

/** A partnership's changes to a framework pack. Question ids stay stable so answers never orphan. */
export const FrameworkTailoring = z.object({
  hidden: z._default(z.array(Id), []),
  reworded: z._default(z.record(Id, Label), {}),
  added: z._default(
    z.array(
      z.object({
        id: Id,
        aimId: Id,
        text: Label,
        use: z.enum(['self-review', 'partnership', 'both']),
      }),
    ),
    [],
  ),
});
export type FrameworkTailoring = z.infer<typeof FrameworkTailoring>;

export const Partnership = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('partnership'),
  id: Id,
  name: Label,
  phase: MaturityPhase,
  /** Academic year, e.g. `2026-27`. */
  academicYear: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  schools: z.array(School),
  people: z.array(Person),
  goals: z._default(PartnershipGoals, {
    mainGoal: '',
    getBetterAt: '',
    mainConcern: '',
    confidentIn: '',
    anythingElse: '',
  }),
  mou: z._default(Agreement, { note: '' }),
  dataSharing: z._default(Agreement, { note: '' }),
  config: z._default(PartnershipConfig, {
    checkInDays: 90,
    teamSize: { min: 2, max: 4 },
    reviewDays: { small: 1, medium: 1, large: 2 },
    preReviewMinutes: 60,
    workshopMinutes: 90,
    leadMustBeHeadteacher: true,
    requireTraining: true,
    maxReviewsPerPerson: 2,
  }),
  frameworkId: z._default(Id, 'spp-default'),
  tailoring: z._default(FrameworkTailoring, { hidden: [], reworded: {}, added: [] }),
  revision: z._default(z.int().check(z.nonnegative()), 0),
  updatedAt: z.optional(z.string()),
});
export type Partnership = z.infer<typeof Partnership>;
/** What callers may pass in: defaults filled by parsing. */
export type PartnershipInput = z.input<typeof Partnership>;

/** Default configuration, for callers that build a partnership by hand. */
export const defaultConfig = (): PartnershipConfig => PartnershipConfig.parse({});
