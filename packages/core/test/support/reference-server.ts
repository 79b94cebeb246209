/**
 * Reference implementation of the SPP storage HTTP contract (docs/storage-http.openapi.yaml), on
 * node:http with records in memory. Tests run the HTTP adapter against it; trust IT teams can read
 * it as a worked example: the rules that matter are in `put`, `remove` and `revisionOf`.
 *
 * A real backend keeps the same rules but stores records in a database, doing the revision check
 * and the write in one transaction (or `UPDATE … WHERE revision = $expected`).
 *
 * Fault switches (`failNext`, `dropNext`, `delayMs`, `quotaBytes`) simulate a poor school network
 * and a full disk. It listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReferenceServerOptions {
  /** Seed records by key (`kind/id`). Strings are stored verbatim (so tests can seed corrupt text); other values as JSON. */
  initial?: Record<string, unknown>;
  /** Total bytes (keys + stored text) the server may hold: a save past it gets 507. */
  quotaBytes?: number;
  /** Largest request body accepted: a bigger one gets 413. Default 1 MB. */
  maxBodyBytes?: number;
  /** When set, every request needs `Authorization: Bearer <token>` (else 401). */
  token?: string;
  /** CORS: the page origin allowed to call (e.g. `https://intranet.trust.example`). Default `*`. */
  allowOrigin?: string;
  /** How many changes the feed remembers; older cursors get 410 Gone. Default 1000. */
  changeLogSize?: number;
}

/** A canned reply for the next requests, e.g. 503 with Retry-After, or a wifi sign-in page. */
export interface Fault {
  status?: number;
  retryAfter?: string;
  body?: string;
  contentType?: string;
}

export interface ReferenceServer {
  /** Base URL to give the adapter, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stored text by key: tests inspect and corrupt it directly. */
  readonly records: Map<string, string>;
  /** Every request received, in order (faulted and dropped ones included). */
  readonly requests: Array<{ method: string; path: string; headers: IncomingMessage['headers'] }>;
  /** Answer the next `count` requests with `fault` (default 503) instead of handling them. */
  failNext(count: number, fault?: Fault): void;
  /** Cut the connection on the next `count` requests, before handling them or, with `afterApplying`, after (the reply is lost). */
  dropNext(count: number, options?: { afterApplying?: boolean }): void;
  /** Delay every reply by this long (a slow connection). */
  delayMs: number;
  quotaBytes: number | undefined;
  /** Stops listening and cuts open connections. Records are kept. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

const encoder = new TextEncoder();
const bytes = (key: string, text: string) => encoder.encode(key).length + encoder.encode(text).length;

/**
 * The revision of stored text: the whole number in the document's `revision` member, 0 when absent.
 * Undefined when the text cannot be read: such a record is never overwritten or deleted (409).
 */
export function revisionOf(text: string): { value?: unknown; revision?: number } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { value };
  const revision = (value as { revision?: unknown }).revision;
  if (revision === undefined) return { value, revision: 0 };
  return Number.isInteger(revision) && (revision as number) >= 0 ? { value, revision: revision as number } : { value };
}

