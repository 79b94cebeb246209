/**
 * The web part on a SharePoint Online page (test/hosts/sharepoint.html), in real Chromium
 * (Debian's, never a downloaded one), on the real @spp/server:
 *
 * - the page is served with SharePoint's script policy (trusted sources only, nothing inline, no
 *   eval) plus `style-src 'self'` and Trusted Types; connect-src names the service;
 * - sharepoint.js plays the SPFx runtime; its AadTokenProvider gets tokens from the stand-in for
 *   Microsoft Entra ID here (/idp/<resource>/token.json, signed with this run's key for whoever
 *   the test signs in), the service checks them against that key set at its SPP_OIDC_JWKS_URL;
 * - the service is started from its environment variables as docs/sharepoint.md sets it up, and
 *   holds the demo partnership.
 *
 * Checked: with a token the widgets show the person's records from the service, in the site theme,
 * and an edit reaches the service and another device; no consent, an unreachable service, a person
 * who is not a member, and missing properties each show their message and no widget.
 *
 *   npm run build && node --import tsx --test packages/sharepoint/test/server.test.ts
 *
 * The web part module is built by its own build script (from the built packages; from the sources
 * with SPP_HOSTS_TEMP_BUNDLE=1). CHROME_PATH overrides /usr/bin/chromium.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RunningServer } from '@spp/server';
import { startHostServer, type HostServer } from '../../../test/hosts/support/server';
import { repoRoot } from '../../../test/hosts/support/bundle';
import { recordedViolations, waitForWidgets, watchPage, widgetStates, type PageProblems } from '../../../test/hosts/support/watch';
import { buildSharePoint } from '../scripts/build.mjs';
import { AMARA, APPLICATION_ID_URI, deadAddress, identityProvider, startService, storedJson, type IdentityProvider } from './support/service';

const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-extensions', '--disable-sync', '--no-first-run'];

/**
 * SharePoint Online's script policy: script only from trusted sources (the tenant, Microsoft's
 * CDNs, the app catalog's ClientSideAssets; here all `'self'`), nothing inline, no eval. Stricter
 * than SharePoint in two ways, to prove the web part needs neither: no inline style, and Trusted
 * Types. connect-src names the trust's peer review service (and the address where nothing answers).
 */
const sharePointCsp = (connect: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self' https://res-1.cdn.office.net https://publiccdn.sharepointonline.com",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

/** Who the stand-in for Entra ID signs in, and whether the API access request was approved. */
const signedIn: { email: string; consent: boolean } = { email: AMARA, consent: true };

let host: HostServer;
let service: RunningServer;
let dead: string;
let idp: IdentityProvider;
let browser: Browser;
let buildDir: string;

before(async () => {
  assert.ok(existsSync(chromePath), `No Chromium at ${chromePath}: apt-get install -y chromium, or set CHROME_PATH`);
  buildDir = mkdtempSync(join(tmpdir(), 'spp-sharepoint-'));
  await buildSharePoint({ outDir: join(buildDir, 'sharepoint'), source: process.env['SPP_HOSTS_TEMP_BUNDLE'] === '1' });
  idp = await identityProvider();
  dead = await deadAddress();
  host = await startHostServer({
    mounts: { '/hosts/': join(repoRoot, 'test/hosts'), '/sharepoint/': join(buildDir, 'sharepoint') },
    files: {
      // The issuer's jwks_uri, read by the service.
      '/idp/keys.json': { body: () => idp.jwks },
      // The token endpoint the page's AadTokenProvider asks, for the service's API only (the path
      // as decoded from /idp/api%3A%2F%2F…/token.json).
      [`/hosts/idp/${APPLICATION_ID_URI}/token.json`]: {
        body: async () =>
          JSON.stringify(
            signedIn.consent
              ? { token_type: 'Bearer', expires_in: 3600, access_token: await idp.token(signedIn.email) }
              : {
                  error: 'invalid_grant',
                  error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${APPLICATION_ID_URI}'. Send an interactive authorization request for this user and resource.`,
                },
          ),
      },
    },
    csp: (path) => (path === '/hosts/sharepoint.html' ? sharePointCsp([service.url, dead]) : undefined),
  });
  service = await startService({ jwksUrl: `${host.origin}/idp/keys.json`, allowedOrigin: host.origin });
  browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs, headless: true, timeout: 30_000 });
});

