/**
 * Hardening sweep 4 (SDK side): every forbidden action for every person of the demo partnership,
 * tried through the SDK's public edit functions (`transition`, `applyPartnershipEdit`,
 * `applyReflectionEdit`, `applyScheduleEdit`, `publishSchedule`). Each must be refused with a
 * reason and the rule that refused it, and the document must be unchanged. Allowed people are
 * checked too, so the table cannot pass by refusing everyone.
 *
 * The cast is Kelmarsh Road Primary's demo cycle: host head Dev Patel (u-dev), senior leader Erin
 * McAllister (u-erin), middle leader Femi Adeyemi (u-femi, an Improvement Champion of the host
 * school); lead reviewer Amara Okafor (u-amara, also the partnership lead), reviewer Harun Demir
 * (u-harun); facilitator Chloe Dunn (u-chloe, Ashby Brook's Improvement Champion); the associate
 * Tessa Moore (u-tessa), who reads only and no more than the partnership lead; and someone
 * outside the partnership.
 *
 * Run: node --conditions=source --import tsx --test test/node/hardening/*.test.ts
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_FRAMEWORK,
  applyPartnershipEdit,
  applyReflectionEdit,
  applyScheduleEdit,
  createReflection,
  eligibleFacilitators,
  facilitatorChoices,
  planSchedule,
  publishSchedule,
  questionsFor,
  tailorFramework,
  transition,
  transitionOrThrow,
  visibleCycle,
  type Cycle,
  type CycleEvent,
  type Partnership,
  type Refusal,
  type Reflection,
  type Schedule,
  type Stage,
} from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';

const partnership = demoPartnership();
const STRANGER = 'u-stranger';
const EVERYONE = [...partnership.people.map((p) => p.id), STRANGER];
const HEADTEACHERS = partnership.people.filter((p) => p.jobRole === 'headteacher').map((p) => p.id);
const tailored = tailorFramework(DEFAULT_FRAMEWORK, partnership.tailoring);
const [Q1] = questionsFor(tailored, 'self-review').map((q) => q.id) as [string];
const [PQ1] = questionsFor(tailored, 'partnership').map((q) => q.id) as [string];
const NOW = '2027-01-10T10:00:00.000Z';

/** The rule a refused person is given: the associate and outsiders have their own. */
const ruleFor = (personId: string, rule: string) => (personId === 'u-tessa' ? 'associate-reads-only' : personId === STRANGER ? 'member-of-partnership' : rule);

function assertRefused(refusal: Refusal | undefined, who: string, what: string, rule: string) {
  assert.ok(refusal, `${who} ${what}: refused`);
  assert.equal(refusal.code, 'not-allowed', `${who} ${what}: refused by a role rule, not for another reason (${refusal.reason})`);
  assert.equal(refusal.rule, ruleFor(who, rule), `${who} ${what}: the rule`);
  assert.ok(refusal.reason.trim().length > 15, `${who} ${what}: a reason a person can read`);
}

const kelmarsh = (stage: Stage) => demoCycle('s-kelmarsh', stage, partnership);
/** Kelmarsh's cycle paused from the check-in by its head. */
const paused = () => transitionOrThrow(kelmarsh('check-in'), { type: 'PAUSE', reason: 'Staffing' }, { actor: { id: 'u-dev' }, partnership, now: NOW });

interface CycleCase {
  stage: Stage | 'paused';
  event: CycleEvent;
  allowed: string[];
  rule: string;
}

const HOST_LEADERS = ['u-dev', 'u-erin'];
const LEAD_OR_HEAD = ['u-amara', 'u-dev'];
const TEAM = ['u-amara', 'u-harun'];
const ELIGIBLE_ICS = ['u-chloe', 'u-isla', 'u-leon', 'u-olu', 'u-rosa'];

