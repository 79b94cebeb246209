import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { demoPartnership } from '../src/demo';
import {
  Cycle,
  Partnership,
  availableEvents,
  checkInDueOn,
  createCycle,
  cycleStatus,
  isCheckInOverdue,
  transition,
  transitionOrThrow,
  visibleCycle,
  type CycleEvent,
  type TransitionResult,
} from '../src/index';

const partnership = demoPartnership();
// Host: Kelmarsh Road Primary (medium). People by role for this host:
const HOST_HEAD = { id: 'u-dev' };
const HOST_SL = { id: 'u-erin' };
const LEAD = { id: 'u-amara' }; // head at Ashby, also partnership lead
const REVIEWER = { id: 'u-harun' }; // senior leader at Oakfield
const IC = { id: 'u-isla' }; // Improvement Champion at Oakfield
const HOST_IC = { id: 'u-femi' }; // Improvement Champion at the host school
const ASSOCIATE = { id: 'u-tessa' };
const TEACHER = { id: 'u-sam' };
const at = (day: string) => `${day}T10:00:00.000Z`;

function fresh(): Cycle {
  return createCycle({ id: 'c-kelmarsh', partnership, hostSchoolId: 's-kelmarsh' });
}

function ok(result: TransitionResult): Cycle {
  if (!result.ok) assert.fail(`refused: ${result.refusal.code} ${result.refusal.rule ?? ''} ${result.refusal.reason}`);
  return result.cycle;
}
function refused(result: TransitionResult) {
  if (result.ok) assert.fail('expected a refusal');
  return result.refusal;
}
const send = (cycle: Cycle, actor: { id: string }, event: CycleEvent, now = at('2026-10-01')) =>
  ok(transition(cycle, event, { actor, partnership, now }));

/** Drives a cycle to the given stage along the happy path. */
function driveTo(stage: Cycle['stage']): Cycle {
  let c = fresh();
  c = send(c, HOST_SL, { type: 'RECORD_RESPONSE', questionId: 'q-teaching', level: 'developing', evidence: 'Book looks in Y4', informsFocus: true });
  c = send(c, HOST_HEAD, { type: 'PROPOSE_FOCUS', questionIds: ['q-teaching'], summary: 'Consistency of feedback in KS2' });
  c = send(c, HOST_HEAD, { type: 'SET_REVIEW_TEAM', leadReviewerId: LEAD.id, memberIds: [LEAD.id, REVIEWER.id] });
  if (stage === 'self-review') return c;
  c = send(c, HOST_HEAD, { type: 'SUBMIT_SELF_REVIEW' });
  if (stage === 'pre-review') return c;
  c = send(c, LEAD, { type: 'UPDATE_REVIEW_PLAN', meetingOn: '2026-10-05', linesOfEnquiry: [{ id: 'l1', question: 'How consistent is feedback?', questionIds: ['q-teaching'] }] });
  c = send(c, LEAD, { type: 'SET_REVIEW_DATES', dates: ['2026-10-20'] });
  c = send(c, LEAD, { type: 'AGREE_REVIEW_PLAN' });
  c = send(c, HOST_HEAD, { type: 'AGREE_REVIEW_PLAN' });
  if (stage === 'review') return c;
  c = send(c, REVIEWER, { type: 'RECORD_EVIDENCE', item: { id: 'e1', lineId: 'l1', activity: 'work-scrutiny', note: 'Feedback policy followed in 5 of 6 books' } });
  c = send(c, LEAD, { type: 'SAVE_FINDING', finding: { id: 'f1', kind: 'strength', text: 'Pupils act on feedback', evidenceIds: ['e1'], lineId: 'l1' } });
  c = send(c, LEAD, { type: 'SET_IMPROVEMENT_PRIORITY', text: 'Feedback that moves learning on in every class' });
  c = send(c, HOST_HEAD, { type: 'AGREE_FINDINGS' });
  if (stage === 'workshop') return c;
  c = send(c, IC, { type: 'CHOOSE_FACILITATOR', facilitatorId: IC.id });
  c = send(c, IC, { type: 'UPDATE_WORKSHOP', date: '2026-11-10', participants: ['Dev Patel', 'Erin McAllister'] });
  c = send(c, IC, { type: 'START_WORKSHOP' });
  c = send(c, IC, { type: 'SAVE_ACTION', action: { id: 'a1', what: 'Trial whole-class feedback in Y3-4', owner: 'Erin McAllister', dueOn: '2027-01-15', successCriteria: 'Book looks show pupils responding', supportSchoolId: 's-ashby' } });
  c = send(c, IC, { type: 'FINISH_WORKSHOP' }, at('2026-11-10'));
  if (stage === 'action-plan') return c;
  c = send(c, HOST_HEAD, { type: 'PUBLISH_ACTION_PLAN' });
  if (stage === 'check-in') return c;
  c = send(c, LEAD, { type: 'RECORD_CHECK_IN', heldOn: '2027-02-08', progress: [{ actionId: 'a1', status: 'done', note: 'In place' }], nextSteps: 'Share at the next heads meeting', outcome: 'close' });
  return c;
}

