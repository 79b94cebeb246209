// Library builds of the workspace packages: ESM JavaScript only. Declarations come from `tsc`
// (`npm run build:types`, per-package tsconfig.build.json); `npm run build` runs both.
//
// - @spp/core     -> packages/core/dist/{index,demo}.js (+ shared chunks in dist/chunks/)
// - @spp/elements -> packages/elements/dist/**, one output module per source module, so every
//                    widget's `*.define.js` / component file is its own entry point.
//
// Every dependency stays external (consumers' bundlers dedupe lit, zod and @spp/core). A bare import
// that is not a declared dependency fails the build instead of being silently left unresolved.
// No all-in-one CDN bundle here yet.
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
// esbuild reads experimentalDecorators / useDefineForClassFields from here; without the tsconfig
// option it would compile Lit's decorators as standard decorators.
const tsconfig = join(root, 'tsconfig.json');
const TARGET = 'es2022';

/** Recursive readdir (fs.globSync is Node 22+, we run on Node 20). Sorted for stable output. */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
    })
    .sort();
}

/** Source modules that ship: `.ts`, but not tests, stories or hand-written declarations. */
const isShippedSource = (file) => file.endsWith('.ts') && !/\.(test|stories|d)\.ts$/.test(file);

/** External: each declared dependency (and its subpaths, e.g. `lit/decorators.js`, `zod/mini`). */
function externals(pkgDir, extra = []) {
  const pkg = JSON.parse(readFileSync(join(root, pkgDir, 'package.json'), 'utf8'));
  const names = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), ...extra]);
  return (id) => [...names].some((name) => id === name || id.startsWith(`${name}/`));
}

/** Empties a dist folder before a one-off build so removed modules never linger in a package. */
function cleanDist(dir) {
  return {
    name: 'clean-dist',
    buildStart() {
      if (!this.meta.watchMode) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Unresolved bare imports would end up as runtime imports of undeclared packages: make them errors. */
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${warning.message} (not a declared dependency?)`);
  if (warning.code === 'EMPTY_BUNDLE') return; // type-only modules (e.g. an `export {}` index) are fine
  warn(warning);
}

const plugins = (distDir) => [cleanDist(distDir), esbuild({ tsconfig, target: TARGET, sourceMap: true })];

const coreDist = join(root, 'packages/core/dist');
const elementsSrc = join(root, 'packages/elements/src');
const elementsDist = join(root, 'packages/elements/dist');

/** @type {import('rollup').RollupOptions} */
const core = {
  input: {
    index: join(root, 'packages/core/src/index.ts'),
    demo: join(root, 'packages/core/src/demo/index.ts'),
  },
  external: externals('packages/core', ['zod']),
  plugins: plugins(coreDist),
  onwarn,
  output: {
    dir: coreDist,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
};

/** @type {import('rollup').RollupOptions} */
const elements = {
  // Every shipped module is an entry so each widget can be imported (and defined) on its own.
  input: listFiles(elementsSrc).filter(isShippedSource),
  external: externals('packages/elements', ['lit', '@lit/context', '@spp/core', 'zod']),
  plugins: plugins(elementsDist),
  onwarn,
  output: {
    dir: elementsDist,
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: elementsSrc, // i.e. packages/elements/src
    entryFileNames: '[name].js',
  },
};

export default [core, elements];
