/**
 * Durability: the real `spp-server` is killed (SIGKILL) in the middle of a stream of commands and
 * started again on the same storage, on PGlite and on PostgreSQL. Every command that was answered
 * 2xx is there exactly once, in the record and in the command log; a command sent but not answered
 * is either wholly there or wholly absent, and sending it again with the same command id applies it
 * at most once. The log and the record agree: one revision per logged command, nothing half-written.
 * On PostgreSQL, where other servers commit while a backup reads, the backup is one snapshot too.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { exportPartnership } from '../src/backup';
import type { Database } from '../src/db/driver';
import { LOCK_FILE } from '../src/db/pglite';
import { openPostgres } from '../src/db/postgres';
import { applyCommand } from '../src/records';
import { openDatabase } from '../src/server';
import { freePort, startCluster, type TestCluster } from './support/postgres';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(root, 'packages/server/src/cli.ts');
/** Commands in flight at once, and how many answers to wait for before the kill. */
const IN_FLIGHT = 6;
const KILL_AFTER = 30;

interface Storage {
  name: 'pglite' | 'postgres';
  /** Arguments and environment that put a child on this storage. */
  args: string[];
  env: Record<string, string>;
  dataDir?: string;
  dispose(): Promise<void>;
}

/** The environment of a child: this one's, without anything that would choose its storage or sign-in for it. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(SPP_|DATABASE_URL$|PORT$|NODE_TEST_CONTEXT$)/.test(key)) env[key] = value;
  // The stream is one test client sending as fast as it can: not what the rate limit is for.
  return { ...env, SPP_RATE_PER_SECOND: '10000', SPP_RATE_BURST: '10000', ...extra };
}

interface Server {
  proc: ChildProcess;
  pid: number;
  url: string;
  stdout(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `spp-server --demo` on the storage and waits until it says it is listening. */
async function startServer(storage: Storage): Promise<Server> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, '--demo', '--port', String(port), ...storage.args], {
    cwd: root,
    env: childEnv(storage.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`spp-server did not start:\n${out}\n${err}`));
    }, 120_000);
    proc.stdout!.on('data', () => {
      if (/is listening on/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`spp-server ended before listening (${JSON.stringify(exit)}):\n${out}\n${err}`));
    });
  });
  return { proc, pid: proc.pid!, url: `http://127.0.0.1:${port}`, stdout: () => out, exited };
}

async function signIn(url: string, personId: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/demo/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ partnershipId: 'p-riverside', personId }) });
  assert.equal(res.status, 200, await res.clone().text());
  return ((await res.json()) as { token: string }).token;
}

