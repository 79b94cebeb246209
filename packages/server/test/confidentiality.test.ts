/**
 * Confidentiality over HTTP: whatever a person reads (a cycle, the list of cycles, a history, the
 * export, the change feed live or replayed, the answer to a command) is exactly core's view for
 * them, field by field: nothing `visibleCycle()` hides comes back. Then marker strings planted in
 * hidden fields (self-review answers, lines of enquiry, evidence notes, draft findings, the
 * workshop's whys) by the people allowed to write them must never reach anyone `can()` keeps them
 * from, anywhere in the raw text of an answer. Expectations come from core's functions only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { can, visibleDocument, visibleHistoryEntry, type Cycle, type Partnership, type PolicyAction } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import { getPartnership, getRecord, recordHistory } from '../src/records';
import { PARTNERSHIP, openFeed, request, type FeedReader } from './authorisation-matrix';
import { drivers, newCommandId, startTestServer, type TestServer } from './support/harness';

const CYCLES = ['c-ashby', 'c-kelmarsh', 'c-oakfield', 'c-millbrook', 'c-thornhill', 'c-westgate'];
/** Everyone in the demo partnership, and a person in no partnership with a valid token. */
const PEOPLE = demoPartnership().people.map((p) => p.id);
const STRANGER = 'u-stranger';

