// The trust's set-up for strict-store.html (strict.html with this module instead of strict.js), as
// docs/distribution.md shows it: the page's own module imports createStore and memoryAdapter from
// the bundle, seeds a store with the demo records and sets `provider.store`. The provider has no
// store until then: it is on its built-in one (IndexedDB, empty in a fresh browser), which it starts
// reading as soon as it connects.
//
// The page lists this module before the bundle's script tag (the order does not matter: both load
// the same bundle, evaluated once), so it runs straight after the bundle has upgraded the widgets,
// while the built-in store's first answer is still to come: the tightest form of the order a
// trust's script-tag page meets. The demo records (demo-data.json, served by the test) come in as a
// JSON module, so nothing is fetched in between. `?order=` chooses how the page connects:
//   after (default)  the page's store, once;
//   twice            another store first (an older copy), then the page's store straight after;
//   delayed          an older copy whose cycle reads answer 200 ms late, then the page's store while
//                    the widgets are still waiting on it;
//   cycle            the page's store, with cycle reads answering 200 ms late at first; the
//                    self-review is moved to another cycle while its first read is on its way,
//                    Ashby Brook's cycle is saved anew, and the widget is moved back.
// Whatever the order, every widget must end showing the page's store as it is now.
import { SppProvider, createStore, memoryAdapter } from '../dist/spp-elements.bundle.js';
import data from './demo-data.json' with { type: 'json' };

const status = document.getElementById('status');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A memory adapter whose reads and listings answer `delay(key)` ms late, with what was stored when asked. */
function delayingAdapter(inner, delay) {
  const late = (key, answer) => {
    const ms = delay(key);
    return ms ? answer.then(async (value) => (await sleep(ms), value)) : answer;
  };
  return { ...inner, read: (key) => late(key, inner.read(key)), list: (kind) => late(`${kind}/`, inner.list(kind)) };
}

async function seed(store, partnership, documents) {
  await store.put(partnership);
  for (const doc of documents) await store.put(doc);
  return store;
}

/** The same records with Ashby Brook's self-review started again (nothing answered): an older copy. */
function olderCopy(documents) {
  return documents.map((doc) => (doc.kind === 'cycle' && doc.id === 'c-ashby' ? { ...doc, selfReview: { ...doc.selfReview, responses: {} } } : doc));
}

async function main() {
  const provider = document.getElementById('provider');
  if (!(provider instanceof SppProvider)) throw new Error('<spp-provider> is not the bundle’s SppProvider');
  const { partnership, documents } = data;
  const order = new URLSearchParams(location.search).get('order') ?? 'after';

  if (order === 'after') {
    provider.store = await seed(createStore(memoryAdapter()), partnership, documents);
  } else if (order === 'twice') {
    const first = await seed(createStore(memoryAdapter()), partnership, olderCopy(documents));
    const store = await seed(createStore(memoryAdapter()), partnership, documents);
    provider.store = first;
    await provider.updateComplete;
    provider.store = store;
  } else if (order === 'delayed') {
    // The older copy, seeded at full speed, then read through an adapter whose cycle reads answer
    // late: the partnership comes at once, so the widgets are waiting on their cycles when the
    // page's store replaces it.
    const older = memoryAdapter();
    await seed(createStore(older), partnership, olderCopy(documents));
    const store = await seed(createStore(memoryAdapter()), partnership, documents);
    provider.store = createStore(delayingAdapter(older, (key) => (key.startsWith('cycle/') ? 200 : 0)));
    await sleep(60);
    provider.store = store;
  } else if (order === 'cycle') {
    const adapter = memoryAdapter();
    const elsewhere = await seed(createStore(adapter), partnership, olderCopy(documents));
    let slow = true;
    const review = document.getElementById('w-self-review');
    provider.store = createStore(delayingAdapter(adapter, (key) => (slow && key.startsWith('cycle/') ? 200 : 0)));
    // Once the partnership is in, Ashby Brook's older copy is on its way, late; the page moves the
    // widget to another cycle…
    await sleep(60);
    review.setAttribute('cycle-id', 'c-kelmarsh');
    // …Ashby Brook's self-review is saved anew (as in another tab)…
    const current = await elsewhere.get('cycle', 'c-ashby');
    await elsewhere.put({ ...documents.find((d) => d.kind === 'cycle' && d.id === 'c-ashby'), revision: current.revision });
    // …and the widget is moved back: this read answers at once, the first one later.
    slow = false;
    review.setAttribute('cycle-id', 'c-ashby');
  } else {
    throw new Error(`unknown order ${order}`);
  }
  status.textContent = 'Partnership loaded.';
  document.documentElement.dataset.seeded = 'true';
}

main().catch((error) => {
  status.textContent = `The page could not start: ${error.message}`;
  console.error(error);
});
