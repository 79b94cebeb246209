import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnership } from '../src/demo';
import { applyPartnershipEdit, applyReflectionEdit, applyScheduleEdit, createReflection, planSchedule, validateSchedule } from '../src/index';

const partnership = demoPartnership();
const lead = { id: 'u-amara' };
const head = { id: 'u-dev' };
const associate = { id: 'u-tessa' };
const teacher = { id: 'u-sam' };

test('the partnership lead records goals and agreements; others are refused with the rule', () => {
  const r = applyPartnershipEdit(partnership, { type: 'SET_GOALS', mainConcern: 'Release time for reviewers' }, { actor: lead, partnership });
  assert.ok(r.ok);
  assert.equal(r.doc.goals.mainConcern, 'Release time for reviewers');
  assert.equal(r.doc.goals.mainGoal, partnership.goals.mainGoal, 'other goals are kept');
  assert.equal(partnership.goals.mainConcern, 'Finding the time for reviewers to be out of their own schools.', 'the input is unchanged');
  const m = applyPartnershipEdit(partnership, { type: 'SET_AGREEMENT', agreement: 'mou', documentUrl: 'https://trust.example/mou.pdf' }, { actor: lead, partnership });
  assert.ok(m.ok && m.doc.mou.documentUrl === 'https://trust.example/mou.pdf' && m.doc.mou.agreedOn === '2026-09-17');
  const refused = applyPartnershipEdit(partnership, { type: 'SET_GOALS', mainGoal: 'x' }, { actor: head, partnership });
  assert.ok(!refused.ok && refused.refusal.rule === 'partnership-lead-only');
  const hostile = applyPartnershipEdit(partnership, { type: 'SET_AGREEMENT', agreement: 'mou', documentUrl: 'javascript:alert(1)' }, { actor: lead, partnership });
  assert.ok(!hostile.ok && hostile.refusal.code === 'invalid-event' && /must be a web address starting https/.test(hostile.refusal.reason));
  const cleared = applyPartnershipEdit(m.doc, { type: 'SET_AGREEMENT', agreement: 'mou', documentUrl: null, agreedOn: null }, { actor: lead, partnership });
  assert.ok(cleared.ok && cleared.doc.mou.documentUrl === undefined && cleared.doc.mou.agreedOn === undefined);
});

test('headteachers record a reflection; the associate and teachers cannot', () => {
  const reflection = createReflection({ id: 'r-gs', partnership, workshop: 'getting-started' });
  const r1 = applyReflectionEdit(reflection, { type: 'RECORD_REFLECTION', questionId: 'pr-shared-responsibility', level: 'beginning', evidence: 'Heads meet termly' }, { actor: head, partnership });
  assert.ok(r1.ok);
  assert.deepEqual(r1.doc.responses['pr-shared-responsibility'], { level: 'beginning', evidence: 'Heads meet termly' });
  assert.equal(r1.doc.updatedBy, head.id);
  const r2 = applyReflectionEdit(r1.doc, { type: 'RECORD_REFLECTION', questionId: 'pr-shared-responsibility', evidence: 'Heads meet every half term' }, { actor: lead, partnership });
  assert.ok(r2.ok && r2.doc.responses['pr-shared-responsibility']?.level === 'beginning', 'a partial edit keeps the level');
  const r3 = applyReflectionEdit(r2.doc, { type: 'SAVE_IMPACT', note: { id: 'i1', area: 'attendance-behaviour', note: 'Persistent absence down', evidence: 'Termly data' } }, { actor: head, partnership });
  assert.ok(r3.ok && r3.doc.impact.length === 1);
  const bad = applyReflectionEdit(r3.doc, { type: 'SAVE_IMPACT', note: { id: 'i2', area: 'school-grade', note: 'x' } }, { actor: head, partnership });
  assert.ok(!bad.ok && bad.refusal.code === 'invalid-event');
  for (const actor of [associate, teacher]) {
    const refused = applyReflectionEdit(reflection, { type: 'RECORD_REFLECTION', questionId: 'q', level: 'embedded' }, { actor, partnership });
    assert.ok(!refused.ok && refused.refusal.code === 'not-allowed');
  }
  const missing = applyReflectionEdit(reflection, { type: 'REMOVE_IMPACT', id: 'nope' }, { actor: head, partnership });
  assert.ok(!missing.ok && missing.refusal.code === 'guard-failed');
});

test('hand edits to a schedule are kept and explained; a published schedule no longer changes', () => {
  const plan = planSchedule(partnership);
  assert.ok(plan.ok);
  const review = plan.schedule.reviews[0]!;
  const ownSchoolHead = partnership.people.find((p) => p.schoolId === review.hostSchoolId && p.jobRole === 'headteacher')!;
  const edited = applyScheduleEdit(plan.schedule, { type: 'UPDATE_REVIEW', reviewId: review.id, leadReviewerId: ownSchoolHead.id, memberIds: [ownSchoolHead.id, ...review.memberIds.slice(1)] }, { actor: lead, partnership });
  assert.ok(edited.ok);
  assert.ok(validateSchedule(partnership, edited.doc).some((p) => p.rule === 'own-school' && p.reviewId === review.id));
  const notLead = applyScheduleEdit(plan.schedule, { type: 'MARK_PUBLISHED' }, { actor: head, partnership });
  assert.ok(!notLead.ok && notLead.refusal.rule === 'partnership-lead-only');
  const published = applyScheduleEdit(plan.schedule, { type: 'MARK_PUBLISHED' }, { actor: lead, partnership });
  assert.ok(published.ok && published.doc.publishedAt);
  const late = applyScheduleEdit(published.doc, { type: 'UPDATE_REVIEW', reviewId: review.id, facilitatorId: null }, { actor: lead, partnership });
  assert.ok(!late.ok && late.refusal.code === 'wrong-stage');
});

test('a published schedule cannot be published again', () => {
  const plan = planSchedule(partnership);
  assert.ok(plan.ok);
  const once = applyScheduleEdit(plan.schedule, { type: 'MARK_PUBLISHED' }, { actor: lead, partnership, now: '2026-09-30T10:00:00Z' });
  assert.ok(once.ok);
  const twice = applyScheduleEdit(once.doc, { type: 'MARK_PUBLISHED' }, { actor: lead, partnership });
  assert.ok(!twice.ok && twice.refusal.code === 'wrong-stage');
});
