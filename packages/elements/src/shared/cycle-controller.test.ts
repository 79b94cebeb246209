import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createCycle, createStore, memoryAdapter, type Cycle, type Store } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import { SppCycleElement } from './spp-element';
import { SAVE_DELAY_MS } from './cycle-controller';
import '../provider/provider.define';

/** A minimal widget on the shared base: shows the stage and one answer, and edits it through core. */
class TestCycleWidget extends SppCycleElement {
  override render() {
    const loading = this.renderLoadState();
    if (loading) return loading;
    const cycle = this.cycleState.cycle!;
    return html`<p id="stage">${cycle.stage}</p>
      <p id="answer">${cycle.selfReview.responses['q1']?.evidence ?? ''}</p>
      ${this.renderRefusal()} ${this.renderSaveState()}`;
  }
  edit(evidence: string) {
    return this.send({ type: 'RECORD_RESPONSE', questionId: 'q1', evidence });
  }
  edit2(evidence: string) {
    return this.send({ type: 'RECORD_RESPONSE', questionId: 'q2', evidence });
  }
}
customElements.define('test-cycle-widget', TestCycleWidget);
declare global {
  interface HTMLElementTagNameMap {
    'test-cycle-widget': TestCycleWidget;
  }
}

const partnership = demoPartnership();
const seed = (): Cycle => createCycle({ id: 'c1', partnership, hostSchoolId: 's-kelmarsh' });
const text = (el: LitElement, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
const status = (el: LitElement) => text(el, '[part="save-state"] [role="status"]');

async function mount(store: Store, actorId = 'u-erin') {
  const el = await fixture<TestCycleWidget>(html`<test-cycle-widget .store=${store} .partnership=${partnership} actor-id=${actorId} cycle-id="c1"></test-cycle-widget>`);
  await waitUntil(() => text(el, '#stage') !== '', 'cycle loads');
  return el;
}

describe('CycleController', () => {
  beforeEach(() => localStorage.clear());

  it('applies an edit at once, then saves it after a pause and says so', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const el = await mount(store);
    el.edit('Book looks');
    await el.updateComplete;
    expect(text(el, '#answer')).to.equal('Book looks');
    expect(status(el)).to.equal('Unsaved changes');
    expect((await store.get('cycle', 'c1'))!.selfReview.responses['q1']).to.equal(undefined);
    await waitUntil(() => status(el) === 'All changes saved', 'saved', { timeout: SAVE_DELAY_MS * 5 });
    const saved = await store.get('cycle', 'c1');
    expect(saved!.selfReview.responses['q1']!.evidence).to.equal('Book looks');
    expect(saved!.revision).to.equal(1);
  });

  it('saves at once when the page is hidden', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const el = await mount(store);
    el.edit('Typed just before closing the tab');
    window.dispatchEvent(new Event('pagehide'));
    await el.flush();
    expect((await store.get('cycle', 'c1'))!.selfReview.responses['q1']!.evidence).to.equal('Typed just before closing the tab');
  });

  it('keeps unsaved edits on this device and replays them through core after a reload', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const first = await mount(store);
    first.edit('Not yet saved when the laptop died');
    // The element goes away without its save running (a crash, not a polite close).
    (first as unknown as { cycleState: { flush: () => Promise<void> } }).cycleState.flush = async () => {};
    first.remove();
    expect((await store.get('cycle', 'c1'))!.selfReview.responses['q1']).to.equal(undefined);
    const second = await mount(store);
    expect(text(second, '#answer')).to.equal('Not yet saved when the laptop died');
    expect(text(second, '[part="save-state"]')).to.contain('Restored 1 unsaved change');
    await second.flush();
    expect((await store.get('cycle', 'c1'))!.selfReview.responses['q1']!.evidence).to.equal('Not yet saved when the laptop died');
  });

  it('never replays one person’s unsaved edits as another person', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const first = await mount(store, 'u-erin');
    first.edit('Erin’s draft');
    (first as unknown as { cycleState: { flush: () => Promise<void> } }).cycleState.flush = async () => {};
    first.remove();
    const other = await mount(store, 'u-dev');
    expect(text(other, '#answer')).to.equal('');
  });

  it('merges edits of different answers made in two tabs', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const tabA = await mount(store, 'u-erin');
    const tabB = await mount(store, 'u-dev');
    tabA.edit('From tab A');
    tabB.edit2('From tab B');
    await tabA.flush();
    await tabB.flush();
    const saved = await store.get('cycle', 'c1');
    expect(saved!.selfReview.responses['q1']!.evidence).to.equal('From tab A');
    expect(saved!.selfReview.responses['q2']!.evidence).to.equal('From tab B');
  });

  it('stops and asks when two tabs edit the same answer, overwriting nothing', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const tabA = await mount(store, 'u-erin');
    const tabB = await mount(store, 'u-dev');
    tabA.edit('Version A');
    tabB.edit('Version B');
    await tabA.flush();
    await tabB.flush();
    await tabB.updateComplete;
    expect((await store.get('cycle', 'c1'))!.selfReview.responses['q1']!.evidence).to.equal('Version A');
    expect(status(tabB)).to.contain('changed this elsewhere');
    expect(text(tabB, '#answer')).to.equal('Version B', 'the second person still sees what they typed');
    const keep = [...tabB.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Keep my changes'))!;
    keep.click();
    await waitUntil(() => status(tabB) === 'All changes saved');
    expect((await store.get('cycle', 'c1'))!.selfReview.responses['q1']!.evidence).to.equal('Version B');
    await expect(tabB).to.be.accessible();
  });

  it('keeps the text of edits that can no longer apply, and shows it to copy back', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const tabA = await mount(store, 'u-erin');
    tabA.edit('Typed while the self-review was being submitted elsewhere');
    (tabA as unknown as { cycleState: { flush: () => Promise<void> } }).cycleState.flush = async () => {};
    tabA.remove();
    // Elsewhere, the head proposes a focus and submits: the self-review can no longer be edited.
    const { transitionOrThrow } = await import('@spp/core');
    let cycle = (await store.get('cycle', 'c1'))!;
    const head = { actor: { id: 'u-dev' }, partnership };
    cycle = transitionOrThrow(cycle, { type: 'PROPOSE_FOCUS', questionIds: ['q1'], summary: 'Feedback' }, head);
    cycle = transitionOrThrow(cycle, { type: 'SUBMIT_SELF_REVIEW' }, head);
    await store.put(cycle);
    const tabB = await mount(store, 'u-erin');
    await tabB.updateComplete;
    expect(text(tabB, '[part="dropped-text"]')).to.contain('Typed while the self-review was being submitted elsewhere');
    expect(text(tabB, '[part="save-state"]')).to.contain('could not be applied');
    await expect(tabB).to.be.accessible();
  });

  it('reports a failed save (storage full), keeps the edit, and retries', async () => {
    const adapter = memoryAdapter({ initial: { 'cycle/c1': seed() }, quotaBytes: JSON.stringify(seed()).length + 400 });
    const store = createStore(adapter);
    const el = await mount(store);
    el.edit('x'.repeat(2000));
    await el.flush();
    await el.updateComplete;
    expect(status(el)).to.match(/^Not saved: .*full/i);
    expect(text(el, '#answer')).to.equal('x'.repeat(2000));
    expect(localStorage.getItem('spp-journal:p-riverside:cycle/c1')).to.contain('xxxx');
    await expect(el).to.be.accessible();
  });

  it('shows core’s refusal and changes nothing when the person may not edit', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const el = await mount(store, 'u-tessa');
    const refusal = el.edit('The associate tries to write');
    await el.updateComplete;
    expect(refusal?.rule).to.equal('associate-reads-only');
    expect(text(el, '[role="alert"]')).to.contain('does not change its records');
    expect(text(el, '#answer')).to.equal('');
  });

  it('explains an unreadable stored cycle and leaves the record untouched', async () => {
    const corrupt = '{"kind":"cycle","id":"c1","schemaVersion":1,"stage":"self-rev';
    const adapter = memoryAdapter({ initial: { 'cycle/c1': corrupt } });
    const el = await fixture<TestCycleWidget>(html`<test-cycle-widget .store=${createStore(adapter)} .partnership=${partnership} actor-id="u-erin" cycle-id="c1"></test-cycle-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(text(el, '[role="alert"]')).to.contain('could not be opened');
    expect((await adapter.read('cycle/c1'))!.value).to.equal(corrupt);
    await expect(el).to.be.accessible();
  });

  it('takes its store, actor, partnership and cycle from <spp-provider>', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const wrapper = await fixture(html`<spp-provider .store=${store} .partnership=${partnership} actor-id="u-dev" cycle-id="c1"><test-cycle-widget></test-cycle-widget></spp-provider>`);
    const el = wrapper.querySelector('test-cycle-widget')!;
    await waitUntil(() => text(el, '#stage') === 'self-review', 'loads through the provider');
    expect(el.edit('Through the provider')).to.equal(undefined);
    await el.flush();
    expect((await store.get('cycle', 'c1'))!.selfReview.responses['q1']!.updatedBy).to.equal('u-dev');
  });

  it('the provider leaves the page content it wraps styled by the page, and hides it when hidden', async () => {
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed() } }));
    const wrapper = await fixture<HTMLElement>(
      html`<div style="word-break: break-all; letter-spacing: 3px"><spp-provider .store=${store} .partnership=${partnership} actor-id="u-dev"><p id="page-text">Page text</p></spp-provider></div>`,
    );
    const provider = wrapper.querySelector('spp-provider')!;
    const pageText = wrapper.querySelector<HTMLElement>('#page-text')!;
    expect(getComputedStyle(pageText).wordBreak, 'inherited from the page, not reset by the provider').to.equal('break-all');
    expect(getComputedStyle(pageText).letterSpacing).to.equal('3px');
    provider.hidden = true;
    expect(getComputedStyle(provider).display).to.equal('none');
    expect(pageText.getClientRects().length, 'nothing inside is shown').to.equal(0);
  });

  it('passes a partnership edited in the store on to the widgets inside the provider', async () => {
    const stored = demoPartnership();
    const store = createStore(memoryAdapter({ initial: { 'cycle/c1': seed(), 'partnership/p-riverside': stored } }));
    const wrapper = await fixture<HTMLElement & { value: { partnership?: { goals: { mainGoal: string } } } }>(
      html`<spp-provider .store=${store} partnership-id="p-riverside" actor-id="u-dev" cycle-id="c1"><test-cycle-widget></test-cycle-widget></spp-provider>`,
    );
    await waitUntil(() => wrapper.value.partnership, 'partnership loaded from the store');
    const current = (await store.get('partnership', 'p-riverside'))!;
    await store.put({ ...current, goals: { ...current.goals, mainGoal: 'Changed by the lead' } });
    await waitUntil(() => wrapper.value.partnership?.goals.mainGoal === 'Changed by the lead', 'the provider follows the store');
  });

  it('works without a store when given a cycle object, reporting changes as events', async () => {
    const el = await fixture<TestCycleWidget>(html`<test-cycle-widget .cycle=${seed()} .partnership=${partnership} actor-id="u-dev"></test-cycle-widget>`);
    await waitUntil(() => text(el, '#stage') === 'self-review');
    let changed: Cycle | undefined;
    el.addEventListener('spp-cycle-change', (e) => (changed = e.cycle));
    el.edit('In memory');
    expect(changed?.selfReview.responses['q1']?.evidence).to.equal('In memory');
  });
});
