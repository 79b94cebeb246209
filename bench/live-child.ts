/**
 * The live benchmark (run by bench/lib/live.mjs with tsx): the real `spp-server --demo` (its CLI,
 * PGlite in a temporary folder) serving the built demo page, as `npm start` runs it.
 *
 *   latency   two people in two Chromium contexts on the review day of c-oakfield: Amara logs a
 *             piece of evidence, the time until it is on Erin's open page (100 edits, one after
 *             another, after a few warm-up ones)
 *   replay    core's serverConnection in this process (memory outbox, a demo token): 1,000
 *             RECORD_EVIDENCE commands queued while the server cannot be reached (a proxy in front
 *             of it is down), then the proxy up again: the time until the outbox is empty, and the
 *             server's record checked for every command applied exactly once
 *
 * Each phase has a server of its own (a fresh data folder), so one does not weigh on the other.
 * Prints one JSON line: the figures.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { memoryOutbox, serverConnection, type Cycle } from '@spp/core';

const root = new URL('..', import.meta.url).pathname;
const PARTNERSHIP = 'p-riverside';
const CYCLE = 'c-oakfield';
const EDITS = Number(process.env['BENCH_LIVE_EDITS'] ?? 100);
const WARMUP = 5;
const QUEUED = Number(process.env['BENCH_REPLAY_COMMANDS'] ?? 1000);
/** Of those, how many the page sends through `send` before it is closed (see measureReplay). */
const SENT_BY_PAGE = Math.min(QUEUED, 100);
const APPEAR_TIMEOUT_MS = 10_000;
const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  // Two pages side by side: neither's timers or rendering slowed down as a page in the background.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const began = performance.now();
const note = (m: string) => process.stderr.write(`live bench: ${m} (${((performance.now() - began) / 1000).toFixed(0)} s)\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const stats = (values: number[]) => ({ n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : NaN, min: values.length ? Math.min(...values) : NaN });

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

// ---- the server, as npm start runs it ----

interface Running {
  url: string;
  child: ChildProcess;
  output: () => string;
}

async function startServer(work: string, name: string): Promise<Running> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--demo', '--port', String(port), '--data-dir', join(work, `data-${name}`), '--static', join(work, 'demo')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SPP_RATE_PER_SECOND: '1000', SPP_RATE_BURST: '5000' } },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`spp-server stopped: ${output.slice(-800)}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { url, child, output: () => output };
    } catch {
      /* starting */
    }
    await sleep(100);
  }
  throw new Error(`spp-server did not start: ${output.slice(-800)}`);
}

const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** CPU time a process has used so far (Linux: /proc/<pid>/stat), in seconds; NaN elsewhere. */
function cpuSeconds(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100 a second)
  } catch {
    return NaN;
  }
}

async function tokenFor(url: string, personId: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/demo/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ partnershipId: PARTNERSHIP, personId }) });
  if (!res.ok) throw new Error(`demo sign-in as ${personId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

async function cycleOnServer(url: string, token: string): Promise<{ revision: number; document: Cycle }> {
  const res = await fetch(`${url}/api/v1/cycles/${CYCLE}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /cycles/${CYCLE}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { revision: number; document: Cycle };
}

/** Lines of the server's output that say something went wrong (it logs one JSON line per request). */
function serverProblems(output: string): string[] {
  return output
    .split('\n')
    .filter((l) => l.trim() && /error|warn|"status":5\d\d|"status":4(?!04)\d\d/i.test(l))
    .slice(0, 20);
}

// ---- 1. save → appearance between two people ----

/**
 * Installed in both pages: for every evidence note starting "Bench edit", when it first appears in
 * the evidence log (Date.now(), the clock both pages share) and when it is first shown as saved (its
 * item without the `unsaved` class). A MutationObserver on the log's shadow root, rebound if the
 * demo puts a new log on the page. On A, also the time of the click on "Add evidence" (capture
 * phase) and when the page sends the command and has its answer (a wrapper around `fetch`).
 */
