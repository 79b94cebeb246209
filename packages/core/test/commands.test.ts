// runCommand (one door for every change to every kind of record, for a server that re-runs each
// change on its latest state) and the read filters a server applies (visibleDocument,
// visibleHistoryEntry), on the demo partnership, its cycles and its schedule.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCycle, demoCycles, demoPartnership, demoReflections, demoSchedule } from '../src/demo';
import {
  DEFAULT_FRAMEWORK,
  can,
  cycleIdFor,
  planSchedule,
  runCommand,
  transition,
  transitionOrThrow,
  visibleCycle,
  visibleDocument,
  visibleHistoryEntry,
  type CommandResult,
  type CommandTarget,
  type Cycle,
  type FrameworkPack,
  type HistoryEntry,
  type PolicyAction,
  type Refusal,
  type Schedule,
  type SppDocument,
} from '../src/index';

const partnership = demoPartnership();
const NOW = '2027-01-10T10:00:00.000Z';
const STRANGER = 'u-stranger';
const ctx = (id: string) => ({ actor: { id }, partnership, now: NOW });
const create = (kind: CommandTarget['kind'], id: string): CommandTarget => ({ kind, id, current: undefined });
const stored = (doc: SppDocument): CommandTarget => ({ kind: doc.kind, id: doc.id, current: doc });

function ok(result: CommandResult) {
  if (!result.ok) assert.fail(`refused: ${result.refusal.code} ${result.refusal.rule ?? ''} ${result.refusal.reason}`);
  return result;
}
function refused(result: CommandResult): Refusal {
  if (result.ok) assert.fail(`expected a refusal, got a ${result.doc.kind}`);
  return result.refusal;
}
/** A refusal by a role rule: code, rule and a reason a person can read. */
function assertNotAllowed(result: CommandResult, rule: string, what: string) {
  const refusal = refused(result);
  assert.equal(refusal.code, 'not-allowed', `${what}: ${refusal.reason}`);
  assert.equal(refusal.rule, rule, what);
  assert.ok(refusal.reason.trim().length > 15, `${what}: a reason`);
}

/** The demo schedule as the lead drafted it, before publishing. */
const draftSchedule = (): Schedule => {
  const { publishedAt: _published, ...draft } = demoSchedule(demoCycles(partnership), partnership);
  return draft as Schedule;
};
/** A pack of the partnership's own: the default framework under another id. */
const ownPack = (id = 'pack-riverside'): FrameworkPack => ({ ...structuredClone(DEFAULT_FRAMEWORK), id, name: 'Riverside questions' });

