/**
 * The review-cycle state machine. The transition table is data: for each stage, the events it
 * accepts, the policy action the actor needs, named guards, the target stage and the change to
 * apply. `transition()` is pure, so a server can re-check every move a widget makes.
 */
import { Cycle, type ImprovementAction, type Stage } from '../schema/cycle';
import type { Partnership } from '../schema/partnership';
import { SppError } from '../errors';
import { can, facilitatorViolations, reviewTeamViolations, type ActionDetails, type Actor, type Decision, type PolicyAction, type Violation } from '../policy';
import { issueMessages } from '../schema/issues';
import { msg, type Message } from '../i18n/messages';
import { formatMessage, useEnglish, type LocaleLike } from '../i18n/locale';
import { STAGES as EN_STAGES, enCycle } from '../i18n/en/cycle';
import { addDays } from './dates';
import { CycleEvent, type CycleEventType, type EventOf } from './events';

export interface TransitionContext {
  actor: Actor;
  partnership: Partnership;
  /** The moment of the event; defaults to now. Pass it for deterministic tests and server replays. */
  now?: Date | string;
  /**
   * The language of a refusal's `reason` (a BCP 47 tag such as `cy`; default en-GB). Load a locale
   * first (`loadLocale`); the refusal's `messageId` and `params` say it in any locale.
   */
  locale?: LocaleLike;
}

/** `no-record` and `record-exists`: a command names a record that is not there, or creates one that is. */
export type RefusalCode = 'invalid-event' | 'wrong-stage' | 'not-allowed' | 'guard-failed' | 'wrong-partnership' | 'no-record' | 'record-exists';
/**
 * A refused event. `code` says what kind of refusal; `messageId` and `params` say exactly why in
 * any locale (`explainRefusal(refusal, 'cy')`); `reason` is that sentence in the locale the
 * context asked for (en-GB by default), kept for readers that only show text.
 */
export interface Refusal {
  code: RefusalCode;
  event: string;
  reason: string;
  /** The role rule (for `not-allowed`) or guard name (for `guard-failed`). */
  rule?: string;
  /** The message `reason` was written from: always set by core (optional so a host can build a refusal of its own). */
  messageId?: Message['messageId'];
  params?: Message['params'];
}

/** A `not-allowed` refusal from a role rule's decision. */
export function fromDecision(event: string, decision: Extract<Decision, { allowed: false }>): Refusal {
  return { code: 'not-allowed', event, rule: decision.rule, reason: decision.reason, ...(decision.messageId ? { messageId: decision.messageId, params: decision.params ?? {} } : {}) };
}

/** A refusal built from a message, its reason in `locale`. */
export function refusalOf(code: RefusalCode, event: string, message: Message, locale?: LocaleLike, rule?: string): Refusal {
  useEnglish(enCycle);
  return { code, event, reason: formatMessage(message, locale), ...(rule ? { rule } : {}), messageId: message.messageId, params: message.params };
}
export type TransitionResult = { ok: true; cycle: Cycle } | { ok: false; refusal: Refusal };

interface GuardInput<E> {
  cycle: Cycle;
  event: E;
  partnership: Partnership;
  actor: Actor;
}
/** A guard returns `null` when it passes, or the message saying why it fails. */
type Guard = (input: GuardInput<CycleEvent>) => Message | null;

const hostName = (c: Cycle, p: Partnership): string | Message => p.schools.find((s) => s.id === c.hostSchoolId)?.name ?? msg('school.host');
const actionGaps = (a: ImprovementAction): Message[] =>
  [!a.what.trim() && msg('guard.gap-what'), !a.owner.trim() && msg('guard.gap-owner'), !a.dueOn && msg('guard.gap-due'), !a.successCriteria.trim() && msg('guard.gap-success')].filter(
    (gap): gap is Message => gap !== false,
  );
const teamProblems = (problems: readonly Violation[]) => (problems.length ? msg('guard.team-invalid', { problems }) : null);
const facilitatorProblems = (problems: readonly Violation[]) => (problems.length ? msg('guard.facilitator-ineligible', { problems }) : null);
/** A violation as a nested message (its sentence is rendered in the refusal's locale). */
const asMessage = ({ messageId, params }: Message): Message => ({ messageId, params });

