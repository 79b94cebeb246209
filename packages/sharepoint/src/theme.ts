/**
 * The SharePoint site theme (SPFx `IReadonlyTheme`: Fluent UI v8 palette and semantic colours) as
 * the widgets' public `--spp-*` custom properties. Semantic slots come first because they follow
 * section variants (a "strong" section has a brand background and white body text); palette slots
 * are the fallback. A slot the theme lacks sets nothing, so the widgets fall back to the page's
 * Fluent 2 tokens (`--colorBrandBackground`, …) and then to their own defaults.
 */
import type { ReadonlyThemeLike } from './spfx';

/** Every `--spp-*` property the mapping can set, with the theme slots it reads, first found wins. */
export const THEME_SLOTS: ReadonlyArray<readonly [property: string, slots: readonly string[]]> = [
  ['--spp-color-brand', ['semanticColors.primaryButtonBackground', 'palette.themePrimary']],
  ['--spp-color-brand-hover', ['semanticColors.primaryButtonBackgroundHovered', 'palette.themeDarkAlt']],
  ['--spp-color-on-brand', ['semanticColors.primaryButtonText', 'palette.white']],
  ['--spp-color-text', ['semanticColors.bodyText', 'palette.neutralPrimary']],
  ['--spp-color-text-muted', ['semanticColors.bodySubtext', 'palette.neutralSecondary']],
  ['--spp-color-surface', ['semanticColors.bodyBackground', 'palette.white']],
  ['--spp-color-surface-subtle', ['semanticColors.bodyStandoutBackground', 'palette.neutralLighter']],
  ['--spp-color-border', ['semanticColors.inputBorder', 'palette.neutralSecondary']],
  ['--spp-color-border-subtle', ['semanticColors.bodyDivider', 'palette.neutralLight']],
  ['--spp-color-focus', ['semanticColors.focusBorder', 'palette.neutralPrimary']],
  ['--spp-color-danger', ['semanticColors.errorText', 'palette.redDark']],
  ['--spp-color-success', ['semanticColors.successIcon', 'palette.green']],
  ['--spp-color-warning-surface', ['semanticColors.warningBackground', 'palette.yellowLight']],
  ['--spp-font-family', ['fonts.medium.fontFamily']],
  ['--spp-font-size', ['fonts.medium.fontSize']],
  ['--spp-radius', ['effects.roundedCorner2']],
];

/** A value safe to put in a custom property: a colour, a length or a font list, nothing that ends the declaration. */
function safeValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}px`;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!v || v.length > 200 || /[;{}<>\\]|\/\*|url\s*\(|expression\s*\(/i.test(v)) return undefined;
  return v;
}

function read(theme: ReadonlyThemeLike, path: string): unknown {
  let node: unknown = theme;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * `--spp-*` property -> value for a theme (`undefined`: none). E.g.
 * `{ '--spp-color-brand': '#0078d4', '--spp-color-text': '#323130', … }`.
 */
export function themeToCssVars(theme: ReadonlyThemeLike | undefined | null): Record<string, string> {
  const vars: Record<string, string> = {};
  if (!theme) return vars;
  for (const [property, slots] of THEME_SLOTS) {
    for (const slot of slots) {
      const value = safeValue(read(theme, slot));
      if (value) {
        vars[property] = value;
        break;
      }
    }
  }
  return vars;
}

/**
 * Sets the theme's properties on `element` (through the CSSOM, which a strict `style-src` allows)
 * and removes the ones the theme no longer sets, so a section variant change is a clean swap.
 */
export function applyTheme(element: HTMLElement, theme: ReadonlyThemeLike | undefined | null): Record<string, string> {
  const vars = themeToCssVars(theme);
  for (const [property] of THEME_SLOTS) {
    if (vars[property] !== undefined) element.style.setProperty(property, vars[property]);
    else element.style.removeProperty(property);
  }
  return vars;
}
