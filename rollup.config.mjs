// Library builds of the workspace packages: ESM JavaScript only. Declarations come from `tsc`
// (`npm run build:types`, per-package tsconfig.build.json); `npm run build` runs both.
//
// - @spp/core     -> packages/core/dist/{index,demo}.js (+ shared chunks in dist/chunks/)
// - @spp/elements -> packages/elements/dist/**, one output module per source module, so every
//                    widget's `*.define.js` / component file is its own entry point (the
//                    `@spp/elements/<widget>` subpaths, the autoloader and the index).
// - the drop-in     -> packages/elements/dist/spp-elements.bundle.js: one minified ES module with
//                    lit, @lit/context, @spp/core, zod/mini and every widget, for
//                    `<script type="module" src=".../spp-elements.bundle.js">` (no bundler needed).
//
// In the library builds every dependency stays external (consumers' bundlers dedupe lit, zod and
// @spp/core). A bare import that is not a declared dependency fails the build instead of being
// silently left unresolved. The configs run in order: the bundle goes into the dist folder the
// elements build has just emptied.
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FILE, listWidgets } from './scripts/widgets.mjs';

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

/**
 * Empties a dist folder before a one-off `rollup -c` so removed modules never linger in a package.
 * Leaves `dist/types/` (tsc's) alone.
 */
function cleanDist(dir) {
  return {
    name: 'clean-dist',
    buildStart() {
      // SPP_DIST_CLEANED: scripts/build.mjs emptied dist before starting rollup alongside the steps
      // that also write there (editor data), which this must not delete.
      if (this.meta.watchMode || process.env.SPP_DIST_CLEANED || !existsSync(dir)) return;
      for (const entry of readdirSync(dir)) if (entry !== 'types') rmSync(join(dir, entry), { recursive: true, force: true });
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

// The all-in-one bundle: src/index.ts (the API: setStrings, SppElement, events, …) plus every widget's
// define module (index.ts does not import all of them), so the bundle defines every widget.
const BUNDLE_ENTRY = '\0spp-elements-bundle';
const elementsPkg = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));

// A page without a build step connects the widgets to its storage with the bundle's own copy of
// core: a second copy (e.g. from a CDN) would not share the widgets' error classes, so a save
// conflict would not be recognised as one.
const CORE_STORAGE_EXPORTS =
  "export { createStore, memoryAdapter, indexedDbAdapter, httpAdapter, localStorageQueue, memoryQueue, ConflictError, StorageFailedError, UnreadableRecordError, WrongPartnershipError } from '@spp/core';";

function bundleEntry() {
  const widgets = listWidgets();
  const modules = [join(elementsSrc, 'index.ts'), ...widgets.map((w) => w.defineFile)];
  const dts = ['./types/index.js', ...widgets.map((w) => w.typesPath.replace('./dist/', './').replace(/\.d\.ts$/, '.js'))];
  return {
    name: 'spp-bundle-entry',
    resolveId: (id) => (id === BUNDLE_ENTRY ? id : null),
    load: (id) => (id === BUNDLE_ENTRY ? [...modules.map((m) => `export * from ${JSON.stringify(m)};`), CORE_STORAGE_EXPORTS].join('\n') : null),
    generateBundle() {
      // Declarations for `@spp/elements/bundle`: the same exports, from dist/types (tsc).
      this.emitFile({
        type: 'asset',
        fileName: BUNDLE_FILE.replace(/\.js$/, '.d.ts'),
        source: `// The exports of ${BUNDLE_FILE}: the index, every widget's define module and core's storage.\n${dts.map((d) => `export * from '${d}';`).join('\n')}\n${CORE_STORAGE_EXPORTS}\n`,
      });
    },
  };
}

/** Fails the bundle if anything would compile code from strings: it must run under a CSP without 'unsafe-eval'. */
function noEval() {
  return {
    name: 'spp-no-eval',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /\bnew\s+Function\s*\(|\beval\s*\(/.test(chunk.code)) {
          this.error(`${chunk.fileName} contains new Function( or eval(: it would break under a strict CSP`);
        }
      }
    },
  };
}

/** @type {import('rollup').RollupOptions} */
const bundle = {
  input: BUNDLE_ENTRY,
  plugins: [
    bundleEntry(),
    // `source`: @spp/core from its .ts sources (no dependency on the order of the builds above);
    // lit's `default` condition is its production build (no dev-mode warnings).
    nodeResolve({ browser: true, exportConditions: ['source'], extensions: ['.ts', '.mjs', '.js'] }),
    esbuild({ tsconfig, target: TARGET, sourceMap: true }),
    // One compress pass: a second costs ~15% more time and saved nothing measurable here.
    terser({
      ecma: 2020,
      module: true,
      format: { comments: false, preamble: `/*! @spp/elements ${elementsPkg.version} (MIT) | bundles lit and @lit/context (BSD-3-Clause, Google LLC), zod (MIT, Colin McDonnell) */` },
    }),
    noEval(),
  ],
  onwarn(warning, warn) {
    // zod's own circular imports and comment placement: its business, harmless in the bundle.
    const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('/node_modules/'));
    if (inDependency && (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION')) return;
    onwarn(warning, warn);
  },
  output: {
    file: join(elementsDist, BUNDLE_FILE),
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
};

export default [core, elements, bundle];
