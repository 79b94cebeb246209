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
import { msg, type Message, type MessageParams } from './i18n/messages';
import { formatMessage, useEnglish, type LocaleLike } from './i18n/locale';
import { enPolicy } from './i18n/en/policy';

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

/**
 * A refusal names the rule, says why (`reason`, in the locale asked for, default en-GB) and carries
 * the message it was written from (`messageId`, `params`: always set by core, optional in the type
 * so a host can still build its own refusal), so a widget can say it in its own locale
 * (`explainRefusal(decision, locale)`).
 */
export type Decision = { allowed: true } | { allowed: false; rule: RuleId; reason: string; messageId?: Message['messageId']; params?: Message['params'] };
/** `message` is the en-GB sentence; `messageId` and `params` say it in any locale (`formatMessage`). */
export interface Violation extends Message {
  rule: RuleId;
  message: string;
  personId?: string;
  schoolId?: string;
}

const ALLOW: Decision = { allowed: true };
function violation(rule: RuleId, m: Message, ids: { personId?: string; schoolId?: string } = {}): Violation {
  useEnglish(enPolicy);
  return { rule, ...ids, message: formatMessage(m), ...m };
}

export function findPerson(partnership: Partnership, id: string | undefined): Person | undefined {
  return id === undefined ? undefined : partnership.people.find((p) => p.id === id);
}

/** A school's name, or "an unknown school" (en-GB; `schoolLabel` gives a message for other locales). */
export function schoolName(partnership: Partnership, schoolId: string | undefined): string {
  useEnglish(enPolicy);
  return partnership.schools.find((s) => s.id === schoolId)?.name ?? formatMessage(msg('school.unknown'));
}
/** A school's name, or the message for an unknown school. */
export function schoolLabel(partnership: Partnership, schoolId: string | undefined): string | Message {
  return partnership.schools.find((s) => s.id === schoolId)?.name ?? msg('school.unknown');
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
    out.push(violation('own-school', msg('violation.own-school', { person: person.name, school: schoolLabel(partnership, hostSchoolId) }), { personId: person.id, schoolId: hostSchoolId }));
  }
  if (person.jobRole === 'associate') {
    out.push(violation('associate-reads-only', msg('violation.associate', { person: person.name }), { personId: person.id }));
  }
  if (partnership.config.requireTraining && !person.trained.includes('peer-reviewer')) {
    out.push(violation('reviewer-trained', msg('violation.reviewer-trained', { person: person.name }), { personId: person.id }));
  }
  return out;
}

/** Checks a review team against the partnership's rules; an empty list means the team is valid. */
export function reviewTeamViolations(team: ReviewTeam, hostSchoolId: string, partnership: Partnership): Violation[] {
  const out: Violation[] = [];
  const { min, max } = partnership.config.teamSize;
  const unique = new Set(team.memberIds);
  if (unique.size !== team.memberIds.length) {
    out.push(violation('duplicate-member', msg('violation.duplicate-member'), { schoolId: hostSchoolId }));
  }
  if (unique.size < min || unique.size > max) {
    out.push(violation('team-size', msg('violation.team-size', { min, max, count: unique.size }), { schoolId: hostSchoolId }));
  }
  for (const id of unique) {
    const person = findPerson(partnership, id);
    if (!person) {
      out.push(violation('unknown-person', msg('violation.unknown-person', { id }), { personId: id }));
      continue;
    }
    out.push(...reviewerViolations(person, hostSchoolId, partnership));
  }
  const lead = findPerson(partnership, team.leadReviewerId);
  if (!team.leadReviewerId) {
    out.push(violation('lead-is-headteacher', msg('violation.no-lead'), { schoolId: hostSchoolId }));
  } else if (!lead) {
    out.push(violation('unknown-person', msg('violation.unknown-person', { id: team.leadReviewerId }), { personId: team.leadReviewerId }));
  } else {
    if (!unique.has(lead.id)) {
      out.push(violation('lead-in-team', msg('violation.lead-in-team', { person: lead.name }), { personId: lead.id }));
    }
    if (partnership.config.leadMustBeHeadteacher && lead.jobRole !== 'headteacher') {
      out.push(violation('lead-is-headteacher', msg('violation.lead-headteacher', { person: lead.name }), { personId: lead.id }));
    }
  }
  return out;
}

