// The demo page: widgets straight from TypeScript source (the `source` export condition).
import { defineConfig, defaultClientConditions } from 'vite';
import { fileURLToPath } from 'node:url';

/** Lists every file of the build for the service worker (demo/public/sw.js) to keep for offline use. */
const precache = () => ({
  name: 'spp-precache',
  apply: 'build',
  generateBundle(_options, bundle) {
    const files = Object.keys(bundle).filter((name) => name !== 'index.html').map((name) => `./${name}`);
    this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify(files.sort()) });
  },
});

export default defineConfig({
  plugins: [precache()],
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // /api goes to spp-server (npm start runs both; SPP_SERVER_URL says where it listens).
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': process.env.SPP_SERVER_URL ?? 'http://127.0.0.1:8787' } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: fileURLToPath(new URL('../demo-dist', import.meta.url)), emptyOutDir: true },
});
