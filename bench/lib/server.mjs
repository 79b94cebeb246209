// The server under load: the real spp-server in its own process on loopback, on PGlite and on a
// throw-away PostgreSQL cluster (bench/server-child.ts, run with tsx from the sources). See
// docs/benchmarks.md for what each figure means.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchDir, root } from './paths.mjs';

export const SERVER_BUDGETS = {
  saturation: { pglite: 300, postgres: 600 }, // commands per second
  reviewDayP95Ms: 30,
  readP95Ms: 5,
};

export function runServer(log = () => {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(benchDir, 'server-child.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      for (const line of String(d).split('\n')) if (line.startsWith('server bench')) log(line);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`server bench exited ${code}: ${err.trim().split('\n').slice(-4).join(' ')}`));
      try {
        resolve({ drivers: JSON.parse(out.trim().split('\n').at(-1)) });
      } catch {
        reject(new Error(`server bench printed no result: ${out.slice(0, 200)}`));
      }
    });
  });
}

const ms = (v) => `${v.toFixed(1)} ms`;

export function serverVerdicts(server) {
  const out = [];
  for (const d of server.drivers) {
    const s = d.saturation;
    const budget = SERVER_BUDGETS.saturation[d.driver];
    out.push({ id: `server:${d.driver}:saturation`, group: 'Server', label: `${d.driver}: ${s.people} people × ${s.commandsEach} commands as fast as answered`, value: `${s.perSecond.toFixed(0)} cmd/s`, budget: `≥ ${budget} cmd/s`, pass: s.perSecond >= budget });
    out.push({ id: `server:${d.driver}:lost`, group: 'Server', label: `${d.driver}: commands lost or applied twice (answered 2xx vs revisions)`, value: `${s.lost} lost, ${s.duplicated} twice`, budget: '0', pass: s.lost === 0 && s.duplicated === 0 && s.failed === 0 });
    out.push({ id: `server:${d.driver}:review-day`, group: 'Server', label: `${d.driver}: review day, 50 people × one command every 2 s (p95)`, value: `${ms(d.reviewDay.p95)} (p50 ${ms(d.reviewDay.p50)})`, budget: `≤ ${SERVER_BUDGETS.reviewDayP95Ms} ms`, pass: d.reviewDay.p95 <= SERVER_BUDGETS.reviewDayP95Ms && d.reviewDay.failed === 0 });
    const worst = Object.entries(d.reads).sort((a, b) => b[1].p95 - a[1].p95)[0];
    out.push({ id: `server:${d.driver}:read`, group: 'Server', label: `${d.driver}: filtered read of a 60-question cycle, worst role (p95)`, value: `${ms(worst[1].p95)} (${worst[0]})`, budget: `≤ ${SERVER_BUDGETS.readP95Ms} ms`, pass: worst[1].p95 <= SERVER_BUDGETS.readP95Ms });
  }
  return out;
}

const row = (cells) => `| ${cells.join(' | ')} |`;

export function serverMarkdown(server) {
  const lines = ['## Server', ''];
  lines.push(
    'The real `spp-server` in its own process on loopback, loaded from the benchmark process: one partnership of 13 schools, 50 reviewers on 10 review teams, each cycle in the review stage with a 60-question self-review. Each command is a reviewer saving one of their five evidence notes (as autosave does), with a device id and sequence. Both processes share the two cores.',
    '',
  );
  lines.push(row(['Driver', 'Saturation', 'Answered', 'Lost', 'Twice', 'Review day p50', 'p95', 'max', ...Object.keys(server.drivers[0]?.reads ?? {}).map((r) => `read p95: ${r}`)]));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', ...Object.keys(server.drivers[0]?.reads ?? {}).map(() => '---:')]));
  for (const d of server.drivers) {
    const s = d.saturation;
    lines.push(row([d.driver, `${s.perSecond.toFixed(0)} cmd/s (${s.seconds.toFixed(1)} s)`, s.answered, s.lost, s.duplicated, ms(d.reviewDay.p50), ms(d.reviewDay.p95), ms(d.reviewDay.max), ...Object.values(d.reads).map((r) => `${ms(r.p95)} (${(r.bytes / 1024).toFixed(0)} kB)`)]));
  }
  lines.push('');
  return lines.join('\n');
}
