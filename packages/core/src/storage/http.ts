/**
 * HTTP storage adapter: a trust's own backend as storage, over the REST contract in
 * docs/storage-http.openapi.yaml (guide: docs/storage-http.md).
 *
 * Local first, for teachers on poor connections: a save the server cannot receive (after retries)
 * is kept in a durable queue on this device and sent later, in order. Nothing is ever overwritten
 * on the server without compare-and-set: a queued save whose record changed on the server meanwhile
 * stays queued, marked as a conflict, until the person chooses (`resolveConflict`).
 * `window` and `localStorage` are only touched when used: core is imported in Node too.
 */
import { ConflictError, InvalidDocumentError, StorageFailedError, UnreadableRecordError } from '../errors';
import { NO_RECORD, describeRecord, parseRecordKey, recordKey, revisionOf, type QueuedState, type RawRecord, type StorageAdapter, type StoreChange } from './adapter';

/** A change as this adapter reports it: `StoreChange` plus where it stands. */
export interface HttpStoreChange extends StoreChange {
  /** Saved on this device only, waiting to be sent to the server. */
  queued?: true;
  /** A queued save the server did not accept (see `conflicts()`): nothing was overwritten. */
  conflict?: true;
  /** Saved by someone else (from the server's change feed). */
  remote?: true;
  /** A queued save was sent to the server (it may still be queued if changed again meanwhile: see `queued()`). */
  sent?: true;
}

/** Why a queued save is held back until the person decides. */
export type QueueProblemReason = 'conflict' | 'unreadable' | 'refused';

/** One queued save (or removal) of one record. Several offline saves of a record share one entry. */
export interface QueuedWrite {
  key: string;
  op: 'put' | 'remove';
  /** The value to save (absent for a removal). */
  value?: unknown;
  /** The server revision this change was made on; null: the record did not exist on the server. */
  base: number | null;
  /** When the record was first queued (ISO 8601): entries are sent in this order. */
  queuedAt: string;
  /** Changes whenever the entry changes, so a save sent while the person kept typing is not lost. */
  stamp: string;
  problem?: {
    reason: QueueProblemReason;
    message: string;
    /** The server's revision when the problem was found (NO_RECORD: the record is not there). */
    serverRevision?: number;
    /** The server's value when the conflict was found: what "use theirs" shows. */
    theirs?: unknown;
  };
}

/** A queued save held back for a decision: keep mine (send over theirs) or use theirs (drop mine). */
export interface HttpConflict {
  key: string;
  kind: string;
  id: string;
  reason: QueueProblemReason;
  message: string;
  /** My queued value; undefined when my change was a removal. */
  mine: unknown;
  /** The server's value when the conflict was found; undefined when it has none. */
  theirs: unknown;
  serverRevision: number | undefined;
  queuedAt: string;
}

/** Durable storage for the queue. Implementations must not throw: fall back to memory instead. */
export interface OfflineQueue {
  /** Every entry, oldest first, as fresh copies. */
  load(): QueuedWrite[] | Promise<QueuedWrite[]>;
  /** Replaces the whole queue. */
  save(entries: readonly QueuedWrite[]): void | Promise<void>;
}

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A queue in memory only: lost on reload. The fallback where no durable storage can be used. */
export function memoryQueue(): OfflineQueue {
  let entries: QueuedWrite[] = [];
  return {
    load: () => copy(entries),
    save: (next) => void (entries = copy([...next])),
  };
}

type QueueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const isEntry = (e: unknown): e is QueuedWrite => {
  const x = e as QueuedWrite | null;
  return !!x && typeof x.key === 'string' && (x.op === 'put' || x.op === 'remove') && (x.base === null || Number.isInteger(x.base)) && typeof x.stamp === 'string';
};

/**
 * The queue in `localStorage` (survives a reload), falling back to memory whenever storage is
 * blocked or full, so a save is never refused for that. Queued text that cannot be read is moved
 * aside under `${key}:unreadable:<time>`, never overwritten.
 */
