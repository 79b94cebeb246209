/**
 * `spp-server`: start the service, or back up and restore a partnership. Prints what it is doing
 * in plain words; exits non-zero with a one-line reason when it cannot start.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exportPartnership, importPartnership } from './backup';
import { ConfigError, HELP, loadConfig } from './config';
import { DataDirectoryInUseError } from './db/pglite';
import { NewerDatabaseError } from './db/migrations';
import { openDatabase, startServer } from './server';
import { migrate } from './db/migrations';
import { seedRecord } from './records';
import { parseDocument, SppError } from '@spp/core';
import { DEMO_NOTICE } from './app';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const storage = (args: string[]) => ({
  dataDir: option(args, 'data-dir') ?? process.env['SPP_DATA_DIR'] ?? './.spp-data',
  ...(process.env['DATABASE_URL'] ? { databaseUrl: process.env['DATABASE_URL'] } : {}),
});

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'export') {
    const partnershipId = option(rest, 'partnership');
    if (!partnershipId) throw new ConfigError('Say which partnership to export: spp-server export --partnership ID [--out FILE].');
    const db = await openDatabase(storage(rest));
    try {
      const backup = JSON.stringify(await exportPartnership(db, partnershipId), null, 1);
      const out = option(rest, 'out');
      if (out) writeFileSync(out, backup);
      else process.stdout.write(backup + '\n');
    } finally {
      await db.close();
    }
    return 0;
  }
  if (command === 'import') {
    const file = rest.find((a) => !a.startsWith('--') && a !== option(rest, 'data-dir'));
    if (!file) throw new ConfigError('Say which backup to restore: spp-server import FILE.');
    const db = await openDatabase(storage(rest));
    try {
      const result = await importPartnership(db, JSON.parse(readFileSync(file, 'utf8')));
      console.log(`Restored ${result.partnershipId}: ${result.records} records, ${result.commands} logged changes.`);
    } finally {
      await db.close();
    }
    return 0;
  }
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  if (command === 'add-partnership') {
    // A trust's partnership starts as one JSON file (schools, people with their sign-in emails,
    // roles): checked by core, stored with an empty year; everything after that is commands.
    const file = rest.find((a) => !a.startsWith('--') && a !== option(rest, 'data-dir'));
    if (!file) throw new ConfigError('Say which partnership file to add: spp-server add-partnership FILE.');
    const partnership = parseDocument(JSON.parse(readFileSync(file, 'utf8')), 'partnership');
    const db = await openDatabase(storage(rest));
    try {
      if (db.driver === 'postgres') await migrate(db);
      const added = await db.transaction(async (tx) => {
        const [existing] = await tx.query('SELECT 1 FROM spp_partnerships WHERE partnership_id = $1', [partnership.id]);
        if (existing) return false;
        await seedRecord(tx, partnership.id, partnership);
        return true;
      });
      console.log(added ? `Added ${partnership.name} (${partnership.id}): ${partnership.schools.length} schools, ${partnership.people.length} people.` : `${partnership.id} is already on this server; nothing was changed.`);
      return added ? 0 : 1;
    } finally {
      await db.close();
    }
  }
  const config = loadConfig(argv);
  const server = await startServer(config);
  console.log(`spp-server is listening on ${server.url} (${server.db.driver === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}).`);
  if (config.demo) console.log(DEMO_NOTICE);
  if (config.staticDir) console.log(`Open ${server.url}/ in a browser.`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      console.log(`Received ${signal}: finishing open requests and closing the database…`);
      server.close().then(resolve, (error) => {
        console.error(error);
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  console.log('Stopped.');
  return 0;
}

const KNOWN = [ConfigError, DataDirectoryInUseError, NewerDatabaseError];

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (KNOWN.some((Known) => error instanceof Known) || error instanceof SppError || error instanceof SyntaxError || (error instanceof Error && /backup|partnership|ECONNREFUSED|ENOENT/.test(error.message))) {
      console.error(`spp-server: ${(error as Error).message}`);
    } else console.error('spp-server could not start:', error);
    process.exit(1);
  },
);
