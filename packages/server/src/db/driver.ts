/**
 * The two database drivers behind one small interface: PGlite (PostgreSQL compiled to WASM, in a
 * directory, for one server process) and PostgreSQL (for production, many processes). The SQL is
 * the same for both; every statement takes its values as parameters, never spliced into the text.
 */

/**
 * Records already read and validated, by `kind/id`, with their revision. A read asks the database
 * for the revision only and reuses the cached copy when it matches, so a large cycle is not sent,
 * parsed and validated again for every command. The database's revision stays the authority, so
 * the cache is right for several processes on one database too.
 */
export class RecordCache<V extends { revision: number }> {
  readonly #entries = new Map<string, V>();
  constructor(readonly size = 500) {}
  get(key: string, revision: number): V | undefined {
    const hit = this.#entries.get(key);
    if (!hit || hit.revision !== revision) return undefined;
    this.#entries.delete(key); // most recently used last
    this.#entries.set(key, hit);
    return hit;
  }
  /** Only ever with committed data. */
  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
  }
  clear(): void {
    this.#entries.clear();
  }
}

/** Runs one parameterised statement and returns its rows. */
export interface Sql {
  /** This database's cache of validated records (the same one inside its transactions). */
  readonly cache: RecordCache<any>;
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements with no parameters (migrations only). */
  exec(text: string): Promise<void>;
  /**
   * A parameter for a `text` column. PGlite takes large strings fastest as UTF-8 bytes (its
   * encoder measures strings character by character); PostgreSQL's driver takes the string.
   */
  text(value: string): unknown;
}

export interface Database extends Sql {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for each NOTIFY on `channel` (from this process or, on PostgreSQL, any other). */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
