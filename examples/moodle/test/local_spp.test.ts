/**
 * local_spp signs the Moodle user in to the peer review server; the page never says who they are.
 *
 * - token.php and jwks.php, the plugin's own files, run by Debian's `php -S` with moodle-stub/
 *   as Moodle's config.php (require_login, require_sesskey, get_config, $USER, Moodle's clock):
 *   who gets a token and who does not, what is in it, and the key set that checks it.
 * - The real @spp/server, configured with its generic OIDC settings as docs/moodle.md says
 *   (SPP_OIDC_ISSUER = the Moodle site, SPP_OIDC_JWKS_URL = jwks.php, SPP_OIDC_AUDIENCE = the server,
 *   SPP_IDENTITY_CLAIM = email): it names the person of a token, and refuses strangers, a token
 *   with another email written into it, an expired one, one signed by another key.
 * - The plugin's page (view.php, the footer hook, the built spp-moodle.js) in Chromium under a strict
 *   Content-Security-Policy: the widgets are the signed-in user's, edits reach the server, one
 *   token serves every request until the server refuses it, and a Moodle session that ended says so.
 *
 *   node --import tsx --test examples/moodle/test/local_spp.test.ts
 *
 * Needs php-cli (skipped without it) and, for the page, Chromium (/usr/bin/chromium, or
 * CHROME_PATH): both installed by .ci/run.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildMoodle } from '../build.mjs';
import { PHP, startMoodle, startSppServer, type Moodle, type SppServer } from './support/servers';

const DEV = 'dev.patel@riverside.example';
const LEAD = 'amara.okafor@riverside.example'; // u-amara, the partnership lead

const rsaKey = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits });
const pem = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();

let moodle: Moodle;
let server: SppServer;
const site = rsaKey(2048);

const SESSIONS = {
  dev: { id: 3, email: DEV, sesskey: 'sk-dev-3' },
  stranger: { id: 4, email: 'someone@elsewhere.example', sesskey: 'sk-stranger-4' },
  noemail: { id: 5, email: '', sesskey: 'sk-noemail-5' },
  guest: { id: 1, email: '', sesskey: 'sk-guest-1' },
};

interface Answer {
  status: number;
  headers: Headers;
  body: { token?: string; expiresAt?: string; expiresIn?: number; error?: string; errorcode?: string };
}

/** token.php as a page would call it: the session's cookie, the sesskey in a POST form body. */
async function askToken(
  session: keyof typeof SESSIONS | undefined,
  { sesskey = session ? SESSIONS[session].sesskey : 'none', method = 'POST' }: { sesskey?: string | null; method?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = session ? { Cookie: `MoodleSession=${session}` } : {};
  const init: RequestInit = { method, headers };
  const form = new URLSearchParams(sesskey === null ? {} : { sesskey }).toString();
  if (method === 'POST') {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    init.body = form;
  }
  const url = `${moodle.url}/local/spp/token.php${method === 'GET' ? `?${form}` : ''}`;
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, body: JSON.parse(await res.text()) };
}

