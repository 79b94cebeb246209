import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { applyPartnershipEdit, createStore, memoryAdapter, type Partnership, type Store } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import { loadStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';
import type { SppPartnershipGoals } from './partnership-goals.component';
import '../provider/provider.define';
import './partnership-goals.define';

/** A partnership whose goals and agreements have not been written yet. */
function blank(): Partnership {
  const p = demoPartnership();
  p.goals = { mainGoal: '', getBetterAt: '', mainConcern: '', confidentIn: '', anythingElse: '' };
  p.mou = { note: '' };
  p.dataSharing = { note: '' };
  return p;
}
const storeWith = (p: Partnership, quotaBytes?: number) =>
  createStore(memoryAdapter({ initial: { [`partnership/${p.id}`]: p }, ...(quotaBytes ? { quotaBytes: JSON.stringify(p).length + quotaBytes } : {}) }));
const stored = async (store: Store, p: Partnership) => (await store.get('partnership', p.id))!;

async function mount(store: Store, p: Partnership, actorId: string, options: { width?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>
    <spp-partnership-goals .store=${store} .partnership=${p} actor-id=${actorId}></spp-partnership-goals>
  </div>`);
  const el = wrapper.querySelector('spp-partnership-goals')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="goals"], [role="alert"].notice'), 'the partnership loads');
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: SppPartnershipGoals, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppPartnershipGoals, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const saveState = (el: SppPartnershipGoals) => text(q(el, '[part="save-state"] [role="status"]'));
const goalBox = (el: SppPartnershipGoals, field: string) => q<HTMLTextAreaElement>(el, `textarea[data-goal="${field}"]`)!;
const urlBox = (el: SppPartnershipGoals, agreement: 'mou' | 'dataSharing') => q<HTMLInputElement>(el, `input[data-agreement="${agreement}"][data-field="documentUrl"]`)!;

/** The WCAG 2.0–2.2 A/AA and best-practice rules the Storybook e2e check uses (target size included). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppPartnershipGoals) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

describe('<spp-partnership-goals>', function () {
  this.timeout(20_000);
  beforeEach(() => localStorage.clear());

  it('lets the partnership lead type the goals: saved to the store as typed, and there after a re-mount', async () => {
    const p = blank();
    const store = storeWith(p);
    const el = await mount(store, p, 'u-amara');
    expect(text(q(el, 'h2'))).to.equal('Partnership goals and agreements');
    expect(text(q(el, '#goals-title'))).to.equal('Our goals for 2026–27');
    expect(q(el, '[part="read-only-notice"]')).to.equal(null);
    expect(qa(el, 'textarea[data-goal]').map((t) => text(el.shadowRoot!.querySelector(`label[for="${t.id}"]`)))).to.deep.equal([
      'Our main goal',
      'What we want to get better at',
      'Our main concern',
      'What we are confident in',
      'Anything else',
    ]);
    await accessible(el);

    goalBox(el, 'mainGoal').focus();
    await sendKeys({ type: 'Every school uses its review to act' });
    goalBox(el, 'confidentIn').focus();
    await sendKeys({ type: 'Trust between heads' });
    await el.updateComplete;
    expect(saveState(el)).to.equal('Unsaved changes');
    await el.flush();
    await el.updateComplete;
    expect(saveState(el)).to.equal('All changes saved');
    const saved = await stored(store, p);
    expect(saved.goals.mainGoal).to.equal('Every school uses its review to act');
    expect(saved.goals.confidentIn).to.equal('Trust between heads');
    expect(saved.updatedAt).to.be.a('string');

    const date = q<HTMLInputElement>(el, '#goals-agreed-on')!;
    date.value = '2026-09-17';
    date.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.flush();
    expect((await stored(store, p)).goals.agreedOn).to.equal('2026-09-17');
    await accessible(el);

    el.parentElement!.remove();
    const again = await mount(store, p, 'u-amara');
    expect(goalBox(again, 'mainGoal').value).to.equal('Every school uses its review to act');
    expect(goalBox(again, 'confidentIn').value).to.equal('Trust between heads');
    expect(q<HTMLInputElement>(again, '#goals-agreed-on')!.value).to.equal('2026-09-17');
  });

  it('shows another headteacher the goals and agreements as text, with core’s reason and who keeps them', async () => {
    const p = demoPartnership();
    const store = storeWith(p);
    const el = await mount(store, p, 'u-dev');
    expect(qa(el, 'textarea, input')).to.have.length(0);
    const notice = text(q(el, '[part="read-only-notice"]'));
    expect(notice).to.contain('You can read the goals and agreements but not change them.');
    expect(notice).to.contain('Only the partnership lead can do this.');
    expect(notice).to.contain('Amara Okafor');
    const goals = text(q(el, '[part="goals"]'));
    expect(goals).to.contain('Our main goal');
    expect(goals).to.contain(p.goals.mainGoal);
    expect(goals).to.contain('Anything else Not written yet.');
    expect(goals).to.contain('17 September 2026');
    const mou = text(q(el, '[part="agreement"]'));
    expect(mou).to.contain('Memorandum of understanding');
    expect(mou).to.contain('Signed by all six headteachers.');
    expect(mou).to.contain('No link to the signed document yet.');
    await accessible(el);
  });

  it('refuses a javascript: link with core’s reason and never renders it as a link; an https link is saved and linked', async () => {
    const p = blank();
    const store = storeWith(p);
    const el = await mount(store, p, 'u-amara');
    const box = urlBox(el, 'mou');
    box.focus();
    await sendKeys({ type: 'javascript:alert(document.cookie)' });
    await el.updateComplete;
    // While typing, nothing is refused yet: the address stays in its field.
    expect(box.value).to.equal('javascript:alert(document.cookie)');
    expect(text(q(el, '[part="refusal"]'))).to.equal('');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;

    const expected = applyPartnershipEdit(p, { type: 'SET_AGREEMENT', agreement: 'mou', documentUrl: 'javascript:alert(document.cookie)' }, { actor: { id: 'u-amara' }, partnership: p });
    expect(expected.ok).to.equal(false);
    const reason = expected.ok ? '' : expected.refusal.reason;
    expect(text(q(el, '[part="refusal"]'))).to.equal(`Not done: ${reason}`);
    expect(urlBox(el, 'mou').value, 'what was typed is not lost').to.equal('javascript:alert(document.cookie)');
    expect(urlBox(el, 'mou').getAttribute('aria-invalid')).to.equal('true');
    const error = q(el, '#agreement-mou-url-error')!;
    expect(text(error)).to.contain(reason);
    expect(urlBox(el, 'mou').getAttribute('aria-describedby')).to.contain('agreement-mou-url-error');
    expect(qa(el, 'a')).to.have.length(0);
    expect(el.shadowRoot!.innerHTML).not.to.match(/href=["']?javascript/i);
    await el.flush();
    expect((await stored(store, p)).mou.documentUrl).to.equal(undefined);
    await accessible(el);

    box.focus();
    box.select();
    await sendKeys({ type: 'https://trust.example.org/mou.pdf' });
    await el.updateComplete;
    expect(q(el, '#agreement-mou-url-error')).to.equal(null);
    expect(urlBox(el, 'mou').getAttribute('aria-invalid')).to.equal('false');
    await el.flush();
    expect((await stored(store, p)).mou.documentUrl).to.equal('https://trust.example.org/mou.pdf');
    const link = q<HTMLAnchorElement>(el, '[part="document-link"]')!;
    expect(link.getAttribute('href')).to.equal('https://trust.example.org/mou.pdf');
    expect(text(link)).to.equal('Open the signed memorandum of understanding (opens in a new tab)');
    expect(link.rel).to.contain('noopener');
    await accessible(el);
  });

  it('saves agreement notes and dates, and shows them as text to the associate', async () => {
    const p = blank();
    const store = storeWith(p);
    const el = await mount(store, p, 'u-amara');
    q<HTMLTextAreaElement>(el, 'textarea[data-agreement="dataSharing"][data-field="note"]')!.focus();
    await sendKeys({ type: 'Reviewed every July' });
    const date = q<HTMLInputElement>(el, '#agreement-dataSharing-agreed-on')!;
    date.value = '2026-09-24';
    date.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.flush();
    const saved = await stored(store, p);
    expect(saved.dataSharing).to.deep.equal({ agreedOn: '2026-09-24', note: 'Reviewed every July' });
    el.parentElement!.remove();

    const associate = await mount(store, p, 'u-tessa');
    expect(text(q(associate, '[part="read-only-notice"]'))).to.contain('does not change its records');
    const block = qa(associate, '[part="agreement"]')[1]!;
    expect(text(block)).to.contain('Data-sharing agreement');
    expect(text(block)).to.contain('24 September 2026');
    expect(text(block)).to.contain('Reviewed every July');
    await accessible(associate);
  });

  it('keeps typed goals on screen and on this device when the save fails, and says so', async () => {
    const p = blank();
    const store = storeWith(p, 20);
    const el = await mount(store, p, 'u-amara');
    goalBox(el, 'mainConcern').focus();
    await sendKeys({ type: 'Finding the time for reviewers to be out of school on the same days' });
    await el.flush();
    await el.updateComplete;
    expect(saveState(el)).to.match(/^Not saved: .*storage is full.* Your changes are kept on this device\.$/);
    expect(goalBox(el, 'mainConcern').value).to.equal('Finding the time for reviewers to be out of school on the same days');
    expect((await stored(store, p)).goals.mainConcern).to.equal('');
    expect(localStorage.getItem(`spp-journal:${p.id}:partnership/${p.id}`)).to.contain('Finding the time');
    expect(q(el, '[part="save-state"] button')).to.exist;
    await accessible(el);
  });

  it('says so when the partnership is not in the store, and works through <spp-provider>', async () => {
    const p = blank();
    const empty = await mount(createStore(memoryAdapter()), p, 'u-amara');
    expect(text(q(empty, '[role="alert"].notice'))).to.contain('The partnership “p-riverside” is not in this store yet');
    await accessible(empty);

    const store = storeWith(p);
    const wrapper = await fixture<HTMLElement>(html`<spp-provider .store=${store} .partnership=${p} actor-id="u-amara"><spp-partnership-goals></spp-partnership-goals></spp-provider>`);
    const el = wrapper.querySelector('spp-partnership-goals')!;
    await waitUntil(() => el.shadowRoot!.querySelector('textarea[data-goal]'), 'loads through the provider');
    goalBox(el, 'anythingElse').focus();
    await sendKeys({ type: 'Hello' });
    await el.flush();
    expect((await stored(store, p)).goals.anythingElse).to.equal('Hello');
  });

  it('stacks at 320px without anything wider than the widget', async () => {
    const p = demoPartnership();
    p.mou.documentUrl = `https://trust.example.org/${'documents/'.repeat(20)}mou.pdf`;
    const el = await mount(storeWith(p), p, 'u-amara', { width: '320px' });
    const width = el.getBoundingClientRect().width;
    for (const node of qa(el, 'textarea, input, [part="agreement"], a')) {
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(el.getBoundingClientRect().left + width + 0.5);
    }
    await accessible(el);
  });

  describe('in other languages', () => {
    /** Mounts inside `<div lang>` and waits until the widget renders in that language. */
    async function mountIn(lang: string, store: Store, p: Partnership, actorId: string | undefined, ready: (el: SppPartnershipGoals) => boolean) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><spp-partnership-goals .store=${store} .partnership=${p} actor-id=${actorId ?? ''}></spp-partnership-goals></div>`,
      );
      const el = wrapper.querySelector('spp-partnership-goals')!;
      await waitUntil(() => ready(el), `renders in ${lang}`);
      await el.updateComplete;
      return el;
    }
    const dataOf = (p: Partnership) => [...p.schools.map((s) => s.name), ...p.people.map((person) => person.name), p.name];

    describe('pseudo-locale: no text outside the catalogues', () => {
      before(usePseudoLocale);
      const pseudo = (el: SppPartnershipGoals) => text(q(el, 'h2')).includes('⟦') && Boolean(q(el, '[part="goals"], .notice'));
      const expectAllFromCatalogues = (el: SppPartnershipGoals, p: Partnership, state: string) => {
        const found = unmarkedText(el, dataOf(p));
        expect(found, `<spp-partnership-goals> (${state}) shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
      };

      for (const [state, make, actorId] of [
        ['the partnership lead, goals written', () => demoPartnership(), 'u-amara'],
        ['the partnership lead, nothing written yet', blank, 'u-amara'],
        ['another headteacher, read-only', () => ({ ...demoPartnership(), mou: { agreedOn: '2026-09-17', note: '', documentUrl: 'https://trust.example.org/mou.pdf' } }), 'u-dev'],
        ['the associate, nothing written yet', blank, 'u-tessa'],
        ['nobody signed in', () => demoPartnership(), undefined],
      ] as const) {
        it(`${state}: every visible text comes from a catalogue`, async () => {
          const p = make();
          const el = await mountIn(PSEUDO_LOCALE, storeWith(p), p, actorId, pseudo);
          expectAllFromCatalogues(el, p, state);
        });
      }

      it('the partnership is not in the store', async () => {
        const p = blank();
        const el = await mountIn(PSEUDO_LOCALE, createStore(memoryAdapter()), p, 'u-amara', (e) => text(q(e, '[role="alert"].notice')).includes('⟦'));
        expectAllFromCatalogues(el, p, 'missing');
      });

      it('a link being typed, then refused by core', async () => {
        const p = blank();
        const el = await mountIn(PSEUDO_LOCALE, storeWith(p), p, 'u-amara', pseudo);
        urlBox(el, 'mou').focus();
        await sendKeys({ type: 'javascript:alert(1)' });
        await el.updateComplete;
        expect(q(el, '#agreement-mou-url-pending')).to.exist;
        expectAllFromCatalogues(el, p, 'link pending');
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(q(el, '#agreement-mou-url-error')).to.exist;
        expectAllFromCatalogues(el, p, 'link refused');
      });
    });

    describe('Welsh', () => {
      before(async () => {
        await loadStrings('cy');
      });
      const welsh = (el: SppPartnershipGoals) => text(q(el, 'h2')) === 'Nodau a chytundebau’r bartneriaeth' && Boolean(q(el, '[part="goals"]'));

      it('the partnership lead edits in Welsh: headings, labels, and each date typed shown in Welsh beside its box', async () => {
        const p = demoPartnership();
        p.mou.documentUrl = 'https://trust.example.org/mou.pdf';
        const el = await mountIn('cy', storeWith(p), p, 'u-amara', welsh);
        expect(text(q(el, '#goals-title'))).to.equal('Ein nodau ar gyfer 2026–27');
        expect(text(q(el, '#agreements-title'))).to.equal('Ein cytundebau');
        expect(qa(el, 'textarea[data-goal]').map((t) => text(el.shadowRoot!.querySelector(`label[for="${t.id}"]`)))).to.deep.equal([
          'Ein prif nod',
          'Yr hyn yr ydym am wella arno',
          'Ein prif bryder',
          'Yr hyn yr ydym yn hyderus ynddo',
          'Unrhyw beth arall',
        ]);
        expect(qa(el, 'legend h4').map((h) => text(h))).to.deep.equal(['Memorandwm cyd-ddealltwriaeth', 'Cytundeb rhannu data']);
        // Native date boxes follow the browser's language: the date is also written out in the widget's.
        expect(text(q(el, '#goals-agreed-on-shown'))).to.equal('Y dyddiad a ddewiswyd: dydd Iau 17 Medi 2026.');
        expect(q(el, '#goals-agreed-on')!.getAttribute('aria-describedby')).to.equal('goals-agreed-on-shown');
        expect(text(q(el, '#agreement-dataSharing-agreed-on-shown'))).to.equal('Y dyddiad a ddewiswyd: dydd Iau 24 Medi 2026.');
        expect(text(q(el, '[part="document-link"]'))).to.equal('Agor y memorandwm cyd-ddealltwriaeth wedi’i lofnodi (yn agor mewn tab newydd)');
        await accessible(el);
      });

      it('another headteacher reads it in Welsh, with core’s reason in Welsh', async () => {
        const p = demoPartnership();
        const el = await mountIn('cy', storeWith(p), p, 'u-dev', welsh);
        const notice = text(q(el, '[part="read-only-notice"]'));
        expect(notice).to.contain('Gallwch ddarllen y nodau a’r cytundebau ond nid eu newid.');
        expect(notice).to.contain('Dim ond arweinydd y bartneriaeth sy’n gallu gwneud hyn.');
        expect(notice).to.contain('Arweinydd y bartneriaeth, Amara Okafor, sy’n eu cadw’n gyfredol.');
        const goals = text(q(el, '[part="goals"]'));
        expect(goals).to.contain('Unrhyw beth arall Heb ei ysgrifennu eto.');
        expect(goals).to.contain('17 Medi 2026');
        expect(text(q(el, '[part="agreement"]'))).to.contain('Dim dolen i’r ddogfen wedi’i llofnodi eto.');
        await accessible(el);
      });
    });
  });
});
