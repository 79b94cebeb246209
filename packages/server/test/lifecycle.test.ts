/**
 * The real `spp-server` command as a child process on a PGlite data directory: one server per
 * directory (a second is refused, the first keeps serving), clean stops on SIGTERM and SIGINT, a
 * stale lock taken over, a half-created directory moved aside, a newer database refused untouched,
 * and `export` / `import` round-tripping a whole partnership.
 *
 * A first start on a new directory runs initdb (seconds), so it happens once: the first test makes
 * an empty, migrated directory and later tests start from copies of it.
 */
import { freePort } from './support/postgres';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/server';
import type { Database } from '../src/db/driver';
import { openPglite, LOCK_FILE, READY_FILE } from '../src/db/pglite';
import { SCHEMA_VERSION } from '../src/db/migrations';
import { applyCommand } from '../src/records';
import { exportPartnership } from '../src/backup';
import { seedDemo } from '../src/seed';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(root, 'packages/server/src/cli.ts');
/** Sign-in for the non-demo starts: an issuer that is never called (its keys are fetched on the first token only). */
const OIDC_ENV = { SPP_OIDC_ISSUER: 'https://login.example.test/tenant-1/v2.0', SPP_OIDC_JWKS_URL: 'http://127.0.0.1:9/keys', SPP_OIDC_AUDIENCE: 'api://spp-peer-review' };
const START_TIMEOUT = 120_000;

/** The environment of a child: this one's, without anything that would choose its storage or sign-in for it. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(SPP_|DATABASE_URL$|PORT$|NODE_TEST_CONTEXT$)/.test(key)) env[key] = value;
  return { ...env, ...extra };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}
interface Child {
  proc: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  exited: Promise<Exit>;
}

function spawnCli(args: string[], env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, ...args], { cwd: root, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<Exit>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  return { proc, pid: proc.pid!, stdout: () => out, stderr: () => err, exited };
}

/** Runs a one-shot command (export, import, a start that must fail) to its end. A server that starts listening instead is stopped at once. */
async function runCli(args: string[], env: Record<string, string> = {}) {
  const child = spawnCli(args, env);
  child.proc.stdout!.on('data', () => {
    if (/is listening on/.test(child.stdout())) child.proc.kill('SIGKILL');
  });
  const exit = await timeout(child.exited, START_TIMEOUT, () => `spp-server ${args.join(' ')} did not end:\n${child.stdout()}\n${child.stderr()}`);
  return { ...exit, stdout: child.stdout(), stderr: child.stderr() };
}

interface Server extends Child {
  url: string;
  stop(signal: 'SIGTERM' | 'SIGINT'): Promise<Exit>;
}

/** Starts a server on `dataDir` and waits until it says it is listening. */
async function startServer(dataDir: string, { demo = true }: { demo?: boolean } = {}): Promise<Server> {
  const port = await freePort();
  const child = spawnCli([...(demo ? ['--demo'] : []), '--port', String(port), '--data-dir', dataDir], demo ? {} : OIDC_ENV);
  const listening = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/is listening on/.test(child.stdout())) resolve();
    };
    child.proc.stdout!.on('data', check);
    child.exited.then((exit) => reject(new Error(`spp-server ended before listening (${JSON.stringify(exit)}):\n${child.stdout()}\n${child.stderr()}`)));
  });
  try {
    await timeout(listening, START_TIMEOUT, () => `spp-server did not start:\n${child.stdout()}\n${child.stderr()}`);
  } catch (error) {
    child.proc.kill('SIGKILL');
    throw error;
  }
  return {
    ...child,
    url: `http://127.0.0.1:${port}`,
    async stop(signal) {
      child.proc.kill(signal);
      return timeout(child.exited, 30_000, () => `spp-server did not stop on ${signal}:\n${child.stdout()}\n${child.stderr()}`);
    },
  };
}

