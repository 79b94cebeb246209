// `npm start`: the shared server on its embedded database with the demo partnership
// (spp-server --demo, PGlite in ./.spp-data, http://127.0.0.1:8787), then the demo page on
// http://localhost:5173 (Vite, which forwards /api to the server). Ctrl-C stops both; the server
// closes its database cleanly.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.SPP_PORT ?? '8787';
const children = [];
let stopping = false;

function run(name, args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    stop(code ?? 1);
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('spp-server', ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--demo', '--port', port, '--data-dir', process.env.SPP_DATA_DIR ?? '.spp-data']);
// Wait until the server answers, so the page never meets a missing API.
for (let i = 0; i < 300 && !stopping; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) break;
  } catch {
    /* still starting (the first start creates the database, a few seconds) */
  }
  await new Promise((r) => setTimeout(r, 200));
}
if (!stopping) run('demo page', ['node_modules/vite/bin/vite.js', '--config', 'demo/vite.config.mjs'], { SPP_SERVER_URL: `http://127.0.0.1:${port}` });