const CYCLE_CASES: CycleCase[] = [
  // Self-review: the host school's leaders write it; only its head submits.
  { stage: 'self-review', event: { type: 'RECORD_RESPONSE', questionId: Q1, evidence: 'Seen in books', level: 'developing' }, allowed: HOST_LEADERS, rule: 'host-school-leaders' },
  { stage: 'self-review', event: { type: 'PROPOSE_FOCUS', questionIds: [Q1], summary: 'Reading' }, allowed: HOST_LEADERS, rule: 'host-school-leaders' },
  { stage: 'self-review', event: { type: 'SUBMIT_SELF_REVIEW' }, allowed: ['u-dev'], rule: 'host-head-only' },
  { stage: 'self-review', event: { type: 'SET_REVIEW_TEAM', leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun'] }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
  { stage: 'self-review', event: { type: 'PAUSE', reason: 'Illness' }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
  { stage: 'self-review', event: { type: 'WITHDRAW', reason: 'Leaving' }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
  // Pre-review meeting: the lead reviewer and the host head.
  { stage: 'pre-review', event: { type: 'SET_REVIEW_TEAM', leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun'] }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
  { stage: 'pre-review', event: { type: 'SET_REVIEW_DATES', dates: ['2026-10-15'] }, allowed: LEAD_OR_HEAD, rule: 'lead-or-host' },
  { stage: 'pre-review', event: { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'Reading in Years 5 and 6' }, allowed: LEAD_OR_HEAD, rule: 'lead-or-host' },
  { stage: 'pre-review', event: { type: 'AGREE_REVIEW_PLAN' }, allowed: LEAD_OR_HEAD, rule: 'lead-or-host' },
  // Review day: the team records and drafts; the host head agrees.
  { stage: 'review', event: { type: 'RECORD_EVIDENCE', item: { id: 'ev-9', note: 'A note' } }, allowed: TEAM, rule: 'review-team-only' },
  { stage: 'review', event: { type: 'SAVE_FINDING', finding: { id: 'f-9', kind: 'strength', text: 'Pupils read widely', evidenceIds: [] } }, allowed: TEAM, rule: 'review-team-only' },
  { stage: 'review', event: { type: 'REMOVE_FINDING', findingId: 'f-1' }, allowed: TEAM, rule: 'review-team-only' },
  { stage: 'review', event: { type: 'SET_IMPROVEMENT_PRIORITY', text: 'Reading at home' }, allowed: TEAM, rule: 'review-team-only' },
  { stage: 'review', event: { type: 'AGREE_FINDINGS' }, allowed: ['u-dev'], rule: 'host-head-only' },
  // Before a facilitator is chosen, an eligible Improvement Champion (another school's) may take the
  // workshop on themselves; appointing someone (here Chloe) is for the partnership lead or the host head.
  { stage: 'review', event: { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-chloe' }, allowed: [...LEAD_OR_HEAD, 'u-chloe'], rule: 'facilitator-only' },
  { stage: 'review', event: { type: 'UPDATE_WORKSHOP', date: '2026-11-04' }, allowed: [...LEAD_OR_HEAD, ...ELIGIBLE_ICS], rule: 'facilitator-only' },
  // Workshop (Chloe facilitates): she runs it; the host's leaders and she write the actions.
  // Handing the workshop to another Improvement Champion is an appointment too: not Chloe's to make.
  { stage: 'workshop', event: { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-isla' }, allowed: LEAD_OR_HEAD, rule: 'facilitator-only' },
  { stage: 'workshop', event: { type: 'UPDATE_WORKSHOP', date: '2026-11-05' }, allowed: ['u-chloe', ...LEAD_OR_HEAD], rule: 'facilitator-only' },
  { stage: 'workshop', event: { type: 'START_WORKSHOP' }, allowed: ['u-chloe'], rule: 'facilitator-only' },
  { stage: 'workshop', event: { type: 'SAVE_ACTION', action: { id: 'act-9', what: 'Visit a partner school' } }, allowed: [...HOST_LEADERS, 'u-chloe'], rule: 'host-school-leaders' },
  { stage: 'workshop', event: { type: 'REMOVE_ACTION', actionId: 'act-1' }, allowed: [...HOST_LEADERS, 'u-chloe'], rule: 'host-school-leaders' },
  { stage: 'workshop', event: { type: 'FINISH_WORKSHOP' }, allowed: ['u-chloe'], rule: 'facilitator-only' },
  // Action plan: the host's leaders and the facilitator edit; the host head publishes.
  { stage: 'action-plan', event: { type: 'SAVE_ACTION', action: { id: 'act-1', what: 'Changed', owner: 'English lead' } }, allowed: [...HOST_LEADERS, 'u-chloe'], rule: 'host-school-leaders' },
  { stage: 'action-plan', event: { type: 'PUBLISH_ACTION_PLAN' }, allowed: ['u-dev'], rule: 'host-head-only' },
  { stage: 'action-plan', event: { type: 'PAUSE' }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
  // Check-in: the lead reviewer or the facilitator records it.
  {
    stage: 'check-in',
    event: { type: 'RECORD_CHECK_IN', heldOn: '2027-02-02', progress: [{ actionId: 'act-1', status: 'done', note: '' }], nextSteps: 'More', outcome: 'close' },
    allowed: ['u-amara', 'u-chloe'],
    rule: 'check-in-recorders',
  },
  {
    stage: 'check-in',
    event: { type: 'RECORD_CHECK_IN', heldOn: '2027-02-02', progress: [], nextSteps: '', outcome: 'continue' },
    allowed: ['u-amara', 'u-chloe'],
    rule: 'check-in-recorders',
  },
  { stage: 'check-in', event: { type: 'SAVE_ACTION', action: { id: 'act-2', what: 'Run a reading café', status: 'done' } }, allowed: [...HOST_LEADERS, 'u-chloe'], rule: 'host-school-leaders' },
  { stage: 'check-in', event: { type: 'WITHDRAW' }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
  // Paused: only the partnership lead or the host head resumes or withdraws.
  { stage: 'paused', event: { type: 'RESUME' }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
  { stage: 'paused', event: { type: 'WITHDRAW', reason: 'Closed' }, allowed: LEAD_OR_HEAD, rule: 'partnership-lead-only' },
];

describe('Hardening: role rules through the SDK', () => {
  describe('review cycle events (transition)', () => {
    for (const c of CYCLE_CASES) {
      test(`${c.event.type} at the ${c.stage} stage: only ${c.allowed.join(', ')}`, () => {
        const cycle = c.stage === 'paused' ? paused() : kelmarsh(c.stage);
        const before = JSON.stringify(cycle);
        assert.equal(cycle.stage, c.stage, 'the demo cycle is at the stage under test');
        for (const who of EVERYONE) {
          const result = transition(cycle, c.event, { actor: { id: who }, partnership, now: NOW });
          if (c.allowed.includes(who)) {
            // Allowed by the role rules (a guard may still ask for a missing step, with its own reason).
            if (!result.ok) assert.notEqual(result.refusal.code, 'not-allowed', `${who} ${c.event.type} is allowed: ${result.refusal.reason}`);
          } else {
            assertRefused(result.ok ? undefined : result.refusal, who, c.event.type, c.rule);
          }
        }
        assert.equal(JSON.stringify(cycle), before, 'transition never changes its input');
      });
    }

    test('every cycle event type the machine knows is covered by the table above', () => {
      const covered = new Set(CYCLE_CASES.map((c) => c.event.type));
      const all = [
        'RECORD_RESPONSE', 'PROPOSE_FOCUS', 'SUBMIT_SELF_REVIEW', 'SET_REVIEW_TEAM', 'SET_REVIEW_DATES', 'UPDATE_REVIEW_PLAN', 'AGREE_REVIEW_PLAN',
        'RECORD_EVIDENCE', 'SAVE_FINDING', 'REMOVE_FINDING', 'SET_IMPROVEMENT_PRIORITY', 'AGREE_FINDINGS', 'CHOOSE_FACILITATOR', 'UPDATE_WORKSHOP',
        'START_WORKSHOP', 'SAVE_ACTION', 'REMOVE_ACTION', 'FINISH_WORKSHOP', 'PUBLISH_ACTION_PLAN', 'RECORD_CHECK_IN', 'PAUSE', 'RESUME', 'WITHDRAW',
      ];
      assert.deepEqual(all.filter((t) => !covered.has(t as CycleEvent['type'])), []);
    });

    test('nobody can reach into a review that is complete or withdrawn', () => {
      const complete = kelmarsh('complete');
      assert.equal(complete.stage, 'complete');
      const withdrawn = transitionOrThrow(kelmarsh('review'), { type: 'WITHDRAW' }, { actor: { id: 'u-amara' }, partnership, now: NOW });
      for (const cycle of [complete, withdrawn]) {
        for (const c of CYCLE_CASES) {
          for (const who of ['u-amara', 'u-dev', 'u-chloe']) {
            const result = transition(cycle, c.event, { actor: { id: who }, partnership, now: NOW });
            assert.equal(result.ok, false, `${who} ${c.event.type} on a ${cycle.stage} cycle`);
            if (!result.ok) assert.ok(result.refusal.reason.length > 15);
          }
        }
      }
    });

    test('a cycle of another partnership is refused for everyone, the partnership lead included', () => {
      const other: Partnership = { ...demoPartnership(), id: 'p-elsewhere' };
      const foreign = demoCycle('s-kelmarsh', 'review', other);
      for (const who of ['u-amara', 'u-dev', 'u-harun']) {
        const result = transition(foreign, { type: 'SET_IMPROVEMENT_PRIORITY', text: 'x' }, { actor: { id: who }, partnership, now: NOW });
        assert.equal(result.ok, false);
        if (!result.ok) {
          assert.equal(result.refusal.code, 'wrong-partnership');
          assert.match(result.refusal.reason, /different partnership/);
        }
      }
    });

    test('a forged actor id, or an event forged with markup, is refused with a reason', () => {
      const cycle = kelmarsh('self-review');
      for (const who of ['', ' u-dev', 'u-dev ', 'U-DEV', '<script>', '__proto__', 'constructor']) {
        const result = transition(cycle, { type: 'RECORD_RESPONSE', questionId: Q1, evidence: 'x' }, { actor: { id: who }, partnership, now: NOW });
        assert.equal(result.ok, false, `actor "${who}"`);
        if (!result.ok) assert.equal(result.refusal.rule, 'member-of-partnership', `actor "${who}"`);
      }
      const forged: unknown[] = [
        { type: 'RECORD_RESPONSE', questionId: '<img src=x onerror=alert(1)>', evidence: 'x' },
        { type: 'RECORD_RESPONSE', questionId: Q1, evidence: 42 },
        { type: 'RECORD_RESPONSE', questionId: Q1, evidence: 'x'.repeat(20_001) },
        { type: 'RECORD_RESPONSE', questionId: Q1, level: 'outstanding' },
        { type: 'SUBMIT_SELF_REVIEW', submittedBy: 'u-dev', stage: 'complete' },
        { type: 'NOT_AN_EVENT' },
        { type: '__proto__' },
        null,
        'SUBMIT_SELF_REVIEW',
      ];
      for (const event of forged) {
        const result = transition(cycle, event, { actor: { id: 'u-dev' }, partnership, now: NOW });
        if (event && typeof event === 'object' && (event as { type?: string }).type === 'SUBMIT_SELF_REVIEW') {
          // Extra keys are dropped by validation: the submit goes through core's own rules, no more.
          assert.ok(!result.ok || (result.cycle.stage === 'pre-review' && result.cycle.selfReview.submittedBy === 'u-dev'));
          continue;
        }
        assert.equal(result.ok, false, `forged ${JSON.stringify(event)?.slice(0, 60)}`);
        if (!result.ok) {
          assert.equal(result.refusal.code, 'invalid-event');
          assert.ok(result.refusal.reason.length > 15);
        }
      }
    });

    // Found by the hardening sweep: any eligible IC could send CHOOSE_FACILITATOR naming someone
    // else and appoint another school's IC without the partnership lead or the host head (the lead
    // "coordinates Improvement Champion selection", SPP-MODEL §1).
    test('an Improvement Champion may take a workshop on, but not appoint another Improvement Champion', () => {
      const cycle = kelmarsh('review');
      const self = transition(cycle, { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-isla' }, { actor: { id: 'u-isla' }, partnership, now: NOW });
      assert.equal(self.ok, true, 'Isla takes the workshop on herself');
      const other = transition(cycle, { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-leon' }, { actor: { id: 'u-isla' }, partnership, now: NOW });
      assert.equal(other.ok, false, 'Isla cannot appoint Leon');
      if (!other.ok) {
        assert.equal(other.refusal.code, 'not-allowed');
        assert.equal(other.refusal.rule, 'facilitator-only');
        assert.match(other.refusal.reason, /partnership lead or the headteacher of Kelmarsh/);
      }
      // The lead and the host head appoint; core offers each person only whom they may name.
      for (const who of ['u-amara', 'u-dev']) {
        assert.equal(transition(cycle, { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-leon' }, { actor: { id: who }, partnership, now: NOW }).ok, true, `${who} appoints Leon`);
        assert.deepEqual(facilitatorChoices({ id: who }, cycle, partnership).map((p) => p.id), eligibleFacilitators(cycle.hostSchoolId, partnership).map((p) => p.id));
      }
      assert.deepEqual(facilitatorChoices({ id: 'u-isla' }, cycle, partnership).map((p) => p.id), ['u-isla']);
      assert.deepEqual(facilitatorChoices({ id: 'u-harun' }, cycle, partnership), []);
      // Once Isla has it, another IC cannot take it from her, nor can she hand it on herself.
      const taken = transitionOrThrow(cycle, { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-isla' }, { actor: { id: 'u-isla' }, partnership, now: NOW });
      const grab = transition(taken, { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-leon' }, { actor: { id: 'u-leon' }, partnership, now: NOW });
      assert.equal(grab.ok ? '' : grab.refusal.rule, 'facilitator-only');
      const handOn = transition(taken, { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-leon' }, { actor: { id: 'u-isla' }, partnership, now: NOW });
      assert.equal(handOn.ok ? '' : handOn.refusal.rule, 'facilitator-only');
    });
  });

  describe('what each person may see (visibleCycle)', () => {
    test('evidence notes, self-review answers and the working detail stay with those taking part', () => {
      const cycle = kelmarsh('workshop');
      for (const who of EVERYONE) {
        const view = visibleCycle(cycle, { id: who }, partnership);
        const seesEvidence = ['u-amara', 'u-harun', 'u-dev'].includes(who);
        assert.equal(view.review.evidence.length > 0, seesEvidence, `${who}: evidence notes`);
        // The host school's people, the team and the facilitator; Amara as the lead reviewer, not as
        // the partnership lead; never the associate.
        const takesPart = ['u-dev', 'u-erin', 'u-femi', 'u-amara', 'u-harun', 'u-chloe'].includes(who);
        assert.equal(Object.keys(view.selfReview.responses).length > 0, takesPart, `${who}: self-review answers`);
        assert.equal(view.workshop.whys.length > 0, takesPart, `${who}: the workshop's five whys`);
        assert.equal(view.preReview.linesOfEnquiry.length > 0, takesPart, `${who}: the lines of enquiry`);
        if (who === STRANGER) {
          assert.deepEqual(view.actions, [], 'an outsider sees no actions');
          assert.equal(view.review.improvementPriority, '', 'an outsider sees no priority');
          assert.equal(view.preReview.focusSummary, '', 'an outsider sees no focus');
        } else {
          // Everyone in the partnership follows the agreed focus, priority and actions.
          assert.equal(view.preReview.focusSummary, cycle.preReview.focusSummary, `${who}: the agreed focus`);
          assert.equal(view.review.improvementPriority, cycle.review.improvementPriority, `${who}: the agreed priority`);
          assert.deepEqual(view.actions, cycle.actions, `${who}: the actions`);
        }
      }
    });

    test('the associate sees exactly what a member of the partnership who takes no part sees', () => {
      for (const stage of ['self-review', 'pre-review', 'review', 'workshop', 'action-plan', 'check-in', 'complete'] as const) {
        const cycle = kelmarsh(stage);
        // Jonah, head of Millbrook, takes no part in Kelmarsh's review.
        assert.deepEqual(visibleCycle(cycle, { id: 'u-tessa' }, partnership), visibleCycle(cycle, { id: 'u-jonah' }, partnership), stage);
      }
    });
  });

  describe('partnership edits (applyPartnershipEdit)', () => {
    const edits = [
      { type: 'SET_GOALS', mainGoal: 'Every school knows itself' },
      { type: 'SET_AGREEMENT', agreement: 'mou', note: 'Re-signed' },
      { type: 'SET_AGREEMENT', agreement: 'dataSharing', documentUrl: 'https://trust.example/dsa.pdf' },
    ];
    for (const edit of edits) {
      test(`${edit.type}: only the partnership lead`, () => {
        const before = JSON.stringify(partnership);
        for (const who of EVERYONE) {
          const result = applyPartnershipEdit(partnership, edit, { actor: { id: who }, partnership, now: NOW });
          if (who === 'u-amara') assert.equal(result.ok, true, `the lead: ${result.ok ? '' : result.refusal.reason}`);
          else assertRefused(result.ok ? undefined : result.refusal, who, edit.type, 'partnership-lead-only');
        }
        assert.equal(JSON.stringify(partnership), before);
      });
    }

    test('a javascript: link is refused as invalid, for the lead too', () => {
      const result = applyPartnershipEdit(partnership, { type: 'SET_AGREEMENT', agreement: 'mou', documentUrl: 'javascript:alert(1)' }, { actor: { id: 'u-amara' }, partnership });
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.refusal.code, 'invalid-event');
    });
  });

  describe('programme reflections (applyReflectionEdit)', () => {
    const reflection = (): Reflection => {
      const r = createReflection({ id: 'r-getting-started', partnership, workshop: 'getting-started' });
      return { ...r, impact: [{ id: 'n-1', area: 'leadership', note: 'More middle leaders take part', evidence: '' }] };
    };
    const edits = [
      { type: 'RECORD_REFLECTION', questionId: PQ1, level: 'developing', evidence: 'Minutes' },
      { type: 'SAVE_IMPACT', note: { id: 'n-2', area: 'pupil-outcomes', note: 'Reading scores up' } },
      { type: 'REMOVE_IMPACT', id: 'n-1' },
      { type: 'SET_REFLECTION_DETAILS', nextSteps: 'Share what works', heldOn: '2026-09-17' },
    ];
    for (const edit of edits) {
      test(`${edit.type}: the partnership lead and the headteachers only`, () => {
        const doc = reflection();
        const before = JSON.stringify(doc);
        for (const who of EVERYONE) {
          const result = applyReflectionEdit(doc, edit, { actor: { id: who }, partnership, now: NOW });
          if (who === 'u-amara' || HEADTEACHERS.includes(who)) assert.equal(result.ok, true, `${who}: ${result.ok ? '' : result.refusal.reason}`);
          else assertRefused(result.ok ? undefined : result.refusal, who, edit.type, 'headteachers-only');
        }
        assert.equal(JSON.stringify(doc), before);
      });
    }

    test('a reflection of another partnership is refused', () => {
      const foreign = { ...reflection(), partnershipId: 'p-elsewhere' };
      const result = applyReflectionEdit(foreign, edits[3], { actor: { id: 'u-amara' }, partnership });
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.refusal.code, 'wrong-partnership');
    });
  });

  describe('the schedule (applyScheduleEdit, publishSchedule)', () => {
    const planned = (): Schedule => {
      const result = planSchedule(partnership, { scheduleId: 'schedule-2026-27' });
      assert.ok(result.ok);
      return result.schedule;
    };

    test('SET_REVIEWS, UPDATE_REVIEW and MARK_PUBLISHED: only the partnership lead', () => {
      const schedule = planned();
      const before = JSON.stringify(schedule);
      const first = schedule.reviews[0]!;
      const edits = [
        { type: 'SET_REVIEWS', reviews: schedule.reviews },
        { type: 'UPDATE_REVIEW', reviewId: first.id, facilitatorId: null },
        { type: 'MARK_PUBLISHED' },
      ];
      for (const edit of edits) {
        for (const who of EVERYONE) {
          const result = applyScheduleEdit(schedule, edit, { actor: { id: who }, partnership, now: NOW });
          if (who === 'u-amara') assert.equal(result.ok, true, `the lead: ${result.ok ? '' : result.refusal.reason}`);
          else assertRefused(result.ok ? undefined : result.refusal, who, edit.type, 'partnership-lead-only');
        }
      }
      assert.equal(JSON.stringify(schedule), before);
    });

    test('a published schedule is refused for everyone, the lead included', () => {
      const schedule = { ...planned(), publishedAt: NOW };
      const result = applyScheduleEdit(schedule, { type: 'SET_REVIEWS', reviews: [] }, { actor: { id: 'u-amara' }, partnership });
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.refusal.reason, /published/);
    });

    test('a schedule of another partnership is refused, and cannot be published', () => {
      const foreign = { ...planned(), partnershipId: 'p-elsewhere' };
      const edit = applyScheduleEdit(foreign, { type: 'MARK_PUBLISHED' }, { actor: { id: 'u-amara' }, partnership });
      assert.equal(edit.ok, false);
      if (!edit.ok) assert.equal(edit.refusal.code, 'wrong-partnership');
      const published = publishSchedule(foreign, partnership, { id: 'u-amara' });
      assert.equal(published.ok, false);
      if (!published.ok) assert.ok(published.problems.some((p) => p.rule === 'wrong-partnership'));
    });

    test('publishSchedule: only the partnership lead creates cycles; everyone else is refused with a reason and nothing is created', () => {
      const schedule = planned();
      for (const who of EVERYONE) {
        const result = publishSchedule(schedule, partnership, { id: who });
        if (who === 'u-amara') {
          assert.equal(result.ok, true);
          if (result.ok) assert.equal(result.cycles.length, partnership.schools.length);
        } else {
          assert.equal(result.ok, false, `${who} publishes`);
          if (!result.ok) {
            assert.ok(result.reason.trim().length > 15, `${who}: a reason`);
            assert.match(result.reason, who === 'u-tessa' ? /associate/ : who === STRANGER ? /not a member/ : /partnership lead/);
          }
        }
      }
    });

    // Found by the hardening sweep: every other refusal in the SDK carries the rule that refused it
    // (widgets and hosts use it to explain or route a refusal); publishSchedule's did not.
    test('publishSchedule names the role rule that refused it', () => {
      for (const who of EVERYONE.filter((p) => p !== 'u-amara')) {
        const result = publishSchedule(planned(), partnership, { id: who });
        assert.equal(result.ok, false, who);
        if (!result.ok) assert.equal(result.rule, ruleFor(who, 'partnership-lead-only'), who);
      }
      // A schedule that breaks the partnership's own rules is not a role refusal: no rule, the problems instead.
      const broken = publishSchedule({ ...planned(), partnershipId: 'p-elsewhere' }, partnership, { id: 'u-amara' });
      assert.equal(broken.ok, false);
      if (!broken.ok) {
        assert.equal(broken.rule, undefined);
        assert.ok(broken.problems.length > 0);
      }
    });
  });
});
