/**
 * The embedded driver: PGlite in a data directory (or in memory). PGlite is one connection and
 * holds no lock of its own, so this driver takes a lock file (a second server on the same directory
 * is refused with a clear message) and notices a directory left half-created by an interrupted
 * first start (it is moved aside, never deleted, and a fresh one is made).
 */
import { PGlite } from '@electric-sql/pglite';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordCache, type Database, type Sql } from './driver';

export const LOCK_FILE = 'spp-server.lock';
/** Written once the first start has finished creating the database. */
export const READY_FILE = 'spp-server.ready';

export class DataDirectoryInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `Another spp-server (process ${pid}) is using the data directory ${dir}. Two servers on one directory would corrupt it: stop the other one first, or start this one with another --data-dir.`,
    );
    this.name = 'DataDirectoryInUseError';
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the directory's lock file, or throws when a live process holds it. A stale lock (its process is gone) is taken over. */
function takeLock(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DataDirectoryInUseError(dir, pid);
      rmSync(path, { force: true }); // left by a server that was killed
    }
  }
  throw new Error(`Could not take the lock file ${path}.`);
}

export interface PgliteOptions {
  /** A directory, or `:memory:` (tests). */
  dataDir: string;
  /** Logs what happened to a half-created directory. */
  log?: (message: string) => void;
}

export async function openPglite({ dataDir, log = () => {} }: PgliteOptions): Promise<Database & { markReady(): void }> {
  let release = () => {};
  let db: PGlite;
  if (dataDir === ':memory:') {
    db = await PGlite.create();
  } else {
    mkdirSync(dataDir, { recursive: true });
    release = takeLock(dataDir);
    const entries = readdirSync(dataDir).filter((name) => name !== LOCK_FILE);
    if (entries.length > 0 && !existsSync(join(dataDir, READY_FILE))) {
      // A first start stopped before the database was ready: nothing was ever stored in it.
      // Move it aside (never delete what we did not make sure of) and start again.
      const aside = `${dataDir.replace(/\/+$/, '')}.interrupted-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      release();
      renameSync(dataDir, aside);
      mkdirSync(dataDir, { recursive: true });
      release = takeLock(dataDir);
      log(`The data directory was left half-created by an interrupted first start; it was moved to ${aside} and a new one was made.`);
    }
    try {
      db = await PGlite.create(dataDir);
    } catch (error) {
      release();
      throw error;
    }
  }
  const cache = new RecordCache();
  const encoder = new TextEncoder();
  // Binary-format parameters are sent as they are; for a text column that is its UTF-8 bytes.
  const text = (value: string) => (value.length > 2048 ? encoder.encode(value) : value);
  // PGlite serialises a text parameter with `String(value)`: keep bytes as bytes, so they go in binary format.
  const bytesAsText = { serializers: { 25: (value: unknown) => (value instanceof Uint8Array ? value : String(value)) } } as unknown as Parameters<PGlite['query']>[2];
  const asSql = (q: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    cache,
    text,
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const binary = params.some((p) => p instanceof Uint8Array);
      return (await q.query<Row>(sql, params as unknown[], binary ? bytesAsText : undefined)).rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  const base = asSql(db);
  return {
    driver: 'pglite',
    cache,
    text,
    query: base.query,
    exec: base.exec,
    transaction: (work) => db.transaction((tx) => work(asSql(tx))),
    async listen(channel, onNotify) {
      const stop = await db.listen(channel, onNotify);
      return async () => stop();
    },
    markReady() {
      if (dataDir !== ':memory:' && !existsSync(join(dataDir, READY_FILE))) writeFileSync(join(dataDir, READY_FILE), new Date().toISOString());
    },
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