export function localStorageQueue(options: { key?: string; storage?: QueueStorage } = {}): OfflineQueue {
  const name = options.key ?? 'spp-http-queue';
  const fallback = memoryQueue();
  // After a failed save the memory copy is the newest: read it until storage works again.
  let useFallback = false;
  const storage = (): QueueStorage | undefined => {
    if (options.storage) return options.storage;
    try {
      return typeof localStorage === 'undefined' ? undefined : localStorage; // the getter itself throws when blocked
    } catch {
      return undefined;
    }
  };
  return {
    load() {
      const store = storage();
      if (!store || useFallback) return fallback.load();
      let text: string | null;
      try {
        text = store.getItem(name);
      } catch {
        return fallback.load();
      }
      if (text === null) return [];
      try {
        const entries: unknown = JSON.parse(text);
        if (Array.isArray(entries) && entries.every(isEntry)) return entries;
      } catch {
        // fall through: unreadable
      }
      try {
        store.setItem(`${name}:unreadable:${Date.now()}`, text);
        store.setItem(name, '[]');
      } catch {
        useFallback = true; // could not move it aside: never write over it
      }
      return fallback.load();
    },
    save(entries) {
      fallback.save(entries);
      const store = storage();
      if (!store) return;
      try {
        store.setItem(name, JSON.stringify(entries));
        useFallback = false;
      } catch {
        useFallback = true;
      }
    },
  };
}

export interface HttpAdapterOptions {
  /** Where the contract is served, e.g. `https://trust.example/spp-api` (no trailing slash needed). */
  baseUrl: string;
  /** Extra headers for every request, e.g. `{ Authorization: 'Bearer …' }`; called per attempt so tokens can refresh. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  fetch?: typeof fetch;
  /** Send cookies: `'include'` for cookie sign-in on another origin (the server must allow credentials). */
  credentials?: RequestCredentials;
  /** `attempts` counts the first try. Defaults: 4 attempts, 500 ms doubling, at most 8 s between. */
  retry?: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** A request with no answer within this is treated as a network failure. Default 20 s. */
  timeoutMs?: number;
  /** Where unsent saves wait. Default: `localStorage` when present, else memory. */
  queue?: OfflineQueue;
  /** How often queued saves are retried. Default 30 s. */
  flushIntervalMs?: number;
  /** Poll `/changes` this often while someone subscribes, to hear of others' saves. Off when unset. */
  pollIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface HttpAdapter extends StorageAdapter {
  subscribe(listener: (change: HttpStoreChange) => void): () => void;
  /** How many saves are on this device only (conflicts included). */
  pending(): number;
  /** Whether the newest save of `key` is on this device only: `'waiting'` to be sent, or `'held'` (see `conflicts()`). */
  queued(key: string): QueuedState | undefined;
  /** Queued saves held back for a decision. */
  conflicts(): HttpConflict[];
  /** Keep mine: send it over the server's version shown in `conflicts()`. Use theirs: drop mine. */
  resolveConflict(key: string, choice: 'keep-mine' | 'use-theirs'): Promise<void>;
  /** Sends queued saves now, in order; stops quietly at the first one the server cannot receive. */
  flushQueue(): Promise<void>;
  /** Stops timers and polling. The queue is kept. */
  close(): void;
}

interface Reply {
  status: number;
  /** The JSON object body; undefined when the answer was not JSON (a proxy's or a wifi sign-in page). */
  body: Record<string, unknown> | undefined;
  headers: Headers;
}

/** The server could not be reached (or kept failing) after retries. Internal: never escapes. */
class Unavailable extends Error {}

const enc = encodeURIComponent;
const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
/** Key order does not matter when asking "does the server hold exactly what I sent?". */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

export function httpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const attempts = Math.max(1, options.retry?.attempts ?? 4);
  const baseDelayMs = options.retry?.baseDelayMs ?? 500;
  const maxDelayMs = options.retry?.maxDelayMs ?? 8_000;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const queue = options.queue ?? localStorageQueue({ key: `spp-http-queue:${base}` });

  const listeners = new Set<(change: HttpStoreChange) => void>();
  /** Last record seen on the server per key (null: known missing): what `read` answers offline. */
  const cache = new Map<string, RawRecord | null>();
  const listedKinds = new Set<string>();
  /** Revisions this adapter saved, so the change feed does not echo our own saves. */
  const own = new Map<string, number | null>();
  let mirror: QueuedWrite[] = []; // last known queue, for the synchronous pending()/conflicts()
  let offline = false;
  let pausedUntil = 0; // a Retry-After longer than we wait in one go
  let closed = false;
  let counter = 0;
  let flushTimer: ReturnType<typeof setInterval> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let cursor: string | undefined;
  let flushing: Promise<void> | undefined;
  let flushAgain = false;
  let lock: Promise<unknown> = Promise.resolve();

