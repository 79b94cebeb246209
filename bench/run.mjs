#!/usr/bin/env node
// `npm run bench` (`node bench/run.mjs`): every benchmark of the project, its figures and budget
// verdicts. What each one measures and why: docs/benchmarks.md.
//
//   1. bundle sizes (esbuild, gzip -9)                     bench/lib/sizes.mjs
//      and what the languages cost (the locale layer;     bench/lib/i18n-sizes.mjs
//      Welsh catalogues loaded only when used)
//   2. planSchedule at 20 / 100 / 500 schools (Node)         bench/lib/schedule.mjs
//   3. render, one Chromium run: <spp-self-review> first     bench/lib/browser.mjs
//      render vs static markup, renders while typing, and
//      <spp-cycle-tracker> with 500 cycles
//   4. spp-server under load, PGlite and PostgreSQL           bench/lib/server.mjs
//      (saturation, review-day latency, filtered reads)
//   5. live: the demo on spp-server --demo, two people in      bench/lib/live.mjs
//      Chromium (save → appearance) and serverConnection
//      replaying 1,000 queued commands
//
// Run one after another (never in parallel: timings would share the two cores). Writes
// bench/results/latest.json and latest.md (with the machine described).
//
// Exit code: 0 every budget passes; 1 at least one budget FAILS (the figures are still written);
// 2 a benchmark could not run at all. A part reported "not measured" (e.g. an element not in the
// repository yet) does not change the exit code.
//
// Options: --only=sizes,schedule,browser (or --only=live, …) runs some parts and prints them without writing results;
// --profile also writes a CPU profile of <spp-self-review> renders to bench/.tmp/self-review.cpuprofile
// (pages unminified, so figures differ a little: do not keep the results of such a run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsDir, rel, tmpDir } from './lib/paths.mjs';
import { describeMachine, load } from './lib/machine.mjs';
import { runSizes } from './lib/sizes.mjs';
import { localeMarkdown, localeVerdicts, runLocaleSizes } from './lib/i18n-sizes.mjs';
import { runSchedule } from './lib/schedule.mjs';
import { CHROMIUM, runBrowser } from './lib/browser.mjs';
import { consoleTable, markdown, verdicts } from './lib/report.mjs';
import { runServer, serverMarkdown, serverVerdicts } from './lib/server.mjs';
import { liveMarkdown, liveVerdicts, runLive } from './lib/live.mjs';

const PARTS = ['sizes', 'i18n', 'schedule', 'browser', 'server', 'live'];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS;
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`bench: unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
  process.exit(2);
}

const started = performance.now();
const log = (line) => console.log(line);
mkdirSync(tmpDir, { recursive: true });
const errors = [];

const loads = { start: load() };

async function part(name, fn) {
  if (!only.includes(name)) return undefined;
  loads[name] = load();
  try {
    return await fn(log);
  } catch (error) {
    errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`bench: ${name} could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    return undefined;
  }
}

console.log('bench: bundle sizes, planSchedule scale, Chromium render, server load, live demo (one after another)');
const sizes = await part('sizes', runSizes);
const i18n = await part('i18n', runLocaleSizes);
const schedule = await part('schedule', runSchedule);
const browser = await part('browser', (l) => runBrowser(l, { profile: process.argv.includes('--profile') }));
if (browser?.errors?.length) errors.push(...browser.errors.map((e) => `browser: ${e}`));
const server = await part('server', runServer);
const live = await part('live', runLive);

const seconds = (performance.now() - started) / 1000;
loads.end = load();
const machine = describeMachine({ chromiumVersion: browser?.chromium ?? live?.chromium, chromiumPath: CHROMIUM, loads });
// Busy: other work was running when the benchmarks started (later samples include our own work).
const busy = loads.start > machine.cores / 2;
machine.busy = busy;
const list = [...verdicts({ sizes, schedule, browser }), ...(i18n ? localeVerdicts(i18n) : []), ...(server ? serverVerdicts(server) : []), ...(live ? liveVerdicts(live) : [])];
const failed = list.filter((v) => v.pass === false);
const notMeasured = list.filter((v) => v.pass === null);

console.log('');
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`);
console.log(`Load average (1 min) at each part: ${Object.entries(loads).map(([k, v]) => `${k} ${v}`).join(', ')}${busy ? ' — the machine was busy with other work: timings are pessimistic (sizes are not affected)' : ''}`);
console.log('');
console.log(consoleTable(list));
console.log('');

const write = !onlyArg && !process.argv.includes('--profile');
if (write) {
  mkdirSync(resultsDir, { recursive: true });
  const json = { schema: 1, seconds, machine, verdicts: list, errors, sizes, i18n, schedule, browser, server, live };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), markdown({ machine, list, sizes, schedule, browser, seconds, errors }) + (i18n ? `\n${localeMarkdown(i18n)}` : '') + (server ? `\n${serverMarkdown(server)}` : '') + (live ? `\n${liveMarkdown(live)}` : ''));
  console.log(`bench: results written to ${rel(join(resultsDir, 'latest.md'))} and latest.json`);
}

const summary = `${list.length - failed.length - notMeasured.length} of ${list.length} budgets pass` + (notMeasured.length ? `, ${notMeasured.length} not measured` : '');
if (errors.length) {
  console.log(`bench: ${summary}; ERRORS, some benchmarks could not run: ${errors.join('; ')} — exit code 2 (${seconds.toFixed(0)} s)`);
  process.exitCode = 2;
} else if (failed.length) {
  console.log(`bench: ${summary}; ${failed.length} FAIL: ${failed.map((v) => v.id).join(', ')}`);
  console.log(`bench: exit code 1 because ${failed.length === 1 ? 'a budget fails' : `${failed.length} budgets fail`} (the run itself worked: the figures above are real${write ? ' and were written' : ''}; ${seconds.toFixed(0)} s)`);
  process.exitCode = 1;
} else {
  console.log(`bench: ${summary} — exit code 0 (${seconds.toFixed(0)} s)`);
}
