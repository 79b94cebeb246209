/**
 * The repository: reading records as core's documents, and running one command in one
 * transaction. The server re-runs every command on the latest stored state with core's own
 * functions (as Replicache/Zero run a mutator again on the server), so two reviewers adding
 * evidence at once both succeed, and a refusal comes only when core refuses on the latest state.
 */
import {
  parseDocument,
  runCommand,
  UnreadableRecordError,
  type Cycle,
  type DocumentKind,
  type Partnership,
  type Refusal,
  type SppDocument,
} from '@spp/core';
import type { Database, Sql } from './db/driver';

export interface StoredRecord {
  kind: DocumentKind;
  id: string;
  partnershipId: string;
  revision: number;
  updatedAt: string;
  doc: SppDocument;
}

interface RecordRow {
  kind: DocumentKind;
  id: string;
  partnership_id: string;
  revision: number;
  body: unknown;
  updated_at: Date | string;
}

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

/** Reads a stored row through core's one door (parseDocument): a record that cannot be read is reported, never replaced. */
export function readRow(row: RecordRow): StoredRecord {
  let doc: SppDocument;
  try {
    const raw = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
    doc = parseDocument(raw, row.kind);
  } catch (error) {
    throw new UnreadableRecordError(`${row.kind}/${row.id}`, error instanceof Error ? error : new Error(String(error)));
  }
  if (doc.id !== row.id) throw new UnreadableRecordError(`${row.kind}/${row.id}`, new Error(`The stored ${row.kind} says its id is "${doc.id}".`));
  const stored = { ...doc, revision: row.revision, updatedAt: iso(row.updated_at) } as SppDocument;
  return { kind: row.kind, id: row.id, partnershipId: row.partnership_id, revision: row.revision, updatedAt: iso(row.updated_at), doc: stored };
}

const RECORD_COLUMNS = 'kind, id, partnership_id, revision, body, updated_at';

/** Reads a record: its revision first, then (unless the cache has that revision) the whole row. */
export async function getRecord(sql: Sql, kind: DocumentKind, id: string, { lock = false } = {}): Promise<StoredRecord | undefined> {
  const key = `${kind}/${id}`;
  const [meta] = await sql.query<{ revision: number }>(`SELECT revision FROM spp_records WHERE kind = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [kind, id]);
  return meta && readAt(sql, kind, id, meta.revision);
}

/** The record at a revision the caller has just read (and locked): from the cache when it has it. */
async function readAt(sql: Sql, kind: DocumentKind, id: string, revision: number): Promise<StoredRecord | undefined> {
  const key = `${kind}/${id}`;
  const cached = sql.cache.get(key, revision) as StoredRecord | undefined;
  if (cached) return cached;
  const [row] = await sql.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM spp_records WHERE kind = $1 AND id = $2`, [kind, id]);
  if (!row) return undefined;
  const record = readRow(row);
  sql.cache.set(key, record);
  return record;
}

/**
 * A record with its partnership, in one query for both revisions; the documents come from the
 * cache when it has those revisions (a read of a large cycle then costs one small query).
 * A record that cannot be read comes back as `unreadable`, never replaced.
 */
export async function findRecord(
  sql: Sql,
  kind: DocumentKind,
  id: string,
): Promise<{ partnershipId: string; partnership: Partnership | undefined; record: StoredRecord | undefined; unreadable?: UnreadableRecordError } | undefined> {
  const [meta] = await sql.query<{ partnership_id: string; revision: number; partnership_revision: number | null }>(
    `SELECT r.partnership_id, r.revision, p.revision AS partnership_revision FROM spp_records r
     LEFT JOIN spp_records p ON p.kind = 'partnership' AND p.id = r.partnership_id WHERE r.kind = $1 AND r.id = $2`,
    [kind, id],
  );
  if (!meta) return undefined;
  const partnership = meta.partnership_revision === null ? undefined : ((await readAt(sql, 'partnership', meta.partnership_id, meta.partnership_revision))?.doc as Partnership | undefined);
  try {
    return { partnershipId: meta.partnership_id, partnership, record: await readAt(sql, kind, id, meta.revision) };
  } catch (error) {
    // Reported to the caller once it knows the person may see the partnership's records at all.
    if (error instanceof UnreadableRecordError) return { partnershipId: meta.partnership_id, partnership, record: undefined, unreadable: error };
    throw error;
  }
}

