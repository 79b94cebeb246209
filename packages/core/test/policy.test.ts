import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnership } from '../src/demo';
import {
  POLICY_ACTIONS,
  Partnership,
  can,
  createCycle,
  eligibleFacilitators,
  eligibleReviewers,
  facilitatorViolations,
  reviewTeamViolations,
  type PolicyAction,
} from '../src/index';

const partnership = demoPartnership();
const cycle = createCycle({
  id: 'c1',
  partnership,
  hostSchoolId: 's-kelmarsh',
  team: { leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun'] },
  facilitatorId: 'u-isla',
});

// Who may do what for Kelmarsh Road's cycle. Anyone not listed is refused.
const ALLOWED: Record<PolicyAction, string[]> = {
  'view-cycle': ['u-dev', 'u-erin', 'u-femi', 'u-amara', 'u-harun', 'u-isla', 'u-tessa', 'u-sam', 'u-jonah'],
  // The school's own people, its review team and its facilitator: not the associate. (Amara, the
  // partnership lead, is here as the lead reviewer, not as the partnership lead.)
  'view-self-review': ['u-dev', 'u-erin', 'u-femi', 'u-amara', 'u-harun', 'u-isla'],
  'view-evidence': ['u-dev', 'u-amara', 'u-harun'],
  'view-review-detail': ['u-dev', 'u-erin', 'u-femi', 'u-amara', 'u-harun', 'u-isla'],
  'edit-self-review': ['u-dev', 'u-erin'],
  'submit-self-review': ['u-dev'],
  'set-review-team': ['u-dev', 'u-amara'],
  'plan-review': ['u-dev', 'u-amara'],
  'agree-review-plan': ['u-dev', 'u-amara'],
  'record-evidence': ['u-amara', 'u-harun'],
  'draft-findings': ['u-amara', 'u-harun'],
  'agree-findings': ['u-dev'],
  'plan-workshop': ['u-dev', 'u-amara', 'u-isla'],
  'run-workshop': ['u-isla'],
  'edit-action-plan': ['u-dev', 'u-erin', 'u-isla'],
  'publish-action-plan': ['u-dev'],
  'record-check-in': ['u-amara', 'u-isla'],
  'pause-cycle': ['u-dev', 'u-amara'],
  'withdraw-cycle': ['u-dev', 'u-amara'],
  'edit-partnership': ['u-amara'],
  'plan-schedule': ['u-amara'],
  'edit-reflection': ['u-dev', 'u-amara', 'u-jonah'],
  // Opening a cycle for a school: the lead, or that school's head (asked without a school here: the lead only).
  'create-cycle': ['u-amara'],
  'edit-framework': ['u-amara'],
  'view-schedule-draft': ['u-amara'],
};
const CAST = ['u-dev', 'u-erin', 'u-femi', 'u-amara', 'u-harun', 'u-isla', 'u-tessa', 'u-sam', 'u-jonah'];

test('every action in the role matrix is allowed exactly for the right people', () => {
  for (const action of POLICY_ACTIONS) {
    const target = action === 'edit-partnership' || action === 'plan-schedule' || action === 'edit-reflection' ? null : cycle;
    for (const id of CAST) {
      const decision = can({ id }, action, target, partnership);
      assert.equal(decision.allowed, ALLOWED[action].includes(id), `${id} ${action}: ${decision.allowed ? 'allowed' : decision.reason}`);
      if (!decision.allowed) assert.ok(decision.reason.length > 10);
    }
  }
});

test('the associate never edits', () => {
  const editing = POLICY_ACTIONS.filter((a) => !a.startsWith('view-'));
  for (const action of editing) {
    const d = can({ id: 'u-tessa' }, action, cycle, partnership);
    assert.equal(d.allowed, false);
    assert.equal(!d.allowed && d.rule, 'associate-reads-only');
  }
});

// Oakfield's review, in which the partnership lead (Amara, head of Ashby Brook) takes no part.
const oakfield = createCycle({
  id: 'c-oakfield',
  partnership,
  hostSchoolId: 's-oakfield',
  team: { leadReviewerId: 'u-dev', memberIds: ['u-dev', 'u-kirsty'] },
  facilitatorId: 'u-leon',
});

test('a school owns its self-review: the partnership lead and the associate do not read it, or the working detail, by their role', () => {
  for (const id of ['u-amara', 'u-tessa']) {
    const selfReview = can({ id }, 'view-self-review', oakfield, partnership);
    assert.deepEqual(selfReview, {
      allowed: false,
      rule: 'review-team-only',
      reason: 'The self-review of Oakfield Academy belongs to the school: it is shared with its review team and facilitator.',
      messageId: 'policy.view-self-review',
      params: { school: 'Oakfield Academy' },
    });
    const detail = can({ id }, 'view-review-detail', oakfield, partnership);
    assert.deepEqual(detail, {
      allowed: false,
      rule: 'review-team-only',
      reason: 'The working detail of the review of Oakfield Academy is shared with those taking part in it; the partnership sees what is agreed and the actions’ progress.',
      messageId: 'policy.view-review-detail',
      params: { school: 'Oakfield Academy' },
    });
    assert.equal(can({ id }, 'view-evidence', oakfield, partnership).allowed, false);
    assert.equal(can({ id }, 'view-cycle', oakfield, partnership).allowed, true, `${id} follows the cycle`);
  }
  // Those taking part still do: the host school's people, the team, the facilitator.
  for (const id of ['u-grace', 'u-harun', 'u-isla', 'u-dev', 'u-kirsty', 'u-leon']) {
    assert.equal(can({ id }, 'view-self-review', oakfield, partnership).allowed, true, id);
    assert.equal(can({ id }, 'view-review-detail', oakfield, partnership).allowed, true, id);
  }
});

test('the partnership lead reads a self-review as anyone taking part does: on the team, or at the host school', () => {
  // On the team (Kelmarsh's lead reviewer) and as the host head (Ashby Brook's own cycle).
  const ashby = createCycle({ id: 'c-ashby', partnership, hostSchoolId: 's-ashby' });
  for (const target of [cycle, ashby]) {
    assert.equal(can({ id: 'u-amara' }, 'view-self-review', target, partnership).allowed, true, target.id);
    assert.equal(can({ id: 'u-amara' }, 'view-review-detail', target, partnership).allowed, true, target.id);
  }
});

test('the associate reads no more than the partnership lead, even when a stored cycle lists her in the team', () => {
  const listed = { ...oakfield, review: { ...oakfield.review, team: { leadReviewerId: 'u-dev', memberIds: ['u-dev', 'u-tessa'] } } };
  for (const target of [cycle, oakfield, listed]) {
    for (const action of POLICY_ACTIONS.filter((a) => a.startsWith('view-'))) {
      if (can({ id: 'u-tessa' }, action, target, partnership).allowed) {
        assert.equal(can({ id: 'u-amara' }, action, target, partnership).allowed, true, `${target.id} ${action}: the associate, not the lead`);
      }
    }
  }
  assert.equal(can({ id: 'u-tessa' }, 'view-self-review', listed, partnership).allowed, false, 'the associate does not review');
});

test('someone outside the partnership is refused everything', () => {
  for (const action of POLICY_ACTIONS) assert.equal(can({ id: 'intruder' }, action, cycle, partnership).allowed, false);
});

test('a review team is 2 to 4 people from other schools, trained, and led by a headteacher', () => {
  const ok = reviewTeamViolations({ leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun'] }, 's-kelmarsh', partnership);
  assert.deepEqual(ok, []);
  const rules = (team: { leadReviewerId?: string; memberIds: string[] }) => reviewTeamViolations(team, 's-kelmarsh', partnership).map((v) => v.rule).sort();
  assert.deepEqual(rules({ leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-dev'] }), ['own-school']);
  assert.deepEqual(rules({ leadReviewerId: 'u-harun', memberIds: ['u-amara', 'u-harun'] }), ['lead-is-headteacher']);
  assert.deepEqual(rules({ leadReviewerId: 'u-amara', memberIds: ['u-amara'] }), ['team-size']);
  assert.deepEqual(rules({ leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-sam'] }), ['reviewer-trained']);
  assert.deepEqual(rules({ leadReviewerId: 'u-grace', memberIds: ['u-amara', 'u-harun'] }), ['lead-in-team']);
  assert.deepEqual(rules({ memberIds: ['u-amara', 'u-harun'] }), ['lead-is-headteacher']);
  assert.deepEqual(rules({ leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-amara', 'u-harun'] }), ['duplicate-member']);
  assert.deepEqual(rules({ leadReviewerId: 'u-amara', memberIds: ['u-amara', 'ghost'] }), ['unknown-person']);
  assert.deepEqual(rules({ leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-tessa'] }), ['associate-reads-only', 'reviewer-trained']);
});

test('team size and the headteacher-lead rule come from partnership configuration', () => {
  const tailored = Partnership.parse({ ...partnership, config: { ...partnership.config, teamSize: { min: 1, max: 2 }, leadMustBeHeadteacher: false } });
  assert.deepEqual(reviewTeamViolations({ leadReviewerId: 'u-harun', memberIds: ['u-harun'] }, 's-kelmarsh', tailored), []);
  assert.equal(reviewTeamViolations({ leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun', 'u-grace'] }, 's-kelmarsh', tailored)[0]?.rule, 'team-size');
});

test('workshop facilitators are trained Improvement Champions from another school', () => {
  assert.deepEqual(facilitatorViolations('u-isla', 's-kelmarsh', partnership), []);
  assert.equal(facilitatorViolations('u-femi', 's-kelmarsh', partnership)[0]?.rule, 'facilitator-other-school');
  assert.equal(facilitatorViolations('u-harun', 's-kelmarsh', partnership)[0]?.rule, 'facilitator-trained');
  const offered = eligibleFacilitators('s-kelmarsh', partnership).map((p) => p.id);
  assert.deepEqual(offered, ['u-chloe', 'u-isla', 'u-leon', 'u-olu', 'u-rosa']);
  assert.ok(!eligibleReviewers('s-kelmarsh', partnership).some((p) => p.schoolId === 's-kelmarsh' || p.jobRole === 'associate'));
});