  const deliver = (change: HttpStoreChange) => {
    for (const listener of [...listeners]) queueMicrotask(() => listener(change));
  };
  const changeOf = (key: string, extra: Partial<HttpStoreChange> = {}): HttpStoreChange => ({ key, ...parseRecordKey(key), ...extra });
  const stamp = () => `${now()}-${counter++}-${Math.floor(random() * 1e9)}`;
  const sendable = (entries: readonly QueuedWrite[]) => entries.some((e) => !e.problem);

  // ---- the queue: every change is load → modify → save, one at a time ----

  const loadQueue = async (): Promise<QueuedWrite[]> => (mirror = await queue.load());
  /** Runs `change` on the current entries and saves them; serialised so two saves cannot interleave. */
  const mutate = <T>(change: (entries: QueuedWrite[]) => T): Promise<T> => {
    const run = async () => {
      const entries = await queue.load();
      const result = change(entries);
      await queue.save(entries);
      mirror = entries;
      if (sendable(entries)) startFlushTimer();
      return result;
    };
    const next = lock.then(run, run);
    lock = next.catch(() => undefined);
    return next;
  };

  const startFlushTimer = () => {
    if (flushTimer || closed || typeof setInterval !== 'function') return;
    flushTimer = setInterval(() => void flushQueue(), options.flushIntervalMs ?? 30_000);
    (flushTimer as { unref?: () => void }).unref?.(); // never keeps a Node process alive
  };

  // ---- one request, with retries ----

