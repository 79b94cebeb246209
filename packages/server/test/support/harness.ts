/**
 * The real server over HTTP for tests, on either driver: PGlite in memory, or a fresh database
 * on a throw-away PostgreSQL cluster. People sign in with real JWTs, signed by a test issuer whose
 * key set the server is given (the same verification path as Entra ID; only the keys are local).
 */
import { serve } from '@hono/node-server';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../../src/app';
import { oidcAuthenticator, type OidcConfig } from '../../src/auth';
import type { Database } from '../../src/db/driver';
import { migrate } from '../../src/db/migrations';
import { openPglite } from '../../src/db/pglite';
import { openPostgres } from '../../src/db/postgres';
import { seedDemo } from '../../src/seed';
import { startCluster, type TestCluster } from './postgres';

export const ISSUER = 'https://login.example.test/tenant-1/v2.0';
export const AUDIENCE = 'api://spp-peer-review';

export interface Driver {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
  /** Ends what the driver started (the cluster). */
  dispose(): Promise<void>;
}

/** Both drivers; a test file runs its suite once per driver. PostgreSQL starts on first use. */
export function drivers(): Driver[] {
  let cluster: Promise<TestCluster> | undefined;
  return [
    { name: 'pglite', open: () => openPglite({ dataDir: ':memory:' }), dispose: async () => {} },
    {
      name: 'postgres',
      open: async () => openPostgres(await (await (cluster ??= startCluster())).database(), { max: 10 }),
      dispose: async () => {
        if (cluster) await (await cluster).stop();
      },
    },
  ];
}

export interface Signer {
  jwks: OidcConfig['jwks'];
  /** A signed token for `sub` (the person's id), with any claims overridden. */
  token(sub: string, claims?: JWTPayload, options?: { expiresIn?: string | number; issuer?: string; audience?: string }): Promise<string>;
}

export async function testIssuer(): Promise<Signer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    token: (sub, claims = {}, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setSubject(sub)
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(privateKey),
  };
}

export interface TestServer {
  url: string;
  db: Database;
  signer: Signer;
  /** Signs in as a person of the demo partnership (by id). */
  as(personId: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  token: string;
  get<T = any>(path: string): Promise<Reply<T>>;
  post<T = any>(path: string, body: unknown): Promise<Reply<T>>;
  /** Sends a command: POST /api/v1/{kinds}/{id}/events. */
  command<T = any>(kinds: string, id: string, event: unknown, extra?: Record<string, unknown>): Promise<Reply<T>>;
}

let commandCount = 0;
export const newCommandId = () => `cmd-${process.pid}-${Date.now().toString(36)}-${commandCount++}`;

export function client(url: string, token: string): Client {
  const call = async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: kept as text so a test can say what came back */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    token,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    command: (kinds, id, event, extra = {}) => call('POST', `/${kinds}/${id}/events`, { commandId: newCommandId(), event, ...extra }),
  };
}

/** Starts the real app over HTTP on a loopback port, on `db` (migrated, the demo partnership stored). */
export async function startTestServer(db: Database, options: Partial<AppOptions> & { seed?: boolean } = {}): Promise<TestServer> {
  await migrate(db);
  if (options.seed !== false) await seedDemo(db);
  const signer = await testIssuer();
  const auth = oidcAuthenticator({ issuers: [ISSUER], audience: AUDIENCE, jwks: signer.jwks, claim: 'sub' });
  const { app, feed } = createApp({ db, auth, logError: () => {}, rateLimit: { perSecond: 10_000, burst: 10_000 }, ...options });
  await feed.start();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    signer,
    as: async (personId) => client(url, await signer.token(personId)),
    async close() {
      await feed.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await db.close();
    },
  };
}
