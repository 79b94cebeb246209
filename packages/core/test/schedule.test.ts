import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { demoPartnership } from '../src/demo/partnership';
import { eligibleReviewers } from '../src/policy';
import { Partnership, type JobRole, type PartnershipInput } from '../src/schema/partnership';
import type { Schedule } from '../src/schema/schedule';
import { defaultReviewWindows, planSchedule, scheduleStats, validateSchedule, type PlanOptions, type SchedulePlanProblem } from '../src/schedule';

const errorsOf = (problems: SchedulePlanProblem[]) => problems.filter((p) => p.severity === 'error');
const rules = (problems: SchedulePlanProblem[]) => problems.map((p) => p.rule);

function plan(partnership: Partnership, options?: PlanOptions): Schedule {
  const result = planSchedule(partnership, options);
  assert.ok(result.ok, `expected a plan, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.schedule;
}

function problemsOf(partnership: Partnership, options?: PlanOptions): SchedulePlanProblem[] {
  const result = planSchedule(partnership, options);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.problems;
}

const make = (input: Omit<PartnershipInput, 'schemaVersion' | 'kind' | 'phase' | 'academicYear'> & Partial<PartnershipInput>) =>
  Partnership.parse({ schemaVersion: 1, kind: 'partnership', phase: 1, academicYear: '2026-27', ...input });

// ---------------------------------------------------------------------------------------------

test('default windows are the three terms of the academic year', () => {
  assert.deepEqual(defaultReviewWindows('2026-27'), [
    { term: 'Autumn term', season: 'autumn', from: '2026-09-07', to: '2026-12-11' },
    { term: 'Spring term', season: 'spring', from: '2027-01-11', to: '2027-03-26' },
    { term: 'Summer term', season: 'summer', from: '2027-04-19', to: '2027-07-16' },
  ]);
});

test('demo partnership: a valid, fair plan', () => {
  const p = demoPartnership();
  const result = planSchedule(p);
  assert.ok(result.ok);
  assert.deepEqual(result.warnings, []);
  const { schedule } = result;
  assert.deepEqual(validateSchedule(p, schedule), []);

  const byId = new Map(p.people.map((x) => [x.id, x]));
  const hosts = schedule.reviews.map((r) => r.hostSchoolId).sort();
  assert.deepEqual(hosts, p.schools.map((s) => s.id).sort(), 'every school reviewed exactly once');
  for (const r of schedule.reviews) {
    const host = p.schools.find((s) => s.id === r.hostSchoolId)!;
    assert.equal(r.memberIds.length, p.config.teamSize.min);
    assert.equal(r.memberIds[0], r.leadReviewerId);
    assert.equal(byId.get(r.leadReviewerId)?.jobRole, 'headteacher');
    for (const id of r.memberIds) {
      const person = byId.get(id)!;
      assert.notEqual(person.schoolId, r.hostSchoolId, 'no one reviews their own school');
      // Triads review each other.
      assert.equal(p.schools.find((s) => s.id === person.schoolId)?.group, host.group);
    }
    const facilitator = byId.get(r.facilitatorId!)!;
    assert.ok(facilitator.programmeRoles.includes('improvement-champion'));
    assert.notEqual(facilitator.schoolId, r.hostSchoolId);
  }
  // Two reviews per term, and no school reviews the school that reviews it in the same term.
  const perTerm = new Map<string, number>();
  for (const r of schedule.reviews) perTerm.set(r.window.term, (perTerm.get(r.window.term) ?? 0) + 1);
  assert.deepEqual([...perTerm.values()], [2, 2, 2]);
  const schoolOf = (id: string) => byId.get(id)!.schoolId!;
  for (const a of schedule.reviews) {
    for (const b of schedule.reviews) {
      if (a === b || a.window.term !== b.window.term) continue;
      const aReviewsB = a.memberIds.some((id) => schoolOf(id) === b.hostSchoolId);
      const bReviewsA = b.memberIds.some((id) => schoolOf(id) === a.hostSchoolId);
      assert.ok(!(aReviewsB && bReviewsA));
    }
  }

  const stats = scheduleStats(p, schedule);
  assert.ok(stats.maxReviews <= p.config.maxReviewsPerPerson);
  assert.equal(stats.maxReviews, 1, '12 reviewers for 12 places: one each');
  assert.deepEqual(stats.schoolsNotGiving, []);
  for (const s of stats.schools) {
    assert.equal(s.received, 1);
    assert.equal(s.reviewersGiven, s.reviewersReceived, 'each school gives as many places as it receives');
    assert.equal(s.facilitations, 1);
  }
  assert.equal(stats.people.filter((x) => x.leads === 1).length, 6, 'each headteacher leads once');
});

test('demo partnership: options', () => {
  const p = demoPartnership();
  const noFacilitators = plan(p, { withFacilitators: false, teamSize: 3, scheduleId: 'my-plan' });
  assert.equal(noFacilitators.id, 'my-plan');
  assert.ok(noFacilitators.reviews.every((r) => r.facilitatorId === undefined && r.memberIds.length === 3));
  assert.deepEqual(errorsOf(validateSchedule(p, noFacilitators)), []);
  assert.ok(plan(p, { teamSize: 99 }).reviews.every((r) => r.memberIds.length === p.config.teamSize.max), 'team size is clamped');
  const oneWindow = plan(p, { windows: [{ term: 'Spring week', from: '2027-02-01', to: '2027-02-05' }] });
  assert.ok(oneWindow.reviews.every((r) => r.window.term === 'Spring week'));
  // Without sub-groups the plan is still valid, and mixes the triads.
  const mixed = plan(p, { preferSameGroup: false });
  assert.deepEqual(validateSchedule(p, mixed), []);
});

test('infeasible: no trained headteacher from another school', () => {
  const p = demoPartnership();
  for (const person of p.people) if (person.jobRole === 'headteacher' && person.schoolId !== 's-ashby') person.trained = [];
  const problems = problemsOf(p);
  const ashby = problems.find((x) => x.schoolId === 's-ashby');
  assert.deepEqual(ashby, {
    rule: 'lead-is-headteacher',
    severity: 'error',
    schoolId: 's-ashby',
    message: 'No headteacher from another school is trained to lead the review of Ashby Brook Primary.',
    messageId: 'schedule.no-lead',
    params: { school: 'Ashby Brook Primary', headteacher: true, training: true },
  });
  // The other schools can still be led by Ashby's headteacher, so only Ashby is reported.
  assert.deepEqual(problems.map((x) => x.schoolId), ['s-ashby']);
});

test('infeasible: fewer than two schools', () => {
  const one = make({ id: 'p1', name: 'Solo', schools: [{ id: 's1', name: 'Only School', phase: 'primary', size: 'small' }], people: [] });
  assert.deepEqual(rules(problemsOf(one)), ['too-few-schools']);
  assert.match(problemsOf(one)[0]!.message, /only one school/);
  const none = make({ id: 'p0', name: 'Empty', schools: [], people: [] });
  assert.deepEqual(rules(problemsOf(none)), ['too-few-schools']);
});

test('infeasible: no Improvement Champions means no facilitator', () => {
  const p = demoPartnership();
  for (const person of p.people) person.programmeRoles = person.programmeRoles.filter((r) => r !== 'improvement-champion');
  const problems = problemsOf(p);
  assert.deepEqual(new Set(rules(problems)), new Set(['facilitator-trained']));
  assert.deepEqual(problems.map((x) => x.schoolId).sort(), p.schools.map((s) => s.id).sort());
  assert.match(problems[0]!.message, /Improvement Champion from another school .* Ashby Brook Primary/);
  assert.equal(planSchedule(p, { withFacilitators: false }).ok, true, 'planning without facilitators still works');
});

test('infeasible: team larger than the reviewers available', () => {
  const schools = ['North', 'East', 'South'].map((n, i) => ({ id: `s${i}`, name: `${n} Primary`, phase: 'primary' as const, size: 'small' as const }));
  const people = schools.map((s, i) => ({ id: `h${i}`, name: `Head ${i}`, schoolId: s.id, jobRole: 'headteacher' as const, programmeRoles: ['peer-reviewer' as const], trained: ['peer-reviewer' as const] }));
  const p = make({ id: 'tiny', name: 'Tiny', schools, people });
  assert.equal(planSchedule(p, { withFacilitators: false }).ok, true);
  const problems = problemsOf(p, { teamSize: 3, withFacilitators: false });
  assert.deepEqual(rules(problems), ['team-size', 'team-size', 'team-size']);
  assert.equal(problems[0]!.message, 'Only 2 trained reviewers from other schools are available for North Primary; a team needs 3.');
});

test('infeasible: bad windows', () => {
  const p = demoPartnership();
  assert.deepEqual(rules(problemsOf(p, { windows: [] })), ['no-windows']);
  assert.deepEqual(rules(problemsOf(p, { windows: [{ term: 'Backwards', from: '2027-02-05', to: '2027-02-01' }] })), ['window-order']);
});

test('overload is a warning: the plan still reviews every school', () => {
  // Three schools, one trained person each, teams of two: everyone reviews twice.
  const schools = ['A', 'B', 'C'].map((n) => ({ id: `s-${n}`, name: `${n} School`, phase: 'primary' as const, size: 'small' as const }));
  const people = schools.map((s, i) => ({ id: `h${i}`, name: `Head ${i}`, schoolId: s.id, jobRole: 'headteacher' as const, programmeRoles: ['peer-reviewer' as const], trained: ['peer-reviewer' as const] }));
  const p = make({ id: 'p', name: 'P', schools, people, config: { maxReviewsPerPerson: 1 } });
  const result = planSchedule(p, { withFacilitators: false });
  assert.ok(result.ok);
  assert.deepEqual(new Set(rules(result.warnings)), new Set(['max-reviews-per-person']), 'three windows: no overlaps');
  assert.deepEqual(result.warnings, validateSchedule(p, result.schedule));
});

// ---------------------------------------------------------------------------------------------
// Hand-edited schedules

test('validateSchedule catches hand edits, each with its rule', () => {
  const p = demoPartnership();
  const base = plan(p);
  const edit = (f: (s: Schedule) => void) => {
    const copy = structuredClone(base);
    f(copy);
    return validateSchedule(p, copy);
  };
  const reviewOf = (s: Schedule, schoolId: string) => s.reviews.find((r) => r.hostSchoolId === schoolId)!;

  const own = edit((s) => { reviewOf(s, 's-ashby').memberIds[1] = 'u-ben'; });
  assert.deepEqual(rules(own), ['own-school']);
  assert.equal(own[0]!.personId, 'u-ben');
  assert.equal(own[0]!.schoolId, 's-ashby');
  assert.match(own[0]!.message, /^Review of Ashby Brook Primary: Ben Hartley works at Ashby Brook Primary/);

  const lead = edit((s) => { const r = reviewOf(s, 's-ashby'); r.leadReviewerId = r.memberIds[1]!; });
  assert.deepEqual(rules(lead), ['lead-is-headteacher']);

  const facilitator = edit((s) => { reviewOf(s, 's-ashby').facilitatorId = 'u-chloe'; });
  assert.deepEqual(rules(facilitator), ['facilitator-other-school']);
  assert.equal(facilitator[0]!.reviewId, reviewOf(base, 's-ashby').id);

  const missing = edit((s) => { s.reviews = s.reviews.filter((r) => r.hostSchoolId !== 's-westgate'); });
  assert.deepEqual(missing, [
    {
      rule: 'school-not-reviewed',
      severity: 'error',
      schoolId: 's-westgate',
      message: 'Westgate All-Through School has no review in this schedule: every school is reviewed at least once a year.',
      messageId: 'schedule.school-not-reviewed',
      params: { school: 'Westgate All-Through School' },
    },
  ]);

  // Dev Patel on three reviews, two of them in the Autumn term.
  const overload = edit((s) => {
    for (const r of s.reviews.filter((x) => !['s-kelmarsh', reviewOf(s, 's-ashby').hostSchoolId].includes(x.hostSchoolId)).slice(0, 2)) r.memberIds[1] = 'u-dev';
  });
  assert.deepEqual(new Set(rules(overload)), new Set(['max-reviews-per-person', 'person-window-overlap']));
  assert.ok(overload.every((x) => x.severity === 'warning' && x.personId === 'u-dev'));
  assert.match(overload.find((x) => x.rule === 'max-reviews-per-person')!.message, /^Dev Patel is on 3 reviews; the partnership aims for no more than 2 a year\.$/);

  assert.deepEqual(rules(edit((s) => { s.reviews[0]!.window = { term: 'Oops', from: '2027-01-10', to: '2027-01-01' }; })), ['window-order']);
  assert.deepEqual(rules(edit((s) => { s.reviews[0]!.memberIds.pop(); })), ['team-size']);
  assert.deepEqual(rules(edit((s) => { s.reviews[0]!.memberIds.push('u-nobody'); })), ['unknown-person']);
  assert.deepEqual(rules(edit((s) => { s.reviews[0]!.hostSchoolId = 's-nowhere'; })).sort(), ['school-not-reviewed', 'unknown-school']);
  assert.deepEqual(rules(edit((s) => { s.reviews[1]!.id = s.reviews[0]!.id; })), ['duplicate-review']);
  assert.deepEqual(rules(edit((s) => { s.partnershipId = 'p-other'; })), ['wrong-partnership']);
});

// ---------------------------------------------------------------------------------------------
// Properties over random partnerships

const JOB_ROLES: JobRole[] = ['headteacher', 'senior-leader', 'middle-leader', 'teacher', 'associate'];
const arbitraryCase = fc.record({
  groups: fc.array(fc.option(fc.constantFrom('North', 'South', 'East'), { nil: undefined }), { minLength: 2, maxLength: 15 }),
  people: fc.array(
    fc.record({
      school: fc.integer({ min: -1, max: 15 }), // -1: no school; beyond the last school: a school outside the partnership
      jobRole: fc.constantFrom(...JOB_ROLES),
      roles: fc.subarray(['peer-reviewer', 'improvement-champion', 'partnership-lead'] as const),
      trained: fc.subarray(['peer-reviewer', 'improvement-champion'] as const),
    }),
    { maxLength: 60 },
  ),
  min: fc.integer({ min: 1, max: 3 }),
  extra: fc.integer({ min: 0, max: 2 }),
  maxReviews: fc.integer({ min: 1, max: 3 }),
  leadMustBeHeadteacher: fc.boolean(),
  requireTraining: fc.boolean(),
  teamSize: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  windows: fc.integer({ min: 1, max: 3 }),
  withFacilitators: fc.boolean(),
  preferSameGroup: fc.boolean(),
});
type Case = typeof arbitraryCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): { partnership: Partnership; options: PlanOptions } {
  const partnership = make({
    id: 'p-random',
    name: 'Random Partnership',
    schools: c.groups.map((group, i) => ({ id: `s${i}`, name: `School ${i}`, phase: 'primary', size: 'medium', ...(group ? { group } : {}) })),
    people: c.people.map((x, i) => ({
      id: `u${i}`,
      name: `Person ${i}`,
      ...(x.school >= 0 ? { schoolId: `s${x.school}` } : {}),
      jobRole: x.jobRole,
      programmeRoles: x.roles,
      trained: x.trained,
    })),
    config: {
      teamSize: { min: c.min, max: c.min + c.extra },
      maxReviewsPerPerson: c.maxReviews,
      leadMustBeHeadteacher: c.leadMustBeHeadteacher,
      requireTraining: c.requireTraining,
    },
  });
  const options: PlanOptions = {
    windows: defaultReviewWindows('2026-27').slice(0, c.windows),
    withFacilitators: c.withFacilitators,
    preferSameGroup: c.preferSameGroup,
    ...(c.teamSize === undefined ? {} : { teamSize: c.teamSize }),
  };
  return { partnership, options };
}

test('property: a plan always validates; a refusal always explains itself', () => {
  fc.assert(
    fc.property(arbitraryCase, (c) => {
      const { partnership, options } = build(c);
      const result = planSchedule(partnership, options);
      const schoolIds = new Set(partnership.schools.map((s) => s.id));
      if (result.ok) {
        const found = validateSchedule(partnership, result.schedule);
        assert.deepEqual(errorsOf(found), []);
        assert.deepEqual(found, result.warnings, 'the plan reports exactly what validation finds');
        assert.ok(found.every((x) => x.rule === 'max-reviews-per-person' || x.rule === 'person-window-overlap'));
        assert.deepEqual(result.schedule.reviews.map((r) => r.hostSchoolId).sort(), [...schoolIds].sort());
        const { min, max } = partnership.config.teamSize;
        const size = Math.max(min, Math.min(max, options.teamSize ?? min));
        assert.ok(result.schedule.reviews.every((r) => r.memberIds.length === size && (r.facilitatorId !== undefined) === options.withFacilitators));
        // Reciprocity: every school whose people can fill a place on some other school's team gives at least once.
        const stats = scheduleStats(partnership, result.schedule);
        for (const id of stats.schoolsNotGiving) {
          const couldFill = partnership.schools.some((h) =>
            eligibleReviewers(h.id, partnership).some((x) => x.schoolId === id && (size > 1 || !partnership.config.leadMustBeHeadteacher || x.jobRole === 'headteacher')),
          );
          assert.ok(!couldFill, `${id} could review but gives nothing`);
        }
      } else {
        assert.ok(result.problems.length > 0);
        for (const x of result.problems) {
          assert.equal(x.severity, 'error');
          assert.ok(x.message.length > 0);
          assert.ok(x.schoolId === undefined || schoolIds.has(x.schoolId), `unknown school ${x.schoolId}`);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('property: planning is deterministic', () => {
  fc.assert(
    fc.property(arbitraryCase, (c) => {
      const first = build(c);
      const second = build(c);
      assert.deepEqual(planSchedule(first.partnership, first.options), planSchedule(second.partnership, second.options));
    }),
    { numRuns: 100 },
  );
});

// ---------------------------------------------------------------------------------------------

test('scale: 500 schools and 2,000 people plan and validate', () => {
  const schools = Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, name: `School ${i}`, phase: 'primary' as const, size: 'small' as const, group: `Quad ${Math.floor(i / 4)}` }));
  const roles: [JobRole, 'peer-reviewer' | 'improvement-champion' | undefined][] = [
    ['headteacher', 'peer-reviewer'],
    ['senior-leader', 'peer-reviewer'],
    ['middle-leader', 'improvement-champion'],
    ['teacher', undefined],
  ];
  const people = schools.flatMap((s, i) =>
    roles.map(([jobRole, role], j) => ({ id: `u${i}-${j}`, name: `Person ${i}-${j}`, schoolId: s.id, jobRole, programmeRoles: role ? [role] : [], trained: role ? [role] : [] })),
  );
  const p = make({ id: 'p-big', name: 'Big Local System', schools, people });
  for (const teamSize of [2, 3]) {
    const result = planSchedule(p, { teamSize });
    assert.ok(result.ok);
    assert.deepEqual(validateSchedule(p, result.schedule), [], `team of ${teamSize}: valid and fair`);
    const stats = scheduleStats(p, result.schedule);
    assert.equal(result.schedule.reviews.length, 500);
    assert.ok(stats.maxReviews <= p.config.maxReviewsPerPerson);
    assert.deepEqual(stats.schoolsNotGiving, []);
  }
});
