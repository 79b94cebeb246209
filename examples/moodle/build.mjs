// Builds the local_spp plugin's browser module: local_spp/js/spp-moodle.js, one self-contained
// minified ES module with the plugin's start-up code (src/), every SPP widget, lit, @lit/context,
// @spp/core and zod/mini. One file, one copy of the SDK: the store the plugin opens (IndexedDB or
// the trust's HTTP API) is the same code the widgets use, so they recognise its errors (a save
// conflict, an unreadable record) by class. No eval, no inline script: it runs under a strict CSP,
// and being an ES module it never meets Moodle's RequireJS (`define.amd`).
//
//   npm run build && node examples/moodle/build.mjs          # from the built packages
//   node examples/moodle/build.mjs --source                  # from the TypeScript sources
//   node examples/moodle/build.mjs --out <dir>
//
// esbuild with the root tsconfig, like packages/sharepoint/scripts/build.mjs (same size as the
// rollup-built drop-in bundle, in well under a second).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../..');
export const MODULE_FILE = 'spp-moodle.js';

/**
 * @param {{ outDir?: string, source?: boolean }} [options]
 * @returns {Promise<{ file: string, bytes: number }>}
 */
export async function buildMoodle({ outDir = join(here, 'local_spp/js'), source = false } = {}) {
  if (!source) {
    for (const built of ['packages/core/dist/index.js', 'packages/elements/dist/index.js']) {
      if (!existsSync(join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first, or build from the sources with --source`);
    }
  }
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, MODULE_FILE);
  await build({
    entryPoints: [join(here, 'src/spp-moodle.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: source ? ['source'] : [],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    outfile: file,
    sourcemap: true,
    legalComments: 'none',
    banner: { js: '/*! local_spp (MIT) | bundles @spp/elements and @spp/core (MIT), lit and @lit/context (BSD-3-Clause, Google LLC), zod (MIT, Colin McDonnell) */' },
    // core's dist repeats `import 'zod/v4/locales/en.js'` bare; it imports the same file by name too.
    logOverride: { 'ignored-bare-import': 'silent' },
    logLevel: 'error',
  });
  const code = readFileSync(file, 'utf8');
  if (/\bnew\s+Function\s*\(|\beval\s*\(/.test(code)) throw new Error(`${file} contains new Function( or eval(: it would break under a strict CSP`);
  if (/\bdefine\s*\.\s*amd\b|typeof\s+define\b/.test(code)) throw new Error(`${file} looks for AMD's define: Moodle's RequireJS would capture it`);
  return { file, bytes: Buffer.byteLength(code) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  try {
    const started = performance.now();
    const { file, bytes } = await buildMoodle({ outDir: outAt >= 0 ? resolve(args[outAt + 1]) : undefined, source: args.includes('--source') });
    console.log(`${file.replace(repoRoot + '/', '')}: ${(bytes / 1024).toFixed(1)} kB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`local_spp build: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
