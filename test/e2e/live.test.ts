/**
 * The demo as people use it: the real server (`spp-server --demo`, its CLI, PGlite in a temporary
 * folder) serving the built demo page, and Debian's Chromium with one browser context per person
 * or device. A small proxy in front of the server stands in for the school's network: it passes
 * everything, answers 503 with Retry-After, or drops every connection (the Wi-Fi gone).
 *
 *   node --import tsx --test test/e2e/live.test.ts
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../packages/server/test/support/postgres';
import { repoRoot } from '../hosts/support/bundle';
import { RECORD_TEXT, textOutsideCatalogues } from './support/catalogue-text';

const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-extensions', '--disable-sync', '--no-first-run'];
const PARTNERSHIP = 'p-riverside';

let work: string;
let serverPort: number;
let server: ChildProcess | undefined;
let proxy: Server;
let proxyUrl: string;
let network: 'pass' | '503' | 'down' = 'pass';
const sockets = new Set<Socket>();
let browser: Browser;

async function startServer(): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--demo', '--port', String(serverPort), '--data-dir', join(work, 'data'), '--static', join(work, 'demo')],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SPP_RATE_PER_SECOND: '1000', SPP_RATE_BURST: '5000' } },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  server = child;
  // The first start creates the database: seconds, more on a loaded machine.
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`spp-server stopped: ${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${serverPort}/api/v1/health`)).ok) return;
    } catch {
      /* starting */
    }
    await sleep(100);
  }
  throw new Error(`spp-server did not start: ${output}`);
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    // A server that has not ended 10 s after SIGTERM (open feeds it waits on) is killed: the test
    // is of a restart, and must not wait for ever.
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A demo sign-in for `personId`, asked of the server directly (as the test's own client). */
async function tokenFor(personId: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${serverPort}/api/v1/demo/sign-in`, {
    signal: AbortSignal.timeout(10_000),
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ partnershipId: PARTNERSHIP, personId }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function cycleOnServer(id: string, personId = 'u-amara'): Promise<{ stage: string; review: { evidence: { id: string; note: string }[]; findings: { id: string; text: string }[] } }> {
  const response = await fetch(`http://127.0.0.1:${serverPort}/api/v1/cycles/${id}`, { headers: { Authorization: `Bearer ${await tokenFor(personId)}` }, signal: AbortSignal.timeout(10_000) });
  assert.equal(response.status, 200);
  return ((await response.json()) as { document: never }).document;
}

async function open(personId: string, view: string, cycle: string, context?: BrowserContext): Promise<Page> {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  page.on('pageerror', (error) => console.error(`[${personId}] page error: ${error.message}`));
  await page.goto(`${proxyUrl}/?as=${personId}&view=${encodeURIComponent(view)}&cycle=${cycle}`);
  return page;
}

/**
 * Waits until `check` passes (it throws until then), or fails with its last error. Every
 * `assert.ok` in a check carries a message: without one, node's assert re-reads and re-parses this
 * file to quote the expression, which under tsx takes minutes per failed try (the review-day test
 * once stalled on it for six).
 */
async function eventually(check: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      // One try that never answers must not stall the test: it counts as a failed try.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('a check did not answer within 10 s')), 10_000)));
      return await Promise.race([check(), stalled]).finally(() => clearTimeout(timer));
    } catch (error) {
      if (Date.now() > end) throw error;
      await sleep(100);
    }
  }
}

/** What a widget shows: the text of its shadow root (a host's innerText has only its light DOM). */
const widgetText = (page: Page, tag: string) => page.locator(tag).first().evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

const notes = (page: Page) => page.locator('spp-evidence-log [part="evidence-item"] .note').allInnerTexts();

