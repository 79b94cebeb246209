/**
 * One size of the scale benchmark, in a fresh process (`node --expose-gc`, started by
 * bench/lib/schedule.mjs after esbuild has bundled this file into bench/.tmp/): plans the schedule
 * of a partnership of `argv[2]` schools with `planSchedule`, checks every result with
 * `validateSchedule`, and prints one JSON line with times and heap figures.
 */
import { planSchedule, validateSchedule, type PlanResult } from '@spp/core';
import { bigPartnership } from './fixtures';

const schools = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 7);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const partnership = bigPartnership(schools);

/** Errors `validateSchedule` finds in a result (a refused plan counts as its problems). */
function check(result: PlanResult): { errors: string[]; warnings: number; reviews: number } {
  if (!result.ok) return { errors: result.problems.map((p) => `${p.rule}: ${p.message}`), warnings: 0, reviews: 0 };
  const found = validateSchedule(partnership, result.schedule);
  return {
    errors: found.filter((p) => p.severity === 'error').map((p) => `${p.rule}: ${p.message}`),
    warnings: found.filter((p) => p.severity === 'warning').length,
    reviews: result.schedule.reviews.length,
  };
}

// First run, cold: heap before and after (no GC forced in between), then what stays after a GC
// while the result is still referenced.
gc();
gc();
const heapBefore = process.memoryUsage().heapUsed;
let t = performance.now();
let result: PlanResult | undefined = planSchedule(partnership);
const coldMs = performance.now() - t;
const heapAfterRun = process.memoryUsage().heapUsed;
gc();
const heapRetained = process.memoryUsage().heapUsed;
const first = check(result);
result = undefined;

const times: number[] = [];
const checks = [first];
for (let i = 0; i < runs; i++) {
  gc();
  t = performance.now();
  const r = planSchedule(partnership);
  times.push(performance.now() - t);
  checks.push(check(r));
}
// `validateSchedule` alone (planSchedule also runs it on its own result), for the record.
const again = planSchedule(partnership);
let validateMs: number | null = null;
if (again.ok) {
  t = performance.now();
  validateSchedule(partnership, again.schedule);
  validateMs = performance.now() - t;
}

const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
const errors = [...new Set(checks.flatMap((c) => c.errors))];
console.log(
  JSON.stringify({
    schools,
    people: partnership.people.length,
    runs: times.length,
    coldMs,
    medianMs: median,
    minMs: sorted[0],
    maxMs: sorted.at(-1),
    validateMs,
    heapGrowthDuringRunBytes: heapAfterRun - heapBefore,
    heapRetainedByResultBytes: heapRetained - heapBefore,
    reviews: first.reviews,
    warnings: first.warnings,
    validatedResults: checks.length,
    errors,
  }),
);
