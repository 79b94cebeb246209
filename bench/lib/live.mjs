// Live, as people use it: the real `spp-server --demo` serving the built demo page, two people in
// two Chromium contexts, and core's serverConnection replaying an outbox (bench/live-child.ts, run
// with tsx from the sources). See docs/benchmarks.md for what each figure means.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, root, tmpDir } from './paths.mjs';

export const LIVE_BUDGETS = {
  appearP95Ms: 500, // A clicks "Add evidence" → the note on B's open page, p95, loopback
  replaySeconds: 60, // 1,000 queued commands: the server back → the outbox empty
};

export function runLive(log = () => {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(benchDir, 'live-child.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      for (const line of String(d).split('\n')) if (line.startsWith('live bench')) log(line);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`live bench exited ${code}: ${err.trim().split('\n').slice(-4).join(' ')}`));
      try {
        const result = JSON.parse(out.trim().split('\n').at(-1));
        // Every sample, also after an --only run (which writes no results): bench/.tmp/live.json.
        writeFileSync(join(tmpDir, 'live.json'), `${JSON.stringify(result, null, 2)}\n`);
        resolve(result);
      } catch {
        reject(new Error(`live bench printed no result: ${out.slice(0, 200)}`));
      }
    });
  });
}

const ms = (v) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${Math.round(v)} ms`);
const s1 = (msValue) => `${(msValue / 1000).toFixed(1)} s`;

export function liveVerdicts(live) {
  const out = [];
  const l = live.latency;
  out.push({
    id: 'live:appear',
    group: 'Live',
    label: `two people, loopback: A clicks "Add evidence" → the note on B's open page, ${l.edits} edits (p95)`,
    value: `${ms(l.appear.p95)} (p50 ${ms(l.appear.p50)}, max ${ms(l.appear.max)}${l.missing ? `, ${l.missing} never shown` : ''})`,
    budget: `≤ ${LIVE_BUDGETS.appearP95Ms} ms`,
    pass: l.missing === 0 && l.appear.p95 <= LIVE_BUDGETS.appearP95Ms,
  });
  const r = live.replay;
  out.push({
    id: 'live:replay-time',
    group: 'Live',
    label: `outbox replay: ${r.queued.toLocaleString('en-GB')} commands queued offline, the server back → outbox empty`,
    value: `${s1(r.replayMs)} (${r.perSecond.toFixed(0)} cmd/s)`,
    budget: `≤ ${LIVE_BUDGETS.replaySeconds} s`,
    pass: !r.stuck && r.replayMs <= LIVE_BUDGETS.replaySeconds * 1000,
  });
  out.push({
    id: 'live:replay-lost',
    group: 'Live',
    label: 'outbox replay: commands lost or applied twice (the server\'s record)',
    value: `${r.lost} lost, ${r.duplicated} twice`,
    budget: '0',
    pass: r.lost === 0 && r.duplicated === 0 && r.refused === 0 && r.wrongText === 0,
  });
  return out;
}

const row = (cells) => `| ${cells.join(' | ')} |`;