/** A strong ETag for a revision: `"3"`. */
const etag = (revision: number) => `"${revision}"`;
/** Parses `If-Match: "3"`. Weak tags (W/"3") never match for If-Match, so they are refused too. */
const parseTag = (header: string | undefined): number | undefined => {
  const match = header?.trim().match(/^"(\d+)"$/);
  return match ? Number(match[1]) : undefined;
};

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const records = new Map<string, string>();
  for (const [key, value] of Object.entries(options.initial ?? {})) records.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const requests: ReferenceServer['requests'] = [];
  const log: Array<{ seq: number; kind: string; id: string; revision: number | null }> = [];
  const logSize = options.changeLogSize ?? 1000;
  let seq = 0;
  let faults: Fault[] = [];
  let drops: Array<{ afterApplying: boolean }> = [];
  const waits = new Set<() => void>();

  const changed = (kind: string, id: string, revision: number | null) => {
    log.push({ seq: ++seq, kind, id, revision });
    if (log.length > logSize) log.shift();
  };

  /** Sends JSON, or cuts the connection if a drop-after-applying is due (the client never hears the result). */
  const reply = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    if (drops[0]?.afterApplying) {
      drops.shift();
      res.socket?.destroy();
      return;
    }
    res.writeHead(status, { 'Cache-Control': 'no-store', ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }), ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    reply(res, status, { message, ...extra }, headers);

  const readBody = (req: IncomingMessage): Promise<string | undefined> =>
    new Promise((resolve, reject) => {
      const limit = options.maxBodyBytes ?? 1_000_000;
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= limit) chunks.push(chunk);
      });
      req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  // ---- the contract ----

  function get(res: ServerResponse, key: string) {
    const text = records.get(key);
    if (text === undefined) return error(res, 404, 'There is no such record.');
    const { value, revision } = revisionOf(text);
    // Unparseable text goes back as `raw`, so the client can report it (and never loses it).
    if (value === undefined) return reply(res, 200, { raw: text, revision: null });
    return reply(res, 200, { value, revision: revision ?? null }, revision === undefined ? {} : { ETag: etag(revision) });
  }

  function list(res: ServerResponse, kind: string) {
    const prefix = `${kind}/`;
    const items = [...records.keys()]
      .filter((key) => key.startsWith(prefix))
      .sort()
      .map((key) => {
        const text = records.get(key)!;
        const { value, revision } = revisionOf(text);
        const id = key.slice(prefix.length);
        return value === undefined ? { id, raw: text, revision: null } : { id, value, revision: revision ?? null };
      });
    reply(res, 200, { records: items });
  }

  async function put(req: IncomingMessage, res: ServerResponse, kind: string, id: string) {
    const key = `${kind}/${id}`;
    const ifMatch = req.headers['if-match'];
    const create = req.headers['if-none-match']?.trim() === '*';
    // Every save names what it expects to replace: there is no unconditional overwrite.
    if (!create && ifMatch === undefined) return error(res, 428, 'Send If-Match: "<revision>" to replace a record, or If-None-Match: * to create one.');
    const expected = create ? undefined : parseTag(ifMatch);
    if (!create && expected === undefined) return error(res, 400, 'If-Match must be one strong ETag, e.g. "3".');

    const text = await readBody(req);
    if (text === undefined) return error(res, 413, 'This record is too large to store.');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return error(res, 400, 'The request body is not JSON.');
    }
    const value = (body as { value?: unknown } | null)?.value;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return error(res, 400, 'The body must be { "value": { …a document… } }.');
    const next = revisionOf(JSON.stringify(value)).revision;
    if (next === undefined) return error(res, 400, 'value.revision must be a whole number.');

    // Compare-and-set. Order matters: an unreadable record is refused whatever the condition says.
    const stored = records.get(key);
    const current = stored === undefined ? undefined : revisionOf(stored).revision;
    if (stored !== undefined && current === undefined) return error(res, 409, 'The stored record cannot be read; it has been kept as it is.');
    if (create && current !== undefined) return error(res, 412, 'The record already exists.', { revision: current }, { ETag: etag(current) });
    if (!create && current === undefined) return error(res, 412, 'The record does not exist (any more).', { revision: null });
    if (!create && current !== expected) return error(res, 412, 'The record was changed since it was read.', { revision: current }, { ETag: etag(current!) });
    // Revisions only go up, so a stale copy can never match again.
    if (current !== undefined && next <= current) return error(res, 400, `value.revision must be greater than ${current}.`);

    const newText = JSON.stringify(value);
    const quota = server.quotaBytes;
    if (quota !== undefined) {
      let total = 0;
      for (const [k, v] of records) if (k !== key) total += bytes(k, v);
      if (total + bytes(key, newText) > quota) return error(res, 507, 'Storage is full.');
    }
    records.set(key, newText);
    changed(kind, id, next);
    reply(res, stored === undefined ? 201 : 200, { revision: next }, { ETag: etag(next) });
  }

  function remove(req: IncomingMessage, res: ServerResponse, kind: string, id: string) {
    const key = `${kind}/${id}`;
    const expected = parseTag(req.headers['if-match']);
    if (expected === undefined) return error(res, 428, 'Send If-Match: "<revision>" to delete a record.');
    const stored = records.get(key);
    if (stored === undefined) return reply(res, 204); // already gone: deleting is idempotent
    const current = revisionOf(stored).revision;
    if (current === undefined) return error(res, 409, 'The stored record cannot be read; it has been kept as it is.');
    if (current !== expected) return error(res, 412, 'The record was changed since it was read.', { revision: current }, { ETag: etag(current) });
    records.delete(key);
    changed(kind, id, null);
    reply(res, 204);
  }

  function changes(res: ServerResponse, since: string | null) {
    const latest = String(seq);
    if (since === null) return reply(res, 200, { changes: [], cursor: latest }); // "from now on"
    const from = Number(since);
    const oldest = log[0]?.seq ?? seq + 1;
    if (!Number.isInteger(from) || from > seq || from < oldest - 1) return error(res, 410, 'This cursor is too old: start again without `since`.');
    reply(res, 200, { changes: log.filter((c) => c.seq > from).map(({ kind, id, revision }) => ({ kind, id, revision })), cursor: latest });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers });

    // CORS: widgets run on the host page's origin. Expose ETag and Retry-After so the client can read them.
    res.setHeader('Access-Control-Allow-Origin', options.allowOrigin ?? '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
    if (options.allowOrigin) {
      res.setHeader('Access-Control-Allow-Credentials', 'true'); // cookies need a named origin, never *
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, PUT, DELETE',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
      return res.end();
    }

    // Fault switches, for tests.
    if (server.delayMs > 0) await new Promise<void>((resolve) => {
      const done = () => (waits.delete(done), clearTimeout(timer), resolve());
      const timer = setTimeout(done, server.delayMs);
      waits.add(done);
    });
    if (res.socket?.destroyed) return;
    if (drops[0] && !drops[0].afterApplying) {
      drops.shift();
      return req.socket.destroy();
    }
    const fault = faults.shift();
    if (fault) {
      res.writeHead(fault.status ?? 503, {
        'Content-Type': fault.contentType ?? 'application/json; charset=utf-8',
        ...(fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {}),
      });
      return res.end(fault.body ?? JSON.stringify({ message: 'The service is busy; try again shortly.' }));
    }

    if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) return error(res, 401, 'Sign in first.');

    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'records' && parts.length === 3) {
      const [, kind, id] = parts as [string, string, string];
      if (req.method === 'GET') return get(res, `${kind}/${id}`);
      if (req.method === 'PUT') return put(req, res, kind, id);
      if (req.method === 'DELETE') return remove(req, res, kind, id);
    } else if (parts[0] === 'records' && parts.length === 2 && req.method === 'GET') {
      return list(res, parts[1]!);
    } else if (url.pathname === '/changes' && req.method === 'GET') {
      return changes(res, url.searchParams.get('since'));
    }
    error(res, 404, 'No such route.');
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent && !res.socket?.destroyed) error(res, 500, `Internal error: ${String(e)}`);
    });
  });
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', () => {
        http.off('error', reject);
        port = (http.address() as AddressInfo).port;
        resolve();
      });
    });

  const server: ReferenceServer = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    records,
    requests,
    failNext: (count, fault = {}) => void (faults = [...faults, ...Array.from({ length: count }, () => fault)]),
    dropNext: (count, { afterApplying = false } = {}) => void (drops = [...drops, ...Array.from({ length: count }, () => ({ afterApplying }))]),
    delayMs: 0,
    quotaBytes: options.quotaBytes,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const wake of [...waits]) wake(); // slow replies end now (their sockets are cut below)
        http.close(() => resolve());
        http.closeAllConnections();
      }),
    start: listen,
  };
  await listen();
  return server;
}