describe('the review cycle, stage by stage', () => {
  test('runs the whole cycle with the right people and records every step', () => {
    const stages = ['self-review', 'pre-review', 'review', 'workshop', 'action-plan', 'check-in', 'complete'] as const;
    for (const stage of stages) assert.equal(driveTo(stage).stage, stage);
    const done = driveTo('complete');
    assert.ok(Cycle.safeParse(done).success);
    const moves = done.audit.filter((a) => a.from !== a.to).map((a) => `${a.from}>${a.to}`);
    assert.deepEqual(moves, ['self-review>pre-review', 'pre-review>review', 'review>workshop', 'workshop>action-plan', 'action-plan>check-in', 'check-in>complete']);
    assert.equal(done.actions[0]?.status, 'done');
    assert.equal(done.actions[0]?.history.at(-1)?.before['status'], 'not-started');
    assert.equal(done.selfReview.submittedBy, HOST_HEAD.id);
    assert.equal(done.review.findingsAgreedBy, HOST_HEAD.id);
  });

  test('the check-in falls due the configured number of days after the workshop', () => {
    const c = driveTo('action-plan');
    assert.equal(c.checkIns[0]?.dueOn, '2027-02-08'); // 2026-11-10 + 90 days
    assert.equal(checkInDueOn(c, partnership), '2027-02-08');
    const tailored = Partnership.parse({ ...partnership, config: { ...partnership.config, checkInDays: 60 } });
    let d = driveTo('workshop');
    d = ok(transition(d, { type: 'CHOOSE_FACILITATOR', facilitatorId: IC.id }, { actor: IC, partnership: tailored }));
    d = ok(transition(d, { type: 'UPDATE_WORKSHOP', date: '2026-11-10' }, { actor: IC, partnership: tailored }));
    d = ok(transition(d, { type: 'START_WORKSHOP' }, { actor: IC, partnership: tailored }));
    d = ok(transition(d, { type: 'SAVE_ACTION', action: { id: 'a1', what: 'x' } }, { actor: IC, partnership: tailored }));
    d = ok(transition(d, { type: 'FINISH_WORKSHOP' }, { actor: IC, partnership: tailored }));
    assert.equal(d.checkIns[0]?.dueOn, '2027-01-09');
  });

  test('overdue check-ins are detected, and a held check-in is no longer overdue', () => {
    const c = driveTo('check-in');
    assert.equal(isCheckInOverdue(c, partnership, '2027-02-08'), false);
    assert.equal(isCheckInOverdue(c, partnership, '2027-02-09'), true);
    assert.deepEqual(cycleStatus(c, partnership, '2027-03-01'), { stage: 'check-in', dueOn: '2027-02-08', overdue: true, workshopHeld: true, checkInHeld: false });
    const done = driveTo('complete');
    assert.equal(isCheckInOverdue(done, partnership, '2027-12-01'), false);
    assert.equal(cycleStatus(done, partnership, '2027-12-01').checkInHeld, true);
  });

  test('a check-in that continues the cycle books the next check-in and returns to the action plan', () => {
    const c = send(driveTo('check-in'), IC, { type: 'RECORD_CHECK_IN', heldOn: '2027-02-10', progress: [{ actionId: 'a1', status: 'in-progress', note: '' }], nextSteps: 'Extend to Y5', outcome: 'continue' });
    assert.equal(c.stage, 'action-plan');
    assert.equal(c.checkIns.length, 2);
    assert.equal(c.checkIns[1]?.dueOn, '2027-05-11');
    assert.equal(c.actions[0]?.status, 'in-progress');
  });

  test('both the lead reviewer and the host head agree the plan, and changing it asks for agreement again', () => {
    let c = driveTo('pre-review');
    c = send(c, LEAD, { type: 'UPDATE_REVIEW_PLAN', linesOfEnquiry: [{ id: 'l1', question: 'How consistent is feedback?', questionIds: [] }] });
    c = send(c, LEAD, { type: 'SET_REVIEW_DATES', dates: ['2026-10-20'] });
    c = send(c, LEAD, { type: 'AGREE_REVIEW_PLAN' });
    assert.equal(c.stage, 'pre-review');
    c = send(c, HOST_HEAD, { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'Reworded' });
    assert.equal(c.preReview.agreedByLeadAt, undefined);
    c = send(c, HOST_HEAD, { type: 'AGREE_REVIEW_PLAN' });
    assert.equal(c.stage, 'pre-review');
    c = send(c, LEAD, { type: 'AGREE_REVIEW_PLAN' });
    assert.equal(c.stage, 'review');
  });

  test('pause keeps the stage to resume to; withdraw ends the cycle', () => {
    const c = send(driveTo('review'), LEAD, { type: 'PAUSE', reason: 'Staff illness' });
    assert.equal(c.stage, 'paused');
    assert.equal(send(c, HOST_HEAD, { type: 'RESUME' }).stage, 'review');
    const w = send(c, HOST_HEAD, { type: 'WITHDRAW' });
    assert.equal(w.stage, 'withdrawn');
    assert.equal(refused(transition(w, { type: 'RESUME' }, { actor: HOST_HEAD, partnership })).code, 'wrong-stage');
  });

  test('action changes keep what the fields were before', () => {
    let c = driveTo('action-plan');
    c = send(c, HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a1', what: 'Trial whole-class feedback in Y3-6', owner: 'Erin McAllister' } });
    const action = c.actions[0]!;
    assert.equal(action.what, 'Trial whole-class feedback in Y3-6');
    assert.deepEqual(action.history.at(-1)?.before, { what: 'Trial whole-class feedback in Y3-4' });
    assert.equal(action.history.at(-1)?.by, HOST_HEAD.id);
  });
});

describe('refusals say why, and change nothing', () => {
  const cases: Array<{ name: string; stage: Cycle['stage']; actor: { id: string }; event: unknown; code: string; rule?: string; reason: RegExp }> = [
    { name: 'an event for another stage', stage: 'self-review', actor: HOST_HEAD, event: { type: 'AGREE_FINDINGS' }, code: 'wrong-stage', reason: /self-review stage/ },
    { name: 'an unknown event', stage: 'self-review', actor: HOST_HEAD, event: { type: 'DELETE_EVERYTHING' }, code: 'invalid-event', reason: /not valid/ },
    { name: 'a malformed payload', stage: 'self-review', actor: HOST_HEAD, event: { type: 'RECORD_RESPONSE', level: 'excellent' }, code: 'invalid-event', reason: /questionId/ },
    { name: 'text over the limit', stage: 'self-review', actor: HOST_HEAD, event: { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x'.repeat(20_001) }, code: 'invalid-event', reason: /evidence/ },
    { name: 'a stranger', stage: 'self-review', actor: { id: 'u-nobody' }, event: { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x' }, code: 'not-allowed', rule: 'member-of-partnership', reason: /not a member/ },
    { name: 'a reviewer writing the host’s self-review', stage: 'self-review', actor: REVIEWER, event: { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x' }, code: 'not-allowed', rule: 'host-school-leaders', reason: /Kelmarsh/ },
    { name: 'the associate editing', stage: 'self-review', actor: ASSOCIATE, event: { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x' }, code: 'not-allowed', rule: 'associate-reads-only', reason: /does not change/ },
    { name: 'a senior leader submitting', stage: 'self-review', actor: HOST_SL, event: { type: 'SUBMIT_SELF_REVIEW' }, code: 'not-allowed', rule: 'host-head-only', reason: /headteacher/ },
    { name: 'a team with a host-school reviewer', stage: 'self-review', actor: LEAD, event: { type: 'SET_REVIEW_TEAM', leadReviewerId: LEAD.id, memberIds: [LEAD.id, HOST_SL.id] }, code: 'guard-failed', rule: 'proposedTeamValid', reason: /own school/ },
    { name: 'a team led by a non-head', stage: 'self-review', actor: LEAD, event: { type: 'SET_REVIEW_TEAM', leadReviewerId: REVIEWER.id, memberIds: [LEAD.id, REVIEWER.id] }, code: 'guard-failed', rule: 'proposedTeamValid', reason: /must be a headteacher/ },
    { name: 'a team of one', stage: 'self-review', actor: LEAD, event: { type: 'SET_REVIEW_TEAM', leadReviewerId: LEAD.id, memberIds: [LEAD.id] }, code: 'guard-failed', rule: 'proposedTeamValid', reason: /2 to 4 members/ },
    { name: 'a team of five', stage: 'self-review', actor: LEAD, event: { type: 'SET_REVIEW_TEAM', leadReviewerId: LEAD.id, memberIds: ['u-amara', 'u-ben', 'u-grace', 'u-harun', 'u-jonah'] }, code: 'guard-failed', rule: 'proposedTeamValid', reason: /has 5/ },
    { name: 'an untrained reviewer', stage: 'self-review', actor: LEAD, event: { type: 'SET_REVIEW_TEAM', leadReviewerId: LEAD.id, memberIds: [LEAD.id, 'u-sam'] }, code: 'guard-failed', rule: 'proposedTeamValid', reason: /training/ },
    { name: 'a teacher choosing the team', stage: 'self-review', actor: TEACHER, event: { type: 'SET_REVIEW_TEAM', leadReviewerId: LEAD.id, memberIds: [LEAD.id, REVIEWER.id] }, code: 'not-allowed', rule: 'partnership-lead-only', reason: /partnership lead/ },
    { name: 'too many review days for the school', stage: 'pre-review', actor: LEAD, event: { type: 'SET_REVIEW_DATES', dates: ['2026-10-20', '2026-10-21'] }, code: 'guard-failed', rule: 'proposedDatesFit', reason: /at most 1 day/ },
    { name: 'agreeing a plan with no lines of enquiry', stage: 'pre-review', actor: LEAD, event: { type: 'AGREE_REVIEW_PLAN' }, code: 'guard-failed', rule: 'linesOfEnquiryAgreed', reason: /line of enquiry/ },
    { name: 'a reviewer planning the review', stage: 'pre-review', actor: REVIEWER, event: { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'x' }, code: 'not-allowed', rule: 'lead-or-host', reason: /lead reviewer/ },
    { name: 'the host head recording evidence', stage: 'review', actor: HOST_HEAD, event: { type: 'RECORD_EVIDENCE', item: { id: 'e9', note: 'x' } }, code: 'not-allowed', rule: 'review-team-only', reason: /review team/ },
    { name: 'a reviewer agreeing findings', stage: 'review', actor: LEAD, event: { type: 'AGREE_FINDINGS' }, code: 'not-allowed', rule: 'host-head-only', reason: /headteacher/ },
    { name: 'agreeing findings with none', stage: 'review', actor: HOST_HEAD, event: { type: 'AGREE_FINDINGS' }, code: 'guard-failed', rule: 'hasFindings', reason: /at least one finding/ },
    { name: 'a finding citing unrecorded evidence', stage: 'review', actor: LEAD, event: { type: 'SAVE_FINDING', finding: { id: 'f9', kind: 'strength', text: 'x', evidenceIds: ['nope'] } }, code: 'guard-failed', rule: 'evidenceLinked', reason: /nope/ },
    { name: 'a host-school Improvement Champion facilitating', stage: 'workshop', actor: HOST_HEAD, event: { type: 'CHOOSE_FACILITATOR', facilitatorId: HOST_IC.id }, code: 'guard-failed', rule: 'proposedFacilitatorEligible', reason: /another school/ },
    { name: 'a facilitator who is not an Improvement Champion', stage: 'workshop', actor: HOST_HEAD, event: { type: 'CHOOSE_FACILITATOR', facilitatorId: REVIEWER.id }, code: 'guard-failed', rule: 'proposedFacilitatorEligible', reason: /not a trained Improvement Champion/ },
    { name: 'starting a workshop without a facilitator', stage: 'workshop', actor: IC, event: { type: 'START_WORKSHOP' }, code: 'not-allowed', rule: 'facilitator-only', reason: /facilitating/ },
    { name: 'publishing an incomplete plan', stage: 'action-plan', actor: HOST_HEAD, event: { type: 'SAVE_ACTION', action: { id: 'a2', what: 'x', supportSchoolId: 's-kelmarsh' } }, code: 'guard-failed', rule: 'supportSchoolIsPartner', reason: /another school/ },
    { name: 'the facilitator publishing the plan', stage: 'action-plan', actor: IC, event: { type: 'PUBLISH_ACTION_PLAN' }, code: 'not-allowed', rule: 'host-head-only', reason: /headteacher/ },
    { name: 'the host head recording the check-in', stage: 'check-in', actor: HOST_HEAD, event: { type: 'RECORD_CHECK_IN', heldOn: '2027-02-08', progress: [], nextSteps: '', outcome: 'close' }, code: 'not-allowed', rule: 'check-in-recorders', reason: /lead reviewer or the Improvement Champion/ },
    { name: 'progress on an action not in the plan', stage: 'check-in', actor: LEAD, event: { type: 'RECORD_CHECK_IN', heldOn: '2027-02-08', progress: [{ actionId: 'zz', status: 'done' }], nextSteps: '', outcome: 'close' }, code: 'guard-failed', rule: 'progressForKnownActions', reason: /zz/ },
    { name: 'a check-in dated before the workshop', stage: 'check-in', actor: LEAD, event: { type: 'RECORD_CHECK_IN', heldOn: '2026-01-01', progress: [], nextSteps: '', outcome: 'continue' }, code: 'guard-failed', rule: 'checkInNotBeforeWorkshop', reason: /before the workshop/ },
    { name: 'a teacher pausing the cycle', stage: 'review', actor: TEACHER, event: { type: 'PAUSE' }, code: 'not-allowed', rule: 'partnership-lead-only', reason: /pause/ },
    { name: 'any edit once complete', stage: 'complete', actor: HOST_HEAD, event: { type: 'SAVE_ACTION', action: { id: 'a1', what: 'x' } }, code: 'wrong-stage', reason: /complete stage/ },
  ];
  for (const c of cases) {
    test(`refuses ${c.name}`, () => {
      const cycle = driveTo(c.stage);
      const before = structuredClone(cycle);
      const refusal = refused(transition(cycle, c.event, { actor: c.actor, partnership }));
      assert.equal(refusal.code, c.code, refusal.reason);
      if (c.rule) assert.equal(refusal.rule, c.rule);
      assert.match(refusal.reason, c.reason);
      assert.deepEqual(cycle, before, 'a refused event must not change the cycle');
    });
  }

  test('refuses to submit a self-review with no proposed focus', () => {
    const c = fresh();
    const r = refused(transition(c, { type: 'SUBMIT_SELF_REVIEW' }, { actor: HOST_HEAD, partnership }));
    assert.equal(r.rule, 'focusProposed');
  });

  test('refuses finishing a workshop that agreed no actions', () => {
    let c = driveTo('workshop');
    c = send(c, IC, { type: 'CHOOSE_FACILITATOR', facilitatorId: IC.id });
    c = send(c, IC, { type: 'UPDATE_WORKSHOP', date: '2026-11-10' });
    c = send(c, IC, { type: 'START_WORKSHOP' });
    assert.equal(refused(transition(c, { type: 'FINISH_WORKSHOP' }, { actor: IC, partnership })).rule, 'hasActions');
  });

  test('refuses publishing a plan whose actions lack an owner, date or success criteria', () => {
    let c = driveTo('action-plan');
    c = send(c, HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a2', what: 'Parents’ workshop' } });
    const r = refused(transition(c, { type: 'PUBLISH_ACTION_PLAN' }, { actor: HOST_HEAD, partnership }));
    assert.equal(r.rule, 'actionsComplete');
    assert.match(r.reason, /Action 2 still needs an owner, a due date, success criteria/);
  });

  test('refuses a cycle of another partnership', () => {
    const other = Partnership.parse({ ...partnership, id: 'p-other' });
    assert.equal(refused(transition(fresh(), { type: 'SUBMIT_SELF_REVIEW' }, { actor: HOST_HEAD, partnership: other })).code, 'wrong-partnership');
  });

  test('transitionOrThrow throws the refusal', () => {
    assert.throws(() => transitionOrThrow(fresh(), { type: 'AGREE_FINDINGS' }, { actor: HOST_HEAD, partnership }), (e: Error & { code?: string }) => e.code === 'refused');
  });
});

describe('audit trail, purity and views', () => {
  test('repeated autosaves of one answer coalesce into one audit entry that counts them', () => {
    let c = fresh();
    for (const text of ['B', 'Bo', 'Boo', 'Book']) c = send(c, HOST_SL, { type: 'RECORD_RESPONSE', questionId: 'q1', evidence: text });
    c = send(c, HOST_SL, { type: 'RECORD_RESPONSE', questionId: 'q2', evidence: 'x' });
    assert.equal(c.audit.length, 2);
    assert.equal(c.audit[0]?.count, 4);
    assert.equal(c.audit[0]?.subject, 'question:q1');
    assert.equal(c.selfReview.responses['q1']?.evidence, 'Book');
  });

  test('two people autosaving at once still coalesce: each person keeps one entry per thing they edit', () => {
    let c = fresh();
    const minute = (n: number) => `2026-10-01T10:${String(n).padStart(2, '0')}:00.000Z`;
    // The head and a senior leader type into different answers at the same time, autosave interleaving.
    for (let i = 0; i < 4; i++) {
      c = send(c, HOST_HEAD, { type: 'RECORD_RESPONSE', questionId: 'q1', evidence: `head ${i}` }, minute(i));
      c = send(c, HOST_SL, { type: 'RECORD_RESPONSE', questionId: 'q2', evidence: `leader ${i}` }, minute(i));
    }
    assert.deepEqual(
      c.audit.map((e) => [e.actorId, e.subject, e.count]),
      [
        ['u-dev', 'question:q1', 4],
        ['u-erin', 'question:q2', 4],
      ],
    );
    assert.equal(c.audit[0]?.at, minute(3), 'the entry says when the edit was last saved');
    // Much later, the same edit is a new entry: the trail shows both sittings.
    c = send(c, HOST_SL, { type: 'RECORD_RESPONSE', questionId: 'q3', evidence: 'x' }, minute(40));
    c = send(c, HOST_HEAD, { type: 'RECORD_RESPONSE', questionId: 'q1', evidence: 'again' }, minute(41));
    assert.deepEqual(c.audit.map((e) => e.count ?? 1), [4, 4, 1, 1]);
  });

  test('transition never changes its input', () => {
    const c = driveTo('review');
    const frozen = deepFreeze(structuredClone(c));
    const next = ok(transition(frozen, { type: 'RECORD_EVIDENCE', item: { id: 'e2', note: 'Pupil voice' } }, { actor: REVIEWER, partnership }));
    assert.equal(next.review.evidence.length, 1);
    assert.equal(frozen.review.evidence.length, 0);
  });

  test('availableEvents reflects role rules and missing steps', () => {
    const c = driveTo('self-review');
    const forHead = availableEvents(c, HOST_HEAD, partnership);
    assert.deepEqual(forHead.find((e) => e.type === 'SUBMIT_SELF_REVIEW'), { type: 'SUBMIT_SELF_REVIEW', allowed: true });
    const forSl = availableEvents(c, HOST_SL, partnership);
    assert.equal(forSl.find((e) => e.type === 'RECORD_RESPONSE')?.allowed, true);
    assert.equal(forSl.find((e) => e.type === 'SUBMIT_SELF_REVIEW')?.rule, 'host-head-only');
    const forAssociate = availableEvents(c, ASSOCIATE, partnership);
    assert.ok(forAssociate.every((e) => !e.allowed && e.rule === 'associate-reads-only'));
    const empty = availableEvents(fresh(), HOST_HEAD, partnership).find((e) => e.type === 'SUBMIT_SELF_REVIEW');
    assert.equal(empty?.allowed, false);
    assert.equal(empty?.rule, 'focusProposed');
  });

  test('evidence notes are visible only to the review team and host head', () => {
    const c = driveTo('workshop');
    assert.equal(visibleCycle(c, REVIEWER, partnership).review.evidence.length, 1);
    assert.equal(visibleCycle(c, HOST_HEAD, partnership).review.evidence.length, 1);
    const forOthers = visibleCycle(c, { id: 'u-jonah' }, partnership);
    assert.equal(forOthers.review.evidence.length, 0);
    assert.deepEqual(forOthers.review.findings[0]?.evidenceIds, []);
    assert.equal(forOthers.review.improvementPriority, c.review.improvementPriority, 'the partnership sees the agreed priority');
    assert.equal(visibleCycle(c, ASSOCIATE, partnership).review.evidence.length, 0);
  });

  test('people not taking part see the agreed priority, strengths and actions, but not the working detail', () => {
    const c = driveTo('action-plan');
    const other = visibleCycle(c, { id: 'u-jonah' }, partnership);
    assert.deepEqual(other.selfReview.responses, {});
    assert.equal(other.selfReview.proposedFocus.summary, '');
    assert.deepEqual(other.preReview.linesOfEnquiry, []);
    assert.deepEqual(other.workshop.whys, []);
    assert.ok(other.review.findings.every((f) => f.kind === 'strength'));
    assert.equal(other.review.improvementPriority, c.review.improvementPriority);
    assert.equal(other.actions.length, 1);
    const involved = visibleCycle(c, IC, partnership);
    assert.equal(involved.preReview.linesOfEnquiry.length, 1);
    const stranger = visibleCycle(c, { id: 'intruder' }, partnership);
    assert.deepEqual([stranger.actions, stranger.audit, stranger.review.improvementPriority, stranger.preReview.focusSummary], [[], [], '', '']);
    const beforeAgreement = visibleCycle(driveTo('review'), { id: 'u-jonah' }, partnership);
    assert.equal(beforeAgreement.review.improvementPriority, '');
  });

  test('the partnership lead and the associate, not taking part, see what the partnership sees: the agreed focus once the plan is agreed', () => {
    // Jonah (head of Millbrook, not on Kelmarsh's review) leads the partnership here.
    const jonahLeads = Partnership.parse({
      ...partnership,
      people: partnership.people.map((p) => (p.id === 'u-jonah' ? { ...p, programmeRoles: [...p.programmeRoles, 'partnership-lead'] } : p)),
    });
    const followers = [{ id: 'u-jonah' }, ASSOCIATE];
    const FOCUS = 'Consistency of feedback in KS2';
    for (const stage of ['self-review', 'pre-review'] as const) {
      const c = driveTo(stage);
      for (const who of followers) {
        const view = visibleCycle(c, who, jonahLeads);
        assert.deepEqual(view.selfReview.responses, {}, `${who.id} at ${stage}: no self-review answers`);
        assert.deepEqual(view.selfReview.proposedFocus, { questionIds: [], summary: '' }, `${who.id} at ${stage}: no proposed focus`);
        assert.equal(view.preReview.focusSummary, '', `${who.id} at ${stage}: the focus is not agreed yet`);
        assert.deepEqual(view.review.team, c.review.team, `${who.id} at ${stage}: the team`);
      }
    }
    const c = driveTo('check-in');
    for (const who of followers) {
      const view = visibleCycle(c, who, jonahLeads);
      assert.deepEqual(view.selfReview.responses, {});
      assert.equal(view.preReview.focusSummary, FOCUS, `${who.id}: the agreed focus`);
      assert.deepEqual([view.preReview.linesOfEnquiry, view.preReview.evidencePlan, view.review.evidence], [[], [], []]);
      assert.deepEqual([view.workshop.participants, view.workshop.whys, view.workshop.causes, view.workshop.rootCause], [[], [], [], '']);
      assert.deepEqual(view.review.findings.map((f) => f.kind), ['strength']);
      assert.equal(view.review.improvementPriority, c.review.improvementPriority);
      assert.equal(view.stage, c.stage);
      assert.deepEqual([view.review.team, view.review.dates, view.workshop.date], [c.review.team, c.review.dates, c.workshop.date]);
      assert.deepEqual([view.actions, view.checkIns, view.audit], [c.actions, c.checkIns, c.audit], `${who.id}: actions, progress and the audit trail`);
    }
    // Paused or withdrawn: the focus stays agreed once the plan was, and hidden if it was not.
    const pausedAfter = send(driveTo('review'), HOST_HEAD, { type: 'PAUSE' });
    const pausedBefore = send(driveTo('pre-review'), HOST_HEAD, { type: 'PAUSE' });
    const withdrawnAfter = send(driveTo('workshop'), HOST_HEAD, { type: 'WITHDRAW' });
    const withdrawnBefore = send(driveTo('pre-review'), HOST_HEAD, { type: 'WITHDRAW' });
    for (const who of followers) {
      assert.equal(visibleCycle(pausedAfter, who, jonahLeads).preReview.focusSummary, FOCUS);
      assert.equal(visibleCycle(withdrawnAfter, who, jonahLeads).preReview.focusSummary, FOCUS);
      assert.equal(visibleCycle(pausedBefore, who, jonahLeads).preReview.focusSummary, '');
      assert.equal(visibleCycle(withdrawnBefore, who, jonahLeads).preReview.focusSummary, '');
    }
    // Those taking part see the focus while it is being worked out.
    assert.equal(visibleCycle(driveTo('pre-review'), REVIEWER, jonahLeads).preReview.focusSummary, FOCUS);
    assert.equal(visibleCycle(driveTo('pre-review'), HOST_SL, jonahLeads).preReview.focusSummary, FOCUS);
  });

  test('a pause or withdrawal keeps its reason in the audit trail', () => {
    const c = send(driveTo('review'), LEAD, { type: 'PAUSE', reason: 'Staff illness' });
    assert.equal(c.audit.at(-1)?.note, 'Staff illness');
  });
});

describe('properties', () => {
  const people = partnership.people.map((p) => ({ id: p.id }));
  // Hand-picked values so sequences often reach later stages; readonly constants need the cast.
  const eventArb = fc.oneof(
    fc.record({ type: fc.constant('RECORD_RESPONSE' as const), questionId: fc.constantFrom('q1', 'q2'), evidence: fc.string({ maxLength: 20 }), level: fc.constantFrom('not-yet', 'embedded', null) }),
    fc.record({ type: fc.constant('PROPOSE_FOCUS' as const), questionIds: fc.constant(['q1']), summary: fc.string({ maxLength: 10 }) }),
    fc.constant({ type: 'SUBMIT_SELF_REVIEW' as const }),
    fc.record({ type: fc.constant('SET_REVIEW_TEAM' as const), leadReviewerId: fc.constantFrom('u-amara', 'u-harun'), memberIds: fc.constantFrom(['u-amara', 'u-harun'], ['u-amara', 'u-erin'], ['u-amara']) }),
    fc.record({ type: fc.constant('SET_REVIEW_DATES' as const), dates: fc.constantFrom(['2026-10-20'], ['2026-10-20', '2026-10-21'], []) }),
    fc.record({ type: fc.constant('UPDATE_REVIEW_PLAN' as const), linesOfEnquiry: fc.constant([{ id: 'l1', question: 'Q', questionIds: [] }]) }),
    fc.constant({ type: 'AGREE_REVIEW_PLAN' as const }),
    fc.record({ type: fc.constant('RECORD_EVIDENCE' as const), item: fc.record({ id: fc.constantFrom('e1', 'e2'), note: fc.string({ maxLength: 10 }) }) }),
    fc.record({ type: fc.constant('SAVE_FINDING' as const), finding: fc.record({ id: fc.constant('f1'), kind: fc.constantFrom('strength' as const, 'area-to-explore' as const), text: fc.constant('F'), evidenceIds: fc.constant([] as string[]) }) }),
    fc.record({ type: fc.constant('SET_IMPROVEMENT_PRIORITY' as const), text: fc.constantFrom('', 'P') }),
    fc.constant({ type: 'AGREE_FINDINGS' as const }),
    fc.record({ type: fc.constant('CHOOSE_FACILITATOR' as const), facilitatorId: fc.constantFrom('u-isla', 'u-femi') }),
    fc.record({ type: fc.constant('UPDATE_WORKSHOP' as const), date: fc.constant('2026-11-10') }),
    fc.constant({ type: 'START_WORKSHOP' as const }),
    fc.record({ type: fc.constant('SAVE_ACTION' as const), action: fc.record({ id: fc.constantFrom('a1', 'a2'), what: fc.constant('Do'), owner: fc.constantFrom('', 'Erin'), dueOn: fc.constant('2027-01-01'), successCriteria: fc.constantFrom('', 'S') }) }),
    fc.constant({ type: 'FINISH_WORKSHOP' as const }),
    fc.constant({ type: 'PUBLISH_ACTION_PLAN' as const }),
    fc.record({ type: fc.constant('RECORD_CHECK_IN' as const), heldOn: fc.constant('2027-02-01'), progress: fc.constant([]), nextSteps: fc.constant(''), outcome: fc.constantFrom('close' as const, 'continue' as const) }),
    fc.constant({ type: 'PAUSE' as const }),
    fc.constant({ type: 'RESUME' as const }),
    fc.constant({ type: 'WITHDRAW' as const }),
  ) as unknown as fc.Arbitrary<CycleEvent>;

  test('no sequence of events produces an invalid cycle or loses audit entries', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...people), eventArb), { maxLength: 60 }), (steps) => {
        let cycle = fresh();
        for (const [actor, event] of steps) {
          const result = transition(cycle, event, { actor, partnership, now: '2026-10-01T09:00:00Z' });
          if (!result.ok) {
            assert.ok(result.refusal.reason.length > 0);
            continue;
          }
          const next = result.cycle;
          assert.ok(Cycle.safeParse(next).success, 'every accepted event leaves a valid cycle');
          assert.ok(next.audit.length >= cycle.audit.length, 'the audit trail never shrinks');
          // Nothing is lost: every edit is still counted (an entry may only join a later repeat of
          // the same edit by the same person), stage changes stay where they were, and each event adds one.
          const tally = (audit: typeof cycle.audit) => {
            const counts = new Map<string, number>();
            for (const e of audit) counts.set(`${e.event}|${e.actorId}|${e.subject ?? ''}|${e.from}|${e.to}`, (counts.get(`${e.event}|${e.actorId}|${e.subject ?? ''}|${e.from}|${e.to}`) ?? 0) + (e.count ?? 1));
            return counts;
          };
          const before = tally(cycle.audit);
          const afterwards = tally(next.audit);
          for (const [key, n] of before) assert.ok((afterwards.get(key) ?? 0) >= n, `no edit is lost from the trail (${key})`);
          const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
          assert.ok(total(afterwards) >= total(before) + 1, 'each accepted event is in the trail');
          const stageChanges = (audit: typeof cycle.audit) => audit.filter((e) => e.from !== e.to);
          assert.deepEqual(stageChanges(next.audit).slice(0, stageChanges(cycle.audit).length), stageChanges(cycle.audit));
          cycle = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('stage changes happen only through the table and always appear in the audit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...people), eventArb), { maxLength: 60 }), (steps) => {
        let cycle = fresh();
        for (const [actor, event] of steps) {
          const result = transition(cycle, event, { actor, partnership });
          if (!result.ok) continue;
          if (result.cycle.stage !== cycle.stage) assert.equal(result.cycle.audit.at(-1)?.to, result.cycle.stage);
          cycle = result.cycle;
        }
      }),
      { numRuns: 200 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

test('date arithmetic refuses dates that do not exist', async () => {
  const { addDays, toIsoDate } = await import('../src/index');
  assert.equal(addDays('2026-11-10', 90), '2027-02-08');
  assert.throws(() => addDays('2026-02-30', 1), /Not a calendar date/);
  assert.match(toIsoDate(), /^\d{4}-\d{2}-\d{2}$/);
});

test('dates can be cleared, and the change is kept in the action history', () => {
  let c = driveTo('action-plan');
  c = send(c, HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a1', what: 'Trial whole-class feedback in Y3-4', dueOn: null } });
  assert.equal(c.actions[0]?.dueOn, undefined);
  assert.deepEqual(c.actions[0]?.history.at(-1)?.before, { dueOn: '2027-01-15' });
  assert.ok(Cycle.safeParse(c).success);
});

test('workshop lists are replaced only by someone who can see them', () => {
  const c = driveTo('workshop');
  // Leon is an eligible Improvement Champion who has not taken this workshop on yet.
  const r = transition(c, { type: 'UPDATE_WORKSHOP', whys: ['x'] }, { actor: { id: 'u-leon' }, partnership });
  assert.ok(!r.ok && r.refusal.rule === 'seesWorkshopDetail');
  const dateOnly = transition(c, { type: 'UPDATE_WORKSHOP', date: '2026-11-12' }, { actor: { id: 'u-leon' }, partnership });
  assert.ok(dateOnly.ok, 'planning the date needs no detail');
  const cleared = transition(dateOnly.cycle, { type: 'UPDATE_WORKSHOP', date: null }, { actor: IC, partnership });
  assert.ok(cleared.ok && cleared.cycle.workshop.date === undefined);
});

test('re-sending an unchanged plan keeps the agreements; the meeting date can be cleared', () => {
  let c = driveTo('pre-review');
  const lines = [{ id: 'l1', question: 'How consistent is feedback?', questionIds: [] }];
  c = send(c, LEAD, { type: 'UPDATE_REVIEW_PLAN', meetingOn: '2026-10-05', linesOfEnquiry: lines });
  c = send(c, LEAD, { type: 'SET_REVIEW_DATES', dates: ['2026-10-20'] });
  c = send(c, LEAD, { type: 'AGREE_REVIEW_PLAN' });
  c = send(c, HOST_HEAD, { type: 'UPDATE_REVIEW_PLAN', linesOfEnquiry: lines });
  assert.ok(c.preReview.agreedByLeadAt, 'no change, so the lead’s agreement stands');
  c = send(c, HOST_HEAD, { type: 'UPDATE_REVIEW_PLAN', meetingOn: null });
  assert.equal(c.preReview.meetingOn, undefined);
  assert.equal(c.preReview.agreedByLeadAt, undefined);
});

test('autosaved typing in one action is one change in its history; a later change is another', () => {
  let c = driveTo('action-plan');
  for (const [i, what] of ['T', 'Tr', 'Tri'].entries()) c = send(c, HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a1', what } }, `2026-11-20T10:00:0${i}.000Z`);
  const history = c.actions[0]!.history;
  assert.equal(history.length, 1);
  assert.deepEqual(history[0]?.before, { what: 'Trial whole-class feedback in Y3-4' });
  c = send(c, HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a1', what: 'Trial' } }, '2026-11-21T10:00:00.000Z');
  assert.equal(c.actions[0]!.history.length, 2);
  assert.deepEqual(c.actions[0]!.history[1]?.before, { what: 'Tri' });
});

test('an action is overdue once its date has passed, unless it is done or stopped', async () => {
  const { isActionOverdue } = await import('../src/index');
  assert.equal(isActionOverdue({ dueOn: '2027-01-15', status: 'in-progress' }, '2027-01-16'), true);
  assert.equal(isActionOverdue({ dueOn: '2027-01-15', status: 'in-progress' }, '2027-01-15'), false);
  assert.equal(isActionOverdue({ dueOn: '2027-01-15', status: 'done' }, '2027-02-01'), false);
  assert.equal(isActionOverdue({ status: 'not-started' }, '2027-02-01'), false);
});
