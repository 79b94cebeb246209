/**
 * The drop-in bundle the host pages load: `packages/elements/dist/spp-elements.bundle.js`, built by
 * `npm run build`. The host tests check what a trust deploys, so they use that file.
 *
 * For a quick check of the sources without a full build, `SPP_HOSTS_TEMP_BUNDLE=1` bundles them
 * with esbuild into a temporary folder instead (the same entry as the real bundle: the index and
 * every widget's define module; minified ES module). It is never used silently.
 */
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const BUNDLE_FILE = 'spp-elements.bundle.js';
export const distDir = join(repoRoot, 'packages/elements/dist');

export interface BundleLocation {
  /** The folder holding spp-elements.bundle.js. */
  dir: string;
  /** True when built by this test run from the sources (SPP_HOSTS_TEMP_BUNDLE=1). */
  temporary: boolean;
  /** A note for the test output: which file, how old. */
  note: string;
}

/** Finds the built bundle, or builds a temporary one when SPP_HOSTS_TEMP_BUNDLE=1; else throws a clear message. */
export async function locateBundle(): Promise<BundleLocation> {
  const built = join(distDir, BUNDLE_FILE);
  if (process.env['SPP_HOSTS_TEMP_BUNDLE'] === '1') return buildTemporaryBundle();
  if (existsSync(built)) {
    const age = Math.round((Date.now() - statSync(built).mtimeMs) / 60_000);
    return { dir: distDir, temporary: false, note: `${relative(repoRoot, built)} (built ${age} min ago)` };
  }
  throw new Error(
    `${relative(repoRoot, built)} is missing: run \`npm run build\` first (the host pages load the built bundle, exactly as a trust deploys it). ` +
      'For a quick check of the sources without a build, run with SPP_HOSTS_TEMP_BUNDLE=1.',
  );
}

async function buildTemporaryBundle(): Promise<BundleLocation> {
  const { build } = await import('esbuild');
  const src = join(repoRoot, 'packages/elements/src');
  const defines = readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(src, d.name)).filter((f) => f.endsWith('.define.ts')).map((f) => `./${d.name}/${f}`))
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'spp-hosts-bundle-'));
  await build({
    stdin: { contents: ['./index.ts', ...defines].map((m) => `export * from ${JSON.stringify(m)};`).join('\n'), resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    outfile: join(dir, BUNDLE_FILE),
    sourcemap: true,
    logLevel: 'error',
  });
  return { dir, temporary: true, note: `temporary esbuild bundle of the sources in ${dir} (SPP_HOSTS_TEMP_BUNDLE=1): not the file a trust deploys` };
}
