/**
 * Every story of the built Storybook, in a real browser: it must render with no console error,
 * page error or failed request, and pass axe-core (WCAG 2.x A/AA and best practice, shadow DOM
 * included). Then, on the same page, the story's box is switched to the pseudo-locale (every
 * catalogue string wrapped in ⟦…⟧: any text a widget shows without the marks is written in code)
 * and to Welsh, where axe runs again (lang attributes, names that only English had).
 *
 *   npm run build-storybook && node --import tsx --test test/e2e/storybook.test.ts
 *
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROME_PATH); never downloads a browser. One test
 * per story, one shared browser page. STORYBOOK_STATIC points at another build folder;
 * STORY_FILTER (a substring of the story id) runs only some stories.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server';
import { RECORD_TEXT, textOutsideCatalogues } from './support/catalogue-text';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const staticDir = resolve(repoRoot, process.env['STORYBOOK_STATIC'] ?? 'storybook-static');
const indexFile = join(staticDir, 'index.json');
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
];
const artifactsDir = join(tmpdir(), 'spp-storybook-e2e');

/** Time for one story to render and settle, and for the whole test of one story. */
const RENDER_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 45_000;

/** axe-core rule sets: WCAG 2.0/2.1/2.2 A and AA, plus Deque's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Page-level rules that judge the page a widget is embedded in, not the widget: a story is a
 * fragment with no landmarks of its own (Storybook's a11y addon turns `region` off too). The
 * scan is scoped to #storybook-root, which already skips axe's page-level rules such as
 * `landmark-one-main`, `page-has-heading-one` and `document-title`.
 */
const AXE_DISABLED_RULES = ['region'];

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  importPath: string;
  tags?: string[];
}

// ---------------------------------------------------------------------------------------------
// The story list, read now so that there is one test() per story.

let stories: IndexEntry[] = [];
let indexProblem: string | undefined;
if (!existsSync(indexFile)) {
  indexProblem = `${indexFile} not found: run npm run build-storybook first`;
} else {
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> };
  const filter = process.env['STORY_FILTER'];
  stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)));
  if (stories.length === 0) indexProblem = `${indexFile} lists no stories${filter ? ` matching STORY_FILTER=${filter}` : ''}`;
}

if (indexProblem) {
  test('storybook-static is built', () => assert.fail(indexProblem));
} else {
  const staleNote = staleWarning();
  if (staleNote) test('storybook-static is up to date', (t) => t.diagnostic(staleNote));
}

/** Stories edited after the build are not what is being tested: say so (not a failure). */
function staleWarning(): string | undefined {
  const built = statSync(indexFile).mtimeMs;
  const newer = stories
    .map((s) => resolve(repoRoot, s.importPath))
    .filter((file, i, all) => all.indexOf(file) === i && existsSync(file) && statSync(file).mtimeMs > built);
  return newer.length ? `warning: built before the last change to ${newer.join(', ')}; run npm run build-storybook again` : undefined;
}

// ---------------------------------------------------------------------------------------------
// One browser and one page for all stories.

let server: StaticServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
let axeSource = '';
/** What went wrong on the page since the last reset (console errors, page errors, requests). */
let problems: string[] = [];
const inflight = new Set<Request>();

