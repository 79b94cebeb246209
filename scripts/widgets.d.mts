// Types of scripts/widgets.mjs, for the TypeScript tests that import it.
export interface Widget {
  /** Subpath and base name, e.g. `self-review`. */
  name: string;
  /** Folder under src/. */
  folder: string;
  /** Absolute path of the define module (.ts). */
  defineFile: string;
  /** `./src/<folder>/<name>.define.ts` */
  srcPath: string;
  /** `./dist/<folder>/<name>.define.js` */
  distPath: string;
  /** `./dist/types/<folder>/<name>.define.d.ts` */
  typesPath: string;
  /** The elements it registers. */
  tags: { tag: string; className: string }[];
}
export const root: string;
export const elementsDir: string;
export const elementsSrc: string;
export const elementsDist: string;
export const BUNDLE_FILE: string;
export function listWidgets(): Widget[];
export function listTags(widgets?: Widget[]): string[];
export function requireFile(path: string, hint?: string): string;
