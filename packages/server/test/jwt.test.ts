/**
 * Sign-in tokens: every bad token is a 401 with a readable `{ message }` (never a stack trace), a
 * good token from someone outside the partnership is a 403, and Microsoft Entra ID's two issuers
 * (v1 and v2) are accepted for the configured tenant only, with its audience, tenant and scope
 * checked. The verification is the real one (jose, through oidcAuthenticator); the keys are local,
 * or served over loopback HTTP to exercise the remote key-set path Entra uses.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { demoPartnership } from '@spp/core/demo';
import { entraConfig, oidcAuthenticator, type Authenticator, type OidcConfig } from '../src/auth';
import { openPglite } from '../src/db/pglite';
import { seedRecord } from '../src/records';
import { AUDIENCE, ISSUER, startTestServer, testIssuer, type Signer, type TestServer } from './support/harness';

const TENANT = '8f0c6d2e-4b1a-4c3e-9d5f-2a7b9c1e0f11';
const OTHER_TENANT = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const V1 = (tid: string) => `https://sts.windows.net/${tid}/`;
const V2 = (tid: string) => `https://login.microsoftonline.com/${tid}/v2.0`;
const API = 'api://spp-peer-review';
const SCOPE = 'PeerReview.ReadWrite';
const ME = '/partnerships/p-riverside/me';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

interface Answer {
  status: number;
  text: string;
  body: any;
}

describe('sign-in tokens (JWT)', () => {
  let server: TestServer;
  let signer: Signer;
  /** The authenticator the server uses; each test sets the configuration it checks. */
  let current: Authenticator;
  const use = (config: OidcConfig) => {
    current = oidcAuthenticator(config);
  };
  const standard = (): OidcConfig => ({ issuers: [ISSUER], audience: AUDIENCE, jwks: signer.jwks, claim: 'sub' });
  const entra = (overrides: Partial<OidcConfig> = {}): OidcConfig => ({ ...entraConfig({ tenantId: TENANT, audience: API, requiredScope: SCOPE }), jwks: signer.jwks, ...overrides });
  /** A token as Entra ID issues it for the API: tenant, scope, the person's sign-in name. */
  const entraToken = (claims: JWTPayload, issuer = V2(TENANT)) => signer.token('entra-object-id', { tid: TENANT, scp: SCOPE, ...claims }, { issuer, audience: API });

  const ask = async (authorization: string | undefined, path = ME): Promise<Answer> => {
    const res = await fetch(`${server.url}/api/v1${path}`, { headers: authorization === undefined ? {} : { Authorization: authorization } });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, text, body };
  };
  const withToken = (token: string, path?: string) => ask(`Bearer ${token}`, path);

  /** A refusal a person can read: JSON with one `message`, nothing from inside the server. */
  const assertRefused = (answer: Answer, status: 401 | 403, message: RegExp) => {
    assert.equal(answer.status, status, answer.text);
    assert.ok(answer.body && typeof answer.body === 'object', `JSON expected, got ${answer.text}`);
    assert.deepEqual(Object.keys(answer.body), ['message'], answer.text);
    assert.match(answer.body.message, message);
    assert.doesNotMatch(answer.text, /\n\s+at |\bat .+:\d+:\d+|node_modules|ERR_|JWS|JWK|jose|stack/i, 'no stack trace or library detail');
  };

  before(async () => {
    const partnership = demoPartnership();
    // Sign-in names as a trust's directory has them; matched case-insensitively.
    for (const person of partnership.people) person.email = `${person.name.split(' ')[0]!.toLowerCase()}@riverside.sch.uk`;
    const db = await openPglite({ dataDir: ':memory:' });
    server = await startTestServer(db, { seed: false, auth: { identify: (authorization) => current.identify(authorization) } });
    await seedRecord(db, partnership.id, partnership);
    signer = server.signer;
  });
  after(async () => {
    await server?.close();
  });

  describe('any OIDC issuer', () => {
    before(() => use(standard()));

    test('a good token signs the person in', async () => {
      const answer = await withToken(await signer.token('u-dev'));
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.body.person.id, 'u-dev');
    });

    test('no token, another scheme, or a malformed one: 401', async () => {
      assertRefused(await ask(undefined), 401, /Sign in first/);
      assertRefused(await ask(`Basic ${Buffer.from('dev:secret').toString('base64')}`), 401, /Sign in first/);
      assertRefused(await ask('Bearer not-a-token'), 401, /could not be checked/);
      assertRefused(await ask('Bearer a.b.c'), 401, /could not be checked/);
      assertRefused(await ask(`Bearer ${await signer.token('u-dev')} extra`), 401, /Sign in first/);
    });

    test('wrong issuer: 401', async () => {
      assertRefused(await withToken(await signer.token('u-dev', {}, { issuer: 'https://login.example.test/another-tenant/v2.0' })), 401, /could not be checked/);
    });

    test('wrong audience: 401', async () => {
      assertRefused(await withToken(await signer.token('u-dev', {}, { audience: 'api://another-app' })), 401, /could not be checked/);
    });

    test('expired: 401 saying so; a minute of clock difference is tolerated', async () => {
      assertRefused(await withToken(await signer.token('u-dev', {}, { expiresIn: nowSeconds() - 3600 })), 401, /expired/);
      assertRefused(await withToken(await signer.token('u-dev', {}, { expiresIn: nowSeconds() - 90 })), 401, /expired/);
      assert.equal((await withToken(await signer.token('u-dev', {}, { expiresIn: nowSeconds() - 20 }))).status, 200);
    });

    test('not yet valid (nbf in the future) or without an expiry: 401', async () => {
      assertRefused(await withToken(await signer.token('u-dev', { nbf: nowSeconds() + 3600 })), 401, /could not be checked/);
      // The test issuer always sets exp: a token without one is signed by hand with a key of our own.
      const own = await keyPair('RS256');
      use({ ...standard(), jwks: own.jwks });
      try {
        const build = () => new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: own.kid }).setSubject('u-dev').setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt();
        assert.equal((await withToken(await build().setExpirationTime('1h').sign(own.privateKey))).status, 200, 'the same token with exp passes');
        assertRefused(await withToken(await build().sign(own.privateKey)), 401, /could not be checked/);
      } finally {
        use(standard());
      }
    });

    test('alg "none" (an unsigned token): 401', async () => {
      const payload = { sub: 'u-dev', iss: ISSUER, aud: AUDIENCE, iat: nowSeconds(), exp: nowSeconds() + 3600 };
      assertRefused(await withToken(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.`), 401, /could not be checked/);
      assertRefused(await withToken(`${b64url({ alg: 'none', typ: 'JWT', kid: 'test-key' })}.${b64url(payload)}.`), 401, /could not be checked/);
    });

    test('signed by a key not in the key set (same kid, or an unknown kid): 401', async () => {
      const stranger = await testIssuer(); // its own key pair, also called "test-key"
      assertRefused(await withToken(await stranger.token('u-dev')), 401, /could not be checked/);
      const { privateKey } = await keyPair('ES256');
      const unknownKid = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'not-in-the-set' }).setSubject('u-dev').setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('1h').sign(privateKey);
      assertRefused(await withToken(unknownKid), 401, /could not be checked/);
    });

    test('a shared-secret token made with the public key (algorithm confusion): 401', async () => {
      const [jwk] = (signer.jwks as { keys: Array<{ n: string }> }).keys;
      const secret = new TextEncoder().encode(JSON.stringify(jwk));
      const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'test-key' }).setSubject('u-dev').setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('1h').sign(secret);
      assertRefused(await withToken(forged), 401, /could not be checked/);
      const fromModulus = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('u-dev').setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('1h').sign(Buffer.from(jwk!.n, 'base64url'));
      assertRefused(await withToken(fromModulus), 401, /could not be checked/);
    });

    test('a good token with its payload changed (someone else named): 401', async () => {
      const [header, , signature] = (await signer.token('u-erin')).split('.');
      const payload = { sub: 'u-amara', iss: ISSUER, aud: AUDIENCE, iat: nowSeconds(), exp: nowSeconds() + 3600 };
      assertRefused(await withToken(`${header}.${b64url(payload)}.${signature}`), 401, /could not be checked/);
    });

    test('a good token for someone who is not in the partnership: 403 with a clear message', async () => {
      const answer = await withToken(await signer.token('u-somebody-else'));
      assertRefused(answer, 403, /You are signed in, but you are not a member of Riverside Learning Partnership/);
      assertRefused(await withToken(await signer.token('u-somebody-else'), '/partnerships/p-riverside/cycles'), 403, /not a member/);
    });
  });

  describe('Microsoft Entra ID', () => {
    before(() => use(entra()));

    test("both of the tenant's issuers are accepted: v1 (sts.windows.net) and v2 (login.microsoftonline.com)", async () => {
      for (const issuer of [V1(TENANT), V2(TENANT)]) {
        const answer = await withToken(await entraToken({ preferred_username: 'dev@riverside.sch.uk' }, issuer));
        assert.equal(answer.status, 200, `${issuer}: ${answer.text}`);
        assert.equal(answer.body.person.id, 'u-dev');
      }
    });

    test('the sign-in name maps to a person by email, whatever its case', async () => {
      const answer = await withToken(await entraToken({ preferred_username: ' Grace@Riverside.SCH.uk' }));
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.body.person.id, 'u-grace');
      // The same with the claim v1 tokens carry (SPP_IDENTITY_CLAIM=upn), and with email.
      use(entra({ claim: 'upn' }));
      const v1 = await withToken(await entraToken({ upn: 'ERIN@riverside.sch.uk' }, V1(TENANT)));
      assert.equal(v1.status, 200, v1.text);
      assert.equal(v1.body.person.id, 'u-erin');
      use(entra({ claim: 'email' }));
      assert.equal((await withToken(await entraToken({ email: 'amara@RIVERSIDE.sch.uk' }))).body.person.id, 'u-amara');
      use(entra());
    });

    test("another tenant's token is refused: its issuer, or this tenant's issuer with its tid", async () => {
      assertRefused(await withToken(await signer.token('x', { tid: OTHER_TENANT, scp: SCOPE, preferred_username: 'dev@riverside.sch.uk' }, { issuer: V2(OTHER_TENANT), audience: API })), 401, /could not be checked/);
      assertRefused(await withToken(await signer.token('x', { tid: OTHER_TENANT, scp: SCOPE, preferred_username: 'dev@riverside.sch.uk' }, { issuer: V1(OTHER_TENANT), audience: API })), 401, /could not be checked/);
      assertRefused(await withToken(await entraToken({ tid: OTHER_TENANT, preferred_username: 'dev@riverside.sch.uk' })), 401, /another organisation/);
      assertRefused(await withToken(await signer.token('x', { scp: SCOPE, preferred_username: 'dev@riverside.sch.uk' }, { issuer: V2(TENANT), audience: API })), 401, /another organisation/);
    });

    test('the audience must be this API', async () => {
      assertRefused(await withToken(await signer.token('x', { tid: TENANT, scp: SCOPE, preferred_username: 'dev@riverside.sch.uk' }, { issuer: V2(TENANT), audience: '00000003-0000-0000-c000-000000000000' })), 401, /could not be checked/);
    });

    test('the scope must be granted (scp, or an app role)', async () => {
      assertRefused(await withToken(await entraToken({ scp: 'User.Read', preferred_username: 'dev@riverside.sch.uk' })), 401, /not granted access/);
      assertRefused(await withToken(await entraToken({ scp: undefined, preferred_username: 'dev@riverside.sch.uk' })), 401, /not granted access/);
      assertRefused(await withToken(await entraToken({ scp: `${SCOPE}.Extra`, preferred_username: 'dev@riverside.sch.uk' })), 401, /not granted access/);
      assert.equal((await withToken(await entraToken({ scp: `User.Read ${SCOPE}`, preferred_username: 'dev@riverside.sch.uk' }))).status, 200);
      assert.equal((await withToken(await entraToken({ scp: undefined, roles: [SCOPE], preferred_username: 'dev@riverside.sch.uk' }))).status, 200);
    });

    test('a token that does not name the person (no sign-in name claim): 401', async () => {
      assertRefused(await withToken(await entraToken({})), 401, /does not say who you are/);
    });

    test('a good Entra token for someone outside the partnership: 403 with a clear message', async () => {
      assertRefused(await withToken(await entraToken({ preferred_username: 'visitor@another-trust.org.uk' })), 403, /not a member of Riverside Learning Partnership.*partnership lead/);
    });

    test('keys fetched from the tenant’s key set URL (served over loopback): good tokens pass, others fail', async () => {
      let fetches = 0;
      const keys: Server = createServer((req, res) => {
        fetches++;
        if (req.url !== `/${TENANT}/discovery/v2.0/keys`) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(signer.jwks));
      });
      await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = keys.address() as AddressInfo;
        use(entra({ jwks: new URL(`http://127.0.0.1:${port}/${TENANT}/discovery/v2.0/keys`) }));
        for (const issuer of [V1(TENANT), V2(TENANT)]) {
          const answer = await withToken(await entraToken({ preferred_username: 'dev@riverside.sch.uk' }, issuer));
          assert.equal(answer.status, 200, answer.text);
        }
        assert.ok(fetches >= 1, 'the key set was fetched');
        assertRefused(await withToken(await (await testIssuer()).token('x', { tid: TENANT, scp: SCOPE, preferred_username: 'dev@riverside.sch.uk' }, { issuer: V2(TENANT), audience: API })), 401, /could not be checked/);
        const payload = { tid: TENANT, scp: SCOPE, preferred_username: 'dev@riverside.sch.uk', iss: V2(TENANT), aud: API, exp: nowSeconds() + 3600 };
        assertRefused(await withToken(`${b64url({ alg: 'none' })}.${b64url(payload)}.`), 401, /could not be checked/);
      } finally {
        use(entra());
        await new Promise<void>((resolve) => keys.close(() => resolve()));
      }
    });
  });
});

/** A key pair of our own, its public half as a key set. */
async function keyPair(alg: 'RS256' | 'ES256') {
  const { publicKey, privateKey } = await generateKeyPair(alg);
  const kid = `own-${alg}`;
  return { kid, privateKey, jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }] } };
}
