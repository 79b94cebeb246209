// Builds the web part into one ES module: dist/spp-sharepoint.js (the web part, every widget, lit,
// @lit/context, @spp/core and zod/mini; minified; no eval, so it runs under a strict script CSP),
// its source map, and the web part manifest. That file is what goes into the app package
// (ClientSideAssets, or bundled by the SPFx wrapper in spfx/), so SharePoint serves it from a source
// its Content-Security-Policy trusts, and nothing is fetched from anywhere else at run time.
//
//   node packages/sharepoint/scripts/build.mjs            # from the built packages (npm run build first)
//   node packages/sharepoint/scripts/build.mjs --source   # from the TypeScript sources (no build needed)
//   node packages/sharepoint/scripts/build.mjs --out <dir>
//
// The build itself is scripts/host-module.mjs, shared with the Moodle plugin.
// `buildSharePoint()` is what the host-page tests call (test/e2e/hosts.test.ts).
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHostModule, runHostBuild } from '../../../scripts/host-module.mjs';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
export const WEB_PART_FILE = 'spp-sharepoint.js';

/**
 * @param {{ outDir?: string, source?: boolean }} [options]
 * @returns {Promise<{ file: string, bytes: number }>}
 */
export async function buildSharePoint({ outDir = join(pkgDir, 'dist'), source = false } = {}) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const { file, bytes } = await buildHostModule({
    entry: join(pkgDir, 'src/index.ts'),
    file: join(outDir, WEB_PART_FILE),
    banner: `/*! ${pkg.name} ${pkg.version} (MIT) | bundles @spp/elements and @spp/core (MIT), lit and @lit/context (BSD-3-Clause, Google LLC), zod (MIT, Colin McDonnell) */`,
    source,
  });
  copyFileSync(join(pkgDir, 'src/SppWebPart.manifest.json'), join(outDir, 'SppWebPart.manifest.json'));
  return { file, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runHostBuild('@spp/sharepoint', buildSharePoint);