async function logEvidence(page: Page, text: string): Promise<void> {
  await page.locator('spp-evidence-log #evidence-note').fill(text);
  await page.locator('spp-evidence-log [part="capture-button"]').click();
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'spp-live-'));
  // The demo page as npm start builds it, service worker and all.
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'demo/vite.config.mjs', '--logLevel', 'error', '--outDir', join(work, 'demo')], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  serverPort = await freePort();
  await startServer();
  proxy = createServer((req, res) => {
    if (network === 'down') return req.socket.destroy();
    if (network === '503' && req.method === 'POST') {
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' }).end(JSON.stringify({ message: 'Busy.' }));
      return;
    }
    const upstream = request({ host: '127.0.0.1', port: serverPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => proxy?.close(resolve));
  await stopServer();
  rmSync(work, { recursive: true, force: true });
});

/** The network the pages see: the Wi-Fi gone (every open connection cut too) or back. */
function setNetwork(state: typeof network): void {
  network = state;
  if (state === 'down') for (const socket of sockets) socket.destroy();
}

// Whatever a failed test left, the next starts on a working network.
beforeEach(() => setNetwork('pass'));

describe('two people, two browsers, one partnership', () => {
  test('the host head submits the self-review; the lead reviewer’s open review plan shows it without a reload', async () => {
    const head = await open('u-amara', 'cycle:self-review', 'c-ashby');
    const lead = await open('u-dev', 'cycle:pre-review', 'c-ashby');
    // Before: the plan waits for the self-review (its meeting comes after), and nothing can be planned yet.
    await eventually(async () => assert.match(await widgetText(lead, 'spp-review-plan'), /The review is at the Self-review stage/));
    const planFields = lead.locator('spp-review-plan textarea, spp-review-plan input');
    const fieldsBefore = await planFields.count();

    await head.getByRole('button', { name: 'Submit self-review' }).click();
    await head.getByRole('button', { name: 'Yes, submit the self-review' }).click();
    await eventually(async () => assert.match(await head.locator('spp-self-review [part="submitted"]').innerText(), /Submitted by Amara Okafor/));

    // The submission arrives in the lead reviewer's open plan through the change feed: the plan opens for planning.
    await eventually(async () => assert.doesNotMatch(await widgetText(lead, 'spp-review-plan'), /The review is at the Self-review stage/));
    await eventually(async () => assert.ok((await planFields.count()) > fieldsBefore, 'the plan can now be written'));
    assert.equal((await cycleOnServer('c-ashby')).stage, 'pre-review');
    await head.context().close();
    await lead.context().close();
  });
});

describe('a widget moved on the page', () => {
  test('a provider taken out of the page and put back opens its connection again: a colleague’s evidence arrives after the move', async () => {
    const erin = await open('u-erin', 'cycle:review', 'c-oakfield');
    const amara = await open('u-amara', 'cycle:review', 'c-oakfield');
    const before = (await cycleOnServer('c-oakfield')).review.evidence.length;
    await eventually(async () => assert.equal((await notes(erin)).length, before));
    // A host page rearranging its layout (SharePoint moving a web part, a tab panel re-parenting).
    await erin.evaluate(() => {
      const provider = document.querySelector('spp-provider')!;
      const parent = provider.parentElement!;
      provider.remove();
      parent.append(provider);
    });
    await logEvidence(amara, 'Logged after Erin’s page moved its widget.');
    await eventually(async () => assert.ok((await notes(erin)).includes('Logged after Erin’s page moved its widget.'), 'the colleague’s evidence shows on the moved page'));
    await erin.context().close();
    await amara.context().close();
  });
});

describe('the review day without Wi-Fi', () => {
  test('three reviewers’ devices log 20 pieces of evidence each offline, one reloads offline: all 60 reach the server once and every device shows them', async () => {
    const devices = [await open('u-amara', 'cycle:review', 'c-oakfield'), await open('u-erin', 'cycle:review', 'c-oakfield'), await open('u-amara', 'cycle:review', 'c-oakfield')];
    const before = (await cycleOnServer('c-oakfield')).review.evidence.length;
    for (const page of devices) {
      await eventually(async () => assert.equal((await notes(page)).length, before));
      // The page is kept for offline use once its service worker is ready.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    }
    setNetwork('down');
    for (const page of devices) await page.context().setOffline(true);

    for (const [d, page] of devices.entries()) {
      for (let i = 1; i <= 20; i++) await logEvidence(page, `Device ${d + 1}, note ${i}: seen in Year ${(i % 6) + 1}.`);
    }
    for (const page of devices) await eventually(async () => assert.equal((await notes(page)).length, before + 20));
    // Shown as kept on the device, waiting: never as saved.
    await eventually(async () => assert.match(await widgetText(devices[1]!, 'spp-evidence-log'), /waiting to be sent|on this device/i));

    // A reload with no network at all: the page comes from the service worker, the evidence from the device.
    await devices[0]!.reload();
    await eventually(async () => assert.equal((await notes(devices[0]!)).length, before + 20));

    setNetwork('pass');
    for (const page of devices) await page.context().setOffline(false);

    await eventually(async () => {
      const evidence = (await cycleOnServer('c-oakfield')).review.evidence;
      assert.equal(evidence.length, before + 60);
      for (let d = 1; d <= 3; d++) {
        for (let i = 1; i <= 20; i++) assert.equal(evidence.filter((e) => e.note === `Device ${d}, note ${i}: seen in Year ${(i % 6) + 1}.`).length, 1, `device ${d} note ${i} once`);
      }
    }, 45_000);
    for (const page of devices) {
      await eventually(async () => assert.equal((await notes(page)).length, before + 60), 30_000);
      assert.equal(await page.locator('spp-evidence-log [part="refused-change"], spp-evidence-log [part="dropped-text"]').count(), 0, 'nothing shown as lost');
    }
    for (const page of devices) await page.context().close();
  });

  test('the server answering 503 with Retry-After, its sign-in refused, and a restart mid-edit: nothing typed is lost', async () => {
    const page = await open('u-erin', 'cycle:review', 'c-oakfield');
    const start = (await cycleOnServer('c-oakfield')).review.evidence.length;
    await eventually(async () => assert.equal((await notes(page)).length, start));

    setNetwork('503');
    await logEvidence(page, 'Logged while the server said 503.');
    await sleep(1500);
    assert.equal((await cycleOnServer('c-oakfield')).review.evidence.length, start, 'not yet on the server');
    setNetwork('pass');
    await eventually(async () => assert.ok((await cycleOnServer('c-oakfield')).review.evidence.some((e) => e.note === 'Logged while the server said 503.'), 'on the server: Logged while the server said 503.'));

    // The sign-in ends: the server refuses the token. The page is told, the edit waits, a new token sends it.
    const expired: string[] = [];
    await page.exposeFunction('noteExpired', (reason: string) => expired.push(reason));
    await page.evaluate(() => {
      document.addEventListener('spp-token-expired', (event) => (window as unknown as { noteExpired: (r: string) => void }).noteExpired((event as Event & { reason: string }).reason));
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('spp-demo-token:')) sessionStorage.setItem(key, 'a-token-the-server-will-not-take');
    });
    await logEvidence(page, 'Logged after the sign-in ended.');
    await eventually(async () => assert.deepEqual(expired, ['expired']));
    await eventually(async () => assert.match(await widgetText(page, 'spp-evidence-log'), /sign-in has ended/i));
    // The demo page forgets a refused token; its token function signs in again when asked next.
    await eventually(async () => assert.ok((await cycleOnServer('c-oakfield')).review.evidence.some((e) => e.note === 'Logged after the sign-in ended.'), 'on the server: Logged after the sign-in ended.'), 30_000);

    // The server restarts while the reviewer types.
    await stopServer();
    await logEvidence(page, 'Logged while the server restarted.');
    await sleep(500);
    await startServer();
    await eventually(async () => assert.ok((await cycleOnServer('c-oakfield')).review.evidence.some((e) => e.note === 'Logged while the server restarted.'), 'on the server: Logged while the server restarted.'), 45_000);
    const evidence = (await cycleOnServer('c-oakfield')).review.evidence;
    assert.equal(evidence.length, start + 3);
    await eventually(async () => assert.equal((await notes(page)).length, start + 3), 20_000);
    await page.context().close();
  });

  test('a reviewer edits a finding offline while the host head agrees the findings: on reconnecting she sees why it was refused, and her text is still there', async () => {
    const reviewer = await open('u-erin', 'cycle:review', 'c-oakfield');
    const finding = (await cycleOnServer('c-oakfield')).review.findings[0]!;
    const box = reviewer.locator(`spp-evidence-log #text-${finding.id}`);
    await eventually(async () => assert.equal(await box.inputValue(), finding.text));
    await reviewer.context().setOffline(true);
    const rewritten = `${finding.text} Rewritten on the train, offline.`;
    await box.fill(rewritten);
    await sleep(1000); // past the save pause: handed to the outbox, waiting

    const agreed = await fetch(`http://127.0.0.1:${serverPort}/api/v1/cycles/c-oakfield/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await tokenFor('u-grace')}` },
      body: JSON.stringify({ commandId: 'c-live-agree', deviceId: 'd-live-grace', seq: 1, partnershipId: PARTNERSHIP, event: { type: 'AGREE_FINDINGS' } }),
    });
    assert.equal(agreed.status, 200);

    await reviewer.context().setOffline(false);
    const refused = reviewer.locator('spp-evidence-log [part="refused-change"]');
    await eventually(async () => assert.equal(await refused.count(), 1), 30_000);
    const shown = await refused.innerText();
    assert.match(shown, /did not accept/);
    assert.ok(shown.includes(rewritten), 'her text is on screen to copy');
    const onServer = await cycleOnServer('c-oakfield');
    assert.equal(onServer.stage, 'workshop');
    assert.equal(onServer.review.findings.find((f) => f.id === finding.id)!.text, finding.text, 'the agreed finding is unchanged');
    await reviewer.context().close();
  });
});

