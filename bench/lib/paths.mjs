// Paths and the esbuild options every benchmark shares.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const benchDir = join(root, 'bench');
export const tmpDir = join(benchDir, '.tmp');
export const resultsDir = join(benchDir, 'results');
export const rel = (path) => path.replace(root, '').replace(/^\//, '');

/**
 * How the benchmarks bundle TypeScript sources: from `src/` through the `source` export condition,
 * with the root tsconfig (legacy decorators: without it esbuild ignores `experimentalDecorators`).
 */
export const esbuildBase = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['source'],
  tsconfig: join(root, 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'silent',
};
