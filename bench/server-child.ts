/**
 * The server benchmark (run by bench/lib/server.mjs with tsx): the real `spp-server` in its own
 * process on loopback, on PGlite and on a throw-away PostgreSQL cluster, loaded by simulated
 * people from this process. One partnership of 13 schools, 50 reviewers on 10 review teams, each
 * cycle with a 60-question self-review (about 20 kB a record).
 *
 *   saturation   50 people × 200 commands, each sent as soon as the last was answered
 *   review day   50 people × one command every 2 s for 60 s (latency)
 *   reads        a filtered GET of a cycle for each role (latency)
 *
 * Prints one JSON line: the figures per driver.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cycle, Partnership, reviewTeamViolations, type Cycle as CycleT } from '@spp/core';
import { bigPartnership, selfReviewPack } from './fixtures';
import { importPartnership, type Backup } from '../packages/server/src/backup';
import { openDatabase } from '../packages/server/src/server';
import { startCluster } from '../packages/server/test/support/postgres';

const PEOPLE = 50;
const COMMANDS_EACH = Number(process.env['BENCH_COMMANDS'] ?? 200);
const REVIEW_DAY_SECONDS = Number(process.env['BENCH_REVIEW_DAY_SECONDS'] ?? 60);
const root = new URL('..', import.meta.url).pathname;

// ---- the partnership ----

function benchYear(): { backup: Backup; reviewers: Array<{ personId: string; cycleId: string }>; roles: Record<string, { personId: string; cycleId: string }> } {
  const base = bigPartnership(13);
  const partnership = Partnership.parse({ ...base, id: 'p-bench-server', config: { ...base.config, teamSize: { min: 2, max: 6 }, requireTraining: false } });
  const pack = selfReviewPack(60);
  const questions = pack.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions));
  const heads = partnership.people.filter((p) => p.jobRole === 'headteacher');
  const others = partnership.people.filter((p) => p.jobRole !== 'headteacher');
  const teams: string[][] = Array.from({ length: 10 }, () => []);
  const hostOf = (c: number) => partnership.schools[c]!.id;
  // Each team: a head from another school leads; the rest are filled from everyone else.
  for (let c = 0; c < 10; c++) teams[c]!.push(heads.find((h) => h.schoolId !== hostOf(c) && !teams.some((t) => t.includes(h.id)))!.id);
  const pool = [...heads.filter((h) => !teams.some((t) => t.includes(h.id))), ...others];
  for (const person of pool) {
    const c = teams.findIndex((t, i) => t.length < 5 && hostOf(i) !== person.schoolId);
    if (c >= 0) teams[c]!.push(person.id);
    if (teams.every((t) => t.length === 5)) break;
  }
  const at = '2026-10-01T09:00:00.000Z';
  const cycles: CycleT[] = teams.map((memberIds, c) =>
    Cycle.parse({
      schemaVersion: 1,
      kind: 'cycle',
      id: `c-bench-${c + 1}`,
      partnershipId: partnership.id,
      hostSchoolId: hostOf(c),
      academicYear: partnership.academicYear,
      stage: 'review',
      selfReview: {
        responses: Object.fromEntries(
          questions.map((q, i) => [q.id, { level: (['not-yet', 'beginning', 'developing', 'embedded'] as const)[i % 4], evidence: `Evidence for ${q.id}: lesson visits, pupil voice and work scrutiny show how this is going across year groups; we will look again next term. `.repeat(2), informsFocus: i % 7 === 0, updatedAt: at, updatedBy: memberIds[0] }]),
        ),
        proposedFocus: { questionIds: [questions[0]!.id], summary: 'Reading at home and in class.' },
        submittedAt: at,
        submittedBy: memberIds[0],
      },
      preReview: { meetingOn: '2026-10-05', focusSummary: 'Reading at home and in class.', linesOfEnquiry: [{ id: 'loe-1', question: 'How consistent is the reading routine?' }], agreedByLeadAt: at, agreedByHostAt: at },
      review: { team: { leadReviewerId: memberIds[0], memberIds }, dates: ['2026-10-12'] },
    }),
  );
  for (const cycle of cycles) {
    const problems = reviewTeamViolations(cycle.review.team, cycle.hostSchoolId, partnership);
    if (problems.length) throw new Error(`bench team for ${cycle.id} breaks the rules: ${problems.map((p) => p.message).join(' ')}`);
  }
  const reviewers = teams.flatMap((memberIds, c) => memberIds.map((personId) => ({ personId, cycleId: cycles[c]!.id })));
  if (reviewers.length !== PEOPLE) throw new Error(`expected ${PEOPLE} reviewers, made ${reviewers.length}`);
  const first = cycles[0]!;
  const hostHead = partnership.people.find((p) => p.schoolId === first.hostSchoolId && p.jobRole === 'headteacher')!;
  const outsider = partnership.people.find((p) => p.jobRole === 'teacher' && p.schoolId !== first.hostSchoolId && !first.review.team.memberIds.includes(p.id))!;
  const roles = {
    'lead reviewer': { personId: first.review.team.leadReviewerId!, cycleId: first.id },
    'team member': { personId: first.review.team.memberIds[1]!, cycleId: first.id },
    'host headteacher': { personId: hostHead.id, cycleId: first.id },
    'partnership lead': { personId: partnership.people.find((p) => p.programmeRoles.includes('partnership-lead'))!.id, cycleId: cycles[5]!.id },
    'teacher elsewhere': { personId: outsider.id, cycleId: first.id },
  };
  const now = new Date().toISOString();
  const records = [partnership, pack, ...cycles].map((doc) => ({ kind: doc.kind, id: doc.id, revision: 1, updatedAt: now, body: { ...doc, revision: 1 } }));
  return { backup: { format: 'spp-server-backup', version: 1, exportedAt: now, partnershipId: partnership.id, seq: 0, records, commands: [], devices: [] } as Backup, reviewers, roles };
}

// ---- the server process ----

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function startServerProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`] : []), '--conditions=source', '--import', 'tsx', join(root, 'packages/server/src/cli.ts'), '--demo', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ...env, SPP_RATE_PER_SECOND: '100000', SPP_RATE_BURST: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`spp-server exited: ${err}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { url, child };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`spp-server did not start: ${err}`);
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

// ---- load ----

const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

async function signIn(url: string, personId: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/demo/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ partnershipId: 'p-bench-server', personId }) });
  if (!res.ok) throw new Error(`sign-in as ${personId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

interface Person {
  personId: string;
  cycleId: string;
  token: string;
  deviceId: string;
  seq: number;
}

async function send(url: string, person: Person, phase: string, n: number): Promise<{ ok: boolean; ms: number }> {
  person.seq += 1;
  const started = performance.now();
  const res = await fetch(`${url}/api/v1/cycles/${person.cycleId}/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${person.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      commandId: `${phase}-${person.personId}-${n}`,
      deviceId: person.deviceId,
      seq: person.seq,
      // A reviewer keeps editing their own few notes, as autosave does while they type.
      event: { type: 'RECORD_EVIDENCE', item: { id: `ev-${person.personId}-${n % 5}`, activity: 'learning-walk', note: `Year ${(n % 6) + 1}: pupils read aloud in pairs; most could say what the routine is for. Note ${n}.` } },
    }),
  });
  const text = await res.text();
  if (res.status !== 200 && process.env['BENCH_DEBUG']) console.error(res.status, text.slice(0, 300));
  return { ok: res.status === 200, ms: performance.now() - started };
}

async function measureDriver(name: 'pglite' | 'postgres'): Promise<Record<string, unknown>> {
  const { backup, reviewers, roles } = benchYear();
  let env: Record<string, string>;
  let cleanup = async () => {};
  if (name === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'spp-bench-'));
    env = { SPP_DATA_DIR: join(dir, 'data') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const cluster = await startCluster();
    env = { DATABASE_URL: await cluster.database() };
    cleanup = () => cluster.stop();
  }
  try {
    const storage = name === 'pglite' ? { dataDir: env['SPP_DATA_DIR']! } : { dataDir: '', databaseUrl: env['DATABASE_URL']! };
    const db = await openDatabase(storage);
    if (db.driver === 'postgres') await (await import('../packages/server/src/db/migrations')).migrate(db);
    await importPartnership(db, backup);
    await db.close();

    const { url, child } = await startServerProcess(env);
    try {
      const people: Person[] = [];
      for (const r of reviewers) people.push({ ...r, token: await signIn(url, r.personId), deviceId: `device-${r.personId}`, seq: 0 });

      const note = (m: string) => process.stderr.write(`server bench (${name}): ${m}\n`);
      note('signed in; saturation…');
      // Saturation.
      const before = await revisionSum(url, people);
      const started = performance.now();
      let answered = 0;
      let failed = 0;
      await Promise.all(
        people.map(async (person) => {
          for (let n = 0; n < COMMANDS_EACH; n++) {
            const r = await send(url, person, 'sat', n);
            if (r.ok) answered++;
            else failed++;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const applied = (await revisionSum(url, people)) - before;
      const saturation = { people: PEOPLE, commandsEach: COMMANDS_EACH, seconds, perSecond: answered / seconds, answered, failed, lost: Math.max(0, answered - applied), duplicated: Math.max(0, applied - answered) };

      note(`saturation ${saturation.perSecond.toFixed(0)} cmd/s; review day…`);
      // Review day: one command every 2 s each, spread evenly.
      const latencies: number[] = [];
      let dayFailed = 0;
      const end = performance.now() + REVIEW_DAY_SECONDS * 1000;
      await Promise.all(
        people.map(async (person, i) => {
          await new Promise((r) => setTimeout(r, (i * 2000) / PEOPLE));
          for (let n = 0; performance.now() < end; n++) {
            const next = performance.now() + 2000;
            const r = await send(url, person, 'day', n);
            if (r.ok) latencies.push(r.ms);
            else dayFailed++;
            await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
          }
        }),
      );
      const reviewDay = { commands: latencies.length, failed: dayFailed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) };

      note(`review day p95 ${reviewDay.p95.toFixed(1)} ms; reads…`);
      // Filtered reads, one role at a time.
      const reads: Record<string, { p50: number; p95: number; bytes: number }> = {};
      for (const [role, { personId, cycleId }] of Object.entries(roles)) {
        const token = await signIn(url, personId);
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 220; i++) {
          const t0 = performance.now();
          const res = await fetch(`${url}/api/v1/cycles/${cycleId}`, { headers: { Authorization: `Bearer ${token}` } });
          const text = await res.text();
          if (!res.ok) throw new Error(`read as ${role}: ${res.status} ${text}`);
          if (i >= 20) times.push(performance.now() - t0); // after warm-up
          bytes = text.length;
        }
        reads[role] = { p50: percentile(times, 50), p95: percentile(times, 95), bytes };
      }
      return { driver: name, saturation, reviewDay, reads };
    } finally {
      await stop(child);
    }
  } finally {
    await cleanup();
  }
}

async function revisionSum(url: string, people: Person[]): Promise<number> {
  const seen = new Map<string, string>();
  for (const p of people) if (!seen.has(p.cycleId)) seen.set(p.cycleId, p.token);
  let sum = 0;
  for (const [cycleId, token] of seen) {
    const res = await fetch(`${url}/api/v1/cycles/${cycleId}`, { headers: { Authorization: `Bearer ${token}` } });
    sum += ((await res.json()) as { revision: number }).revision;
  }
  return sum;
}

const only = process.argv[2];
const results = [];
for (const driver of ['pglite', 'postgres'] as const) if (!only || only === driver) results.push(await measureDriver(driver));
console.log(JSON.stringify(results));
