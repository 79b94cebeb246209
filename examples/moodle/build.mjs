// Builds the local_spp plugin's browser module: local_spp/js/spp-moodle.js, one self-contained
// minified ES module with the plugin's start-up code (src/), every SPP widget, lit, @lit/context,
// @spp/core and zod/mini. One file, one copy of the SDK: the provider's connection to the peer
// review server is the same code the widgets use, so they recognise its errors (a refused change,
// an unreadable record) by class. No eval, no inline script: it runs under a strict CSP,
// and being an ES module it never meets Moodle's RequireJS (`define.amd`).
//
//   npm run build && node examples/moodle/build.mjs          # from the built packages
//   node examples/moodle/build.mjs --source                  # from the TypeScript sources
//   node examples/moodle/build.mjs --out <dir>
//
// The build itself is scripts/host-module.mjs, shared with the SharePoint web part.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHostModule, runHostBuild } from '../../scripts/host-module.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const MODULE_FILE = 'spp-moodle.js';

/**
 * @param {{ outDir?: string, source?: boolean }} [options]
 * @returns {Promise<{ file: string, bytes: number }>}
 */
export async function buildMoodle({ outDir = join(here, 'local_spp/js'), source = false } = {}) {
  const { file, bytes, code } = await buildHostModule({
    entry: join(here, 'src/spp-moodle.js'),
    file: join(outDir, MODULE_FILE),
    banner: '/*! local_spp (MIT) | bundles @spp/elements and @spp/core (MIT), lit and @lit/context (BSD-3-Clause, Google LLC), zod (MIT, Colin McDonnell) */',
    source,
  });
  if (/\bdefine\s*\.\s*amd\b|typeof\s+define\b/.test(code)) throw new Error(`${file} looks for AMD's define: Moodle's RequireJS would capture it`);
  return { file, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runHostBuild('local_spp', buildMoodle);