if (!indexProblem) {
  before(async () => {
    assert.ok(existsSync(chromePath), `No Chromium at ${chromePath}: apt-get install -y chromium, or set CHROME_PATH`);
    axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    server = await startStaticServer(staticDir);
    browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs, headless: true, timeout: 30_000 });
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce', locale: 'en-GB' });
    const origin = new URL(server.url).origin;
    // Offline by design: anything that is not our server (a CDN font, an analytics call) fails the story.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      problems.push(`request outside the Storybook build (blocked): ${url}`);
      return route.abort('blockedbyclient');
    });
    // tsx (esbuild with keepNames) wraps named functions in `__name(...)`; the callbacks passed to
    // page.evaluate() are serialised with that call in them, so the page needs the helper too.
    await context.addInitScript('globalThis.__name ??= (fn) => fn;');
    page = await context.newPage();
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location();
      problems.push(`console error: ${msg.text()}${where.url ? ` (${where.url.replace(origin, '')}:${where.lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
    page.on('request', (request) => inflight.add(request));
    page.on('requestfinished', (request) => inflight.delete(request));
    page.on('requestfailed', (request) => {
      inflight.delete(request);
      const reason = request.failure()?.errorText ?? 'failed';
      if (reason.includes('ERR_BLOCKED_BY_CLIENT')) return; // already reported by the route above
      problems.push(`request failed: ${request.method()} ${request.url().replace(origin, '')} (${reason})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url().replace(origin, '')}`);
    });
  });

  after(async () => {
    await context?.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.close();
  });

  for (const story of stories) {
    test(`${story.title} › ${story.name} [${story.id}]`, { timeout: TEST_TIMEOUT_MS }, async () => {
      await checkStory(story);
    });
  }

  // Guards the Storybook config itself (.storybook/main.ts): legacy decorators with
  // useDefineForClassFields: false, so a @property set from story args reaches Lit and re-renders.
  const decoratorStory = 'foundations-provider--with-partnership';
  if (stories.some((s) => s.id === decoratorStory)) {
    test('Storybook config › decorated Lit properties re-render when story args change', { timeout: TEST_TIMEOUT_MS }, async () => {
      await openStory(decoratorStory);
      const viewText = () =>
        page.evaluate(() => document.querySelector('story-context-view')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
      assert.match(await viewText(), /Erin McAllister/);
      const registration = await page.evaluate(() => {
        const provider = document.querySelector('spp-provider')!;
        const ctor = customElements.get('spp-provider') as unknown as { elementProperties: Map<string, unknown> };
        return { reactive: ctor.elementProperties.has('actorId'), ownField: Object.hasOwn(provider, 'actorId') };
      });
      assert.equal(registration.reactive, true, '@property() did not register actorId as a reactive property');
      assert.equal(registration.ownField, false, 'actorId is an own class field shadowing Lit’s accessor (useDefineForClassFields is on)');
      await page.evaluate(
        (storyId) => {
          const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, data: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__;
          channel.emit('updateStoryArgs', { storyId, updatedArgs: { actorId: 'u-dev' } });
        },
        decoratorStory,
      );
      await page.waitForFunction(() => /Dev Patel/.test(document.querySelector('story-context-view')?.shadowRoot?.textContent ?? ''), null, {
        timeout: 5_000,
      });
      assert.equal(await page.evaluate(() => document.querySelector('spp-provider')?.actorId), 'u-dev');
      assert.deepEqual(problems, []);
    });
  }
}

// ---------------------------------------------------------------------------------------------

async function checkStory(story: IndexEntry): Promise<void> {
  try {
    await openStory(story.id);
    const problemsBeforeAxe = [...problems];
    const { count, lines } = await runAxe();
    const report: string[] = [];
    if (problemsBeforeAxe.length) report.push(`${problemsBeforeAxe.length} problem(s) while rendering:`, ...problemsBeforeAxe.map((p) => `  - ${p}`));
    if (count) report.push(`${count} accessibility violation(s) (axe-core):`, ...lines);

    // The pseudo-locale: every word a widget shows comes from a catalogue.
    await switchLanguage('en-XA');
    const unmarked = await textOutsideCatalogues(page, { recordText: RECORD_TEXT, root: '#storybook-root' });
    if (unmarked.length) report.push(`${unmarked.length} text(s) in no catalogue (shown without ⟦…⟧ in the pseudo-locale):`, ...unmarked.map((t) => `  - ${t}`));

    // Welsh: axe again (the lang the widgets carry, names and labels in Welsh).
    await switchLanguage('cy');
    const welsh = await runAxe();
    if (welsh.count) report.push(`${welsh.count} accessibility violation(s) in Welsh (axe-core):`, ...welsh.lines);
    if (problems.length > problemsBeforeAxe.length) report.push('problem(s) after switching language:', ...problems.slice(problemsBeforeAxe.length).map((p) => `  - ${p}`));
    if (report.length) {
      const shot = await screenshot(story.id);
      assert.fail(`${story.id}\n${report.join('\n')}${shot ? `\nscreenshot: ${shot}` : ''}`);
    }
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    const shot = await screenshot(story.id);
    const pending = problems.length ? `\nproblems so far:\n${problems.map((p) => `  - ${p}`).join('\n')}` : '';
    throw new Error(`${story.id}: ${(error as Error).message}${pending}${shot ? `\nscreenshot: ${shot}` : ''}`, { cause: error });
  }
}

/** Loads a story on the shared page and waits until it has rendered and settled. */
async function openStory(id: string): Promise<void> {
  problems = [];
  inflight.clear();
  await page.goto(new URL(`iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, server!.url).href, { waitUntil: 'load' });

  // Storybook's own render cycle: preparing → loading → rendering → (playing →) … → finished.
  await page.waitForFunction(
    (storyId) => {
      const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender;
      return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase ?? '');
    },
    id,
    { timeout: RENDER_TIMEOUT_MS },
  );
  const shown = await page.evaluate(() => {
    const body = document.body.classList;
    if (body.contains('sb-show-errordisplay')) {
      const message = document.querySelector('#error-message')?.textContent ?? '';
      const stack = (document.querySelector('#error-stack')?.textContent ?? '').split('\n').slice(0, 6).join('\n');
      return `Storybook shows an error: ${message}\n${stack}`.trim();
    }
    if (body.contains('sb-show-nopreview')) return 'Storybook shows "No Preview": the story was not found';
    return undefined;
  });
  if (shown) problems.push(shown);
  await settle();
}

/**
 * Waits until the story is quiet: no request in flight, every custom element defined, every Lit
 * element's update complete, no "Loading…" status, and the DOM (through shadow roots) unchanged
 * between two checks.
 */
async function settle(): Promise<void> {
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  let previous = '';
  for (;;) {
    const state = await page.evaluate(async () => {
      const all: Element[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      const root = document.getElementById('storybook-root');
      if (root) walk(root);
      await Promise.all(all.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete).filter(Boolean));
      const undefinedTags = [...new Set(all.filter((el) => el.localName.includes('-') && !customElements.get(el.localName)).map((el) => el.localName))];
      const loading = all.some((el) => el.getAttribute('role') === 'status' && /loading/i.test(el.textContent ?? ''));
      let text = 0;
      for (const el of all) text += el.shadowRoot?.textContent?.length ?? 0;
      return { undefinedTags, loading, signature: `${all.length}:${text}:${root?.textContent?.length ?? 0}` };
    });
    const busy = inflight.size > 0 || state.undefinedTags.length > 0 || state.loading;
    if (!busy && state.signature === previous) return;
    previous = busy ? '' : state.signature;
    if (Date.now() > deadline) {
      if (state.undefinedTags.length)
        problems.push(`never defined: ${state.undefinedTags.map((t) => `<${t}>`).join(', ')} (a missing *.define import, or "sideEffects" dropping it)`);
      if (state.loading) problems.push('still showing a "Loading…" status');
      if (inflight.size) problems.push(`requests still pending: ${[...inflight].map((r) => r.url()).join(', ')}`);
      if (!state.undefinedTags.length && !state.loading && !inflight.size) problems.push('the story kept changing and never settled');
      return;
    }
    await new Promise((done) => setTimeout(done, 60));
  }
}

/** Sets the story box's `lang` (as the toolbar's Language does) and waits for the widgets to settle in it. */
async function switchLanguage(lang: string): Promise<void> {
  await page.evaluate((lang) => document.querySelector('[data-story-container]')?.setAttribute('lang', lang), lang);
  await page.waitForFunction(
    (lang) => {
      const widgets: Array<Element & { lang?: string }> = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('spp-')) widgets.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.getElementById('storybook-root') ?? document.body);
      // A widget in the locale has at least one text with the marks (pseudo) or none left to load.
      return lang !== 'en-XA' || widgets.every((w) => !w.shadowRoot || (w.shadowRoot.textContent ?? '').includes('⟦') || !(w.shadowRoot.textContent ?? '').trim());
    },
    lang,
    { timeout: RENDER_TIMEOUT_MS },
  );
  await settle();
}

interface AxeNode {
  target: Array<string | string[]>;
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe-core over the story (open shadow roots included); returns the violations, readable. */
async function runAxe(): Promise<{ count: number; lines: string[] }> {
  await page.addScriptTag({ content: axeSource });
  const rules = Object.fromEntries(AXE_DISABLED_RULES.map((id) => [id, { enabled: false }]));
  const violations = await page.evaluate(
    async ({ tags, rules }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run({ include: [['#storybook-root']] }, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return result.violations;
    },
    { tags: AXE_TAGS, rules },
  );
  const lines = (violations as AxeViolation[]).flatMap((v) => [
    `  - ${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})`,
    ...v.nodes.flatMap((node) => [
      `      target: ${node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' | ')}`,
      ...(node.failureSummary ?? '').split('\n').map((line) => `        ${line.trim()}`),
    ]),
  ]);
  return { count: violations.length, lines };
}

async function screenshot(id: string): Promise<string | undefined> {
  try {
    mkdirSync(artifactsDir, { recursive: true });
    const file = join(artifactsDir, `${id}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
    return file;
  } catch {
    return undefined;
  }
}