  const backoff = (attempt: number) => {
    const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(cap / 2 + (random() * cap) / 2); // jitter: many laptops coming back online do not retry in step
  };
  const retryAfterMs = (header: string | null): number | undefined => {
    if (!header) return undefined;
    if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now());
  };
  // 501 (no change feed) and 507 (full) will not get better by asking again.
  const retryable = (reply: Reply) =>
    reply.status === 408 || reply.status === 429 || (reply.status >= 500 && reply.status !== 501 && reply.status !== 507) ||
    // A 2xx that is not our JSON: a wifi sign-in page or a proxy. Never take it as saved.
    (reply.status < 300 && reply.status !== 204 && reply.body === undefined);

  async function once(method: string, path: string, extra: Record<string, string>, body?: string): Promise<Reply> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const headers: Record<string, string> = { Accept: 'application/json', ...(await options.headers?.()), ...extra };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await doFetch(base + path, {
        method,
        headers,
        body,
        signal: controller.signal,
        cache: 'no-store',
        ...(options.credentials ? { credentials: options.credentials } : {}),
      });
      const text = await response.text();
      let parsed: Record<string, unknown> | undefined;
      if (/\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
        try {
          const value: unknown = JSON.parse(text);
          if (value && typeof value === 'object' && !Array.isArray(value)) parsed = value as Record<string, unknown>;
        } catch {
          // not JSON after all: treated like any foreign page
        }
      }
      return { status: response.status, body: parsed, headers: response.headers };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves with the first non-retryable reply; throws Unavailable when every attempt failed. */
  async function send(method: string, path: string, extra: Record<string, string> = {}, body?: string, tries = attempts): Promise<Reply> {
    if (now() < pausedUntil) throw new Unavailable('the server asked us to wait');
    let problem = 'no answer';
    for (let attempt = 1; ; attempt++) {
      let waitMs: number | undefined;
      try {
        const reply = await once(method, path, extra, body);
        if (!retryable(reply)) {
          const wasOffline = offline;
          offline = false;
          if (wasOffline && !flushing && sendable(mirror)) void flushQueue(); // back online: send what waited
          return reply;
        }
        problem = reply.body === undefined ? `HTTP ${reply.status}, not an answer from the storage service` : `HTTP ${reply.status}`;
        waitMs = retryAfterMs(reply.headers.get('retry-after'));
      } catch (error) {
        // Network failure, timeout, or headers() failing (e.g. a token refresh while offline).
        problem = (error as Error | null)?.name === 'AbortError' ? 'no answer in time' : String((error as Error | null)?.message ?? error);
      }
      if (attempt >= tries || (waitMs !== undefined && waitMs > maxDelayMs)) {
        if (waitMs !== undefined) pausedUntil = now() + waitMs; // honour it: no request before then
        break;
      }
      await sleep(waitMs ?? backoff(attempt));
    }
    offline = true;
    throw new Unavailable(problem);
  }

  // ---- mapping replies to the adapter contract ----

  const recordPath = (key: string) => {
    const { kind, id } = parseRecordKey(key);
    if (!kind || !id) throw new StorageFailedError(`"${key}" is not a record key (expected kind/id).`);
    return `/records/${enc(kind)}/${enc(id)}`;
  };

  /** `{ value }` or, for a record the server cannot parse, `{ raw }`: the store reports the latter as unreadable. */
  const toRecord = (key: string, body: Record<string, unknown>): RawRecord => {
    if (typeof body['raw'] === 'string') return { key, value: body['raw'] };
    if (!('value' in body)) throw new StorageFailedError(`Could not open ${describeRecord(key)}: the server's answer has no value.`);
    const value = body['value'];
    // A JSON string value is passed on as JSON text, so decodeValue sees a string document (and
    // reports it) exactly as with the memory adapter, rather than parsing it a second time.
    return { key, value: typeof value === 'string' ? JSON.stringify(value) : value };
  };

  /** Errors for a refused request. Those worth trying again later hold a queued save (HOLD). */
  const HOLD = new WeakSet<Error>();
  function refusal(key: string, reply: Reply, action: 'open' | 'save' | 'delete'): Error {
    const what = `Could not ${action} ${key.endsWith('/') ? 'the list' : describeRecord(key)}`;
    const said = typeof reply.body?.['message'] === 'string' ? ` (${reply.body['message']})` : '';
    let error: Error;
    switch (reply.status) {
      case 409:
        return new UnreadableRecordError(key, new InvalidDocumentError('The saved data on the server', [`${reply.body?.['message'] ?? 'it cannot be read'}`]));
      case 413:
        error = new StorageFailedError(`${what}: it is larger than the server accepts${said}. Nothing was changed; ask your IT team.`);
        break;
      case 507:
        error = new StorageFailedError(`${what}: storage on the server is full${said}. Nothing was changed; ask your IT team to free some space, then try again.`);
        break;
      case 401:
        error = new StorageFailedError(`${what}: you are not signed in to the storage service, or your sign-in has expired. Sign in again, then try again.`);
        break;
      case 403:
        error = new StorageFailedError(`${what}: the storage service does not allow this for your account${said}.`);
        break;
      default:
        return new StorageFailedError(
          reply.body === undefined
            ? `${what}: the storage address did not answer like the SPP storage service (HTTP ${reply.status}). Check the address set up for it.`
            : `${what}: the server refused (HTTP ${reply.status})${said}.`,
        );
    }
    HOLD.add(error);
    return error;
  }

  async function readRemote(key: string, tries = attempts): Promise<RawRecord | undefined> {
    const reply = await send('GET', recordPath(key), {}, undefined, tries);
    if (reply.status === 404 && reply.body) {
      cache.set(key, null);
      return undefined;
    }
    if (reply.status !== 200 || !reply.body) throw refusal(key, reply, 'open');
    const record = toRecord(key, reply.body);
    cache.set(key, record);
    return copy(record);
  }

  /** Compare-and-set over HTTP. Resolves with the saved revision; ConflictError carries theirs. */
  async function putRemote(key: string, value: unknown, expected: number | null): Promise<number> {
    const conditions: Record<string, string> = expected === null ? { 'If-None-Match': '*' } : { 'If-Match': `"${expected}"` };
    const reply = await send('PUT', recordPath(key), conditions, JSON.stringify({ value }));
    const revision = reply.body?.['revision'];
    if ((reply.status === 200 || reply.status === 201) && isWhole(revision)) {
      cache.set(key, { key, value: copy(value) });
      own.set(key, revision);
      return revision;
    }
    if (reply.status !== 412) throw refusal(key, reply, 'save');
    // An earlier attempt may have been saved with its answer lost on the way back: if the server
    // holds exactly this value, it is saved. Otherwise someone else's save is there: a conflict.
    const theirs = await readRemote(key);
    if (theirs && canonical(theirs.value) === canonical(value)) {
      const saved = revisionOf(theirs);
      own.set(key, saved);
      return saved;
    }
    let actual = isWhole(reply.body?.['revision']) ? (reply.body['revision'] as number) : NO_RECORD;
    try {
      actual = theirs ? revisionOf(theirs) : NO_RECORD;
    } catch {
      // keep the 412's revision
    }
    throw Object.assign(new ConflictError(key, expected ?? NO_RECORD, actual), { theirs: theirs?.value });
  }

  async function removeRemote(key: string, expected: number): Promise<void> {
    const reply = await send('DELETE', recordPath(key), { 'If-Match': `"${expected}"` });
    // A missing record is a no-op, so a retried delete whose first answer was lost is fine.
    if (reply.status === 204 || reply.status === 200 || (reply.status === 404 && reply.body)) {
      cache.set(key, null);
      own.set(key, null);
      return;
    }
    if (reply.status === 412) {
      const actual = reply.body?.['revision'];
      throw new ConflictError(key, expected, isWhole(actual) ? actual : NO_RECORD);
    }
    throw refusal(key, reply, 'delete');
  }

  // ---- local checks and queueing ----

  /** Compare-and-set against the queued (newest local) version of a record. */
  const checkEntry = (key: string, entry: QueuedWrite, expected: number | null) => {
    const actual = entry.op === 'remove' ? NO_RECORD : revisionOf({ key, value: entry.value });
    if (actual !== (expected ?? NO_RECORD)) throw new ConflictError(key, expected ?? NO_RECORD, actual);
  };
  /** Offline, against the last version seen on the server, when we saw one: refuse known conflicts now. */
  const checkCached = (key: string, expected: number | null) => {
    const cached = cache.get(key);
    if (cached === undefined) return;
    const actual = cached === null ? NO_RECORD : revisionOf(cached);
    if (actual !== (expected ?? NO_RECORD)) throw new ConflictError(key, expected ?? NO_RECORD, actual);
  };

  /**
   * Queues a save or removal behind any queued change to the same record (one entry per record:
   * its value is the newest, its base stays the server revision it started from).
   * Returns false when there was nothing to queue (a removal of a record never sent).
   */
  const enqueue = (entries: QueuedWrite[], key: string, op: 'put' | 'remove', value: unknown, expected: number | null): boolean => {
    const index = entries.findIndex((e) => e.key === key);
    const entry = entries[index];
    if (!entry) {
      checkCached(key, expected);
      entries.push({ key, op, ...(op === 'put' ? { value } : {}), base: expected, queuedAt: new Date(now()).toISOString(), stamp: stamp() });
      return true;
    }
    if (op === 'remove' && entry.op === 'remove') return false;
    checkEntry(key, entry, expected);
    if (op === 'remove' && entry.base === null) {
      entries.splice(index, 1); // created here and never sent: nothing to tell the server
      return false;
    }
    entry.op = op;
    if (op === 'put') entry.value = value;
    else delete entry.value;
    entry.stamp = stamp();
    return true;
  };

  /** Saves or removes: straight to the server when possible, else into the queue. */
  async function change(key: string, op: 'put' | 'remove', value: unknown, expected: number | null): Promise<void> {
    const route = await mutate((entries) => {
      // Behind queued changes (to keep their order), or known offline: queue without waiting on the network.
      if (entries.some((e) => e.key === key) || sendable(entries) || offline || now() < pausedUntil) {
        return enqueue(entries, key, op, value, expected) ? 'queued' : 'nothing';
      }
      return 'direct';
    });
    if (route === 'nothing') return deliver(changeOf(key));
    if (route === 'direct') {
      try {
        if (op === 'put') await putRemote(key, value, expected);
        else await removeRemote(key, expected as number);
        return deliver(changeOf(key));
      } catch (error) {
        if (!(error instanceof Unavailable)) throw error; // conflicts, unreadable, full: the caller decides
        await mutate((entries) => enqueue(entries, key, op, value, expected));
        return deliver(changeOf(key, { queued: true }));
      }
    }
    deliver(changeOf(key, { queued: true }));
    if (!offline) await flushQueue(); // online: the caller's save reaches the server before we return
  }

  // ---- sending the queue ----

  /** Records the outcome of sending `sent`, unless the entry changed or went meanwhile. */
  const settle = (sent: QueuedWrite, outcome: { revision: number | null } | { problem: NonNullable<QueuedWrite['problem']> }) =>
    mutate((entries) => {
      const index = entries.findIndex((e) => e.key === sent.key);
      const entry = entries[index];
      if (!entry) return;
      if ('problem' in outcome) entry.problem = outcome.problem; // newer edits share the same base: held too
      else if (entry.stamp === sent.stamp) entries.splice(index, 1);
      else entry.base = outcome.revision; // edited while sending: the newer value goes on top of what landed
    });

  async function flushOnce(): Promise<void> {
    for (const entry of await loadQueue()) {
      if (entry.problem) continue;
      try {
        if (entry.op === 'put') await settle(entry, { revision: await putRemote(entry.key, entry.value, entry.base) });
        else {
          if (entry.base !== null) await removeRemote(entry.key, entry.base);
          await settle(entry, { revision: null });
        }
        // Sent: those showing "kept on this device" learn it has reached the server.
        deliver(changeOf(entry.key, { sent: true }));
      } catch (error) {
        if (error instanceof Unavailable || (error instanceof Error && HOLD.has(error))) return; // try again later, in order
        const reason: QueueProblemReason = error instanceof ConflictError ? 'conflict' : error instanceof UnreadableRecordError ? 'unreadable' : 'refused';
        await settle(entry, {
          problem: {
            reason,
            message: error instanceof Error ? error.message : String(error),
            ...(error instanceof ConflictError ? { serverRevision: error.actual, theirs: (error as ConflictError & { theirs?: unknown }).theirs } : {}),
          },
        });
        deliver(changeOf(entry.key, { conflict: true }));
      }
    }
  }

  function flushQueue(): Promise<void> {
    if (flushing) {
      flushAgain = true;
      return flushing;
    }
    flushing = (async () => {
      try {
        // Bounded: each pass either ends (offline) or settles entries; a rerun is only asked for by callers.
        do {
          flushAgain = false;
          await flushOnce();
        } while (flushAgain && !closed);
      } finally {
        flushing = undefined;
        if (!sendable(mirror) && flushTimer) {
          clearInterval(flushTimer);
          flushTimer = undefined;
        }
      }
    })();
    return flushing;
  }

  // ---- the change feed ----

  async function poll(): Promise<void> {
    pollTimer = undefined;
    let keepPolling = true;
    try {
      const reply = await send('GET', cursor === undefined ? '/changes' : `/changes?since=${enc(cursor)}`, {}, undefined, 1);
      const next = reply.body?.['cursor'];
      if (reply.status === 200 && typeof next === 'string') {
        const changes = cursor === undefined ? [] : reply.body?.['changes'];
        cursor = next;
        for (const c of Array.isArray(changes) ? (changes as Array<Record<string, unknown>>) : []) {
          if (typeof c['kind'] !== 'string' || typeof c['id'] !== 'string') continue;
          const key = recordKey(c['kind'], c['id']);
          const revision = isWhole(c['revision']) ? c['revision'] : null;
          if (own.has(key) && own.get(key) === revision) continue; // our own save coming back
          cache.delete(key);
          deliver(changeOf(key, { remote: true }));
        }
      } else if (reply.status === 410) {
        cursor = undefined; // fell too far behind: start again from now
      } else if (reply.status === 404 || reply.status === 501) {
        keepPolling = false; // this server offers no change feed
      }
    } catch {
      // offline or refused: ask again next time
    }
    if (keepPolling && !closed && listeners.size > 0 && options.pollIntervalMs) {
      pollTimer = setTimeout(() => void poll(), options.pollIntervalMs);
      (pollTimer as { unref?: () => void }).unref?.();
    }
  }

  // ---- start-up: saves queued by an earlier page go out; coming online sends them too ----

  const onOnline = () => {
    offline = false;
    void flushQueue();
  };
  const win = typeof window !== 'undefined' ? window : undefined;
  try {
    const first = queue.load(); // synchronous queues (the default) give pending() at once
    if (Array.isArray(first)) mirror = first;
  } catch {
    // a queue must not throw; if it does, the start-up load below tries again
  }
  win?.addEventListener?.('online', onOnline);
  void Promise.resolve()
    .then(loadQueue)
    .then((entries) => {
      if (sendable(entries) && !closed) {
        startFlushTimer();
        void flushQueue();
      }
    })
    .catch(() => undefined);

  return {
    async read(key) {
      const entry = (await queue.load()).find((e) => e.key === key);
      if (entry) return entry.op === 'put' ? { key, value: entry.value } : undefined; // mine is the newest here
      try {
        return await readRemote(key, offline ? 1 : attempts);
      } catch (error) {
        if (!(error instanceof Unavailable)) throw error;
        const cached = cache.get(key);
        if (cached !== undefined) return cached === null ? undefined : copy(cached);
        throw new StorageFailedError(`Could not open ${describeRecord(key)}: the server cannot be reached (${error.message}). Check the connection and try again.`);
      }
    },

    async list(kind) {
      const prefix = `${kind}/`;
      const byKey = new Map<string, RawRecord>();
      try {
        const reply = await send('GET', `/records/${enc(kind)}`, {}, undefined, offline ? 1 : attempts);
        const records = reply.body?.['records'];
        if (reply.status !== 200 || !Array.isArray(records)) throw refusal(prefix, reply, 'open');
        for (const [key] of cache) if (key.startsWith(prefix)) cache.delete(key);
        for (const item of records as Array<Record<string, unknown>>) {
          const record = toRecord(recordKey(kind, String(item['id'])), item);
          cache.set(record.key, record);
          byKey.set(record.key, copy(record));
        }
        listedKinds.add(kind);
      } catch (error) {
        if (!(error instanceof Unavailable)) throw error;
        if (!listedKinds.has(kind)) throw new StorageFailedError(`Could not open the list: the server cannot be reached (${error.message}). Check the connection and try again.`);
        for (const [key, record] of cache) if (key.startsWith(prefix) && record) byKey.set(key, copy(record));
      }
      // Local first: queued changes show over what the server has.
      for (const entry of await queue.load()) {
        if (!entry.key.startsWith(prefix)) continue;
        if (entry.op === 'put') byKey.set(entry.key, { key: entry.key, value: entry.value });
        else byKey.delete(entry.key);
      }
      return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },

    async write(key, value, expectedRevision) {
      recordPath(key);
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch (error) {
        throw new StorageFailedError(`Could not save ${describeRecord(key)}: the data cannot be stored (${String(error)}).`, { cause: error });
      }
      if (text === undefined) throw new StorageFailedError(`Could not save ${describeRecord(key)}: there is no data to store.`);
      await change(key, 'put', JSON.parse(text), expectedRevision); // a copy: later changes by the caller cannot reach the queue
    },

    async remove(key, expectedRevision) {
      recordPath(key);
      await change(key, 'remove', undefined, expectedRevision);
    },

    subscribe(listener) {
      listeners.add(listener);
      if (options.pollIntervalMs && listeners.size === 1 && !pollTimer && !closed) void poll();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && pollTimer) {
          clearTimeout(pollTimer);
          pollTimer = undefined;
        }
      };
    },

    pending: () => mirror.length,

    queued(key) {
      const entry = mirror.find((e) => e.key === key);
      return entry ? (entry.problem ? 'held' : 'waiting') : undefined;
    },

    conflicts: () =>
      mirror
        .filter((e) => e.problem)
        .map((e) => ({
          key: e.key,
          ...parseRecordKey(e.key),
          reason: e.problem!.reason,
          message: e.problem!.message,
          mine: copy(e.value),
          theirs: copy(e.problem!.theirs),
          serverRevision: e.problem!.serverRevision,
          queuedAt: e.queuedAt,
        })),

    async resolveConflict(key, choice) {
      await mutate((entries) => {
        const index = entries.findIndex((e) => e.key === key);
        const entry = entries[index];
        if (!entry?.problem) return;
        const server = entry.problem.serverRevision;
        if (choice === 'use-theirs') {
          entries.splice(index, 1);
        } else if (entry.problem.reason === 'conflict' && server !== undefined) {
          // Rebase on the version the person was shown. If it moved again since, this conflicts again.
          if (entry.op === 'remove' && server === NO_RECORD) {
            entries.splice(index, 1); // already gone
            return;
          }
          entry.base = server === NO_RECORD ? null : server;
          // Revisions only go up: a stale copy of theirs must never match mine.
          if (entry.op === 'put' && server !== NO_RECORD && entry.value && typeof entry.value === 'object') {
            entry.value = { ...(entry.value as Record<string, unknown>), revision: server + 1 };
          }
        }
        // Other problems (unreadable, refused): keep-mine simply tries again.
        delete entry.problem;
        entry.stamp = stamp();
      });
      cache.delete(key);
      deliver(changeOf(key));
      await flushQueue();
    },

    flushQueue: () => flushQueue(),

    close() {
      closed = true;
      if (flushTimer) clearInterval(flushTimer);
      if (pollTimer) clearTimeout(pollTimer);
      flushTimer = pollTimer = undefined;
      win?.removeEventListener?.('online', onOnline);
    },
  };
}
