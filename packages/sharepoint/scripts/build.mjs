// Builds the web part into one ES module: dist/spp-sharepoint.js (the web part, every widget, lit,
// @lit/context, @spp/core and zod/mini; minified; no eval, so it runs under a strict script CSP),
// its source map, and the web part manifest. That file is what goes into the app package
// (ClientSideAssets, or bundled by the SPFx wrapper in spfx/), so SharePoint serves it from a source
// its Content-Security-Policy trusts, and nothing is fetched from anywhere else at run time.
//
//   node packages/sharepoint/scripts/build.mjs            # from the built packages (npm run build first)
//   node packages/sharepoint/scripts/build.mjs --source   # from the TypeScript sources (no build needed)
//   node packages/sharepoint/scripts/build.mjs --out <dir>
//
// esbuild, with the root tsconfig (legacy decorators). Since core imports zod/mini per module, its
// output is the size of the rollup-built drop-in bundle (~518 kB minified) in well under a second.
// `buildSharePoint()` does the same for the host-page tests (test/e2e/hosts.test.ts).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = resolve(pkgDir, '../..');
export const WEB_PART_FILE = 'spp-sharepoint.js';

/**
 * @param {{ outDir?: string, source?: boolean }} [options]
 * @returns {Promise<{ file: string, bytes: number }>}
 */
export async function buildSharePoint({ outDir = join(pkgDir, 'dist'), source = false } = {}) {
  if (!source) {
    for (const built of ['packages/core/dist/index.js', 'packages/elements/dist/index.js']) {
      if (!existsSync(join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first, or build from the sources with --source`);
    }
  }
  mkdirSync(outDir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const file = join(outDir, WEB_PART_FILE);
  await build({
    entryPoints: [join(pkgDir, 'src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // `source`: @spp/core and @spp/elements from their .ts sources; otherwise their dist builds.
    conditions: source ? ['source'] : [],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    outfile: file,
    sourcemap: true,
    legalComments: 'none',
    banner: { js: `/*! ${pkg.name} ${pkg.version} (MIT) | bundles @spp/elements and @spp/core (MIT), lit and @lit/context (BSD-3-Clause, Google LLC), zod (MIT, Colin McDonnell) */` },
    // core's dist repeats `import 'zod/v4/locales/en.js'` as a bare import; zod marks it side-effect
    // free and core imports the same file by name anyway, so dropping the bare one changes nothing.
    logOverride: { 'ignored-bare-import': 'silent' },
    logLevel: 'error',
  });
  const code = readFileSync(file, 'utf8');
  if (/\bnew\s+Function\s*\(|\beval\s*\(/.test(code)) throw new Error(`${file} contains new Function( or eval(: it would break under a strict CSP`);
  copyFileSync(join(pkgDir, 'src/SppWebPart.manifest.json'), join(outDir, 'SppWebPart.manifest.json'));
  return { file, bytes: Buffer.byteLength(code) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : undefined;
  try {
    const started = performance.now();
    const { file, bytes } = await buildSharePoint({ outDir, source: args.includes('--source') });
    console.log(`${file.replace(repoRoot + '/', '')}: ${(bytes / 1024).toFixed(1)} kB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`@spp/sharepoint build: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