/** Named guards. The role rules they rely on come from the policy module. */
export const GUARDS = {
  focusProposed: ({ cycle }) =>
    cycle.selfReview.proposedFocus.questionIds.length > 0 && cycle.selfReview.proposedFocus.summary.trim() ? null : msg('guard.focusProposed'),
  teamValid: ({ cycle, partnership }) => teamProblems(reviewTeamViolations(cycle.review.team, cycle.hostSchoolId, partnership)),
  proposedTeamValid: ({ cycle, event, partnership }) => {
    if (event.type !== 'SET_REVIEW_TEAM') return null;
    return teamProblems(reviewTeamViolations({ leadReviewerId: event.leadReviewerId, memberIds: event.memberIds }, cycle.hostSchoolId, partnership));
  },
  linesOfEnquiryAgreed: ({ cycle }) => (cycle.preReview.linesOfEnquiry.length > 0 ? null : msg('guard.linesOfEnquiryAgreed')),
  reviewDatesFit: ({ cycle, partnership }) => {
    const size = partnership.schools.find((s) => s.id === cycle.hostSchoolId)?.size ?? 'medium';
    const max = partnership.config.reviewDays[size];
    const days = cycle.review.dates.length;
    if (days === 0) return msg('guard.review-day-missing');
    return days > max ? msg('guard.review-too-long', { school: hostName(cycle, partnership), max, days }) : null;
  },
  proposedDatesFit: ({ cycle, event, partnership }) => {
    if (event.type !== 'SET_REVIEW_DATES') return null;
    const size = partnership.schools.find((s) => s.id === cycle.hostSchoolId)?.size ?? 'medium';
    const max = partnership.config.reviewDays[size];
    if (new Set(event.dates).size !== event.dates.length) return msg('guard.date-twice');
    return event.dates.length > max ? msg('guard.dates-too-many', { school: hostName(cycle, partnership), max }) : null;
  },
  planAgreedByBoth: ({ cycle }) => (cycle.preReview.agreedByLeadAt && cycle.preReview.agreedByHostAt ? null : msg('guard.planAgreedByBoth')),
  hasFindings: ({ cycle }) => (cycle.review.findings.some((f) => f.text.trim()) ? null : msg('guard.hasFindings')),
  priorityAgreed: ({ cycle }) => (cycle.review.improvementPriority.trim() ? null : msg('guard.priorityAgreed')),
  findingsExist: ({ cycle, event }) =>
    event.type === 'REMOVE_FINDING' && !cycle.review.findings.some((f) => f.id === event.findingId) ? msg('guard.findingsExist') : null,
  evidenceLinked: ({ cycle, event }) => {
    if (event.type !== 'SAVE_FINDING') return null;
    const known = new Set(cycle.review.evidence.map((e) => e.id));
    const missing = event.finding.evidenceIds.filter((id) => !known.has(id));
    return missing.length ? msg('guard.evidenceLinked', { ids: missing }) : null;
  },
  proposedFacilitatorEligible: ({ cycle, event, partnership }) => {
    if (event.type !== 'CHOOSE_FACILITATOR') return null;
    return facilitatorProblems(facilitatorViolations(event.facilitatorId, cycle.hostSchoolId, partnership));
  },
  facilitatorEligible: ({ cycle, partnership }) => {
    if (!cycle.workshop.facilitatorId) return msg('guard.facilitator-missing');
    return facilitatorProblems(facilitatorViolations(cycle.workshop.facilitatorId, cycle.hostSchoolId, partnership));
  },
  workshopDated: ({ cycle }) => (cycle.workshop.date ? null : msg('guard.workshopDated')),
  workshopStarted: ({ cycle }) => (cycle.workshop.startedAt ? null : msg('guard.workshopStarted')),
  hasActions: ({ cycle }) => (cycle.actions.length > 0 ? null : msg('guard.hasActions')),
  actionsComplete: ({ cycle }) => {
    const gaps = cycle.actions.map((a, i) => ({ i, gaps: actionGaps(a) })).filter((a) => a.gaps.length);
    return gaps.length ? msg('guard.actionsComplete', { actions: gaps.map(({ i, gaps: g }) => msg('guard.action-gaps', { number: i + 1, gaps: g })) }) : null;
  },
  supportSchoolIsPartner: ({ cycle, event, partnership }) => {
    if (event.type !== 'SAVE_ACTION' || !event.action.supportSchoolId) return null;
    const id = event.action.supportSchoolId;
    if (id === cycle.hostSchoolId) return msg('guard.support-own-school');
    return partnership.schools.some((s) => s.id === id) ? null : msg('school.not-in-partnership');
  },
  actionExists: ({ cycle, event }) => (event.type === 'REMOVE_ACTION' && !cycle.actions.some((a) => a.id === event.actionId) ? msg('guard.actionExists') : null),
  progressForKnownActions: ({ cycle, event }) => {
    if (event.type !== 'RECORD_CHECK_IN') return null;
    const known = new Set(cycle.actions.map((a) => a.id));
    const unknown = event.progress.filter((p) => !known.has(p.actionId));
    return unknown.length ? msg('guard.progressForKnownActions', { ids: unknown.map((p) => p.actionId) }) : null;
  },
  outcomeClose: ({ event }) => (event.type === 'RECORD_CHECK_IN' && event.outcome === 'close' ? null : msg('guard.outcomeClose')),
  outcomeContinue: ({ event }) => (event.type === 'RECORD_CHECK_IN' && event.outcome === 'continue' ? null : msg('guard.outcomeContinue')),
  checkInNotBeforeWorkshop: ({ cycle, event }) =>
    event.type === 'RECORD_CHECK_IN' && cycle.workshop.date && event.heldOn < cycle.workshop.date ? msg('guard.checkInNotBeforeWorkshop') : null,
  questionKnownShape: ({ event }) =>
    event.type === 'PROPOSE_FOCUS' && new Set(event.questionIds).size !== event.questionIds.length ? msg('guard.questionKnownShape') : null,
  hasPausedFrom: ({ cycle }) => (cycle.pausedFrom ? null : msg('guard.hasPausedFrom')),
  /**
   * Workshop lists (participants, whys, causes) are replaced whole; only someone who can see them
   * may replace them, so an edit from a filtered view can never erase what its sender cannot see.
   */
  seesWorkshopDetail: ({ cycle, event, partnership, actor }) => {
    if (event.type !== 'UPDATE_WORKSHOP') return null;
    const touchesDetail = ['participants', 'whys', 'causes', 'rootCause'].some((key) => (event as Record<string, unknown>)[key] !== undefined);
    if (!touchesDetail) return null;
    const decision = can(actor, 'view-review-detail', cycle, partnership);
    return decision.allowed ? null : msg('guard.seesWorkshopDetail', { refusal: decision.messageId ? asMessage(decision as Message) : msg('issue.custom', { text: decision.reason }) });
  },
} satisfies Record<string, Guard>;
export type GuardName = keyof typeof GUARDS;

