/**
 * Authorisation over HTTP: every role × every endpoint × every kind of record against the table
 * in authorisation-matrix.ts, on PGlite and PostgreSQL; then forged actors, another partnership's
 * ids and another school's records: all refused, and nothing written.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoPartnership } from '@spp/core/demo';
import { getRecord } from '../src/records';
import {
  COLUMNS,
  COMMANDS,
  EXPECTED,
  MEMBERS,
  OTHER_PARTNERSHIP,
  PARTNERSHIP,
  ROLES,
  TARGETS,
  assertCleanError,
  assertNothingWritten,
  assertOnlyRefusalLogged,
  openFeed,
  prepareMatrixWorld,
  request,
  seedOtherPartnership,
  snapshot,
  type Column,
  type Expected,
  type RawReply,
} from './authorisation-matrix';
import { drivers, newCommandId, startTestServer, testIssuer, type TestServer } from './support/harness';

for (const driver of drivers()) {
  describe(`authorisation on ${driver.name}`, () => {
    let server: TestServer;
    const tokens = new Map<string, string | null>();
    const tokenOf = async (personId: string | null) => {
      if (personId === null) return null;
      if (!tokens.has(personId)) tokens.set(personId, await server.signer.token(personId));
      return tokens.get(personId)!;
    };
    before(async () => {
      server = await startTestServer(await driver.open());
      await seedOtherPartnership(server.db);
      await prepareMatrixWorld(server);
    });
    after(async () => {
      await server?.close();
      await driver.dispose();
    });

    /** Asks one cell of the matrix; throws when the answer, or what was written, is not what the table says. */
    async function ask(personId: string | null, column: Column, expected: Expected): Promise<void> {
      const token = await tokenOf(personId);
      const before = await snapshot(server.db);
      let reply: RawReply;
      let what: string;
      if (column.endpoint === 'changes') {
        what = 'GET /partnerships/p-riverside/changes';
        const feed = await openFeed(server.url, token);
        if (feed.status === 200) {
          assert.match(feed.headers.get('Content-Type') ?? '', /^text\/event-stream/, what);
          await feed.waitFor((e) => e.event === 'ready', 'the ready event');
        }
        feed.close();
        let body: unknown = feed.raw();
        try {
          body = JSON.parse(feed.raw());
        } catch {
          /* a stream */
        }
        reply = { status: feed.status, headers: feed.headers, text: feed.raw(), body };
        if (expected === 'ok') {
          assert.equal(feed.status, 200, `${what}: ${feed.raw().slice(0, 300)}`);
          assertNothingWritten(before, await snapshot(server.db), what);
          return;
        }
      } else if (column.endpoint === 'command') {
        const command = COMMANDS[column.command];
        const id = column.command === 'CREATE_SCHEDULE' ? `schedule-${newCommandId()}` : command.id;
        what = `${column.command} on /${command.kinds}/${id}`;
        reply = await request(server.url, token, 'POST', `/${command.kinds}/${id}/events`, { commandId: newCommandId(), event: command.event(), ...('extra' in command ? command.extra : {}) });
        const after = await snapshot(server.db);
        if (expected === 'ok') {
          assert.equal(reply.status, 200, `${what}: ${reply.text.slice(0, 300)}`);
          assert.equal(reply.body.status, 'applied', what);
          assert.notEqual(after.records, before.records, `${what}: the record changed`);
          const added = after.commands.filter((c) => !before.commands.includes(c));
          assert.deepEqual(added.map((c) => c.split('/').slice(2).join('/')), [`applied/${personId}`], `${what}: one applied entry`);
          if ('undo' in command) {
            const undone = await request(server.url, token, 'POST', `/${command.kinds}/${id}/events`, { commandId: newCommandId(), event: command.undo });
            assert.equal(undone.status, 200, `undoing ${what}: ${undone.text.slice(0, 300)}`);
          }
          return;
        }
        if (expected === 'no') {
          assert.equal(reply.status, 409, `${what}: ${reply.text.slice(0, 300)}`);
          assert.equal(reply.body.code, 'not-allowed', `${what}: refused by the role rules (${reply.body.reason})`);
          assertCleanError(reply, what);
          assertOnlyRefusalLogged(before, after, personId!, what);
          return;
        }
      } else {
        const target = 'target' in column ? TARGETS[column.target] : undefined;
        const path =
          column.endpoint === 'me'
            ? `/partnerships/${PARTNERSHIP}/me`
            : column.endpoint === 'export'
              ? `/partnerships/${PARTNERSHIP}/me/export`
              : column.endpoint === 'list'
                ? `/partnerships/${PARTNERSHIP}/${target!.kinds}`
                : `/${target!.kinds}/${target!.id}${column.endpoint === 'history' ? '/history' : ''}`;
        what = `GET ${path}`;
        reply = await request(server.url, token, 'GET', path);
        if (expected === 'ok' || expected === '--') {
          assert.equal(reply.status, 200, `${what}: ${reply.text.slice(0, 300)}`);
          if (column.endpoint === 'me' || column.endpoint === 'export') assert.equal(reply.body.person.id, personId, `${what}: the person of the token`);
          if (column.endpoint === 'read') assert.equal(reply.body.document.id, TARGETS[column.target].id, what);
          if (column.endpoint === 'history') assert.ok(Array.isArray(reply.body.entries), `${what}: entries`);
          if (column.endpoint === 'list') {
            const listed = reply.body.records.some((r: { id: string }) => r.id === TARGETS[column.target].id);
            assert.equal(listed, expected === 'ok', `${what}: ${TARGETS[column.target].id} ${expected === 'ok' ? 'listed' : 'not listed'}`);
          }
          assertNothingWritten(before, await snapshot(server.db), what);
          return;
        }
      }
      assert.equal(String(reply.status), expected, `${what}: ${reply.text.slice(0, 300)}`);
      assertCleanError(reply, what);
      assertNothingWritten(before, await snapshot(server.db), what);
    }

    for (const { role, personId } of ROLES) {
      test(`the matrix: ${role} (${personId ?? 'no token'})`, async () => {
        const wrong: string[] = [];
        for (const [name, column] of Object.entries(COLUMNS)) {
          try {
            await ask(personId, column, EXPECTED[role][name]!);
          } catch (error) {
            wrong.push(`[${name}, expected ${EXPECTED[role][name]}] ${(error as Error).message.split('\n')[0]}`);
          }
        }
        assert.deepEqual(wrong, [], `${role}: ${wrong.length} of ${Object.keys(COLUMNS).length} cells differ from the table`);
      });
    }

    test('forged actors: whoever the body names, the token’s person acts, and a token from another issuer is refused', async () => {
      const harun = await tokenOf('u-harun');
      // A team member records evidence naming someone else as its author, and as the actor.
      const itemId = `ev-forged-${driver.name}`;
      const recorded = await request(server.url, harun, 'POST', '/cycles/c-kelmarsh/events', {
        commandId: newCommandId(),
        actor: { id: 'u-grace' },
        actorId: 'u-grace',
        event: { type: 'RECORD_EVIDENCE', actorId: 'u-grace', item: { id: itemId, note: 'Forged author', recordedBy: 'u-grace', recordedAt: '2020-01-01T00:00:00.000Z' } },
      });
      assert.equal(recorded.status, 200, recorded.text);
      const stored = (await getRecord(server.db, 'cycle', 'c-kelmarsh'))!.doc as { review: { evidence: Array<{ id: string; recordedBy: string; recordedAt: string }> } };
      const item = stored.review.evidence.find((e) => e.id === itemId)!;
      assert.equal(item.recordedBy, 'u-harun');
      assert.notEqual(item.recordedAt, '2020-01-01T00:00:00.000Z');
      const [row] = await server.db.query<{ actor_id: string }>('SELECT actor_id FROM spp_commands WHERE seq = $1 AND partnership_id = $2', [recorded.body.seq, PARTNERSHIP]);
      assert.equal(row!.actor_id, 'u-harun');

      // A teacher names the partnership lead as the actor of a pause: refused as the teacher.
      const sam = await tokenOf('u-sam');
      let before = await snapshot(server.db);
      const paused = await request(server.url, sam, 'POST', '/cycles/c-kelmarsh/events', { commandId: newCommandId(), actorId: 'u-amara', actor: { id: 'u-amara' }, event: { type: 'PAUSE', actor: { id: 'u-amara' } } });
      assert.equal(paused.status, 409);
      assert.equal(paused.body.code, 'not-allowed');
      // What core said, as a message any client can put in its own language.
      assert.equal(paused.body.messageId, 'policy.pause-or-withdraw');
      assert.equal(typeof paused.body.params, 'object');
      assertOnlyRefusalLogged(before, await snapshot(server.db), 'u-sam', 'a pause naming the lead');

      // Someone else's command id does not replay their answer: it is a new command of this person.
      const grace = await tokenOf('u-grace');
      const commandId = newCommandId();
      const graces = await request(server.url, grace, 'POST', '/cycles/c-kelmarsh/events', { commandId, event: { type: 'RECORD_EVIDENCE', item: { id: `ev-g-${driver.name}`, note: 'Grace’s own' } } });
      assert.equal(graces.status, 200);
      before = await snapshot(server.db);
      const reused = await request(server.url, sam, 'POST', '/cycles/c-kelmarsh/events', { commandId, event: { type: 'RECORD_EVIDENCE', item: { id: `ev-g-${driver.name}`, note: 'Overwritten?' } } });
      assert.equal(reused.status, 409, reused.text);
      assert.equal(reused.body.replayed, false);
      assert.equal(reused.body.code, 'not-allowed');
      assertOnlyRefusalLogged(before, await snapshot(server.db), 'u-sam', 'a reused command id');

      // Tokens for the partnership lead that this server's issuer did not sign, and a made-up person.
      const otherIssuer = await testIssuer();
      const forged = [
        ['signed by another key', await otherIssuer.token('u-amara')],
        ['unsigned (alg none)', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'u-amara', iss: 'https://login.example.test/tenant-1/v2.0', aud: 'api://spp-peer-review', exp: 9e9 })).toString('base64url')}.`],
      ] as const;
      for (const [what, token] of forged) {
        before = await snapshot(server.db);
        const res = await request(server.url, token, 'POST', '/cycles/c-kelmarsh/events', { commandId: newCommandId(), event: { type: 'PAUSE' } });
        assert.equal(res.status, 401, `${what}: ${res.text}`);
        assertCleanError(res, what);
        assertNothingWritten(before, await snapshot(server.db), what);
        assert.equal((await request(server.url, token, 'GET', '/cycles/c-kelmarsh')).status, 401, what);
      }
      before = await snapshot(server.db);
      const nobody = await request(server.url, await server.signer.token('u-nobody'), 'POST', '/cycles/c-kelmarsh/events', { commandId: newCommandId(), event: { type: 'PAUSE' } });
      assert.equal(nobody.status, 403);
      assertCleanError(nobody, 'a person in no partnership');
      assertNothingWritten(before, await snapshot(server.db), 'a person in no partnership');
    });

    test("another partnership's ids: its records are not read or written from here, nor ours from there", async () => {
      const amara = await tokenOf('u-amara'); // lead of Riverside
      const elsewhere = await tokenOf('o-amara'); // lead of the other partnership
      // The other partnership is really there, for its own people.
      assert.equal((await request(server.url, elsewhere, 'GET', '/cycles/oc-kelmarsh')).status, 200);
      assert.equal((await request(server.url, elsewhere, 'GET', `/partnerships/${OTHER_PARTNERSHIP}/cycles`)).body.records.length, 6);

      const reads = [
        `/cycles/oc-kelmarsh`,
        `/cycles/oc-kelmarsh/history`,
        `/partnerships/${OTHER_PARTNERSHIP}`,
        `/partnerships/${OTHER_PARTNERSHIP}/cycles`,
        `/partnerships/${OTHER_PARTNERSHIP}/schedules`,
        `/partnerships/${OTHER_PARTNERSHIP}/me`,
        `/partnerships/${OTHER_PARTNERSHIP}/me/export`,
        `/reflections/o-reflection-2026-27-tracking-progress`,
        `/frameworks/o-spp-default`,
        `/schedules/o-schedule-2026-27`,
      ];
      for (const path of reads) {
        const res = await request(server.url, amara, 'GET', path);
        assert.equal(res.status, 403, `${path}: ${res.text}`);
        assertCleanError(res, path);
        assert.doesNotMatch(res.text, /Ashby|Kelmarsh|evidence/i, `${path}: nothing of the record`);
      }
      const feed = await openFeed(server.url, amara, { partnershipId: OTHER_PARTNERSHIP });
      assert.equal(feed.status, 403);
      assert.equal((await request(server.url, amara, 'GET', '/partnerships/p-nowhere/cycles')).status, 404);

      const attempts: Array<[string, string | null, string, Record<string, unknown>, number]> = [
        ['a command on their cycle', amara, '/cycles/oc-kelmarsh/events', { event: { type: 'PAUSE' } }, 403],
        ['their goals', amara, `/partnerships/${OTHER_PARTNERSHIP}/events`, { event: { type: 'SET_GOALS', mainGoal: 'Taken over' } }, 403],
        ['our cycle, said to be in their partnership', amara, '/cycles/c-kelmarsh/events', { partnershipId: OTHER_PARTNERSHIP, event: { type: 'PAUSE' } }, 404],
        ['their cycle id, "created" in ours', amara, '/cycles/oc-kelmarsh/events', { partnershipId: PARTNERSHIP, event: { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' } }, 404],
        ['their framework id, saved in ours', amara, '/frameworks/o-spp-default/events', { partnershipId: PARTNERSHIP, event: { type: 'SAVE_FRAMEWORK', pack: { id: 'o-spp-default' } } }, 404],
        ['a new cycle in their partnership', amara, '/cycles/c-sneaky/events', { partnershipId: OTHER_PARTNERSHIP, event: { type: 'CREATE_CYCLE', hostSchoolId: 'os-kelmarsh' } }, 403],
        ['their lead, on our cycle', elsewhere, '/cycles/c-kelmarsh/events', { event: { type: 'PAUSE' } }, 403],
        ['their lead, a new cycle in ours', elsewhere, '/cycles/c-sneaky/events', { partnershipId: PARTNERSHIP, event: { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' } }, 403],
        ['a partnership that does not exist', amara, '/cycles/c-sneaky/events', { partnershipId: 'p-nowhere', event: { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' } }, 404],
      ];
      for (const [what, token, path, body, status] of attempts) {
        const before = await snapshot(server.db);
        const res = await request(server.url, token, 'POST', path, { commandId: newCommandId(), ...body });
        assert.equal(res.status, status, `${what}: ${res.text}`);
        assertCleanError(res, what);
        assertNothingWritten(before, await snapshot(server.db), what);
      }

      // Their schools and people named in our records: core refuses, only the refusal is logged.
      const core: Array<[string, string, Record<string, unknown>]> = [
        ['a cycle in ours for their school', '/cycles/c-sneaky/events', { partnershipId: PARTNERSHIP, event: { type: 'CREATE_CYCLE', hostSchoolId: 'os-kelmarsh' } }],
        ['their people on our review team', '/cycles/c-ashby/events', { event: { type: 'SET_REVIEW_TEAM', leadReviewerId: 'o-dev', memberIds: ['o-dev', 'o-harun'] } }],
      ];
      for (const [what, path, body] of core) {
        const before = await snapshot(server.db);
        const res = await request(server.url, amara, 'POST', path, { commandId: newCommandId(), ...body });
        assert.equal(res.status, 409, `${what}: ${res.text}`);
        assertOnlyRefusalLogged(before, await snapshot(server.db), 'u-amara', what);
      }
      assert.equal((await request(server.url, amara, 'GET', '/cycles/c-sneaky')).status, 404);
    });

    test("another school's records: refused by core's role rules, nothing changed", async () => {
      const partnership = demoPartnership();
      const attempts: Array<[string, string, string, Record<string, unknown>]> = [
        // A senior leader of Kelmarsh answers Ashby's self-review.
        ['u-erin', 'c-ashby', 'edit-self-review', { type: 'RECORD_RESPONSE', questionId: 'sr-self-knowledge', evidence: 'Not my school' }],
        // The head of Kelmarsh proposes Ashby's focus, and pauses Oakfield's review.
        ['u-dev', 'c-ashby', 'edit-self-review', { type: 'PROPOSE_FOCUS', questionIds: [], summary: 'Not my school' }],
        ['u-dev', 'c-oakfield', 'pause-cycle', { type: 'PAUSE', reason: 'Not my school' }],
        // Oakfield's head records evidence in her own school's review: only its review team does.
        ['u-grace', 'c-oakfield', 'record-evidence', { type: 'RECORD_EVIDENCE', item: { id: 'ev-host', note: 'The host writing its own evidence' } }],
        // Kelmarsh's IC writes Millbrook's action plan; Oakfield's IC appoints herself to a facilitated workshop.
        ['u-femi', 'c-millbrook', 'edit-action-plan', { type: 'SAVE_ACTION', action: { id: 'act-x', what: 'Not my school' } }],
        ['u-isla', 'c-millbrook', 'plan-workshop', { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-isla' }],
        // The head of Westgate withdraws Thornhill's review.
        ['u-priya', 'c-thornhill', 'withdraw-cycle', { type: 'WITHDRAW', reason: 'Not my school' }],
      ];
      for (const [personId, cycleId, action, event] of attempts) {
        const what = `${personId}: ${String(event['type'])} on ${cycleId} (${action})`;
        assert.ok(partnership.people.some((p) => p.id === personId));
        const before = await snapshot(server.db);
        const res = await request(server.url, await tokenOf(personId), 'POST', `/cycles/${cycleId}/events`, { commandId: newCommandId(), event });
        assert.equal(res.status, 409, `${what}: ${res.text}`);
        assert.equal(res.body.code, 'not-allowed', `${what}: ${res.body.reason}`);
        assertCleanError(res, what);
        assertOnlyRefusalLogged(before, await snapshot(server.db), personId, what);
      }
    });

    test('the matrix covers every role, endpoint and kind', () => {
      const kinds = new Set(Object.values(TARGETS).map((t) => t.kinds));
      assert.deepEqual([...kinds].sort(), ['cycles', 'frameworks', 'partnerships', 'reflections', 'schedules']);
      for (const endpoint of ['read', 'list', 'history'] as const) {
        for (const target of Object.keys(TARGETS)) assert.ok(Object.values(COLUMNS).some((c) => c.endpoint === endpoint && 'target' in c && c.target === target), `${endpoint} ${target}`);
      }
      const commanded = new Set(Object.values(COMMANDS).map((c) => c.kinds));
      assert.deepEqual([...commanded].sort(), [...kinds].sort(), 'a command for every kind');
      assert.equal(MEMBERS.length, 10);
      assert.equal(ROLES.length * Object.keys(COLUMNS).length, Object.values(EXPECTED).reduce((n, row) => n + Object.keys(row).length, 0));
    });
  });
}
