// Bundle sizes, gzipped at level 9, measured with esbuild from the TypeScript sources (`source`
// condition, root tsconfig), minified, every dependency bundled:
//
// - `@spp/core`: packages/core/src/index.ts as an entry, i.e. everything it exports, zod/mini included;
// - the Lit baseline: lit + lit/decorators.js + @lit/context bundled alone;
// - each widget entry (packages/elements/src/<w>/<w>.define.ts) "over Lit": its bundle minus the baseline;
// - the all-in-one bundle: src/index.ts plus every widget's define module in one bundle (the same
//   entry as the shipped dist/spp-elements.bundle.js, which rollup builds).
//
// Each bundle also gets a metafile breakdown (minified bytes by origin) naming the biggest
// contributors, and, without a verdict, its marginal size: core without zod, and each widget over
// Lit *and* core (what one more widget adds to a page that already has another).
// When `npm run build` has written packages/elements/dist/sizes.json (scripts/size-table.mjs,
// rollup), its figures are shown next to ours for comparison; the verdicts use ours.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildBase, rel, root } from './paths.mjs';

export const KB = 1000;
export const SIZE_BUDGETS = { core: 15 * KB, widget: 12 * KB, bundle: 60 * KB };

const elementsSrc = join(root, 'packages/elements/src');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Every `src/<folder>/<name>.define.ts`, sorted by name. */
export function listWidgetEntries() {
  const out = [];
  for (const folder of readdirSync(elementsSrc, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(elementsSrc, folder.name))) {
      if (file.endsWith('.define.ts')) out.push({ name: file.slice(0, -'.define.ts'.length), file: join(elementsSrc, folder.name, file) });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Where an input of the metafile comes from, for the breakdown. */
function origin(input) {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = input.slice(nm + 'node_modules/'.length);
    const parts = rest.split('/');
    const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    if (pkg === 'zod') return rest.includes('/locales/') && !rest.endsWith('/locales/en.js') ? 'zod: locales other than en' : 'zod (mini, core, en)';
    if (pkg === 'lit' || pkg === 'lit-html' || pkg === 'lit-element' || pkg === '@lit/reactive-element') return 'lit';
    return pkg;
  }
  if (input.startsWith('packages/core/src/')) return '@spp/core';
  if (input.startsWith('packages/elements/src/shared/')) return '@spp/elements shared';
  const m = /^packages\/elements\/src\/([^/]+)\//.exec(input);
  if (m) return `@spp/elements ${m[1]}`;
  return input.startsWith('<') ? '(entry)' : input;
}

async function bundle(entry, { external = [] } = {}) {
  const input = typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: root, loader: 'ts', sourcefile: '<entry>' } };
  const result = await build({ ...esbuildBase, ...input, platform: 'browser', minify: true, write: false, metafile: true, external, outfile: 'out.js' });
  const code = result.outputFiles[0].contents;
  const [output] = Object.values(result.metafile.outputs);
  const byOrigin = {};
  for (const [path, info] of Object.entries(output.inputs)) {
    if (!info.bytesInOutput) continue;
    const o = origin(path);
    byOrigin[o] = (byOrigin[o] ?? 0) + info.bytesInOutput;
  }
  const biggestFiles = Object.entries(output.inputs)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .filter((f) => f.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  return { min: code.length, gzip: gz(code), byOrigin, biggestFiles, exports: output.exports };
}

const top = (byOrigin, n = 4) =>
  Object.entries(byOrigin)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, bytes]) => ({ name, minBytes: bytes }));

/** The size table of `npm run build`, when present, by entry name. */
function readBuildTable() {
  const file = join(root, 'packages/elements/dist/sizes.json');
  if (!existsSync(file)) return undefined;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const byEntry = new Map(json.entries.map((e) => [e.entry, e.gzip]));
    return { file: rel(file), writtenAt: statSync(file).mtime.toISOString(), byEntry };
  } catch {
    return undefined;
  }
}

export async function runSizes(log = () => {}) {
  const started = performance.now();
  const widgets = listWidgetEntries();
  const allInOne = {
    contents: [join(elementsSrc, 'index.ts'), ...widgets.map((w) => w.file)].map((f) => `export * from ${JSON.stringify(f)};`).join('\n'),
  };
  const litEntry = { contents: "export * from 'lit';\nexport * from 'lit/decorators.js';\nexport * from '@lit/context';" };

  const coreIndex = join(root, 'packages/core/src/index.ts');
  // Marginal sizes: the shared dependencies left out of the bundle (esbuild keeps the imports).
  const withoutZod = { external: ['zod', 'zod/*'] };
  const withoutLitAndCore = { external: ['lit', 'lit/*', '@lit/*', '@spp/core', 'zod', 'zod/*'] };
  const [core, coreOwn, lit, all] = await Promise.all([bundle(coreIndex), bundle(coreIndex, withoutZod), bundle(litEntry), bundle(allInOne)]);
  const widgetSizes = [];
  for (const w of widgets) {
    const [own, marginal] = await Promise.all([bundle(w.file), bundle(w.file, withoutLitAndCore)]);
    widgetSizes.push({ w, own, marginal });
  }
  const buildTable = readBuildTable();
  const fromBuild = (entry) => buildTable?.byEntry.get(entry);

  const rows = [
    {
      id: 'core',
      entry: '@spp/core',
      what: 'packages/core/src/index.ts, every export, zod/mini included',
      min: core.min,
      gzip: core.gzip,
      budget: SIZE_BUDGETS.core,
      marginalGzip: coreOwn.gzip,
      marginalWhat: 'without zod',
      buildGzip: fromBuild('@spp/core'),
      top: top(core.byOrigin),
      biggestFiles: core.biggestFiles,
    },
    { id: 'lit', entry: 'lit + @lit/context', what: 'lit, lit/decorators.js, @lit/context: the baseline subtracted from widgets', min: lit.min, gzip: lit.gzip, budget: null, top: top(lit.byOrigin) },
    ...widgetSizes.map(({ w, own, marginal }) => ({
      id: `widget:${w.name}`,
      entry: `@spp/elements/${w.name}`,
      what: `${rel(w.file)} over Lit (${(own.gzip / KB).toFixed(1)} kB with Lit)`,
      min: own.min - lit.min,
      gzip: own.gzip - lit.gzip,
      withLitGzip: own.gzip,
      budget: SIZE_BUDGETS.widget,
      marginalGzip: marginal.gzip,
      marginalWhat: 'over Lit and core',
      buildGzip: fromBuild(`@spp/elements/${w.name}`),
      top: top(own.byOrigin),
    })),
    {
      id: 'all-in-one',
      entry: 'all-in-one',
      what: 'src/index.ts + every define module: lit, @lit/context, core, zod/mini, every widget',
      min: all.min,
      gzip: all.gzip,
      budget: SIZE_BUDGETS.bundle,
      buildGzip: fromBuild('dist/spp-elements.bundle.js'),
      top: top(all.byOrigin, 6),
      biggestFiles: all.biggestFiles,
    },
  ].map((r) => ({ ...r, pass: r.budget === null ? null : r.gzip <= r.budget }));

  const seconds = (performance.now() - started) / 1000;
  log(`sizes: ${rows.length} bundles measured in ${seconds.toFixed(1)} s`);
  return { method: 'esbuild', seconds, buildTable: buildTable ? { file: buildTable.file, writtenAt: buildTable.writtenAt } : null, rows };
}