interface Effect<E> {
  (draft: Cycle, event: E, meta: { actorId: string; at: string; partnership: Partnership }): void;
}

/** One candidate move for an event. The first candidate whose guards pass is taken. */
export interface TransitionSpec<E = CycleEvent> {
  permission: PolicyAction;
  /** What the permission is asked about, when the role rule depends on the event (e.g. who is appointed). */
  details?: (event: E) => ActionDetails;
  guards?: readonly GuardName[];
  target?: Stage;
  effect?: Effect<E>;
  /** Edits of the same subject by the same person merge into one audit entry. */
  subject?: (event: E) => string;
}
type StageTable = { [T in CycleEventType]?: TransitionSpec<EventOf<T>> | readonly TransitionSpec<EventOf<T>>[] };

const setTeam: TransitionSpec<EventOf<'SET_REVIEW_TEAM'>> = {
  permission: 'set-review-team',
  guards: ['proposedTeamValid'],
  effect: (d, e) => {
    d.review.team = { leadReviewerId: e.leadReviewerId, memberIds: [...e.memberIds] };
    clearPlanAgreement(d);
  },
  subject: () => 'team',
};
const chooseFacilitator: TransitionSpec<EventOf<'CHOOSE_FACILITATOR'>> = {
  permission: 'plan-workshop',
  // Whom: an Improvement Champion may take the workshop on, but not appoint someone else.
  details: (e) => ({ facilitatorId: e.facilitatorId }),
  guards: ['proposedFacilitatorEligible'],
  effect: (d, e) => {
    d.workshop.facilitatorId = e.facilitatorId;
  },
  subject: () => 'facilitator',
};
const updateWorkshop: TransitionSpec<EventOf<'UPDATE_WORKSHOP'>> = {
  permission: 'plan-workshop',
  guards: ['seesWorkshopDetail'],
  effect: (d, e) => {
    const { type: _type, ...changes } = e;
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete (d.workshop as Record<string, unknown>)[key];
      else if (value !== undefined) (d.workshop as Record<string, unknown>)[key] = value;
    }
  },
  subject: (e) => Object.keys(e).filter((k) => k !== 'type').sort().join(','),
};
/** Changes to one action by one person within this time count as one change in its history. */
const HISTORY_MERGE_MS = 5 * 60_000;
const saveAction: TransitionSpec<EventOf<'SAVE_ACTION'>> = {
  permission: 'edit-action-plan',
  guards: ['supportSchoolIsPartner'],
  effect: (d, e, { actorId, at }) => {
    // `null` clears an optional field (a due date, the supporting school).
    const { supportSchoolId, dueOn, ...fields } = e.action;
    const existing = d.actions.find((a) => a.id === e.action.id);
    if (!existing) {
      d.actions.push({
        owner: '',
        successCriteria: '',
        supportNote: '',
        status: 'not-started',
        ...stripUndefined(fields),
        ...(dueOn ? { dueOn } : {}),
        ...(supportSchoolId ? { supportSchoolId } : {}),
        history: [],
      });
      return;
    }
    // Keep what each changed field was before, so the plan's history is never lost.
    const before: Record<string, unknown> = {};
    const next: Record<string, unknown> = { ...stripUndefined(fields) };
    if (supportSchoolId !== undefined) next['supportSchoolId'] = supportSchoolId ?? undefined;
    if (dueOn !== undefined) next['dueOn'] = dueOn ?? undefined;
    for (const [key, value] of Object.entries(next)) {
      const old = (existing as Record<string, unknown>)[key];
      if (old !== value) {
        before[key] = old ?? null;
        if (value === undefined) delete (existing as Record<string, unknown>)[key];
        else (existing as Record<string, unknown>)[key] = value;
      }
    }
    if (Object.keys(before).length) {
      const last = existing.history.at(-1);
      // One person's autosaved typing in the same field(s) is one change: keep the earliest "before".
      const sameFields = last && Object.keys(before).every((key) => key in last.before);
      if (last && sameFields && last.by === actorId && Date.parse(at) - Date.parse(last.at) < HISTORY_MERGE_MS) {
        last.before = { ...before, ...last.before };
        last.at = at;
      } else existing.history.push({ at, by: actorId, before });
    }
  },
  subject: (e) => `action:${e.action.id}`,
};

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
function clearPlanAgreement(d: Cycle): void {
  // A changed plan must be agreed again by both parties.
  delete d.preReview.agreedByLeadAt;
  delete d.preReview.agreedByHostAt;
}

