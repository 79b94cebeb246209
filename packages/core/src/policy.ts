/**
 * Role rules: the one module that decides who may do what. The state machine's guards, the
 * scheduler and every widget ask here; nothing else restates a rule.
 *
 * Confidentiality: a school owns its self-review and its evidence. Its self-review answers and the
 * working detail of its review (the plan's lines of enquiry, draft findings, the workshop's
 * root-cause work) are seen by the people of the school, its review team and the workshop's
 * facilitator; evidence notes by the team and the host headteacher only. The partnership lead and
 * the programme associate get no more by that role: like everyone else in the partnership they
 * see the stages, the agreed focus and priority, and the actions' progress (`visibleCycle`). A
 * partnership lead who is on a review team, or at the host school, sees that review as they do.
 * The associate reads only, and never more than the partnership lead.
 */
import type { Cycle, ReviewTeam } from './schema/cycle';
import type { Partnership, Person } from './schema/partnership';

/** Who is acting. Only the id is trusted: roles are always looked up in the partnership. */
export interface Actor {
  id: string;
}

export const POLICY_ACTIONS = [
  'view-cycle',
  'view-self-review',
  'view-evidence',
  'view-review-detail',
  'edit-self-review',
  'submit-self-review',
  'set-review-team',
  'plan-review',
  'agree-review-plan',
  'record-evidence',
  'draft-findings',
  'agree-findings',
  'plan-workshop',
  'run-workshop',
  'edit-action-plan',
  'publish-action-plan',
  'record-check-in',
  'pause-cycle',
  'withdraw-cycle',
  'edit-partnership',
  'plan-schedule',
  'edit-reflection',
  'create-cycle',
  'edit-framework',
  'view-schedule-draft',
] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/**
 * Read-only actions: the only ones the associate may take, each still decided by its own rule
 * (the associate reads no more than the partnership lead).
 */
const READ_ACTIONS: ReadonlySet<PolicyAction> = new Set(['view-cycle', 'view-self-review', 'view-evidence', 'view-review-detail']);

export type RuleId =
  | 'member-of-partnership'
  | 'associate-reads-only'
  | 'own-school'
  | 'team-size'
  | 'lead-is-headteacher'
  | 'lead-in-team'
  | 'reviewer-trained'
  | 'facilitator-trained'
  | 'facilitator-other-school'
  | 'host-head-only'
  | 'host-school-leaders'
  | 'review-team-only'
  | 'lead-or-host'
  | 'facilitator-only'
  | 'check-in-recorders'
  | 'partnership-lead-only'
  | 'unknown-person'
  | 'duplicate-member'
  | 'headteachers-only';

export type Decision = { allowed: true } | { allowed: false; rule: RuleId; reason: string };
export interface Violation {
  rule: RuleId;
  message: string;
  personId?: string;
  schoolId?: string;
}

const ALLOW: Decision = { allowed: true };
const refuse = (rule: RuleId, reason: string): Decision => ({ allowed: false, rule, reason });

export function findPerson(partnership: Partnership, id: string | undefined): Person | undefined {
  return id === undefined ? undefined : partnership.people.find((p) => p.id === id);
}

export function schoolName(partnership: Partnership, schoolId: string | undefined): string {
  return partnership.schools.find((s) => s.id === schoolId)?.name ?? 'an unknown school';
}

/** The headteacher of a school (the first listed, if a partnership records more than one). */
export function headteacherOf(partnership: Partnership, schoolId: string): Person | undefined {
  return partnership.people.find((p) => p.schoolId === schoolId && p.jobRole === 'headteacher');
}

export const isPartnershipLead = (person: Person) => person.programmeRoles.includes('partnership-lead');
const isHostHead = (person: Person, cycle: Cycle) => person.schoolId === cycle.hostSchoolId && person.jobRole === 'headteacher';
const isHostLeader = (person: Person, cycle: Cycle) =>
  person.schoolId === cycle.hostSchoolId && (person.jobRole === 'headteacher' || person.jobRole === 'senior-leader');