// Plain JavaScript in a string: tsx would wrap named functions in a helper (`__name`) the page does not have.
const WATCHER = `(() => {
  const w = { clicked: {}, seen: {}, saved: {}, posted: {}, answered: {}, rebinds: 0, waiters: {} };
  window.__bench = w;
  // Resolves true when the note is in the log (at once if it is already), false after timeoutMs.
  w.when = (text, timeoutMs) =>
    new Promise((resolve) => {
      if (text in w.seen) return resolve(true);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      w.waiters[text] = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  // When the page sends each command (POST …/events) and has its answer, by the note it carries.
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let text = '';
    if (init && init.method === 'POST' && url.includes('/events') && typeof init.body === 'string') {
      try {
        text = (JSON.parse(init.body).event?.item?.note ?? '').trim();
      } catch {}
      if (text.startsWith('Bench edit') && !(text in w.posted)) w.posted[text] = Date.now();
    }
    const answer = realFetch(input, init);
    if (text.startsWith('Bench edit')) answer.then(() => { if (!(text in w.answered)) w.answered[text] = Date.now(); }, () => {});
    return answer;
  };
  // A click on "Add evidence": its moment, under the note that is in the field as it is clicked.
  document.addEventListener(
    'click',
    (event) => {
      const at = Date.now();
      const button = event.composedPath().find((el) => el instanceof Element && el.getAttribute('part') === 'capture-button');
      const field = bound && bound.shadowRoot && bound.shadowRoot.querySelector('#evidence-note');
      if (button && field) w.clicked[field.value.trim()] = at;
    },
    { capture: true },
  );
  let bound = null;
  let observer;
  const check = () => {
    const now = Date.now();
    const root = bound && bound.shadowRoot;
    if (!root) return;
    for (const item of root.querySelectorAll('[part="evidence-item"]')) {
      const text = (item.querySelector('.note')?.textContent ?? '').trim();
      if (!text.startsWith('Bench edit')) continue;
      if (!(text in w.seen)) {
        w.seen[text] = now;
        if (w.waiters[text]) w.waiters[text]();
        delete w.waiters[text];
      }
      if (!item.classList.contains('unsaved') && !(text in w.saved)) w.saved[text] = now;
    }
  };
  const bind = () => {
    const log = document.querySelector('spp-evidence-log');
    if (log === bound || !log || !log.shadowRoot) return;
    if (observer) observer.disconnect();
    bound = log;
    w.rebinds += 1;
    observer = new MutationObserver(check);
    observer.observe(log.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    check();
  };
  const start = () => new MutationObserver(bind).observe(document.documentElement, { subtree: true, childList: true });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
  const timer = setInterval(() => {
    bind();
    if (bound) clearInterval(timer);
  }, 20);
})();`;

interface PageProblems {
  console: string[];
  pageErrors: string[];
  failedRequests: string[];
}