/** Which partnership a record belongs to, without reading it (so an unreadable one can still be reported). */
export async function partnershipOf(sql: Sql, kind: DocumentKind, id: string): Promise<string | undefined> {
  const [row] = await sql.query<{ partnership_id: string }>('SELECT partnership_id FROM spp_records WHERE kind = $1 AND id = $2', [kind, id]);
  return row?.partnership_id;
}

/** Every record of a kind in a partnership: the readable ones, and the ids of those that cannot be read. */
export async function listRecords(sql: Sql, partnershipId: string, kind: DocumentKind): Promise<{ records: StoredRecord[]; unreadable: UnreadableRecordError[] }> {
  const rows = await sql.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM spp_records WHERE partnership_id = $1 AND kind = $2 ORDER BY id`, [partnershipId, kind]);
  const records: StoredRecord[] = [];
  const unreadable: UnreadableRecordError[] = [];
  for (const row of rows) {
    try {
      records.push(readRow(row));
    } catch (error) {
      if (error instanceof UnreadableRecordError) unreadable.push(error);
      else throw error;
    }
  }
  return { records, unreadable };
}

export async function getPartnership(sql: Sql, partnershipId: string): Promise<Partnership | undefined> {
  const record = await getRecord(sql, 'partnership', partnershipId);
  return record?.doc as Partnership | undefined;
}

/** Writes a snapshot (insert or replace) with its new revision. */
async function putRecord(sql: Sql, partnershipId: string, doc: SppDocument, revision: number, at: string): Promise<void> {
  const body = { ...doc, revision, updatedAt: at };
  await sql.query(
    `INSERT INTO spp_records (kind, id, partnership_id, revision, body, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (kind, id) DO UPDATE SET revision = EXCLUDED.revision, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at`,
    [doc.kind, doc.id, partnershipId, revision, sql.text(JSON.stringify(body)), at],
  );
}

/**
 * Stores a whole record as it is (seeding and restoring a backup): validated through core first.
 * Used only by the operator's commands, never by a request.
 */
export async function seedRecord(sql: Sql, partnershipId: string, doc: SppDocument, at = new Date().toISOString()): Promise<void> {
  const parsed = parseDocument(doc, doc.kind);
  const revision = typeof (doc as { revision?: unknown }).revision === 'number' && (doc as { revision: number }).revision > 0 ? (doc as { revision: number }).revision : 1;
  await putRecord(sql, partnershipId, parsed, revision, at);
  await sql.query('INSERT INTO spp_partnerships (partnership_id) VALUES ($1) ON CONFLICT DO NOTHING', [partnershipId]);
}

// ---- commands ----

export interface Command {
  partnershipId: string;
  /** The partnership as the caller just read it (saves reading it again); read here when absent. */
  partnership?: Partnership | undefined;
  kind: DocumentKind;
  recordId: string;
  /** The verified person: from the token, never from the request body. */
  actorId: string;
  commandId: string;
  deviceId?: string | undefined;
  /** The device's own count of its commands (1, 2, 3, …): commands from one device apply in order. */
  deviceSeq?: number | undefined;
  event: Record<string, unknown>;
}

export type CommandOutcome =
  | { status: 'applied'; seq: number; revision: number; record: StoredRecord; created: StoredRecord[]; partnership: Partnership; replayed: boolean }
  | { status: 'refused'; seq: number; refusal: Refusal; partnership: Partnership; replayed: boolean }
  /** Not a core refusal: nothing is recorded, the device may send it again later. */
  | { status: 'rejected'; http: 404 | 409; code: string; message: string; expectedSeq?: number };

interface CommandRow {
  seq: number;
  status: 'applied' | 'refused';
  refusal: Refusal | null;
  revision: number | null;
  kind: DocumentKind;
  record_id: string;
}

const isoNow = () => new Date().toISOString();

/** What a command already recorded answered: the same answer again (idempotency). */
async function replay(sql: Sql, command: Command, row: CommandRow, partnership: Partnership): Promise<CommandOutcome> {
  if (row.kind !== command.kind || row.record_id !== command.recordId) {
    return { status: 'rejected', http: 409, code: 'command-id-reused', message: 'This command id was already used for a change to another record: send each change with a new command id.' };
  }
  if (row.status === 'refused') return { status: 'refused', seq: row.seq, refusal: row.refusal!, partnership, replayed: true };
  const record = await getRecord(sql, command.kind, command.recordId);
  if (!record) return { status: 'rejected', http: 404, code: 'not-found', message: 'That record is no longer here.' };
  return { status: 'applied', seq: row.seq, revision: row.revision!, record, created: [], partnership, replayed: true };
}

async function findCommand(sql: Sql, command: Command): Promise<CommandRow | undefined> {
  const [row] = await sql.query<CommandRow>(
    'SELECT seq, status, refusal, revision, kind, record_id FROM spp_commands WHERE partnership_id = $1 AND actor_id = $2 AND command_id = $3',
    [command.partnershipId, command.actorId, command.commandId],
  );
  return row && { ...row, refusal: typeof row.refusal === 'string' ? (JSON.parse(row.refusal) as Refusal) : row.refusal };
}

export const CHANGES_CHANNEL = 'spp_changes';

/**
 * Runs one command: in one transaction, the latest record is read, core runs the event for the
 * verified actor, and the command (applied or refused) is appended to the log with the new
 * snapshot. Retried command ids are answered from the log; nothing is applied twice.
 */
export async function applyCommand(db: Database, command: Command, now: () => string = isoNow): Promise<CommandOutcome> {
  let outcome: CommandOutcome;
  try {
    outcome = await runInTransaction(db, command, now);
  } catch (error) {
    // The same command arrived twice at once: the other copy was stored first. Answer as it was.
    if ((error as { code?: string }).code !== '23505' || !String((error as { constraint?: string; message?: string }).constraint ?? (error as Error).message).includes('command')) throw error;
    outcome = await db.transaction(async (tx) => {
      const partnership = await getPartnership(tx, command.partnershipId);
      const earlier = await findCommand(tx, command);
      if (!partnership || !earlier) throw error;
      return replay(tx, command, earlier, partnership);
    });
  }
  // Committed: what was written is what the next command starts from.
  if (outcome.status === 'applied' && !outcome.replayed) for (const record of [outcome.record, ...outcome.created]) db.cache.set(`${record.kind}/${record.id}`, record);
  return outcome;
}

function runInTransaction(db: Database, command: Command, now: () => string): Promise<CommandOutcome> {
  return db.transaction(async (tx) => {
    let partnership = command.partnership ?? (await getPartnership(tx, command.partnershipId));
    if (!partnership) return { status: 'rejected', http: 404, code: 'not-found', message: 'There is no such partnership on this server.' } as const;

    const earlier = await findCommand(tx, command);
    if (earlier) return replay(tx, command, earlier, partnership);

    const device = command.deviceId !== undefined && command.deviceSeq !== undefined;
    if (device) {
      // Locks this device's row: its commands are checked and applied one at a time, in order.
      const [row] = await tx.query<{ last_seq: number }>(
        `INSERT INTO spp_devices (partnership_id, actor_id, device_id, last_seq) VALUES ($1, $2, $3, 0)
         ON CONFLICT (partnership_id, actor_id, device_id) DO UPDATE SET last_seq = spp_devices.last_seq RETURNING last_seq`,
        [command.partnershipId, command.actorId, command.deviceId],
      );
      const expected = (row?.last_seq ?? 0) + 1;
      if (command.deviceSeq !== expected) {
        return {
          status: 'rejected',
          http: 409,
          code: 'out-of-order',
          message: command.deviceSeq! < expected ? 'This device already sent a later change: this one comes too late to apply in order.' : 'An earlier change from this device has not arrived yet: send the changes in order.',
          expectedSeq: expected,
        } as const;
      }
    }

    // Locks the record: commands on it are applied one after another, each on the latest state.
    const [meta] = await tx.query<{ partnership_id: string; revision: number }>('SELECT partnership_id, revision FROM spp_records WHERE kind = $1 AND id = $2 FOR UPDATE', [
      command.kind,
      command.recordId,
    ]);
    if (meta && meta.partnership_id !== command.partnershipId) {
      return { status: 'rejected', http: 404, code: 'not-found', message: 'There is no such record in this partnership.' } as const;
    }
    // An unreadable record throws UnreadableRecordError here: reported, never overwritten.
    const current = meta && (await readAt(tx, command.kind, command.recordId, meta.revision));
    // A change to the partnership itself is decided on the partnership as just locked.
    if (command.kind === 'partnership' && current) partnership = current.doc as Partnership;
    const existingCycles =
      command.kind === 'schedule' && command.event['type'] === 'PUBLISH_SCHEDULE'
        ? (await tx.query<{ id: string }>("SELECT id FROM spp_records WHERE kind = 'cycle'", [])).map(({ id }) => ({ id }) as Cycle)
        : [];
    const at = now();
    const result = runCommand({ kind: command.kind, id: command.recordId, current: current?.doc }, command.event, { actor: { id: command.actorId }, partnership, now: at }, existingCycles);

    if (device) {
      await tx.query('UPDATE spp_devices SET last_seq = $4 WHERE partnership_id = $1 AND actor_id = $2 AND device_id = $3', [command.partnershipId, command.actorId, command.deviceId, command.deviceSeq]);
    }
    const insert = async (status: 'applied' | 'refused', refusal: Refusal | null, revision: number | null, touched: unknown[]) => {
      // An applied change is announced (NOTIFY, delivered after commit) by the same statement.
      const [row] = await tx.query<{ seq: number }>(
        `WITH added AS (
           INSERT INTO spp_commands (partnership_id, command_id, actor_id, device_id, device_seq, kind, record_id, at, type, event, status, refusal, revision, touched)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING seq, status
         )
         SELECT seq, CASE WHEN status = 'applied' THEN pg_notify($15, $1) END AS notified FROM added`,
        [
          command.partnershipId,
          command.commandId,
          command.actorId,
          command.deviceId ?? null,
          command.deviceSeq ?? null,
          command.kind,
          command.recordId,
          at,
          String(command.event['type'] ?? '(none)').slice(0, 60),
          tx.text(JSON.stringify(command.event)),
          status,
          refusal === null ? null : JSON.stringify(refusal),
          revision,
          JSON.stringify(touched),
          CHANGES_CHANNEL,
        ],
      );
      return row!.seq;
    };

    if (!result.ok) {
      // Recorded with its refusal, so a retry gets the same answer and a device's queue moves on.
      const seq = await insert('refused', result.refusal, null, []);
      return { status: 'refused', seq, refusal: result.refusal, partnership, replayed: false } as const;
    }
    const revision = (current?.revision ?? 0) + 1;
    await putRecord(tx, command.partnershipId, result.doc, revision, at);
    const created: StoredRecord[] = [];
    for (const cycle of result.created) {
      await putRecord(tx, command.partnershipId, cycle, 1, at);
      created.push({ kind: 'cycle', id: cycle.id, partnershipId: command.partnershipId, revision: 1, updatedAt: at, doc: { ...cycle, revision: 1, updatedAt: at } });
    }
    const touched = [{ kind: command.kind, id: command.recordId, revision }, ...created.map((c) => ({ kind: c.kind, id: c.id, revision: c.revision }))];
    // Announced with the insert; delivered after commit, to this process and (PostgreSQL) every other one.
    const seq = await insert('applied', null, revision, touched);
    const record: StoredRecord = { kind: command.kind, id: command.recordId, partnershipId: command.partnershipId, revision, updatedAt: at, doc: { ...result.doc, revision, updatedAt: at } as SppDocument };
    return { status: 'applied', seq, revision, record, created, partnership, replayed: false } as const;
  });
}

// ---- the log, read back ----

/**
 * A position in a partnership's change feed: the transaction id and seq of the last change read.
 * Written as `tx.seq` in the feed's event ids.
 */
export interface FeedCursor {
  tx: bigint;
  seq: number;
}
export const formatCursor = (cursor: FeedCursor) => `${cursor.tx}.${cursor.seq}`;
export function parseCursor(text: string): FeedCursor | undefined {
  const match = /^(\d{1,20})\.(\d{1,10})$/.exec(text);
  return match ? { tx: BigInt(match[1]!), seq: Number(match[2]) } : undefined;
}
export const START: FeedCursor = { tx: 0n, seq: 0 };

export interface LogEntry {
  seq: number;
  /** Where this change is in the feed. */
  cursor: FeedCursor;
  kind: DocumentKind;
  id: string;
  actorId: string;
  at: string;
  type: string;
  status: 'applied' | 'refused';
  revision?: number;
  reason?: string;
  touched: Array<{ kind: DocumentKind; id: string; revision: number }>;
}

interface LogRow {
  seq: number;
  tx: string;
  kind: DocumentKind;
  record_id: string;
  actor_id: string;
  at: Date | string;
  type: string;
  status: 'applied' | 'refused';
  revision: number | null;
  refusal: string | null;
  touched: string;
}

const toEntry = (row: LogRow): LogEntry => ({
  seq: row.seq,
  cursor: { tx: BigInt(row.tx), seq: row.seq },
  kind: row.kind,
  id: row.record_id,
  actorId: row.actor_id,
  at: iso(row.at),
  type: row.type,
  status: row.status,
  ...(row.revision !== null ? { revision: row.revision } : {}),
  ...(row.refusal !== null ? { reason: (JSON.parse(row.refusal) as Refusal).reason } : {}),
  touched: JSON.parse(row.touched) as LogEntry['touched'],
});

const LOG_COLUMNS = 'seq, tx::text AS tx, kind, record_id, actor_id, at, type, status, revision, refusal, touched';

/** A record's history, oldest first. */
export async function recordHistory(sql: Sql, partnershipId: string, kind: DocumentKind, id: string): Promise<LogEntry[]> {
  const rows = await sql.query<LogRow>(`SELECT ${LOG_COLUMNS} FROM spp_commands WHERE partnership_id = $1 AND kind = $2 AND record_id = $3 ORDER BY seq`, [partnershipId, kind, id]);
  return rows.map(toEntry);
}

/**
 * Applied commands after `since`, in feed order, up to the point where every earlier transaction
 * has ended (so a change still being committed is never skipped: it comes in a later read).
 * `pending` says whether changes beyond that point exist (read again shortly).
 */
export async function changesSince(sql: Sql, partnershipId: string, since: FeedCursor, limit = 500): Promise<{ entries: LogEntry[]; pending: boolean }> {
  const rows = await sql.query<LogRow & { safe: boolean }>(
    `SELECT ${LOG_COLUMNS}, tx < pg_snapshot_xmin(pg_current_snapshot()) AS safe FROM spp_commands
     WHERE partnership_id = $1 AND status = 'applied' AND (tx, seq) > ($2::text::xid8, $3) ORDER BY tx, seq LIMIT $4`,
    [partnershipId, since.tx.toString(), since.seq, limit],
  );
  const firstUnsafe = rows.findIndex((row) => !row.safe);
  const safe = firstUnsafe < 0 ? rows : rows.slice(0, firstUnsafe);
  return { entries: safe.map(toEntry), pending: firstUnsafe >= 0 };
}

/** The feed's position now: after the last change every reader can already see. */
export async function latestCursor(sql: Sql, partnershipId: string): Promise<FeedCursor> {
  const [row] = await sql.query<{ tx: string; seq: number }>(
    `SELECT tx::text AS tx, seq FROM spp_commands WHERE partnership_id = $1 AND tx < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx DESC, seq DESC LIMIT 1`,
    [partnershipId],
  );
  return row ? { tx: BigInt(row.tx), seq: row.seq } : START;
}

/** Every command a person sent (subject access), with its content: it is their own. */
export async function commandsBy(sql: Sql, partnershipId: string, actorId: string): Promise<Array<LogEntry & { event: unknown }>> {
  const rows = await sql.query<LogRow & { event: unknown }>(`SELECT ${LOG_COLUMNS}, event FROM spp_commands WHERE partnership_id = $1 AND actor_id = $2 ORDER BY seq`, [partnershipId, actorId]);
  return rows.map((row) => ({ ...toEntry(row), event: typeof row.event === 'string' ? JSON.parse(row.event) : row.event }));
}