async function timeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Signs in through the demo sign-in and sends one piece of evidence to Oakfield's review. */
async function recordEvidence(url: string, itemId: string) {
  const signIn = await fetch(`${url}/api/v1/demo/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ partnershipId: 'p-riverside', personId: 'u-amara' }) });
  assert.equal(signIn.status, 200);
  const { token } = (await signIn.json()) as { token: string };
  const res = await fetch(`${url}/api/v1/cycles/c-oakfield/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ commandId: `cmd-${itemId}`, event: { type: 'RECORD_EVIDENCE', item: { id: itemId, note: 'Seen in a Year 9 science lesson.' } } }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  return res.json() as Promise<{ status: string; revision: number }>;
}

/** Opens the directory in this process (as the next start would) and returns the ids of Oakfield's evidence. */
async function evidenceIds(dataDir: string): Promise<string[]> {
  const db = await openDatabase({ dataDir });
  try {
    const [row] = await db.query<{ body: string }>("SELECT body FROM spp_records WHERE kind = 'cycle' AND id = 'c-oakfield'");
    return (JSON.parse(row!.body) as { review: { evidence: Array<{ id: string }> } }).review.evidence.map((e) => e.id);
  } finally {
    await db.close();
  }
}

/** Every file under `dir` with a hash of its content (for "nothing was lost or changed"), the lock file aside. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path !== join(dir, LOCK_FILE)) files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

const assertNoStack = (text: string) => assert.doesNotMatch(text, /\n\s+at |could not start/, 'a one-line reason, no stack trace');

describe('spp-server lifecycle on a PGlite data directory', () => {
  let work: string;
  /** An empty, migrated data directory, made by the first test and copied by the others (made here if that test failed, so its failure is not theirs). */
  let template: Promise<string> | undefined;
  let n = 0;
  const copy = async () => {
    template ??= (async () => {
      const dir = join(work, 'template-made-here');
      await (await openDatabase({ dataDir: dir })).close();
      return dir;
    })();
    const dir = join(work, `data-${n++}`);
    cpSync(await template, dir, { recursive: true });
    return dir;
  };
  const running = new Set<Server>();
  const started = async (dataDir: string, options?: { demo?: boolean }) => {
    const server = await startServer(dataDir, options);
    running.add(server);
    server.exited.then(() => running.delete(server));
    return server;
  };

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'spp-lifecycle-'));
  });
  after(async () => {
    for (const server of running) server.proc.kill('SIGKILL');
    await Promise.all([...running].map((s) => s.exited));
    rmSync(work, { recursive: true, force: true });
  });

  test('a directory left half-created by an interrupted first start is moved aside, nothing deleted, and a fresh one made', async () => {
    const dir = join(work, 'first');
    // What a first start killed during initdb leaves: some of PostgreSQL's files, no ready marker, its lock.
    mkdirSync(join(dir, 'base', '1'), { recursive: true });
    writeFileSync(join(dir, 'PG_VERSION'), '17\n');
    writeFileSync(join(dir, 'base', '1', '1259'), Buffer.alloc(8192, 7));
    writeFileSync(join(dir, LOCK_FILE), String(deadPid()));
    const left = filesOf(dir);
    assert.equal(Object.keys(left).length, 2);

    const server = await started(dir, { demo: false });
    const moved = server.stdout().match(/left half-created by an interrupted first start; it was moved to (.+?) and a new one was made\./);
    assert.ok(moved, server.stdout());
    const aside = moved[1]!;
    assert.ok(aside.startsWith(`${dir}.interrupted-`), aside);
    assert.deepEqual(filesOf(aside), left, 'everything that was there is kept, as it was (the stale lock aside)');
    assert.ok(existsSync(join(dir, READY_FILE)), 'the new directory is marked ready');
    assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(server.pid));
    const health = await fetch(`${server.url}/api/v1/health`);
    assert.deepEqual(await health.json(), { ok: true, driver: 'pglite', demo: false });

    assert.deepEqual(await server.stop('SIGTERM'), { code: 0, signal: null });
    assert.ok(!existsSync(join(dir, LOCK_FILE)));
    cpSync(dir, join(work, 'template'), { recursive: true });
    template = Promise.resolve(join(work, 'template'));
  });

  // Each of these starts from its own copy of the ready directory: two at a time (five side by side starved a loaded CI machine).
  describe('on copies of a ready directory', { concurrency: 2 }, () => {
    test('a second server on the same directory is refused with a clear message and exit code 1; the first keeps serving; SIGTERM stops it cleanly', async () => {
      const dir = await copy();
      const first = await started(dir);
      const second = await runCli(['--demo', '--port', String(await freePort()), '--data-dir', dir]);
      assert.equal(second.code, 1, second.stderr);
      assert.match(second.stderr, new RegExp(`^spp-server: Another spp-server \\(process ${first.pid}\\) is using the data directory ${dir}\\. Two servers on one directory would corrupt it: stop the other one first, or start this one with another --data-dir\\.\\n$`));
      assertNoStack(second.stderr);
      assert.doesNotMatch(second.stdout, /listening/);
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(first.pid), 'the first server still holds the lock');
      const applied = await recordEvidence(first.url, 'ev-lifecycle-sigterm');
      assert.equal(applied.status, 'applied', 'the first server keeps serving');

      assert.deepEqual(await first.stop('SIGTERM'), { code: 0, signal: null });
      assert.match(first.stdout(), /Received SIGTERM: finishing open requests and closing the database…\nStopped\.\n$/);
      assert.equal(first.stderr(), '');
      assert.ok(!existsSync(join(dir, LOCK_FILE)), 'the lock file is removed');
      assert.ok((await evidenceIds(dir)).includes('ev-lifecycle-sigterm'), 'the data reopens with the change in it');
    });

    test('SIGINT (Ctrl+C) stops it cleanly too: exit 0, lock removed, the data reopens', async () => {
      const dir = await copy();
      const server = await started(dir);
      await recordEvidence(server.url, 'ev-lifecycle-sigint');
      assert.deepEqual(await server.stop('SIGINT'), { code: 0, signal: null });
      assert.match(server.stdout(), /Received SIGINT: finishing open requests and closing the database…\nStopped\.\n$/);
      assert.ok(!existsSync(join(dir, LOCK_FILE)));
      assert.ok((await evidenceIds(dir)).includes('ev-lifecycle-sigint'));
    });

    test('a stale lock (its process is gone) is taken over', async () => {
      const dir = await copy();
      const dead = deadPid();
      writeFileSync(join(dir, LOCK_FILE), String(dead));
      const server = await started(dir);
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(server.pid));
      assert.doesNotMatch(server.stdout(), /half-created/, 'a directory with a stale lock is not taken for a half-created one');
      assert.equal((await fetch(`${server.url}/api/v1/health`)).status, 200);
      assert.deepEqual(await server.stop('SIGTERM'), { code: 0, signal: null });
      assert.ok(!existsSync(join(dir, LOCK_FILE)));
      assert.deepEqual(readdirSync(work).filter((name) => name.startsWith('data-') && name.includes('.interrupted-')), [], 'nothing moved aside');
    });

    test('a database written by a newer version is refused with a clear message and left untouched', async () => {
      const dir = await copy();
      // Read with openPglite, which does not migrate: looking changes nothing.
      const snapshot = async (db: Database) => ({
        tables: await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"),
        schema: await db.query('SELECT version, name, applied_at FROM spp_schema ORDER BY version'),
        records: await db.query('SELECT kind, id, revision, body FROM spp_records ORDER BY kind, id'),
        partnerships: await db.query('SELECT * FROM spp_partnerships ORDER BY partnership_id'),
      });
      const db = await openPglite({ dataDir: dir });
      await db.query('INSERT INTO spp_schema (version, name) VALUES ($1, $2)', [SCHEMA_VERSION + 1, 'from a newer spp-server']);
      await db.exec('CREATE TABLE spp_future (id text PRIMARY KEY)');
      const before = await snapshot(db).finally(() => db.close());

      const refused = await runCli(['--demo', '--port', String(await freePort()), '--data-dir', dir]);
      assert.equal(refused.code, 1, refused.stderr);
      assert.equal(
        refused.stderr,
        `spp-server: This database was written by a newer version of @spp/server (schema version ${SCHEMA_VERSION + 1}; this version knows up to ${SCHEMA_VERSION}). It has been left untouched: update the server to open it.\n`,
      );
      assert.ok(!existsSync(join(dir, LOCK_FILE)), 'the lock is released');
      const reopened = await openPglite({ dataDir: dir });
      assert.deepEqual(await snapshot(reopened).finally(() => reopened.close()), before, 'no table, row or schema version changed (the demo was not seeded)');
      assert.deepEqual(before.records, [], 'the directory held no records, and still holds none');
    });

    test('export then import into a fresh data directory round-trips a partnership; import refuses to overwrite one', async () => {
      const source = await copy();
      const db = await openDatabase({ dataDir: source });
      try {
        await seedDemo(db);
        const command = (actorId: string, commandId: string, event: Record<string, unknown>, device?: { deviceId: string; deviceSeq: number }) =>
          applyCommand(db, { partnershipId: 'p-riverside', kind: 'cycle', recordId: 'c-oakfield', actorId, commandId, event, ...device });
        const [row] = await db.query<{ body: string }>("SELECT body FROM spp_records WHERE kind = 'cycle' AND id = 'c-oakfield'");
        const team = (JSON.parse(row!.body) as { review: { team: { memberIds: string[] } } }).review.team.memberIds;
        assert.equal((await command(team[0]!, 'c1', { type: 'RECORD_EVIDENCE', item: { id: 'ev-b1', note: 'Reading corners in every room — “well used”' } }, { deviceId: 'tablet-1', deviceSeq: 1 })).status, 'applied');
        assert.equal((await command(team[0]!, 'c2', { type: 'RECORD_EVIDENCE', item: { id: 'ev-b2', note: 'Book looks, Year 8' } }, { deviceId: 'tablet-1', deviceSeq: 2 })).status, 'applied');
        assert.equal((await command('u-sam', 'c3', { type: 'PAUSE', reason: 'not mine to pause' })).status, 'refused');
      } finally {
        await db.close();
      }

      const backup = join(work, 'riverside.json');
      const exported = await runCli(['export', '--partnership', 'p-riverside', '--out', backup, '--data-dir', source]);
      assert.equal(exported.code, 0, exported.stderr);
      const first = JSON.parse(readFileSync(backup, 'utf8'));
      assert.equal(first.commands.length, 3);
      assert.deepEqual(first.devices.map((d: { deviceId: string; lastSeq: number }) => [d.deviceId, d.lastSeq]), [['tablet-1', 2]]);

      const target = await copy();
      const imported = await runCli(['import', backup, '--data-dir', target]);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, new RegExp(`^Restored p-riverside: ${first.records.length} records, 3 logged changes\\.\\n$`));
      assert.ok(!existsSync(join(target, LOCK_FILE)));

      const twice = await runCli(['import', backup, '--data-dir', target]);
      assert.equal(twice.code, 1);
      assert.equal(twice.stderr, 'spp-server: The partnership "p-riverside" is already on this server; nothing was changed. Restore into an empty server, or export and remove it first.\n');

      const restored = await openDatabase({ dataDir: target });
      const second = await exportPartnership(restored, 'p-riverside').finally(() => restored.close());
      const content = (b: object) => {
        const { partnershipId, records, commands, devices } = b as Record<string, unknown>;
        return JSON.stringify({ partnershipId, records, commands, devices });
      };
      assert.equal(content(second), content(first), 'records, command log and devices come back byte-equal, and the refused import changed nothing');
    });
  });
});

/** The id of a process that has just ended (a lock left by a server that was killed). */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ['-e', '']);
  return ended.pid;
}
