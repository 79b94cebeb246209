/**
 * Versioned migrations, the same SQL on PGlite and PostgreSQL. They run at start, each in its own
 * transaction; a database written by a newer version of the server is refused, never altered.
 */
import type { Database } from './driver';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, command log, devices',
    sql: `
      -- The latest snapshot of every record, with its revision. Ids are unique per kind.
      CREATE TABLE spp_records (
        kind text NOT NULL,
        id text NOT NULL,
        partnership_id text NOT NULL,
        revision integer NOT NULL CHECK (revision > 0),
        body jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (kind, id)
      );
      CREATE INDEX spp_records_by_partnership ON spp_records (partnership_id, kind);

      -- One row per partnership: the sequence of its command log. Locking it orders the
      -- partnership's commands, so the log's order is the order they were applied in.
      CREATE TABLE spp_partnership_log (
        partnership_id text PRIMARY KEY,
        seq integer NOT NULL DEFAULT 0
      );

      -- Append-only: every command, applied or refused, with who sent it and when. A command is
      -- known by (partnership, person, commandId), so a retry is answered from here.
      CREATE TABLE spp_commands (
        partnership_id text NOT NULL,
        seq integer NOT NULL,
        command_id text NOT NULL,
        actor_id text NOT NULL,
        device_id text,
        device_seq integer,
        kind text NOT NULL,
        record_id text NOT NULL,
        at timestamptz NOT NULL,
        event jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('applied', 'refused')),
        refusal jsonb,
        revision integer,
        -- Every record the command changed: [{ kind, id, revision }].
        touched jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (partnership_id, seq),
        UNIQUE (partnership_id, actor_id, command_id)
      );
      CREATE INDEX spp_commands_by_record ON spp_commands (kind, record_id, seq);

      -- Per device, the last command applied (as Replicache's lastMutationID): a device's commands apply in order.
      CREATE TABLE spp_devices (
        partnership_id text NOT NULL,
        actor_id text NOT NULL,
        device_id text NOT NULL,
        last_seq integer NOT NULL,
        PRIMARY KEY (partnership_id, actor_id, device_id)
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

export class NewerDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was written by a newer version of @spp/server (schema version ${found}; this version knows up to ${known}). It has been left untouched: update the server to open it.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Brings the database up to SCHEMA_VERSION; refuses (NewerDatabaseError) one that is ahead. */
export async function migrate(db: Database): Promise<{ from: number; to: number }> {
  return db.transaction(async (tx) => {
    // Several processes may start together on one PostgreSQL: one migrates, the others wait.
    if (db.driver === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(7735001)');
    await tx.query(`CREATE TABLE IF NOT EXISTS spp_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const [row] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM spp_schema');
    const from = row?.version ?? 0;
    if (from > SCHEMA_VERSION) throw new NewerDatabaseError(from, SCHEMA_VERSION);
    for (const migration of MIGRATIONS.filter((m) => m.version > from)) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO spp_schema (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return { from, to: SCHEMA_VERSION };
  });
}
