/**
 * Bad input over HTTP, on PGlite and PostgreSQL: malformed JSON, bodies too large, unknown event
 * types, wrong field types, records written by a newer version, SQL metacharacters in every text
 * field. Each gets a clear 4xx as JSON `{ message }` with no stack trace, and the database is left
 * as it was (a refusal by core is logged by design, and nothing else changes). Also the limits
 * around every request: the rate limit, CORS and the security headers.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_FRAMEWORK } from '@spp/core';
import { getRecord } from '../src/records';
import { PARTNERSHIP, assertCleanError, assertNothingWritten, assertOnlyRefusalLogged, request, snapshot, type RawReply } from './authorisation-matrix';
import { drivers, newCommandId, startTestServer, type TestServer } from './support/harness';

const ORIGIN = 'https://riverside.sharepoint.com';

/** SQL metacharacters, placeholders, backslashes, quotes and unicode (no NUL), within a label's 300 characters. */
const HOSTILE = `'; DROP TABLE spp_records; -- $1 $2::text ?; \\ \\\\ \\' \\x00 " '' %s %_ E'\\u0041' $$ $tag$ ); DELETE FROM spp_commands; /* */ Zoë Ærø 日本語 עברית 🙂👩‍🏫 \u202e\u200b\t\n end`;

const TABLES = ['spp_records', 'spp_commands', 'spp_devices', 'spp_partnerships', 'spp_schema'];

