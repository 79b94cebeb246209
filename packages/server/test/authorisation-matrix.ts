/**
 * The authorisation matrix: every role of the demo partnership × every endpoint × every kind of
 * record, and the answer each one must get. The table (EXPECTED) is the one place these
 * expectations are kept: change a rule, and this table says so in review.
 *
 * Also here, because the matrix needs them and the other server tests reuse them: the world the
 * table is written for (`prepareMatrixWorld`), a second partnership with other ids
 * (`seedOtherPartnership`), raw requests with or without a token, a reader for the change feed,
 * and a snapshot of the database to show that a refused request wrote nothing.
 */
import assert from 'node:assert/strict';
import { DEFAULT_FRAMEWORK, type SppDocument } from '@spp/core';
import { demoCycles, demoPartnership, demoReflections, demoSchedule } from '@spp/core/demo';
import type { Sql } from '../src/db/driver';
import { seedRecord } from '../src/records';
import { newCommandId, type Client, type TestServer } from './support/harness';

export const PARTNERSHIP = 'p-riverside';

// ---- who ----

/**
 * One person per role, as roles stand for the matrix's cycle (Kelmarsh Road's, after
 * `prepareMatrixWorld`): its review team is led by Grace (head of Oakfield) with Harun, so the
 * partnership lead takes no part in it. `null`: a request with no token.
 */
export const ROLES = [
  { role: 'partnership lead', personId: 'u-amara' },
  { role: 'host head', personId: 'u-dev' },
  { role: 'host senior leader', personId: 'u-erin' },
  { role: 'host IC', personId: 'u-femi' },
  { role: 'lead reviewer', personId: 'u-grace' },
  { role: 'team member', personId: 'u-harun' },
  { role: 'other-school head', personId: 'u-jonah' },
  { role: 'other IC', personId: 'u-isla' },
  { role: 'teacher', personId: 'u-sam' },
  { role: 'associate', personId: 'u-tessa' },
  // The lead of the other partnership (seedOtherPartnership): a valid token, not a member here.
  { role: 'stranger', personId: 'o-amara' },
  { role: 'no token', personId: null },
] as const satisfies ReadonlyArray<{ role: string; personId: string | null }>;
export type Role = (typeof ROLES)[number]['role'];
export const MEMBERS = ROLES.filter((r): r is Extract<(typeof ROLES)[number], { personId: `u-${string}` }> => r.personId?.startsWith('u-') ?? false);

// ---- what ----

/** The records the matrix reads, one per kind (and a schedule still in draft). */
export const TARGETS = {
  cycle: { kinds: 'cycles', id: 'c-kelmarsh' },
  partnership: { kinds: 'partnerships', id: PARTNERSHIP },
  schedule: { kinds: 'schedules', id: 'schedule-2026-27' },
  'draft schedule': { kinds: 'schedules', id: 'schedule-draft' },
  reflection: { kinds: 'reflections', id: 'reflection-2026-27-tracking-progress' },
  framework: { kinds: 'frameworks', id: 'spp-default' },
} as const;
export type Target = keyof typeof TARGETS;

/** A cycle of Kelmarsh Road still in self-review (made by `prepareMatrixWorld`), for RECORD_RESPONSE. */
export const SELF_REVIEW_CYCLE = 'c-kelmarsh-next';

