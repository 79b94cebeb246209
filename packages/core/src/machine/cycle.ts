/** Creating a cycle, and the view of it each person is allowed to see. */
import { Cycle, type ReviewTeam } from '../schema/cycle';
import type { ReviewWindow } from '../schema/schedule';
import type { Partnership } from '../schema/partnership';
import { can, type Actor } from '../policy';

export interface NewCycle {
  id: string;
  partnership: Partnership;
  hostSchoolId: string;
  window?: ReviewWindow;
  team?: ReviewTeam;
  facilitatorId?: string;
}

/** A new cycle at the self-review stage. Throws if the host school is not in the partnership. */
export function createCycle({ id, partnership, hostSchoolId, window, team, facilitatorId }: NewCycle): Cycle {
  if (!partnership.schools.some((s) => s.id === hostSchoolId)) {
    throw new RangeError(`School "${hostSchoolId}" is not in the partnership ${partnership.name}.`);
  }
  return Cycle.parse({
    schemaVersion: 1,
    kind: 'cycle',
    id,
    partnershipId: partnership.id,
    hostSchoolId,
    academicYear: partnership.academicYear,
    stage: 'self-review',
    ...(window ? { window } : {}),
    review: { team: team ?? { memberIds: [] } },
    workshop: facilitatorId ? { facilitatorId } : {},
  });
}

/**
 * The cycle as `actor` may see it: evidence notes only for the review team and host headteacher,
 * self-review answers only for those it is shared with. The partnership always sees the agreed
 * priority, the actions and their progress.
 */
export function visibleCycle(cycle: Cycle, actor: Actor, partnership: Partnership): Cycle {
  const view = structuredClone(cycle);
  if (!can(actor, 'view-evidence', cycle, partnership).allowed) {
    view.review.evidence = [];
    for (const finding of view.review.findings) finding.evidenceIds = [];
  }
  if (!can(actor, 'view-self-review', cycle, partnership).allowed) {
    view.selfReview.responses = {};
  }
  return view;
}
