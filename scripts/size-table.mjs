// Size table of what a page downloads, from the BUILT packages (run after `rollup -c`): prints it and
// writes packages/elements/dist/sizes.md and sizes.json. Run by `npm run build`; alone: `npm run size`.
//
// Each entry is bundled in memory with rollup (node-resolve, tree-shaking: it drops unused members of
// namespace imports such as zod's `z`, which esbuild's bundler keeps whole) and minified with
// esbuild's `transform`, then gzipped with zlib level 9:
// - core: `@spp/core`'s whole API with zod/mini, except the `z` re-export (a namespace that, kept
//   whole, retains all of zod/mini and its ~40 locales: ~110 kB gzipped);
// - lit: lit + lit/decorators.js + @lit/context alone, the baseline every widget shares;
// - each widget entry (`@spp/elements/<widget>`), "over Lit": its bundle minus the Lit baseline,
//   i.e. the widget, the shared element code and the parts of core and zod it uses;
// - the autoloader alone (its widget imports left out: those load on demand);
// - the all-in-one bundle: dist/spp-elements.bundle.js as built by rollup + terser.
// Budgets (benchmark issue) are printed next to the figures; a miss is reported, not an error (yet).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_FILE, elementsDist, listWidgets, requireFile, root } from './widgets.mjs';

const KB = 1000;
const BUDGETS = { core: 15 * KB, widget: 12 * KB, bundle: 60 * KB };
const gz = (code) => gzipSync(code, { level: 9 }).length;

let cache; // parsed modules, shared between the builds below (they are run one after another)
const ENTRY = '\0size-entry';

/** Bundles the ES module `contents` with every dependency except `external`; returns minified code. */
async function bundle(contents, external = []) {
  const build = await rollup({
    input: ENTRY,
    cache,
    external,
    plugins: [
      { name: 'size-entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? contents : null) },
      nodeResolve({ browser: true, rootDir: root }),
    ],
    onwarn: () => {},
  });
  cache = build.cache;
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  const { code } = await transform(output[0].code, { minify: true, target: 'es2022', format: 'esm', legalComments: 'none' });
  return code;
}

const coreDist = requireFile(join(root, 'packages/core/dist/index.js'));
const coreNames = Object.keys(await import(pathToFileURL(coreDist).href)).filter((name) => name !== 'z');
const widgets = listWidgets();
const file = (path) => JSON.stringify(requireFile(join(elementsDist, path.replace(/^\.\/dist\//, ''))));

const core = await bundle(`export { ${coreNames.join(', ')} } from ${JSON.stringify(coreDist)};`);
const lit = await bundle(`export * from 'lit'; export * from 'lit/decorators.js'; export * from '@lit/context';`);
const autoloader = await bundle(`export * from ${file('autoloader.js')};`, (id) => /\.define(\.js)?$/.test(id));
const widgetCodes = [];
for (const w of widgets) widgetCodes.push(await bundle(`export * from ${file(w.distPath)};`));
const allInOne = readFileSync(requireFile(join(elementsDist, BUNDLE_FILE)), 'utf8');

const measure = (code) => ({ min: code.length, gzip: gz(code) });

const litSize = measure(lit);
const rows = [
  { entry: '@spp/core', what: 'every export but `z`, with zod/mini', ...measure(core), budget: BUDGETS.core },
  { entry: 'lit + @lit/context', what: 'baseline shared by every widget', ...litSize, budget: null },
  ...widgets.map((w, i) => {
    const size = measure(widgetCodes[i]);
    return {
      entry: `@spp/elements/${w.name}`,
      what: `${w.tags.map((t) => `<${t.tag}>`).join(', ')} over Lit`,
      min: size.min - litSize.min,
      gzip: size.gzip - litSize.gzip,
      withLit: size.gzip,
      budget: BUDGETS.widget,
    };
  }),
  { entry: '@spp/elements/autoloader', what: 'the loader alone (widgets load on demand)', ...measure(autoloader), budget: null },
  { entry: `dist/${BUNDLE_FILE}`, what: 'all-in-one: lit, core, zod/mini, every widget', ...measure(allInOne), budget: BUDGETS.bundle },
].map((row) => ({ ...row, withinBudget: row.budget === null ? null : row.gzip <= row.budget }));

const kb = (n) => `${(n / KB).toFixed(1)} kB`;
const table = [
  '| Entry | What | Minified | Gzipped | Budget (gzipped) |',
  '| --- | --- | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| \`${r.entry}\` | ${r.what} | ${kb(r.min)} | ${kb(r.gzip)}${r.withLit ? ` (${kb(r.withLit)} with Lit)` : ''} | ${
        r.budget === null ? '' : `≤ ${kb(r.budget)} ${r.withinBudget ? 'ok' : `**over by ${kb(r.gzip - r.budget)}**`}`
      } |`,
  ),
].join('\n');

const note =
  'Gzip level 9. Each entry bundled with its dependencies by rollup and minified by esbuild. Widget rows: the widget entry minus lit + @lit/context bundled alone. ' +
  'The all-in-one row is the shipped file (rollup + terser). Regenerate: `npm run build` (or `npm run size` after a build).';
writeFileSync(join(elementsDist, 'sizes.md'), `${table}\n\n${note}\n`);
writeFileSync(
  join(elementsDist, 'sizes.json'),
  `${JSON.stringify({ unit: 'bytes', gzipLevel: 9, budgets: BUDGETS, entries: rows }, null, 2)}\n`,
);

console.log(table);
const misses = rows.filter((r) => r.withinBudget === false);
if (misses.length) console.log(`size: ${misses.length} over budget: ${misses.map((r) => r.entry).join(', ')} (reported only)`);
