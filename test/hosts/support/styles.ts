/**
 * Computed-style snapshots for the style-leak checks of the host pages.
 *
 * - Inward: the same elements inside each widget's shadow root (its root, headings, text, form
 *   controls, tables), snapshotted on a page with hostile global CSS and on a neutral page; they
 *   must be equal. The properties are the ones a host page can push into a shadow root (inherited
 *   ones: font, colour, spacing, text transforms, white-space…) plus the box ones a universal
 *   reset would set if it could reach inside (margin, padding, display, box-sizing…).
 * - Outward: host page elements (outside the widgets, and the trust's own headings inside the
 *   provider), snapshotted with and without the widgets; they must be equal.
 */
import type { Page } from 'playwright-core';

export const INWARD_PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'color',
  'background-color',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space-collapse',
  'text-wrap-mode',
  'word-break',
  'cursor',
  'visibility',
  'display',
  'box-sizing',
  'margin-top',
  'margin-inline-start',
  'padding-top',
  'padding-inline-start',
  'border-top-style',
  'border-top-width',
  'min-height',
  'list-style-type',
] as const;

/** What to look at inside each widget (the first match of each, when there is one). */
export const INWARD_PROBES = ['root', 'h2', 'h3', 'p', 'label', 'button', 'textarea', 'input:not([type=radio]):not([type=checkbox])', 'select', 'table', 'td', 'li', '[role=status]'];

export type StyleSnapshot = Record<string, string>;

/**
 * `tag#id probe property` -> value, for every widget in `scope`. Widgets are told apart by their
 * id, else by their tag and cycle-id.
 */
export async function snapshotWidgetInternals(page: Page, scope = 'body'): Promise<StyleSnapshot> {
  return page.evaluate(
    ({ scopeSelector, probes, properties }) => {
      const out: Record<string, string> = {};
      const root = document.querySelector(scopeSelector) ?? document.body;
      for (const el of root.querySelectorAll('*')) {
        if (!el.localName.startsWith('spp-') || el.localName === 'spp-provider' || !el.shadowRoot) continue;
        const name = el.id ? `${el.localName}#${el.id}` : `${el.localName}${el.getAttribute('cycle-id') ? `[${el.getAttribute('cycle-id')}]` : ''}`;
        for (const probe of probes) {
          const target = probe === 'root' ? el.shadowRoot.firstElementChild : el.shadowRoot.querySelector(probe);
          if (!target) continue;
          const cs = getComputedStyle(target);
          for (const p of properties) out[`${name} ${probe} ${p}`] = cs.getPropertyValue(p);
        }
      }
      return out;
    },
    { scopeSelector: scope, probes: INWARD_PROBES, properties: [...INWARD_PROPERTIES] },
  );
}

/** Host page elements checked for outward leaks. */
export const OUTWARD_PROBES = ['html', 'body', '#host-title', '#host-text', '#host-label', '#host-input', '#host-select', '#host-textarea', '#host-button', '#host-link', '#host-nav li', '#host-hidden', '#host-footer p', 'main section > h2'];

export async function snapshotHost(page: Page, probes: readonly string[] = OUTWARD_PROBES): Promise<StyleSnapshot> {
  return page.evaluate(
    ({ selectors, properties }) => {
      const out: Record<string, string> = {};
      for (const selector of selectors) {
        const target = document.querySelector(selector);
        if (!target) {
          out[`${selector} (element)`] = 'missing';
          continue;
        }
        const cs = getComputedStyle(target);
        for (const p of properties) out[`${selector} ${p}`] = cs.getPropertyValue(p);
      }
      out['document stylesheets'] = String(document.styleSheets.length);
      out['document adoptedStyleSheets'] = String(document.adoptedStyleSheets.length);
      return out;
    },
    { selectors: [...probes], properties: [...INWARD_PROPERTIES] },
  );
}

export interface StyleDifference {
  key: string;
  expected: string;
  actual: string;
}

/** Keys whose values differ (a key missing on one side counts as a difference). */
export function diffSnapshots(expected: StyleSnapshot, actual: StyleSnapshot): StyleDifference[] {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys]
    .filter((k) => expected[k] !== actual[k])
    .sort()
    .map((key) => ({ key, expected: expected[key] ?? '(absent)', actual: actual[key] ?? '(absent)' }));
}

/** A readable summary: differences grouped by property across widgets. */
export function describeDifferences(diffs: StyleDifference[], limit = 60): string {
  const lines = diffs.slice(0, limit).map((d) => `  ${d.key}: ${d.expected} -> ${d.actual}`);
  if (diffs.length > limit) lines.push(`  … and ${diffs.length - limit} more`);
  return lines.join('\n');
}