/** The transition table: stage → event → candidate moves. */
export const TRANSITIONS: { readonly [S in Stage]: StageTable } = {
  'self-review': {
    RECORD_RESPONSE: {
      permission: 'edit-self-review',
      effect: (d, e, { actorId, at }) => {
        const current = d.selfReview.responses[e.questionId] ?? { level: null, evidence: '', informsFocus: false };
        d.selfReview.responses[e.questionId] = {
          ...current,
          ...(e.level !== undefined ? { level: e.level } : {}),
          ...(e.evidence !== undefined ? { evidence: e.evidence } : {}),
          ...(e.informsFocus !== undefined ? { informsFocus: e.informsFocus } : {}),
          updatedAt: at,
          updatedBy: actorId,
        };
      },
      subject: (e) => `question:${e.questionId}`,
    },
    PROPOSE_FOCUS: {
      permission: 'edit-self-review',
      guards: ['questionKnownShape'],
      effect: (d, e) => {
        d.selfReview.proposedFocus = { questionIds: [...e.questionIds], summary: e.summary };
      },
      subject: () => 'focus',
    },
    SUBMIT_SELF_REVIEW: {
      permission: 'submit-self-review',
      guards: ['focusProposed'],
      target: 'pre-review',
      effect: (d, _e, { actorId, at }) => {
        d.selfReview.submittedAt = at;
        d.selfReview.submittedBy = actorId;
        if (!d.preReview.focusSummary) d.preReview.focusSummary = d.selfReview.proposedFocus.summary;
      },
    },
    SET_REVIEW_TEAM: setTeam,
  },
  'pre-review': {
    SET_REVIEW_TEAM: setTeam,
    SET_REVIEW_DATES: {
      permission: 'plan-review',
      guards: ['proposedDatesFit'],
      effect: (d, e) => {
        d.review.dates = [...e.dates].sort();
        clearPlanAgreement(d);
      },
      subject: () => 'dates',
    },
    UPDATE_REVIEW_PLAN: {
      permission: 'plan-review',
      effect: (d, e) => {
        const { type: _type, ...changes } = e;
        const plan = d.preReview as Record<string, unknown>;
        let changed = false;
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || JSON.stringify(plan[key]) === JSON.stringify(value ?? undefined)) continue;
          changed = true;
          if (value === null) delete plan[key];
          else plan[key] = value;
        }
        // Only a real change asks both parties to agree again.
        if (changed) clearPlanAgreement(d);
      },
      subject: () => 'plan',
    },
    AGREE_REVIEW_PLAN: {
      permission: 'agree-review-plan',
      guards: ['teamValid', 'linesOfEnquiryAgreed', 'reviewDatesFit'],
      effect: (d, _e, { actorId, at }) => {
        if (d.review.team.leadReviewerId === actorId) d.preReview.agreedByLeadAt = at;
        else d.preReview.agreedByHostAt = at;
      },
    },
  },
  review: {
    RECORD_EVIDENCE: {
      permission: 'record-evidence',
      effect: (d, e, { actorId, at }) => {
        const existing = d.review.evidence.find((x) => x.id === e.item.id);
        // Re-sending an item (a retry after a dropped connection) updates it instead of duplicating it.
        if (existing) Object.assign(existing, stripUndefined(e.item));
        else d.review.evidence.push({ ...stripUndefined(e.item), recordedBy: actorId, recordedAt: at });
      },
      subject: (e) => `evidence:${e.item.id}`,
    },
    SAVE_FINDING: {
      permission: 'draft-findings',
      guards: ['evidenceLinked'],
      effect: (d, e) => {
        const index = d.review.findings.findIndex((f) => f.id === e.finding.id);
        if (index >= 0) d.review.findings[index] = e.finding;
        else d.review.findings.push(e.finding);
      },
      subject: (e) => `finding:${e.finding.id}`,
    },
    REMOVE_FINDING: {
      permission: 'draft-findings',
      guards: ['findingsExist'],
      effect: (d, e) => {
        d.review.findings = d.review.findings.filter((f) => f.id !== e.findingId);
      },
    },
    SET_IMPROVEMENT_PRIORITY: {
      permission: 'draft-findings',
      effect: (d, e) => {
        d.review.improvementPriority = e.text;
      },
      subject: () => 'priority',
    },
    AGREE_FINDINGS: {
      permission: 'agree-findings',
      guards: ['hasFindings', 'priorityAgreed'],
      target: 'workshop',
      effect: (d, _e, { actorId, at }) => {
        d.review.findingsAgreedAt = at;
        d.review.findingsAgreedBy = actorId;
      },
    },
    CHOOSE_FACILITATOR: chooseFacilitator,
    UPDATE_WORKSHOP: updateWorkshop,
  },
  workshop: {
    CHOOSE_FACILITATOR: chooseFacilitator,
    UPDATE_WORKSHOP: updateWorkshop,
    START_WORKSHOP: {
      permission: 'run-workshop',
      guards: ['facilitatorEligible', 'workshopDated'],
      effect: (d, _e, { at }) => {
        d.workshop.startedAt ??= at;
      },
    },
    SAVE_ACTION: saveAction,
    REMOVE_ACTION: {
      permission: 'edit-action-plan',
      guards: ['actionExists'],
      effect: (d, e) => {
        d.actions = d.actions.filter((a) => a.id !== e.actionId);
      },
    },
    FINISH_WORKSHOP: {
      permission: 'run-workshop',
      guards: ['facilitatorEligible', 'workshopDated', 'workshopStarted', 'hasActions'],
      target: 'action-plan',
      effect: (d, _e, { at, partnership }) => {
        d.workshop.finishedAt = at;
        d.checkIns = [{ dueOn: addDays(d.workshop.date!, partnership.config.checkInDays), progress: [], nextSteps: '' }];
      },
    },
  },
  'action-plan': {
    SAVE_ACTION: saveAction,
    PUBLISH_ACTION_PLAN: {
      permission: 'publish-action-plan',
      guards: ['hasActions', 'actionsComplete'],
      target: 'check-in',
    },
  },
  'check-in': {
    SAVE_ACTION: saveAction,
    RECORD_CHECK_IN: [
      { permission: 'record-check-in', guards: ['outcomeClose', 'progressForKnownActions', 'checkInNotBeforeWorkshop'], target: 'complete', effect: recordCheckIn },
      { permission: 'record-check-in', guards: ['outcomeContinue', 'progressForKnownActions', 'checkInNotBeforeWorkshop'], target: 'action-plan', effect: recordCheckIn },
    ],
  },
  complete: {},
  paused: {
    RESUME: { permission: 'pause-cycle', guards: ['hasPausedFrom'] },
  },
  withdrawn: {},
};

