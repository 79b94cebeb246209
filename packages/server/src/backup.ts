/**
 * Backup and restore of a whole partnership (`spp-server export` / `import`): its records, its
 * command log and its devices' positions, as one JSON file. Restoring refuses to overwrite a
 * partnership that is already on the server, and validates every record through core first.
 */
import { isDocumentKind, parseDocument, type DocumentKind } from '@spp/core';
import type { Database } from './db/driver';

export const BACKUP_FORMAT = 'spp-server-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  partnershipId: string;
  records: Array<{ kind: DocumentKind; id: string; revision: number; updatedAt: string; body: unknown }>;
  commands: Array<Record<string, unknown>>;
  devices: Array<{ actorId: string; deviceId: string; lastSeq: number }>;
}

const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());

export async function exportPartnership(db: Database, partnershipId: string): Promise<Backup> {
  return db.transaction(async (tx) => {
    // One snapshot for every read below: on PostgreSQL, other servers may commit between them.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const [known] = await tx.query('SELECT 1 FROM spp_partnerships WHERE partnership_id = $1', [partnershipId]);
    if (!known) throw new Error(`There is no partnership "${partnershipId}" on this server.`);
    const records = await tx.query<{ kind: DocumentKind; id: string; revision: number; updated_at: unknown; body: unknown }>(
      'SELECT kind, id, revision, updated_at, body FROM spp_records WHERE partnership_id = $1 ORDER BY kind, id',
      [partnershipId],
    );
    const commands = await tx.query<Record<string, unknown>>(
      'SELECT seq, command_id, actor_id, device_id, device_seq, kind, record_id, at, type, event, status, refusal, revision, touched FROM spp_commands WHERE partnership_id = $1 ORDER BY seq',
      [partnershipId],
    );
    const devices = await tx.query<{ actor_id: string; device_id: string; last_seq: number }>('SELECT actor_id, device_id, last_seq FROM spp_devices WHERE partnership_id = $1 ORDER BY actor_id, device_id', [partnershipId]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      partnershipId,
      // Kept exactly as stored (even a record this version cannot read), so a backup loses nothing.
      records: records.map((r) => ({ kind: r.kind, id: r.id, revision: r.revision, updatedAt: iso(r.updated_at), body: json(r.body) })),
      commands: commands.map((c) => ({ ...c, at: iso(c['at']), event: json(c['event']), refusal: json(c['refusal']), touched: json(c['touched']) })),
      devices: devices.map((d) => ({ actorId: d.actor_id, deviceId: d.device_id, lastSeq: d.last_seq })),
    };
  });
}

export async function importPartnership(db: Database, input: unknown): Promise<{ partnershipId: string; records: number; commands: number }> {
  const backup = input as Backup;
  if (!backup || typeof backup !== 'object' || backup.format !== BACKUP_FORMAT) throw new Error('This file is not an spp-server backup.');
  if (typeof backup.version !== 'number' || backup.version > BACKUP_VERSION) throw new Error(`This backup was made by a newer version of spp-server (backup version ${String(backup.version)}); update the server to restore it.`);
  const { partnershipId } = backup;
  const partnershipRecord = backup.records.find((r) => r.kind === 'partnership' && r.id === partnershipId);
  if (!partnershipRecord) throw new Error('This backup has no partnership record.');
  // Checked before anything is written. A record this version cannot read is restored as it was
  // (it stays reported, never lost), but the partnership itself must be readable.
  for (const r of backup.records) {
    if (!isDocumentKind(r.kind) || typeof r.id !== 'string' || !Number.isInteger(r.revision) || r.revision < 1 || !r.body || typeof r.body !== 'object') {
      throw new Error(`The backup's record ${String(r.kind)}/${String(r.id)} is damaged; nothing was restored.`);
    }
  }
  parseDocument(partnershipRecord.body, 'partnership');
  return db.transaction(async (tx) => {
    const [existing] = await tx.query('SELECT 1 FROM spp_partnerships WHERE partnership_id = $1', [partnershipId]);
    if (existing) throw new Error(`The partnership "${partnershipId}" is already on this server; nothing was changed. Restore into an empty server, or export and remove it first.`);
    for (const r of backup.records) {
      const [taken] = await tx.query('SELECT partnership_id FROM spp_records WHERE kind = $1 AND id = $2', [r.kind, r.id]);
      if (taken) throw new Error(`The ${r.kind} "${r.id}" already exists on this server; nothing was changed.`);
      await tx.query('INSERT INTO spp_records (kind, id, partnership_id, revision, body, updated_at) VALUES ($1, $2, $3, $4, $5, $6)', [r.kind, r.id, partnershipId, r.revision, tx.text(JSON.stringify(r.body)), r.updatedAt]);
    }
    await tx.query('INSERT INTO spp_partnerships (partnership_id) VALUES ($1)', [partnershipId]);
    // Restored commands keep their seq (their order) unless this server already used it.
    for (const c of backup.commands) {
      const [taken] = await tx.query('SELECT 1 FROM spp_commands WHERE seq = $1', [c['seq']]);
      const values = [partnershipId, c['command_id'], c['actor_id'], c['device_id'], c['device_seq'], c['kind'], c['record_id'], c['at'], c['type'], JSON.stringify(c['event']), c['status'], c['refusal'] === null || c['refusal'] === undefined ? null : JSON.stringify(c['refusal']), c['revision'], JSON.stringify(c['touched'])];
      const columns = 'partnership_id, command_id, actor_id, device_id, device_seq, kind, record_id, at, type, event, status, refusal, revision, touched';
      const params = values.map((_, i) => `$${i + 1}`).join(', ');
      if (taken) await tx.query(`INSERT INTO spp_commands (${columns}) VALUES (${params})`, values);
      else await tx.query(`INSERT INTO spp_commands (seq, ${columns}) VALUES ($${values.length + 1}, ${params})`, [...values, c['seq']]);
    }
    await tx.query("SELECT setval(pg_get_serial_sequence('spp_commands', 'seq'), GREATEST((SELECT max(seq) FROM spp_commands), 1))");
    for (const d of backup.devices) {
      await tx.query('INSERT INTO spp_devices (partnership_id, actor_id, device_id, last_seq) VALUES ($1, $2, $3, $4)', [partnershipId, d.actorId, d.deviceId, d.lastSeq]);
    }
    return { partnershipId, records: backup.records.length, commands: backup.commands.length };
  });
}