const inTeam = (person: Person, cycle: Cycle) => cycle.review.team.memberIds.includes(person.id);
const isLeadReviewer = (person: Person, cycle: Cycle) => cycle.review.team.leadReviewerId === person.id;
const isFacilitator = (person: Person, cycle: Cycle) => cycle.workshop.facilitatorId === person.id;
/**
 * Those taking part in a review: the people of the host school, its review team, its facilitator.
 * Never the associate, who does not review (even if a stored cycle lists them).
 */
const takesPart = (person: Person, cycle: Cycle) =>
  person.jobRole !== 'associate' && (person.schoolId === cycle.hostSchoolId || inTeam(person, cycle) || isFacilitator(person, cycle));

/** Whether a person may be offered as a reviewer for a host school. */
export function reviewerViolations(person: Person, hostSchoolId: string, partnership: Partnership): Violation[] {
  const out: Violation[] = [];
  if (person.schoolId === hostSchoolId) {
    out.push({ rule: 'own-school', personId: person.id, schoolId: hostSchoolId, message: `${person.name} works at ${schoolName(partnership, hostSchoolId)}: nobody reviews their own school.` });
  }
  if (person.jobRole === 'associate') {
    out.push({ rule: 'associate-reads-only', personId: person.id, message: `${person.name} is the programme associate, who supports the partnership but does not review.` });
  }
  if (partnership.config.requireTraining && !person.trained.includes('peer-reviewer')) {
    out.push({ rule: 'reviewer-trained', personId: person.id, message: `${person.name} has not completed peer reviewer training.` });
  }
  return out;
}

/** Checks a review team against the partnership's rules; an empty list means the team is valid. */
export function reviewTeamViolations(team: ReviewTeam, hostSchoolId: string, partnership: Partnership): Violation[] {
  const out: Violation[] = [];
  const { min, max } = partnership.config.teamSize;
  const unique = new Set(team.memberIds);
  if (unique.size !== team.memberIds.length) {
    out.push({ rule: 'duplicate-member', schoolId: hostSchoolId, message: 'Someone is listed twice in the review team.' });
  }
  if (unique.size < min || unique.size > max) {
    out.push({
      rule: 'team-size',
      schoolId: hostSchoolId,
      message: `A review team has ${min === max ? min : `${min} to ${max}`} members; this one has ${unique.size}.`,
    });
  }
  for (const id of unique) {
    const person = findPerson(partnership, id);
    if (!person) {
      out.push({ rule: 'unknown-person', personId: id, message: `No one with id "${id}" is in this partnership.` });
      continue;
    }
    out.push(...reviewerViolations(person, hostSchoolId, partnership));
  }
  const lead = findPerson(partnership, team.leadReviewerId);
  if (!team.leadReviewerId) {
    out.push({ rule: 'lead-is-headteacher', schoolId: hostSchoolId, message: 'The review team has no lead reviewer.' });
  } else if (!lead) {
    out.push({ rule: 'unknown-person', personId: team.leadReviewerId, message: `No one with id "${team.leadReviewerId}" is in this partnership.` });
  } else {
    if (!unique.has(lead.id)) {
      out.push({ rule: 'lead-in-team', personId: lead.id, message: `${lead.name} leads the review but is not listed in the team.` });
    }
    if (partnership.config.leadMustBeHeadteacher && lead.jobRole !== 'headteacher') {
      out.push({ rule: 'lead-is-headteacher', personId: lead.id, message: `The lead reviewer must be a headteacher; ${lead.name} is not.` });
    }
  }
  return out;
}

/** Checks a workshop facilitator: a trained Improvement Champion from a school other than the host. */
export function facilitatorViolations(personId: string, hostSchoolId: string, partnership: Partnership): Violation[] {
  const person = findPerson(partnership, personId);
  if (!person) return [{ rule: 'unknown-person', personId, message: `No one with id "${personId}" is in this partnership.` }];
  const out: Violation[] = [];
  if (!person.programmeRoles.includes('improvement-champion') || (partnership.config.requireTraining && !person.trained.includes('improvement-champion'))) {
    out.push({ rule: 'facilitator-trained', personId, message: `${person.name} is not a trained Improvement Champion.` });
  }
  if (!person.schoolId || person.schoolId === hostSchoolId) {
    out.push({
      rule: 'facilitator-other-school',
      personId,
      schoolId: hostSchoolId,
      message: `${person.name} cannot facilitate: the workshop is led by an Improvement Champion from another school in the partnership.`,
    });
  }
  return out;
}

