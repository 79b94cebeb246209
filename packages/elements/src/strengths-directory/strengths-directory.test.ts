import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, memoryAdapter, type Cycle, type Store } from '@spp/core';
import { demoCycle, demoCycles, demoPartnership } from '@spp/core/demo';
import type { SppStrengthsDirectory } from './strengths-directory.component';
import { SppSupportSuggestedEvent } from './strengths-directory.events';
import './strengths-directory.define';

const partnership = demoPartnership();

const storeWith = (cycles: readonly Cycle[], extra: Record<string, unknown> = {}) => {
  const initial: Record<string, unknown> = { [`partnership/${partnership.id}`]: partnership, ...extra };
  for (const cycle of cycles) initial[`cycle/${cycle.id}`] = cycle;
  return createStore(memoryAdapter({ initial }));
};

async function mount(options: { actorId?: string; store?: Store; query?: string } = {}) {
  const store = options.store ?? storeWith(demoCycles(partnership));
  const el = await fixture<SppStrengthsDirectory>(html`<spp-strengths-directory
    .store=${store}
    .partnership=${partnership}
    actor-id=${options.actorId ?? 'u-jonah'}
    query=${options.query ?? ''}
  ></spp-strengths-directory>`);
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="notice"][role="status"]') && el.shadowRoot!.querySelector('h2'), 'the strengths are read');
  await el.updateComplete;
  return { el, store };
}

const q = <T extends Element = HTMLElement>(el: SppStrengthsDirectory, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppStrengthsDirectory, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const schools = (el: SppStrengthsDirectory) => qa(el, '[part="school"]').map((s) => s.dataset['school']);
const offers = (el: SppStrengthsDirectory) => qa(el, '[part="offer"]');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppStrengthsDirectory) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