function recordCheckIn(d: Cycle, e: EventOf<'RECORD_CHECK_IN'>, { actorId, at, partnership }: { actorId: string; at: string; partnership: Partnership }): void {
  let open = d.checkIns.find((c) => !c.heldOn);
  if (!open) {
    open = { progress: [], nextSteps: '' };
    d.checkIns.push(open);
  }
  Object.assign(open, { heldOn: e.heldOn, recordedBy: actorId, progress: e.progress, nextSteps: e.nextSteps });
  for (const p of e.progress) {
    const action = d.actions.find((a) => a.id === p.actionId);
    if (action && action.status !== p.status) {
      action.history.push({ at, by: actorId, before: { status: action.status } });
      action.status = p.status;
    }
  }
  // Continuing the cycle books the next check-in one interval after this one.
  if (e.outcome === 'continue') d.checkIns.push({ dueOn: addDays(e.heldOn, partnership.config.checkInDays), progress: [], nextSteps: '' });
}

const ACTIVE: ReadonlySet<Stage> = new Set(['self-review', 'pre-review', 'review', 'workshop', 'action-plan', 'check-in']);

/** Events accepted in any active stage. */
export const GLOBAL_TRANSITIONS: StageTable = {
  PAUSE: {
    permission: 'pause-cycle',
    target: 'paused',
    effect: (d) => {
      d.pausedFrom = d.stage;
    },
  },
  WITHDRAW: { permission: 'withdraw-cycle', target: 'withdrawn' },
};

