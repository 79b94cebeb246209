// Builds one self-contained ES module for a host integration (the SharePoint web part, the Moodle
// plugin): its start-up code, every SPP widget, lit, @lit/context, @spp/core and zod/mini, minified,
// with a source map. One file, one copy of the SDK: the store the host code opens is the same code
// the widgets use, so they recognise its errors (a save conflict, an unreadable record) by class.
// esbuild with the root tsconfig (legacy decorators): the size of the rollup-built drop-in bundle,
// in well under a second. Fails when the output would break under a strict script CSP.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * @param {{ entry: string, file: string, banner: string, source?: boolean }} options
 *   `source`: @spp/core and @spp/elements from their .ts sources; otherwise their dist builds.
 * @returns {Promise<{ file: string, bytes: number, code: string }>}
 */
export async function buildHostModule({ entry, file, banner, source = false }) {
  if (!source) {
    for (const built of ['packages/core/dist/index.js', 'packages/elements/dist/index.js']) {
      if (!existsSync(join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first, or build from the sources with --source`);
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  await build({
    entryPoints: [entry],
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
    banner: { js: banner },
    // core's dist repeats `import 'zod/v4/locales/en.js'` as a bare import; zod marks it side-effect
    // free and core imports the same file by name anyway, so dropping the bare one changes nothing.
    logOverride: { 'ignored-bare-import': 'silent' },
    logLevel: 'error',
  });
  const code = readFileSync(file, 'utf8');
  if (/\bnew\s+Function\s*\(|\beval\s*\(/.test(code)) throw new Error(`${file} contains new Function( or eval(: it would break under a strict CSP`);
  return { file, bytes: Buffer.byteLength(code), code };
}

/** The command line of a host build script: `[--source] [--out <dir>]`, a one-line report, exit 1 on failure. */
export async function runHostBuild(name, buildFn) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  try {
    const started = performance.now();
    const { file, bytes } = await buildFn({ outDir: outAt >= 0 ? resolve(args[outAt + 1]) : undefined, source: args.includes('--source') });
    console.log(`${file.replace(repoRoot + '/', '')}: ${(bytes / 1024).toFixed(1)} kB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`${name} build: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
