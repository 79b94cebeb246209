// The README's core example is documentation that must keep working: run it as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

test('the README core example runs and its assertions hold', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const match = /```ts readme-example\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'README.md has a ```ts readme-example block');
  // console.assert only logs; make a failed assertion fail the test.
  const source = match[1]!.replaceAll('console.assert(', 'assertReadme(');
  const dir = mkdtempSync(join(process.cwd(), 'test/node/.readme-'));
  const file = join(dir, 'example.ts');
  writeFileSync(file, `const assertReadme = (ok: unknown) => { if (!ok) throw new Error('README assertion failed'); };\n${source}`);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