async function tokenOf(session: keyof typeof SESSIONS): Promise<string> {
  const answer = await askToken(session);
  assert.equal(typeof answer.body.token, 'string', JSON.stringify(answer.body));
  return answer.body.token!;
}

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** GET /api/v1/partnerships/p-riverside/me with a token. */
async function me(token: string) {
  const res = await fetch(`${server.url}/api/v1/partnerships/p-riverside/me`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

/** Runs `body` with the plugin settings (or Moodle's clock) changed, then puts them back. */
async function withState(change: (state: Moodle['state']) => void, body: () => Promise<void>): Promise<void> {
  const saved = structuredClone(moodle.state);
  moodle.set(change);
  try {
    await body();
  } finally {
    moodle.set((state) => {
      for (const key of Object.keys(state)) delete (state as unknown as Record<string, unknown>)[key];
      Object.assign(state, saved);
    });
  }
}

const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const hasChrome = existsSync(chromePath);
let browser: Browser | undefined;

before(async () => {
  if (!PHP) return;
  moodle = await startMoodle({ config: { local_spp: { partnershipid: 'p-riverside', signingkey: pem(site.privateKey), version: '2026120300' } }, sessions: SESSIONS });
  // Side by side: the server's start, and for the page the module the plugin ships (built from the
  // sources into the served plugin folder) and the browser.
  [server, , browser] = await Promise.all([
    startSppServer({ issuer: moodle.url, jwksUrl: `${moodle.url}/local/spp/jwks.php`, allowedOrigin: moodle.url }),
    buildMoodle({ outDir: join(moodle.docroot, 'local/spp/js'), source: true }),
    hasChrome ? chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'], headless: true }) : undefined,
  ]);
  moodle.set((state) => (state.config.local_spp['serverurl'] = `${server.url}/`));
});

after(async () => {
  await browser?.close();
  await server?.close();
  await moodle?.close();
});

const noPhp = PHP ? false : 'php-cli is not installed (apt-get install -y php-cli; .ci/run does)';

describe('token.php', { skip: noPhp }, () => {
  test('without a Moodle session: Moodle refuses, and there is no token', async () => {
    const answer = await askToken(undefined);
    assert.equal(answer.body.errorcode, 'requireloginerror');
    assert.equal(answer.body.token, undefined);
  });

  test('signed in, but without the sesskey, with a wrong one, or with another session’s: no token', async () => {
    for (const sesskey of [null, '', 'sk-guessed', SESSIONS.stranger.sesskey]) {
      const answer = await askToken('dev', { sesskey });
      assert.equal(answer.body.errorcode, sesskey === null ? 'missingparam' : 'invalidsesskey', String(sesskey));
      assert.equal(answer.body.token, undefined, String(sesskey));
    }
  });

  test('a GET (a link or an image on another page) is refused, even with the right sesskey', async () => {
    const answer = await askToken('dev', { method: 'GET' });
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.get('allow'), 'POST');
    assert.equal(answer.body.token, undefined);
  });

  test('the guest user gets no token; an account with no email gets the plugin’s reason', async () => {
    const guest = await askToken('guest');
    assert.equal(guest.body.errorcode, 'requireloginerror');
    assert.equal(guest.body.token, undefined);
    const noEmail = await askToken('noemail');
    assert.equal(noEmail.body.errorcode, 'noemail');
    assert.match(noEmail.body.error!, /Your Moodle account has no email address/);
  });

  test('the signed-in user: a 5-minute RS256 token for their email, from this site to the server, never cached', async () => {
    const started = Math.floor(Date.now() / 1000);
    const answer = await askToken('dev');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
    const [header, payload, signature] = answer.body.token!.split('.') as [string, string, string];
    assert.deepEqual(decode(header), { alg: 'RS256', typ: 'JWT', kid: thumbprint(site.publicKey) });
    assert.ok(verify('sha256', Buffer.from(`${header}.${payload}`), site.publicKey, Buffer.from(signature, 'base64url')), 'signed with the site key');
    const claims = decode(payload);
    assert.deepEqual(Object.keys(claims).sort(), ['aud', 'email', 'exp', 'iat', 'iss', 'jti', 'nbf', 'sub']);
    assert.equal(claims.iss, moodle.url);
    assert.equal(claims.aud, server.url, 'the setting without its trailing slash');
    assert.equal(claims.sub, DEV);
    assert.equal(claims.email, DEV);
    assert.ok(claims.iat >= started - 1 && claims.iat <= started + 5);
    assert.equal(claims.nbf, claims.iat);
    assert.equal(claims.exp - claims.iat, 300);
    assert.match(claims.jti, /^[0-9a-f]{32}$/);
    assert.equal(answer.body.expiresAt, new Date(claims.exp * 1000).toISOString().replace('.000Z', 'Z'));
    assert.equal(answer.body.expiresIn, 300);
    assert.notEqual(decode((await tokenOf('dev')).split('.')[1]!).jti, claims.jti, 'each token its own jti');
  });

  test('not set up: no key, not a key, a weak key, no server address; a key pasted on one line still signs', async () => {
    const refusal = async (config: Record<string, string>) => {
      let answer: Answer | undefined;
      await withState((s) => Object.assign(s.config.local_spp, config), async () => {
        answer = await askToken('dev');
      });
      assert.equal(answer!.body.token, undefined, JSON.stringify(config).slice(0, 60));
      return answer!.body;
    };
    assert.equal((await refusal({ signingkey: '' })).errorcode, 'nosigningkey');
    assert.match((await refusal({ signingkey: 'my secret' })).error!, /not a PEM private key/);
    assert.match((await refusal({ signingkey: pem(rsaKey(1024).privateKey) })).error!, /RSA key of at least 2048 bits/);
    assert.equal((await refusal({ serverurl: '' })).errorcode, 'noserverurl');
    await withState(
      (s) => (s.config.local_spp['signingkey'] = pem(site.privateKey).replace(/\n/g, ' ')),
      async () => assert.equal((await me(await tokenOf('dev'))).body.person?.id, 'u-dev'),
    );
  });
});

/** RFC 7638: SHA-256 of the required members in order, without whitespace. */
function thumbprint(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  return createHash('sha256').update(JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n })).digest('base64url');
}