export function liveMarkdown(live) {
  const l = live.latency;
  const r = live.replay;
  const lines = ['## Live (server, demo page, two people)', ''];
  lines.push(
    `The real \`spp-server --demo\` (its CLI, PGlite in a temporary folder, rate limit 1000/s) serving the built demo page, on loopback. Both phases share the two cores with the browser and the benchmark process (which also runs the proxy); each has a fresh server. Every sample: \`bench/.tmp/live.json\`.`,
    '',
    `**Save → appearance.** Amara (context A) and Erin (context B) on the review day of c-oakfield, each in a Chromium context of their own. A logs ${l.edits} notes one after another (after ${l.warmup} warm-up ones); each is timed from A's click on "Add evidence" (a capture-phase listener) to the note in B's evidence log (a MutationObserver), both with \`Date.now()\` (one machine, one clock). The next note once the last is on B's page.`,
    '',
  );
  lines.push(row(['From A\'s click to…', 'p50', 'p95', 'max', 'min']), row(['---', '---:', '---:', '---:', '---:']));
  const line = (label, st) => lines.push(row([label, ms(st.p50), ms(st.p95), ms(st.max), ms(st.min)]));
  line('the note in A\'s own log (unsaved)', l.local);
  line('A\'s page sends the command (POST …/events)', l.post);
  line('A shown saved', l.saved);
  line('**the note on B\'s page**', l.appear);
  lines.push('', row(['Parts', 'p50', 'p95', 'max', 'min']), row(['---', '---:', '---:', '---:', '---:']));
  line('POST sent → its answer (A)', l.answer);
  line('POST sent → the note on B\'s page (server + change feed + render)', l.postToB);
  const samples = l.samples ?? [];
  if (samples.length >= 40) {
    const med = (key, part) => {
      const v = part.map((x) => x[key]).filter((x) => x !== null).sort((a, b) => a - b);
      return v.length ? v[Math.floor((v.length - 1) / 2)] : NaN;
    };
    const first = samples.slice(0, 20);
    const last = samples.slice(-20);
    const change = (key) => `${ms(med(key, first))} → ${ms(med(key, last))}`;
    lines.push('', `As the log grows (median of the first 20 notes → the last 20): on B's page ${change('appearMs')}; A's command sent ${change('postMs')}; sent → on B's page ${change('postToBMs')}; A's own log ${change('localMs')}.`);
  }
  lines.push(
    '',
    `${l.missing ? `**${l.missing} notes never reached B** within 10 s. ` : ''}On the server afterwards: ${l.onServer} of ${l.expectedOnServer} notes (revision +${l.revisionDelta}); B shows ${l.shownOnB}. Page errors: ${l.problems.pageErrors.length}, console errors and warnings: ${l.problems.console.length}, failed requests: ${l.problems.failedRequests.length}.`,
    '',
  );
  if (l.problems.pageErrors.length + l.problems.console.length + l.problems.failedRequests.length) {
    for (const p of [...l.problems.pageErrors, ...l.problems.console, ...l.problems.failedRequests].slice(0, 8)) lines.push(`- \`${p.replace(/`/g, "'")}\``);
    lines.push('');
  }
  lines.push(
    `**Outbox replay.** Core's \`serverConnection\` in Node as Erin, a memory outbox, a demo token, through a proxy that is taken down. The review-day page reads c-oakfield, the proxy goes down, the page sends ${r.sentByPage} RECORD_EVIDENCE commands through \`send\` (${s1(r.send.totalMs)}; ${r.send.firstTenMeanMs.toFixed(1)} ms each for the first ten, ${r.send.lastTenMeanMs.toFixed(1)} ms for the last ten) and is closed; the other ${r.queued - r.sentByPage} are stored in the same outbox as \`send\` stores them. The next page opens on that outbox with the server still unreachable (${r.waitingBefore} waiting); the proxy comes back and \`flush()\` is called (as the browser's \`online\` event does); timed until the outbox is empty.`,
    '',
  );
  lines.push(row(['Commands', 'Time', 'Rate', 'POSTs', 'Lost', 'Twice', 'Refused', 'In order', 'CPU: server / client', 'Record after']), row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---:', '---:']));
  lines.push(row([r.queued, `**${s1(r.replayMs)}**`, `${r.perSecond.toFixed(0)} cmd/s`, r.posts, r.lost, r.duplicated, r.refused, r.inOrder ? 'yes' : '**no**', `${r.cpu.serverSeconds.toFixed(1)} s / ${r.cpu.clientSeconds.toFixed(1)} s`, `${r.evidenceOnServer} items, ${(r.documentBytes / 1024).toFixed(0)} kB`]));
  const marks = r.progress ?? [];
  if (marks.length >= 2) {
    const per = (a, b) => ({ wall: ((b.s - a.s) * 1000) / (b.sent - a.sent), server: ((b.serverCpuS - a.serverCpuS) * 1000) / (b.sent - a.sent), client: ((b.clientCpuS - a.clientCpuS) * 1000) / (b.sent - a.sent) });
    const zero = { sent: 0, s: 0, serverCpuS: 0, clientCpuS: 0 };
    const first = per(zero, marks[0]);
    const last = per(marks.at(-2), marks.at(-1));
    lines.push(
      '',
      `Per command, the first ${marks[0].sent} against the last ${marks.at(-1).sent - marks.at(-2).sent}: ${first.wall.toFixed(0)} → ${last.wall.toFixed(0)} ms of time, ${first.server.toFixed(0)} → ${last.server.toFixed(0)} ms of the server's CPU, ${first.client.toFixed(0)} → ${last.client.toFixed(0)} ms of the client's (the record grows by one item a command; each answer and each change on the feed carries all of it).`,
      '',
      row(['Sent', ...marks.map((m) => m.sent)]),
      row(['---', ...marks.map(() => '---:')]),
      row(['Time', ...marks.map((m) => `${m.s.toFixed(0)} s`)]),
      row(['Server CPU', ...marks.map((m) => `${m.serverCpuS.toFixed(0)} s`)]),
      row(['Client CPU', ...marks.map((m) => `${m.clientCpuS.toFixed(0)} s`)]),
    );
  }
  lines.push('');
  return lines.join('\n');
}
