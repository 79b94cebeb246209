/**
 * The widgets' locales: every en-GB string has its Welsh, with the same placeholders and every
 * plural form; Welsh counts; a `lang` change at runtime keeps what is typed; and a pseudo-locale
 * (every catalogue string wrapped in ⟦…⟧) shows any text that does not come from a catalogue.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCycle, createStore, memoryAdapter } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import '../index';
import { isPlural, loadStrings, stringSets, stringTable, type Plural } from './strings';
import { unmarkedText, usePseudoLocale } from './pseudo-locale.testing';
import { langOf } from './locale-controller';
import type { SppSelfReview } from '../self-review/self-review.component';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const pluralPlaceholders = (p: Plural) => [...new Set(Object.values(p.forms).flatMap((f) => placeholders(f as string)))].filter((n) => n !== 'count').sort();

/** Every difference between an en-GB table and its translation, each naming the key. */
function compare(en: unknown, cy: unknown, path: string, problems: string[]): void {
  if (typeof en === 'string') {
    if (typeof cy !== 'string') return void problems.push(`${path}: missing in cy`);
    if (placeholders(en).join() !== placeholders(cy).join()) problems.push(`${path}: placeholders ${placeholders(en)} in en-GB, ${placeholders(cy)} in cy`);
    return;
  }
  if (isPlural(en)) {
    if (!isPlural(cy)) return void problems.push(`${path}: not a plural entry in cy`);
    const missing = CATEGORIES.filter((c) => typeof cy.forms[c as keyof typeof cy.forms] !== 'string');
    if (missing.length) problems.push(`${path}: cy has no ${missing.join(', ')} form`);
    if (pluralPlaceholders(en).join() !== pluralPlaceholders(cy).join()) problems.push(`${path}: placeholders ${pluralPlaceholders(en)} in en-GB, ${pluralPlaceholders(cy)} in cy`);
    return;
  }
  if (en && typeof en === 'object') {
    if (!cy || typeof cy !== 'object') return void problems.push(`${path}: missing in cy`);
    for (const key of Object.keys(en)) compare((en as Record<string, unknown>)[key], (cy as Record<string, unknown>)[key], path ? `${path}.${key}` : key, problems);
    for (const key of Object.keys(cy)) if (!(key in en)) problems.push(`${path ? `${path}.${key}` : key}: in cy but not in en-GB`);
  }
}

