/**
 * A connection to @spp/server: the widgets' documents come from the server's filtered reads,
 * their edits go to it as commands (Replicache/Zero style), and others' changes arrive through
 * the server's change feed.
 *
 * - Every edit is applied at once through core (`runCommand`, optimistic) on the last state the
 *   server sent plus the edits still waiting, stored in the outbox with a device id and sequence
 *   number, then sent. The server runs it again on its latest state: its answer is the truth.
 * - The outbox is sent in order, one command at a time. No answer (offline, 5xx, 429): kept and
 *   retried with backoff; the server's idempotency (the command id) makes a retry harmless.
 *   Refused by core on the server's latest state: recorded with core's reason and the event that
 *   carried the person's text, and the commands behind it go on. 401: kept; `token-expired` is
 *   announced and nothing is sent until the token function gives a new token (or `retry()`).
 * - The change feed is read with fetch (EventSource cannot send an Authorization header), resumed
 *   with Last-Event-ID after a drop. A change to a record with edits still waiting rebases them:
 *   the new server state with the waiting edits applied again through core.
 * - Before anything is sent with a token, the server is asked who it belongs to: a token of
 *   someone else (a shared laptop) never carries this person's outbox.
 *
 * No DOM: only fetch, streams, timers and (for the default outbox) IndexedDB.
 */
import * as z from 'zod/mini';
import '../zod';
import { SppError, type SppErrorCode } from '../errors';
import { isDocumentKind, parseDocument, type DocumentKind, type DocumentOf, type SppDocument } from '../schema/documents';
import type { Partnership } from '../schema/partnership';
import type { Refusal } from '../machine/machine';
import { MESSAGE_PARAMS, isMessage } from '../i18n/messages';
import { runCommand } from '../commands';
import { describeRecord, recordKey } from '../storage/adapter';
import { indexedDbOutbox, memoryOutbox, randomId, type Outbox, type OutboxCommand, type RefusedCommand } from './outbox';
import { readEventStream } from './sse';

export interface ServerConnectionOptions {
  /** Where @spp/server answers, e.g. `https://spp.trust.example` (its API is under `/api/v1`). */
  baseUrl: string;
  partnershipId: string;
  /** The signed-in person: whose outbox this is. The server is asked to confirm it for each token. */
  personId: string;
  /** Returns the current bearer token (called for every request, so it may refresh). Omit for cookie sign-in. */
  token?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Where edits wait. Default: IndexedDB (`spp-outbox:<partnershipId>:<personId>`) when present, else memory. */
  outbox?: Outbox;
  fetch?: typeof fetch;
  /** Read the change feed. Default true. */
  live?: boolean;
  /** Waits between attempts: `baseDelayMs` doubling up to `maxDelayMs` (defaults 500 ms, 30 s), with jitter. */
  retry?: { baseDelayMs?: number; maxDelayMs?: number };
  /** A request with no answer within this is treated as no answer. Default 20 s. */
  timeoutMs?: number;
  /** While signed out, how often the token function is asked whether it has a new token. Default 5 s. */
  tokenCheckMs?: number;
  /** A feed silent for this long is taken as dropped and reopened (the server sends a keep-alive every 20 s). Default 45 s. */
  feedTimeoutMs?: number;
}

/** Where a record's edits stand, for the save-state line of a widget. */
export type SaveState =
  /** Every edit is saved on the server. */
  | 'saved'
  /** Edits on this device only, waiting to be sent. */
  | { waiting: number }
  /** Edits the server would not apply, each with its reason and the event (the person's text). */
  | { refused: RefusedCommand[] };

export interface ConnectionStatus {
  /**
   * `connecting` until the server first answers; `online` once it does; `unreachable` when it
   * does not (edits wait); `signed-out` after a 401 (edits wait for a new token); `other-person`
   * when the token belongs to someone else; `forbidden` when the server will not serve this
   * person in this partnership (its `message` says why).
   */
  server: 'connecting' | 'online' | 'unreachable' | 'signed-out' | 'other-person' | 'forbidden';
  /** The server's own message for `signed-out` and `forbidden`. */
  message?: string;
  feed: 'off' | 'connecting' | 'open' | 'closed';
  /** Edits waiting in the outbox. */
  waiting: number;
  /** Refused edits not yet dismissed. */
  refused: number;
}

export type ConnectionEvent =
  /** A record's document or save state may have changed: read `view()` and `state()` again. */
  | { type: 'record'; kind: DocumentKind; id: string; origin: 'local' | 'server' | 'feed'; actorId?: string }
  | { type: 'refused'; refused: RefusedCommand }
  /** Ask the host page for a new token (`expired`) or the right person's (`other-person`). */
  | { type: 'token-expired'; reason: 'expired' | 'other-person'; message?: string }
  | { type: 'status'; status: ConnectionStatus };

/** An event for a record: a cycle event, a document edit or a create event (core decides which are valid). */
export type CommandEvent = { readonly type: string; readonly [field: string]: unknown };

