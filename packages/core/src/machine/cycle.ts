/** Creating a cycle, and the view of it each person is allowed to see. */
import { Cycle, type ReviewTeam, type Stage } from '../schema/cycle';
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

/** Stages before the review plan is agreed: the focus is still being worked out. */
const BEFORE_PLAN_AGREED: ReadonlySet<Stage> = new Set(['self-review', 'pre-review']);

/**
 * Whether the lead reviewer and the host headteacher have agreed the review plan, so its focus is
 * the agreed focus: the cycle (or the stage it was paused from) is past the pre-review meeting. A
 * withdrawn cycle keeps no stage to tell, so both agreements must be on record.
 */
function reviewPlanAgreed(cycle: Cycle): boolean {
  const stage = cycle.stage === 'paused' ? cycle.pausedFrom : cycle.stage;
  if (stage && stage !== 'paused' && stage !== 'withdrawn') return !BEFORE_PLAN_AGREED.has(stage);
  return Boolean(cycle.preReview.agreedByLeadAt && cycle.preReview.agreedByHostAt);
}

/**
 * The cycle as `actor` may see it. A school owns its self-review and its evidence:
 *
 * - evidence notes (and the findings' links to them): the review team and the host headteacher;
 * - self-review answers and the proposed focus: the people of the host school, the review team
 *   and the workshop's facilitator;
 * - the working detail of the review (the plan's focus before it is agreed, lines of enquiry and
 *   evidence timetable, draft findings and areas to explore, the workshop's participants, five
 *   whys, causes and root cause): those same people.
 *
 * The partnership lead and the programme associate see no more than anyone else in the partnership
 * (unless they take part in the review themselves): the stage and dates, the team, the agreed
 * focus once the review plan is agreed, the agreed improvement priority and strengths once the
 * findings are agreed, the actions with their progress, the check-ins and the audit trail. Someone
 * outside the partnership sees only the stage and dates. Never changes its input; the view shares
 * what it does not hide with the input, so treat both as read-only (as core does).
 */
export function visibleCycle(cycle: Cycle, actor: Actor, partnership: Partnership): Cycle {
  const allowed = (action: PolicyAction) => can(actor, action, cycle, partnership).allowed;
  // Copy on write: only what is hidden is replaced, the rest is shared with `cycle` (a large cycle
  // is filtered for every read and every change a server sends). Views are read-only, like cycles.
  let { selfReview, preReview, review, workshop, actions, checkIns, audit } = cycle;
  if (!allowed('view-evidence')) {
    review = { ...review, evidence: [], findings: review.findings.map((finding) => ({ ...finding, evidenceIds: [] })) };
  }
  if (!allowed('view-self-review')) {
    selfReview = { ...selfReview, responses: {}, proposedFocus: { questionIds: [], summary: '' } };
  }
  if (!allowed('view-review-detail')) {
    const agreed = Boolean(cycle.review.findingsAgreedAt);
    const focusSummary = reviewPlanAgreed(cycle) ? preReview.focusSummary : '';
    preReview = { ...preReview, focusSummary, linesOfEnquiry: [], evidencePlan: [] };
    review = { ...review, findings: agreed ? review.findings.filter((f) => f.kind === 'strength') : [], ...(agreed ? {} : { improvementPriority: '' }) };
    workshop = { ...workshop, participants: [], whys: [], causes: [], rootCause: '' };
  }
  if (!allowed('view-cycle')) {
    preReview = { ...preReview, focusSummary: '' };
    review = { ...review, findings: [], improvementPriority: '', team: { memberIds: [] } };
    actions = [];
    checkIns = [];
    audit = [];
  }
  return { ...cycle, selfReview, preReview, review, workshop, actions, checkIns, audit };
}
