// `npm run build`: every build step, the independent ones in parallel (on a 2-core machine the build
// takes about as long as its slowest chain instead of the sum of all steps):
//
//   0. empty packages/{core,elements,server}/dist (stale modules or declarations never ship)
//   1. sync-exports   package.json exports/sideEffects + the autoloader map, from the define files
//   2. four chains in parallel:
//        rollup (core, elements, all-in-one bundle) -> size table (needs the rollup output)
//        tsc declarations (core, then elements)
//        cem analyze (custom-elements.json)         -> editor data + JSX typings (need the manifest)
//        esbuild: the server's command (packages/server/dist/cli.js, run by bin/spp-server.mjs) as
//        one ES module for Node; its packages stay imports (@spp/core resolves to core's dist)
//
// Output of each step is prefixed with its name. A failed step fails the build (exit 1) once the
// other chains have ended. Each step is also an npm script for running on its own: `build:exports`,
// `build:js` (sync + rollup), `build:types`, `build:editor` (analyze + editor data), `size`.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { elementsDist, root } from './widgets.mjs';

const bin = (name) => join(root, 'node_modules/.bin', name);
const node = (script) => [process.execPath, join(root, 'scripts', script)];
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Runs a command, prefixing its output lines with `[name]`; rejects when it fails. */
function run(name, [command, ...args], env = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    const prefix = (stream, out) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) out.write(`[${name}] ${line}\n`);
      });
      stream.on('end', () => rest.trim() && out.write(`[${name}] ${rest}\n`));
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`[${name}] done in ${seconds(started)} s`);
        resolve(undefined);
      } else reject(new Error(`${name} failed (exit ${code}) after ${seconds(started)} s`));
    });
  });
}

/** Runs chains of steps in parallel, each chain in order; waits for all, then fails with every error. */
async function parallel(chains) {
  const results = await Promise.allSettled(
    chains.map(async (chain) => {
      for (const [name, command, env] of chain) await run(name, command, env);
    }),
  );
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (errors.length) throw new Error(errors.join('; '));
}

const started = performance.now();
try {
  for (const dist of [join(root, 'packages/core/dist'), elementsDist, join(root, 'packages/server/dist')]) rmSync(dist, { recursive: true, force: true });
  await run('exports', node('sync-exports.mjs'));
  const tsc = bin('tsc');
  await parallel([
    [
      ['rollup', [bin('rollup'), '-c', 'rollup.config.mjs'], { SPP_DIST_CLEANED: '1' }],
      ['size', node('size-table.mjs')],
    ],
    [['types', ['sh', '-c', `"${tsc}" -p packages/core/tsconfig.build.json && "${tsc}" -p packages/elements/tsconfig.build.json`]]],
    [
      ['manifest', [bin('cem'), 'analyze', '--config', 'custom-elements-manifest.config.mjs']],
      ['editor', node('editor-data.mjs')],
    ],
    [
      [
        'server',
        [bin('esbuild'), 'packages/server/src/cli.ts', '--bundle', '--platform=node', '--format=esm', '--target=node20', '--packages=external', '--sourcemap', '--log-level=warning', '--outfile=packages/server/dist/cli.js'],
      ],
    ],
  ]);
  console.log(`build: done in ${seconds(started)} s`);
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
