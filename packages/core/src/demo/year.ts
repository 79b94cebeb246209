/**
 * The rest of the demo year: the published schedule the demo cycles came from, and the
 * partnership's Getting Started reflection with a later Tracking Progress one to compare.
 */
import { defaultReviewWindows } from '../schedule';
import { Reflection } from '../schema/reflection';
import { Schedule } from '../schema/schedule';
import type { Cycle, PracticeLevel } from '../schema/cycle';
import type { Partnership } from '../schema/partnership';
import { demoPartnership } from './partnership';

/** A published schedule whose reviews are the demo cycles' teams (all in the autumn term). */
export function demoSchedule(cycles: readonly Cycle[], partnership: Partnership = demoPartnership()): Schedule {
  const autumn = defaultReviewWindows(partnership.academicYear)[0]!;
  return Schedule.parse({
    schemaVersion: 1,
    kind: 'schedule',
    id: `schedule-${partnership.academicYear}`,
    partnershipId: partnership.id,
    academicYear: partnership.academicYear,
    publishedAt: '2026-09-30T15:00:00.000Z',
    reviews: cycles
      .filter((c) => c.review.team.leadReviewerId)
      .map((c, i) => ({
        id: `review-${i + 1}`,
        hostSchoolId: c.hostSchoolId,
        leadReviewerId: c.review.team.leadReviewerId,
        memberIds: c.review.team.memberIds,
        ...(c.workshop.facilitatorId ? { facilitatorId: c.workshop.facilitatorId } : {}),
        window: autumn,
      })),
  });
}

const reflection = (partnership: Partnership, workshop: Reflection['workshop'], heldOn: string, levels: Record<string, [PracticeLevel, string]>) =>
  Reflection.parse({
    schemaVersion: 1,
    kind: 'reflection',
    id: `reflection-${partnership.academicYear}-${workshop}`,
    partnershipId: partnership.id,
    academicYear: partnership.academicYear,
    workshop,
    heldOn,
    responses: Object.fromEntries(Object.entries(levels).map(([id, [level, evidence]]) => [id, { level, evidence }])),
  });

/** Getting Started (the baseline) and Tracking Progress six months on. */
export function demoReflections(partnership: Partnership = demoPartnership()): Reflection[] {
  const baseline = reflection(partnership, 'getting-started', '2026-09-17', {
    'pr-shared-responsibility': ['beginning', 'Heads meet termly; improvement is still talked about school by school.'],
    'pr-sharing-practice': ['not-yet', 'No routine yet for visiting each other’s classrooms.'],
    'pr-follow-up': ['beginning', 'Last year two of six reviews had a workshop; none had a check-in.'],
    'pr-honest-conversations': ['developing', 'Trust between heads is strong; less so between middle leaders.'],
  });
  const later = reflection(partnership, 'tracking-progress', '2027-03-10', {
    'pr-shared-responsibility': ['developing', 'Review teams drawn from every school; heads track each other’s actions.'],
    'pr-sharing-practice': ['beginning', 'Three reading-routine visits between schools this spring.'],
    'pr-follow-up': ['developing', 'Five of six workshops held; one check-in is overdue.'],
    'pr-honest-conversations': ['developing', 'Middle leaders joined review teams for the first time.'],
  });
  later.impact = [
    { id: 'impact-1', area: 'staff-confidence', note: 'Middle leaders on review teams say they feel more confident leading change.', evidence: 'Staff survey, February' },
    { id: 'impact-2', area: 'self-evaluation', note: 'Self-reviews this year cite more evidence from pupils.', evidence: 'Self-review documents' },
  ];
  later.nextSteps = 'Book every check-in date at the end of each workshop.';
  return [baseline, later];
}
