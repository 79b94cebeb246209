import { expect } from '@open-wc/testing';
import { demoPartnership } from '../../src/demo';
import { Cycle } from '../../src/schema/cycle';
import { ConflictError, FutureVersionError, UnreadableRecordError } from '../../src/errors';
import { createStore, indexedDbAdapter, type IndexedDbAdapter, type StoreChange } from '../../src/storage';
import { IDB_OBJECT_STORE } from '../../src/storage/indexeddb';

// Mocha globals provided by @web/test-runner (the repo has no @types/mocha).
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;
declare const afterEach: (body: () => Promise<void>) => void;

const cycle = (id: string, extra: Record<string, unknown> = {}) =>
  Cycle.parse({
    schemaVersion: 1,
    kind: 'cycle',
    id,
    partnershipId: 'p-riverside',
    hostSchoolId: 's-ashby',
    academicYear: '2026-27',
    stage: 'self-review',
    ...extra,
  });

let counter = 0;
const open: IndexedDbAdapter[] = [];
const names: string[] = [];
/** A unique database per test, so tests never see each other's data. */
const freshName = () => {
  const name = `spp-test-${Date.now()}-${counter++}`;
  names.push(name);
  return name;
};
const adapterFor = (name: string) => {
  const adapter = indexedDbAdapter({ name });
  open.push(adapter);
  return adapter;
};

/** Writes a raw value straight into the database, bypassing the adapter (as corruption would). */
async function writeRaw(name: string, key: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.result.createObjectStore(IDB_OBJECT_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(IDB_OBJECT_STORE, 'readwrite');
    tx.objectStore(IDB_OBJECT_STORE).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

const waitFor = async (check: () => boolean, ms = 2_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

afterEach(async () => {
  for (const adapter of open.splice(0)) adapter.close();
  for (const name of names.splice(0)) {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  }
});

describe('indexedDbAdapter', () => {
  it('round trips a document through the store', async () => {
    const store = createStore(adapterFor(freshName()));
    const saved = await store.put(demoPartnership());
    expect(saved.revision).to.equal(1);
    const read = await store.get('partnership', 'p-riverside');
    expect(read).to.deep.equal(saved);
    expect(await store.get('partnership', 'p-other')).to.equal(undefined);
    // Structured clone: the caller's object is not the stored one.
    saved.name = 'Changed';
    expect((await store.get('partnership', 'p-riverside'))?.name).to.equal('Riverside Learning Partnership');
  });

  it('keeps data after the adapter is closed and a fresh one opens the same database', async () => {
    const name = freshName();
    const first = adapterFor(name);
    await createStore(first).put(cycle('c-1', { stage: 'review' }));
    first.close();

    const store = createStore(adapterFor(name));
    const read = await store.get('cycle', 'c-1');
    expect(read?.stage).to.equal('review');
    expect(read?.revision).to.equal(1);
    expect((await store.list('cycle')).documents.map((d) => d.id)).to.deep.equal(['c-1']);
  });

  it('reports a corrupt raw value and leaves it exactly as it was', async () => {
    const name = freshName();
    const adapter = adapterFor(name);
    const store = createStore(adapter);
    await store.put(cycle('c-1'));
    const truncated = JSON.stringify(cycle('c-2')).slice(0, 50);
    await writeRaw(name, 'cycle/c-2', truncated);
    await writeRaw(name, 'cycle/c-3', { ...cycle('c-3', { revision: 2 }), schemaVersion: 9 });

    let error: unknown;
    try {
      await store.get('cycle', 'c-2');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(UnreadableRecordError);
    expect((error as Error).message).to.match(/not valid JSON/);

    const listed = await store.list('cycle');
    expect(listed.documents.map((d) => d.id)).to.deep.equal(['c-1']);
    expect(listed.unreadable.map((e) => e.key)).to.deep.equal(['cycle/c-2', 'cycle/c-3']);
    expect(listed.unreadable[1]?.cause).to.be.instanceOf(FutureVersionError);

    // Neither can be overwritten or deleted through the store.
    for (const [id, revision] of [['c-2', 0], ['c-3', 2]] as const) {
      let refused: unknown;
      try {
        await store.put(cycle(id, { revision }));
      } catch (e) {
        refused = e;
      }
      expect(refused, id).to.be.instanceOf(UnreadableRecordError);
    }
    expect((await adapter.read('cycle/c-2'))?.value).to.equal(truncated);
    expect(((await adapter.read('cycle/c-3'))?.value as { schemaVersion: number }).schemaVersion).to.equal(9);
  });

  it('refuses a stale save from a second instance on the same database (two tabs)', async () => {
    const name = freshName();
    const tabA = createStore(adapterFor(name));
    const tabB = createStore(adapterFor(name));
    await tabA.put(cycle('c-1'));
    const inA = (await tabA.get('cycle', 'c-1'))!;
    const inB = (await tabB.get('cycle', 'c-1'))!;

    await tabA.put({ ...inA, stage: 'pre-review' });
    let error: unknown;
    try {
      await tabB.put({ ...inB, stage: 'withdrawn' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).actual).to.equal(2);
    const stored = await tabB.get('cycle', 'c-1');
    expect(stored?.stage).to.equal('pre-review');
    expect(stored?.revision).to.equal(2);
  });

  it('lets exactly one of many concurrent saves of the same revision win', async () => {
    const name = freshName();
    const tabs = [adapterFor(name), adapterFor(name), adapterFor(name)].map(createStore);
    const base = await tabs[0]!.put(cycle('c-1'));
    const results = await Promise.allSettled(tabs.map((tab, i) => tab.put({ ...base, academicYear: `202${i}-2${i + 1}` })));
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).to.be.instanceOf(ConflictError);
    expect((await tabs[1]!.get('cycle', 'c-1'))?.revision).to.equal(2);
  });

  it('notifies the other instance through BroadcastChannel, and its own listeners directly', async () => {
    const name = freshName();
    const tabA = createStore(adapterFor(name));
    const tabB = createStore(adapterFor(name));
    const seenByB: StoreChange[] = [];
    const seenByA: StoreChange[] = [];
    tabB.watch('cycle', 'c-1', (change) => seenByB.push(change));
    tabA.watch((change) => seenByA.push(change));

    const saved = await tabA.put(cycle('c-1'));
    await waitFor(() => seenByB.length === 1 && seenByA.length === 1);
    expect(seenByB[0]).to.deep.equal({ key: 'cycle/c-1', kind: 'cycle', id: 'c-1' });

    await tabA.delete('cycle', 'c-1', saved.revision);
    await waitFor(() => seenByB.length === 2);
    expect(await tabB.get('cycle', 'c-1')).to.equal(undefined);
    // Other documents do not reach a keyed watcher.
    await tabA.put(cycle('c-2'));
    await waitFor(() => seenByA.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seenByB).to.have.length(2);
  });
});