/** Checks a workshop facilitator: a trained Improvement Champion from a school other than the host. */
export function facilitatorViolations(personId: string, hostSchoolId: string, partnership: Partnership): Violation[] {
  const person = findPerson(partnership, personId);
  if (!person) return [violation('unknown-person', msg('violation.unknown-person', { id: personId }), { personId })];
  const out: Violation[] = [];
  if (!person.programmeRoles.includes('improvement-champion') || (partnership.config.requireTraining && !person.trained.includes('improvement-champion'))) {
    out.push(violation('facilitator-trained', msg('violation.facilitator-trained', { person: person.name }), { personId }));
  }
  if (!person.schoolId || person.schoolId === hostSchoolId) {
    out.push(violation('facilitator-other-school', msg('violation.facilitator-other-school', { person: person.name }), { personId, schoolId: hostSchoolId }));
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
 *
 * A refusal's `reason` is in `locale` (default en-GB; a locale must be loaded, see `loadLocale`);
 * its `messageId` and `params` say it in any locale.
 */
export function can(actor: Actor, action: PolicyAction, cycle: Cycle | null, partnership: Partnership, details?: ActionDetails, locale?: LocaleLike): Decision {
  const refuse = (rule: RuleId, m: Message): Decision => {
    useEnglish(enPolicy);
    return { allowed: false, rule, reason: formatMessage(m, locale), ...m };
  };
  const person = findPerson(partnership, actor.id);
  if (!person) return refuse('member-of-partnership', msg('policy.not-member'));
  if (person.jobRole === 'associate' && !READ_ACTIONS.has(action)) {
    return refuse('associate-reads-only', msg('policy.associate-reads-only'));
  }
  if (action === 'edit-partnership' || action === 'plan-schedule' || action === 'edit-framework' || action === 'view-schedule-draft') {
    return isPartnershipLead(person) ? ALLOW : refuse('partnership-lead-only', msg('policy.partnership-lead-only'));
  }
  if (action === 'create-cycle') {
    // The lead publishes the year's cycles from the schedule; a headteacher may open their own school's.
    const own = details?.hostSchoolId !== undefined && person.jobRole === 'headteacher' && person.schoolId === details.hostSchoolId;
    return isPartnershipLead(person) || own
      ? ALLOW
      : refuse('partnership-lead-only', msg('policy.create-cycle'));
  }
  if (action === 'edit-reflection') {
    // Partnership reflections are agreed by the headteachers together at the programme workshops.
    return isPartnershipLead(person) || person.jobRole === 'headteacher'
      ? ALLOW
      : refuse('headteachers-only', msg('policy.headteachers-only'));
  }
  if (!cycle) return refuse('member-of-partnership', msg('policy.needs-cycle'));
  const at: MessageParams<'policy.host-head-only'> = { school: schoolLabel(partnership, cycle.hostSchoolId) };

  switch (action) {
    case 'view-cycle':
      return ALLOW;
    case 'view-self-review':
      // The school owns its self-review: it shares it with those who review it. Being the
      // partnership lead or the associate is no reason to read it.
      return takesPart(person, cycle)
        ? ALLOW
        : refuse('review-team-only', msg('policy.view-self-review', at));
    case 'view-review-detail':
      // The working detail of a review stays with those taking part; the partnership (its lead and
      // the associate too) sees what is agreed: the focus, the priority, the actions and their progress.
      return takesPart(person, cycle)
        ? ALLOW
        : refuse('review-team-only', msg('policy.view-review-detail', at));
    case 'view-evidence':
      return (person.jobRole !== 'associate' && inTeam(person, cycle)) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('review-team-only', msg('policy.view-evidence', at));
    case 'edit-self-review':
      return isHostLeader(person, cycle) ? ALLOW : refuse('host-school-leaders', msg('policy.edit-self-review', at));
    case 'submit-self-review':
    case 'agree-findings':
    case 'publish-action-plan':
      return isHostHead(person, cycle) ? ALLOW : refuse('host-head-only', msg('policy.host-head-only', at));
    case 'set-review-team':
      return isPartnershipLead(person) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('partnership-lead-only', msg('policy.set-review-team'));
    case 'plan-review':
    case 'agree-review-plan':
      return isLeadReviewer(person, cycle) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('lead-or-host', msg('policy.lead-or-host', at));
    case 'record-evidence':
    case 'draft-findings':
      return inTeam(person, cycle) ? ALLOW : refuse('review-team-only', msg('policy.review-team-only', at));
    case 'plan-workshop': {
      // The partnership lead (who coordinates Improvement Champion selection) or the host head
      // appoints the facilitator. An eligible Improvement Champion may take on a workshop that has
      // no facilitator yet, but only for themselves: they never appoint someone else.
      const appoints = isHostHead(person, cycle) || isPartnershipLead(person);
      const allowed = appoints || isFacilitator(person, cycle) || (!cycle.workshop.facilitatorId && facilitatorViolations(person.id, cycle.hostSchoolId, partnership).length === 0);
      if (!allowed) return refuse('facilitator-only', msg('policy.plan-workshop'));
      if (!appoints && details?.facilitatorId !== undefined && details.facilitatorId !== person.id) {
        return refuse('facilitator-only', msg('policy.appoint-facilitator', at));
      }
      return ALLOW;
    }
    case 'run-workshop':
      return isFacilitator(person, cycle) ? ALLOW : refuse('facilitator-only', msg('policy.run-workshop'));
    case 'edit-action-plan':
      return isHostLeader(person, cycle) || isFacilitator(person, cycle)
        ? ALLOW
        : refuse('host-school-leaders', msg('policy.edit-action-plan', at));
    case 'record-check-in':
      return isLeadReviewer(person, cycle) || isFacilitator(person, cycle)
        ? ALLOW
        : refuse('check-in-recorders', msg('policy.check-in-recorders'));
    case 'pause-cycle':
    case 'withdraw-cycle':
      return isPartnershipLead(person) || isHostHead(person, cycle)
        ? ALLOW
        : refuse('partnership-lead-only', msg('policy.pause-or-withdraw'));
  }
}
