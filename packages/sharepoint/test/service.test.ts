/**
 * The web part's side of the service, with no browser: its properties, the Entra ID token from
 * SPFx's AadTokenProvider, and the one check it makes before showing a widget, against the real
 * @spp/server (configured from its environment variables, tokens signed by a test issuer).
 *
 *   npm run build && node --import tsx --test packages/sharepoint/test/service.test.ts
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningServer } from '@spp/server';
import { checkProperties, checkService, entraToken, isApplicationIdUri, serviceUrl, type ServiceCheck } from '../src/service';
import type { AadTokenProviderFactoryLike } from '../src/spfx';
import { AMARA, APPLICATION_ID_URI, deadAddress, identityProvider, startService, type IdentityProvider } from './support/service';

describe('the properties that name the service', () => {
  test('every missing one is named, in the order of the property pane', () => {
    assert.deepEqual(checkProperties({ serverUrl: ' ', applicationIdUri: '', partnershipId: undefined }), { ok: false, problem: { kind: 'missing', properties: ['serverUrl', 'applicationIdUri', 'partnershipId'] } });
    assert.deepEqual(checkProperties({ serverUrl: 'https://spp.trust.example', applicationIdUri: APPLICATION_ID_URI }), { ok: false, problem: { kind: 'missing', properties: ['partnershipId'] } });
  });

  test('the service address is https (http only on this computer), without credentials or a query; a trailing slash is dropped', () => {
    assert.equal(serviceUrl(' https://spp.trust.example/ '), 'https://spp.trust.example');
    assert.equal(serviceUrl('https://trust.example/spp/'), 'https://trust.example/spp');
    assert.equal(serviceUrl('http://127.0.0.1:8787'), 'http://127.0.0.1:8787');
    assert.equal(serviceUrl('http://localhost:8787'), 'http://localhost:8787');
    for (const bad of ['http://spp.trust.example', 'https://user:secret@spp.trust.example', 'https://spp.trust.example/?x=1', 'javascript:alert(1)', 'spp.trust.example', 'ftp://spp.trust.example']) {
      assert.equal(serviceUrl(bad), undefined, bad);
    }
    assert.deepEqual(checkProperties({ serverUrl: 'http://spp.trust.example', applicationIdUri: APPLICATION_ID_URI, partnershipId: 'p-riverside' }), { ok: false, problem: { kind: 'bad-server-url', value: 'http://spp.trust.example' } });
  });

  test('the Application ID URI is an api:// or https:// URI, or the client id', () => {
    for (const good of ['api://spp-peer-review', 'api://6f1c2a4e-8d3b-4c8e-9f3a-2b1d0c9e8f7a', 'https://trust.example/spp-api', '6f1c2a4e-8d3b-4c8e-9f3a-2b1d0c9e8f7a']) assert.ok(isApplicationIdUri(good), good);
    for (const bad of ['spp peer review', 'PeerReview.ReadWrite', 'http://trust.example/api', 'api://user:pw@x', '']) assert.ok(!isApplicationIdUri(bad), bad);
    assert.deepEqual(checkProperties({ serverUrl: 'https://spp.trust.example', applicationIdUri: 'PeerReview.ReadWrite', partnershipId: 'p-riverside' }), { ok: false, problem: { kind: 'bad-application-id-uri', value: 'PeerReview.ReadWrite' } });
  });

  test('the partnership id uses the characters the service allows', () => {
    assert.deepEqual(checkProperties({ serverUrl: 'https://spp.trust.example', applicationIdUri: APPLICATION_ID_URI, partnershipId: 'p riverside/../x' }), { ok: false, problem: { kind: 'bad-partnership-id', value: 'p riverside/../x' } });
    assert.deepEqual(checkProperties({ serverUrl: 'https://spp.trust.example/', applicationIdUri: ` ${APPLICATION_ID_URI} `, partnershipId: ' p-riverside ' }), {
      ok: true,
      serverUrl: 'https://spp.trust.example',
      applicationIdUri: APPLICATION_ID_URI,
      partnershipId: 'p-riverside',
    });
  });
});

/** An AadTokenProviderFactory that records what it was asked. */
function fakeFactory(answer: (resource: string, useCachedToken: boolean | undefined) => Promise<string>) {
  const calls: Array<{ resource: string; useCachedToken: boolean | undefined }> = [];
  let providers = 0;
  const factory: AadTokenProviderFactoryLike = {
    getTokenProvider: async () => {
      providers++;
      return {
        getToken: (resource: string, useCachedToken?: boolean) => {
          calls.push({ resource, useCachedToken });
          return answer(resource, useCachedToken);
        },
      };
    },
  };
  return { factory, calls, providers: () => providers };
}

