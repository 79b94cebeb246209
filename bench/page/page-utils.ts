/** Helpers shared by the benchmark pages. */

/**
 * Waits until `done()` is true: first on microtasks only (a memory store and Lit settle there, so
 * no timer delay is added to what is measured), then on zero-delay timers, failing after `timeoutMs`.
 */
export async function waitFor(done: () => boolean | Promise<boolean>, what: string | (() => string), timeoutMs = 20_000): Promise<void> {
  const start = performance.now();
  for (let i = 0; ; i++) {
    if (await done()) return;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting until ${typeof what === 'function' ? what() : what}`);
    if (i < 500) await Promise.resolve();
    else await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Resolves after the next frame has been rendered, so its style, layout and paint fall outside any measurement. */
export function afterRendering(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A full collection when Chromium runs with `--js-flags=--expose-gc`, so garbage of one iteration is not collected in the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Median (mean of the middle two for an even count), p95 (nearest rank), min, max, mean. */
export function stats(values: readonly number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { n, median: NaN, p95: NaN, min: NaN, max: NaN, mean: NaN };
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  const p95 = s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]!;
  return { n, median, p95, min: s[0]!, max: s[n - 1]!, mean: s.reduce((a, b) => a + b, 0) / n };
}
