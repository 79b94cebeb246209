// What the languages cost a page (issue: every word in English and Welsh), gzipped at level 9:
//
// - the locale layer: the code that resolves a widget's language, loads a catalogue, chooses a
//   plural form and formats a message (core's i18n/locale.ts, plural.ts, messages.ts and the
//   widgets' shared/locale-controller.ts), bundled alone with everything else left out. The
//   en-GB words are not counted: they were in the widgets before, only moved into catalogues.
//   Budget: ≤ 2 kB, what an en-GB-only page may grow by.
// - each Welsh catalogue as the page receives it: <spp-self-review> (and the all-in-one entry)
//   bundled with code splitting, every chunk that holds a Welsh module (core's cy.ts,
//   framework-cy.ts, the widgets' *.strings.cy.ts) measured; and a check that none of them is in
//   what the entry loads statically, i.e. an en-GB page never downloads Welsh.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { esbuildBase, root } from './paths.mjs';
import { KB, listWidgetEntries } from './sizes.mjs';

export const LOCALE_LAYER_BUDGET = 2 * KB;

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const LAYER_FILES = ['packages/core/src/i18n/locale.ts', 'packages/core/src/i18n/plural.ts', 'packages/core/src/i18n/messages.ts', 'packages/elements/src/shared/locale-controller.ts'];
const isWelsh = (input) => /(^|\/)(cy|framework-cy)\.ts$|\.strings\.cy\.ts$|\.cy\.ts$/.test(input);

/** The layer's own code: its four modules, every other import left external. */
async function layer() {
  const own = new Set(LAYER_FILES.map((f) => join(root, f)));
  const keepOwnOnly = {
    name: 'only-the-layer',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point' || args.importer === '<stdin>' || args.importer.endsWith('<entry>')) return undefined;
        const resolved = args.path.startsWith('.') ? join(args.resolveDir, args.path).replace(/\.js$/, '.ts') : args.path;
        const candidates = [resolved, `${resolved}.ts`];
        return candidates.some((c) => own.has(c)) ? undefined : { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    ...esbuildBase,
    stdin: { contents: LAYER_FILES.map((f, i) => `export * as m${i} from ${JSON.stringify(join(root, f))};`).join('\n'), resolveDir: root, loader: 'ts', sourcefile: '<entry>' },
    platform: 'browser',
    minify: true,
    write: false,
    plugins: [keepOwnOnly],
    outfile: 'layer.js',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gz(code) };
}

/** An entry bundled with code splitting: its static part, and each chunk holding Welsh. */
async function split(name, entry) {
  const result = await build({ ...esbuildBase, ...entry, platform: 'browser', minify: true, splitting: true, write: false, metafile: true, outdir: join(root, 'bench/.tmp/i18n') });
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const outputs = result.metafile.outputs;
  // Every dynamic import is an entry point too: the page's entry is the one that is not Welsh.
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint !== undefined && !isWelsh(outputs[o].entryPoint));
  // What the entry loads before anything is asked for: itself and its static imports, transitively.
  const staticPart = new Set();
  const visit = (out) => {
    if (staticPart.has(out)) return;
    staticPart.add(out);
    for (const imp of outputs[out].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) visit(imp.path);
  };
  visit(entryOut);
  const welshIn = (out) => Object.keys(outputs[out].inputs).filter(isWelsh);
  const staticBytes = [...staticPart].reduce((sum, out) => sum + gz(files.get(out)), 0);
  const welshChunks = Object.keys(outputs)
    .filter((out) => out.endsWith('.js') && welshIn(out).length)
    .map((out) => ({ chunk: out.split('/').pop(), modules: welshIn(out).map((i) => i.replace(/^packages\//, '')), gzip: gz(files.get(out)), static: staticPart.has(out) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { name, staticGzip: staticBytes, welshChunks, welshOnlyWhenUsed: welshChunks.length > 0 && welshChunks.every((c) => !c.static) };
}

export async function runLocaleSizes(log = () => {}) {
  const started = performance.now();
  const elementsSrc = join(root, 'packages/elements/src');
  const widgets = listWidgetEntries();
  const [layerSize, selfReview, allInOne] = await Promise.all([
    layer(),
    split('<spp-self-review>', { entryPoints: [join(elementsSrc, 'self-review/self-review.define.ts')] }),
    split('all-in-one', { stdin: { contents: [join(elementsSrc, 'index.ts'), ...widgets.map((w) => w.file)].map((f) => `export * from ${JSON.stringify(f)};`).join('\n'), resolveDir: root, loader: 'ts', sourcefile: '<entry>' } }),
  ]);
  const seconds = (performance.now() - started) / 1000;
  log(`i18n: the locale layer and the Welsh catalogues measured in ${seconds.toFixed(1)} s`);
  return { seconds, layer: { ...layerSize, files: LAYER_FILES, budget: LOCALE_LAYER_BUDGET, pass: layerSize.gzip <= LOCALE_LAYER_BUDGET }, entries: [selfReview, allInOne] };
}

const kB = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

export function localeVerdicts(i18n) {
  return [
    { id: 'i18n:layer', group: 'Languages', label: 'the locale layer (language resolution, catalogue loading, plurals, message formatting) gzipped', value: kB(i18n.layer.gzip), budget: `≤ ${kB(i18n.layer.budget)}`, pass: i18n.layer.pass },
    ...i18n.entries.map((e) => ({
      id: `i18n:welsh-on-demand:${e.name}`,
      group: 'Languages',
      label: `${e.name}: the Welsh catalogues are chunks of their own, none loaded by an en-GB page (${kB(e.welshChunks.reduce((s, c) => s + c.gzip, 0))} of Welsh in ${e.welshChunks.length} chunks)`,
      value: e.welshOnlyWhenUsed ? 'on demand' : 'loaded up front',
      budget: 'on demand',
      pass: e.welshOnlyWhenUsed,
    })),
  ];
}

export function localeMarkdown(i18n) {
  const lines = ['## Languages', '', `The locale layer (${i18n.layer.files.map((f) => `\`${f}\``).join(', ')}) bundled alone: ${kB(i18n.layer.gzip)} gzipped (${kB(i18n.layer.min)} minified); budget ${kB(i18n.layer.budget)}.`, ''];
  for (const e of i18n.entries) {
    lines.push(`### ${e.name}`, '', `What an en-GB page loads: ${kB(e.staticGzip)} gzipped. Welsh, loaded when a widget's language is Welsh:`, '', '| chunk | Welsh modules | gzip | in the en-GB page |', '|---|---|---|---|');
    for (const c of e.welshChunks) lines.push(`| ${c.chunk} | ${c.modules.join(', ')} | ${kB(c.gzip)} | ${c.static ? '**yes**' : 'no'} |`);
    lines.push('');
  }
  return lines.join('\n');
}