after(async () => {
  await browser?.close().catch(() => {});
  await service?.close();
  await host?.close();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

interface OpenPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

const mounted = (page: Page) => page.waitForFunction(() => document.documentElement.dataset['mounted'] !== undefined, null, { timeout: 15_000 });

/** sharepoint.html with these properties, in a new browser profile (its own storage), offline but for the two servers. */
async function open(properties: Record<string, string>): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'en-GB' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(host.origin) || url.startsWith(service.url) || url.startsWith(dead) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  // tsx wraps named functions in __name(); page.evaluate callbacks carry that call with them.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = watchPage(page);
  await page.goto(`${host.origin}/hosts/sharepoint.html?${new URLSearchParams(properties)}`, { waitUntil: 'load' });
  await mounted(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset['mounted']), 'true');
  return { context, page, problems };
}

const configured = (extra: Record<string, string> = {}) => ({ server: service.url, app: APPLICATION_ID_URI, ...extra });

/** No console error, page error, failed request or CSP violation, but those expected. */
async function assertClean({ page, problems }: OpenPage, expectedErrors: RegExp[] = []): Promise<void> {
  assert.deepEqual(problems.errors.filter((e) => !expectedErrors.some((r) => r.test(e))), [], 'console errors, page errors or failed requests');
  assert.deepEqual(problems.csp, [], 'Content-Security-Policy or Trusted Types messages');
  assert.deepEqual(await recordedViolations(page), [], 'securitypolicyviolation events');
  assert.deepEqual(problems.warnings, [], 'console warnings');
}

/** A custom property as the widget resolves it (its private alias of the public --spp-* one). */
const resolvedProperty = (page: Page, selector: string, property: string) =>
  page.evaluate(({ selector, property }) => {
    const el = document.querySelector(selector);
    return el ? getComputedStyle(el).getPropertyValue(property).trim() : 'missing';
  }, { selector, property });

/** Script elements without a src (inline script), and scripts loaded from anywhere but these paths. */
const scriptSources = (page: Page) =>
  page.evaluate(() => ({
    inline: [...document.scripts].filter((s) => !s.src).length,
    sources: performance.getEntriesByType('resource').filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name)).map((r) => new URL(r.name).pathname),
  }));

/** Requests the page made to an origin (resource timing: fetches included). */
const requestsTo = (page: Page, origin: string) => page.evaluate((origin) => performance.getEntriesByType('resource').filter((r) => r.name.startsWith(origin)).map((r) => new URL(r.name).pathname), origin);

/** The web part's message once it has checked the service: which one, its role and its text. */
async function message(page: Page, selector = '#webpart-main'): Promise<{ name: string | null; role: string | null; text: string }> {
  const box = page.locator(`${selector} .spp-webpart-message:not([data-message="loading"])`);
  await box.waitFor();
  return { name: await box.getAttribute('data-message'), role: await box.getAttribute('role'), text: (await box.innerText()).replace(/\s+/g, ' ').trim() };
}

/** Waits until each widget (by tag) shows what it must; fails with what they show instead. */
async function waitForContent(page: Page, scope: string, expected: Record<string, RegExp>): Promise<void> {
  await waitForWidgets(page, scope);
  const until = Date.now() + 15_000;
  let texts: Record<string, string> = {};
  while (Date.now() < until) {
    texts = Object.fromEntries((await widgetStates(page, scope)).map((s) => [s.tag, s.text]));
    if (Object.entries(expected).every(([tag, shows]) => shows.test(texts[tag] ?? ''))) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`the widgets did not show their records: ${JSON.stringify(texts, null, 1)}`);
}

const typed = (what: string) => `SharePoint check (${what}): <b>not bold</b> & "quoted" <img src=x>`;

async function waitForStored(kind: 'cycle', id: string, text: string): Promise<void> {
  const wanted = JSON.stringify(text).slice(1, -1);
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if ((await storedJson(service, kind, id)).includes(wanted)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`"${text}" did not reach the service's ${kind}/${id}`);
}