describe('the demo in every language', () => {
  test('in the pseudo-locale every word on the page and in every view’s widget comes from a catalogue; the language picker turns page and widgets to Welsh', async () => {
    const page = await open('u-erin', 'cycle:self-review', 'c-oakfield');
    await page.goto(`${proxyUrl}/?as=u-erin&view=cycle:self-review&cycle=c-oakfield&lang=en-XA`);
    const views = await page.locator('#view option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    assert.equal(views.length, 13);
    for (const view of views) {
      await page.locator('#view').selectOption(view);
      // The view's widget has rendered in the pseudo-locale and is no longer loading.
      await eventually(async () => {
        const shown = await page.locator('#view-title ~ *').first().evaluate((el) => el.shadowRoot?.textContent ?? '');
        assert.match(shown, /⟦/);
        assert.doesNotMatch(shown, /⟦Loading/);
      });
      assert.deepEqual(await textOutsideCatalogues(page, { recordText: RECORD_TEXT, page: true }), [], `the ${view} view`);
    }

    await page.locator('#view').selectOption('cycle:self-review');
    await page.locator('#lang').selectOption('cy');
    await eventually(async () => assert.match(await widgetText(page, 'spp-self-review'), /Hunanwerthuso/));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
    assert.match(await page.locator('#roles').innerText(), /^Rydych wedi mewngofnodi fel Erin McAllister/);
    assert.match(await page.locator('#view-title').innerText(), /Hunanwerthuso/);
    // The choice is kept: a reload opens in Welsh.
    await page.reload();
    await eventually(async () => assert.match(await widgetText(page, 'spp-self-review'), /Hunanwerthuso/));
    await page.context().close();
  });
});