for (const driver of drivers()) {
  describe(`bad input on ${driver.name}`, () => {
    let server: TestServer;
    const tokens = new Map<string, string>();
    const token = async (personId: string) => {
      if (!tokens.has(personId)) tokens.set(personId, await server.signer.token(personId));
      return tokens.get(personId)!;
    };
    before(async () => {
      server = await startTestServer(await driver.open(), { allowedOrigins: [ORIGIN] });
    });
    after(async () => {
      await server?.close();
      await driver.dispose();
    });

    /** Sends a raw request; expects `status`, a clean JSON error and nothing written. */
    async function refused(what: string, status: number, send: () => Promise<RawReply>, message?: RegExp): Promise<RawReply> {
      const before = await snapshot(server.db);
      const reply = await send();
      assert.equal(reply.status, status, `${what}: ${reply.text.slice(0, 300)}`);
      assertCleanError(reply, what);
      if (message) assert.match(reply.body.message, message, what);
      assertNothingWritten(before, await snapshot(server.db), what);
      return reply;
    }
    /** Sends a command core must refuse as not valid: only the refusal is logged. */
    async function invalidEvent(what: string, personId: string, path: string, event: unknown): Promise<RawReply> {
      const before = await snapshot(server.db);
      const reply = await request(server.url, await token(personId), 'POST', path, { commandId: newCommandId(), event });
      assert.equal(reply.status, 409, `${what}: ${reply.text.slice(0, 300)}`);
      assert.equal(reply.body.code, 'invalid-event', `${what}: ${reply.body.reason}`);
      assertCleanError(reply, what);
      assertOnlyRefusalLogged(before, await snapshot(server.db), personId, what);
      return reply;
    }
    /** Sends `body` exactly as given, with these headers (and the person's token). */
    const raw = async (method: string, path: string, body: string | undefined, headers: Record<string, string>, personId = 'u-amara'): Promise<RawReply> => {
      const res = await fetch(`${server.url}/api/v1${path}`, { method, headers: { Authorization: `Bearer ${await token(personId)}`, ...headers }, ...(body === undefined ? {} : { body }) });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* kept as text */
      }
      return { status: res.status, headers: res.headers, text, body: parsed };
    };

    test('malformed JSON, or not JSON at all: 400, nothing written', async () => {
      const bodies = ['{"commandId":', '', '{', '{"commandId":"a","event":{"type":"PAUSE"}', "{'commandId':'a'}", '{"commandId":"a",}', 'PAUSE', '\u0000', '{"a":1}{"b":2}'];
      for (const body of bodies) {
        await refused(`the body ${JSON.stringify(body)}`, 400, () => raw('POST', '/cycles/c-kelmarsh/events', body, { 'Content-Type': 'application/json' }), /JSON|expected form/);
      }
      for (const body of ['null', '[]', '"text"', '42', 'true']) {
        await refused(`the JSON ${body}`, 400, () => raw('POST', '/cycles/c-kelmarsh/events', body, { 'Content-Type': 'application/json' }), /expected form/);
      }
      const good = JSON.stringify({ commandId: newCommandId(), event: { type: 'PAUSE' } });
      for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        await refused(`Content-Type ${type}`, 400, () => raw('POST', '/cycles/c-kelmarsh/events', good, type ? { 'Content-Type': type } : {}), /as JSON/);
      }
    });

    test('a 5 MB body, and anything over 1 MB even without a length: 413, nothing written', async () => {
      const big = (size: number) => JSON.stringify({ commandId: newCommandId(), event: { type: 'PAUSE', reason: 'x'.repeat(size) } });
      for (const [what, size] of [['5 MB', 5_000_000], ['1.1 MB', 1_100_000]] as const) {
        const reply = await refused(what, 413, () => raw('POST', '/cycles/c-kelmarsh/events', big(size), { 'Content-Type': 'application/json' }), /too large/);
        // The unread rest of the body would spoil a kept-alive connection: it is closed.
        assert.equal(reply.headers.get('Connection'), 'close', `${what}: Connection: close`);
        assert.equal((await raw('GET', '/cycles/c-kelmarsh', undefined, {})).status, 200, `${what}: the next request is answered`);
      }
      // Streamed in chunks, with no Content-Length (node:http, which reads an answer that comes while it is still sending).
      const chunked = async () => {
        const url = new URL(server.url);
        const bearer = await token('u-amara');
        return new Promise<RawReply>((resolve, reject) => {
          const req = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: '/api/v1/cycles/c-kelmarsh/events', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' } }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, headers: new Headers(res.headers as Record<string, string>), text, body: JSON.parse(text) }));
          });
          req.on('error', (error) => {
            if ((error as NodeJS.ErrnoException).code !== 'EPIPE' && (error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
          });
          req.write('{"commandId":"streamed","event":{"type":"PAUSE","reason":"');
          let sent = 0;
          const pump = () => {
            while (sent < 40) {
              sent++;
              if (!req.write('x'.repeat(64_000))) return void req.once('drain', pump);
            }
            req.end('"}}');
          };
          pump();
        });
      };
      await refused('2 MB streamed', 413, chunked, /too large/);
      // Under the limit but over core's limit for a text: core says which field.
      const long = await invalidEvent('a 900 kB reason', 'u-amara', '/cycles/c-kelmarsh/events', { type: 'PAUSE', reason: 'x'.repeat(900_000) });
      assert.match(long.body.message, /reason/);
    });

    test('unknown event types, for every kind: refused by core as not valid, nothing changed', async () => {
      const targets: Array<[string, string]> = [
        ['u-amara', '/cycles/c-kelmarsh/events'],
        ['u-amara', `/partnerships/${PARTNERSHIP}/events`],
        ['u-amara', '/schedules/schedule-2026-27/events'],
        ['u-amara', '/reflections/reflection-2026-27-tracking-progress/events'],
        ['u-amara', '/frameworks/spp-default/events'],
      ];
      for (const [personId, path] of targets) {
        for (const event of [{ type: 'DROP_EVERYTHING' }, { type: '' }, { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' }, { type: 'hasOwnProperty' }, { type: 42 }, { type: null }, {}, { type: 'pause' }]) {
          await invalidEvent(`${JSON.stringify(event)} on ${path}`, personId, path, event);
        }
      }
      // A kind that does not exist.
      await refused('an unknown kind', 404, () => request(server.url, tokens.get('u-amara')!, 'POST', '/widgets/w-1/events', { commandId: newCommandId(), event: { type: 'PAUSE' } }));
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    });

    test('wrong field types: 400 for the envelope, core’s refusal for the event, naming the field; nothing changed', async () => {
      const amara = await token('u-amara');
      const envelopes: Array<[string, Record<string, unknown>, RegExp]> = [
        ['commandId a number', { commandId: 42, event: { type: 'PAUSE' } }, /commandId/],
        ['commandId empty', { commandId: '', event: { type: 'PAUSE' } }, /commandId/],
        ['commandId with SQL', { commandId: "x'; DROP TABLE spp_commands; --", event: { type: 'PAUSE' } }, /commandId/],
        ['commandId too long', { commandId: 'x'.repeat(200), event: { type: 'PAUSE' } }, /commandId/],
        ['no commandId', { event: { type: 'PAUSE' } }, /commandId/],
        ['deviceId an object', { commandId: newCommandId(), deviceId: {}, seq: 1, event: { type: 'PAUSE' } }, /deviceId/],
        ['seq a string', { commandId: newCommandId(), deviceId: 'd', seq: '1', event: { type: 'PAUSE' } }, /seq/],
        ['seq zero', { commandId: newCommandId(), deviceId: 'd', seq: 0, event: { type: 'PAUSE' } }, /seq/],
        ['seq negative', { commandId: newCommandId(), deviceId: 'd', seq: -1, event: { type: 'PAUSE' } }, /seq/],
        ['seq a fraction', { commandId: newCommandId(), deviceId: 'd', seq: 1.5, event: { type: 'PAUSE' } }, /seq/],
        ['partnershipId a number', { commandId: newCommandId(), partnershipId: 7, event: { type: 'PAUSE' } }, /partnershipId/],
        ['event a string', { commandId: newCommandId(), event: 'PAUSE' }, /event/],
        ['event a list', { commandId: newCommandId(), event: ['PAUSE'] }, /event/],
        ['event null', { commandId: newCommandId(), event: null }, /event/],
        ['no event', { commandId: newCommandId() }, /event/],
      ];
      for (const [what, body, field] of envelopes) {
        await refused(what, 400, () => request(server.url, amara, 'POST', '/cycles/c-kelmarsh/events', body), field);
      }
      // Characters no text holds, and nesting deep enough to overflow a stack.
      const unstorable: Array<[string, string]> = [
        ['a NUL character', JSON.stringify({ commandId: newCommandId(), event: { type: 'SET_GOALS', mainGoal: 'a\u0000b' } })],
        ['a NUL in a key', JSON.stringify({ commandId: newCommandId(), event: { type: 'SET_GOALS', 'main\u0000Goal': 'x' } })],
        ['half an emoji', `{"commandId":"${newCommandId()}","event":{"type":"SET_GOALS","mainGoal":"\\ud83d broken"}}`],
        ['nested 300 000 deep', `{"commandId":"${newCommandId()}","event":{"type":"SET_GOALS","x":${'['.repeat(300_000)}${']'.repeat(300_000)}}}`],
      ];
      for (const [what, body] of unstorable) {
        await refused(what, 400, () => raw('POST', `/partnerships/${PARTNERSHIP}/events`, body, { 'Content-Type': 'application/json' }), /cannot be stored|nested too deeply/);
      }
      // Record ids in the path.
      for (const id of ["c'kelmarsh", 'c kelmarsh', 'c-kelmarsh;DROP', 'x'.repeat(200), '%00', "1' OR '1'='1"]) {
        const path = `/cycles/${encodeURIComponent(id)}`;
        await refused(`the id ${JSON.stringify(id)}`, 400, () => request(server.url, amara, 'GET', path), /record id/);
        await refused(`a command on the id ${JSON.stringify(id)}`, 400, () => request(server.url, amara, 'POST', `${path}/events`, { commandId: newCommandId(), event: { type: 'PAUSE' } }), /record id/);
      }
      // Last-Event-ID that is not one the feed sent.
      for (const id of ['abc', '1', '1.2.3', "1' OR 1=1", '-1.1', '99999999999999999999999.1']) {
        await refused(`Last-Event-ID ${id}`, 400, () => request(server.url, amara, 'GET', `/partnerships/${PARTNERSHIP}/changes`, undefined, { 'Last-Event-ID': id }), /Last-Event-ID/);
      }
      // Fields of the wrong type inside events: core refuses and names the field.
      const events: Array<[string, string, string, Record<string, unknown>, RegExp]> = [
        ['a note that is a number', 'u-erin', '/cycles/c-oakfield/events', { type: 'RECORD_EVIDENCE', item: { id: 'ev-bad', note: 42 } }, /note/],
        ['no item', 'u-erin', '/cycles/c-oakfield/events', { type: 'RECORD_EVIDENCE' }, /item/],
        ['an id with SQL', 'u-erin', '/cycles/c-oakfield/events', { type: 'RECORD_EVIDENCE', item: { id: "ev'; --", note: 'x' } }, /id/],
        ['a grade instead of a practice level', 'u-ben', '/cycles/c-ashby/events', { type: 'RECORD_RESPONSE', questionId: 'sr-self-knowledge', level: 'outstanding' }, /level/],
        ['a date that does not exist', 'u-amara', '/cycles/c-kelmarsh/events', { type: 'SET_REVIEW_DATES', dates: ['2027-02-30'] }, /dates/],
        ['goals that are an object', 'u-amara', `/partnerships/${PARTNERSHIP}/events`, { type: 'SET_GOALS', mainGoal: { text: 'x' } }, /mainGoal/],
        ['a framework that is a string', 'u-amara', '/frameworks/spp-default/events', { type: 'SAVE_FRAMEWORK', pack: 'spp-default' }, /pack/],
        ['reviews that are not a list', 'u-amara', '/schedules/schedule-2026-27/events', { type: 'SET_REVIEWS', reviews: 'all' }, /reviews/],
        ['a level of a reflection that is a number', 'u-amara', '/reflections/reflection-2026-27-tracking-progress/events', { type: 'RECORD_REFLECTION', questionId: 'pr-follow-up', level: 3 }, /level/],
      ];
      for (const [what, personId, path, event, field] of events) {
        const reply = await invalidEvent(what, personId, path, event);
        assert.match(reply.body.message, field, what);
      }
    });

    test('a record written by a newer version: 409 saying so, kept byte for byte; the rest still served', async () => {
      const kelmarsh = JSON.parse((await server.db.query<{ body: string }>("SELECT body FROM spp_records WHERE kind = 'cycle' AND id = 'c-kelmarsh'"))[0]!.body);
      const future = JSON.stringify({ ...kelmarsh, id: 'c-future', schemaVersion: 99, somethingNew: { kept: true } });
      await server.db.query("INSERT INTO spp_records (kind, id, partnership_id, revision, body, updated_at) VALUES ('cycle', 'c-future', $1, 7, $2, '2027-01-01T00:00:00Z')", [PARTNERSHIP, future]);
      await server.db.query("INSERT INTO spp_records (kind, id, partnership_id, revision, body, updated_at) VALUES ('cycle', 'c-garbled', $1, 2, $2, '2027-01-01T00:00:00Z')", [PARTNERSHIP, '{"kind":"cycle", not json']);
      const row = async (id: string) => (await server.db.query<{ row: string }>("SELECT revision || '|' || updated_at::text || '|' || body AS row FROM spp_records WHERE kind = 'cycle' AND id = $1", [id]))[0]!.row;
      const stored = { future: await row('c-future'), garbled: await row('c-garbled') };
      const amara = await token('u-amara');
      for (const id of ['c-future', 'c-garbled']) {
        for (const path of [`/cycles/${id}`, `/cycles/${id}/history`]) {
          const res = await refused(`GET ${path}`, 409, () => request(server.url, amara, 'GET', path), /cannot be read by this version/);
          assert.equal(res.body.code, 'unreadable-record');
        }
        for (const [personId, event] of [
          ['u-amara', { type: 'PAUSE' }],
          ['u-dev', { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'Overwrite?' }],
          ['u-amara', { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' }],
        ] as const) {
          const res = await refused(`${event.type} on ${id}`, 409, async () => request(server.url, await token(personId), 'POST', `/cycles/${id}/events`, { commandId: newCommandId(), event }), /cannot be read by this version/);
          assert.equal(res.body.code, 'unreadable-record');
        }
      }
      assert.equal(await row('c-future'), stored.future, 'the newer record is byte-identical');
      assert.equal(await row('c-garbled'), stored.garbled, 'the garbled record is byte-identical');
      // The list still serves the others, and names the records it cannot read.
      const list = await request(server.url, amara, 'GET', `/partnerships/${PARTNERSHIP}/cycles`);
      assert.equal(list.status, 200);
      assert.deepEqual(list.body.unreadable.map((u: { id: string }) => u.id).sort(), ['c-future', 'c-garbled']);
      assert.ok(list.body.records.some((r: { id: string }) => r.id === 'c-kelmarsh'));
      assert.equal((await request(server.url, amara, 'GET', '/cycles/c-kelmarsh')).status, 200);
      // A partnership written by a newer version: every request in it says so, nothing is changed.
      const partnership = JSON.parse((await server.db.query<{ body: string }>("SELECT body FROM spp_records WHERE kind = 'partnership' AND id = $1", [PARTNERSHIP]))[0]!.body);
      await server.db.query("INSERT INTO spp_records (kind, id, partnership_id, revision, body, updated_at) VALUES ('partnership', 'p-future', 'p-future', 1, $1, now())", [JSON.stringify({ ...partnership, id: 'p-future', schemaVersion: 99 })]);
      await server.db.query("INSERT INTO spp_partnerships (partnership_id) VALUES ('p-future')");
      for (const path of ['/partnerships/p-future/me', '/partnerships/p-future', '/partnerships/p-future/cycles']) {
        await refused(`GET ${path}`, 409, () => request(server.url, amara, 'GET', path), /cannot be read by this version/);
      }
      await refused('SET_GOALS on a newer partnership', 409, () => request(server.url, amara, 'POST', '/partnerships/p-future/events', { commandId: newCommandId(), event: { type: 'SET_GOALS', mainGoal: 'x' } }), /cannot be read/);
      await refused('a cycle made in a newer partnership', 409, () => request(server.url, amara, 'POST', '/cycles/c-new-future/events', { commandId: newCommandId(), partnershipId: 'p-future', event: { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' } }), /cannot be read/);
      await server.db.query("DELETE FROM spp_records WHERE id IN ('c-future', 'c-garbled', 'p-future')");
      await server.db.query("DELETE FROM spp_partnerships WHERE partnership_id = 'p-future'");
    });

    test('SQL metacharacters in every text field are stored verbatim as text; every table is intact', async () => {
      const h = HOSTILE;
      const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n] as const)));
      const before = await counts();
      const pack = structuredClone(DEFAULT_FRAMEWORK);
      pack.name = h;
      pack.areas[0]!.title = h;
      pack.areas[0]!.summary = h;
      pack.areas[0]!.aims[0]!.aim = h;
      pack.areas[0]!.aims[0]!.questions[0]!.text = `How far is this part of our practice? ${h}`;
      pack.areas[0]!.aims[0]!.questions[0]!.prompts = [h];
      type Doc = any;
      const cases: Array<[person: string, kinds: string, id: string, event: Record<string, unknown>, fields: (doc: Doc) => unknown[]]> = [
        ['u-amara', 'partnerships', PARTNERSHIP, { type: 'SET_GOALS', mainGoal: h, getBetterAt: h, mainConcern: h, confidentIn: h, anythingElse: h }, (d) => Object.values(d.goals).filter((v) => v !== d.goals.agreedOn)],
        ['u-amara', 'partnerships', PARTNERSHIP, { type: 'SET_AGREEMENT', agreement: 'mou', note: h }, (d) => [d.mou.note]],
        ['u-amara', 'partnerships', PARTNERSHIP, { type: 'SET_AGREEMENT', agreement: 'dataSharing', note: h }, (d) => [d.dataSharing.note]],
        ['u-ben', 'cycles', 'c-ashby', { type: 'RECORD_RESPONSE', questionId: 'sr-self-knowledge', evidence: h }, (d) => [d.selfReview.responses['sr-self-knowledge'].evidence]],
        ['u-ben', 'cycles', 'c-ashby', { type: 'PROPOSE_FOCUS', questionIds: [], summary: h }, (d) => [d.selfReview.proposedFocus.summary]],
        ['u-amara', 'cycles', 'c-kelmarsh', { type: 'UPDATE_REVIEW_PLAN', focusSummary: h, linesOfEnquiry: [{ id: 'loe-h', question: h }], evidencePlan: [{ id: 'pa-h', activity: 'survey', lineIds: ['loe-h'], note: h }] }, (d) => [d.preReview.focusSummary, d.preReview.linesOfEnquiry[0].question, d.preReview.evidencePlan[0].note]],
        ['u-dev', 'cycles', 'c-kelmarsh', { type: 'PAUSE', reason: h }, (d) => [d.audit.at(-1).note]],
        ['u-dev', 'cycles', 'c-kelmarsh', { type: 'RESUME' }, () => []],
        ['u-erin', 'cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-h', note: h } }, (d) => [d.review.evidence.find((e: Doc) => e.id === 'ev-h').note]],
        ['u-erin', 'cycles', 'c-oakfield', { type: 'SAVE_FINDING', finding: { id: 'f-h', kind: 'strength', text: h, evidenceIds: ['ev-h'] } }, (d) => [d.review.findings.find((f: Doc) => f.id === 'f-h').text]],
        ['u-erin', 'cycles', 'c-oakfield', { type: 'SET_IMPROVEMENT_PRIORITY', text: h }, (d) => [d.review.improvementPriority]],
        ['u-chloe', 'cycles', 'c-millbrook', { type: 'UPDATE_WORKSHOP', participants: [h], whys: [h, h], causes: [{ id: 'cz-h', category: 'other', text: h }], rootCause: h, agenda: [{ id: 'ag-h', title: h, minutes: 10 }] }, (d) => [d.workshop.participants[0], ...d.workshop.whys, d.workshop.causes[0].text, d.workshop.rootCause, d.workshop.agenda[0].title]],
        ['u-chloe', 'cycles', 'c-millbrook', { type: 'SAVE_ACTION', action: { id: 'act-h', what: h, owner: h, successCriteria: h, supportNote: h } }, (d) => { const a = d.actions.find((x: Doc) => x.id === 'act-h'); return [a.what, a.owner, a.successCriteria, a.supportNote]; }],
        ['u-amara', 'cycles', 'c-thornhill', { type: 'RECORD_CHECK_IN', heldOn: '2027-02-10', progress: [{ actionId: 'act-1', status: 'in-progress', note: h }], nextSteps: h, outcome: 'continue' }, (d) => { const c = d.checkIns.find((x: Doc) => x.heldOn === '2027-02-10'); return [c.nextSteps, c.progress[0].note]; }],
        ['u-amara', 'reflections', 'reflection-2026-27-tracking-progress', { type: 'RECORD_REFLECTION', questionId: 'pr-follow-up', evidence: h }, (d) => [d.responses['pr-follow-up'].evidence]],
        ['u-amara', 'reflections', 'reflection-2026-27-tracking-progress', { type: 'SAVE_IMPACT', note: { id: 'impact-h', area: 'leadership', note: h, evidence: h } }, (d) => { const n = d.impact.find((x: Doc) => x.id === 'impact-h'); return [n.note, n.evidence]; }],
        ['u-amara', 'reflections', 'reflection-2026-27-tracking-progress', { type: 'SET_REFLECTION_DETAILS', nextSteps: h }, (d) => [d.nextSteps]],
        ['u-amara', 'schedules', 'schedule-hostile', { type: 'CREATE_SCHEDULE' }, () => []],
        ['u-amara', 'schedules', 'schedule-hostile', { type: 'SET_REVIEWS', reviews: [{ id: 'r-h', hostSchoolId: 's-ashby', leadReviewerId: 'u-grace', memberIds: ['u-grace', 'u-erin'], window: { term: h, from: '2027-01-04', to: '2027-03-31' } }] }, (d) => [d.reviews[0].window.term]],
        ['u-amara', 'frameworks', 'spp-default', { type: 'SAVE_FRAMEWORK', pack }, (d) => [d.name, d.areas[0].title, d.areas[0].summary, d.areas[0].aims[0].aim, d.areas[0].aims[0].questions[0].prompts[0]]],
      ];
      let fields = 0;
      for (const [personId, kinds, id, event, read] of cases) {
        const what = `${String(event['type'])} on ${id}`;
        const res = await request(server.url, await token(personId), 'POST', `/${kinds}/${id}/events`, { commandId: newCommandId(), event, ...(event['type'] === 'CREATE_SCHEDULE' ? { partnershipId: PARTNERSHIP } : {}) });
        assert.equal(res.status, 200, `${what}: ${res.text.slice(0, 400)}`);
        const values = read(res.body.record.document);
        for (const value of values) assert.equal(value, h, `${what}: stored verbatim (answer)`);
        const got = await request(server.url, await token(personId), 'GET', `/${kinds}/${id}`);
        for (const value of read(got.body.document)) assert.equal(value, h, `${what}: stored verbatim (read back)`);
        // In the database itself: the stored JSON text parses back to the same string.
        const kind = { partnerships: 'partnership', cycles: 'cycle', reflections: 'reflection', schedules: 'schedule', frameworks: 'framework' }[kinds]!;
        const [row] = await server.db.query<{ body: string }>('SELECT body FROM spp_records WHERE kind = $1 AND id = $2', [kind, id]);
        for (const value of read(JSON.parse(row!.body))) assert.equal(value, h, `${what}: stored verbatim (database)`);
        const [logged] = await server.db.query<{ event: string }>('SELECT event FROM spp_commands WHERE seq = $1', [res.body.seq]);
        assert.deepEqual(JSON.parse(logged!.event), event, `${what}: the log holds the event as sent`);
        fields += values.length;
      }
      assert.ok(fields > 30, `${fields} text fields checked`);
      for (const table of TABLES) {
        const [found] = await server.db.query<{ name: string | null }>('SELECT to_regclass($1)::text AS name', [table]);
        assert.equal(found!.name, table, `${table} is still there`);
      }
      const now = await counts();
      assert.equal(now['spp_records'], before['spp_records']! + 1, 'one record added (the schedule), none lost');
      assert.equal(now['spp_commands'], before['spp_commands']! + cases.length, 'every command logged, none lost');
      assert.equal(now['spp_schema'], before['spp_schema']);
      // The hostile text, read through core, is the same on every route.
      const cycle = (await getRecord(server.db, 'cycle', 'c-oakfield'))!.doc as any;
      assert.equal(cycle.review.improvementPriority, h);
    });

    test('the rate limit answers 429 with Retry-After; CORS echoes only allowed origins, never *; security headers on every answer', async () => {
      // A second app on the same database, with a small rate limit.
      const limited = await startTestServer({ ...server.db, close: async () => {} }, { seed: false, allowedOrigins: [ORIGIN], rateLimit: { perSecond: 1, burst: 10 } });
      try {
        const sam = await limited.signer.token('u-sam');
        const statuses: number[] = [];
        let last: RawReply | undefined;
        for (let i = 0; i < 14; i++) {
          last = await request(limited.url, sam, 'GET', `/partnerships/${PARTNERSHIP}/me`);
          statuses.push(last.status);
        }
        assert.deepEqual(statuses.slice(0, 10), Array(10).fill(200), statuses.join(','));
        assert.ok(statuses.slice(10).every((s) => s === 429) && statuses.includes(429), statuses.join(','));
        assertCleanError(last!, '429');
        assert.ok(Number(last!.headers.get('Retry-After')) >= 1, 'Retry-After');
        // Another person is not held back by Sam's requests.
        assert.equal((await request(limited.url, await limited.signer.token('u-dev'), 'GET', `/partnerships/${PARTNERSHIP}/me`)).status, 200);
        // Requests that fail to sign in are limited by address.
        const noSignIn: number[] = [];
        for (let i = 0; i < 14; i++) noSignIn.push((await request(limited.url, 'not-a-token', 'GET', `/partnerships/${PARTNERSHIP}/me`)).status);
        assert.ok(noSignIn.slice(0, 10).every((s) => s === 401) && noSignIn.slice(10).every((s) => s === 429), noSignIn.join(','));
        // A command turned away by the limit wrote nothing.
        const before = await snapshot(server.db);
        const held = await request(limited.url, sam, 'POST', '/cycles/c-westgate/events', { commandId: newCommandId(), event: { type: 'PAUSE' } });
        assert.equal(held.status, 429);
        assertNothingWritten(before, await snapshot(server.db), 'a command over the rate limit');
      } finally {
        await limited.close();
      }

      const dev = await token('u-dev');
      const seen: Array<RawReply & { method: string }> = [];
      const call = async (method: string, path: string, headers: Record<string, string>, withToken = true, body?: string) => {
        const res = await fetch(`${server.url}/api/v1${path}`, { method, headers: { ...(withToken ? { Authorization: `Bearer ${dev}` } : {}), ...headers }, ...(body === undefined ? {} : { body }) });
        const reply = { method, status: res.status, headers: res.headers, text: await res.text(), body: undefined };
        seen.push(reply);
        return reply;
      };
      const allowed = await call('GET', `/partnerships/${PARTNERSHIP}/me`, { Origin: ORIGIN });
      assert.equal(allowed.status, 200);
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), ORIGIN);
      assert.equal(allowed.headers.get('Access-Control-Allow-Credentials'), 'true');
      assert.match(allowed.headers.get('Vary') ?? '', /Origin/);
      for (const origin of ['https://evil.example', 'null', `${ORIGIN}.evil.example`, ORIGIN.replace('https', 'http'), `${ORIGIN}/`, ORIGIN.toUpperCase()]) {
        const other = await call('GET', `/partnerships/${PARTNERSHIP}/me`, { Origin: origin });
        assert.equal(other.headers.get('Access-Control-Allow-Origin'), null, `no CORS for ${origin}`);
        assert.equal(other.headers.get('Access-Control-Allow-Credentials'), null, `no credentials for ${origin}`);
        const preflight = await call('OPTIONS', '/cycles/c-kelmarsh/events', { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' }, false);
        assert.equal(preflight.status, 403, `preflight from ${origin}`);
        assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
      }
      const preflight = await call('OPTIONS', '/cycles/c-kelmarsh/events', { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' }, false);
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), ORIGIN);
      assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), 'true');
      assert.match(preflight.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
      assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/i);
      assert.equal((await call('OPTIONS', '/cycles/c-kelmarsh/events', {}, false)).status, 403, 'a preflight with no origin');
      // Security headers on answers of every kind: 200, 400, 401, 403, 404, 409, 413, the feed.
      await call('GET', '/cycles/c-kelmarsh', { Origin: ORIGIN });
      await call('GET', '/cycles/bad id', {});
      await call('GET', '/cycles/c-kelmarsh', {}, false);
      await call('GET', '/schedules/schedule-draft-none', {});
      await call('GET', '/nothing/here/at/all', {});
      await call('POST', '/cycles/c-westgate/events', { 'Content-Type': 'application/json' }, true, JSON.stringify({ commandId: newCommandId(), event: { type: 'PAUSE' } }));
      await call('POST', '/cycles/c-westgate/events', { 'Content-Type': 'application/json' }, true, 'x'.repeat(1_200_000));
      await call('GET', `/partnerships/${PARTNERSHIP}/me`, {}, true).then(() => undefined);
      const feed = await fetch(`${server.url}/api/v1/partnerships/${PARTNERSHIP}/changes`, { headers: { Authorization: `Bearer ${dev}` } });
      seen.push({ method: 'GET', status: feed.status, headers: feed.headers, text: '', body: undefined });
      assert.equal(feed.headers.get('Content-Type'), 'text/event-stream');
      await feed.body?.cancel();
      const statuses = new Set(seen.map((r) => r.status));
      for (const status of [200, 204, 400, 401, 403, 404, 409, 413]) assert.ok(statuses.has(status), `an answer ${status} was checked (${[...statuses]})`);
      for (const reply of seen) {
        const what = `the ${reply.status} answer to ${reply.method}`;
        assert.notEqual(reply.headers.get('Access-Control-Allow-Origin'), '*', what);
        if (reply.method === 'OPTIONS') continue; // a preflight answers before the rest
        assert.equal(reply.headers.get('X-Content-Type-Options'), 'nosniff', what);
        assert.equal(reply.headers.get('X-Frame-Options'), 'DENY', what);
        assert.equal(reply.headers.get('Referrer-Policy'), 'no-referrer', what);
        assert.match(reply.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/, what);
        assert.match(reply.headers.get('Cache-Control') ?? '', /no-store|no-cache/, what);
      }
    });
  });
}