describe('SharePoint Online page with the @spp/sharepoint web part on @spp/server', () => {
  test('with a token: the widgets show the person’s records from the service, in the site theme; an edit reaches the service and another device', async () => {
    signedIn.email = AMARA;
    signedIn.consent = true;
    const sp = await open(configured({ strong: 'cycle-tracker' }));
    try {
      const { page } = sp;
      await waitForContent(page, '#spPageCanvasContent', { 'spp-self-review': /Self-review: Ashby Brook Primary/, 'spp-cycle-tracker': /Review cycles 2026–27.*Ashby Brook Primary.*Westgate All-Through School/ });
      // The person is the one the service read from the token (preferred_username), for both parts.
      const people = await page.evaluate(() => [...document.querySelectorAll('spp-provider')].map((p) => (p as Element & { activeConnection?: { personId: string } }).activeConnection?.personId));
      assert.deepEqual(people, ['u-amara', 'u-amara']);
      // The provider was told the service, the partnership and the token function, nothing about the person.
      const provider = await page.evaluate(() => {
        const p = document.querySelector('#webpart-main spp-provider')!;
        return { server: p.getAttribute('server-url'), partnership: p.getAttribute('partnership-id'), actor: p.getAttribute('actor-id'), token: typeof (p as Element & { token?: unknown }).token };
      });
      assert.deepEqual(provider, { server: service.url, partnership: 'p-riverside', actor: null, token: 'function' });
      // Tokens for the service's API only, from the provider's cache after the first.
      const tokens = await page.evaluate(() => (window as unknown as { __sppSharePoint: { tokenRequests: Array<{ resource: string; fresh: boolean }> } }).__sppSharePoint.tokenRequests);
      assert.ok(tokens.length >= 2 && tokens.every((t) => t.resource === APPLICATION_ID_URI && !t.fresh), JSON.stringify(tokens));
      assert.equal((await requestsTo(page, `${host.origin}/hosts/idp/`)).length, 1, 'one token fetched, then kept');

      // Loaded only from the package's own module and the page's scripts; nothing inline.
      const scripts = await scriptSources(page);
      assert.equal(scripts.inline, 0);
      assert.ok(scripts.sources.includes('/sharepoint/spp-sharepoint.js'), scripts.sources.join(', '));
      assert.deepEqual(scripts.sources.filter((p) => !p.startsWith('/sharepoint/') && !p.startsWith('/hosts/')), []);

      // The site theme (teal), not the page's Fluent brand (#5b5fc7); the strong section inverted.
      assert.equal(await resolvedProperty(page, '#webpart-main .spp-webpart', '--spp-color-brand'), '#03787c');
      assert.equal(await resolvedProperty(page, '#webpart-main spp-self-review', '--_brand'), '#03787c');
      assert.equal(await resolvedProperty(page, '#webpart-strong spp-cycle-tracker', '--_text'), '#ffffff');
      assert.equal(await resolvedProperty(page, '#webpart-strong spp-cycle-tracker', '--_surface'), '#03787c');
      // An author moves the web part into a strong section: the theme changes in place.
      await page.evaluate(() => (window as unknown as { __sppSharePoint: { changeTheme(id: string, v: string): void } }).__sppSharePoint.changeTheme('webpart-main', 'strong'));
      assert.equal(await resolvedProperty(page, '#webpart-main spp-self-review', '--_surface'), '#03787c');
      assert.equal(await resolvedProperty(page, '#webpart-main spp-self-review', '--_brand'), '#ffffff');

      // Typing saves to the service, as Amara (the service ran the command for the token's person).
      const text = typed('edit');
      await page.locator('#webpart-main textarea[id="q-sr-staff-involvement-evidence"]').fill(text);
      await waitForStored('cycle', 'c-ashby', text);
      await assertClean(sp);

      // SharePoint disposes web parts on navigation: the theme subscription and the DOM go.
      const disposed = await page.evaluate(() => {
        const sp = (window as unknown as { __sppSharePoint: { dispose(id: string): void; themeHandlers(id: string): number } }).__sppSharePoint;
        const before = sp.themeHandlers('webpart-main');
        sp.dispose('webpart-main');
        return { before, after: sp.themeHandlers('webpart-main'), children: document.getElementById('webpart-main')?.childElementCount };
      });
      assert.deepEqual(disposed, { before: 1, after: 0, children: 0 });
    } finally {
      await sp.context.close();
    }

    // Another device (a new browser profile, nothing kept): the text comes from the service.
    const other = await open(configured());
    try {
      await waitForContent(other.page, '#webpart-main', { 'spp-self-review': /Self-review: Ashby Brook Primary/ });
      assert.equal(await other.page.locator('#webpart-main textarea[id="q-sr-staff-involvement-evidence"]').inputValue(), typed('edit'));
      await assertClean(other);
    } finally {
      await other.context.close();
    }
  });

  test('on a Welsh site (cy-GB), the widgets speak Welsh: the page around them says nothing of it', async () => {
    signedIn.email = AMARA;
    signedIn.consent = true;
    const sp = await open(configured({ culture: 'cy-GB' }));
    try {
      await waitForContent(sp.page, '#spPageCanvasContent', { 'spp-self-review': /Hunanwerthuso: Ashby Brook Primary/ });
      assert.equal(await sp.page.evaluate(() => document.documentElement.lang), 'en-GB', 'the page itself is not changed');
      await assertClean(sp);
    } finally {
      await sp.context.close();
    }
  });

  test('no consent for the API: the admin is told to approve it in the SharePoint admin center, and the service is not called', async () => {
    signedIn.consent = false;
    const sp = await open(configured());
    try {
      const shown = await message(sp.page);
      assert.deepEqual([shown.name, shown.role], ['consentMissing', 'alert']);
      assert.match(shown.text, /could not get permission to call the peer review service \(api:\/\/3f5d6c2a-9b1e-4d7f-8a2c-5e6b7c8d9e0f\)\. A SharePoint administrator must approve the web part’s API access request: SharePoint admin center → Advanced → API access/);
      assert.match(shown.text, /Details: invalid_grant: AADSTS65001: The user or administrator has not consented/);
      assert.equal(await sp.page.locator('#webpart-main spp-provider').count(), 0);
      assert.deepEqual(await requestsTo(sp.page, service.url), []);
      await assertClean(sp);
    } finally {
      signedIn.consent = true;
      await sp.context.close();
    }
  });

  test('the service cannot be reached: says so, and no widget', async () => {
    const sp = await open({ server: dead, app: APPLICATION_ID_URI });
    try {
      const shown = await message(sp.page);
      assert.deepEqual([shown.name, shown.role], ['unreachable', 'alert']);
      assert.match(shown.text, new RegExp(`The peer review service at ${dead.replace(/[.]/g, '\\.')} cannot be reached\\. Check your connection and reload the page`));
      assert.equal(await sp.page.locator('#webpart-main spp-provider').count(), 0);
      // The browser's own report of the refused connection is the only error.
      await assertClean(sp, [new RegExp(`request failed: GET ${dead.replace(/[.]/g, '\\.')}/api/v1/partnerships/p-riverside/me`), /Failed to load resource: net::ERR_CONNECTION_REFUSED/]);
    } finally {
      await sp.context.close();
    }
  });

  test('someone signed in who is not in the partnership: the service’s reason, and no widget', async () => {
    signedIn.email = 'visitor@elsewhere.example';
    const sp = await open(configured());
    try {
      const shown = await message(sp.page);
      assert.deepEqual([shown.name, shown.role], ['notMember', 'alert']);
      assert.equal(shown.text, 'The peer review service will not show you this partnership. You are signed in, but you are not a member of Riverside Learning Partnership. Ask your partnership lead to add you.');
      assert.equal(await sp.page.locator('#webpart-main spp-provider').count(), 0);
      await assertClean(sp, [/HTTP 403: GET .*\/api\/v1\/partnerships\/p-riverside\/me/, /Failed to load resource: the server responded with a status of 403/]);
    } finally {
      signedIn.email = AMARA;
      await sp.context.close();
    }
  });

  test('not set up: names the properties to fill in, asks for no token and calls nothing', async () => {
    const sp = await open({});
    try {
      const shown = await message(sp.page);
      assert.deepEqual([shown.name, shown.role], ['notConfigured', 'status']);
      assert.equal(shown.text, 'This web part is not set up yet. Edit it and fill in: Service address, API application ID URI.');
      const tokens = await sp.page.evaluate(() => (window as unknown as { __sppSharePoint: { tokenRequests: unknown[] } }).__sppSharePoint.tokenRequests.length);
      assert.equal(tokens, 0);
      await assertClean(sp);
    } finally {
      await sp.context.close();
    }
  });
});