function candidatesFor(stage: Stage, type: CycleEventType): readonly TransitionSpec<CycleEvent>[] {
  const spec = TRANSITIONS[stage][type] ?? (ACTIVE.has(stage) || (stage === 'paused' && type === 'WITHDRAW') ? GLOBAL_TRANSITIONS[type] : undefined);
  if (!spec) return [];
  return (Array.isArray(spec) ? spec : [spec]) as readonly TransitionSpec<CycleEvent>[];
}

/** Guards that choose between candidate moves rather than check a rule. */
const SELECTORS: ReadonlySet<GuardName> = new Set(['outcomeClose', 'outcomeContinue']);

/** The en-GB name of each stage (`stageName(stage, locale)` in any locale). */
const STAGE_NAMES: Readonly<Record<Stage, string>> = EN_STAGES;

/**
 * Applies `event` to `cycle` on behalf of `context.actor`. Pure: returns a new cycle (with the event
 * appended to its audit trail) or a refusal that says why, and never changes its inputs.
 */
export function transition(cycle: Cycle, event: unknown, context: TransitionContext): TransitionResult {
  const type = typeof event === 'object' && event && 'type' in event ? String((event as { type: unknown }).type).slice(0, 60) : '(none)';
  const parsed = CycleEvent.safeParse(event);
  if (!parsed.success) {
    return { ok: false, refusal: refusalOf('invalid-event', type, msg('refusal.invalid-event', { event: type, issues: issueMessages(parsed.error) }), context.locale) };
  }
  const e = parsed.data;
  const { partnership, actor, locale } = context;
  if (cycle.partnershipId !== partnership.id) {
    return { ok: false, refusal: refusalOf('wrong-partnership', e.type, msg('refusal.wrong-partnership'), locale) };
  }
  const candidates = candidatesFor(cycle.stage, e.type);
  if (candidates.length === 0) {
    return { ok: false, refusal: refusalOf('wrong-stage', e.type, msg('refusal.wrong-stage', { stage: cycle.stage }), locale) };
  }
  let firstRefusal: Refusal | undefined;
  for (const spec of candidates) {
    const decision = can(actor, spec.permission, cycle, partnership, spec.details?.(e), locale);
    if (!decision.allowed) {
      firstRefusal ??= fromDecision(e.type, decision);
      continue;
    }
    const failed = (spec.guards ?? []).map((name) => ({ name, message: GUARDS[name]({ cycle, event: e, partnership, actor }) })).find((g) => g.message !== null);
    if (failed) {
      // Selector guards only pick between candidates; they are never the reason for a refusal.
      if (!SELECTORS.has(failed.name)) firstRefusal ??= refusalOf('guard-failed', e.type, failed.message!, locale, failed.name);
      continue;
    }
    return { ok: true, cycle: apply(cycle, e, spec, context) };
  }
  return { ok: false, refusal: firstRefusal! };
}

