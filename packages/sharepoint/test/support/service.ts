/**
 * What the web part talks to, for its tests: the real @spp/server, started the way a trust starts
 * it for SharePoint (its environment variables through `loadConfig`: a generic OIDC issuer with
 * its JWKS at a URL, the API's client id as the audience, the default identity claim
 * `preferred_username`, the required scope, the SharePoint origin allowed), holding the demo
 * partnership with every person's work email; and a stand-in for Microsoft Entra ID that signs
 * access tokens with a key made for the test run (a tenant cannot run here). Its tokens are shaped
 * like Entra ID's version 2 access tokens (the API's manifest asks for version 2, docs/server.md):
 * asked for the resource `api://<client id>` (the web part's Application ID URI), they carry the
 * client id as `aud`, the sign-in name as `preferred_username` and the scope in `scp`.
 */
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer } from 'node:net';
import { DEFAULT_FRAMEWORK, type SppDocument } from '@spp/core';
import { demoCycles, demoPartnership, demoReflections, demoSchedule } from '@spp/core/demo';
import { getRecord, loadConfig, seedRecord, startServer, type RunningServer } from '@spp/server';

export const ISSUER = 'https://login.example.test/riverside-tenant/v2.0';
/** The Application (client) ID of the service's app registration: the `aud` of its v2 tokens, the service's SPP_OIDC_AUDIENCE. */
export const CLIENT_ID = '3f5d6c2a-9b1e-4d7f-8a2c-5e6b7c8d9e0f';
/** Its Application ID URI: the web part's `applicationIdUri`, the resource the token is asked for. */
export const APPLICATION_ID_URI = `api://${CLIENT_ID}`;
export const SCOPE = 'PeerReview.ReadWrite';
export const AMARA = 'amara.okafor@riverside.example';

export interface IdentityProvider {
  /** The issuer's key set, as its jwks_uri serves it. */
  jwks: string;
  /** An access token for `email` (in `preferred_username`), for the API `audience` (default: the service's client id). */
  token(email: string, options?: { audience?: string; scope?: string; expiresIn?: string }): Promise<string>;
}

export async function identityProvider(): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'sharepoint-test-key', alg: 'RS256', use: 'sig' };
  return {
    jwks: JSON.stringify({ keys: [jwk] }),
    token: (email, options = {}) =>
      new SignJWT({ preferred_username: email, scp: options.scope ?? SCOPE, ver: '2.0' })
        .setProtectedHeader({ alg: 'RS256', kid: 'sharepoint-test-key', typ: 'JWT' })
        .setSubject(`sub-${email}`)
        .setIssuer(ISSUER)
        .setAudience(options.audience ?? CLIENT_ID)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(privateKey),
  };
}

/** The real service on a loopback port, configured through its environment variables, holding the demo partnership. */
export async function startService({ jwksUrl, allowedOrigin }: { jwksUrl: string; allowedOrigin: string }): Promise<RunningServer> {
  const config = loadConfig([], {
    SPP_OIDC_ISSUER: ISSUER,
    SPP_OIDC_JWKS_URL: jwksUrl,
    SPP_OIDC_AUDIENCE: CLIENT_ID,
    SPP_REQUIRED_SCOPE: SCOPE,
    SPP_ALLOWED_ORIGINS: allowedOrigin,
    SPP_DATA_DIR: ':memory:',
  });
  const server = await startServer({ ...config, port: 0 }, { log: () => {} });
  const partnership = demoPartnership();
  // Every person's work email, first.last@riverside.example: what their Entra ID token's preferred_username says.
  for (const person of partnership.people) person.email = `${person.name.toLowerCase().replace(/[^a-z ]/g, '').trim().replace(/\s+/g, '.')}@riverside.example`;
  const cycles = demoCycles(partnership);
  const docs = [partnership, ...cycles, demoSchedule(cycles, partnership), ...demoReflections(partnership), structuredClone(DEFAULT_FRAMEWORK)] as SppDocument[];
  await server.db.transaction(async (tx) => {
    for (const doc of docs) await seedRecord(tx, partnership.id, doc);
  });
  return server;
}

/** The stored record's JSON, as the service holds it. */
export async function storedJson(server: RunningServer, kind: 'cycle' | 'partnership', id: string): Promise<string> {
  return JSON.stringify((await getRecord(server.db, kind, id))?.doc ?? null);
}

/** A loopback address where nothing listens: a service that cannot be reached. */
export async function deadAddress(): Promise<string> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  return `http://127.0.0.1:${port}`;
}
