import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
// Generated from the JSDoc of every *.component.ts by `npm run analyze` (custom-elements-manifest.config.mjs).
import manifest from '../packages/elements/custom-elements.json';

type Manifest = {
  modules?: Array<{ declarations?: Array<{ members?: Array<{ privacy?: string; static?: boolean; name?: string }> }> }>;
};

/**
 * The manifest lists every member, private and protected ones included (tools filter by
 * `privacy`). Storybook would turn them all into controls, so it gets only the public API.
 */
function publicApiOnly(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        (m) => !m.static && (m.privacy === undefined || m.privacy === 'public') && !m.name?.startsWith('_') && !m.name?.startsWith('#'),
      );
    }
  }
  return copy;
}

setCustomElementsManifest(publicApiOnly(manifest as Manifest));

/** Widths a widget meets when embedded: a phone, a SharePoint one-third column, a full section. */
const widths: Record<string, string> = { narrow: '360px', column: '560px', page: '960px', full: 'none' };

/**
 * Each story sits in a width-limited box, like a web part in a SharePoint section. Only layout
 * properties are set here: nothing inherited (font, colour) and no global stylesheet, so what a
 * story shows is what a widget's own styles do on a bare page.
 */
const widthContainer: Decorator = (story, context) => {
  const width = widths[String(context.globals['containerWidth'] ?? 'page')] ?? widths['page'];
  return html`<div data-story-container style=${styleMap({ maxWidth: width, marginInline: 'auto', padding: '16px' })}>${story()}</div>`;
};

const preview: Preview = {
  // Docs pages for every component, when @storybook/addon-docs is installed (.storybook/main.ts).
  tags: ['autodocs'],
  decorators: [widthContainer, withActions],
  globalTypes: {
    containerWidth: {
      description: 'Width of the box the widget is embedded in',
      toolbar: {
        title: 'Width',
        icon: 'grow',
        items: [
          { value: 'narrow', title: 'Narrow (360 px, phone)' },
          { value: 'column', title: 'Column (560 px)' },
          { value: 'page', title: 'Page section (960 px)' },
          { value: 'full', title: 'Full width' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { containerWidth: 'page' },
  parameters: {
    layout: 'fullscreen',
    controls: {
      expanded: true,
      sort: 'requiredFirst',
      matchers: { color: /(background|color)$/i },
    },
    // Every typed event our widgets dispatch (bubbling, composed) is logged in the Actions panel.
    actions: { handles: ['spp-cycle-change', 'spp-stage-change', 'spp-refused', 'spp-save-state'] },
    // Used by @storybook/addon-a11y when installed; the same rule set as test/e2e/storybook.test.ts.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
  },
};

export default preview;
