// Size table of what a page downloads, from the BUILT packages (run after `rollup -c`): prints it and
// writes packages/elements/dist/sizes.md and sizes.json. Run by `npm run build`; alone: `npm run size`;
// `npm run size -- --docs` also pastes the table into docs/distribution.md.
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
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { BUNDLE_FILE, elementsDist, listWidgets, requireFile, root } from './widgets.mjs';

const KB = 1000;
const BUDGETS = { core: 15 * KB, widget: 12 * KB, bundle: 60 * KB };
const gz = (code) => gzipSync(code, { level: 9 }).length;

const ENTRY = '\0size-entry';
const DEFINE_MODULE = /\.define(\.js)?$/;
let cache; // parsed modules, shared between the builds of one thread (run one after another)

/** Bundles the ES module `contents` (every dependency, or not the define modules); returns minified code. */
async function bundle(contents, { externalDefines = false } = {}) {
  const build = await rollup({
    input: ENTRY,
    cache,
    external: externalDefines ? (id) => DEFINE_MODULE.test(id) : [],
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

const measure = (code) => ({ min: code.length, gzip: gz(code) });

/** Measures jobs `{ key, contents, externalDefines }` one after another: `{ [key]: { min, gzip } }`. */
async function measureAll(jobs) {
  const sizes = {};
  for (const job of jobs) sizes[job.key] = measure(await bundle(job.contents, job));
  return sizes;
}

if (!isMainThread) {
  parentPort?.postMessage(await measureAll(workerData));
  process.exit(0);
}

const coreDist = requireFile(join(root, 'packages/core/dist/index.js'));
const coreNames = Object.keys(await import(pathToFileURL(coreDist).href)).filter((name) => name !== 'z');
const widgets = listWidgets();
const file = (path) => JSON.stringify(requireFile(join(elementsDist, path.replace(/^\.\/dist\//, ''))));

const jobs = [
  { key: 'core', contents: `export { ${coreNames.join(', ')} } from ${JSON.stringify(coreDist)};` },
  { key: 'lit', contents: `export * from 'lit'; export * from 'lit/decorators.js'; export * from '@lit/context';` },
  { key: 'autoloader', contents: `export * from ${file('autoloader.js')};`, externalDefines: true },
  ...widgets.map((w) => ({ key: `widget:${w.name}`, contents: `export * from ${file(w.distPath)};` })),
];
// Two threads on a machine with two cores or more: the builds are CPU-bound and independent.
const threads = Math.max(1, Math.min(Number(process.env.SPP_SIZE_THREADS) || 2, availableParallelism()));
const shares = Array.from({ length: threads }, (_, i) => jobs.filter((_, j) => j % threads === i));
const results = await Promise.all(
  shares.map(
    (share, i) =>
      i === 0
        ? measureAll(share)
        : new Promise((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: share });
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => code !== 0 && reject(new Error(`size worker exited with ${code}`)));
          }),
  ),
);
const sizes = Object.assign({}, ...results);
const allInOne = readFileSync(requireFile(join(elementsDist, BUNDLE_FILE)), 'utf8');

const litSize = sizes.lit;
const rows = [
  { entry: '@spp/core', what: 'every export but `z`, with zod/mini', ...sizes.core, budget: BUDGETS.core },
  { entry: 'lit + @lit/context', what: 'baseline shared by every widget', ...litSize, budget: null },
  ...widgets.map((w) => {
    const size = sizes[`widget:${w.name}`];
    return {
      entry: `@spp/elements/${w.name}`,
      what: `${w.tags.map((t) => `\`<${t.tag}>\``).join(', ')} over Lit`,
      min: size.min - litSize.min,
      gzip: size.gzip - litSize.gzip,
      withLit: size.gzip,
      budget: BUDGETS.widget,
    };
  }),
  { entry: '@spp/elements/autoloader', what: 'the loader alone (widgets load on demand)', ...sizes.autoloader, budget: null },
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
if (process.argv.includes('--docs')) {
  // Pastes the table into docs/distribution.md between its `sizes` markers.
  const docs = join(root, 'docs/distribution.md');
  const text = readFileSync(docs, 'utf8');
  const start = '<!-- sizes:start -->';
  const end = '<!-- sizes:end -->';
  const [before, rest] = text.split(start);
  if (rest === undefined || !rest.includes(end)) throw new Error(`docs/distribution.md: the ${start} … ${end} markers are missing`);
  const when = `Measured ${new Date().toISOString().slice(0, 10)} (\`npm run size -- --docs\`).`;
  writeFileSync(docs, `${before}${start}\n${table}\n\n${when}\n${end}${rest.slice(rest.indexOf(end) + end.length)}`);
  console.log('size: docs/distribution.md updated');
}
const misses = rows.filter((r) => r.withinBudget === false);
if (misses.length) console.log(`size: ${misses.length} over budget: ${misses.map((r) => r.entry).join(', ')} (reported only)`);