function apply(cycle: Cycle, event: CycleEvent, spec: TransitionSpec<CycleEvent>, context: TransitionContext): Cycle {
  const at = new Date(context.now ?? Date.now()).toISOString();
  const draft = structuredClone(cycle);
  const from = cycle.stage;
  spec.effect?.(draft, event, { actorId: context.actor.id, at, partnership: context.partnership });
  if (event.type === 'RESUME') {
    draft.stage = cycle.pausedFrom!;
    delete draft.pausedFrom;
  } else if (spec.target) {
    draft.stage = spec.target;
  }
  const note = 'reason' in event && event.reason ? event.reason : undefined;
  appendAudit(draft, { at, actorId: context.actor.id, event: event.type, from, to: draft.stage, subject: spec.subject?.(event), ...(note ? { note } : {}) });
  settle(draft, context, at);
  return draft;
}

/** Eventless moves: taken as soon as their guards pass (the plan moves on once both agree). */
const ALWAYS: { [S in Stage]?: { target: Stage; guards: readonly GuardName[] } } = {
  'pre-review': { target: 'review', guards: ['planAgreedByBoth', 'teamValid', 'linesOfEnquiryAgreed', 'reviewDatesFit'] },
};

function settle(draft: Cycle, context: TransitionContext, at: string): void {
  const rule = ALWAYS[draft.stage];
  if (!rule) return;
  const synthetic = { type: 'SUBMIT_SELF_REVIEW' } as const;
  if (rule.guards.every((name) => GUARDS[name]({ cycle: draft, event: synthetic, partnership: context.partnership, actor: context.actor }) === null)) {
    const from = draft.stage;
    draft.stage = rule.target;
    appendAudit(draft, { at, actorId: context.actor.id, event: 'PLAN_AGREED', from, to: rule.target });
  }
}

/** How far back (entries, and time) an autosaved edit looks for an earlier entry of the same edit to join. */
const AUDIT_MERGE_ENTRIES = 50;
const AUDIT_MERGE_MS = HISTORY_MERGE_MS;

function appendAudit(draft: Cycle, entry: { at: string; actorId: string; event: string; from: Stage; to: Stage; subject?: string | undefined; note?: string }): void {
  // Autosaved edits of the same thing by the same person coalesce, so typing does not flood the
  // trail, also when several people type at once (four reviewers logging evidence on the review
  // day): the person's last entry for that thing, since the last change of stage and within a few
  // minutes (or with nothing in between), moves to the end and counts one more.
  if (entry.subject !== undefined && entry.from === entry.to) {
    const oldest = Math.max(0, draft.audit.length - AUDIT_MERGE_ENTRIES);
    for (let i = draft.audit.length - 1; i >= oldest; i--) {
      const earlier = draft.audit[i]!;
      if (earlier.from !== earlier.to) break; // edits never move past a change of stage
      if (earlier.subject !== entry.subject || earlier.event !== entry.event || earlier.actorId !== entry.actorId) continue;
      const last = i === draft.audit.length - 1;
      if (!last && Date.parse(entry.at) - Date.parse(earlier.at) >= AUDIT_MERGE_MS) break;
      draft.audit.splice(i, 1);
      draft.audit.push({ ...earlier, at: entry.at, count: (earlier.count ?? 1) + 1 });
      return;
    }
  }
  const { subject, note, ...rest } = entry;
  draft.audit.push({ ...rest, ...(subject !== undefined ? { subject } : {}), ...(note ? { note } : {}) });
}