export interface MatrixCommand {
  kinds: string;
  id: string;
  event(): Record<string, unknown>;
  /** Puts things back after an allowed command, so the next role meets the same state. */
  undo?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

/** A representative command per kind. */
export const COMMANDS = {
  PAUSE: { kinds: 'cycles', id: 'c-kelmarsh', event: () => ({ type: 'PAUSE', reason: 'Matrix check' }), undo: { type: 'RESUME' } },
  RECORD_RESPONSE: { kinds: 'cycles', id: SELF_REVIEW_CYCLE, event: () => ({ type: 'RECORD_RESPONSE', questionId: 'sr-self-knowledge', level: 'developing', evidence: 'Matrix check' }) },
  RECORD_EVIDENCE: { kinds: 'cycles', id: 'c-kelmarsh', event: () => ({ type: 'RECORD_EVIDENCE', item: { id: `ev-${newCommandId()}`, note: 'Matrix check' } }) },
  SET_GOALS: { kinds: 'partnerships', id: PARTNERSHIP, event: () => ({ type: 'SET_GOALS', anythingElse: 'Matrix check' }) },
  SET_REVIEWS: { kinds: 'schedules', id: 'schedule-draft', event: () => ({ type: 'SET_REVIEWS', reviews: [] }) },
  CREATE_SCHEDULE: { kinds: 'schedules', id: '', event: () => ({ type: 'CREATE_SCHEDULE' }), extra: { partnershipId: PARTNERSHIP } },
  RECORD_REFLECTION: { kinds: 'reflections', id: 'reflection-2026-27-tracking-progress', event: () => ({ type: 'RECORD_REFLECTION', questionId: 'pr-follow-up', level: 'developing', evidence: 'Matrix check' }) },
  SAVE_FRAMEWORK: { kinds: 'frameworks', id: 'spp-default', event: () => ({ type: 'SAVE_FRAMEWORK', pack: structuredClone(DEFAULT_FRAMEWORK) }) },
} satisfies Record<string, MatrixCommand>;
export type CommandName = keyof typeof COMMANDS;

export type Column =
  | { endpoint: 'me' | 'export' | 'changes' }
  | { endpoint: 'read' | 'list' | 'history'; target: Target }
  | { endpoint: 'command'; command: CommandName };

const SHORT: Record<Target, string> = { cycle: 'cyc', partnership: 'par', schedule: 'sch', 'draft schedule': 'drf', reflection: 'ref', framework: 'fw' };

/** The table's columns, by their short header. */
export const COLUMNS: Record<string, Column> = {
  me: { endpoint: 'me' },
  export: { endpoint: 'export' },
  changes: { endpoint: 'changes' },
  ...(Object.fromEntries(
    (['read', 'list', 'history'] as const).flatMap((endpoint) =>
      (Object.keys(TARGETS) as Target[]).map((target) => [`${endpoint[0]}:${SHORT[target]}`, { endpoint, target }]),
    ),
  ) as Record<string, Column>),
  PAUSE: { endpoint: 'command', command: 'PAUSE' },
  RESP: { endpoint: 'command', command: 'RECORD_RESPONSE' },
  EVID: { endpoint: 'command', command: 'RECORD_EVIDENCE' },
  GOALS: { endpoint: 'command', command: 'SET_GOALS' },
  REVS: { endpoint: 'command', command: 'SET_REVIEWS' },
  CSCH: { endpoint: 'command', command: 'CREATE_SCHEDULE' },
  REFL: { endpoint: 'command', command: 'RECORD_REFLECTION' },
  FW: { endpoint: 'command', command: 'SAVE_FRAMEWORK' },
};

/**
 * What each cell must answer:
 * - `ok`  200: the record (read, history), the target listed (list), the command applied
 * - `--`  200 but the target is not in the list (list only: a draft schedule)
 * - `no`  409: core's role rules refuse the command (code `not-allowed`); the refusal is logged, nothing else changes
 * - `403` refused before core: not a member of the partnership, or the record is not shared with them; nothing is written
 * - `401` no sign-in; nothing is written
 * - `404` there is no such list (partnerships are not listed inside a partnership)
 *
 * Columns: me, export, changes: the session endpoints of the partnership; r:/l:/h: read, list and
 * history of the cycle (c-kelmarsh), the partnership, the published schedule, a draft schedule,
 * a reflection, the framework; then one command per kind (COMMANDS): PAUSE and RECORD_EVIDENCE on
 * c-kelmarsh (at the review stage), RECORD_RESPONSE on c-kelmarsh-next (in self-review), SET_GOALS,
 * SET_REVIEWS on the draft schedule, CREATE_SCHEDULE, RECORD_REFLECTION, SAVE_FRAMEWORK.
 */
const TABLE = `
role               | me  export changes | r:cyc r:par r:sch r:drf r:ref r:fw | l:cyc l:par l:sch l:drf l:ref l:fw | h:cyc h:par h:sch h:drf h:ref h:fw | PAUSE RESP EVID GOALS REVS CSCH REFL FW
partnership lead   | ok  ok     ok      | ok    ok    ok    ok    ok    ok   | ok    404   ok    ok    ok    ok   | ok    ok    ok    ok    ok    ok   | ok    no   no   ok    ok   ok   ok   ok
host head          | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | ok    ok   no   no    no   no   ok   no
host senior leader | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    ok   no   no    no   no   no   no
host IC            | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    no   no   no    no   no   no   no
lead reviewer      | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    no   ok   no    no   no   ok   no
team member        | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    no   ok   no    no   no   no   no
other-school head  | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    no   no   no    no   no   ok   no
other IC           | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    no   no   no    no   no   no   no
teacher            | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    no   no   no    no   no   no   no
associate          | ok  ok     ok      | ok    ok    ok    403   ok    ok   | ok    404   ok    --    ok    ok   | ok    ok    ok    403   ok    ok   | no    no   no   no    no   no   no   no
stranger           | 403 403    403     | 403   403   403   403   403   403  | 403   404   403   403   403   403  | 403   403   403   403   403   403  | 403   403  403  403   403  403  403  403
no token           | 401 401    401     | 401   401   401   401   401   401  | 401   404   401   401   401   401  | 401   401   401   401   401   401  | 401   401  401  401   401  401  401  401
`;

export type Expected = 'ok' | '--' | 'no' | '403' | '401' | '404';

function parseTable(text: string): Record<Role, Record<string, Expected>> {
  const [header, ...rows] = text.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim().split(/\s+/)));
  const names = header!.slice(1).flat();
  assert.deepEqual([...names].sort(), Object.keys(COLUMNS).sort(), 'the table has one column for each endpoint × kind');
  const table = {} as Record<Role, Record<string, Expected>>;
  for (const row of rows) {
    const role = row[0]!.join(' ') as Role;
    const cells = row.slice(1).flat();
    assert.equal(cells.length, names.length, `the row of ${role} has a cell per column`);
    for (const cell of cells) assert.ok(['ok', '--', 'no', '403', '401', '404'].includes(cell), `unknown cell "${cell}" in the row of ${role}`);
    table[role] = Object.fromEntries(names.map((name, i) => [name, cells[i] as Expected]));
  }
  assert.deepEqual(Object.keys(table).sort(), ROLES.map((r) => r.role).sort(), 'the table has one row per role');
  return table;
}