/** People who may facilitate the improvement workshop for this host school. */
export function eligibleFacilitators(hostSchoolId: string, partnership: Partnership): Person[] {
  return partnership.people.filter((p) => facilitatorViolations(p.id, hostSchoolId, partnership).length === 0);
}

/**
 * The people `actor` may name as the workshop's facilitator for this cycle: every eligible
 * Improvement Champion for the partnership lead and the host head; only themselves (when
 * eligible) for an Improvement Champion taking the workshop on; nobody for anyone else.
 */
export function facilitatorChoices(actor: Actor, cycle: Cycle, partnership: Partnership): Person[] {
  return eligibleFacilitators(cycle.hostSchoolId, partnership).filter((p) => can(actor, 'plan-workshop', cycle, partnership, { facilitatorId: p.id }).allowed);
}

/** People who may sit on the review team of this host school. */
export function eligibleReviewers(hostSchoolId: string, partnership: Partnership): Person[] {
  return partnership.people.filter((p) => reviewerViolations(p, hostSchoolId, partnership).length === 0);
}

/**
 * What an action is about, when the rule depends on it: `facilitatorId` is the person proposed to
 * facilitate the workshop (`plan-workshop` when choosing the facilitator).
 */
export interface ActionDetails {
  facilitatorId?: string;
  /** The school a new cycle is for (`create-cycle`). */
  hostSchoolId?: string;
}

/**
 * May `actor` take `action`? For cycle actions pass the cycle; partnership-wide actions
 * (`edit-partnership`, `plan-schedule`, `edit-reflection`, `create-cycle`, `edit-framework`,
 * `view-schedule-draft`) take `null`. Returns the rule and a reason when refused.
 * `details` narrows the question (e.g. who is proposed as facilitator); without it the answer is
 * whether the actor may take the action at all.
 *
 * The `view-*` actions: `view-cycle` for every member of the partnership; `view-self-review` and
 * `view-review-detail` for the people of the host school, the review team and the facilitator
 * (not the partnership lead or the associate by that role); `view-evidence` for the review team
 * and the host headteacher. The associate may take only these, and never edits.
 */
