/**
 * Finds text a person would read that comes from no catalogue: rendered in the pseudo-locale
 * (every catalogue string wrapped in ⟦…⟧), any visible text or accessible name without the marks
 * was written in code. Used over every story (storybook.test.ts) and the demo (live.test.ts).
 */
import type { Page } from 'playwright-core';
import { demoCycles, demoPartnership, demoReflections, demoSchedule } from '@spp/core/demo';

/**
 * Text of the records the stories show (names of schools and people, what the demo's people
 * typed): data, not catalogue text, so the pseudo-locale leaves it unmarked.
 */
export const RECORD_TEXT = (() => {
  const found = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim() && !/^[\w-]+$/.test(value)) found.add(value.replace(/\s+/g, ' ').trim());
      else if (/^[A-Z]/.test(value)) found.add(value);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const partnership = demoPartnership();
  const cycles = demoCycles(partnership);
  collect([partnership, cycles, demoSchedule(cycles, partnership), demoReflections(partnership)]);
  return [...found];
})();

/**
 * Visible text and accessible names in every widget's shadow root without the pseudo-locale's
 * marks, as "<tag>: text". Left out: what people typed (`.user-text`) and the records' own text,
 * dates (`<time>`), numbers and punctuation.
 */
export async function textOutsideCatalogues(page: Page, { recordText, root = 'body', page: pageText = false }: { recordText: readonly string[]; root?: string; page?: boolean }): Promise<string[]> {
  // tsx (esbuild with keepNames) wraps the named functions below in `__name(...)`, which the page
  // does not have: give it one, whatever context the caller made.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(({ recordText, rootSelector, pageText }) => {
    const widgets: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('spp-') && el.shadowRoot) widgets.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    const top = document.querySelector(rootSelector) ?? document.body;
    walk(top);

    // The records the widgets hold (a story's own partnership, cycle, plan…): every string
    // reachable from their properties (string tables' text has the marks, so it hides nothing).
    const data = new Set(recordText);
    const seen = new Set<object>();
    const collect = (value: unknown, depth: number): void => {
      if (typeof value === 'string') return void (value.trim() && data.add(value.replace(/\s+/g, ' ').trim()));
      if (!value || typeof value !== 'object' || depth > 8 || seen.has(value) || value instanceof Node || value instanceof Window) return;
      seen.add(value);
      const values = value instanceof Map ? [...value.values()] : value instanceof Set ? [...value] : Array.isArray(value) ? value : Object.values(value);
      for (const v of values) collect(v, depth + 1);
    };
    // Symbols too: Lit keeps a reactive property's value under a symbol of its own.
    for (const widget of widgets) for (const key of Reflect.ownKeys(widget)) collect((widget as unknown as Record<PropertyKey, unknown>)[key], 0);
    const records = [...data];

    // Intl's month and weekday names (dates are formatted in the widget's locale, not catalogued).
    const calendar = new Set<string>();
    for (let month = 0; month < 12; month++) {
      const day = new Date(Date.UTC(2026, month, 1 + month));
      for (const month of ['long', 'short'] as const) calendar.add(new Intl.DateTimeFormat('en-GB', { month, timeZone: 'UTC' }).format(day));
      for (const weekday of ['long', 'short'] as const) calendar.add(new Intl.DateTimeFormat('en-GB', { weekday, timeZone: 'UTC' }).format(day));
    }
    const isCalendar = (text: string) => text.split(/[\s,]+/).every((word) => !word || /^\d+$/.test(word) || calendar.has(word));
    const isRecord = (text: string) => {
      const bare = text.replace(/…$/, '');
      return data.has(text) || records.some((d) => d.includes(bare)) || text.split(', ').every((part) => data.has(part));
    };

    const found: string[] = [];
    // The page's own text too (the demo's), where asked: a text in another language than the
    // page's (a language picker's "Cymraeg") is a name, not text to translate.
    const trees: Array<[string, ParentNode]> = [...(pageText ? [['page', top] as [string, ParentNode]] : []), ...widgets.map((w) => [`<${w.localName}>`, w.shadowRoot!] as [string, ParentNode])];
    for (const [where, root] of trees) {
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const text = node.textContent!.replace(/\s+/g, ' ').trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('style, script, .user-text, [hidden], time') || text.includes('⟦') || text.includes('⟧')) continue;
        const lang = parent.closest('[lang]')?.getAttribute('lang');
        if (lang && lang !== 'en-XA') continue;
        // Numbers, punctuation and symbols (✓, !, arrows), dates, and the records' own text.
        if (!/\p{L}/u.test(text) || isCalendar(text) || isRecord(text)) continue;
        if (!parent.checkVisibility() && parent.closest('details:not([open])') === null) continue;
        found.push(`${where}: ${text}`);
      }
      for (const labelled of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
        for (const attribute of ['aria-label', 'title', 'placeholder']) {
          const name = labelled.getAttribute(attribute)?.trim();
          if (name && /\p{L}/u.test(name) && !name.includes('⟦') && !isRecord(name)) found.push(`${where} ${attribute}: ${name}`);
        }
      }
    }
    return [...new Set(found)];
  }, { recordText, rootSelector: root, pageText });
}

