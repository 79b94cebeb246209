import type { ArgTypesEnhancer, Decorator, Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
// Generated from the JSDoc of every *.component.ts by `npm run analyze` (custom-elements-manifest.config.mjs).
import manifest from '../packages/elements/custom-elements.json';
import { PSEUDO_LOCALE, usePseudoLocale } from '../packages/elements/src/shared/pseudo-locale.testing';

type Manifest = {
  modules?: Array<{ declarations?: Array<{ members?: Array<{ privacy?: string; static?: boolean; readonly?: boolean; name?: string }> }> }>;
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
        (m) =>
          !m.static &&
          !m.readonly &&
          (m.privacy === undefined || m.privacy === 'public') &&
          !m.name?.startsWith('_') &&
          !m.name?.startsWith('#'),
      );
    }
  }
  return copy;
}

setCustomElementsManifest(publicApiOnly(manifest as Manifest));

/**
 * The manifest's types are TypeScript text (`string | undefined`, `'indexeddb' | 'memory'`,
 * `Partnership | undefined`). Turn those into controls Storybook understands: text, number,
 * boolean, a choice for string-literal unions, none for objects (set them from script in the
 * story). Attributes get no control of their own: Storybook's default render sets args as
 * properties (`el[name] = value`), so the control sits on the property (`actorId`, not
 * `actor-id`); an attribute spelt like its property (`storage`) is one arg with it. Slots, events, CSS parts and custom properties are documented but get no control.
 * Anything a story gives its own `control` for is left alone.
 */
const controlsFromManifestTypes: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) => {
  const documentationOnly = new Set(['slots', 'events', 'css custom properties', 'css shadow parts']);
  const result: typeof argTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const text = typeof argType.type === 'object' && argType.type && 'name' in argType.type ? String(argType.type.name) : '';
    // An attribute named like its property (`storage`) shares one arg with it: it is that property.
    const isProperty = category === 'properties' || (category === 'attributes' && /^[a-z][a-zA-Z0-9]*$/.test(name));
    if (argType.control !== undefined || !isProperty) {
      const noControl = argType.control === undefined && (category === 'attributes' || (category !== undefined && documentationOnly.has(category)));
      result[name] = noControl ? { ...argType, control: false } : argType;
      continue;
    }
    const parts = text
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part && part !== 'undefined' && part !== 'null');
    const literals = parts.map((part) => /^(['"`])(.*)\1$/.exec(part)?.[2]);
    if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0]!)) {
      result[name] = { ...argType, type: { name: parts[0] as 'string' | 'number' | 'boolean', required: false } };
    } else if (parts.length > 0 && literals.every((l) => l !== undefined)) {
      result[name] = { ...argType, type: { name: 'enum', value: literals as string[], required: false }, options: literals as string[] };
    } else {
      result[name] = { ...argType, control: false };
    }
  }
  return result;
};

/** Widths a widget meets when embedded: a phone, a SharePoint one-third column, a full section. */
const widths: Record<string, string> = { narrow: '360px', column: '560px', page: '960px', full: 'none' };

/**
 * Each story sits in a width-limited box, like a web part in a SharePoint section. Only layout
 * properties are set here: nothing inherited (font, colour) and no global stylesheet, so what a
 * story shows is what a widget's own styles do on a bare page.
 */
const widthContainer: Decorator = (story, context) => {
  const width = widths[String(context.globals['containerWidth'] ?? 'page')] ?? widths['page'];
  // The toolbar's language: set as the box's `lang`, so every widget in it follows (and loads cy on demand).
  const lang = String(context.globals['locale'] ?? 'en-GB');
  // The pseudo-locale (every catalogue string in ⟦…⟧) for the string sets the story's widgets defined.
  usePseudoLocale();
  return html`<div data-story-container lang=${lang} style=${styleMap({ maxWidth: width, marginInline: 'auto', padding: '16px' })}>${story()}</div>`;
};

const preview: Preview = {
  argTypesEnhancers: [controlsFromManifestTypes],
  // Docs pages for every component, when @storybook/addon-docs is installed (.storybook/main.ts).
  tags: ['autodocs'],
  decorators: [widthContainer, withActions],
  globalTypes: {
    locale: {
      description: 'Language the widgets speak (the lang of the box they are in)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English (en-GB)' },
          { value: 'cy', title: 'Cymraeg (cy)' },
          // Text without ⟦…⟧ in this locale is written in code, not taken from a catalogue.
          { value: PSEUDO_LOCALE, title: 'Pseudo-locale (⟦catalogue text⟧)' },
        ],
        dynamicTitle: true,
      },
    },
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
  initialGlobals: { containerWidth: 'page', locale: 'en-GB' },
  parameters: {
    layout: 'fullscreen',
    controls: {
      expanded: true,
      sort: 'requiredFirst',
      matchers: { color: /(background|color)$/i },
    },
    // Every typed event our widgets dispatch (bubbling, composed) is logged in the Actions panel.
    actions: { handles: ['spp-cycle-change', 'spp-stage-change', 'spp-refused', 'spp-save-state', 'spp-schedule-published', 'spp-support-suggested'] },
    // Used by @storybook/addon-a11y when installed; the same rule set as test/e2e/storybook.test.ts.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
  },
};

export default preview;
