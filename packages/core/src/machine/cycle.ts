/** Creating a cycle, and the view of it each person is allowed to see. */
import { Cycle, type ReviewTeam } from '../schema/cycle';
import type { ReviewWindow } from '../schema/schedule';
import type { Partnership } from '../schema/partnership';
import { can, type Actor, type PolicyAction } from '../policy';

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
 * The cycle as `actor` may see it. Evidence notes: the review team and host headteacher only.
 * Self-review answers and the working detail of the review (plan, draft findings, the workshop's
 * root-cause work): those taking part. Everyone in the partnership sees the stage and dates, the
 * agreed priority and strengths, and the actions with their progress. Someone outside the
 * partnership sees only the stage.
 */
export function visibleCycle(cycle: Cycle, actor: Actor, partnership: Partnership): Cycle {
  const view = structuredClone(cycle);
  const allowed = (action: PolicyAction) => can(actor, action, cycle, partnership).allowed;
  if (!allowed('view-evidence')) {
    view.review.evidence = [];
    for (const finding of view.review.findings) finding.evidenceIds = [];
  }
  if (!allowed('view-self-review')) {
    view.selfReview.responses = {};
    view.selfReview.proposedFocus = { questionIds: [], summary: '' };
  }
  if (!allowed('view-review-detail')) {
    const agreed = Boolean(cycle.review.findingsAgreedAt);
    view.preReview = { ...view.preReview, focusSummary: '', linesOfEnquiry: [], evidencePlan: [] };
    view.review.findings = agreed ? view.review.findings.filter((f) => f.kind === 'strength') : [];
    if (!agreed) view.review.improvementPriority = '';
    view.workshop = { ...view.workshop, participants: [], whys: [], causes: [], rootCause: '' };
  }
  if (!allowed('view-cycle')) {
    view.review = { ...view.review, findings: [], improvementPriority: '', team: { memberIds: [] } };
    view.actions = [];
    view.checkIns = [];
    view.audit = [];
  }
  return view;
}