describe('runCommand: creating records', () => {
  test('CREATE_CYCLE: the partnership lead opens a cycle for any school', () => {
    const window = { from: '2027-01-11', to: '2027-03-26', term: 'Spring' };
    const { doc, created } = ok(runCommand(create('cycle', 'c-new'), { type: 'CREATE_CYCLE', hostSchoolId: 's-westgate', window }, ctx('u-amara')));
    assert.equal(doc.kind, 'cycle');
    const cycle = doc as Cycle;
    assert.deepEqual(
      [cycle.id, cycle.partnershipId, cycle.hostSchoolId, cycle.academicYear, cycle.stage],
      ['c-new', 'p-riverside', 's-westgate', partnership.academicYear, 'self-review'],
    );
    assert.deepEqual(cycle.window, window);
    assert.deepEqual(created, []);
  });

  test('CREATE_CYCLE: a headteacher opens their own school’s cycle, not another school’s', () => {
    const own = ok(runCommand(create('cycle', 'c-kelmarsh-2'), { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' }, ctx('u-dev')));
    assert.equal((own.doc as Cycle).hostSchoolId, 's-kelmarsh');
    const event = { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' };
    const other = runCommand(create('cycle', 'c-kelmarsh-2'), event, ctx('u-grace'));
    assertNotAllowed(other, 'partnership-lead-only', 'another school’s head');
    assert.equal(refused(other).reason, 'A review cycle is opened by the partnership lead, or by the headteacher for their own school.');
    assert.equal(refused(other).event, 'CREATE_CYCLE');
    assertNotAllowed(runCommand(create('cycle', 'c-kelmarsh-2'), event, ctx('u-erin')), 'partnership-lead-only', 'a senior leader of the school');
    assertNotAllowed(runCommand(create('cycle', 'c-kelmarsh-2'), event, ctx('u-tessa')), 'associate-reads-only', 'the associate');
    assertNotAllowed(runCommand(create('cycle', 'c-kelmarsh-2'), event, ctx(STRANGER)), 'member-of-partnership', 'someone outside');
  });

  test('CREATE_CYCLE: a school outside the partnership, a malformed event or record id is refused', () => {
    const elsewhere = refused(runCommand(create('cycle', 'c-x'), { type: 'CREATE_CYCLE', hostSchoolId: 's-elsewhere' }, ctx('u-amara')));
    assert.deepEqual([elsewhere.code, elsewhere.rule], ['guard-failed', 'hostInPartnership']);
    assert.equal(refused(runCommand(create('cycle', 'c-x'), { type: 'CREATE_CYCLE' }, ctx('u-amara'))).code, 'invalid-event');
    assert.equal(refused(runCommand(create('cycle', 'c-x'), { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby', window: { from: 'soon' } }, ctx('u-amara'))).code, 'invalid-event');
    const badId = refused(runCommand(create('cycle', 'not an id!'), { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' }, ctx('u-amara')));
    assert.equal(badId.code, 'invalid-event');
    assert.match(badId.reason, /record id/);
  });

  test('CREATE_SCHEDULE: only the partnership lead, and it starts empty and unpublished', () => {
    const { doc } = ok(runCommand(create('schedule', 'schedule-next'), { type: 'CREATE_SCHEDULE' }, ctx('u-amara')));
    const schedule = doc as Schedule;
    assert.deepEqual([schedule.kind, schedule.id, schedule.partnershipId, schedule.academicYear, schedule.reviews, schedule.publishedAt], ['schedule', 'schedule-next', 'p-riverside', partnership.academicYear, [], undefined]);
    assertNotAllowed(runCommand(create('schedule', 'schedule-next'), { type: 'CREATE_SCHEDULE' }, ctx('u-dev')), 'partnership-lead-only', 'a headteacher');
    assertNotAllowed(runCommand(create('schedule', 'schedule-next'), { type: 'CREATE_SCHEDULE' }, ctx('u-tessa')), 'associate-reads-only', 'the associate');
  });

  test('CREATE_REFLECTION: the partnership’s headteachers and its lead', () => {
    const event = { type: 'CREATE_REFLECTION', workshop: 'evaluating-impact', heldOn: '2027-07-08' };
    for (const who of ['u-amara', 'u-jonah']) {
      const { doc } = ok(runCommand(create('reflection', 'r-year-end'), event, ctx(who)));
      assert.deepEqual([doc.kind, doc.id, (doc as { workshop: string }).workshop, (doc as { heldOn?: string }).heldOn], ['reflection', 'r-year-end', 'evaluating-impact', '2027-07-08']);
    }
    assertNotAllowed(runCommand(create('reflection', 'r-year-end'), event, ctx('u-erin')), 'headteachers-only', 'a senior leader');
    assertNotAllowed(runCommand(create('reflection', 'r-year-end'), event, ctx('u-tessa')), 'associate-reads-only', 'the associate');
    assert.equal(refused(runCommand(create('reflection', 'r-year-end'), { type: 'CREATE_REFLECTION', workshop: 'inspection' }, ctx('u-amara'))).code, 'invalid-event');
  });

  test('SAVE_FRAMEWORK: the partnership lead saves a pack whole, again and again; never one that grades', () => {
    const pack = ownPack();
    const first = ok(runCommand(create('framework', pack.id), { type: 'SAVE_FRAMEWORK', pack }, ctx('u-amara')));
    assert.deepEqual(first.doc, pack);
    // Saving it again replaces it (a pack is changed by saving it whole).
    const renamed = { ...pack, version: '1.1.0' };
    assert.equal((ok(runCommand(stored(first.doc), { type: 'SAVE_FRAMEWORK', pack: renamed }, ctx('u-amara'))).doc as FrameworkPack).version, '1.1.0');
    // Grading language in any question is refused, naming the question and the word.
    const grading = ownPack();
    const question = grading.areas[0]!.aims[0]!.questions[0]!;
    question.text = 'Is our teaching outstanding?';
    const graded = refused(runCommand(create('framework', grading.id), { type: 'SAVE_FRAMEWORK', pack: grading }, ctx('u-amara')));
    assert.deepEqual([graded.code, graded.rule], ['guard-failed', 'noGradingLanguage']);
    assert.match(graded.reason, new RegExp(`"${question.id}" uses grading language \\("outstanding"\\)`));
    // The pack's id is the record's id.
    const mismatch = refused(runCommand(create('framework', 'pack-other'), { type: 'SAVE_FRAMEWORK', pack }, ctx('u-amara')));
    assert.equal(mismatch.code, 'invalid-event');
    assert.match(mismatch.reason, /does not match the record "pack-other"/);
    // Only the lead; and only by saving whole.
    assertNotAllowed(runCommand(create('framework', pack.id), { type: 'SAVE_FRAMEWORK', pack }, ctx('u-dev')), 'partnership-lead-only', 'a headteacher');
    assertNotAllowed(runCommand(create('framework', pack.id), { type: 'SAVE_FRAMEWORK', pack }, ctx('u-tessa')), 'associate-reads-only', 'the associate');
    assert.equal(refused(runCommand(stored(first.doc), { type: 'RENAME_PACK', name: 'x' }, ctx('u-amara'))).code, 'invalid-event');
    assert.equal(refused(runCommand(create('framework', pack.id), { type: 'SAVE_FRAMEWORK', pack: { ...pack, areas: 'none' } }, ctx('u-amara'))).code, 'invalid-event');
  });

  test('creating a record that exists is refused (record-exists), whoever asks', () => {
    const [cycle] = demoCycles(partnership);
    const cases: [SppDocument, unknown][] = [
      [cycle!, { type: 'CREATE_CYCLE', hostSchoolId: cycle!.hostSchoolId }],
      [demoSchedule(demoCycles(partnership), partnership), { type: 'CREATE_SCHEDULE' }],
      [demoReflections(partnership)[0]!, { type: 'CREATE_REFLECTION', workshop: 'getting-started' }],
    ];
    for (const [doc, event] of cases) {
      const before = JSON.stringify(doc);
      const refusal = refused(runCommand(stored(doc), event, ctx('u-amara')));
      assert.equal(refusal.code, 'record-exists', doc.kind);
      assert.equal(refusal.reason, `The ${doc.kind} "${doc.id}" already exists.`);
      assert.equal(JSON.stringify(doc), before, 'the record is unchanged');
    }
    // Another kind's create event never makes the record either.
    assert.equal(refused(runCommand(create('cycle', 'c-x'), { type: 'CREATE_SCHEDULE' }, ctx('u-amara'))).code, 'invalid-event');
    assert.equal(refused(runCommand(create('partnership', 'p-new'), { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' }, ctx('u-amara'))).code, 'invalid-event');
  });

  test('an edit of a record that is not there is refused (no-record)', () => {
    const cases: [CommandTarget['kind'], unknown][] = [
      ['cycle', { type: 'RECORD_RESPONSE', questionId: 'sr-teaching-consistency', evidence: 'x' }],
      ['schedule', { type: 'SET_REVIEWS', reviews: [] }],
      ['reflection', { type: 'SET_REFLECTION_DETAILS', nextSteps: 'x' }],
      ['partnership', { type: 'SET_GOALS', mainGoal: 'x' }],
    ];
    for (const [kind, event] of cases) {
      const refusal = refused(runCommand(create(kind, 'missing'), event, ctx('u-amara')));
      assert.equal(refusal.code, 'no-record', kind);
      assert.equal(refusal.reason, `There is no ${kind} "missing" in this partnership yet.`);
    }
  });
});

describe('runCommand: editing through the functions a widget uses', () => {
  const kelmarsh = () => demoCycle('s-kelmarsh', 'pre-review', partnership);

  test('cycle events go through transition with the verified actor, and nothing else is made', () => {
    const cycle = kelmarsh();
    const before = JSON.stringify(cycle);
    const event = { type: 'AGREE_REVIEW_PLAN' };
    const result = ok(runCommand(stored(cycle), event, ctx('u-amara')));
    const direct = transition(cycle, event, ctx('u-amara'));
    assert.ok(direct.ok);
    assert.deepEqual(result.doc, direct.cycle, 'the same as transition');
    assert.deepEqual(result.created, []);
    assert.equal((result.doc as Cycle).audit.at(-1)?.actorId, 'u-amara', 'the change is the actor’s');
    assert.equal(JSON.stringify(cycle), before, 'the stored record is not changed in place');
    // And refused as transition refuses it.
    const head = runCommand(stored(cycle), { type: 'SET_REVIEW_DATES', dates: ['2026-10-14'] }, ctx('u-erin'));
    assertNotAllowed(head, 'lead-or-host', 'a senior leader planning the review');
    assert.deepEqual(refused(head), (transition(cycle, { type: 'SET_REVIEW_DATES', dates: ['2026-10-14'] }, ctx('u-erin')) as { refusal: Refusal }).refusal);
  });

  test('a forged or unknown actor is refused as someone outside the partnership', () => {
    const cycle = kelmarsh();
    for (const who of [STRANGER, '', ' u-amara', 'u-amara ', 'U-AMARA', '__proto__', 'constructor']) {
      assertNotAllowed(runCommand(stored(cycle), { type: 'AGREE_REVIEW_PLAN' }, ctx(who)), 'member-of-partnership', `actor "${who}"`);
    }
    assertNotAllowed(runCommand(stored(cycle), { type: 'AGREE_REVIEW_PLAN' }, ctx('u-tessa')), 'associate-reads-only', 'the associate');
  });

  test('a cycle of another partnership, or a malformed event, is refused', () => {
    const foreign = demoCycle('s-kelmarsh', 'pre-review', { ...demoPartnership(), id: 'p-elsewhere' });
    assert.equal(refused(runCommand(stored(foreign), { type: 'AGREE_REVIEW_PLAN' }, ctx('u-amara'))).code, 'wrong-partnership');
    for (const event of [null, 'AGREE_REVIEW_PLAN', { type: 'NOT_AN_EVENT' }, { type: 'RECORD_EVIDENCE', item: { note: 42 } }]) {
      assert.equal(refused(runCommand(stored(kelmarsh()), event, ctx('u-amara'))).code, 'invalid-event', JSON.stringify(event));
    }
  });

  test('partnership, reflection and schedule edits go through their own edit functions', () => {
    const goals = ok(runCommand(stored(partnership), { type: 'SET_GOALS', mainGoal: 'Every school knows itself' }, ctx('u-amara')));
    assert.equal((goals.doc as typeof partnership).goals.mainGoal, 'Every school knows itself');
    assertNotAllowed(runCommand(stored(partnership), { type: 'SET_GOALS', mainGoal: 'x' }, ctx('u-dev')), 'partnership-lead-only', 'a headteacher');
    const [baseline] = demoReflections(partnership);
    const reflection = ok(runCommand(stored(baseline!), { type: 'SET_REFLECTION_DETAILS', nextSteps: 'Share what works' }, ctx('u-jonah')));
    assert.equal((reflection.doc as typeof baseline & { nextSteps: string }).nextSteps, 'Share what works');
    assertNotAllowed(runCommand(stored(baseline!), { type: 'SET_REFLECTION_DETAILS', nextSteps: 'x' }, ctx('u-tessa')), 'associate-reads-only', 'the associate');
    const draft = draftSchedule();
    const edited = ok(runCommand(stored(draft), { type: 'UPDATE_REVIEW', reviewId: draft.reviews[0]!.id, facilitatorId: null }, ctx('u-amara')));
    assert.equal((edited.doc as Schedule).reviews[0]!.facilitatorId, undefined);
    assertNotAllowed(runCommand(stored(draft), { type: 'SET_REVIEWS', reviews: [] }, ctx('u-dev')), 'partnership-lead-only', 'a headteacher');
  });
});

describe('runCommand: PUBLISH_SCHEDULE makes the cycles and marks the schedule published, together', () => {
  test('the partnership lead publishes: one new cycle per review, and the schedule marked published', () => {
    const draft = draftSchedule();
    const before = JSON.stringify(draft);
    const { doc, created } = ok(runCommand(stored(draft), { type: 'PUBLISH_SCHEDULE' }, ctx('u-amara')));
    const schedule = doc as Schedule;
    assert.equal(schedule.publishedAt, NOW);
    assert.deepEqual(schedule.reviews, draft.reviews);
    assert.equal(created.length, draft.reviews.length);
    for (const [i, review] of draft.reviews.entries()) {
      const cycle = created[i]!;
      assert.equal(cycle.id, cycleIdFor(draft, review.id));
      assert.deepEqual([cycle.hostSchoolId, cycle.stage, cycle.review.team.leadReviewerId, cycle.review.team.memberIds], [review.hostSchoolId, 'self-review', review.leadReviewerId, review.memberIds]);
      assert.deepEqual(cycle.window, review.window);
      assert.equal(cycle.workshop.facilitatorId, review.facilitatorId);
    }
    assert.equal(JSON.stringify(draft), before, 'the stored schedule is not changed in place');
  });

  test('reviews that already have a cycle are not made twice', () => {
    const draft = draftSchedule();
    const first = ok(runCommand(stored(draft), { type: 'PUBLISH_SCHEDULE' }, ctx('u-amara')));
    const existing = first.created.slice(0, 2);
    const again = ok(runCommand(stored(draft), { type: 'PUBLISH_SCHEDULE' }, ctx('u-amara'), existing));
    assert.deepEqual(
      again.created.map((c) => c.id),
      first.created.slice(2).map((c) => c.id),
    );
  });

  test('refused when already published, by anyone but the lead, or when the schedule breaks the rules: then nothing is made', () => {
    const published = demoSchedule(demoCycles(partnership), partnership);
    const twice = refused(runCommand(stored(published), { type: 'PUBLISH_SCHEDULE' }, ctx('u-amara')));
    assert.deepEqual([twice.code, twice.reason], ['wrong-stage', 'This schedule has already been published.']);
    const draft = draftSchedule();
    assertNotAllowed(runCommand(stored(draft), { type: 'PUBLISH_SCHEDULE' }, ctx('u-dev')), 'partnership-lead-only', 'a headteacher');
    assertNotAllowed(runCommand(stored(draft), { type: 'PUBLISH_SCHEDULE' }, ctx('u-tessa')), 'associate-reads-only', 'the associate');
    assertNotAllowed(runCommand(stored(draft), { type: 'PUBLISH_SCHEDULE' }, ctx(STRANGER)), 'member-of-partnership', 'someone outside');
    // A reviewer from the host school itself breaks the partnership's rules.
    const broken = { ...draft, reviews: draft.reviews.map((r, i) => (i === 0 ? { ...r, memberIds: [...r.memberIds.slice(0, -1), partnership.people.find((p) => p.schoolId === r.hostSchoolId && p.jobRole === 'senior-leader')!.id] } : r)) };
    const invalid = refused(runCommand(stored(broken), { type: 'PUBLISH_SCHEDULE' }, ctx('u-amara')));
    assert.deepEqual([invalid.code, invalid.rule], ['guard-failed', 'scheduleValid']);
    assert.match(invalid.reason, /nothing was published/);
  });

  test('a planned schedule publishes as well (the scheduler’s own output)', () => {
    const plan = planSchedule(partnership, { scheduleId: 'schedule-planned' });
    assert.ok(plan.ok);
    const { created } = ok(runCommand(stored(plan.schedule), { type: 'PUBLISH_SCHEDULE' }, ctx('u-amara')));
    assert.equal(created.length, partnership.schools.length);
  });
});

describe('visibleDocument: what a server sends each person', () => {
  const cycles = demoCycles(partnership);
  const docs: SppDocument[] = [partnership, ...cycles, demoSchedule(cycles, partnership), draftSchedule(), ...demoReflections(partnership), ownPack()];

  test('someone outside the partnership gets nothing of any record', () => {
    for (const doc of docs) for (const who of [STRANGER, '', 'U-AMARA']) assert.equal(visibleDocument(doc, { id: who }, partnership), undefined, `${who}: ${doc.kind} ${doc.id}`);
  });

  test('a cycle is sent as visibleCycle gives it', () => {
    for (const cycle of cycles) for (const person of partnership.people) assert.deepEqual(visibleDocument(cycle, { id: person.id }, partnership), visibleCycle(cycle, { id: person.id }, partnership));
  });

  test('a schedule still being drafted stays with the partnership lead; once published, every member sees it', () => {
    const draft = draftSchedule();
    const published = demoSchedule(cycles, partnership);
    for (const person of partnership.people) {
      const lead = can({ id: person.id }, 'view-schedule-draft', null, partnership).allowed;
      assert.equal(lead, person.id === 'u-amara');
      assert.deepEqual(visibleDocument(draft, { id: person.id }, partnership), lead ? draft : undefined, person.id);
      assert.deepEqual(visibleDocument(published, { id: person.id }, partnership), published, person.id);
    }
  });

  test('the rest is shared with the members, as copies: the stored record never changes', () => {
    for (const doc of docs) {
      const before = JSON.stringify(doc);
      const view = visibleDocument(doc, { id: 'u-amara' }, partnership);
      assert.ok(view, `${doc.kind} ${doc.id}`);
      assert.notEqual(view, doc, 'a copy');
      (view as { id: string }).id = 'changed';
      assert.equal(JSON.stringify(doc), before);
    }
    for (const doc of [partnership, ...demoReflections(partnership), ownPack()]) assert.deepEqual(visibleDocument(doc, { id: 'u-tessa' }, partnership), doc, doc.kind);
  });
});

describe('visibleHistoryEntry: whose history a person sees', () => {
  const entry = (doc: SppDocument, actorId: string, status: HistoryEntry['status']): HistoryEntry => ({
    seq: 1,
    kind: doc.kind,
    id: doc.id,
    actorId,
    at: NOW,
    type: 'SOME_EVENT',
    status,
    ...(status === 'applied' ? { revision: 2 } : { reason: 'Refused.' }),
  });

  test('applied changes are seen by the members who may see the record; a refusal only by the person it refused', () => {
    const cycle = demoCycle('s-kelmarsh', 'review', partnership);
    for (const person of partnership.people) {
      assert.equal(visibleHistoryEntry(entry(cycle, 'u-amara', 'applied'), cycle, { id: person.id }, partnership), true, person.id);
      assert.equal(visibleHistoryEntry(entry(cycle, 'u-erin', 'refused'), cycle, { id: person.id }, partnership), person.id === 'u-erin', person.id);
    }
    assert.equal(visibleHistoryEntry(entry(cycle, STRANGER, 'refused'), cycle, { id: STRANGER }, partnership), false, 'not even their own, from outside');
    assert.equal(visibleHistoryEntry(entry(cycle, 'u-amara', 'applied'), cycle, { id: STRANGER }, partnership), false);
  });

  test('the history of a draft schedule is the partnership lead’s; of a record that is not there, nobody’s', () => {
    const draft = draftSchedule();
    for (const person of partnership.people) {
      assert.equal(visibleHistoryEntry(entry(draft, 'u-amara', 'applied'), draft, { id: person.id }, partnership), person.id === 'u-amara', person.id);
      // A refusal by someone who cannot see the draft: not shown even to them.
      assert.equal(visibleHistoryEntry(entry(draft, person.id, 'refused'), draft, { id: person.id }, partnership), person.id === 'u-amara', person.id);
    }
    assert.equal(visibleHistoryEntry(entry(draft, 'u-amara', 'applied'), undefined, { id: 'u-amara' }, partnership), false);
  });
});

describe('field by field: visibleCycle never carries what can() keeps from a person', () => {
  /** Texts of a cycle that only some may read, each with the policy action that decides. */
  function secrets(cycle: Cycle): [PolicyAction, string, string][] {
    // Past the pre-review meeting (a paused cycle: when it was paused; a withdrawn one: both agreed).
    const stage = cycle.stage === 'paused' ? cycle.pausedFrom! : cycle.stage;
    const planAgreed = stage === 'withdrawn' ? Boolean(cycle.preReview.agreedByLeadAt && cycle.preReview.agreedByHostAt) : !['self-review', 'pre-review'].includes(stage);
    const findingsAgreed = Boolean(cycle.review.findingsAgreedAt);
    return [
      ...Object.entries(cycle.selfReview.responses).map(([id, r]) => ['view-self-review', r.evidence, `self-review response ${id}`] as [PolicyAction, string, string]),
      // The proposed focus becomes the agreed focus, which the partnership sees, once the plan is agreed.
      ...(planAgreed ? [] : [['view-self-review', cycle.selfReview.proposedFocus.summary, 'the proposed focus'] as [PolicyAction, string, string]]),
      ...(planAgreed ? [] : [['view-review-detail', cycle.preReview.focusSummary, 'the focus not yet agreed'] as [PolicyAction, string, string]]),
      ...cycle.review.evidence.map((e) => ['view-evidence', e.note, `evidence note ${e.id}`] as [PolicyAction, string, string]),
      ...cycle.preReview.linesOfEnquiry.map((l) => ['view-review-detail', l.question, `line of enquiry ${l.id}`] as [PolicyAction, string, string]),
      ...cycle.preReview.evidencePlan.filter((a) => a.note).map((a) => ['view-review-detail', a.note, `evidence plan note ${a.id}`] as [PolicyAction, string, string]),
      ...cycle.review.findings
        .filter((f) => f.kind === 'area-to-explore' || !findingsAgreed)
        .map((f) => ['view-review-detail', f.text, `finding ${f.id} (${f.kind}${findingsAgreed ? '' : ', not agreed yet'})`] as [PolicyAction, string, string]),
      ...(findingsAgreed ? [] : [['view-review-detail', cycle.review.improvementPriority, 'the priority not yet agreed'] as [PolicyAction, string, string]]),
      ...cycle.workshop.whys.map((w, i) => ['view-review-detail', w, `why ${i + 1}`] as [PolicyAction, string, string]),
      ...cycle.workshop.causes.map((c) => ['view-review-detail', c.text, `cause ${c.id}`] as [PolicyAction, string, string]),
      ['view-review-detail', cycle.workshop.rootCause, 'the root cause'] as [PolicyAction, string, string],
    ].filter(([, text]) => text.trim() !== '');
  }
  // Every demo cycle, and one paused before and one withdrawn after the plan was agreed.
  const cycles = [
    ...demoCycles(partnership),
    transitionOrThrow(demoCycle('s-kelmarsh', 'pre-review', partnership), { type: 'PAUSE', reason: 'Staffing' }, ctx('u-dev')),
    transitionOrThrow(demoCycle('s-millbrook', 'workshop', partnership), { type: 'WITHDRAW' }, ctx('u-jonah')),
  ];
  const people = [...partnership.people.map((p) => p.id), STRANGER];
  /** As the text appears inside JSON. */
  const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

  for (const cycle of cycles) {
    test(`${cycle.id} (${cycle.stage}): for every person, nothing they may not view is in the JSON, and what they may view is`, () => {
      const all = secrets(cycle);
      assert.ok(all.some(([action]) => action === 'view-self-review'), 'the cycle holds self-review answers');
      let hidden = 0;
      for (const who of people) {
        const json = JSON.stringify(visibleCycle(cycle, { id: who }, partnership));
        for (const [action, text, what] of all) {
          const allowed = can({ id: who }, action, cycle, partnership).allowed;
          if (allowed) assert.ok(json.includes(inJson(text)), `${who} may view ${what}`);
          else {
            hidden++;
            assert.ok(!json.includes(inJson(text)), `${who} may not view ${what} (${action}), yet it is in the JSON: “${text.slice(0, 50)}”`);
          }
        }
        const view = JSON.parse(json) as Cycle;
        if (!can({ id: who }, 'view-review-detail', cycle, partnership).allowed) assert.deepEqual(view.workshop.participants, [], `${who}: workshop participants`);
      }
      assert.ok(hidden > 0, 'someone is kept from something');
    });
  }

  test('the associate and the partnership lead (when not taking part) are kept from every self-review answer, line of enquiry and why', () => {
    // Priya (Westgate's head) leads the partnership in this copy; she takes part only in Westgate's own review.
    const priyaLeads = { ...partnership, people: partnership.people.map((p) => (p.id === 'u-priya' ? { ...p, programmeRoles: [...p.programmeRoles, 'partnership-lead' as const] } : p)) };
    for (const cycle of demoCycles(priyaLeads)) {
      for (const who of ['u-tessa', 'u-priya']) {
        const takesPart = who === 'u-priya' && (cycle.hostSchoolId === 's-westgate' || cycle.review.team.memberIds.includes(who) || cycle.workshop.facilitatorId === who);
        if (takesPart) continue;
        const json = JSON.stringify(visibleCycle(cycle, { id: who }, priyaLeads));
        for (const [action, text, what] of secrets(cycle)) assert.ok(!json.includes(inJson(text)), `${who} sees ${what} (${action}) of ${cycle.id}`);
      }
    }
  });
});
