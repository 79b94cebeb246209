// The browser benchmarks, in ONE run of Debian's Chromium (/usr/bin/chromium) driven by
// playwright-core: esbuild bundles the pages in bench/page/ into bench/.tmp/, a tiny static server
// on 127.0.0.1 serves them (cross-origin isolated, so performance.now() has 5 µs steps), and each
// page exposes `window.sppBench` for the measurements.
//
// - self-review: first render against static innerHTML (ratio), then renders per question while typing;
// - cycle tracker: 500 cycles, time until the table has 500 rows, on fresh page loads (cold) and
//   again on the last page (warm). Measured only when the element exists in the repository.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { benchDir, esbuildBase, root, tmpDir } from './paths.mjs';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const RENDER_RATIO_BUDGET = 2; // element first render ≤ 2 × static innerHTML (median)
export const TRACKER_BUDGET_MS = 1500; // our own budget: 500 cycles on the tracker
const TRACKER_COLD_LOADS = 5;
const TRACKER_WARM_RUNS = 4;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  // Timers and rendering are not slowed down for a page the headless browser considers hidden.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // `gc()` between iterations, so one iteration's garbage is not collected during the next.
  '--js-flags=--expose-gc',
];

const trackerDefine = join(root, 'packages/elements/src/cycle-tracker/cycle-tracker.define.ts');

/** Bundles one page into bench/.tmp/<name>.js with its HTML; returns an error message instead of throwing. */
async function buildPage(name, { minify = true } = {}) {
  try {
    await build({
      ...esbuildBase,
      entryPoints: [join(benchDir, 'page', `${name}-page.ts`)],
      outfile: join(tmpDir, `${name}.js`),
      platform: 'browser',
      minify, // as a page would ship it; lit's default export condition is its production build
      sourcemap: false,
      logLevel: 'silent',
    });
    writeFileSync(
      join(tmpDir, `${name}.html`),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench: ${name}</title></head>` +
        `<body style="margin:0;font:16px system-ui"><main id="stage" style="width:1024px"></main><script type="module" src="./${name}.js"></script></body></html>\n`,
    );
    return undefined;
  } catch (error) {
    const first = error?.errors?.[0];
    return first ? `${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}` : String(error?.message ?? error);
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** Serves bench/.tmp on 127.0.0.1 (a free port), cross-origin isolated. */
function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(tmpDir, path);
    if (!file.startsWith(tmpDir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function open(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.sppBench?.ready === true, null, { timeout: 30_000 });
}

/**
 * `profile`: also records a CPU profile of 30 element renders into bench/.tmp/self-review.cpuprofile
 * (open it in Chromium DevTools, Performance panel); the pages are then built unminified, so
 * function names are readable.
 */
export async function runBrowser(log = () => {}, { profile = false } = {}) {
  const started = performance.now();
  mkdirSync(tmpDir, { recursive: true });
  const trackerPresent = existsSync(trackerDefine);
  const minify = !profile;
  const [selfReviewBuildError, trackerBuildError] = await Promise.all([buildPage('self-review', { minify }), trackerPresent ? buildPage('tracker', { minify }) : undefined]);

  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const result = { chromium: browser.version(), selfReview: null, typing: null, tracker: null, errors: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));

    // 1. <spp-self-review>: first render against static markup, then renders while typing.
    if (selfReviewBuildError) {
      result.errors.push(`self-review page did not build: ${selfReviewBuildError}`);
    } else {
      try {
        await open(page, `${base}/self-review.html`);
        result.selfReview = await page.evaluate(() => window.sppBench.renderRatio({ warmup: 10, iterations: 120 }));
        log(`render: self-review ${result.selfReview.element.median.toFixed(2)} ms vs static ${result.selfReview.static.median.toFixed(2)} ms (median), ratio ${result.selfReview.ratioMedian.toFixed(2)}×`);
        result.selfReview.breakdown = await page.evaluate(() => window.sppBench.breakdown());
        if (profile) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          await page.evaluate(() => window.sppBench.renderRatio({ warmup: 0, iterations: 30 }));
          const { profile: cpuProfile } = await cdp.send('Profiler.stop');
          writeFileSync(join(tmpDir, 'self-review.cpuprofile'), JSON.stringify(cpuProfile));
          log(`render: CPU profile of 30 renders written to bench/.tmp/self-review.cpuprofile`);
        }
        result.typing = await page.evaluate(() => window.sppBench.typing({ characters: 20 }));
        log(`render: typing 20 characters rendered other questions ${result.typing.afterSave.others} times`);
      } catch (error) {
        result.errors.push(`self-review: ${error.message.split('\n')[0]}${pageErrors.length ? ` (page: ${pageErrors.join('; ')})` : ''}`);
      }
    }

    // 2. <spp-cycle-tracker> with 500 cycles: cold (a fresh page load each), then warm.
    if (!trackerPresent) {
      result.tracker = { measured: false, reason: 'not measured: element not present' };
    } else if (trackerBuildError) {
      result.tracker = { measured: false, reason: `not measured: the tracker page did not build (${trackerBuildError})` };
    } else {
      try {
        const cold = [];
        const warm = [];
        for (let i = 0; i < TRACKER_COLD_LOADS; i++) {
          await open(page, `${base}/tracker.html?load=${i}`);
          cold.push(await page.evaluate(() => window.sppBench.render()));
        }
        for (let i = 0; i < TRACKER_WARM_RUNS; i++) warm.push(await page.evaluate(() => window.sppBench.render()));
        result.tracker = { measured: true, cold, warm };
        log(`render: tracker 500 cycles, cold ${cold.map((r) => r.ms.toFixed(0)).join(', ')} ms; warm ${warm.map((r) => r.ms.toFixed(0)).join(', ')} ms`);
      } catch (error) {
        result.tracker = { measured: false, reason: `not measured: ${error.message.split('\n')[0]}${pageErrors.length ? ` (page: ${pageErrors.join('; ')})` : ''}` };
      }
    }
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
