// Scale of planning: `planSchedule` for partnerships of 20, 100 and 500 schools (four people per
// school), each size in a fresh `node --expose-gc` process so heap figures do not mix. The child
// (bench/schedule-child.ts) is bundled by esbuild from core's sources into bench/.tmp/ first.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchDir, esbuildBase, tmpDir } from './paths.mjs';

export const SCHEDULE_SIZES = [20, 100, 500];
export const SCHEDULE_BUDGET_MS = 1000; // at 500 schools
/** Timed runs after the cold one: more for the small sizes, whose runs take a few milliseconds. */
const RUNS = { 20: 25, 100: 15, 500: 7 };

function runChild(file, schools, runs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', file, String(schools), String(runs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`schedule child (${schools} schools) exited ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)));
      } catch {
        reject(new Error(`schedule child (${schools} schools) printed no result: ${out.slice(0, 200)}`));
      }
    });
  });
}

export async function runSchedule(log = () => {}) {
  const started = performance.now();
  const file = join(tmpDir, 'schedule-child.mjs');
  await build({ ...esbuildBase, entryPoints: [join(benchDir, 'schedule-child.ts')], platform: 'node', outfile: file, minify: false });
  const sizes = [];
  for (const schools of SCHEDULE_SIZES) {
    const r = await runChild(file, schools, RUNS[schools] ?? 7);
    log(`schedule: ${schools} schools, median ${r.medianMs.toFixed(1)} ms (cold ${r.coldMs.toFixed(1)} ms), ${r.errors.length} errors`);
    sizes.push(r);
  }
  const at500 = sizes.find((s) => s.schools === 500);
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    sizes,
    verdicts: [
      {
        id: 'schedule-500-time',
        label: 'planSchedule at 500 schools (median)',
        value: at500.medianMs,
        unit: 'ms',
        budget: `< ${SCHEDULE_BUDGET_MS} ms`,
        pass: at500.medianMs < SCHEDULE_BUDGET_MS,
      },
      {
        id: 'schedule-valid',
        label: 'every planned schedule passes validateSchedule (errors)',
        value: sizes.reduce((n, s) => n + s.errors.length, 0),
        unit: 'errors',
        budget: '0',
        pass: sizes.every((s) => s.errors.length === 0 && s.validatedResults === s.runs + 1),
      },
    ],
  };
}
