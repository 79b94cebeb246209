// Storybook for @spp/elements: stories run from TypeScript source (no package build needed).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/** True when an optional package is installed (addons are used only if present, never fetched). */
function installed(name: string): boolean {
  for (const specifier of [name, `${name}/package.json`]) {
    try {
      import.meta.resolve(specifier);
      return true;
    } catch {
      // not resolvable this way; try the next
    }
  }
  return false;
}

// Docs (autodocs pages and .mdx files) need @storybook/addon-docs; the accessibility panel needs
// @storybook/addon-a11y. Both are optional: controls, actions, viewport and backgrounds are built
// into Storybook 10 itself, and accessibility is checked in CI by test/e2e/storybook.test.ts.
const docs = installed('@storybook/addon-docs');
const a11y = installed('@storybook/addon-a11y');

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: [
    '../packages/elements/src/**/*.stories.ts',
    // .mdx pages can only be indexed with the docs addon; without it they would fail the build.
    ...(docs ? ['../packages/elements/src/**/*.mdx'] : []),
  ],
  addons: [...(docs ? ['@storybook/addon-docs'] : []), ...(a11y ? ['@storybook/addon-a11y'] : [])],
  core: {
    // With telemetry on, an offline build hangs on network timeouts.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const merged = mergeConfig(viteConfig, {
      // Vite 8 transforms TypeScript with oxc. Our decorators are TypeScript's legacy ones
      // (experimentalDecorators) with useDefineForClassFields: false, as in tsconfig.json. These
      // settings win over any tsconfig oxc finds, so no file is compiled with standard decorators
      // or [[Define]] class fields (which shadow Lit's reactive accessors: args stop re-rendering).
      // test/e2e/storybook.test.ts checks this ("decorated Lit properties re-render").
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      optimizeDeps: {
        // Dev server only. Storybook's renderer imports `lit/directive-helpers.js`, which the
        // dependency scan misses: served raw next to the pre-bundled `lit`, it loads a second
        // lit-html ("Multiple versions of Lit loaded"). Pre-bundle the whole family together.
        include: ['lit', 'lit/directive-helpers.js', 'lit/decorators.js', 'lit/directives/*.js', '@lit/context'],
      },
      build: {
        // Widgets are meant to be small; Storybook's own vendor chunk is not ours to police.
        chunkSizeWarningLimit: 2000,
      },
    });
    // `source`: @spp/core and @spp/elements resolve to src/*.ts (their exports list it first), so
    // no package build is needed. Set, not merged, so the list stays exactly Vite's defaults + ours.
    merged.resolve = { ...merged.resolve, conditions: ['source', ...defaultClientConditions] };
    return merged;
  },
};

export default config;