export const EXPECTED = parseTable(TABLE);

// ---- the world the table is written for ----

/**
 * From the seeded demo: Kelmarsh Road's review team becomes Grace (lead) and Harun, both of
 * Oakfield, and its plan is agreed, so c-kelmarsh is at the review stage with a lead reviewer who
 * is not the partnership lead; a second Kelmarsh cycle is opened (self-review); the partnership
 * lead starts a draft schedule. Every step is a command through the server.
 */
export async function prepareMatrixWorld(server: TestServer): Promise<void> {
  const [amara, dev, grace] = (await Promise.all(['u-amara', 'u-dev', 'u-grace'].map((id) => server.as(id)))) as [Client, Client, Client];
  const steps: Array<[typeof dev, string, string, Record<string, unknown>, Record<string, unknown>?]> = [
    [dev, 'cycles', 'c-kelmarsh', { type: 'SET_REVIEW_TEAM', leadReviewerId: 'u-grace', memberIds: ['u-grace', 'u-harun'] }],
    [grace, 'cycles', 'c-kelmarsh', { type: 'AGREE_REVIEW_PLAN' }],
    [dev, 'cycles', 'c-kelmarsh', { type: 'AGREE_REVIEW_PLAN' }],
    [amara, 'cycles', SELF_REVIEW_CYCLE, { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' }, { partnershipId: PARTNERSHIP }],
    [amara, 'schedules', 'schedule-draft', { type: 'CREATE_SCHEDULE' }, { partnershipId: PARTNERSHIP }],
  ];
  for (const [client, kinds, id, event, extra] of steps) {
    const res = await client.command(kinds, id, event, extra);
    assert.equal(res.status, 200, `setting up the matrix: ${String(event['type'])} on ${id}: ${JSON.stringify(res.body)}`);
  }
  const cycle = (await amara.get('/cycles/c-kelmarsh')).body.document;
  assert.equal(cycle.stage, 'review');
  assert.deepEqual(cycle.review.team, { leadReviewerId: 'u-grace', memberIds: ['u-grace', 'u-harun'] });
}

// ---- another partnership ----

export const OTHER_PARTNERSHIP = 'p-elsewhere';

/** Every id of the demo partnership's records, people and schools, and its copy's. */
export function otherIds(): Map<string, string> {
  const partnership = demoPartnership();
  const cycles = demoCycles(partnership);
  const ids = new Map<string, string>([[PARTNERSHIP, OTHER_PARTNERSHIP]]);
  for (const p of partnership.people) ids.set(p.id, p.id.replace(/^u-/, 'o-'));
  for (const s of partnership.schools) ids.set(s.id, s.id.replace(/^s-/, 'os-'));
  for (const c of cycles) ids.set(c.id, c.id.replace(/^c-/, 'oc-'));
  for (const doc of [demoSchedule(cycles, partnership), ...demoReflections(partnership), DEFAULT_FRAMEWORK]) ids.set(doc.id, `o-${doc.id}`);
  return ids;
}

/**
 * Stores a copy of the demo partnership under other ids (p-elsewhere: people o-amara…, schools
 * os-ashby…, cycles oc-ashby…, its own schedule, reflections and framework), as an operator would.
 */
export async function seedOtherPartnership(db: Sql): Promise<void> {
  const partnership = demoPartnership();
  const cycles = demoCycles(partnership);
  const docs: SppDocument[] = [partnership, ...cycles, demoSchedule(cycles, partnership), ...demoReflections(partnership), structuredClone(DEFAULT_FRAMEWORK) as SppDocument];
  const ids = otherIds();
  for (const doc of docs) {
    let json = JSON.stringify(doc).replaceAll('"Riverside Learning Partnership"', '"Elsewhere Learning Partnership"');
    for (const [from, to] of ids) json = json.replaceAll(`"${from}"`, `"${to}"`);
    const copy = JSON.parse(json) as SppDocument;
    await seedRecord(db, OTHER_PARTNERSHIP, copy);
  }
}

// ---- asking ----

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

/** One request, with `token` (or none), returning the raw text as well as the parsed JSON. */
export async function request(url: string, token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawReply> {
  const res = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* kept as text */
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

/** A message of the change feed as received. */
export interface SseEvent {
  event: string;
  id?: string;
  data: string;
}

export interface FeedReader {
  status: number;
  headers: Headers;
  /** Everything received so far, as text. */
  raw(): string;
  events(): SseEvent[];
  /** The `change` events, parsed. */
  changes(): Array<{ id: string; seq: number; actorId: string; type: string; changes: Array<{ kind: string; id: string; revision: number; document: any }> }>;
  /** Resolves with the first event matching `test` (already received, or when it comes). */
  waitFor(test: (event: SseEvent) => boolean, what: string, timeoutMs?: number): Promise<SseEvent>;
  /** Waits for the change of the command with this seq (as its answer said). */
  waitForSeq(seq: number, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/**
 * Opens `GET /partnerships/{id}/changes` with fetch streaming and parses the Server-Sent Events as
 * they arrive. A refused feed (not 200) is read whole: its text is in `raw()`.
 */
export async function openFeed(url: string, token: string | null, { partnershipId = PARTNERSHIP, lastEventId }: { partnershipId?: string; lastEventId?: string } = {}): Promise<FeedReader> {
  const abort = new AbortController();
  const res = await fetch(`${url}/api/v1/partnerships/${partnershipId}/changes`, {
    headers: { ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...(lastEventId === undefined ? {} : { 'Last-Event-ID': lastEventId }), Accept: 'text/event-stream' },
    signal: abort.signal,
  });
  let raw = '';
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const wake of [...waiters]) wake();
  };
  let ended = false;
  if (res.status !== 200 || !res.body) {
    raw = await res.text();
    ended = true;
  } else {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          const text = decoder.decode(value, { stream: true });
          raw += text;
          buffer += text;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event: SseEvent = { event: 'message', data: '' };
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue; // a comment (keep-alive)
              const colon = line.indexOf(':');
              const field = colon < 0 ? line : line.slice(0, colon);
              const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
              if (field === 'event') event.event = value;
              else if (field === 'id') event.id = value;
              else if (field === 'data') data.push(value);
            }
            if (!data.length && event.event === 'message') continue;
            event.data = data.join('\n');
            events.push(event);
          }
          notify();
        }
      } catch {
        /* aborted */
      } finally {
        ended = true;
        notify();
      }
    })();
  }
  const waitFor = (test: (event: SseEvent) => boolean, what: string, timeoutMs = 10_000) =>
    new Promise<SseEvent>((resolve, reject) => {
      const check = () => {
        const found = events.find(test);
        if (found) {
          done();
          resolve(found);
        } else if (ended) {
          done();
          reject(new Error(`The feed ended before ${what}. Received: ${raw.slice(-2000)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`No ${what} on the feed within ${timeoutMs} ms. Received: ${raw.slice(-2000)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    status: res.status,
    headers: res.headers,
    raw: () => raw,
    events: () => [...events],
    changes: () => events.filter((e) => e.event === 'change').map((e) => JSON.parse(e.data)),
    waitFor,
    waitForSeq: (seq, timeoutMs) => waitFor((e) => e.event === 'change' && JSON.parse(e.data).seq === seq, `the change ${seq}`, timeoutMs),
    close: () => abort.abort(),
  };
}

// ---- nothing written ----

export interface Snapshot {
  /** A digest of every stored record (kind, id, partnership, revision, time, body). */
  records: string;
  recordCount: number;
  /** Every logged command, as `partnership/seq/status/actor`. */
  commands: string[];
  /** The partnerships kept, and the devices' last commands. */
  counters: string;
}

export async function snapshot(db: Sql): Promise<Snapshot> {
  const [records] = await db.query<{ digest: string; n: number }>(
    `SELECT md5(coalesce(string_agg(kind || '/' || id || '/' || partnership_id || '/' || revision || '/' || updated_at::text || '/' || body::text, E'\\n' ORDER BY kind, id), '')) AS digest, count(*)::int AS n FROM spp_records`,
  );
  const commands = await db.query<{ key: string }>(`SELECT partnership_id || '/' || seq || '/' || status || '/' || actor_id AS key FROM spp_commands ORDER BY partnership_id, seq`);
  const [counters] = await db.query<{ partnerships: string | null; devices: string | null }>(
    `SELECT (SELECT string_agg(partnership_id, ',' ORDER BY partnership_id) FROM spp_partnerships) AS partnerships,
            (SELECT string_agg(partnership_id || '/' || actor_id || '/' || device_id || '=' || last_seq, ',' ORDER BY partnership_id, actor_id, device_id) FROM spp_devices) AS devices`,
  );
  return { records: records!.digest, recordCount: records!.n, commands: commands.map((c) => c.key), counters: `${counters!.partnerships ?? ''}|${counters!.devices ?? ''}` };
}

/** Nothing at all was written: no record, no log entry, no counter. */
export function assertNothingWritten(before: Snapshot, after: Snapshot, what: string): void {
  assert.equal(after.records, before.records, `${what}: the records are unchanged`);
  assert.equal(after.recordCount, before.recordCount, `${what}: no record was added`);
  assert.deepEqual(after.commands, before.commands, `${what}: nothing was logged`);
  assert.equal(after.counters, before.counters, `${what}: no partnership or device was added`);
}

/** A refusal by core: every record unchanged, and exactly one `refused` entry logged, by `actorId`. */
export function assertOnlyRefusalLogged(before: Snapshot, after: Snapshot, actorId: string, what: string): void {
  assert.equal(after.records, before.records, `${what}: the records are unchanged`);
  assert.equal(after.recordCount, before.recordCount, `${what}: no record was added`);
  const added = after.commands.filter((c) => !before.commands.includes(c));
  assert.equal(added.length, 1, `${what}: one entry logged (${added.join(', ')})`);
  assert.match(added[0]!, new RegExp(`/refused/${actorId}$`), `${what}: the entry is a refusal of ${actorId}`);
  assert.deepEqual(after.commands.slice(0, before.commands.length), before.commands, `${what}: earlier entries untouched`);
}

/** An error answer: JSON `{ message }`, in words, with no stack trace or file path. */
export function assertCleanError(reply: RawReply, what: string): void {
  assert.equal(typeof reply.body, 'object', `${what}: the answer is JSON (${reply.text.slice(0, 200)})`);
  assert.equal(typeof reply.body.message, 'string', `${what}: the answer has a message`);
  assert.ok(reply.body.message.length > 10, `${what}: the message says something`);
  assert.doesNotMatch(reply.text, /\bat [\w.<>]+ \(|\bat (file|node):|\/work\/|node_modules|\.ts:\d+|\.js:\d+|Error:/, `${what}: no stack trace or path in ${reply.text.slice(0, 300)}`);
}
