/**
 * A partnership's reflection at one of the programme workshops: where it stands on each
 * partnership enquiry question, and the impact it has seen with evidence. Getting Started is the
 * baseline; Tracking Progress and Evaluating Impact are compared with it.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, Text } from '../zod';
import { PracticeLevel } from './cycle';
import { SCHEMA_VERSION } from './partnership';

export const PROGRAMME_WORKSHOPS = ['getting-started', 'tracking-progress', 'evaluating-impact'] as const;
export const ProgrammeWorkshop = z.enum(PROGRAMME_WORKSHOPS);
export type ProgrammeWorkshop = z.infer<typeof ProgrammeWorkshop>;

/** Where the programme looks for impact (for schools, staff, the organisation, others). */
export const IMPACT_AREAS = [
  'pupil-outcomes',
  'attendance-behaviour',
  'closing-gaps',
  'in-school-variation',
  'staff-confidence',
  'teaching-quality',
  'professional-development',
  'staff-morale',
  'leadership',
  'self-evaluation',
  'planning-priorities',
  'parents-governors-community',
] as const;
export const ImpactArea = z.enum(IMPACT_AREAS);
export type ImpactArea = z.infer<typeof ImpactArea>;

export const ReflectionResponse = z.object({
  level: z._default(z.nullable(PracticeLevel), null),
  evidence: z._default(Text, ''),
});
export type ReflectionResponse = z.infer<typeof ReflectionResponse>;

export const ImpactNote = z.object({
  id: Id,
  area: ImpactArea,
  note: Text,
  evidence: z._default(Text, ''),
  schoolId: z.optional(Id),
});
export type ImpactNote = z.infer<typeof ImpactNote>;

export const Reflection = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('reflection'),
  id: Id,
  partnershipId: Id,
  academicYear: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  workshop: ProgrammeWorkshop,
  heldOn: z.optional(IsoDate),
  /** Keyed by the framework's stable question id. */
  responses: z._default(z.record(Id, ReflectionResponse), {}),
  impact: z._default(z.array(ImpactNote), []),
  /** What the partnership will change, agreed at the workshop. */
  nextSteps: z._default(Text, ''),
  revision: z._default(z.int().check(z.nonnegative()), 0),
  updatedAt: z.optional(z.string()),
  updatedBy: z.optional(Id),
});
export type Reflection = z.infer<typeof Reflection>;