export function can(actor: Actor, action: PolicyAction, cycle: Cycle | null, partnership: Partnership, details?: ActionDetails): Decision {
  const person = findPerson(partnership, actor.id);
  if (!person) return refuse('member-of-partnership', 'You are not a member of this partnership.');
  if (person.jobRole === 'associate' && !READ_ACTIONS.has(action)) {
    return refuse('associate-reads-only', 'The programme associate follows progress and supports the partnership, but does not change its records.');
  }
  if (action === 'edit-partnership' || action === 'plan-schedule' || action === 'edit-framework' || action === 'view-schedule-draft') {
    return isPartnershipLead(person) ? ALLOW : refuse('partnership-lead-only', 'Only the partnership lead can do this.');
  }
  if (action === 'create-cycle') {
    // The lead publishes the year's cycles from the schedule; a headteacher may open their own school's.
    const own = details?.hostSchoolId !== undefined && person.jobRole === 'headteacher' && person.schoolId === details.hostSchoolId;
    return isPartnershipLead(person) || own
      ? ALLOW
      : refuse('partnership-lead-only', 'A review cycle is opened by the partnership lead, or by the headteacher for their own school.');
  }
  if (action === 'edit-reflection') {
    // Partnership reflections are agreed by the headteachers together at the programme workshops.
    return isPartnershipLead(person) || person.jobRole === 'headteacher'
      ? ALLOW
      : refuse('headteachers-only', 'Partnership reflections are recorded by the partnership’s headteachers.');
  }
  if (!cycle) return refuse('member-of-partnership', 'This action needs a review cycle.');
  const hostName = schoolName(partnership, cycle.hostSchoolId);

  switch (action) {
    case 'view-cycle':
      return ALLOW;
    case 'view-self-review':
      // The school owns its self-review: it shares it with those who review it. Being the
      // partnership lead or the associate is no reason to read it.
      return takesPart(person, cycle)
        ? ALLOW
        : refuse('review-team-only', `The self-review of ${hostName} belongs to the school: it is shared with its review team and facilitator.`);
    case 'view-review-detail':
      // The working detail of a review stays with those taking part; the partnership (its lead and
      // the associate too) sees what is agreed: the focus, the priority, the actions and their progress.
      return takesPart(person, cycle)
        ? ALLOW
        : refuse('review-team-only', `The working detail of the review of ${hostName} is shared with those taking part in it; the partnership sees what is agreed and the actions’ progress.`);
    case 'view-evidence':
      return (person.jobRole !== 'associate' && inTeam(person, cycle)) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('review-team-only', `Evidence notes are seen only by the review team and the headteacher of ${hostName}.`);
    case 'edit-self-review':
      return isHostLeader(person, cycle) ? ALLOW : refuse('host-school-leaders', `Only leaders of ${hostName} write its self-review.`);
    case 'submit-self-review':
    case 'agree-findings':
    case 'publish-action-plan':
      return isHostHead(person, cycle) ? ALLOW : refuse('host-head-only', `Only the headteacher of ${hostName} can do this.`);
    case 'set-review-team':
      return isPartnershipLead(person) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('partnership-lead-only', 'Only the partnership lead or the host headteacher can choose who takes part.');
    case 'plan-review':
    case 'agree-review-plan':
      return isLeadReviewer(person, cycle) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('lead-or-host', `The review plan is agreed between the lead reviewer and the headteacher of ${hostName}.`);
    case 'record-evidence':
    case 'draft-findings':
      return inTeam(person, cycle) ? ALLOW : refuse('review-team-only', `Only the review team of ${hostName} can do this.`);
    case 'plan-workshop': {
      // The partnership lead (who coordinates Improvement Champion selection) or the host head
      // appoints the facilitator. An eligible Improvement Champion may take on a workshop that has
      // no facilitator yet, but only for themselves: they never appoint someone else.
      const appoints = isHostHead(person, cycle) || isPartnershipLead(person);
      const allowed = appoints || isFacilitator(person, cycle) || (!cycle.workshop.facilitatorId && facilitatorViolations(person.id, cycle.hostSchoolId, partnership).length === 0);
      if (!allowed) return refuse('facilitator-only', 'The workshop is planned by its Improvement Champion with the host headteacher.');
      if (!appoints && details?.facilitatorId !== undefined && details.facilitatorId !== person.id) {
        return refuse(
          'facilitator-only',
          `An Improvement Champion can take on this workshop themselves; another facilitator is appointed by the partnership lead or the headteacher of ${hostName}.`,
        );
      }
      return ALLOW;
    }
    case 'run-workshop':
      return isFacilitator(person, cycle) ? ALLOW : refuse('facilitator-only', 'Only the Improvement Champion facilitating the workshop can run it.');
    case 'edit-action-plan':
      return isHostLeader(person, cycle) || isFacilitator(person, cycle)
        ? ALLOW
        : refuse('host-school-leaders', `The action plan belongs to ${hostName}; its leaders write it with their Improvement Champion.`);
    case 'record-check-in':
      return isLeadReviewer(person, cycle) || isFacilitator(person, cycle)
        ? ALLOW
        : refuse('check-in-recorders', 'The check-in is recorded by the lead reviewer or the Improvement Champion.');
    case 'pause-cycle':
    case 'withdraw-cycle':
      return isPartnershipLead(person) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('partnership-lead-only', 'Only the partnership lead or the host headteacher can pause or withdraw a review.');
  }
}