describe('jwks.php', { skip: noPhp }, () => {
  test('the site’s public key and nothing else, for anyone, cached for 5 minutes', async () => {
    const res = await fetch(`${moodle.url}/local/spp/jwks.php`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
    const { keys } = (await res.json()) as { keys: JsonWebKey[] };
    const expected = site.publicKey.export({ format: 'jwk' });
    assert.deepEqual(keys, [{ kty: 'RSA', use: 'sig', alg: 'RS256', kid: thumbprint(site.publicKey), n: expected.n, e: expected.e }]);
    assert.ok(createPublicKey({ key: keys[0]!, format: 'jwk' }).equals(site.publicKey));
  });

  test('no key set up: an empty set, not cached', async () => {
    await withState(
      (s) => (s.config.local_spp['signingkey'] = ''),
      async () => {
        const res = await fetch(`${moodle.url}/local/spp/jwks.php`);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        assert.deepEqual(await res.json(), { keys: [] });
      },
    );
  });
});

describe('the peer review server, with its OIDC settings pointing at Moodle', { skip: noPhp }, () => {
  test('names the person whose email the token carries', async () => {
    const answer = await me(await tokenOf('dev'));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.person.id, 'u-dev');
    assert.equal(answer.body.person.email, DEV);
    assert.deepEqual(answer.body.partnership, { id: 'p-riverside', name: 'Riverside Learning Partnership' });
  });

  test('a Moodle user who is not in the partnership: 403, with the reason', async () => {
    const answer = await me(await tokenOf('stranger'));
    assert.equal(answer.status, 403);
    assert.match(answer.body.message, /not a member of Riverside Learning Partnership/);
  });

  test('a token with someone else’s email written into it: 401', async () => {
    const [header, payload, signature] = (await tokenOf('dev')).split('.') as [string, string, string];
    const claims = { ...decode(payload), email: LEAD, sub: LEAD };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const answer = await me(forged);
    assert.equal(answer.status, 401);
    assert.match(answer.body.message, /could not be checked/);
  });

  test('a token signed with a key that is not the site’s: 401', async () => {
    const [header, payload] = (await tokenOf('dev')).split('.') as [string, string];
    const other = sign('sha256', Buffer.from(`${header}.${payload}`), rsaKey(2048).privateKey).toString('base64url');
    assert.equal((await me(`${header}.${payload}.${other}`)).status, 401);
  });

  test('an expired token (Moodle’s clock 7 minutes back): 401, “expired”', async () => {
    let token = '';
    await withState(
      (s) => (s.clockOffset = -7 * 60),
      async () => {
        token = await tokenOf('dev');
      },
    );
    const answer = await me(token);
    assert.equal(answer.status, 401);
    assert.match(answer.body.message, /expired/);
  });

  test('a token for another server (the plugin’s server address is not this one): 401', async () => {
    let token = '';
    await withState(
      (s) => (s.config.local_spp['serverurl'] = 'https://spp.elsewhere.example'),
      async () => {
        token = await tokenOf('dev');
      },
    );
    assert.equal((await me(token)).status, 401);
  });
});