describe('the token for the service’s API', () => {
  test('is asked of one AadTokenProvider for the Application ID URI, from its cache, and afresh once after renew()', async () => {
    let n = 0;
    const { factory, calls, providers } = fakeFactory(async () => `token-${++n}`);
    const token = entraToken(factory, APPLICATION_ID_URI);
    assert.equal(await token(), 'token-1');
    assert.equal(await token(), 'token-2');
    token.renew();
    assert.equal(await token(), 'token-3');
    assert.equal(await token(), 'token-4');
    assert.equal(providers(), 1);
    assert.deepEqual(calls, [
      { resource: APPLICATION_ID_URI, useCachedToken: undefined },
      { resource: APPLICATION_ID_URI, useCachedToken: undefined },
      { resource: APPLICATION_ID_URI, useCachedToken: false },
      { resource: APPLICATION_ID_URI, useCachedToken: undefined },
    ]);
  });

  test('rejects with the provider’s own error (no consent), and an empty token is no token', async () => {
    const consent = new Error('AADSTS65001: The user or administrator has not consented to use the application.');
    const refused = entraToken(fakeFactory(async () => Promise.reject(consent)).factory, APPLICATION_ID_URI);
    await assert.rejects(refused(), consent);
    const empty = entraToken(fakeFactory(async () => '').factory, APPLICATION_ID_URI);
    await assert.rejects(empty(), /no token/);
  });

  test('a factory that fails is asked again on the next call', async () => {
    let attempts = 0;
    const factory: AadTokenProviderFactoryLike = {
      getTokenProvider: async () => {
        if (++attempts === 1) throw new Error('SPFx is still loading');
        return { getToken: async () => 'token' };
      },
    };
    const token = entraToken(factory, APPLICATION_ID_URI);
    await assert.rejects(token(), /still loading/);
    assert.equal(await token(), 'token');
  });
});

describe('the check before a widget is shown, against the real service', () => {
  let idp: IdentityProvider;
  let jwksServer: Server;
  let service: RunningServer;
  let silent: Server;
  let html: Server;
  const origin = 'https://riverside.sharepoint.com';

  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  before(async () => {
    idp = await identityProvider();
    jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(idp.jwks));
    const jwksUrl = `${await listen(jwksServer)}/keys`;
    service = await startService({ jwksUrl, allowedOrigin: origin });
    // A server that takes the request and never answers; one that answers with a sign-in page.
    silent = createServer(() => undefined);
    html = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in to the Wi-Fi</title>'));
  });

  after(async () => {
    await service?.close();
    for (const server of [jwksServer, silent, html]) {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
  });

  const check = (options: { serverUrl?: string; partnershipId?: string; token?: () => Promise<string>; timeoutMs?: number } = {}): Promise<ServiceCheck> =>
    checkService({ serverUrl: options.serverUrl ?? service.url, partnershipId: options.partnershipId ?? 'p-riverside', token: options.token ?? (() => idp.token(AMARA)), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });

  test('a member: the service names the person from the token’s preferred_username (any case), and the partnership', async () => {
    assert.deepEqual(await check({ token: () => idp.token('Amara.Okafor@Riverside.Example') }), {
      ok: true,
      member: { person: { id: 'u-amara', name: 'Amara Okafor' }, partnership: { id: 'p-riverside', name: 'Riverside Learning Partnership' } },
    });
  });

  test('the token provider throws (no consent): the service is not asked', async () => {
    let asked = 0;
    const result = await checkService({
      serverUrl: service.url,
      partnershipId: 'p-riverside',
      token: entraToken(fakeFactory(async () => Promise.reject(new Error('AADSTS65001: The user or administrator has not consented to use the application with ID …'))).factory, APPLICATION_ID_URI),
      fetch: async (...args) => {
        asked++;
        return fetch(...args);
      },
    });
    assert.deepEqual(result, { ok: false, kind: 'no-token', reason: 'AADSTS65001: The user or administrator has not consented to use the application with ID …' });
    assert.equal(asked, 0);
  });

  test('someone signed in who is not in the partnership: the service’s own 403 message', async () => {
    assert.deepEqual(await check({ token: () => idp.token('visitor@elsewhere.example') }), {
      ok: false,
      kind: 'not-member',
      message: 'You are signed in, but you are not a member of Riverside Learning Partnership. Ask your partnership lead to add you.',
    });
  });

  test('a token for another API (the audience is not the service’s) or without the scope: refused sign-in', async () => {
    const wrongAudience = await check({ token: () => idp.token(AMARA, { audience: 'api://another-api' }) });
    assert.deepEqual(wrongAudience, { ok: false, kind: 'signed-out', message: 'Your sign-in could not be checked: sign in again.' });
    const noScope = await check({ token: () => idp.token(AMARA, { scope: 'User.Read' }) });
    assert.deepEqual(noScope, { ok: false, kind: 'signed-out', message: 'This sign-in was not granted access to peer review.' });
  });

  test('a partnership the service does not hold', async () => {
    assert.deepEqual(await check({ partnershipId: 'p-nowhere' }), { ok: false, kind: 'no-partnership' });
  });

  test('nothing listening, or no answer in time: unreachable', async () => {
    const refused = await check({ serverUrl: await deadAddress() });
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.kind, 'unreachable');
    const started = Date.now();
    const timedOut = await check({ serverUrl: await listen(silent), timeoutMs: 300 });
    assert.deepEqual(timedOut, { ok: false, kind: 'unreachable', reason: 'no answer within 300 ms' });
    assert.ok(Date.now() - started < 5_000);
  });

  test('something else answers at the address (a Wi-Fi sign-in page)', async () => {
    assert.deepEqual(await check({ serverUrl: await listen(html) }), { ok: false, kind: 'not-the-service', status: 200 });
  });
});