describe('widget locales', () => {
  before(async () => {
    await loadStrings('cy');
  });

  describe('completeness', () => {
    it('every string set has a Welsh table', () => {
      expect(stringSets().filter((name) => !stringTable(name, 'cy'))).to.deep.equal([]);
    });
    for (const name of stringSets()) {
      it(`${name}: every en-GB key is in cy with the same placeholders and every plural form, and nothing extra`, () => {
        const problems: string[] = [];
        compare(stringTable(name), stringTable(name, 'cy'), name, problems);
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  });

  describe('Welsh plurals', () => {
    const common = () => stringTable('common', 'cy') as { restored: Plural; dropped: Plural };
    it('chooses the form for 0, 1, 2, 3, 6 and 11', () => {
      const said = [0, 1, 2, 3, 6, 11].map((n) => common().restored(n));
      expect(said).to.deep.equal([
        'Nid oedd dim newidiadau heb eu cadw i’w hadfer o’r ddyfais hon.',
        'Adferwyd 1 newid heb ei gadw o’r ddyfais hon.',
        'Adferwyd dau newid heb eu cadw o’r ddyfais hon.',
        'Adferwyd tri newid heb eu cadw o’r ddyfais hon.',
        'Adferwyd chwe newid heb eu cadw o’r ddyfais hon.',
        'Adferwyd 11 newid heb eu cadw o’r ddyfais hon.',
      ]);
    });
    it('fills the other placeholders of a plural form', () => {
      expect(common().dropped(2, { reason: 'Rheswm.' })).to.equal('Nid oedd modd cymhwyso dau newid heb eu cadw: Rheswm.');
    });
    it('English has one and other (and says none for 0 where a table gives it)', () => {
      const t = stringTable('self-review') as { confirmFocus: Plural };
      expect([0, 1, 2, 11].map((n) => t.confirmFocus(n))).to.deep.equal([
        'Proposed focus: no questions.',
        'Proposed focus: 1 question.',
        'Proposed focus: 2 questions.',
        'Proposed focus: 11 questions.',
      ]);
    });
  });

  describe('which language', () => {
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));
    it('its own lang, else the nearest ancestor’s across shadow roots, else <html lang>', () => {
      const outer = document.createElement('div');
      outer.lang = 'cy';
      const host = document.createElement('div');
      outer.append(host);
      const inner = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(inner);
      document.body.append(outer);
      expect(langOf(inner)).to.equal('cy');
      inner.lang = 'en-GB';
      expect(langOf(inner)).to.equal('en-GB');
      outer.remove();
      const alone = document.createElement('span');
      document.body.append(alone);
      document.documentElement.setAttribute('lang', 'cy-GB');
      expect(langOf(alone)).to.equal('cy-GB');
      alone.remove();
    });
  });

  describe('switching lang at runtime', () => {
    beforeEach(() => localStorage.clear());
    it('keeps unsaved typed text and changes the labels', async () => {
      const partnership = demoPartnership();
      const cycle = createCycle({ id: 'c-ashby', partnership, hostSchoolId: 's-ashby' });
      const store = createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle } }));
      const el = await fixture<SppSelfReview>(html`<spp-self-review .store=${store} .partnership=${partnership} actor-id="u-amara" cycle-id="c-ashby"></spp-self-review>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="progress"]'), 'the cycle loads');
      const box = root.querySelector<HTMLTextAreaElement>('textarea')!;
      box.value = 'Mae’r disgyblion yn darllen bob dydd.';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await el.updateComplete;
      expect(root.querySelector('h2')!.textContent).to.contain('Self-review');

      el.setAttribute('lang', 'cy');
      await waitUntil(() => root.querySelector('h2')!.textContent!.includes('Hunanwerthuso'), 'the labels change to Welsh');
      expect(root.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Mae’r disgyblion yn darllen bob dydd.');
      expect(root.textContent).to.contain('Nodiadau tystiolaeth');
      // Core's framework text follows too: the default pack's questions in Welsh.
      expect(root.querySelector('fieldset.question legend')!.textContent!.trim()).to.not.equal('');

      el.setAttribute('lang', 'en-GB');
      await waitUntil(() => root.querySelector('h2')!.textContent!.includes('Self-review'), 'back to English');
      expect(root.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Mae’r disgyblion yn darllen bob dydd.');
    });
  });

  describe('pseudo-locale: no text outside the catalogues', () => {
    before(usePseudoLocale);

    for (const [story, make] of [
      ['empty', (p: ReturnType<typeof demoPartnership>) => createCycle({ id: 'c-ashby', partnership: p, hostSchoolId: 's-ashby' })],
      ['in progress', (p: ReturnType<typeof demoPartnership>) => ({ ...demoCycle('s-ashby', 'self-review', p), id: 'c-ashby' })],
    ] as const) {
      it(`<spp-self-review> (${story}): every visible text comes from a catalogue`, async () => {
        localStorage.clear();
        const partnership = demoPartnership();
        const cycle = make(partnership);
        const store = createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle } }));
        const el = await fixture<SppSelfReview>(
          html`<div lang="en-XA"><spp-self-review .store=${store} .partnership=${partnership} actor-id="u-amara" cycle-id="c-ashby"></spp-self-review></div>`,
        ).then((div) => div.querySelector('spp-self-review') as SppSelfReview);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="progress"]') && el.shadowRoot!.querySelector('h2')!.textContent!.includes('⟦'), 'renders in the pseudo-locale');
        const data = [...partnership.schools.map((s) => s.name), ...partnership.people.map((p) => p.name), partnership.name];
        const found = unmarkedText(el, data);
        expect(found, `<spp-self-review> shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
      });
    }
  });
});
