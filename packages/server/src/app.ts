/**
 * The HTTP shell: authenticate, run core, store, answer. Every change is a command core runs on
 * the latest stored state for the verified person; every read and every live change goes through
 * core's filters for the person asking. Errors are JSON `{ message }` in words a teacher can read.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { getConnInfo } from '@hono/node-server/conninfo';
import * as z from 'zod/mini';
import {
  UnreadableRecordError,
  visibleDocument,
  visibleHistoryEntry,
  type DocumentKind,
  type Partnership,
  type Person,
  type SppDocument,
} from '@spp/core';
import type { Database } from './db/driver';
import { AuthError, personFor, type Authenticator, type Identity } from './auth';
import { ChangeFeed } from './feed';
import { RateLimiter } from './rate-limit';
import { applyCommand, commandsBy, findRecord, getPartnership, getRecord, listRecords, parseCursor, partnershipOf, recordHistory, type StoredRecord } from './records';

export const KIND_OF_PATH: Readonly<Record<string, DocumentKind>> = {
  cycles: 'cycle',
  partnerships: 'partnership',
  frameworks: 'framework',
  schedules: 'schedule',
  reflections: 'reflection',
};

export interface AppOptions {
  db: Database;
  auth: Authenticator;
  /** The demo sign-in is on (only ever with `--demo` on loopback). */
  demo?: boolean;
  /** Page origins allowed to call with credentials (CORS). Never `*`. */
  allowedOrigins?: readonly string[];
  /** Largest request body, in bytes. Default 1 MB. */
  maxBodyBytes?: number;
  /** Requests per second per person (sustained) and the burst allowed. */
  rateLimit?: { perSecond: number; burst: number };
  /** Where server-side errors are reported (never to the client). */
  logError?: (error: unknown) => void;
  now?: () => string;
}

const Id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[A-Za-z0-9_.:-]+$/));
const CommandBody = z.object({
  /** Made on the device for each change; a retry sends the same one. */
  commandId: Id,
  deviceId: z.optional(Id),
  seq: z.optional(z.int().check(z.positive())),
  /** Needed only to create a record: the partnership it belongs to. */
  partnershipId: z.optional(Id),
  event: z.record(z.string(), z.unknown()),
});

class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a parsed body is refused before it reaches core, or undefined: a NUL character or half of a
 * surrogate pair (no text a person typed, and PostgreSQL text cannot hold them unescaped), or
 * nesting so deep it overflows the stack later (a server error). Walked without recursion.
 */
function unstorable(value: unknown): string | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'string') {
      if (item.includes('\u0000') || LONE_SURROGATE.test(item)) return 'The change contains a character that cannot be stored (a NUL character, or half of an emoji or other paired character): remove it and try again.';
    } else if (item !== null && typeof item === 'object') {
      if (depth >= 64) return 'The change is nested too deeply to store.';
      for (const [key, child] of Object.entries(item)) stack.push([key, depth + 1], [child, depth + 1]);
    }
  }
  return undefined;
}