// ---- the page ----

const csp = () =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${server.url}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

const VIEW = '/local/spp/view.php?courseid=2&widget=review-plan&cycle=c-kelmarsh';

describe('the plugin page in Chromium', { skip: noPhp || (hasChrome ? false : `no Chromium at ${chromePath}`) }, () => {
  before(() => {
    moodle.set((s) => {
      s.csp = csp();
      // An HTML block with a bare widget: the plugin puts it in a provider of its own.
      s.blocks = '<spp-cycle-tracker id="w-tracker"></spp-cycle-tracker>';
    });
  });

  interface Opened {
    context: BrowserContext;
    page: Page;
    problems: string[];
    /** The page's POSTs to token.php so far. */
    tokenRequests: () => number;
  }

  async function open(session: keyof typeof SESSIONS): Promise<Opened> {
    const context = await browser!.newContext();
    await context.addCookies([{ name: 'MoodleSession', value: session, url: moodle.url }]);
    await context.addInitScript('globalThis.__name ??= (fn) => fn;');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Trusted Type/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    let tokens = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url() === `${moodle.url}/local/spp/token.php`) tokens++;
    });
    await page.goto(`${moodle.url}${VIEW}`);
    return { context, page, problems, tokenRequests: () => tokens };
  }

  const providerPeople = (page: Page) =>
    page.evaluate(() => [...document.querySelectorAll('spp-provider')].map((p) => (p as Element & { activeConnection?: { personId: string } }).activeConnection?.personId ?? ''));

  test('the page does not say who the user is; the server does: every widget is Dev’s, and an edit reaches the server', async () => {
    const html = await (await fetch(`${moodle.url}${VIEW}`, { headers: { Cookie: 'MoodleSession=dev' } })).text();
    assert.ok(!html.includes('riverside.example') && !/data-(email|user)/.test(html), 'no email or user in the page');
    assert.match(html, /data-sesskey="sk-dev-3"/);

    const { context, page, problems, tokenRequests } = await open('dev');
    try {
      await page.waitForFunction(() => [...document.querySelectorAll('spp-provider')].every((p) => (p as Element & { activeConnection?: unknown }).activeConnection), undefined, { timeout: 15_000 });
      assert.deepEqual(await providerPeople(page), ['u-dev', 'u-dev'], 'view.php’s provider and the one around the block’s widget');
      const focus = page.locator('spp-review-plan').getByLabel('The agreed focus of the review');
      const text = `Moodle check ${Date.now()}: reading across the curriculum`;
      await focus.fill(text);
      const token = await tokenOf('dev');
      let stored = '';
      for (const until = Date.now() + 15_000; Date.now() < until && !stored.includes(text); await page.waitForTimeout(200)) {
        stored = await (await fetch(`${server.url}/api/v1/cycles/c-kelmarsh`, { headers: { Authorization: `Bearer ${token}` } })).text();
      }
      assert.ok(stored.includes(text), 'the focus reached the server');
      // Two providers, the sign-in, the reads, the edit: one token from Moodle for all of them.
      assert.equal(tokenRequests(), 1);
      assert.deepEqual(problems, []);

      // The server refused the token (the provider says so with spp-token-expired): the next
      // call asks Moodle for a new one.
      const kept = await page.evaluate(() => (document.querySelector('spp-provider') as Element & { token: () => Promise<string> }).token());
      const renewed = await page.evaluate(() => {
        const provider = document.querySelector('spp-provider') as Element & { token: () => Promise<string> };
        provider.dispatchEvent(new Event('spp-token-expired', { bubbles: true, composed: true }));
        return provider.token();
      });
      assert.equal(typeof renewed, 'string');
      assert.notEqual(renewed, kept);
      assert.equal(tokenRequests(), 2);

      // The Moodle session ends (logged out in another tab): no token, and the page says what to do.
      moodle.set((s) => delete (s.sessions as Record<string, unknown>)['dev']);
      const after = await page.evaluate(() => {
        const provider = document.querySelector('spp-provider') as Element & { token: () => Promise<string | undefined> };
        provider.dispatchEvent(new Event('spp-token-expired', { bubbles: true, composed: true }));
        return provider.token();
      });
      assert.equal(after, undefined);
      const alerts = page.locator('.spp-moodle-message[role="alert"]');
      await alerts.first().waitFor();
      assert.deepEqual(await alerts.allInnerTexts(), Array(2).fill('Your Moodle session has ended. Log in to Moodle again, then reload this page: anything you changed is kept on this device until it can be sent.'));
      // A new login would have a new sesskey: Moodle is not asked again until the page is reloaded.
      const asked = tokenRequests();
      await page.evaluate(() => (document.querySelector('spp-provider') as Element & { token: () => Promise<unknown> }).token());
      assert.equal(tokenRequests(), asked);
      assert.deepEqual(problems, []);
    } finally {
      moodle.set((s) => (s.sessions['dev'] = SESSIONS.dev));
      await context.close();
    }
  });

  test('a Moodle user who is not in the partnership sees the server’s reason, and no records', async () => {
    const { context, page, problems } = await open('stranger');
    try {
      const error = page.locator('spp-provider [part="error"]').first();
      await error.waitFor({ timeout: 15_000 });
      await page.waitForFunction(() => /not a member/.test(document.querySelector('spp-provider')?.shadowRoot?.textContent ?? ''), undefined, { timeout: 15_000 });
      assert.match(await error.innerText(), /will not open this partnership for you\. You are signed in, but you are not a member of Riverside Learning Partnership/);
      assert.deepEqual(await providerPeople(page), ['', '']);
      assert.deepEqual(problems.filter((p) => !/403/.test(p)), [], 'nothing but the refused sign-in');
    } finally {
      await context.close();
    }
  });

  test('Moodle cannot sign anyone in (no signing key): the page says why, in the plugin’s words', async () => {
    await withState(
      (s) => (s.config.local_spp['signingkey'] = ''),
      async () => {
        const { context, page } = await open('dev');
        try {
          const alert = page.locator('.spp-moodle-message[role="alert"]').first();
          await alert.waitFor({ timeout: 15_000 });
          assert.equal(
            await alert.innerText(),
            'Moodle could not sign you in to the peer review server: The SPP plugin has no signing key yet. Ask your Moodle administrator to set one (Site administration > Plugins > Local plugins > SPP peer review).',
          );
          assert.deepEqual(await providerPeople(page), ['', '']);
        } finally {
          await context.close();
        }
      },
    );
  });

  test('a server address that is not https: a message in place of each widget, and nothing is sent', async () => {
    await withState(
      (s) => (s.config.local_spp['serverurl'] = 'http://spp.trust.example'),
      async () => {
        const { context, page, tokenRequests } = await open('dev');
        try {
          const alerts = page.locator('.spp-moodle-message[role="alert"]');
          await alerts.first().waitFor();
          assert.deepEqual(await alerts.allInnerTexts(), Array(2).fill('The peer review server address “http://spp.trust.example” is not an https:// address. Ask your Moodle administrator to check the SPP plugin settings.'));
          assert.equal(await page.locator('spp-provider').count(), 0);
          assert.equal(tokenRequests(), 0);
        } finally {
          await context.close();
        }
      },
    );
  });
});
