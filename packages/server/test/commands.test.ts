/**
 * Commands over HTTP, on PGlite and on a real PostgreSQL: core's rules decide on the latest state,
 * the person comes from the token, retries apply once, concurrent evidence is never lost.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { planSchedule } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import { drivers, newCommandId, startTestServer, type TestServer } from './support/harness';

for (const driver of drivers()) {
  describe(`commands on ${driver.name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(await driver.open());
    });
    after(async () => {
      await server?.close();
      await driver.dispose();
    });

    test('a change is run by core for the signed-in person; an actor named in the body is ignored', async () => {
      const erin = await server.as('u-erin'); // senior leader at Kelmarsh, may not pause a review
      const res = await erin.command('cycles', 'c-kelmarsh', { type: 'PAUSE', reason: 'test' }, { actor: { id: 'u-amara' }, actorId: 'u-amara' });
      assert.equal(res.status, 409);
      assert.equal(res.body.code, 'not-allowed');
      assert.equal(res.body.rule, 'partnership-lead-only');
      assert.match(res.body.message, /partnership lead or the host headteacher/);
      const after = await erin.get('/cycles/c-kelmarsh');
      assert.equal(after.body.document.stage, 'pre-review', 'nothing changed');
      assert.equal(after.body.revision, 1);
    });

    test('a retried command is applied once and answered the same', async () => {
      const dev = await server.as('u-dev');
      const body = { commandId: newCommandId(), event: { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'Reading at home, retried' } };
      const first = await dev.post('/cycles/c-kelmarsh/events', body);
      const second = await dev.post('/cycles/c-kelmarsh/events', body);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(second.status, 200);
      assert.equal(second.body.revision, first.body.revision);
      assert.equal(second.body.seq, first.body.seq);
      assert.equal(second.body.replayed, true);
      const history = await dev.get('/cycles/c-kelmarsh/history');
      assert.equal(history.body.entries.filter((e: { seq: number }) => e.seq === first.body.seq).length, 1);
      const stored = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM spp_commands WHERE command_id = $1', [body.commandId]);
      assert.equal(stored[0]!.n, 1);
    });

    test('a refused command is recorded with its refusal: a retry gets the same answer, the queue behind it goes on', async () => {
      const erin = await server.as('u-erin');
      const body = { commandId: newCommandId(), deviceId: 'laptop-1', seq: 1, event: { type: 'WITHDRAW' } };
      const first = await erin.post('/cycles/c-kelmarsh/events', body);
      const again = await erin.post('/cycles/c-kelmarsh/events', body);
      assert.equal(first.status, 409);
      assert.deepEqual({ ...again.body, replayed: false }, { ...first.body, replayed: false });
      assert.equal(again.body.replayed, true);
      const next = await erin.post('/cycles/c-kelmarsh/events', { commandId: newCommandId(), deviceId: 'laptop-1', seq: 2, event: { type: 'RECORD_RESPONSE', questionId: 'sr-self-knowledge', evidence: 'x' } });
      assert.equal(next.status, 409, 'core refuses (wrong stage), but in order');
      assert.equal(next.body.code, 'wrong-stage');
    });

    test("one device's commands apply in order: a gap or a late one is turned away without being recorded", async () => {
      const dev = await server.as('u-dev');
      const send = (seq: number) => dev.post('/cycles/c-kelmarsh/events', { commandId: newCommandId(), deviceId: 'tablet', seq, event: { type: 'UPDATE_REVIEW_PLAN', focusSummary: `step ${seq}` } });
      assert.equal((await send(1)).status, 200);
      const gap = await send(3);
      assert.equal(gap.status, 409);
      assert.equal(gap.body.code, 'out-of-order');
      assert.equal(gap.body.expectedSeq, 2);
      assert.equal((await send(2)).status, 200);
      const late = await send(2);
      assert.equal(late.body.code, 'out-of-order');
      const plan = await dev.get('/cycles/c-kelmarsh');
      assert.equal(plan.body.document.preReview.focusSummary, 'step 2');
    });

    test('two reviewers adding evidence at the same moment both succeed', async () => {
      const amara = await server.as('u-amara');
      const harun = await server.as('u-harun');
      const oakfield = await amara.get('/cycles/c-oakfield');
      assert.equal(oakfield.body.document.stage, 'review');
      const team: string[] = oakfield.body.document.review.team.memberIds;
      const clients = await Promise.all(team.map((id) => server.as(id)));
      const before = oakfield.body.document.review.evidence.length;
      const results = await Promise.all(
        clients.flatMap((c, i) => Array.from({ length: 5 }, (_, j) => c.command('cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: `ev-${driver.name}-${i}-${j}`, note: `Seen in class ${i}.${j}` } }))),
      );
      assert.deepEqual(results.map((r) => r.status), results.map(() => 200), JSON.stringify(results.find((r) => r.status !== 200)?.body));
      const now = await (team.includes('u-amara') ? amara : harun).get('/cycles/c-oakfield');
      assert.equal(now.body.document.review.evidence.length, before + team.length * 5);
      assert.equal(now.body.revision, 1 + team.length * 5);
    });

    test('records are created by commands with core’s role checks; creating twice is refused', async () => {
      const amara = await server.as('u-amara'); // partnership lead
      const dev = await server.as('u-dev'); // head of Kelmarsh
      const id = `c-new-${driver.name}`;
      const refused = await dev.command('cycles', id, { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' }, { partnershipId: 'p-riverside' });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.rule, 'partnership-lead-only');
      const made = await amara.command('cycles', id, { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' }, { partnershipId: 'p-riverside' });
      assert.equal(made.status, 200, JSON.stringify(made.body));
      assert.equal(made.body.record.document.stage, 'self-review');
      assert.equal(made.body.revision, 1);
      const twice = await amara.command('cycles', id, { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' }, { partnershipId: 'p-riverside' });
      assert.equal(twice.body.code, 'record-exists');
      const noPartnership = await amara.command('cycles', `${id}-x`, { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' });
      assert.equal(noPartnership.status, 404);
    });

    test('publishing a schedule makes its cycles in the same transaction', async () => {
      const amara = await server.as('u-amara');
      const id = `schedule-${driver.name}`;
      assert.equal((await amara.command('schedules', id, { type: 'CREATE_SCHEDULE' }, { partnershipId: 'p-riverside' })).status, 200);
      const window = { term: 'Summer term', from: '2027-04-19', to: '2027-07-16' };
      const reviews = [
        { id: 'r1', hostSchoolId: 's-ashby', leadReviewerId: 'u-grace', memberIds: ['u-grace', 'u-erin'], facilitatorId: 'u-isla', window },
        { id: 'r2', hostSchoolId: 's-kelmarsh', leadReviewerId: 'u-jonah', memberIds: ['u-jonah', 'u-quentin'], facilitatorId: 'u-rosa', window },
      ];
      // A plan that leaves schools unreviewed breaks the schedule's rules: refused, nothing made.
      assert.equal((await amara.command('schedules', id, { type: 'SET_REVIEWS', reviews })).status, 200);
      const broken = await amara.command('schedules', id, { type: 'PUBLISH_SCHEDULE' });
      assert.equal(broken.status, 409);
      assert.equal(broken.body.code, 'guard-failed');
      assert.match(broken.body.message, /Oakfield Academy has no review/);
      const none = await amara.get('/partnerships/p-riverside/cycles');
      assert.ok(!none.body.records.some((r: { id: string }) => r.id.startsWith(`${id}.`)));
      // Core's planner makes a valid year; publishing it makes one cycle per review.
      const plan = planSchedule(demoPartnership());
      assert.ok(plan.ok);
      assert.equal((await amara.command('schedules', id, { type: 'SET_REVIEWS', reviews: plan.schedule.reviews })).status, 200);
      const dev = await server.as('u-dev');
      assert.equal((await dev.get(`/schedules/${id}`)).status, 403, 'a draft schedule stays with the partnership lead');
      const notLead = await dev.command('schedules', id, { type: 'PUBLISH_SCHEDULE' });
      assert.equal(notLead.body.rule, 'partnership-lead-only');
      const published = await amara.command('schedules', id, { type: 'PUBLISH_SCHEDULE' });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.deepEqual(published.body.created.map((c: { id: string }) => c.id), plan.schedule.reviews.map((r) => `${id}.${r.id}`));
      const first = plan.schedule.reviews[0]!;
      const cycle = await amara.get(`/cycles/${id}.${first.id}`);
      assert.equal(cycle.body.document.review.team.leadReviewerId, first.leadReviewerId);
      assert.equal((await dev.get(`/schedules/${id}`)).status, 200, 'published: shared with the partnership');
      const again = await amara.command('schedules', id, { type: 'PUBLISH_SCHEDULE' });
      assert.equal(again.body.code, 'wrong-stage');
    });
  });
}
