import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoCycles, demoPartnership } from '../src/demo';
import { Reflection, compareReflections, cyclesCsv, parseDocument, planSchedule, publishSchedule, strengthsDirectory } from '../src/index';

const partnership = demoPartnership();

test('publishing a valid schedule creates one cycle per review with its team, facilitator and window', () => {
  const plan = planSchedule(partnership);
  assert.ok(plan.ok);
  const result = publishSchedule(plan.schedule, partnership, { id: 'u-amara' });
  assert.ok(result.ok);
  assert.equal(result.cycles.length, 6);
  const first = result.cycles[0]!;
  const review = plan.schedule.reviews[0]!;
  assert.equal(first.stage, 'self-review');
  assert.equal(first.hostSchoolId, review.hostSchoolId);
  assert.deepEqual(first.review.team.memberIds, review.memberIds);
  assert.equal(first.workshop.facilitatorId, review.facilitatorId);
  assert.deepEqual(first.window, review.window);
  // The published team is valid for the machine: the lead reviewer can plan the review.
  const again = publishSchedule(plan.schedule, partnership, { id: 'u-amara' }, result.cycles);
  assert.ok(again.ok && again.cycles.length === 0, 'publishing twice creates nothing twice');
});

test('publishing is refused for anyone but the partnership lead, and for a schedule that breaks a rule', () => {
  const plan = planSchedule(partnership);
  assert.ok(plan.ok);
  const notLead = publishSchedule(plan.schedule, partnership, { id: 'u-dev' });
  assert.ok(!notLead.ok && /partnership lead/.test(notLead.reason));
  const broken = structuredClone(plan.schedule);
  const review = broken.reviews[0]!;
  const hostPerson = partnership.people.find((p) => p.schoolId === review.hostSchoolId && p.jobRole === 'senior-leader')!;
  review.memberIds = [review.leadReviewerId, hostPerson.id];
  const refused = publishSchedule(broken, partnership, { id: 'u-amara' });
  assert.ok(!refused.ok);
  assert.ok(refused.problems.some((p) => p.rule === 'own-school'));
});

const reflection = (id: string, workshop: 'getting-started' | 'tracking-progress', levels: Record<string, string | null>) =>
  parseDocument(
    {
      schemaVersion: 1,
      kind: 'reflection',
      id,
      partnershipId: partnership.id,
      academicYear: '2026-27',
      workshop,
      responses: Object.fromEntries(Object.entries(levels).map(([q, level]) => [q, { level, evidence: '' }])),
    },
    'reflection',
  ) as Reflection;

test('later reflections are compared with the baseline question by question', () => {
  const baseline = reflection('r1', 'getting-started', { a: 'not-yet', b: 'developing', c: null });
  const later = reflection('r2', 'tracking-progress', { a: 'developing', b: 'beginning', c: 'embedded' });
  assert.deepEqual(compareReflections(baseline, later, ['a', 'b', 'c', 'd']), [
    { questionId: 'a', baseline: 'not-yet', latest: 'developing', change: 2 },
    { questionId: 'b', baseline: 'developing', latest: 'beginning', change: -1 },
    { questionId: 'c', baseline: null, latest: 'embedded', change: null },
    { questionId: 'd', baseline: null, latest: null, change: null },
  ]);
});

test('agreed strengths become offers in the strengths directory; draft findings do not', () => {
  const cycles = demoCycles(partnership);
  const offers = strengthsDirectory(cycles, partnership);
  const agreed = cycles.filter((c) => c.review.findingsAgreedAt);
  assert.ok(offers.length > 0);
  assert.ok(offers.every((o) => agreed.some((c) => c.id === o.cycleId)));
  const inReview = cycles.find((c) => c.stage === 'review')!;
  assert.ok(inReview.review.findings.some((f) => f.kind === 'strength'), 'the demo has a draft strength');
  assert.ok(!offers.some((o) => o.cycleId === inReview.id));
  assert.ok(offers.every((o) => o.schoolName && o.text));
});

test('the tracker CSV has a row per cycle, quotes text and never lets a cell run as a formula', () => {
  const cycles = demoCycles(partnership);
  const hostile = structuredClone(cycles.find((c) => c.stage === 'workshop')!);
  hostile.review.improvementPriority = '=HYPERLINK("http://evil","click"), then "quotes"';
  const csv = cyclesCsv([...cycles, hostile], partnership, '2027-03-01');
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length, cycles.length + 2);
  assert.match(lines[0]!, /^School,Stage,Next step due,Overdue/);
  assert.ok(lines.at(-1)!.includes(`"'=HYPERLINK(""http://evil"",""click""), then ""quotes"""`));
  assert.ok(lines.some((l) => l.startsWith('Thornhill Special School,check-in,2027-02-02,yes')), 'the overdue check-in is flagged');
});

test('a schedule whose ids cannot make cycle ids is refused, not thrown', () => {
  const plan = planSchedule(partnership, { scheduleId: 's'.repeat(118) });
  assert.ok(plan.ok);
  const result = publishSchedule(plan.schedule, partnership, { id: 'u-amara' });
  assert.ok(!result.ok && /too long/.test(result.reason));
});
