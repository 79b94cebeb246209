/** A partnership's schedule of reviews for one academic year. */
import * as z from 'zod/mini';
import { Id, IsoDate, Label } from '../zod';
import { SCHEMA_VERSION } from './partnership';

/** Which of the year's three terms a window is in: its name is then shown in the reader's language. */
export const Season = z.enum(['autumn', 'spring', 'summer']);
export type Season = z.infer<typeof Season>;

export const ReviewWindow = z.object({
  /** A name for the window, e.g. "Autumn term", as the partnership wrote it. */
  term: Label,
  /** Set on the default windows (`defaultReviewWindows`): `termName()` names it in any locale. */
  season: z.optional(Season),
  from: IsoDate,
  to: IsoDate,
});
export type ReviewWindow = z.infer<typeof ReviewWindow>;

export const ScheduledReview = z.object({
  id: Id,
  hostSchoolId: Id,
  leadReviewerId: Id,
  /** Every member of the review team, the lead reviewer included. */
  memberIds: z.array(Id),
  facilitatorId: z.optional(Id),
  window: ReviewWindow,
});
export type ScheduledReview = z.infer<typeof ScheduledReview>;

export const Schedule = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('schedule'),
  id: Id,
  partnershipId: Id,
  academicYear: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  reviews: z.array(ScheduledReview),
  publishedAt: z.optional(z.string()),
  revision: z._default(z.int().check(z.nonnegative()), 0),
  updatedAt: z.optional(z.string()),
});
export type Schedule = z.infer<typeof Schedule>;