export type SendResult<K extends DocumentKind> =
  /** Stored in the outbox and applied locally; `document` is the record as it now looks here. */
  | { ok: true; commandId: string; document: DocumentOf<K> | undefined }
  /** Core refused it on the state known here: nothing was stored or sent. */
  | { ok: false; refusal: Refusal };

export interface ServerConnection {
  readonly partnershipId: string;
  readonly personId: string;
  /** The record as the server shows this person, with the edits still waiting applied; undefined when there is none. */
  get<K extends DocumentKind>(kind: K, id: string): Promise<DocumentOf<K> | undefined>;
  /** The partnership's records of a kind, as `get` shows each; those the server cannot read are listed apart. */
  list<K extends Exclude<DocumentKind, 'partnership'>>(kind: K): Promise<{ documents: DocumentOf<K>[]; unreadable: Array<{ id: string; message: string }> }>;
  /** What `get` last resolved with, kept up to date by edits and the feed, without asking the server. Read only. */
  view<K extends DocumentKind>(kind: K, id: string): DocumentOf<K> | undefined;
  /** Applies an edit here at once, stores it in the outbox and sends it. */
  send<K extends DocumentKind>(kind: K, id: string, event: CommandEvent): Promise<SendResult<K>>;
  state(kind: DocumentKind, id: string): SaveState;
  /** Every refused edit not yet dismissed, oldest first. */
  refused(): RefusedCommand[];
  /** Forgets a refused edit (once the person has copied or redone it). */
  dismiss(commandId: string): Promise<void>;
  status(): ConnectionStatus;
  subscribe(listener: (event: ConnectionEvent) => void): () => void;
  /** Sends what is waiting now; resolves when the outbox is empty or cannot be sent for now. */
  flush(): Promise<void>;
  /** After `token-expired` (or `forbidden`): try again now, asking the token function afresh. */
  retry(): void;
  /** Stops the feed and timers. The outbox keeps what is waiting. */
  close(): void;
}

/** An answer of the server that is not a document: its status and its own message. */
export class ServerError extends SppError {
  /** The HTTP status; undefined when there was no answer. */
  readonly status: number | undefined;
  /** The server's `code`, when it gave one. */
  readonly serverCode: string | undefined;
  constructor(code: SppErrorCode, message: string, status?: number, serverCode?: string) {
    super(code, message);
    this.name = 'ServerError';
    this.status = status;
    this.serverCode = serverCode;
  }
}

/** No answer that can be used: offline, timed out, 5xx, 429, or not JSON (a proxy's or wifi sign-in page). */
class Unavailable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
/** Nothing may be sent until the person signs in again (or `retry()`). */
class Blocked extends Error {}

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

const RecordReply = z.object({ revision: z.int(), document: z.unknown() });
const AppliedReply = z.object({ status: z.literal('applied'), record: RecordReply });
const FeedMessage = z.object({
  id: z.string(),
  actorId: z.string(),
  type: z.string(),
  changes: z.array(z.object({ kind: z.string(), id: z.string(), revision: z.int(), document: z.unknown() })),
});

/** The API path of a kind: `cycle` → `cycles`. */
const PLURAL: { readonly [K in DocumentKind]: string } = { partnership: 'partnerships', cycle: 'cycles', framework: 'frameworks', schedule: 'schedules', reflection: 'reflections' };
const enc = encodeURIComponent;
const COOKIE = '\u0000cookie';

interface Entry {
  kind: DocumentKind;
  id: string;
  /** The record as the server last showed it; null: none (or not shared); undefined: not known yet. */
  server: SppDocument | null | undefined;
  revision: number;
  /** The server's document could not be read by this version. */
  error?: Error;
  view: SppDocument | undefined;
  stale: boolean;
}

interface Held {
  kind: DocumentKind;
  id: string;
  doc: SppDocument | null;
  revision: number;
  origin: 'server' | 'feed';
  actorId?: string;
}