async function openPerson(browser: Browser, url: string, personId: string, problems: PageProblems): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`[${personId}] ${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problems.pageErrors.push(`[${personId}] ${e.message.slice(0, 300)}`));
  page.on('requestfailed', (r) => {
    // The change feed is a request left open; closing the page cuts it. Not a problem.
    if (!r.url().includes('/changes')) problems.failedRequests.push(`[${personId}] ${r.method()} ${r.url().replace(url, '')}: ${r.failure()?.errorText ?? ''}`);
  });
  await page.addInitScript({ content: WATCHER });
  await page.goto(`${url}/?as=${personId}&view=${encodeURIComponent('cycle:review')}&cycle=${CYCLE}`);
  await page.locator('spp-evidence-log #evidence-note').waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

const notesShown = (page: Page) => page.locator('spp-evidence-log [part="evidence-item"] .note').count();

async function measureLatency(server: Running, browser: Browser) {
  const problems: PageProblems = { console: [], pageErrors: [], failedRequests: [] };
  try {
    const token = await tokenFor(server.url, 'u-amara');
    const start = await cycleOnServer(server.url, token);
    const a = await openPerson(browser, server.url, 'u-amara', problems);
    const b = await openPerson(browser, server.url, 'u-erin', problems);
    const before = start.document.review.evidence.length;
    for (const page of [a, b]) {
      for (let i = 0; (await notesShown(page)) !== before; i++) {
        if (i > 200) throw new Error(`the page shows ${await notesShown(page)} pieces of evidence, the server has ${before}`);
        await sleep(100);
      }
    }
    note(`both pages show the ${before} pieces of evidence; ${WARMUP} warm-up edits, then ${EDITS}…`);

    type Times = Record<'clicked' | 'seen' | 'saved' | 'posted' | 'answered', Record<string, number>>;
    const texts: string[] = [];
    const neverShown = new Set<string>();
    const phaseStarted = performance.now();
    for (let i = 1; i <= WARMUP + EDITS; i++) {
      const text = `Bench edit ${i}: pupils in Year ${(i % 6) + 1} explained the reading routine to a visitor.`;
      texts.push(text);
      await a.locator('spp-evidence-log #evidence-note').fill(text);
      await a.locator('spp-evidence-log [part="capture-button"]').click();
      // The next note once this one is on B's page (one person logging notes as they come, not a burst).
      const shown = await b.evaluate(([t, ms]) => (window as unknown as { __bench: { when(t: string, ms: number): Promise<boolean> } }).__bench.when(t, ms), [text, APPEAR_TIMEOUT_MS] as const);
      if (!shown) neverShown.add(text);
      if (i % 25 === 0) note(`${i} edits`);
    }
    const phaseSeconds = (performance.now() - phaseStarted) / 1000;
    // A's own page shows the last ones saved.
    await a
      .waitForFunction((t) => t in (window as unknown as { __bench: Times }).__bench.saved, texts.at(-1)!, { timeout: APPEAR_TIMEOUT_MS, polling: 50 })
      .catch(() => undefined);
    const onA = await a.evaluate(() => (window as unknown as { __bench: Times }).__bench);
    const onB = await b.evaluate(() => (window as unknown as { __bench: Times }).__bench);
    const since = (at: number | undefined, from: number | undefined) => (at === undefined || from === undefined ? null : at - from);
    const samples = texts.slice(WARMUP).map((t, i) => {
      const click = onA.clicked[t];
      return {
        i: i + 1,
        appearMs: neverShown.has(t) ? null : since(onB.seen[t], click),
        localMs: since(onA.seen[t], click),
        postMs: since(onA.posted[t], click),
        answerMs: since(onA.answered[t], onA.posted[t]),
        savedMs: since(onA.saved[t], click),
        postToBMs: neverShown.has(t) ? null : since(onB.seen[t], onA.posted[t]),
      };
    });
    const rebinds = await b.evaluate(() => (window as unknown as { __bench: { rebinds: number } }).__bench.rebinds);
    const end = await cycleOnServer(server.url, token);
    const onServer = end.document.review.evidence.filter((e) => e.note.startsWith('Bench edit')).length;
    const shownOnB = await b.locator('spp-evidence-log [part="evidence-item"] .note').allInnerTexts();
    await a.context().close();
    await b.context().close();
    const of = (key: keyof (typeof samples)[number]) => stats(samples.map((s) => s[key]).filter((v): v is number => v !== null));
    const outliers = samples.filter((s) => s.appearMs === null || s.appearMs > 1000).map((s) => ({ edit: s.i, appearMs: s.appearMs, postMs: s.postMs, answerMs: s.answerMs, postToBMs: s.postToBMs }));
    return {
      edits: EDITS,
      warmup: WARMUP,
      appear: of('appearMs'),
      missing: samples.filter((s) => s.appearMs === null).length,
      local: of('localMs'),
      post: of('postMs'),
      answer: of('answerMs'),
      saved: of('savedMs'),
      postToB: of('postToBMs'),
      seconds: phaseSeconds,
      samples,
      outliers,
      onServer,
      expectedOnServer: WARMUP + EDITS,
      revisionDelta: end.revision - start.revision,
      shownOnB: shownOnB.filter((t) => t.startsWith('Bench edit')).length,
      logRebinds: rebinds,
      problems,
      serverProblems: serverProblems(server.output()),
    };
  } finally {
    await stopServer(server.child);
  }
}

// ---- 2. outbox replay ----

/** A pass-through proxy on a fixed loopback port: down (closed, every connection cut) or up. */
async function startProxy(target: string) {
  const sockets = new Set<Socket>();
  let posts = 0;
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST') posts += 1;
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    posts: () => posts,
    down: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
    up: () => listen(port),
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

async function measureReplay(server: Running) {
  const proxy = await startProxy(server.url);
  const open: Array<{ close(): void }> = [];
  try {
    const personId = 'u-erin';
    const token = await tokenFor(server.url, personId);
    const amara = await tokenFor(server.url, 'u-amara');
    const outbox = memoryOutbox(); // stands for the IndexedDB outbox, which outlives the page
    const connect = () => {
      const connection = serverConnection({ baseUrl: proxy.url, partnershipId: PARTNERSHIP, personId, token: () => token, outbox });
      open.push(connection);
      return connection;
    };
    const ids = Array.from({ length: QUEUED }, (_, i) => `ev-replay-${i + 1}`);
    const text = (i: number) => `Replay ${i + 1}: noted offline on the review day, Year ${(i % 6) + 1} reading routine.`;
    const event = (i: number) => ({ type: 'RECORD_EVIDENCE', item: { id: ids[i]!, activity: 'learning-walk', note: text(i) } });
    const start = await cycleOnServer(server.url, amara);

    // The page of the review day: it reads the cycle, the Wi-Fi goes, the first SENT_BY_PAGE edits go
    // through send (core checks each on the cycle with the edits before it), the page is closed.
    const page = connect();
    const known = await page.get('cycle', CYCLE);
    if (known?.stage !== 'review') throw new Error(`${CYCLE} is at ${known?.stage}, not review`);
    for (let i = 0; i < 200 && page.status().feed !== 'open'; i++) await sleep(25);
    await proxy.down();
    const sendMs: number[] = [];
    let refusedHere = 0;
    for (let i = 0; i < SENT_BY_PAGE; i++) {
      const t0 = performance.now();
      const r = await page.send('cycle', CYCLE, event(i));
      sendMs.push(performance.now() - t0);
      if (!r.ok) refusedHere += 1;
    }
    for (let i = 0; i < 400 && page.status().server !== 'unreachable'; i++) await sleep(25);
    const pageStatus = page.status().server;
    page.close();
    // The rest as that page would have left them in the outbox (send stores exactly this after core's check).
    for (let i = SENT_BY_PAGE; i < QUEUED; i++) {
      await outbox.add({ commandId: `c-replay-${i + 1}-${Math.random().toString(36).slice(2, 10)}`, partnershipId: PARTNERSHIP, kind: 'cycle', id: CYCLE, event: event(i), queuedAt: new Date().toISOString() });
    }

    // The next page opens, still without a connection; then the Wi-Fi is back.
    const next = connect();
    const statuses: string[] = [];
    next.subscribe((e) => {
      if (e.type === 'status' && statuses.at(-1) !== e.status.server) statuses.push(e.status.server);
    });
    for (let i = 0; i < 400 && next.status().server !== 'unreachable'; i++) await sleep(25);
    for (let i = 0; i < 400 && next.status().waiting !== QUEUED; i++) await sleep(25);
    const waitingBefore = next.status().waiting;
    const serverBefore = await cycleOnServer(server.url, amara);
    if (serverBefore.revision !== start.revision) throw new Error('a command reached the server while it could not be reached');
    note(`${waitingBefore} commands waiting (the first ${SENT_BY_PAGE} sent by the page in ${(sendMs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s, status ${next.status().server}); the server back…`);

    const postsBefore = proxy.posts();
    const replayStarted = performance.now();
    await proxy.up();
    // As the browser's `online` event does: send now, not at the next retry of the backoff.
    const cpuBefore = { client: process.cpuUsage(), server: cpuSeconds(server.child) };
    void next.flush();
    const deadline = performance.now() + 150_000;
    let stuck = false;
    // At every hundred sent: the time and the CPU each process has used (robust to other work on the machine).
    const progress: Array<{ sent: number; s: number; serverCpuS: number; clientCpuS: number }> = [];
    const mark = (sent: number) => {
      const c = process.cpuUsage(cpuBefore.client);
      progress.push({ sent, s: (performance.now() - replayStarted) / 1000, serverCpuS: cpuSeconds(server.child) - cpuBefore.server, clientCpuS: (c.user + c.system) / 1e6 });
    };
    while (next.status().waiting > 0) {
      if (performance.now() > deadline) {
        stuck = true;
        break;
      }
      const sent = QUEUED - next.status().waiting;
      if (sent >= (progress.length + 1) * 100) mark(sent);
      await sleep(5);
    }
    mark(QUEUED - next.status().waiting);
    const replayMs = performance.now() - replayStarted;
    const clientCpu = process.cpuUsage(cpuBefore.client);
    const cpu = { clientSeconds: (clientCpu.user + clientCpu.system) / 1e6, serverSeconds: cpuSeconds(server.child) - cpuBefore.server };
    const posts = proxy.posts() - postsBefore;
    const state = next.state('cycle', CYCLE);
    const refused = next.refused().length;
    const waitingAfter = next.status().waiting;
    next.close();

    const end = await cycleOnServer(server.url, amara);
    const evidence = end.document.review.evidence;
    let lost = 0;
    let duplicated = 0;
    let wrongText = 0;
    for (const [i, id] of ids.entries()) {
      const found = evidence.filter((e) => e.id === id);
      if (found.length === 0) lost += 1;
      if (found.length > 1) duplicated += found.length - 1;
      if (found.length && found[0]!.note !== text(i)) wrongText += 1;
    }
    // Applied twice would not show as a second item (RECORD_EVIDENCE with a known id edits it),
    // but as a revision too many: each applied command is one revision.
    const applied = end.revision - start.revision;
    const order = evidence.filter((e) => e.id.startsWith('ev-replay-')).map((e) => Number(e.id.slice('ev-replay-'.length)));
    const inOrder = order.every((n, i) => i === 0 || n > order[i - 1]!);
    const firstTen = sendMs.slice(0, 10);
    const lastTen = sendMs.slice(-10);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / (v.length || 1);
    return {
      queued: QUEUED,
      sentByPage: SENT_BY_PAGE,
      send: { totalMs: sendMs.reduce((a, b) => a + b, 0), firstTenMeanMs: mean(firstTen), lastTenMeanMs: mean(lastTen), refusedHere, pageStatus },
      waitingBefore,
      replayMs,
      perSecond: (QUEUED / replayMs) * 1000,
      progress,
      cpu,
      posts,
      stuck,
      waitingAfter,
      state: typeof state === 'string' ? state : JSON.stringify(state).slice(0, 200),
      refused,
      lost,
      duplicated: duplicated + Math.max(0, applied - (QUEUED - lost)),
      appliedRevisions: applied,
      evidenceOnServer: evidence.length,
      documentBytes: JSON.stringify(end.document).length,
      wrongText,
      inOrder,
      statuses,
      serverProblems: serverProblems(server.output()),
    };
  } finally {
    for (const c of open) c.close();
    await proxy.close();
  }
}

// ---- run ----

const work = mkdtempSync(join(tmpdir(), 'spp-bench-live-'));
try {
  note('building the demo page…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'demo/vite.config.mjs', '--logLevel', 'error', '--outDir', join(work, 'demo')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the demo page did not build: ${build.stderr.slice(-800)}`);
  // Both servers at once (starting one is most of the set-up); the second idles until its phase.
  const servers = await Promise.allSettled([startServer(work, 'latency'), startServer(work, 'replay')]);
  const [forLatency, forReplay] = servers.map((r) => (r.status === 'fulfilled' ? r.value : undefined));
  try {
    const failed = servers.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed || !forLatency || !forReplay) throw failed?.reason ?? new Error('spp-server did not start');
    note('demo page built, two servers started');
    const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
    const chromiumVersion = browser.version();
    let latency;
    try {
      latency = await measureLatency(forLatency, browser);
    } finally {
      await browser.close();
    }
    note(`save → appearance p95 ${latency.appear.p95} ms; outbox replay…`);
    const replay = await measureReplay(forReplay);
    note(`replay ${(replay.replayMs / 1000).toFixed(1)} s, ${replay.lost} lost, ${replay.duplicated} twice`);
    console.log(JSON.stringify({ chromium: chromiumVersion, latency, replay }));
  } finally {
    for (const s of [forLatency, forReplay]) if (s) await stopServer(s.child);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
