/**
 * Starting and stopping the service: open the database (PostgreSQL when configured, else PGlite
 * in its directory), run migrations, seed the demo when asked, serve HTTP, and on SIGTERM/SIGINT
 * stop taking requests, close the feeds and the database, and release the directory's lock.
 */
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { createApp } from './app';
import { demoAuthenticator, oidcAuthenticator } from './auth';
import type { ServerConfig } from './config';
import type { Database } from './db/driver';
import { migrate } from './db/migrations';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';
import { seedDemo } from './seed';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  close(): Promise<void>;
}

export async function openDatabase(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>, log: (message: string) => void = () => {}): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const db = await openPglite({ dataDir: config.dataDir, log });
  try {
    await migrate(db);
    db.markReady();
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export async function startServer(config: ServerConfig, { log = (m: string) => console.log(m) }: { log?: (message: string) => void } = {}): Promise<RunningServer> {
  const db = await openDatabase(config, log);
  try {
    if (db.driver === 'postgres') await migrate(db);
    if (config.demo && (await seedDemo(db))) log('Stored the demo partnership (Riverside Learning Partnership).');
  } catch (error) {
    await db.close();
    throw error;
  }
  const auth = config.demo ? await demoAuthenticator() : oidcAuthenticator(config.oidc!);
  const { app, feed } = createApp({
    db,
    auth,
    demo: config.demo,
    allowedOrigins: config.allowedOrigins,
    maxBodyBytes: config.maxBodyBytes,
    rateLimit: config.rateLimit,
    logError: (error) => console.error('[spp-server]', error),
  });
  if (config.staticDir) {
    const root = relative(process.cwd(), config.staticDir) || '.';
    // The page's own scripts only: no inline script, nothing from elsewhere.
    app.use('/*', async (c, next) => {
      await next();
      c.header('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; object-src 'none'");
      if (c.res.headers.get('Content-Type')?.startsWith('text/html')) c.header('Cache-Control', 'no-cache');
    });
    app.use('/*', serveStatic({ root }));
  }
  await feed.start();
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await feed.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await db.close();
    })());
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `http://${host}:${port}`, port, db, close };
}
