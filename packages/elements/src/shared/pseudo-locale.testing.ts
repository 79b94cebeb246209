/**
 * Test support (not shipped): a pseudo-locale, `en-XA`, in which every catalogue string (the
 * widgets' tables, core's messages, the default pack's text and the continuum) is wrapped in
 * ⟦…⟧, and a finder for visible text without the marks: text written in code instead of taken
 * from a catalogue. A widget test renders inside `<div lang="en-XA">` and expects `unmarkedText`
 * to find nothing.
 */
import { DEFAULT_FRAMEWORK, enGB, frameworkTextOf, practiceText, registerLocale, type Catalogue } from '@spp/core';
import { mapStrings, registerStrings, stringSets, stringTable } from './strings';

export const PSEUDO_LOCALE = 'en-XA';
const wrap = (text: string) => (text.trim() ? `⟦${text}⟧` : text);

let coreRegistered = false;
const setsRegistered = new Set<string>();
/**
 * Registers `en-XA` for core and every string set defined so far (import the widgets first);
 * called again, it adds the sets defined since.
 */
export function usePseudoLocale(): void {
  for (const name of stringSets()) {
    if (setsRegistered.has(name)) continue;
    setsRegistered.add(name);
    // Locale tags and other non-text settings stay as they are.
    registerStrings(PSEUDO_LOCALE, name, mapStrings(stringTable(name), (text, path) => (/(^|\.)(dateLocale|locale)$/.test(path) || /separator/i.test(path) ? text : wrap(text))));
  }
  if (coreRegistered) return;
  coreRegistered = true;
  const messages = Object.fromEntries(Object.entries(enGB).map(([id, entry]) => [id, (p: never) => wrap((entry as (p: never) => string)(p))])) as unknown as Catalogue;
  const practice = mapStrings(practiceText('en-GB'), wrap);
  registerLocale({ locale: PSEUDO_LOCALE, messages, practice, frameworks: { [DEFAULT_FRAMEWORK.id]: mapStrings(frameworkTextOf(DEFAULT_FRAMEWORK), wrap) } });
}

/**
 * Visible text nodes and accessible names (aria-label) in a widget's shadow root without the
 * pseudo-locale's marks. Skipped: what people typed (`.user-text`), dates (`<time>`), numbers and
 * punctuation, and `data`: the record's own names (schools, people, the partnership).
 */
export function unmarkedText(el: Element, data: readonly string[] = []): string[] {
  const found: string[] = [];
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement!;
    if (!text || parent.closest('style, script, .user-text, [hidden], time') || text.includes('⟦') || /^[\d\s.,:;()·–—/%+-]*$/.test(text)) continue;
    if (data.some((d) => text === d)) continue;
    if (!parent.checkVisibility?.() && parent.closest('details:not([open])') === null) continue;
    found.push(text);
  }
  for (const labelled of root.querySelectorAll('[aria-label]')) {
    const name = labelled.getAttribute('aria-label')!;
    if (name.trim() && !name.includes('⟦') && !data.includes(name)) found.push(`aria-label: ${name}`);
  }
  return found;
}
