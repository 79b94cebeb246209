/**
 * The two database drivers behind one small interface: PGlite (PostgreSQL compiled to WASM, in a
 * directory, for one server process) and PostgreSQL (for production, many processes). The SQL is
 * the same for both; every statement takes its values as parameters, never spliced into the text.
 */

/** Runs one parameterised statement and returns its rows. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements with no parameters (migrations only). */
  exec(text: string): Promise<void>;
}

export interface Database extends Sql {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for each NOTIFY on `channel` (from this process or, on PostgreSQL, any other). */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