interface Evidence {
  id: string;
}
async function oakfield(url: string, token: string): Promise<{ revision: number; evidence: Evidence[]; team: string[] }> {
  const res = await fetch(`${url}/api/v1/cycles/c-oakfield`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  const { revision, document } = (await res.json()) as { revision: number; document: { review: { evidence: Evidence[]; team: { memberIds: string[] } } } };
  return { revision, evidence: document.review.evidence, team: document.review.team.memberIds };
}

/** One command of the stream: who sent it, and what (if anything) came back. */
interface Sent {
  personId: string;
  commandId: string;
  itemId: string;
  /** The answer, when one came back whole. */
  status?: number;
  body?: { status?: string; seq?: number; revision?: number; replayed?: boolean };
  error?: string;
}

const send = async (url: string, token: string, command: Pick<Sent, 'commandId' | 'itemId'>) => {
  const res = await fetch(`${url}/api/v1/cycles/c-oakfield/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ commandId: command.commandId, event: { type: 'RECORD_EVIDENCE', item: { id: command.itemId, note: `Seen in lesson ${command.itemId}; pupils explained their reasoning.` } } }),
  });
  return { status: res.status, body: (await res.json()) as Sent['body'] };
};

const answered = (s: Sent) => s.status !== undefined && s.status >= 200 && s.status < 300;
const count = <T>(items: readonly T[], pick: (item: T) => boolean) => items.filter(pick).length;

const storages: Array<{ name: Storage['name']; make(): Promise<Storage> }> = [
  {
    name: 'pglite',
    async make() {
      const work = mkdtempSync(join(tmpdir(), 'spp-durability-'));
      const dataDir = join(work, 'data');
      return { name: 'pglite', args: ['--data-dir', dataDir], env: {}, dataDir, dispose: async () => rmSync(work, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    async make() {
      const cluster: TestCluster = await startCluster();
      const url = await cluster.database();
      return { name: 'postgres', args: [], env: { DATABASE_URL: url }, dispose: () => cluster.stop() };
    },
  },
];

for (const { name, make } of storages) {
  describe(`durability on ${name}`, () => {
    let storage: Storage;
    const running = new Set<Server>();
    const started = async () => {
      const server = await startServer(storage);
      running.add(server);
      server.exited.then(() => running.delete(server));
      return server;
    };
    before(async () => {
      storage = await make();
    });
    after(async () => {
      for (const server of running) server.proc.kill('SIGKILL');
      await Promise.all([...running].map((s) => s.exited));
      await storage?.dispose();
    });

    test('every command answered 2xx is there exactly once; the others are wholly there or absent, and a retry applies them at most once', async (t) => {
      // ---- a stream of evidence from Oakfield's review team, several commands in flight ----
      let server = await started();
      const lead = await signIn(server.url, 'u-amara');
      const start = await oakfield(server.url, lead);
      const team = start.team;
      assert.ok(team.length >= 2, 'a review team of several people');
      const tokens = new Map(await Promise.all(team.map(async (id) => [id, await signIn(server.url, id)] as const)));

      const sent: Sent[] = [];
      let killed = false;
      let inFlightAtKill = 0;
      let inFlight = 0;
      let next = 0;
      const worker = async () => {
        while (!killed) {
          const i = next++;
          const personId = team[i % team.length]!;
          const command: Sent = { personId, commandId: `cmd-${name}-${i}`, itemId: `ev-${name}-${i}` };
          sent.push(command);
          inFlight++;
          try {
            Object.assign(command, await send(server.url, tokens.get(personId)!, command));
          } catch (error) {
            command.error = String((error as { cause?: unknown }).cause ?? error);
          } finally {
            inFlight--;
          }
          if (!killed && count(sent, answered) >= KILL_AFTER) {
            killed = true;
            inFlightAtKill = inFlight;
            server.proc.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      assert.deepEqual(await server.exited, { code: null, signal: 'SIGKILL' });
      assert.ok(inFlightAtKill > 0, 'commands were in flight when the server was killed');

      const ok = sent.filter(answered);
      const unanswered = sent.filter((s) => !answered(s));
      assert.ok(ok.length >= KILL_AFTER, `${ok.length} answered`);
      assert.ok(unanswered.length >= 1, 'some commands got no answer');
      assert.deepEqual(unanswered.filter((s) => s.status !== undefined), [], 'no command was refused: each one either got its 200 or no answer at all');
      for (const s of ok) assert.equal(s.body?.status, 'applied');

      if (storage.dataDir) {
        // The killed server could not remove its lock: the next start must take it over.
        assert.equal(readFileSync(join(storage.dataDir, LOCK_FILE), 'utf8'), String(server.pid));
      }

      // ---- the same storage, a new server ----
      server = await started();
      assert.doesNotMatch(server.stdout(), /half-created/);
      if (storage.dataDir) {
        assert.equal(readFileSync(join(storage.dataDir, LOCK_FILE), 'utf8'), String(server.pid), 'the stale lock was taken over');
        assert.deepEqual(readdirSync(join(storage.dataDir, '..')).filter((f) => f.includes('.interrupted-')), [], 'the directory was not moved aside');
      }
      const again = new Map(await Promise.all(team.map(async (id) => [id, await signIn(server.url, id)] as const)));
      const lead2 = await signIn(server.url, 'u-amara');
      const afterKill = await oakfield(server.url, lead2);
      const ids = afterKill.evidence.map((e) => e.id);
      for (const s of ok) assert.equal(count(ids, (id) => id === s.itemId), 1, `${s.itemId} (answered ${s.status}) is there exactly once`);
      const present = new Set(unanswered.filter((s) => ids.includes(s.itemId)).map((s) => s.itemId));
      for (const s of unanswered) assert.ok(count(ids, (id) => id === s.itemId) <= 1, `${s.itemId} is there at most once`);
      t.diagnostic(`${ok.length} answered 2xx, ${unanswered.length} unanswered (${inFlightAtKill} in flight at the kill), ${present.size} of them stored before it`);
      // Nothing else came in, and the record's revision counts exactly the changes it holds.
      assert.equal(afterKill.evidence.length, start.evidence.length + ok.length + present.size);
      assert.equal(afterKill.revision, start.revision + ok.length + present.size);

      // ---- the unanswered commands, sent again as a device would: the same command ids ----
      for (const s of unanswered) {
        const retry = await send(server.url, again.get(s.personId)!, s);
        assert.equal(retry.status, 200, JSON.stringify(retry.body));
        assert.equal(retry.body?.replayed, present.has(s.itemId), `${s.itemId}: a retry is answered from the log exactly when the first try was stored`);
      }
      // An answered one sent again is answered from the log, with its first answer.
      const first = ok[0]!;
      const replay = await send(server.url, again.get(first.personId)!, first);
      assert.deepEqual([replay.status, replay.body?.replayed, replay.body?.seq, replay.body?.revision], [200, true, first.body?.seq, first.body?.revision]);

      const final = await oakfield(server.url, lead2);
      const finalIds = final.evidence.map((e) => e.id);
      for (const s of sent) assert.equal(count(finalIds, (id) => id === s.itemId), 1, `${s.itemId} is there exactly once after the retries`);
      assert.equal(final.evidence.length, start.evidence.length + sent.length);
      assert.equal(final.revision, start.revision + sent.length);

      // ---- the command log itself (read once the server has stopped) ----
      server.proc.kill('SIGTERM');
      assert.deepEqual(await server.exited, { code: 0, signal: null });
      if (storage.dataDir) assert.ok(!existsSync(join(storage.dataDir, LOCK_FILE)));
      const db = await openDatabase({ dataDir: storage.dataDir ?? ':memory:', ...(storage.env['DATABASE_URL'] ? { databaseUrl: storage.env['DATABASE_URL'] } : {}) });
      try {
        const rows = await db.query<{ command_id: string; actor_id: string; status: string; seq: number; revision: number }>(
          "SELECT command_id, actor_id, status, seq, revision FROM spp_commands WHERE partnership_id = 'p-riverside' AND kind = 'cycle' AND record_id = 'c-oakfield' ORDER BY seq",
        );
        for (const s of sent) {
          const logged = rows.filter((r) => r.command_id === s.commandId);
          assert.equal(logged.length, 1, `${s.commandId} is in the log exactly once`);
          assert.deepEqual([logged[0]!.actor_id, logged[0]!.status], [s.personId, 'applied']);
        }
        for (const s of ok) assert.equal(rows.find((r) => r.command_id === s.commandId)!.seq, s.body?.seq, 'logged under the seq it was answered with');
        assert.deepEqual(rows.map((r) => r.revision), rows.map((_, i) => start.revision + i + 1), 'one revision per logged command, no gap');
        const [{ logged }] = (await db.query<{ logged: number }>("SELECT count(*)::int AS logged FROM spp_commands WHERE partnership_id = 'p-riverside'")) as [{ logged: number }];
        assert.equal(logged, rows.length, 'no other command was logged');
        assert.equal(rows.length, sent.length, 'no other change to the record was logged');
        const [stored] = await db.query<{ revision: number }>("SELECT revision FROM spp_records WHERE kind = 'cycle' AND id = 'c-oakfield'");
        assert.equal(stored!.revision, rows.at(-1)!.revision, 'the stored record is the one the last logged command wrote: nothing half-written');
      } finally {
        await db.close();
      }
    });

    if (name === 'postgres') {
      test('a backup taken while changes are being applied is one consistent moment: no logged command without its record state, or the reverse', async () => {
        const url = storage.env['DATABASE_URL']!;
        const reader = await openPostgres(url, { max: 2 });
        const writer = await openPostgres(url, { max: 2 });
        try {
          const [row] = await reader.query<{ body: string }>("SELECT body FROM spp_records WHERE kind = 'cycle' AND id = 'c-oakfield'");
          const reviewer = (JSON.parse(row!.body) as { review: { team: { memberIds: string[] } } }).review.team.memberIds[0]!;
          // Another server applies a change between the backup's read of the records and its read of the log.
          let raced = 0;
          const racing: Database = {
            ...reader,
            transaction: (work) =>
              reader.transaction((tx) =>
                work({
                  ...tx,
                  async query(text, params) {
                    const rows = await tx.query(text, params);
                    if (/FROM spp_records/.test(text) && raced++ === 0) {
                      const event = { type: 'RECORD_EVIDENCE', item: { id: 'ev-during-backup', note: 'Written while the backup ran.' } };
                      const applied = await applyCommand(writer, { partnershipId: 'p-riverside', kind: 'cycle', recordId: 'c-oakfield', actorId: reviewer, commandId: 'cmd-during-backup', event });
                      assert.equal(applied.status, 'applied');
                    }
                    return rows as never;
                  },
                }),
              ),
          };
          const backup = await exportPartnership(racing, 'p-riverside');
          assert.equal(raced > 0, true);
          const record = backup.records.find((r) => r.kind === 'cycle' && r.id === 'c-oakfield')!;
          const logged = backup.commands.filter((c) => c['kind'] === 'cycle' && c['record_id'] === 'c-oakfield' && c['status'] === 'applied');
          const evidence = (record.body as { review: { evidence: Evidence[] } }).review.evidence.map((e) => e.id);
          assert.equal(Math.max(...logged.map((c) => c['revision'] as number)), record.revision, 'the record in the backup is the one its last logged command wrote');
          assert.equal(evidence.includes('ev-during-backup'), logged.some((c) => c['command_id'] === 'cmd-during-backup'), 'the change is in both the record and the log, or in neither');
        } finally {
          await reader.close();
          await writer.close();
        }
      });
    }
  });
}
