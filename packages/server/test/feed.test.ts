/**
 * The live change feed (`GET /api/v1/partnerships/{id}/changes`, Server-Sent Events) on PGlite and
 * PostgreSQL: each person gets each change as core lets them see it (an evidence note reaches the
 * review team, not a teacher), a change to a record not shared with them is not announced, and a
 * feed reopened with Last-Event-ID replays exactly the messages it missed, in order. On PostgreSQL,
 * two server processes' apps on one database: a change made through one reaches feeds open on the
 * other (LISTEN/NOTIFY across connections), and a feed resumes on either.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { visibleDocument, type Partnership, type SppDocument } from '@spp/core';
import { openPostgres } from '../src/db/postgres';
import { getPartnership, getRecord } from '../src/records';
import { PARTNERSHIP, openFeed, request, type FeedReader } from './authorisation-matrix';
import { drivers, newCommandId, startTestServer, type TestServer } from './support/harness';
import { startCluster, type TestCluster } from './support/postgres';

type Change = ReturnType<FeedReader['changes']>[number];

/** Feed ids are `tx.seq`; a later change has a larger (tx, seq). */
const position = (id: string) => {
  const [tx, seq] = id.split('.');
  return [BigInt(tx!), BigInt(seq!)] as const;
};
const isAfter = (a: string, b: string) => {
  const [ta, sa] = position(a);
  const [tb, sb] = position(b);
  return ta > tb || (ta === tb && sa > sb);
};
function assertInOrder(changes: Change[], what: string): void {
  for (let i = 1; i < changes.length; i++) assert.ok(isAfter(changes[i]!.id, changes[i - 1]!.id), `${what}: ${changes[i]!.id} comes after ${changes[i - 1]!.id}`);
  assert.equal(new Set(changes.map((c) => c.id)).size, changes.length, `${what}: no message twice`);
}

/** The person's view of a record as stored now, as JSON. */
async function viewNow(server: TestServer, partnership: Partnership, kind: SppDocument['kind'], id: string, personId: string) {
  const record = await getRecord(server.db, kind, id);
  return JSON.parse(JSON.stringify(visibleDocument(record!.doc, { id: personId }, partnership) ?? null));
}

async function send(server: TestServer, token: string, kinds: string, id: string, event: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const res = await request(server.url, token, 'POST', `/${kinds}/${id}/events`, { commandId: newCommandId(), event, ...extra });
  assert.equal(res.status, 200, `${String(event['type'])} on ${id}: ${res.text.slice(0, 300)}`);
  return res.body as { seq: number; revision: number };
}