export function serverConnection(options: ServerConnectionOptions): ServerConnection {
  const { partnershipId, personId } = options;
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const baseDelayMs = options.retry?.baseDelayMs ?? 500;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const tokenCheckMs = options.tokenCheckMs ?? 5_000;
  const feedTimeoutMs = options.feedTimeoutMs ?? 45_000;
  const ownOutbox = !options.outbox;
  const outbox = options.outbox ?? (typeof indexedDB !== 'undefined' ? indexedDbOutbox({ partnershipId, personId }) : memoryOutbox());

  const listeners = new Set<(event: ConnectionEvent) => void>();
  const records = new Map<string, Entry>();
  /** States the server sent for the record whose command is on its way: applied after its answer. */
  const held = new Map<string, Held>();
  const listed = new Set<DocumentKind>();
  let pending: OutboxCommand[] = [];
  let refusedList: RefusedCommand[] = [];
  let partnership: Partnership | undefined;
  let inflight: string | undefined;
  let closed = false;

  let serverState: ConnectionStatus['server'] = 'connecting';
  let serverMessage: string | undefined;
  let feedState: ConnectionStatus['feed'] = options.live === false ? 'off' : 'connecting';
  let lastStatus = '';

  /** Why nothing is sent now, and with which token that was found (a different token ends it). */
  let blocked: { reason: 'signed-out' | 'other-person' | 'forbidden'; token: string | undefined } | undefined;
  let verifiedFor: string | undefined;
  let verifying: { key: string; promise: Promise<void> } | undefined;
  let tokenTimer: ReturnType<typeof setInterval> | undefined;

  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pumping: Promise<void> | undefined;
  let pumpAgain = false;

  let feedAbort: AbortController | undefined;
  let lastEventId: string | undefined;
  let serverRetryMs: number | undefined;
  const sleepers = new Set<() => void>();

  // ---- notifications ----

  const emit = (event: ConnectionEvent) => {
    for (const listener of [...listeners]) {
      queueMicrotask(() => {
        try {
          listener(event);
        } catch (error) {
          (globalThis as { reportError?: (error: unknown) => void }).reportError?.(error);
        }
      });
    }
  };

  const status = (): ConnectionStatus => ({
    server: serverState,
    ...(serverMessage !== undefined ? { message: serverMessage } : {}),
    feed: feedState,
    waiting: pending.length,
    refused: refusedList.length,
  });
  const statusChanged = () => {
    const now = status();
    const text = JSON.stringify(now);
    if (text === lastStatus) return;
    lastStatus = text;
    emit({ type: 'status', status: now });
  };
  const setServer = (state: ConnectionStatus['server'], message?: string) => {
    serverState = state;
    serverMessage = message;
    statusChanged();
  };
  const setFeed = (state: ConnectionStatus['feed']) => {
    feedState = state;
    statusChanged();
  };

  // ---- records and the optimistic view ----

  const entryFor = (kind: DocumentKind, id: string): Entry => {
    const key = recordKey(kind, id);
    let entry = records.get(key);
    if (!entry) records.set(key, (entry = { kind, id, server: undefined, revision: 0, view: undefined, stale: true }));
    return entry;
  };
  const markStale = (key: string) => {
    const entry = records.get(key);
    if (entry) entry.stale = true;
  };
  const keyOf = (command: OutboxCommand) => recordKey(command.kind, command.id);
  const waitingFor = (key: string) => pending.filter((c) => keyOf(c) === key);

  /** The server's state with the waiting edits applied again through core, in order. */
  const viewOf = (entry: Entry): SppDocument | undefined => {
    if (!entry.stale) return entry.view;
    let current: SppDocument | undefined = entry.server ?? undefined;
    if (partnership) {
      for (const command of pending) {
        if (command.kind !== entry.kind || command.id !== entry.id) continue;
        try {
          const result = runCommand({ kind: entry.kind, id: entry.id, current }, command.event, { actor: { id: personId }, partnership });
          // Refused here (the record moved on): the server decides; the others still apply.
          if (result.ok) current = result.doc;
        } catch {
          // not this edit's view, then
        }
      }
    }
    entry.view = current;
    entry.stale = false;
    return current;
  };

  const setPending = (next: OutboxCommand[]) => {
    const before = pending.map((c) => `${c.commandId}:${c.seq}`).join();
    const after = next.map((c) => `${c.commandId}:${c.seq}`).join();
    const touched = new Set([...pending, ...next].map(keyOf));
    pending = next;
    if (before !== after) for (const key of touched) markStale(key);
    statusChanged();
  };

  /**
   * Commands stored by `send`, by when (a count of outbox operations): a read of the outbox begun
   * before one was stored may not include it yet, and it must not vanish from here meanwhile.
   */
  const unseen = new Map<string, number>();
  let operations = 0;
  /** Takes what the outbox held when a read began at `began`, keeping commands stored after that. */
  const fromOutbox = (stored: OutboxCommand[], began: number) => {
    for (const [commandId, at] of unseen) if (at < began) unseen.delete(commandId);
    for (const command of stored) unseen.delete(command.commandId);
    const newer = pending.filter((c) => unseen.has(c.commandId) && !stored.some((s) => s.commandId === c.commandId));
    setPending([...stored, ...newer].sort((a, b) => a.seq - b.seq));
  };
  const readOutbox = async (read: () => Promise<OutboxCommand[]>) => {
    const began = ++operations;
    fromOutbox(await read(), began);
  };
  const forget = (commandId: string) => {
    unseen.delete(commandId);
    setPending(pending.filter((c) => c.commandId !== commandId));
  };

  /**
   * Takes a state the server sent, unless an older one. While a command to that record is on its
   * way, it is held until the answer: applying it under the waiting command could apply that
   * command twice here.
   */
  const accept = (state: Held): boolean => {
    const { kind, id, doc, revision } = state;
    const key = recordKey(kind, id);
    if (inflight === key) {
      const earlier = held.get(key);
      if (!earlier || revision >= earlier.revision) held.set(key, state);
      return false;
    }
    const entry = entryFor(kind, id);
    if (entry.server !== undefined && revision < entry.revision) return false;
    if (state.origin === 'feed' && entry.server !== undefined && revision === entry.revision) return false;
    // Read again and unchanged: nothing to announce (a watcher that reads on every change would loop).
    if (entry.server !== undefined && revision === entry.revision && JSON.stringify(doc) === JSON.stringify(entry.server)) return false;
    entry.server = doc;
    entry.revision = revision;
    delete entry.error;
    entry.stale = true;
    // Kept on the device, so a reload without a connection still shows it (best effort).
    void outbox.saveRecord({ kind, id, revision, document: doc }).catch(() => undefined);
    if (kind === 'partnership' && id === partnershipId && doc) {
      partnership = doc as Partnership;
      for (const other of records.values()) other.stale = true;
    }
    return true;
  };

  const announce = (kind: DocumentKind, id: string, origin: 'local' | 'server' | 'feed', actorId?: string) =>
    emit({ type: 'record', kind, id, origin, ...(actorId ? { actorId } : {}) });

  /** The command to `key` has its answer (or none): states held meanwhile apply now. */
  const release = (key: string) => {
    if (inflight === key) inflight = undefined;
    const waitingState = held.get(key);
    held.delete(key);
    if (waitingState && accept(waitingState)) announce(waitingState.kind, waitingState.id, waitingState.origin, waitingState.actorId);
  };

  const readDocument = (kind: DocumentKind, raw: unknown): SppDocument | null => (raw === null || raw === undefined ? null : parseDocument(raw, kind));

  // ---- requests ----

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      (timer as { unref?: () => void }).unref?.();
      sleepers.add(done);
    });
  const wakeAll = () => {
    for (const wake of [...sleepers]) wake();
  };
  const backoff = (n: number) => Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, n - 1)) * (0.5 + Math.random() / 2);

  const currentToken = async (): Promise<string | undefined> => {
    if (!options.token) return undefined;
    let token: string | null | undefined;
    try {
      token = await options.token();
    } catch {
      token = undefined;
    }
    if (!token) {
      block('signed-out', undefined);
      throw new Blocked();
    }
    return token;
  };

  function block(reason: 'signed-out' | 'other-person' | 'forbidden', token: string | undefined, message?: string) {
    const first = !blocked;
    blocked = { reason, token };
    verifiedFor = undefined;
    setServer(reason, message);
    if (first && reason !== 'forbidden') emit({ type: 'token-expired', reason: reason === 'signed-out' ? 'expired' : 'other-person', ...(message ? { message } : {}) });
    if (options.token && !tokenTimer && !closed) {
      // A new token from the host page ends it (the next call of the token function).
      tokenTimer = setInterval(() => {
        if (!blocked || !options.token) return;
        const was = blocked.token;
        void Promise.resolve()
          .then(() => options.token!())
          .then((next) => {
            if (blocked && next && next !== was) retry();
          })
          .catch(() => undefined);
      }, tokenCheckMs);
      (tokenTimer as { unref?: () => void }).unref?.();
    }
  }

  function retry() {
    if (closed) return;
    blocked = undefined;
    verifiedFor = undefined;
    if (tokenTimer) clearInterval(tokenTimer);
    tokenTimer = undefined;
    attempt = 0;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = undefined;
    if (serverState !== 'online') setServer('connecting');
    wakeAll();
    void pump();
  }

  const authHeaders = (token: string | undefined): Record<string, string> => (token === undefined ? {} : { Authorization: `Bearer ${token}` });
  const credentials = (token: string | undefined): RequestCredentials => (token === undefined ? 'include' : 'same-origin');

  /** One request; an answer that is not usable JSON (or a 5xx, 429) is `Unavailable`, a 401 blocks. */
  async function call(method: 'GET' | 'POST', path: string, body: unknown, token: string | undefined): Promise<Reply> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${base}/api/v1${path}`, {
        method,
        headers: { Accept: 'application/json', ...authHeaders(token), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: credentials(token),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      throw new Unavailable(error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const json = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    const message = typeof json?.['message'] === 'string' ? json['message'] : undefined;
    if (response.status === 401 && json) {
      block('signed-out', token, message);
      throw new Blocked(message);
    }
    if (!json || response.status >= 500 || response.status === 429 || response.status === 401) {
      const seconds = Number(response.headers.get('Retry-After'));
      throw new Unavailable(message ?? `HTTP ${response.status}`, Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 300) * 1000 : undefined);
    }
    if (serverState === 'connecting' || serverState === 'unreachable') setServer('online');
    return { status: response.status, body: json };
  }

  /** Asks the server whose the token is, once per token: another person's token sends nothing of this outbox. */
  async function verify(token: string | undefined): Promise<void> {
    const key = token ?? COOKIE;
    if (verifiedFor === key) return;
    if (verifying?.key !== key) {
      const promise = (async () => {
        const reply = await call('GET', `/partnerships/${enc(partnershipId)}/me`, undefined, token);
        const person = reply.body['person'] as { id?: unknown } | undefined;
        if (reply.status === 200 && person?.id === personId) {
          verifiedFor = key;
          return;
        }
        if (reply.status === 200) block('other-person', token);
        else block('forbidden', token, typeof reply.body['message'] === 'string' ? reply.body['message'] : undefined);
        throw new Blocked();
      })();
      verifying = { key, promise };
      void promise.then(
        () => (verifying?.promise === promise ? (verifying = undefined) : undefined),
        () => (verifying?.promise === promise ? (verifying = undefined) : undefined),
      );
    }
    return verifying!.promise;
  }

  async function request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Reply> {
    if (blocked) throw new Blocked();
    const token = await currentToken();
    try {
      await verify(token);
      return await call(method, path, body, token);
    } catch (error) {
      if (error instanceof Unavailable) setServer('unreachable');
      throw error;
    }
  }

  const offlineError = (key: string, error: unknown) =>
    error instanceof Blocked && serverMessage
      ? new ServerError('refused', serverMessage, 401)
      : new ServerError('storage-failed', `Could not open ${describeRecord(key)}: the server cannot be reached (${error instanceof Error ? error.message : String(error)}). Check the connection and try again.`);

  const answerError = (reply: Reply) => {
    const message = typeof reply.body['message'] === 'string' ? reply.body['message'] : `HTTP ${reply.status}`;
    const serverCode = typeof reply.body['code'] === 'string' ? reply.body['code'] : undefined;
    const code: SppErrorCode = serverCode === 'unreadable-record' ? 'unreadable-record' : reply.status === 403 ? 'refused' : 'storage-failed';
    return new ServerError(code, message, reply.status, serverCode);
  };

  /** Reads one record from the server into `records`; announces it when it changed. */
  async function fetchRecord(kind: DocumentKind, id: string): Promise<void> {
    const reply = await request('GET', `/${PLURAL[kind]}/${enc(id)}`);
    if (reply.status === 404) {
      if (accept({ kind, id, doc: null, revision: 0, origin: 'server' })) announce(kind, id, 'server');
      return;
    }
    const parsed = reply.status === 200 ? RecordReply.safeParse(reply.body) : undefined;
    if (!parsed?.success) throw answerError(reply);
    let doc: SppDocument | null;
    try {
      doc = readDocument(kind, parsed.data.document);
    } catch (error) {
      const entry = entryFor(kind, id);
      entry.error = error as Error;
      throw error;
    }
    if (accept({ kind, id, doc, revision: parsed.data.revision, origin: 'server' })) announce(kind, id, 'server');
  }

  const loadPartnership = async () => {
    if (!partnership) await fetchRecord('partnership', partnershipId);
  };

  // ---- sending the outbox ----

  const scheduleRetry = (afterMs?: number) => {
    if (closed || retryTimer) return;
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void pump();
    }, Math.max(afterMs ?? 0, backoff(attempt)));
    (retryTimer as { unref?: () => void }).unref?.();
  };

  async function settleApplied(command: OutboxCommand, body: z.infer<typeof AppliedReply>): Promise<void> {
    let doc: SppDocument | null | undefined;
    try {
      doc = readDocument(command.kind, body.record.document);
    } catch {
      doc = undefined; // a newer server's document: read it again with `get` (which reports why)
    }
    await outbox.remove(command.commandId);
    const key = keyOf(command);
    inflight = undefined;
    forget(command.commandId);
    if (doc !== undefined) accept({ kind: command.kind, id: command.id, doc, revision: body.record.revision, origin: 'server' });
    else markStale(key);
    release(key);
    announce(command.kind, command.id, 'server');
  }

  /** The refusal's message, if this core knows it (a newer server's message is left to `reason`). */
  function knownMessage(messageId: unknown, params: unknown): Pick<Refusal, 'messageId' | 'params'> {
    const message = { messageId, params };
    return isMessage(message) && Object.hasOwn(MESSAGE_PARAMS, message.messageId) ? { messageId: message.messageId, params: message.params } : {};
  }

  async function settleRefused(command: OutboxCommand, reply: Reply): Promise<void> {
    const { body } = reply;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const refusal: RefusedCommand['refusal'] =
      body['status'] === 'refused'
        ? {
            code: text(body['code']) ?? 'refused',
            ...(text(body['rule']) ? { rule: text(body['rule'])! } : {}),
            reason: text(body['reason']) ?? text(body['message']) ?? '',
            // The message the reason was written from, so the widget says it in its own language.
            ...knownMessage(body['messageId'], body['params']),
          }
        : { code: text(body['code']) ?? `http-${reply.status}`, reason: text(body['message']) ?? `HTTP ${reply.status}` };
    const entry: RefusedCommand = { commandId: command.commandId, kind: command.kind, id: command.id, event: command.event, refusal, at: new Date().toISOString() };
    await outbox.refuse(command.commandId, entry);
    refusedList = [...refusedList, entry];
    const key = keyOf(command);
    forget(command.commandId);
    release(key);
    emit({ type: 'refused', refused: entry });
    announce(command.kind, command.id, 'server');
    // Refused on a state this device has not seen yet: fetch it, so what is shown is the server's.
    void fetchRecord(command.kind, command.id).catch(() => undefined);
  }

  async function drain(): Promise<void> {
    let outOfOrder = 0;
    for (;;) {
      if (closed || blocked) return;
      await readOutbox(() => outbox.pending());
      const command = pending[0];
      if (!command) return;
      const key = keyOf(command);
      inflight = key;
      let reply: Reply;
      try {
        reply = await request('POST', `/${PLURAL[command.kind]}/${enc(command.id)}/events`, {
          commandId: command.commandId,
          deviceId: command.deviceId,
          seq: command.seq,
          partnershipId: command.partnershipId,
          event: command.event,
        });
      } catch (error) {
        release(key);
        if (error instanceof Blocked) return;
        scheduleRetry(error instanceof Unavailable ? error.retryAfterMs : undefined);
        return;
      }
      if (reply.status === 200) {
        const applied = AppliedReply.safeParse(reply.body);
        if (!applied.success) {
          release(key);
          scheduleRetry();
          return;
        }
        attempt = 0;
        outOfOrder = 0;
        await settleApplied(command, applied.data);
        continue;
      }
      attempt = 0;
      const expected = reply.body['expectedSeq'];
      if (reply.status === 409 && reply.body['code'] === 'out-of-order' && typeof expected === 'number' && Number.isInteger(expected) && expected > 0) {
        // The server expects another number next: send the same commands, in the same order, from there.
        release(key);
        if (++outOfOrder > 3) {
          scheduleRetry();
          return;
        }
        await readOutbox(() => outbox.renumber(expected));
        continue;
      }
      // Refused by core on the latest state, or turned away: shown with its reason; the queue goes on.
      await settleRefused(command, reply);
    }
  }

  const withLock = (body: () => Promise<void>): Promise<void> => {
    const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
    // Tabs sharing an outbox send it one at a time.
    return outbox.name && locks ? locks.request(outbox.name, () => body()).then(() => undefined) : body();
  };

  function pump(): Promise<void> {
    if (closed) return Promise.resolve();
    if (pumping) {
      pumpAgain = true;
      return pumping;
    }
    pumping = (async () => {
      try {
        do {
          pumpAgain = false;
          await withLock(drain);
        } while (pumpAgain && !closed && !blocked && !retryTimer);
      } catch {
        // The outbox itself failed: nothing is lost from it; try again later.
        scheduleRetry();
      } finally {
        pumping = undefined;
      }
    })();
    return pumping;
  }

  // ---- the change feed ----

  const onChange = (data: string) => {
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return;
    }
    const message = FeedMessage.safeParse(raw);
    if (!message.success) return;
    for (const change of message.data.changes) {
      if (!isDocumentKind(change.kind)) continue;
      let doc: SppDocument | null;
      try {
        doc = readDocument(change.kind, change.document);
      } catch {
        continue; // a newer server's document: `get` reports it
      }
      if (accept({ kind: change.kind, id: change.id, doc, revision: change.revision, origin: 'feed', actorId: message.data.actorId })) {
        announce(change.kind, change.id, 'feed', message.data.actorId);
      }
    }
  };

  /** Reads every known record again (after a start or a feed that could not resume). */
  const refreshKnown = () => {
    for (const entry of [...records.values()]) if (entry.server !== undefined) void fetchRecord(entry.kind, entry.id).catch(() => undefined);
  };

  async function feedLoop(): Promise<void> {
    let failures = 0;
    while (!closed) {
      if (blocked) {
        setFeed('closed');
        await wait(tokenCheckMs);
        continue;
      }
      const controller = new AbortController();
      feedAbort = controller;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const alive = () => {
        if (watchdog) clearTimeout(watchdog);
        watchdog = setTimeout(() => controller.abort(), feedTimeoutMs);
        (watchdog as { unref?: () => void }).unref?.();
      };
      let opened = false;
      try {
        setFeed('connecting');
        const token = await currentToken();
        await verify(token);
        const resumeFrom = lastEventId;
        alive();
        const response = await doFetch(`${base}/api/v1/partnerships/${enc(partnershipId)}/changes`, {
          headers: { Accept: 'text/event-stream', ...authHeaders(token), ...(resumeFrom !== undefined ? { 'Last-Event-ID': resumeFrom } : {}) },
          credentials: credentials(token),
          signal: controller.signal,
        });
        const type = response.headers.get('Content-Type') ?? '';
        if (response.status !== 200 || !response.body || !type.startsWith('text/event-stream')) {
          const body = (await response.json().catch(() => undefined)) as { message?: unknown } | undefined;
          if (response.status === 401 && body) block('signed-out', token, typeof body.message === 'string' ? body.message : undefined);
          else if (response.status === 400 && resumeFrom !== undefined) {
            lastEventId = undefined; // not a position this server knows (restored from a backup?): start afresh
            continue;
          }
          throw new Unavailable(`HTTP ${response.status}`);
        }
        for await (const message of readEventStream(response.body, alive)) {
          if (message.retry !== undefined) serverRetryMs = message.retry;
          if (message.event === 'ready') {
            opened = true;
            failures = 0;
            setFeed('open');
            if (serverState === 'connecting' || serverState === 'unreachable') setServer('online');
            // Changes made while no feed was open: a resumed feed sends them; otherwise read again.
            if (resumeFrom === undefined) refreshKnown();
            // Back online: what waits goes now, in order.
            if (pending.length) {
              if (retryTimer) clearTimeout(retryTimer);
              retryTimer = undefined;
              void pump();
            }
          } else if (message.event === 'change') {
            onChange(message.data);
          }
          if (message.id !== undefined) lastEventId = message.id;
        }
      } catch {
        // dropped, refused or unreachable: open it again below
      } finally {
        if (watchdog) clearTimeout(watchdog);
        if (feedAbort === controller) feedAbort = undefined;
      }
      if (closed) break;
      if (blocked) continue;
      setFeed('closed');
      failures = opened ? 1 : failures + 1;
      await wait(Math.min(maxDelayMs, Math.max(serverRetryMs ?? 0, backoff(failures))));
    }
  }

  // ---- start ----

  // What an earlier page left waiting or refused. A failing outbox is reported by `send`.
  const ready = Promise.all([readOutbox(() => outbox.pending()), outbox.refused(), outbox.records().catch(() => ({ snapshots: [], listed: [] }))])
    .then(([, refusals, kept]) => {
      refusedList = refusals;
      // What the server last showed this person, until it answers again.
      for (const snapshot of kept.snapshots) {
        if (!isDocumentKind(snapshot.kind) || records.has(recordKey(snapshot.kind, snapshot.id))) continue;
        try {
          const doc = readDocument(snapshot.kind, snapshot.document);
          const entry = entryFor(snapshot.kind, snapshot.id);
          entry.server = doc;
          entry.revision = snapshot.revision;
          if (snapshot.kind === 'partnership' && snapshot.id === partnershipId && doc) partnership = doc as Partnership;
        } catch {
          // kept by another version: the server's answer replaces it
        }
      }
      for (const kind of kept.listed) if (isDocumentKind(kind)) listed.add(kind);
      statusChanged();
    })
    .catch(() => undefined);

  const onOnline = () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = undefined;
    void pump();
  };
  const events = globalThis as { addEventListener?: (type: string, listener: () => void) => void; removeEventListener?: (type: string, listener: () => void) => void };
  if (typeof events.addEventListener === 'function') events.addEventListener('online', onOnline);

  void ready.then(() => {
    if (closed) return;
    if (options.live !== false) void feedLoop();
    if (pending.length) void pump();
  });

  return {
    partnershipId,
    personId,

    async get(kind, id) {
      await ready;
      const key = recordKey(kind, id);
      try {
        if (kind !== 'partnership') await loadPartnership().catch((error: unknown) => {
          if (!(error instanceof Unavailable || error instanceof Blocked)) throw error;
        });
        await fetchRecord(kind, id);
      } catch (error) {
        if (!(error instanceof Unavailable || error instanceof Blocked)) throw error;
        const entry = records.get(key);
        if (!entry || (entry.server === undefined && !waitingFor(key).length)) throw offlineError(key, error);
      }
      const entry = records.get(key);
      if (entry?.error && entry.server === undefined) throw entry.error;
      return entry ? (viewOf(entry) as DocumentOf<typeof kind> | undefined) : undefined;
    },

    async list(kind) {
      await ready;
      const unreadable: Array<{ id: string; message: string }> = [];
      const ids = new Set<string>();
      try {
        await loadPartnership().catch((error: unknown) => {
          if (!(error instanceof Unavailable || error instanceof Blocked)) throw error;
        });
        const reply = await request('GET', `/partnerships/${enc(partnershipId)}/${PLURAL[kind]}`);
        const items = reply.body['records'];
        if (reply.status !== 200 || !Array.isArray(items)) throw answerError(reply);
        for (const item of items as unknown[]) {
          const parsed = z.object({ id: z.string(), revision: z.int(), document: z.unknown() }).safeParse(item);
          if (!parsed.success) continue;
          try {
            const doc = readDocument(kind, parsed.data.document);
            if (accept({ kind, id: parsed.data.id, doc, revision: parsed.data.revision, origin: 'server' })) announce(kind, parsed.data.id, 'server');
            ids.add(parsed.data.id);
          } catch (error) {
            unreadable.push({ id: parsed.data.id, message: error instanceof Error ? error.message : String(error) });
          }
        }
        for (const item of Array.isArray(reply.body['unreadable']) ? (reply.body['unreadable'] as Array<{ id?: unknown; message?: unknown }>) : []) {
          if (typeof item.id === 'string') unreadable.push({ id: item.id, message: typeof item.message === 'string' ? item.message : '' });
        }
        if (!listed.has(kind)) {
          listed.add(kind);
          void outbox.saveListed([...listed]).catch(() => undefined);
        }
      } catch (error) {
        if (!(error instanceof Unavailable || error instanceof Blocked)) throw error;
        if (!listed.has(kind)) throw offlineError(`${kind}/`, error);
        for (const entry of records.values()) if (entry.kind === kind && entry.server) ids.add(entry.id);
      }
      // Records made here and not yet on the server show too.
      for (const command of pending) if (command.kind === kind) ids.add(command.id);
      const documents = [...ids]
        .sort()
        .map((id) => viewOf(entryFor(kind, id)))
        .filter((doc): doc is SppDocument => doc !== undefined);
      return { documents: documents as DocumentOf<typeof kind>[], unreadable };
    },

    view(kind, id) {
      const entry = records.get(recordKey(kind, id));
      return entry ? (viewOf(entry) as DocumentOf<typeof kind> | undefined) : undefined;
    },

    async send(kind, id, event) {
      await ready;
      if (closed) throw new ServerError('storage-failed', 'This connection has been closed.');
      // A copy, as JSON: what is stored is what is sent, and later changes by the caller reach neither.
      const copy = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
      const key = recordKey(kind, id);
      const tolerate = (error: unknown) => {
        if (!(error instanceof Unavailable || error instanceof Blocked || error instanceof SppError)) throw error;
      };
      const entry = entryFor(kind, id);
      // What core needs to decide here, read first unless the server is known to be out of reach
      // (then the edit is stored at once, and the server decides).
      if (!blocked && (serverState === 'online' || serverState === 'connecting')) {
        await loadPartnership().catch(tolerate);
        if (entry.server === undefined && !waitingFor(key).length) await fetchRecord(kind, id).catch(tolerate);
      }
      // Core decides here first, on what this device knows: a refusal now stores and sends nothing.
      const known = entry.server !== undefined || waitingFor(key).length > 0;
      let applied: SppDocument | undefined;
      const basis = { server: entry.server, waiting: pending.length };
      if (partnership && known) {
        const result = runCommand({ kind, id, current: viewOf(entry) }, copy, { actor: { id: personId }, partnership });
        if (!result.ok) return { ok: false, refusal: result.refusal };
        applied = result.doc;
      }
      const stored = await outbox.add({ commandId: randomId('c'), partnershipId, kind, id, event: copy, queuedAt: new Date().toISOString() });
      unseen.set(stored.commandId, ++operations);
      // Nothing arrived while the outbox was written: the view the edit was applied to is still the one.
      const wasCurrent = !entry.stale && entry.server === basis.server && pending.length === basis.waiting;
      setPending([...pending.filter((c) => c.commandId !== stored.commandId), stored].sort((a, b) => a.seq - b.seq));
      // The view was current and this edit goes last: it is that view with this edit, already made
      // above (applying every waiting edit again for each new one made a long offline day slow).
      if (applied && wasCurrent && pending[pending.length - 1]?.commandId === stored.commandId) {
        entry.view = applied;
        entry.stale = false;
      } else markStale(key);
      announce(kind, id, 'local');
      void pump();
      return { ok: true, commandId: stored.commandId, document: viewOf(entry) as DocumentOf<typeof kind> | undefined };
    },

    state(kind, id) {
      const key = recordKey(kind, id);
      const refusals = refusedList.filter((r) => recordKey(r.kind, r.id) === key);
      if (refusals.length) return { refused: refusals.map((r) => JSON.parse(JSON.stringify(r)) as RefusedCommand) };
      const waiting = waitingFor(key).length;
      return waiting ? { waiting } : 'saved';
    },

    refused: () => JSON.parse(JSON.stringify(refusedList)) as RefusedCommand[],

    async dismiss(commandId) {
      const entry = refusedList.find((r) => r.commandId === commandId);
      await outbox.dismiss(commandId);
      refusedList = refusedList.filter((r) => r.commandId !== commandId);
      statusChanged();
      if (entry) announce(entry.kind, entry.id, 'local');
    },

    status,

    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    async flush() {
      await ready;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = undefined;
      await pump();
      // A pass already under way when this was called may have ended before the newest edits.
      if (pending.length && !blocked && !retryTimer) await pump();
    },

    retry,

    close() {
      closed = true;
      feedAbort?.abort();
      if (retryTimer) clearTimeout(retryTimer);
      if (tokenTimer) clearInterval(tokenTimer);
      retryTimer = tokenTimer = undefined;
      wakeAll();
      if (typeof events.removeEventListener === 'function') events.removeEventListener('online', onOnline);
      setFeed(options.live === false ? 'off' : 'closed');
      if (ownOutbox) outbox.close();
    },
  };
}