/** Compares JSON field by field, naming the first field that differs. */
function assertSameJson(actual: unknown, expected: unknown, path: string): void {
  if (expected === null || typeof expected !== 'object') {
    assert.deepEqual(actual, expected, `${path} differs`);
    return;
  }
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} is a list`);
    assert.equal(actual.length, expected.length, `${path} has ${expected.length} items`);
    expected.forEach((item, i) => assertSameJson(actual[i], item, `${path}[${i}]`));
    return;
  }
  assert.ok(actual !== null && typeof actual === 'object' && !Array.isArray(actual), `${path} is an object`);
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${path} has the same fields`);
  for (const key of Object.keys(expected)) assertSameJson((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
}
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface Marker {
  text: string;
  cycleId: string;
  /** The policy action that decides who may read the field it is planted in. */
  action: PolicyAction;
}

for (const driver of drivers()) {
  describe(`confidentiality on ${driver.name}`, () => {
    let server: TestServer;
    let partnership: Partnership;
    const tokens = new Map<string, string>();
    const feeds = new Map<string, FeedReader>();
    const markers: Marker[] = [];
    /** Every command answer each person got (raw text), for the marker check. */
    const answers = new Map<string, string[]>(PEOPLE.map((id) => [id, []]));
    const stored = async (id: string) => (await getRecord(server.db, 'cycle', id))!.doc as Cycle;
    const mayKnow = async (personId: string, marker: Marker) => can({ id: personId }, marker.action, await stored(marker.cycleId), partnership).allowed;

    /** A command by someone allowed to send it; its answer must be their view, and every feed gets theirs. */
    async function plant(personId: string, cycleId: string, event: Record<string, unknown>): Promise<void> {
      const res = await request(server.url, tokens.get(personId)!, 'POST', `/cycles/${cycleId}/events`, { commandId: newCommandId(), event });
      assert.equal(res.status, 200, `${personId}: ${String(event['type'])} on ${cycleId}: ${res.text}`);
      answers.get(personId)!.push(res.text);
      const doc = await stored(cycleId);
      assertSameJson(res.body.record.document, json(visibleDocument(doc, { id: personId }, partnership)), `the answer to ${personId}'s ${String(event['type'])}: document`);
      // Each open feed gets the change, as its person may see it (the record is as stored now:
      // nothing else changes before every feed has had it).
      for (const [id, feed] of feeds) {
        const message = JSON.parse((await feed.waitForSeq(res.body.seq)).data);
        assert.equal(message.changes.length, 1);
        assertSameJson(message.changes[0].document, json(visibleDocument(doc, { id }, partnership)), `${id}'s feed message for ${String(event['type'])} on ${cycleId}: document`);
      }
    }

    before(async () => {
      server = await startTestServer(await driver.open());
      partnership = (await getPartnership(server.db, PARTNERSHIP))!;
      for (const id of [...PEOPLE, STRANGER]) tokens.set(id, await server.signer.token(id));
      for (const id of PEOPLE) {
        const feed = await openFeed(server.url, tokens.get(id)!);
        assert.equal(feed.status, 200);
        await feed.waitFor((e) => e.event === 'ready', 'ready');
        feeds.set(id, feed);
      }
      const unique = (what: string) => `MARK-${what}-${driver.name}-${newCommandId()}`;
      const mark = (what: string, cycleId: string, action: PolicyAction) => {
        const marker = { text: unique(what), cycleId, action };
        markers.push(marker);
        return marker.text;
      };
      // Kelmarsh's review team becomes Grace and Harun: the partnership lead takes no part in it.
      await plant('u-dev', 'c-kelmarsh', { type: 'SET_REVIEW_TEAM', leadReviewerId: 'u-grace', memberIds: ['u-grace', 'u-harun'] });
      const line = mark('line-of-enquiry', 'c-kelmarsh', 'view-review-detail');
      await plant('u-grace', 'c-kelmarsh', {
        type: 'UPDATE_REVIEW_PLAN',
        focusSummary: mark('focus-before-agreement', 'c-kelmarsh', 'view-review-detail'),
        linesOfEnquiry: [{ id: 'loe-mark', question: line }],
        evidencePlan: [{ id: 'pa-mark', activity: 'interview', with: 'staff', lineIds: ['loe-mark'], note: mark('evidence-plan-note', 'c-kelmarsh', 'view-review-detail') }],
      });
      await plant('u-ben', 'c-ashby', { type: 'RECORD_RESPONSE', questionId: 'sr-self-knowledge', level: 'developing', evidence: mark('self-review-evidence', 'c-ashby', 'view-self-review') });
      await plant('u-ben', 'c-ashby', { type: 'PROPOSE_FOCUS', questionIds: [], summary: mark('proposed-focus', 'c-ashby', 'view-self-review') });
      await plant('u-erin', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-mark', note: mark('evidence-note', 'c-oakfield', 'view-evidence') } });
      await plant('u-erin', 'c-oakfield', { type: 'SAVE_FINDING', finding: { id: 'f-mark', kind: 'area-to-explore', text: mark('draft-finding', 'c-oakfield', 'view-review-detail'), evidenceIds: ['ev-mark'] } });
      await plant('u-amara', 'c-oakfield', { type: 'SET_IMPROVEMENT_PRIORITY', text: mark('draft-priority', 'c-oakfield', 'view-review-detail') });
      await plant('u-chloe', 'c-millbrook', {
        type: 'UPDATE_WORKSHOP',
        whys: [mark('workshop-why', 'c-millbrook', 'view-review-detail')],
        rootCause: mark('root-cause', 'c-millbrook', 'view-review-detail'),
        causes: [{ id: 'cz-mark', category: 'other', text: mark('cause', 'c-millbrook', 'view-review-detail') }],
        participants: [mark('participant', 'c-millbrook', 'view-review-detail')],
      });
      // Refusals are in every history too: each is shown only to the person refused.
      for (const id of CYCLES) {
        for (const personId of ['u-sam', 'u-tessa']) {
          const res = await request(server.url, tokens.get(personId)!, 'POST', `/cycles/${id}/events`, { commandId: newCommandId(), event: { type: 'PAUSE', reason: 'Not mine to pause' } });
          assert.equal(res.status, 409, res.text);
          answers.get(personId)!.push(res.text);
        }
      }
    });
    after(async () => {
      for (const feed of feeds.values()) feed.close();
      await server?.close();
      await driver.dispose();
    });

    test('the markers are a real test: each is seen by some people and kept from others', async () => {
      for (const marker of markers) {
        const allowed = await Promise.all(PEOPLE.map((id) => mayKnow(id, marker)));
        assert.ok(allowed.some(Boolean), `${marker.text}: someone may see it`);
        assert.ok(allowed.some((a) => !a), `${marker.text}: someone may not`);
        const raw = JSON.stringify(await stored(marker.cycleId));
        assert.ok(raw.includes(marker.text), `${marker.text} is stored`);
      }
      // The lead takes part in neither Kelmarsh's review nor its school: its working detail is not hers by role.
      const kelmarsh = await stored('c-kelmarsh');
      assert.notDeepEqual(visibleDocument(kelmarsh, { id: 'u-amara' }, partnership), kelmarsh, 'core hides something of Kelmarsh from the lead');
    });

    for (const personId of PEOPLE) {
      test(`${personId}: each cycle, the list, the histories and the export are core's view, field by field`, async () => {
        const token = tokens.get(personId)!;
        const actor = { id: personId };
        for (const id of CYCLES) {
          const res = await request(server.url, token, 'GET', `/cycles/${id}`);
          assert.equal(res.status, 200);
          const doc = await stored(id);
          assertSameJson(res.body, json({ kind: 'cycle', id, revision: doc.revision, updatedAt: doc.updatedAt, document: visibleDocument(doc, actor, partnership) }), `GET /cycles/${id}`);

          const history = await request(server.url, token, 'GET', `/cycles/${id}/history`);
          assert.equal(history.status, 200);
          const expected = (await recordHistory(server.db, PARTNERSHIP, 'cycle', id))
            .map(({ touched: _touched, cursor: _cursor, ...entry }) => entry)
            .filter((entry) => visibleHistoryEntry(entry, doc, actor, partnership));
          assertSameJson(history.body, json({ entries: expected }), `GET /cycles/${id}/history`);
          const refusedOf = new Set(history.body.entries.filter((e: { status: string }) => e.status === 'refused').map((e: { actorId: string }) => e.actorId));
          assert.deepEqual([...refusedOf], ['u-sam', 'u-tessa'].includes(personId) ? [personId] : [], `GET /cycles/${id}/history: only their own refusals`);
          for (const entry of history.body.entries) {
            for (const key of Object.keys(entry)) assert.ok(['seq', 'kind', 'id', 'actorId', 'at', 'type', 'status', 'revision', 'reason'].includes(key), `a history entry carries no content (${key})`);
          }
        }
        const list = await request(server.url, token, 'GET', `/partnerships/${PARTNERSHIP}/cycles`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.unreadable, []);
        assert.deepEqual(list.body.records.map((r: { id: string }) => r.id), CYCLES.slice().sort());
        for (const record of list.body.records) {
          const doc = await stored(record.id);
          assertSameJson(record.document, json(visibleDocument(doc, actor, partnership)), `the list: ${record.id}`);
        }
        const exported = await request(server.url, token, 'GET', `/partnerships/${PARTNERSHIP}/me/export`);
        assert.equal(exported.status, 200);
        for (const record of exported.body.recordsThatNameYou) {
          if (record.kind !== 'cycle') continue;
          assertSameJson(record.document, json(visibleDocument(await stored(record.id), actor, partnership)), `the export: ${record.id}`);
        }
      });
    }

    test('every command answer is the sender’s view; refusals carry nothing of the record', async () => {
      const applied = new Set<string>();
      for (const personId of PEOPLE) {
        const token = tokens.get(personId)!;
        for (const id of CYCLES) {
          const res = await request(server.url, token, 'POST', `/cycles/${id}/events`, { commandId: newCommandId(), event: { type: 'PAUSE', reason: 'Confidentiality check' } });
          answers.get(personId)!.push(res.text);
          if (res.status !== 200) {
            assert.equal(res.status, 409, res.text);
            assert.equal(res.body.record, undefined);
            continue;
          }
          applied.add(`${personId}:${id}`);
          assertSameJson(res.body.record.document, json(visibleDocument(await stored(id), { id: personId }, partnership)), `the answer to ${personId}'s PAUSE of ${id}`);
          const resumed = await request(server.url, token, 'POST', `/cycles/${id}/events`, { commandId: newCommandId(), event: { type: 'RESUME' } });
          assert.equal(resumed.status, 200, resumed.text);
          answers.get(personId)!.push(resumed.text);
          assertSameJson(resumed.body.record.document, json(visibleDocument(await stored(id), { id: personId }, partnership)), `the answer to ${personId}'s RESUME of ${id}`);
        }
      }
      // The lead paused every active cycle (Kelmarsh's too, where she takes no part), each host head their own.
      assert.ok(applied.has('u-amara:c-kelmarsh'), 'the lead’s answer for a review she takes no part in was checked');
      assert.equal(applied.size, 5 + 4, [...applied].join(', '));
    });

    test('a feed replayed from the start (Last-Event-ID) sends each person their view of every change', async () => {
      const last = (await server.db.query<{ seq: number }>("SELECT max(seq) AS seq FROM spp_commands WHERE partnership_id = $1 AND status = 'applied'", [PARTNERSHIP]))[0]!.seq;
      for (const personId of PEOPLE) {
        const feed = await openFeed(server.url, tokens.get(personId)!, { lastEventId: '0.0' });
        assert.equal(feed.status, 200);
        await feed.waitForSeq(last);
        feed.close();
        const changes = feed.changes();
        assert.ok(changes.length >= 8, `${personId}: every change replayed (${changes.length})`);
        for (const message of changes) {
          for (const change of message.changes) {
            // Replayed with the record as it is now.
            assertSameJson(change.document, json(visibleDocument(await stored(change.id), { id: personId }, partnership)), `${personId}'s replayed ${message.type} (${message.seq})`);
          }
        }
        feeds.set(`${personId} (replayed)`, feed);
      }
    });

    test('no marker reaches, in any raw answer, anyone core keeps it from; each reaches those it may', async () => {
      for (const personId of PEOPLE) {
        const token = tokens.get(personId)!;
        const texts: Array<[string, string]> = [];
        for (const id of CYCLES) {
          texts.push([`GET /cycles/${id}`, (await request(server.url, token, 'GET', `/cycles/${id}`)).text]);
          texts.push([`GET /cycles/${id}/history`, (await request(server.url, token, 'GET', `/cycles/${id}/history`)).text]);
        }
        texts.push(['the list', (await request(server.url, token, 'GET', `/partnerships/${PARTNERSHIP}/cycles`)).text]);
        texts.push(['the export', (await request(server.url, token, 'GET', `/partnerships/${PARTNERSHIP}/me/export`)).text]);
        texts.push(['the live feed', feeds.get(personId)!.raw()]);
        texts.push(['the replayed feed', feeds.get(`${personId} (replayed)`)?.raw() ?? '']);
        for (const [i, text] of answers.get(personId)!.entries()) texts.push([`command answer ${i + 1}`, text]);
        for (const marker of markers) {
          if (await mayKnow(personId, marker)) {
            assert.ok(texts.find(([what]) => what === `GET /cycles/${marker.cycleId}`)![1].includes(marker.text), `${personId} may see ${marker.text}, and does`);
            continue;
          }
          for (const [what, text] of texts) assert.ok(!text.includes(marker.text), `${personId} may not see ${marker.text} (${marker.action}), but ${what} holds it`);
        }
      }
    });

    test('a stranger with a valid token gets nothing: every read and the feed are refused, with no marker', async () => {
      const token = tokens.get(STRANGER)!;
      const texts: string[] = [];
      for (const id of CYCLES) {
        for (const path of [`/cycles/${id}`, `/cycles/${id}/history`]) {
          const res = await request(server.url, token, 'GET', path);
          assert.equal(res.status, 403, path);
          texts.push(res.text);
        }
        const command = await request(server.url, token, 'POST', `/cycles/${id}/events`, { commandId: newCommandId(), event: { type: 'PAUSE' } });
        assert.equal(command.status, 403);
        texts.push(command.text);
      }
      for (const path of [`/partnerships/${PARTNERSHIP}/cycles`, `/partnerships/${PARTNERSHIP}/me/export`]) {
        const res = await request(server.url, token, 'GET', path);
        assert.equal(res.status, 403, path);
        texts.push(res.text);
      }
      const feed = await openFeed(server.url, token, { lastEventId: '0.0' });
      assert.equal(feed.status, 403);
      texts.push(feed.raw());
      for (const marker of markers) for (const text of texts) assert.ok(!text.includes(marker.text), `the stranger got ${marker.text}`);
    });
  });
}
