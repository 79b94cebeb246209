// The widgets of @spp/elements, found by scanning `packages/elements/src/*/*.define.ts`: one entry
// per define file, with the tag(s) it registers through `defineElement('spp-…', Class)`. Shared by
// the build scripts (exports map, autoloader map, rollup bundle entry, editor data, size table) and
// the dist tests, so a new widget folder is picked up everywhere without a hand-kept list.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const elementsDir = join(root, 'packages/elements');
export const elementsSrc = join(elementsDir, 'src');
export const elementsDist = join(elementsDir, 'dist');

/** The file name of the all-in-one bundle, in packages/elements/dist. */
export const BUNDLE_FILE = 'spp-elements.bundle.js';

/** `defineElement('spp-x', SppX)` (or `customElements.define`) calls in a define file. */
const DEFINE_CALL = /\b(?:defineElement|customElements\.define)\(\s*(['"])(spp-[a-z0-9-]+)\1\s*,\s*([A-Za-z_$][\w$]*)/g;

/**
 * @typedef {object} Widget
 * @property {string} name        subpath and base name, e.g. `self-review`
 * @property {string} folder      folder under src/, e.g. `self-review`
 * @property {string} defineFile  absolute path of the define module (.ts)
 * @property {string} srcPath     package-relative source path, `./src/self-review/self-review.define.ts`
 * @property {string} distPath    package-relative built path, `./dist/self-review/self-review.define.js`
 * @property {string} typesPath   package-relative declarations, `./dist/types/self-review/self-review.define.d.ts`
 * @property {{ tag: string, className: string }[]} tags  the elements it registers
 */

/** @returns {Widget[]} every widget with a define file, sorted by name. */
export function listWidgets() {
  /** @type {Widget[]} */
  const widgets = [];
  for (const entry of readdirSync(elementsSrc, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = entry.name;
    for (const file of readdirSync(join(elementsSrc, folder)).sort()) {
      if (!file.endsWith('.define.ts')) continue;
      const name = file.slice(0, -'.define.ts'.length);
      const defineFile = join(elementsSrc, folder, file);
      const source = readFileSync(defineFile, 'utf8');
      const tags = [...source.matchAll(DEFINE_CALL)].map((m) => ({ tag: m[2], className: m[3] }));
      if (tags.length === 0) throw new Error(`${relative(root, defineFile)} defines no spp-* element (expected defineElement('spp-…', Class))`);
      const base = `${folder}/${name}.define`;
      widgets.push({
        name,
        folder,
        defineFile,
        srcPath: `./src/${base}.ts`,
        distPath: `./dist/${base}.js`,
        typesPath: `./dist/types/${base}.d.ts`,
        tags,
      });
    }
  }
  widgets.sort((a, b) => a.name.localeCompare(b.name));
  const seen = new Map();
  for (const w of widgets) {
    if (seen.has(w.name)) throw new Error(`two define files are named ${w.name}.define.ts (${seen.get(w.name)} and ${w.folder}): subpaths would clash`);
    seen.set(w.name, w.folder);
  }
  return widgets;
}

/** Every tag the widgets register, sorted. */
export function listTags(widgets = listWidgets()) {
  return widgets.flatMap((w) => w.tags.map((t) => t.tag)).sort();
}

/** Fails with a clear message when a build output a script needs is missing. */
export function requireFile(path, hint = 'run `npm run build` first') {
  if (!existsSync(path)) throw new Error(`${relative(root, path)} is missing: ${hint}`);
  return path;
}
