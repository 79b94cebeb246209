#!/usr/bin/env node
// The installed command runs the built server (npm run build writes packages/server/dist).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('spp-server: the server is not built yet. Run `npm run build` in the repository first.');
  process.exit(1);
}
await import(built.href);
