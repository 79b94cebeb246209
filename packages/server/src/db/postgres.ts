/**
 * The production driver: PostgreSQL through `postgres` (postgres.js). Server processes hold no
 * state of their own, so several can run on one database; NOTIFY carries changes between them.
 */
import postgres from 'postgres';
import { RecordCache, type Database, type Sql } from './driver';

export async function openPostgres(url: string, { max = 10 }: { max?: number } = {}): Promise<Database> {
  const sql = postgres(url, { max, onnotice: () => {}, prepare: true });
  await sql`select 1`; // fail at start, with the driver's message, when the database cannot be reached
  const cache = new RecordCache();
  const text = (value: string) => value;
  const asSql = (q: postgres.Sql | postgres.TransactionSql): Sql => ({
    cache,
    text,
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await q.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as Row[];
    },
    async exec(text: string) {
      await q.unsafe(text).simple();
    },
  });
  const base = asSql(sql);
  return {
    driver: 'postgres',
    cache,
    text,
    query: base.query,
    exec: base.exec,
    transaction: (work) => sql.begin((tx) => work(asSql(tx))) as Promise<never>,
    async listen(channel, onNotify) {
      const { unlisten } = await sql.listen(channel, onNotify);
      return unlisten;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
