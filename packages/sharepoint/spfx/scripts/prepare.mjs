// Copies the built web part module (../dist/spp-sharepoint.js: the web part, every widget and the
// SDK, from `node packages/sharepoint/scripts/build.mjs`) and its manifest into this SPFx project.
// webpack then bundles the module into the web part's bundle, which `heft package-solution` puts in
// the .sppkg's ClientSideAssets: SharePoint serves it from the tenant's app catalog, a source its
// script Content-Security-Policy trusts. Nothing is loaded from anywhere else at run time.
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const to = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));

if (!existsSync(from('dist/spp-sharepoint.js'))) {
  console.error('packages/sharepoint/dist/spp-sharepoint.js is missing: run `npm run build && node packages/sharepoint/scripts/build.mjs` at the repository root first.');
  process.exit(1);
}
copyFileSync(from('dist/spp-sharepoint.js'), to('vendor/spp-sharepoint.js'));
copyFileSync(from('dist/spp-sharepoint.js.map'), to('vendor/spp-sharepoint.js.map'));
copyFileSync(from('src/SppWebPart.manifest.json'), to('src/webparts/spp/SppWebPart.manifest.json'));
console.log('spfx: vendor/spp-sharepoint.js and the manifest copied from packages/sharepoint');
