// Checks the BUILT @spp/core (packages/core/dist), as a consumer gets it from npm: run `npm run build`
// first. Imports go by file URL, never through the `source` export condition, so this tests the
// rollup output rather than the TypeScript sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const coreDist = join(root, 'packages/core/dist');
const elementsDist = join(root, 'packages/elements/dist');

function requireBuilt(file: string): string {
  const path = join(coreDist, file);
  assert.ok(existsSync(path), `${path} is missing: run \`npm run build\` before this test.`);
  return path;
}

type Core = typeof import('../../packages/core/src/index');
type Demo = typeof import('../../packages/core/src/demo/index');

/** The built modules, imported once; fails (not skips) when the build is missing. */
async function built(): Promise<{ core: Core; demo: Demo }> {
  const core = (await import(pathToFileURL(requireBuilt('index.js')).href)) as Core;
  const demo = (await import(pathToFileURL(requireBuilt('demo.js')).href)) as Demo;
  return { core, demo };
}

function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'types' ? [] : jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

test('the build produced the entry points, declarations and source maps', () => {
  for (const file of ['index.js', 'demo.js', 'index.js.map', 'demo.js.map', 'types/index.d.ts', 'types/demo/index.d.ts']) {
    requireBuilt(file);
  }
  const types = readFileSync(requireBuilt('types/index.d.ts'), 'utf8');
  // index.d.ts re-exports the modules; parseDocument is declared in one of them.
  const declarations = [types, ...readdirSync(join(coreDist, 'types/schema')).filter((f) => f.endsWith('.d.ts')).map((f) => readFileSync(join(coreDist, 'types/schema', f), 'utf8'))].join('\n');
  assert.match(declarations, /\bparseDocument\b/, 'dist/types does not declare parseDocument');
  assert.match(types, /schema\/documents/, 'dist/types/index.d.ts does not re-export schema/documents');
});

test('zod stays external and the demo shares chunks with the main entry', () => {
  const index = readFileSync(requireBuilt('index.js'), 'utf8');
  const demo = readFileSync(requireBuilt('demo.js'), 'utf8');
  assert.match(index, /from ['"]zod\/mini['"]/, 'index.js should import zod/mini, not bundle it');
  for (const [name, code] of [['index.js', index], ['demo.js', demo]] as const) {
    assert.doesNotMatch(code, /\$ZodType|function \$constructor/, `${name} contains a bundled copy of zod`);
  }
  // demo.js must reuse index's schemas (same chunk), not carry a second copy of them.
  assert.match(demo, /from ['"]\.\/chunks\/[^'"]+\.js['"]/, 'demo.js should import the shared chunk');
});

test('built files never evaluate strings (strict CSP, e.g. SharePoint Online)', async () => {
  const files = [...jsFiles(coreDist), ...jsFiles(elementsDist)];
  assert.ok(files.length >= 2, 'no built .js files found: run `npm run build`');
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /new\s+Function\b|\beval\s*\(/, `${file} evaluates strings (new Function / eval)`);
  }
  // At run time too, including zod (external): nothing may build a Function from a string while the
  // build loads and parses (core sets zod's `jitless`; a JIT object parser would probe `new Function`
  // once and cache the answer, so this test runs before any other test imports the build).
  const calls: string[] = [];
  const original = globalThis.Function;
  globalThis.Function = new Proxy(original, {
    construct(target, args: string[]) {
      calls.push(String(args.at(-1)));
      return Reflect.construct(target, args);
    },
    apply(target, self, args: string[]) {
      calls.push(String(args.at(-1)));
      return Reflect.apply(target, self, args);
    },
  });
  try {
    const { core, demo } = await built();
    core.parseDocument(demo.demoPartnership(), 'partnership');
  } finally {
    globalThis.Function = original;
  }
  assert.deepEqual(calls, [], 'code was compiled from a string at run time');
});

test('parseDocument from the build round-trips the demo partnership', async () => {
  const { core, demo } = await built();
  const partnership = demo.demoPartnership();
  assert.equal(partnership.id, 'p-riverside');
  const reparsed = core.parseDocument(JSON.parse(JSON.stringify(partnership)), 'partnership');
  assert.deepEqual(reparsed, partnership);
  assert.deepEqual(core.parseDocument(reparsed), partnership);
  // Errors come from the same (shared) module graph: instanceof works across entry points.
  assert.throws(() => core.parseDocument({ ...partnership, schools: 'none' }, 'partnership'), (e: unknown) => e instanceof core.InvalidDocumentError);
  assert.throws(() => core.parseDocument(partnership, 'cycle'), /kind: expected cycle, found partnership/);
});

test('can() from the build refuses the associate an edit but lets her follow progress', async () => {
  const { core, demo } = await built();
  const partnership = demo.demoPartnership();
  const cycle = core.createCycle({
    id: 'c-build',
    partnership,
    hostSchoolId: 's-kelmarsh',
    team: { leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun'] },
    facilitatorId: 'u-isla',
  });
  const edit = core.can({ id: 'u-tessa' }, 'edit-self-review', cycle, partnership);
  assert.equal(edit.allowed, false);
  assert.equal(edit.allowed ? undefined : edit.rule, 'associate-reads-only');
  assert.equal(core.can({ id: 'u-tessa' }, 'view-cycle', cycle, partnership).allowed, true);
  assert.equal(core.can({ id: 'u-dev' }, 'edit-self-review', cycle, partnership).allowed, true);
});