for (const driver of drivers()) {
  describe(`change feed on ${driver.name}`, () => {
    let server: TestServer;
    let partnership: Partnership;
    const tokens = new Map<string, string>();
    const feeds: FeedReader[] = [];
    const open = async (personId: string, options: { lastEventId?: string } = {}) => {
      const feed = await openFeed(server.url, tokens.get(personId)!, options);
      assert.equal(feed.status, 200, feed.raw());
      await feed.waitFor((e) => e.event === 'ready', 'ready');
      feeds.push(feed);
      return feed;
    };
    before(async () => {
      server = await startTestServer(await driver.open());
      partnership = (await getPartnership(server.db, PARTNERSHIP))!;
      for (const id of ['u-amara', 'u-erin', 'u-sam', 'u-dev', 'u-maya']) tokens.set(id, await server.signer.token(id));
    });
    after(async () => {
      for (const feed of feeds) feed.close();
      await server?.close();
      await driver.dispose();
    });

    test('two people, two views: an evidence note reaches the review team member, not the teacher', async () => {
      const erin = await open('u-erin'); // on Oakfield's review team
      const sam = await open('u-sam'); // a teacher at Westgate
      const note = `Seen on the feed ${driver.name} ${newCommandId()}`;
      const answer = await send(server, tokens.get('u-amara')!, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-feed-1', note } });
      for (const [personId, feed] of [['u-erin', erin], ['u-sam', sam]] as const) {
        const event = await feed.waitForSeq(answer.seq);
        assert.match(event.id!, /^\d+\.\d+$/, 'the event id is the feed position');
        const message = JSON.parse(event.data) as Change;
        assert.equal(message.id, event.id);
        assert.equal(message.actorId, 'u-amara');
        assert.equal(message.type, 'RECORD_EVIDENCE');
        assert.equal(message.changes.length, 1);
        assert.equal(message.changes[0]!.kind, 'cycle');
        assert.equal(message.changes[0]!.id, 'c-oakfield');
        assert.equal(message.changes[0]!.revision, answer.revision);
        assert.deepEqual(message.changes[0]!.document, await viewNow(server, partnership, 'cycle', 'c-oakfield', personId), `${personId} gets core's view`);
      }
      const erinsNotes = JSON.parse((await erin.waitForSeq(answer.seq)).data).changes[0].document.review.evidence.map((e: { note: string }) => e.note);
      const samsNotes = JSON.parse((await sam.waitForSeq(answer.seq)).data).changes[0].document.review.evidence;
      assert.ok(erinsNotes.includes(note), 'the team member reads the note');
      assert.deepEqual(samsNotes, [], 'the teacher reads no evidence');
      assert.ok(!sam.raw().includes(note), 'the note is nowhere in what the teacher received');
      assert.ok(erin.raw().includes(note));
    });

    test('a change to a record not shared with someone is not announced to them at all', async () => {
      const amara = await open('u-amara');
      const erin = await open('u-erin');
      const draft = await send(server, tokens.get('u-amara')!, 'schedules', `schedule-feed-${driver.name}`, { type: 'CREATE_SCHEDULE' }, { partnershipId: PARTNERSHIP });
      const goals = await send(server, tokens.get('u-amara')!, 'partnerships', PARTNERSHIP, { type: 'SET_GOALS', anythingElse: `Feed ${driver.name}` });
      await amara.waitForSeq(draft.seq);
      await amara.waitForSeq(goals.seq);
      await erin.waitForSeq(goals.seq); // after this, the draft's message would have come first
      assert.ok(!erin.changes().some((c) => c.seq === draft.seq), 'the senior leader hears nothing of the draft schedule');
      assert.ok(!erin.raw().includes(`schedule-feed-${driver.name}`));
      const mine = amara.changes().filter((c) => c.seq === draft.seq || c.seq === goals.seq);
      assert.deepEqual(mine.map((c) => c.type), ['CREATE_SCHEDULE', 'SET_GOALS']);
      assertInOrder(amara.changes(), 'the lead’s feed');
    });

    test('reopened with Last-Event-ID, a feed replays exactly the messages it missed, in order, then carries on live', async () => {
      const control = await open('u-erin'); // open the whole time
      const first = await open('u-erin');
      const amara = tokens.get('u-amara')!;
      const erinToken = tokens.get('u-erin')!;
      const seen = await send(server, amara, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-resume-0', note: 'Before the gap' } });
      const lastSeen = (await first.waitForSeq(seen.seq)).id!;
      first.close();
      // While it is away: changes it may see, and one it may not (a draft schedule's).
      const missed = [
        await send(server, amara, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-resume-1', note: 'In the gap, 1' } }),
        await send(server, amara, 'schedules', `schedule-feed-${driver.name}`, { type: 'SET_REVIEWS', reviews: [] }),
        await send(server, erinToken, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-resume-2', note: 'In the gap, 2' } }),
        await send(server, amara, 'partnerships', PARTNERSHIP, { type: 'SET_GOALS', mainConcern: 'In the gap, 3' }),
        await send(server, amara, 'cycles', 'c-kelmarsh', { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'In the gap, 4' }),
      ];
      await control.waitForSeq(missed.at(-1)!.seq);
      const expected = control.changes().filter((c) => isAfter(c.id, lastSeen));
      assert.deepEqual(expected.map((c) => c.seq), missed.filter((_, i) => i !== 1).map((m) => m.seq), 'the control feed got the four she may see');

      const resumed = await open('u-erin', { lastEventId: lastSeen });
      await resumed.waitForSeq(missed.at(-1)!.seq);
      const replayed = resumed.changes();
      assert.deepEqual(
        replayed.map((c) => [c.id, c.seq, c.actorId, c.type, c.changes.map((x) => `${x.kind}/${x.id}`)]),
        expected.map((c) => [c.id, c.seq, c.actorId, c.type, c.changes.map((x) => `${x.kind}/${x.id}`)]),
        'exactly the missed messages, nothing before, nothing she may not see',
      );
      assertInOrder(replayed, 'the replay');
      // Replayed with the records as they are now, each as she may see it.
      for (const message of replayed) for (const change of message.changes) assert.deepEqual(change.document, await viewNow(server, partnership, change.kind as SppDocument['kind'], change.id, 'u-erin'));
      // Then live: the next change arrives once, after the replay.
      const live = await send(server, amara, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-resume-3', note: 'After the gap' } });
      await resumed.waitForSeq(live.seq);
      await control.waitForSeq(live.seq);
      assert.deepEqual(resumed.changes().map((c) => c.id), [...expected, control.changes().at(-1)!].map((c) => c.id));
      assertInOrder(resumed.changes(), 'the resumed feed');

      // Resumed from the latest id: nothing replayed, the next live change arrives. The query
      // parameter works as the header does (for EventSource polyfills that cannot set headers).
      const latest = resumed.changes().at(-1)!.id;
      const byQuery = await fetch(`${server.url}/api/v1/partnerships/${PARTNERSHIP}/changes?lastEventId=${latest}`, { headers: { Authorization: `Bearer ${erinToken}` } });
      assert.equal(byQuery.status, 200);
      await byQuery.body?.cancel();
      const upToDate = await open('u-erin', { lastEventId: latest });
      const next = await send(server, amara, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-resume-4', note: 'Later still' } });
      await upToDate.waitForSeq(next.seq);
      assert.deepEqual(upToDate.changes().map((c) => c.seq), [next.seq]);
    });

    test('many changes at once, from several people: every feed gets each exactly once, in one order', async () => {
      const watchers = await Promise.all(['u-erin', 'u-sam', 'u-amara'].map((id) => open(id)));
      const erinToken = tokens.get('u-erin')!;
      const amara = tokens.get('u-amara')!;
      const dev = tokens.get('u-dev')!;
      const answers = await Promise.all([
        ...Array.from({ length: 8 }, (_, i) => send(server, i % 2 ? erinToken : amara, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: `ev-burst-${i}`, note: `Burst ${i}` } })),
        ...Array.from({ length: 4 }, (_, i) => send(server, dev, 'reflections', 'reflection-2026-27-tracking-progress', { type: 'RECORD_REFLECTION', questionId: 'pr-follow-up', evidence: `Burst ${i}` })),
        ...Array.from({ length: 4 }, (_, i) => send(server, tokens.get('u-maya')!, 'cycles', 'c-thornhill', { type: 'SAVE_ACTION', action: { id: 'act-1', what: `Burst ${i}` } })),
      ]);
      const seqs = answers.map((a) => a.seq).sort((a, b) => a - b);
      for (const feed of watchers) {
        for (const seq of seqs) await feed.waitForSeq(seq);
        const got = feed.changes().filter((c) => seqs.includes(c.seq));
        assert.deepEqual(got.map((c) => c.seq).sort((a, b) => a - b), seqs, 'each change once');
        assertInOrder(feed.changes(), 'the feed');
      }
      // All three feeds saw the changes in the same order.
      const order = (feed: FeedReader) => feed.changes().filter((c) => seqs.includes(c.seq)).map((c) => c.id);
      assert.deepEqual(order(watchers[1]!), order(watchers[0]!));
      assert.deepEqual(order(watchers[2]!), order(watchers[0]!));
      // The teacher's copies of the evidence changes carry no evidence.
      for (const message of watchers[1]!.changes().filter((c) => c.type === 'RECORD_EVIDENCE')) assert.deepEqual(message.changes[0]!.document.review.evidence, []);
    });

    test('a person outside the partnership, or with no token, gets no feed', async () => {
      const stranger = await openFeed(server.url, await server.signer.token('u-stranger'));
      assert.equal(stranger.status, 403);
      const none = await openFeed(server.url, null);
      assert.equal(none.status, 401);
      assert.equal((await openFeed(server.url, tokens.get('u-erin')!, { partnershipId: 'p-nowhere' })).status, 404);
    });
  });
}

describe('change feed across two servers on one PostgreSQL database', () => {
  let cluster: TestCluster;
  let a: TestServer;
  let b: TestServer;
  let partnership: Partnership;
  const feeds: FeedReader[] = [];
  before(async () => {
    cluster = await startCluster();
    const url = await cluster.database();
    a = await startTestServer(await openPostgres(url, { max: 5 }));
    b = await startTestServer(await openPostgres(url, { max: 5 }), { seed: false });
    partnership = (await getPartnership(a.db, PARTNERSHIP))!;
  });
  after(async () => {
    for (const feed of feeds) feed.close();
    await a?.close();
    await b?.close();
    await cluster?.stop();
  });
  const open = async (server: TestServer, personId: string, lastEventId?: string) => {
    const feed = await openFeed(server.url, await server.signer.token(personId), lastEventId === undefined ? {} : { lastEventId });
    assert.equal(feed.status, 200);
    await feed.waitFor((e) => e.event === 'ready', 'ready');
    feeds.push(feed);
    return feed;
  };

  test('a change made through server A reaches a feed open on server B, as its person may see it, and back', async () => {
    const erinOnB = await open(b, 'u-erin');
    const samOnB = await open(b, 'u-sam');
    const samOnA = await open(a, 'u-sam');
    const note = `Through A ${newCommandId()}`;
    const viaA = await send(a, await a.signer.token('u-amara'), 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-a', note } });
    const erins = JSON.parse((await erinOnB.waitForSeq(viaA.seq)).data) as Change;
    assert.ok(erins.changes[0]!.document.review.evidence.some((e: { note: string }) => e.note === note));
    assert.deepEqual(erins.changes[0]!.document, await viewNow(b, partnership, 'cycle', 'c-oakfield', 'u-erin'));
    const sams = JSON.parse((await samOnB.waitForSeq(viaA.seq)).data) as Change;
    assert.deepEqual(sams.changes[0]!.document.review.evidence, []);
    assert.ok(!samOnB.raw().includes(note));
    // And a change through B reaches a feed on A.
    const viaB = await send(b, await b.signer.token('u-erin'), 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-b', note: 'Through B' } });
    await samOnA.waitForSeq(viaB.seq);
    assert.deepEqual(samOnA.changes().map((c) => c.seq).filter((s) => s >= viaA.seq), [viaA.seq, viaB.seq]);
    // Both servers' feeds give the same ids for the same changes.
    assert.equal(JSON.parse((await samOnA.waitForSeq(viaA.seq)).data).id, erins.id);
  });

  test('a feed dropped on server A resumes on server B from the last id A sent', async () => {
    const onA = await open(a, 'u-erin');
    const amara = await a.signer.token('u-amara');
    const before = await send(a, amara, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-before-drop', note: 'Before' } });
    const lastId = (await onA.waitForSeq(before.seq)).id!;
    onA.close();
    const missed = [
      await send(a, amara, 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-missed-1', note: 'Missed 1' } }),
      await send(b, await b.signer.token('u-dev'), 'cycles', 'c-kelmarsh', { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'Missed 2' }),
    ];
    const onB = await open(b, 'u-erin', lastId);
    await onB.waitForSeq(missed[1]!.seq);
    assert.deepEqual(onB.changes().map((c) => c.seq), missed.map((m) => m.seq));
    assertInOrder(onB.changes(), 'the resumed feed');
  });
});