export const DEMO_NOTICE = 'Demo sign-in: anyone on this computer can act as any demo person. Do not keep real records here.';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function createApp(options: AppOptions): { app: Hono; feed: ChangeFeed } {
  const { db, auth } = options;
  const app = new Hono();
  const feed = new ChangeFeed(db);
  const limiter = new RateLimiter(options.rateLimit ?? { perSecond: 50, burst: 200 });
  const allowed = new Set(options.allowedOrigins ?? []);
  const logError = options.logError ?? ((error) => console.error(error));

  // ---- every answer ----
  app.use('*', async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin && allowed.has(origin)) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
      c.header('Access-Control-Expose-Headers', 'Retry-After, X-SPP-Demo');
    }
    c.header('Vary', 'Origin');
    if (c.req.method === 'OPTIONS') {
      if (!origin || !allowed.has(origin)) return c.json({ message: 'This page is not allowed to call the peer review service.' }, 403);
      c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      c.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, Last-Event-ID');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Resource-Policy', origin && allowed.has(origin) ? 'cross-origin' : 'same-origin');
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    if (options.demo) c.header('X-SPP-Demo', DEMO_NOTICE);
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json({ message: error.message, ...error.extra }, error.status);
    if (error instanceof AuthError) return c.json({ message: error.message }, error.status);
    if (error instanceof UnreadableRecordError) {
      return c.json({ code: 'unreadable-record', message: 'This record cannot be read by this version of the server. It has been kept exactly as it is, and nothing was changed.' }, 409);
    }
    logError(error);
    return c.json({ message: 'Something went wrong on the server. Nothing you sent was lost from your device; try again in a moment.' }, 500);
  });
  app.notFound((c) => c.json({ message: 'There is nothing at this address.' }, 404));

  const api = new Hono();
  api.use(
    '*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 1_000_000,
      onError: (c) => {
        // The rest of the body is never read: the connection cannot carry another request.
        c.header('Connection', 'close');
        return c.json({ message: 'This change is too large to store. Shorten the text and try again.' }, 413);
      },
    }),
  );

  // ---- who is asking ----
  const identify = async (c: Context): Promise<Identity> => {
    const address = getConnInfo(c).remote.address ?? '';
    if (options.demo && !LOOPBACK.test(address)) throw new HttpError(403, 'The demo server answers only this computer.');
    let identity: Identity;
    try {
      identity = await auth.identify(c.req.header('Authorization'));
    } catch (error) {
      if (!limiter.take(`address:${address}`)) throw new HttpError(429, 'Too many requests: wait a moment, then try again.');
      throw error;
    }
    if (!limiter.take(`person:${identity.claim}:${identity.value}`)) {
      c.header('Retry-After', '1');
      throw new HttpError(429, 'Too many changes at once: wait a moment, then try again.');
    }
    return identity;
  };

  const member = async (identity: Identity, partnershipId: string, known?: Partnership): Promise<{ partnership: Partnership; person: Person }> => {
    const partnership = known ?? (await getPartnership(db, partnershipId));
    if (!partnership) throw new HttpError(404, 'There is no such partnership on this server.');
    const person = personFor(identity, partnership);
    if (!person) throw new HttpError(403, `You are signed in, but you are not a member of ${partnership.name}. Ask your partnership lead to add you.`);
    return { partnership, person };
  };

  const kindOf = (path: string): DocumentKind => {
    const kind = KIND_OF_PATH[path];
    if (!kind) throw new HttpError(404, 'There is nothing at this address.');
    return kind;
  };
  const recordId = (c: Context) => {
    const id = c.req.param('id') ?? '';
    if (!Id.safeParse(id).success) throw new HttpError(400, 'A record id uses letters, digits, -, _, . and : only.');
    return id;
  };
  const view = (record: StoredRecord, person: Person, partnership: Partnership) => {
    const doc = visibleDocument(record.doc, { id: person.id }, partnership);
    if (!doc) throw new HttpError(403, 'This record is not shared with you.');
    return { kind: record.kind, id: record.id, revision: record.revision, updatedAt: record.updatedAt, document: doc };
  };
  const readJson = async (c: Context): Promise<unknown> => {
    if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) throw new HttpError(400, 'Send the change as JSON (Content-Type: application/json).');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'The request is not valid JSON.');
    }
    const problem = unstorable(body);
    if (problem) throw new HttpError(400, problem);
    return body;
  };

  // ---- session ----
  api.get('/partnerships/:id/me', async (c) => {
    const identity = await identify(c);
    const { partnership, person } = await member(identity, recordId(c));
    return c.json({ person, partnership: { id: partnership.id, name: partnership.name }, demo: Boolean(options.demo) });
  });

  // Subject access: everything this server holds about one person, as JSON.
  api.get('/partnerships/:id/me/export', async (c) => {
    const identity = await identify(c);
    const { partnership, person } = await member(identity, recordId(c));
    const mentions: unknown[] = [];
    for (const kind of ['cycle', 'schedule', 'reflection', 'framework'] as const) {
      for (const record of (await listRecords(db, partnership.id, kind)).records) {
        if (!JSON.stringify(record.doc).includes(`"${person.id}"`)) continue;
        const doc = visibleDocument(record.doc, { id: person.id }, partnership);
        if (doc) mentions.push({ kind, id: record.id, revision: record.revision, document: doc });
      }
    }
    c.header('Content-Disposition', `attachment; filename="spp-${person.id}-data.json"`);
    return c.json({
      exportedAt: new Date().toISOString(),
      partnership: { id: partnership.id, name: partnership.name },
      person,
      // The feed cursor (a bigint transaction id) is the server's own bookkeeping, and not JSON.
      changesSent: (await commandsBy(db, partnership.id, person.id)).map(({ cursor: _cursor, ...entry }) => entry),
      recordsThatNameYou: mentions,
    });
  });

  // ---- reads ----
  const locate = async (c: Context) => {
    const kind = kindOf(c.req.param('kinds') ?? '');
    const id = recordId(c);
    const identity = await identify(c);
    const found = await findRecord(db, kind, id);
    if (!found) throw new HttpError(404, 'There is no such record.');
    const { partnership, person } = await member(identity, found.partnershipId, found.partnership);
    if (found.unreadable) throw found.unreadable;
    if (!found.record) throw new HttpError(404, 'There is no such record.');
    return { kind, id, partnership, person, record: found.record };
  };

  api.get('/:kinds/:id', async (c) => {
    const { partnership, person, record } = await locate(c);
    return c.json(view(record, person, partnership));
  });

  api.get('/:kinds/:id/history', async (c) => {
    const { kind, id, partnership, person, record } = await locate(c);
    view(record, person, partnership); // 403 when the record is not shared with them
    const entries = (await recordHistory(db, partnership.id, kind, id))
      .map(({ touched: _touched, cursor: _cursor, ...entry }) => entry)
      .filter((entry) => visibleHistoryEntry(entry, record.doc, { id: person.id }, partnership));
    return c.json({ entries });
  });

  // ---- commands ----
  api.post('/:kinds/:id/events', async (c) => {
    const kind = kindOf(c.req.param('kinds'));
    const id = recordId(c);
    const identity = await identify(c);
    const parsed = CommandBody.safeParse(await readJson(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new HttpError(400, `The change is not in the expected form${issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : ''}. Send { commandId, event }.`);
    }
    const body = parsed.data;
    // Where the record lives (and its partnership, from the cache), in one query; a record that
    // cannot be read is left to the command, which reports it without touching it.
    const found = await findRecord(db, kind, id);
    const stored = kind === 'partnership' ? id : found?.partnershipId;
    const partnershipId = stored ?? body.partnershipId;
    if (!partnershipId) throw new HttpError(404, 'There is no such record. To create one, say which partnership it belongs to (partnershipId).');
    if (stored && body.partnershipId && body.partnershipId !== stored) throw new HttpError(404, 'There is no such record in that partnership.');
    const { partnership, person } = await member(identity, partnershipId, found?.partnership);
    // The actor is the verified person: anything the body says about who is acting is ignored.
    const outcome = await applyCommand(
      db,
      { partnershipId, partnership, kind, recordId: id, actorId: person.id, commandId: body.commandId, deviceId: body.deviceId, deviceSeq: body.seq, event: body.event },
      options.now,
    );
    if (outcome.status === 'rejected') {
      return c.json({ code: outcome.code, message: outcome.message, ...(outcome.expectedSeq !== undefined ? { expectedSeq: outcome.expectedSeq } : {}) }, outcome.http);
    }
    if (outcome.status === 'refused') {
      const { refusal } = outcome;
      return c.json({ status: 'refused', commandId: body.commandId, seq: outcome.seq, code: refusal.code, rule: refusal.rule ?? null, reason: refusal.reason, message: refusal.reason, ...(refusal.messageId ? { messageId: refusal.messageId, params: refusal.params ?? {} } : {}), event: refusal.event, replayed: outcome.replayed }, 409);
    }
    const doc = visibleDocument(outcome.record.doc, { id: person.id }, outcome.partnership);
    return c.json({
      status: 'applied',
      commandId: body.commandId,
      seq: outcome.seq,
      revision: outcome.revision,
      replayed: outcome.replayed,
      record: { kind, id, revision: outcome.record.revision, updatedAt: outcome.record.updatedAt, document: doc ?? null },
      created: outcome.created.map((r) => ({ kind: r.kind, id: r.id, revision: r.revision })),
    });
  });

  // ---- live ----
  api.get('/partnerships/:id/changes', async (c) => {
    const identity = await identify(c);
    const { partnership, person } = await member(identity, recordId(c));
    const header = c.req.header('Last-Event-ID') ?? c.req.query('lastEventId');
    const since = header === undefined ? undefined : parseCursor(header);
    if (header !== undefined && since === undefined) throw new HttpError(400, 'Last-Event-ID must be the id of a change this feed sent.');
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: string[] = [];
      let wake: (() => void) | undefined;
      const unsubscribe = await feed.subscribe(partnership.id, { id: person.id }, since, (message) => {
        queue.push(JSON.stringify(message), message.id);
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ partnershipId: partnership.id }), retry: 3000 });
      while (!stream.aborted) {
        while (queue.length) {
          const data = queue.shift()!;
          const id = queue.shift()!;
          await stream.writeSSE({ event: 'change', id, data });
        }
        await new Promise<void>((resolve) => {
          // Cleared when woken: one keep-alive timer per feed, not one left behind per message.
          const timer = setTimeout(resolve, 20_000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
        if (!queue.length && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });

  // ---- demo sign-in (only with --demo, only on loopback) ----
  if (options.demo && auth.demoToken) {
    const demoToken = auth.demoToken;
    api.post('/demo/sign-in', async (c) => {
      if (!LOOPBACK.test(getConnInfo(c).remote.address ?? '')) throw new HttpError(403, 'The demo server answers only this computer.');
      const body = z.object({ personId: Id, partnershipId: Id }).safeParse(await readJson(c));
      if (!body.success) throw new HttpError(400, 'Say which demo person to sign in as: { partnershipId, personId }.');
      const partnership = await getPartnership(db, body.data.partnershipId);
      const person = partnership?.people.find((p) => p.id === body.data.personId);
      if (!partnership || !person) throw new HttpError(404, 'There is no such demo person.');
      return c.json({ token: await demoToken(person.id), person, notice: DEMO_NOTICE });
    });
  }

  // Listed last: the routes above with fixed names (`me`, `changes`, `history`) win.
  api.get('/partnerships/:id/:kinds', async (c) => {
    const kind = kindOf(c.req.param('kinds'));
    if (kind === 'partnership') throw new HttpError(404, 'There is nothing at this address.');
    const identity = await identify(c);
    const { partnership, person } = await member(identity, recordId(c));
    const { records, unreadable } = await listRecords(db, partnership.id, kind);
    const visible = records.flatMap((record) => {
      const doc = visibleDocument(record.doc, { id: person.id }, partnership);
      return doc ? [{ kind: record.kind, id: record.id, revision: record.revision, updatedAt: record.updatedAt, document: doc }] : [];
    });
    return c.json({ records: visible, unreadable: unreadable.map((e) => ({ id: e.key.slice(kind.length + 1), message: 'This record cannot be read by this version of the server; it has been kept as it is.' })) });
  });

  api.get('/health', async (c) => {
    await db.query('SELECT 1');
    return c.json({ ok: true, driver: db.driver, demo: Boolean(options.demo) });
  });

  app.route('/api/v1', api);
  return { app, feed };
}

export type { SppDocument };