/** A refused event, thrown by `transitionOrThrow`. */
export class RefusedError extends SppError {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super('refused', refusal.reason);
    this.name = 'RefusedError';
    this.refusal = refusal;
  }
}
/** Like `transition`, but throws a `RefusedError` instead of returning a refusal. */
export function transitionOrThrow(cycle: Cycle, event: unknown, context: TransitionContext): Cycle {
  const result = transition(cycle, event, context);
  if (!result.ok) throw new RefusedError(result.refusal);
  return result.cycle;
}

/** What an actor could do next, for UIs: each event with whether it is allowed now and why not. */
export interface AvailableEvent {
  type: CycleEventType;
  allowed: boolean;
  /** Why not, when not allowed: a role rule or a missing step (in the locale asked for, default en-GB). */
  reason?: string;
  rule?: string;
  /** Why not, in any locale: `formatMessage(available, locale)` when `messageId` is set. */
  messageId?: Message['messageId'];
  params?: Message['params'];
}

/** Events whose readiness depends only on the cycle (no payload), so guards can be checked ahead. */
const PAYLOAD_FREE: ReadonlySet<CycleEventType> = new Set(['SUBMIT_SELF_REVIEW', 'AGREE_REVIEW_PLAN', 'AGREE_FINDINGS', 'START_WORKSHOP', 'FINISH_WORKSHOP', 'PUBLISH_ACTION_PLAN', 'RESUME']);

export function availableEvents(cycle: Cycle, actor: Actor, partnership: Partnership, locale?: LocaleLike): AvailableEvent[] {
  const types = new Set<CycleEventType>([
    ...(Object.keys(TRANSITIONS[cycle.stage]) as CycleEventType[]),
    ...(ACTIVE.has(cycle.stage) ? (Object.keys(GLOBAL_TRANSITIONS) as CycleEventType[]) : cycle.stage === 'paused' ? (['WITHDRAW'] as const) : []),
  ]);
  return [...types].map((type) => {
    const candidates = candidatesFor(cycle.stage, type);
    let refusal: { reason: string; rule: string; messageId?: Message['messageId']; params?: Message['params'] } | undefined;
    for (const spec of candidates) {
      const decision = can(actor, spec.permission, cycle, partnership, undefined, locale);
      if (!decision.allowed) {
        refusal ??= { reason: decision.reason, rule: decision.rule, ...(decision.messageId ? { messageId: decision.messageId, params: decision.params ?? {} } : {}) };
        continue;
      }
      if (PAYLOAD_FREE.has(type)) {
        const synthetic = { type } as CycleEvent;
        const failed = (spec.guards ?? []).map((name) => ({ name, message: GUARDS[name]({ cycle, event: synthetic, partnership, actor }) })).find((g) => g.message !== null);
        if (failed) {
          useEnglish(enCycle);
          refusal ??= { reason: formatMessage(failed.message!, locale), rule: failed.name, ...asMessage(failed.message!) };
          continue;
        }
      }
      return { type, allowed: true };
    }
    return { type, allowed: false, ...refusal };
  });
}

/** Convenience for UIs: may the actor send this kind of event now (ignoring payload checks)? */
export function canSend(cycle: Cycle, actor: Actor, partnership: Partnership, type: CycleEventType, locale?: LocaleLike): AvailableEvent {
  useEnglish(enCycle);
  const wrongStage = msg('refusal.wrong-stage', { stage: cycle.stage });
  return availableEvents(cycle, actor, partnership, locale).find((e) => e.type === type) ?? {
    type,
    allowed: false,
    reason: formatMessage(wrongStage, locale),
    ...wrongStage,
  };
}

/** A stage's name in a locale (default en-GB), e.g. "pre-review meeting". */
export function stageName(stage: Stage, locale?: LocaleLike): string {
  useEnglish(enCycle);
  return formatMessage(msg(`stage.${stage}`), locale);
}

export { STAGE_NAMES };

/**
 * What an event edits (e.g. `question:q1`), or `undefined` for events that move the cycle on.
 * Sync code uses it to tell edits that can merge from edits of the same thing.
 */
export function eventSubject(stage: Stage, event: CycleEvent): string | undefined {
  const candidates = candidatesFor(stage, event.type);
  return candidates[0]?.subject?.(event);
}
