// Exercises the release flow of .changeset/README.md in a scratch copy of the repository's package
// manifests: `changeset version` must bump @spp/core and @spp/elements together (the fixed group),
// keep the elements' dependency on core in step, and write both CHANGELOG.md files. The working
// tree is never touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'node_modules/@changesets/cli/bin.js');
const manifest = (dir: string, pkg: string) => JSON.parse(readFileSync(join(dir, 'packages', pkg, 'package.json'), 'utf8'));

function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-release-'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  cpSync(join(root, '.changeset'), join(dir, '.changeset'), { recursive: true });
  for (const pkg of ['core', 'elements']) cpSync(join(root, 'packages', pkg, 'package.json'), join(dir, 'packages', pkg, 'package.json'));
  // The changelog generator named in config.json is resolved from the project's node_modules.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

test('changeset version bumps the fixed group together, keeps the dependency in step and writes both CHANGELOGs', () => {
  const dir = scratchCopy();
  try {
    // Only a change of elements: the fixed group must release core with it (core does not depend on elements).
    for (const file of readdirSync(join(dir, '.changeset'))) if (file.endsWith('.md') && file !== 'README.md') rmSync(join(dir, '.changeset', file));
    writeFileSync(join(dir, '.changeset/planner-timer.md'), "---\n'@spp/elements': minor\n---\n\nThe workshop planner's timer can be paused.\n");
    const before = manifest(dir, 'core').version as string;
    const [major, minor] = before.split('.').map(Number);
    const next = `${major}.${minor! + 1}.0`;

    execFileSync(process.execPath, [cli, 'version'], { cwd: dir, stdio: 'pipe' });

    assert.equal(manifest(dir, 'elements').version, next);
    assert.equal(manifest(dir, 'core').version, next, 'core is released with elements (fixed group)');
    assert.equal(manifest(dir, 'elements').dependencies['@spp/core'], next, 'elements depends on the core it is released with');
    for (const pkg of ['core', 'elements']) {
      const changelog = join(dir, 'packages', pkg, 'CHANGELOG.md');
      assert.ok(existsSync(changelog), `${pkg}/CHANGELOG.md written`);
      const text = readFileSync(changelog, 'utf8');
      assert.match(text, new RegExp(`^# @spp/${pkg}\\n\\n## ${next.replace(/\./g, '\\.')}`), `${pkg}: heading and version`);
      if (pkg === 'elements') assert.match(text, /The workshop planner's timer can be paused\./);
    }
    assert.deepEqual(readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md'), [], 'applied changesets are removed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the pending changesets name only the published packages, each with a bump', () => {
  const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (const file of pending) {
    const text = readFileSync(join(root, '.changeset', file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n\s*\S/.exec(text);
    assert.ok(front, `${file}: front matter and a summary`);
    for (const line of front[1]!.split('\n').filter(Boolean)) {
      assert.match(line, /^'@spp\/(core|elements)': (patch|minor|major)$/, `${file}: ${line}`);
    }
  }
});
