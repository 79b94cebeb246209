import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCycle, createStore, memoryAdapter, type Partnership, type StorageAdapter, type Store } from '@spp/core';
import { demoCycles, demoPartnership } from '@spp/core/demo';
import { setStrings } from '../shared/strings';
import type { SppProvider } from './provider.component';
import './provider.define';
import '../self-review/self-review.define';
import '../partnership-goals/partnership-goals.define';
import '../cycle-tracker/cycle-tracker.define';

/**
 * The order a page meets with a script tag: the widgets upgrade (and the provider starts reading
 * its built-in store) before the page's own module sets `provider.store`. Whatever the order and
 * however late an earlier store answers, the widgets end showing the last store's records.
 */

/** The demo partnership and its cycles, keyed as a store keeps them. */
function records(partnership: Partnership = demoPartnership()): Record<string, unknown> {
  const initial: Record<string, unknown> = { [`partnership/${partnership.id}`]: partnership };
  for (const cycle of demoCycles(partnership)) initial[`cycle/${cycle.id}`] = cycle;
  return initial;
}

/**
 * An older copy under the same ids: the partnership under another name, Ashby Brook renamed, and
 * its cycle with nothing answered. Shown anywhere, it means an earlier store's answer won.
 */
function staleRecords(): Record<string, unknown> {
  const partnership = demoPartnership();
  partnership.name = 'Stale Copy Partnership';
  partnership.schools = partnership.schools.map((s) => (s.id === 's-ashby' ? { ...s, name: 'Stale Copy School' } : s));
  return { ...records(partnership), 'cycle/c-ashby': createCycle({ id: 'c-ashby', partnership, hostSchoolId: 's-ashby' }) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one stand-in these tests use: a real memory adapter whose reads and listings answer
 * `delay(key)` ms late, with what was stored when they were asked (as a slow disk or server would).
 */
function delayingAdapter(inner: StorageAdapter, delay: (key: string) => number): StorageAdapter {
  const late = <T>(key: string, answer: Promise<T>): Promise<T> => {
    const ms = delay(key);
    return ms ? answer.then(async (value) => (await sleep(ms), value)) : answer;
  };
  return { ...inner, read: (key) => late(key, inner.read(key)), list: (kind) => late(`${kind}/`, inner.list(kind)) };
}

const pageStore = () => createStore(memoryAdapter({ initial: records() }));
const slowStore = (initial: Record<string, unknown>, ms = 200) => createStore(delayingAdapter(memoryAdapter({ initial }), () => ms));

let database = 0;
const databases: string[] = [];
/** A provider with the built-in IndexedDB store (a database of its own, empty) and three widgets, one per kind of controller. */
async function mountOnBuiltInStore(): Promise<SppProvider> {
  const name = `spp-provider-test-${Date.now()}-${database++}`;
  databases.push(name);
  return fixture<SppProvider>(html`<spp-provider database-name=${name} actor-id="u-amara" partnership-id="p-riverside">
    <spp-self-review cycle-id="c-ashby"></spp-self-review>
    <spp-partnership-goals></spp-partnership-goals>
    <spp-cycle-tracker></spp-cycle-tracker>
  </spp-provider>`);
}
async function mountOn(store: Store, cycleId = 'c-ashby'): Promise<SppProvider> {
  return fixture<SppProvider>(html`<spp-provider .store=${store} actor-id="u-amara" partnership-id="p-riverside">
    <spp-self-review cycle-id=${cycleId}></spp-self-review>
    <spp-partnership-goals></spp-partnership-goals>
    <spp-cycle-tracker></spp-cycle-tracker>
  </spp-provider>`);
}

const shown = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const providerMessage = (provider: SppProvider) => provider.shadowRoot!.querySelector('[part="error"]')?.textContent?.trim() ?? '';

/** What the page's store holds, as the widgets show it: every check is on text a person reads. */
function showsPageStore(provider: SppProvider): string[] {
  const review = shown(provider.querySelector('spp-self-review'));
  const goals = shown(provider.querySelector('spp-partnership-goals'));
  const tracker = shown(provider.querySelector('spp-cycle-tracker'));
  const wrong: string[] = [];
  if (!/Self-review: Ashby Brook Primary/.test(review) || !/3 of 15 questions answered/.test(review)) wrong.push(`self-review: ${review.slice(0, 160)}`);
  if (!/Our goals for 2026–27/.test(goals) || /Stale Copy/.test(goals)) wrong.push(`goals: ${goals.slice(0, 160)}`);
  if (!/Ashby Brook Primary/.test(tracker) || !/Westgate All-Through School/.test(tracker) || /Stale Copy/.test(tracker)) wrong.push(`tracker: ${tracker.slice(0, 160)}`);
  if (providerMessage(provider)) wrong.push(`provider: ${providerMessage(provider)}`);
  return wrong;
}

/**
 * Waits until the widgets show the page's store, then waits out every earlier answer (the delay,
 * twice over, and an IndexedDB open) and checks again: the end state is what counts.
 */
async function expectPageStoreInTheEnd(provider: SppProvider): Promise<void> {
  await waitUntil(() => showsPageStore(provider).length === 0, 'the widgets show the page store', { timeout: 4000 }).catch(() => undefined);
  await sleep(600);
  await provider.updateComplete;
  expect(showsPageStore(provider)).to.deep.equal([]);
}

describe('<spp-provider>: a store set after the widgets have upgraded', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => setStrings({ provider: { partnershipMissing: 'No partnership called “{id}” was found.' } }));
  after(async () => {
    await Promise.all(databases.map((name) => new Promise((resolve) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: resolve, onerror: resolve, onblocked: resolve }))));
  });

  it('connects every widget when the page sets its store after upgrade (the script-tag order)', async () => {
    const provider = await mountOnBuiltInStore();
    // The provider has started reading its built-in (empty) IndexedDB store; now the page's module runs.
    provider.store = pageStore();
    await expectPageStoreInTheEnd(provider);
  });

  it('the second of two stores set in quick succession wins', async () => {
    const provider = await mountOnBuiltInStore();
    provider.store = createStore(memoryAdapter({ initial: staleRecords() }));
    await provider.updateComplete;
    provider.store = pageStore();
    await expectPageStoreInTheEnd(provider);
  });

  it('a store set while the first store is still answering (200 ms late) wins over that late answer', async () => {
    const provider = await mountOn(slowStore(staleRecords()));
    await sleep(20); // the provider and the widgets are waiting on the slow store
    provider.store = pageStore();
    await expectPageStoreInTheEnd(provider);
  });

  it('with the partnership given as a property, a store set while the first is still answering (200 ms late) wins in every widget', async () => {
    // The widgets keep their partnership across the change, so each controller sees the store change under it.
    const provider = await fixture<SppProvider>(html`<spp-provider .store=${slowStore(staleRecords())} .partnership=${demoPartnership()} actor-id="u-amara">
      <spp-self-review cycle-id="c-ashby"></spp-self-review>
      <spp-partnership-goals></spp-partnership-goals>
      <spp-cycle-tracker></spp-cycle-tracker>
    </spp-provider>`);
    await sleep(20); // every widget is waiting on the slow store
    provider.store = pageStore();
    await expectPageStoreInTheEnd(provider);
  });

  /** Mounts on a store whose cycle reads answer late while `slow(key)` says so; resolves once the partnership is in. */
  async function mountWithSlowCycles(adapter: StorageAdapter, slow: (key: string) => boolean) {
    const provider = await mountOn(createStore(delayingAdapter(adapter, (key) => (key.startsWith('cycle/') && slow(key) ? 200 : 0))));
    const review = provider.querySelector('spp-self-review')!;
    // The partnership is in and c-ashby has been asked for: the widget says it is loading.
    await waitUntil(() => /Loading…/.test(shown(review)), 'c-ashby is on its way');
    return { provider, review };
  }

  it('a cycle-id changed while a load is in flight ends on that cycle', async () => {
    const { review } = await mountWithSlowCycles(memoryAdapter({ initial: records() }), (key) => key === 'cycle/c-ashby');
    review.cycleId = 'c-kelmarsh';
    await sleep(400); // c-ashby's late answer has come and gone
    await review.updateComplete;
    expect(shown(review)).to.match(/Kelmarsh Road Primary/);
    expect(shown(review)).not.to.match(/Ashby Brook Primary/);
  });

  it('a cycle-id changed away and back while the first load is in flight shows the record as it is now, not the late answer', async () => {
    const adapter = memoryAdapter({ initial: records() });
    let slow = true;
    const { review } = await mountWithSlowCycles(adapter, () => slow);
    // c-ashby (3 questions answered) is on its way, 200 ms late. The page moves to another cycle…
    review.cycleId = 'c-kelmarsh';
    await review.updateComplete;
    // …Ashby Brook's self-review is started again elsewhere…
    const elsewhere = createStore(adapter);
    const before = (await elsewhere.get('cycle', 'c-ashby'))!;
    await elsewhere.put({ ...createCycle({ id: 'c-ashby', partnership: demoPartnership(), hostSchoolId: 's-ashby' }), revision: before.revision });
    // …and the page comes back to it: this answer (nothing answered) is quick, the first one late.
    slow = false;
    review.cycleId = 'c-ashby';
    await sleep(400);
    await review.updateComplete;
    expect(shown(review)).to.match(/Self-review: Ashby Brook Primary/);
    expect(/(\d+) of 15 questions answered/.exec(shown(review))?.[1], 'questions answered').to.equal('0');
  });

  it('says it has no store of the page yet, not that the partnership does not exist; the message goes once the store is set', async () => {
    const provider = await mountOnBuiltInStore();
    await waitUntil(() => providerMessage(provider), 'the provider says why nothing shows', { timeout: 4000 });
    expect(providerMessage(provider)).to.equal(
      'No store has been given to these widgets yet, and the partnership “p-riverside” is not in this browser’s own storage. They connect as soon as the page gives them its store.',
    );
    expect(providerMessage(provider)).not.to.match(/was found|not found/);
    expect(provider.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('status');
    provider.store = pageStore();
    await expectPageStoreInTheEnd(provider);
  });

  it('a store of the page without the partnership says it was not found there, from the strings table', async () => {
    const provider = await mountOn(createStore(memoryAdapter()));
    await waitUntil(() => providerMessage(provider), 'the provider says the partnership is missing', { timeout: 4000 });
    expect(providerMessage(provider)).to.equal('No partnership called “p-riverside” was found.');
    expect(provider.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    setStrings({ provider: { partnershipMissing: 'Dim partneriaeth “{id}”.' } });
    await provider.updateComplete;
    expect(providerMessage(provider)).to.equal('Dim partneriaeth “p-riverside”.');
  });
});
