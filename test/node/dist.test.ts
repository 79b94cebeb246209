// Checks the BUILT @spp/elements distribution (packages/elements/dist) as a page or a bundler gets
// it: entry points, the all-in-one bundle, side effects, editor data, JSX typings and the size table.
// Run `npm run build` first. Nothing here needs a DOM: the run-time checks of registration (a page
// loading the library twice) live in the browser tests; here we check the built code routes every
// registration through the `defineElement` guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseAst } from 'rollup/parseAst';
import { BUNDLE_FILE, listTags, listWidgets } from '../../scripts/widgets.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkgDir = join(root, 'packages/elements');
const dist = join(pkgDir, 'dist');
const widgets = listWidgets();
const tags = listTags(widgets);
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  types: string;
  customElements: string;
  'web-types': string;
};

function built(path: string): string {
  const file = join(pkgDir, path);
  assert.ok(existsSync(file), `${relative(root, file)} is missing: run \`npm run build\` before this test.`);
  return readFileSync(file, 'utf8');
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'types' ? [] : jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Module specifiers of static imports/re-exports, and of dynamic `import()`s (parsed, not grepped). */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; source?: { type?: string; value?: unknown } };
    if (n.type === 'ImportExpression') {
      found.dynamic.push(n.source?.type === 'Literal' ? String(n.source.value) : '(computed)');
    } else if ((n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') && n.source) {
      found.static.push(String(n.source.value));
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
  };
  walk(parseAst(code));
  return found;
}

