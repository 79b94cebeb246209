/**
 * The real @spp/server for local_spp.test.ts, in its own process (run with --conditions=source,
 * like `npm run server`): its configuration from the command line and the environment (loadConfig,
 * as `spp-server` reads them), startServer, then the demo partnership (everyone with
 * first.last@riverside.example) and its year restored as `spp-server import` restores a backup.
 * Prints `listening <url>` once it answers; runs until SIGTERM. One process seeds and serves, so
 * PGlite opens once.
 */
import { DEFAULT_FRAMEWORK } from '@spp/core';
import { importPartnership } from '../../../../packages/server/src/backup';
import { loadConfig } from '../../../../packages/server/src/config';
import { startServer } from '../../../../packages/server/src/server';
import { demoData } from '../../../../test/hosts/support/demo-data';

const server = await startServer(loadConfig(process.argv.slice(2)), { log: () => {} });
const { partnership, documents } = demoData();
const at = new Date().toISOString();
const docs: Array<{ kind: string; id: string }> = [partnership, ...documents, structuredClone(DEFAULT_FRAMEWORK)];
await importPartnership(server.db, {
  format: 'spp-server-backup',
  version: 1,
  exportedAt: at,
  partnershipId: partnership.id,
  records: docs.map((doc) => ({ kind: doc.kind, id: doc.id, revision: 1, updatedAt: at, body: { ...doc, revision: 1, updatedAt: at } })),
  commands: [],
  devices: [],
});
console.log(`listening ${server.url}`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