async function search(el: SppStrengthsDirectory, words: string) {
  const input = q<HTMLInputElement>(el, '#search')!;
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A Westgate cycle whose agreed strength is about its reading café. */
function westgateWithCafe(): Cycle {
  const cycle = demoCycle('s-westgate', 'complete', partnership);
  cycle.review.findings = cycle.review.findings.map((f) => (f.kind === 'strength' ? { ...f, text: 'Families come to the after-school reading café and feel confident helping at home.' } : f));
  return cycle;
}

describe('<spp-strengths-directory>', function () {
  this.timeout(20_000);

  it('offers only strengths from agreed reviews, grouped by school, with the school named', async () => {
    const cycles = demoCycles(partnership);
    const oakfield = cycles.find((c) => c.hostSchoolId === 's-oakfield')!;
    // Oakfield's review has a draft strength, not yet agreed by the school.
    expect(oakfield.review.findings.some((f) => f.kind === 'strength')).to.equal(true);
    expect(oakfield.review.findingsAgreedAt).to.equal(undefined);

    const { el } = await mount();
    expect(text(q(el, 'h2'))).to.equal('Strengths to share');
    expect(schools(el)).to.deep.equal(['s-millbrook', 's-thornhill', 's-westgate']);
    expect(offers(el)).to.have.length(3);
    const thornhill = q(el, '[part="school"][data-school="s-thornhill"]')!;
    expect(text(thornhill.querySelector('h3'))).to.equal('Thornhill Special School');
    expect(text(thornhill.querySelector('[part="offer"] .offer-text'))).to.equal(
      cycles.find((c) => c.hostSchoolId === 's-thornhill')!.review.findings.find((f) => f.kind === 'strength')!.text,
    );
    expect(text(thornhill.querySelector('.year'))).to.equal('Agreed in the 2026–27 peer review');
    expect(text(q(el, '[data-count]'))).to.equal('3 strengths from 3 schools.');
    // Areas to explore are never offered.
    expect(text(el.shadowRoot as unknown as Element)).to.not.contain('shortened in Year 6');
    await accessible(el);
  });

  it('marks the signed-in person’s own school “Your school”', async () => {
    const { el } = await mount({ actorId: 'u-maya' });
    const marked = qa(el, '[data-your-school]').map((m) => m.closest('[part="school"]')!.getAttribute('data-school'));
    expect(marked).to.deep.equal(['s-thornhill']);
    expect(text(q(el, '[data-school="s-thornhill"] h3'))).to.equal('Thornhill Special School Your school');
    expect(q(el, '[data-school="s-thornhill"]')!.classList.contains('own')).to.equal(true);
    await accessible(el);
  });

  it('is open to anyone in the partnership: a teacher sees the agreed strengths too', async () => {
    const { el } = await mount({ actorId: 'u-sam' });
    expect(schools(el)).to.deep.equal(['s-millbrook', 's-thornhill', 's-westgate']);
    expect(qa(el, '[data-your-school]').map((m) => m.closest('[part="school"]')!.getAttribute('data-school'))).to.deep.equal(['s-westgate']);
  });

  it('narrows by every word typed, ignoring case and accents, and announces the count once typing pauses', async () => {
    const cycles = demoCycles(partnership).map((c) => (c.hostSchoolId === 's-westgate' ? westgateWithCafe() : c));
    const { el } = await mount({ store: storeWith(cycles) });
    expect(text(q(el, 'label[for="search"]'))).to.equal('Search the strengths');
    expect(offers(el)).to.have.length(3);

    const input = q<HTMLInputElement>(el, '#search')!;
    input.focus();
    await sendKeys({ type: 'Reading CAFE' });
    await el.updateComplete;
    expect(schools(el)).to.deep.equal(['s-westgate']);
    expect(text(q(el, '[data-count]'))).to.equal('1 strength matches “Reading CAFE”, from 1 school.');
    const announce = q(el, '[data-announce]')!;
    expect(announce.getAttribute('role')).to.equal('status');
    await waitUntil(() => text(announce) === '1 strength matches “Reading CAFE”, from 1 school.', 'the count is announced');

    await search(el, 'books thornhill');
    expect(schools(el)).to.deep.equal(['s-thornhill']);
    await search(el, 'books');
    expect(schools(el)).to.deep.equal(['s-millbrook', 's-thornhill']);
    await search(el, 'south triad');
    expect(schools(el)).to.deep.equal(['s-millbrook', 's-thornhill', 's-westgate']);
    await accessible(el);
  });

  it('says when nothing matches, and clearing the search brings everything back with focus in the box', async () => {
    const { el } = await mount({ query: 'orienteering' });
    expect(offers(el)).to.have.length(0);
    expect(text(q(el, '[data-count]'))).to.equal('No strengths match “orienteering”.');
    expect(text(q(el, '[data-no-results]'))).to.equal('Try fewer words, or other words for the same thing.');
    await accessible(el);
    q<HTMLButtonElement>(el, '[data-clear-search]')!.click();
    await el.updateComplete;
    expect(offers(el)).to.have.length(3);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    await waitUntil(() => text(q(el, '[data-announce]')) === '3 strengths from 3 schools.', 'the count is announced');
  });

  it('fires spp-support-suggested (bubbling, composed) with the school and finding, and confirms it', async () => {
    const { el } = await mount();
    const button = q<HTMLButtonElement>(el, '[data-school="s-thornhill"] [data-suggest]')!;
    expect(text(button)).to.match(/^Suggest this school: Thornhill Special School, for “Pupils talk confidently/);
    const heard = oneEvent(document, SppSupportSuggestedEvent.type);
    button.click();
    const event = (await heard) as unknown as SppSupportSuggestedEvent;
    expect(event).to.be.instanceOf(SppSupportSuggestedEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ schoolId: 's-thornhill', findingId: 'f-1', cycleId: 'c-thornhill' });
    expect([event.schoolId, event.findingId]).to.deep.equal(['s-thornhill', 'f-1']);
    await el.updateComplete;
    expect(text(q(el, '[data-school="s-thornhill"] [data-suggested]'))).to.equal('Suggested');
    expect(qa(el, '[data-suggested]')).to.have.length(1);
    expect(text(q(el, '[data-announce]'))).to.match(/^Suggested Thornhill Special School for support: “Pupils talk/);
    await accessible(el);
  });

  it('shows a strength agreed elsewhere without a reload', async () => {
    const early = demoCycles(partnership).filter((c) => !['s-thornhill', 's-westgate'].includes(c.hostSchoolId));
    const { el, store } = await mount({ store: storeWith(early) });
    expect(schools(el)).to.deep.equal(['s-millbrook']);
    await store.put(demoCycle('s-thornhill', 'check-in', partnership));
    await waitUntil(() => schools(el).length === 2, 'the new strength appears');
    expect(schools(el)).to.deep.equal(['s-millbrook', 's-thornhill']);
  });

  it('says when no review has agreed strengths yet', async () => {
    const early = demoCycles(partnership).filter((c) => ['s-ashby', 's-kelmarsh', 's-oakfield'].includes(c.hostSchoolId));
    const { el } = await mount({ store: storeWith(early) });
    expect(text(q(el, '[data-empty]'))).to.equal('No strengths to share yet. They appear here once a school has agreed the findings of its peer review.');
    expect(q(el, '#search')).to.equal(null);
    await accessible(el);
  });

  it('names a cycle record it cannot read and still lists the others', async () => {
    const { el } = await mount({ store: storeWith(demoCycles(partnership), { 'cycle/c-broken': '[1,2' }) });
    const notice = q(el, '[part="unreadable"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('The record saved as “cycle/c-broken”');
    expect(offers(el)).to.have.length(3);
    await accessible(el);
  });

  it('tells someone outside the partnership, and shows them nothing', async () => {
    const { el } = await mount({ actorId: 'u-stranger' });
    expect(text(q(el, '[part="notice"][role="alert"]'))).to.equal('You are not a member of Riverside Learning Partnership, so its schools’ strengths are not shown here.');
    expect(offers(el)).to.have.length(0);
    expect(q(el, '#search')).to.equal(null);
    await accessible(el);
  });

  it('fits a 320px column without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px">
      <spp-strengths-directory .store=${storeWith(demoCycles(partnership))} .partnership=${partnership} actor-id="u-maya"></spp-strengths-directory>
    </div>`);
    const el = wrapper.querySelector('spp-strengths-directory')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="offer"]'), 'the strengths are read');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);
    for (const button of qa<HTMLButtonElement>(el, 'button')) {
      const box = button.getBoundingClientRect();
      expect(box.height, 'buttons are at least 24px high').to.be.at.least(24);
      expect(box.right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    }
    await accessible(el);
  });
});