/** A package.json `sideEffects` glob as a RegExp over package-relative paths (`./dist/x.js`). */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${source}$`);
}
const hasSideEffects = (path: string): boolean => pkg.sideEffects.some((glob) => globToRegExp(glob).test(path));

test('the exports map and the autoloader map are in step with the define files', () => {
  const check = spawnSync(process.execPath, [join(root, 'scripts/sync-exports.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, `scripts/sync-exports.mjs --check: ${check.stderr}`);
  assert.ok(widgets.length >= 3, 'expected widget define files under packages/elements/src');
  for (const w of widgets) {
    assert.deepEqual(pkg.exports[`./${w.name}`], { source: w.srcPath, types: w.typesPath, import: w.distPath }, `exports["./${w.name}"]`);
  }
  const widgetSubpaths = Object.keys(pkg.exports).filter((key) => /^\.\/[a-z-]+$/.test(key) && !['./autoloader', './bundle', './jsx', './jsx-react', './jsx-preact'].includes(key));
  assert.deepEqual(widgetSubpaths.sort(), widgets.map((w) => `./${w.name}`).sort(), 'a widget subpath without a define file (or the reverse)');
  for (const key of ['.', './autoloader', './bundle', './jsx', './jsx-react', './jsx-preact', './package.json']) assert.ok(pkg.exports[key], `exports["${key}"] is missing`);
});

test('every exports-map target exists (and `types`, `customElements`, `web-types`)', () => {
  const targets = Object.entries(pkg.exports).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, 'default', value]] : Object.entries(value).map(([condition, path]) => [key, condition, path]),
  );
  assert.ok(targets.length > widgets.length * 3);
  for (const [key, condition, path] of targets) {
    assert.ok(existsSync(join(pkgDir, path!)), `exports["${key}"].${condition} -> ${path} does not exist`);
  }
  for (const field of ['types', 'customElements', 'web-types'] as const) {
    assert.ok(existsSync(join(pkgDir, pkg[field])), `package.json "${field}" -> ${pkg[field]} does not exist`);
  }
});

test('each widget entry imports only its own modules, shared/, core, lit and zod: never another widget', () => {
  const allowedBare = /^(lit|lit\/.+|@lit\/context|@spp\/core|zod|zod\/.+)$/;
  for (const w of widgets) {
    const entry = join(pkgDir, w.distPath);
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      assert.ok(existsSync(file), `${relative(pkgDir, file)} (imported from the ${w.name} entry) does not exist`);
      const { static: imports, dynamic } = importsOf(readFileSync(file, 'utf8'));
      // The only dynamic imports are locale tables (`./x.strings.cy.js`), loaded when a page uses that language.
      for (const specifier of dynamic) assert.match(specifier, /^\.\/[\w-]+\.strings\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.js$/, `${relative(pkgDir, file)} imports ${specifier} dynamically: only locale tables may be`);
      for (const specifier of [...imports, ...dynamic]) {
        if (!specifier.startsWith('.')) {
          assert.match(specifier, allowedBare, `${relative(pkgDir, file)} imports ${specifier}: not a dependency of a widget`);
          continue;
        }
        const target = resolve(dirname(file), specifier);
        const folder = relative(dist, target).split('/')[0];
        assert.ok(folder === w.folder || folder === 'shared', `the ${w.name} entry reaches ${relative(pkgDir, target)} (via ${relative(pkgDir, file)}): widgets must not import each other`);
        queue.push(target);
      }
    }
  }
});

test('registration goes through the defineElement guard (a page may load the library twice)', () => {
  for (const w of widgets) {
    const code = built(w.distPath);
    assert.match(code, /import \{ defineElement \} from '\.\.\/shared\/define\.js'/, `${w.distPath} does not import defineElement`);
    for (const { tag, className } of w.tags) {
      assert.match(code, new RegExp(`defineElement\\(["']${tag}["'], ${className}\\)`), `${w.distPath} does not register <${tag}> with defineElement`);
    }
  }
  // Nowhere else calls customElements.define directly: the guard is the only way in.
  for (const file of jsFiles(dist)) {
    if (file.endsWith(BUNDLE_FILE) || file.endsWith(join('shared', 'define.js'))) continue;
    assert.doesNotMatch(readFileSync(file, 'utf8'), /customElements\.define\(/, `${relative(pkgDir, file)} calls customElements.define directly`);
  }
  const guard = built('dist/shared/define.js');
  assert.match(guard, /customElements\.get\(tag\)/);
  // In the bundle: one define call, behind the `customElements.get` check of the guard.
  const bundle = built(`dist/${BUNDLE_FILE}`);
  assert.equal(bundle.match(/customElements\.define\(/g)?.length, 1, 'the bundle should define elements only through the guard');
  assert.match(bundle, /customElements\.get\([\s\S]{0,200}console\.warn\([\s\S]{0,300}customElements\.define\(/, 'the guard in the bundle warns instead of redefining');
});

test('the all-in-one bundle: self-contained, minified, every tag, no eval, with a source map', () => {
  const bundle = built(`dist/${BUNDLE_FILE}`);
  const { static: imports, dynamic } = importsOf(bundle);
  assert.deepEqual(imports, [], 'the bundle must not import anything (lit, core and zod are inside)');
  assert.deepEqual(dynamic, []);
  for (const tag of tags) assert.ok(bundle.includes(`"${tag}"`) || bundle.includes(`'${tag}'`), `the bundle does not define <${tag}>`);
  assert.doesNotMatch(bundle, /\bnew\s+Function\s*\(|\beval\s*\(/, 'the bundle would need unsafe-eval');
  // Minified: no doc comments, no indented statements, long lines (template literals keep their newlines).
  assert.doesNotMatch(bundle, /\/\*\*\s/, 'doc comments left in the bundle');
  assert.doesNotMatch(bundle, /^\s+(?:const|let|var|return|function)\s/m, 'indented statements: not minified');
  assert.ok(Math.max(...bundle.split('\n').map((line) => line.length)) > 10_000, 'no long lines: not minified');
  assert.match(bundle, /\/\/# sourceMappingURL=spp-elements\.bundle\.js\.map\s*$/);
  const map = JSON.parse(built(`dist/${BUNDLE_FILE}.map`)) as { sources: string[] };
  for (const dep of ['lit-html', '@lit/reactive-element', '@lit/context', 'zod', 'core/src']) {
    assert.ok(map.sources.some((source) => source.includes(dep)), `the bundle's source map has no ${dep} sources`);
  }
  for (const w of widgets) assert.ok(map.sources.some((source) => source.endsWith(`${w.folder}/${w.name}.define.ts`)), `${w.name} is not in the bundle`);
});

test('the all-in-one bundle exports core’s storage, so a page without a build step connects its own store with the widgets’ copy of core', () => {
  const bundle = built(`dist/${BUNDLE_FILE}`);
  const exported = new Set([...bundle.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+as\s+/).at(-1)!)));
  for (const name of ['createStore', 'memoryAdapter', 'indexedDbAdapter', 'httpAdapter', 'localStorageQueue', 'memoryQueue', 'ConflictError', 'StorageFailedError', 'UnreadableRecordError', 'WrongPartnershipError', 'setStrings']) {
    assert.ok(exported.has(name), `the bundle does not export ${name}`);
  }
  assert.match(built(`dist/${BUNDLE_FILE.replace(/\.js$/, '.d.ts')}`), /export \{[^}]*\bhttpAdapter\b[^}]*\} from '@spp\/core'/, 'and its declarations say so');
});

test('sideEffects covers every define module, the index, the autoloader and the bundle, and nothing else in dist', () => {
  for (const w of widgets) {
    assert.ok(hasSideEffects(w.srcPath), `sideEffects does not cover ${w.srcPath}`);
    assert.ok(hasSideEffects(w.distPath), `sideEffects does not cover ${w.distPath}`);
  }
  for (const path of ['./src/index.ts', './dist/index.js', './src/autoloader.ts', './dist/autoloader.js', `./dist/${BUNDLE_FILE}`]) {
    assert.ok(hasSideEffects(path), `sideEffects does not cover ${path}`);
  }
  const expected = new Set(['./dist/index.js', './dist/autoloader.js', `./dist/${BUNDLE_FILE}`, ...widgets.map((w) => w.distPath)]);
  for (const file of jsFiles(dist)) {
    const path = `./${relative(pkgDir, file)}`;
    if (!expected.has(path)) assert.ok(!hasSideEffects(path), `${path} is marked as having side effects: it could never be tree-shaken`);
  }
});

test('the autoloader can load every widget', () => {
  const source = readFileSync(join(pkgDir, 'src/autoloader.ts'), 'utf8');
  const code = built('dist/autoloader.js');
  const { dynamic } = importsOf(code);
  for (const w of widgets) {
    for (const { tag } of w.tags) {
      assert.ok(source.includes(`'${tag}': () => import('./${w.folder}/${w.name}.define')`), `src/autoloader.ts has no loader for <${tag}>`);
    }
    assert.ok(dynamic.includes(`./${w.folder}/${w.name}.define.js`), `dist/autoloader.js does not import ${w.name}`);
  }
  assert.equal(dynamic.length, tags.length, 'dist/autoloader.js imports something other than the define modules');
  assert.deepEqual(importsOf(code).static, [], 'the autoloader must not load widgets eagerly');
});

test('editor data and JSX typings list every tag of the manifest', () => {
  const manifest = JSON.parse(built(pkg.customElements)) as { modules: { exports?: { kind: string; name: string }[] }[] };
  const manifestTags = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  assert.deepEqual([...manifestTags].sort(), tags, 'custom-elements.json and the define files disagree: run `npm run build`');

  const vscode = JSON.parse(built('dist/vscode.html-custom-data.json')) as { version: number; tags: { name: string; attributes: { name: string }[] }[] };
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), tags);
  const webTypes = JSON.parse(built(pkg['web-types'])) as { contributions: { html: { elements: { name: string }[] } } };
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), tags);
  // Attributes come through (every widget but the provider has the inherited `actor-id`).
  assert.ok(vscode.tags.every((t) => t.attributes.some((a) => a.name === 'actor-id')), 'actor-id missing from an element in the VS Code data');

  for (const file of ['dist/jsx.d.ts', 'dist/jsx-react.d.ts', 'dist/jsx-preact.d.ts']) {
    const text = built(file);
    for (const tag of tags) assert.ok(text.includes(`'${tag}'`), `${file} does not list <${tag}>`);
  }
  assert.match(built('dist/jsx-react.d.ts'), /declare module 'react' \{\s*namespace JSX \{\s*interface IntrinsicElements/);
  assert.match(built('dist/jsx-preact.d.ts'), /declare module 'preact' \{\s*namespace JSX \{\s*interface IntrinsicElements/);
});

test('the emitted declarations keep the global tag and event maps', () => {
  for (const w of widgets) {
    const dts = built(w.typesPath);
    for (const { tag, className } of w.tags) {
      assert.match(dts, new RegExp(`interface HTMLElementTagNameMap \\{\\s*['"]${tag}['"]: ${className};`), `${w.typesPath} lost the HTMLElementTagNameMap entry`);
    }
  }
  assert.match(built('dist/types/shared/events.d.ts'), /interface HTMLElementEventMap \{[^}]*'spp-stage-change': SppStageChangeEvent;/);
});

test('the JSX typings, the bundle declarations and the tag/event maps type-check (React 19)', () => {
  const dir = join(dist, '.typecheck');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'usage.tsx');
  writeFileSync(
    file,
    `import type {} from '../jsx-react.js';
import type { SppStageChangeEvent, SppSelfReview } from '../${BUNDLE_FILE}';
import { setStrings } from '../${BUNDLE_FILE}';
export const el: SppSelfReview = document.createElement('spp-self-review');
export const stage = (e: HTMLElementEventMap['spp-stage-change']): SppStageChangeEvent => e;
export const ok = <spp-self-review cycleId="c-1" actor-id="u-1" class="x" onspp-stage-change={(e) => e.to} />;
// @ts-expect-error cycleId is a string
export const wrongType = <spp-self-review cycleId={3} />;
// @ts-expect-error the event handler receives the typed event
export const wrongEvent = <spp-self-review onspp-stage-change={(e: { nope: true }) => e.nope} />;
export const provider = <spp-provider storage="memory" actor-id="u-1"><spp-self-review /></spp-provider>;
export { setStrings };
`,
  );
  try {
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      jsx: ts.JsxEmit.ReactJSX,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: false,
      experimentalDecorators: true,
    });
    // Only our files are checked (their bodies); lit's, zod's and React's declarations are only read.
    const ours = [file, ...['jsx.d.ts', 'jsx-react.d.ts', BUNDLE_FILE.replace(/\.js$/, '.d.ts')].map((f) => join(dist, f))];
    const checked = ours.map((path) => {
      const source = program.getSourceFile(path);
      assert.ok(source, `${relative(root, path)} is not part of the program`);
      return source;
    });
    const all = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...checked.flatMap((source) => [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]),
    ];
    const diagnostics = all.map((d) => {
      const where = d.file ? `${relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    assert.deepEqual(diagnostics, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the size table lists core, every widget entry and the bundle, in bytes', () => {
  const sizes = JSON.parse(built('dist/sizes.json')) as { budgets: Record<string, number>; entries: { entry: string; min: number; gzip: number }[] };
  const entries = new Map(sizes.entries.map((e) => [e.entry, e]));
  for (const name of ['@spp/core', 'lit + @lit/context', `dist/${BUNDLE_FILE}`, ...widgets.map((w) => `${pkg.name}/${w.name}`)]) {
    const row = entries.get(name);
    assert.ok(row, `sizes.json has no row for ${name}`);
    assert.ok(Number.isFinite(row.gzip) && row.gzip > 0 && Number.isFinite(row.min) && row.min > row.gzip, `${name}: sizes are not numbers`);
  }
  assert.ok(Object.values(sizes.budgets).every((n) => typeof n === 'number'));
  assert.match(built('dist/sizes.md'), /\| Entry \|/);
});
