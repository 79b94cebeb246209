// `npm start`: builds the demo page (demo-dist), then runs the shared server on its embedded
// database with the demo partnership (spp-server --demo, PGlite in ./.spp-data), serving the page
// and its API together on http://127.0.0.1:8787 (the page's service worker keeps it for offline
// use). Ctrl-C stops it; the server closes its database cleanly. `npm run demo` is the page on
// Vite's dev server instead (http://localhost:5173, /api forwarded to a server started apart).
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

await new Promise((resolve, reject) => {
  const build = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'demo/vite.config.mjs', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Building the demo page failed (exit ${code}).`))));
});
run('spp-server', ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', '--demo', '--port', port, '--data-dir', process.env.SPP_DATA_DIR ?? '.spp-data', '--static', 'demo-dist']);
