import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnership } from '../src/demo';
import { Cycle } from '../src/schema/cycle';
import {
  ConflictError,
  FutureVersionError,
  InvalidDocumentError,
  StorageFailedError,
  UnreadableRecordError,
  WrongPartnershipError,
} from '../src/errors';
import { checkPartnership, createStore, memoryAdapter, partnershipIdOf, type StoreChange } from '../src/storage';

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

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test('round trip: put then get returns the same document, with revision and updatedAt', async () => {
  const store = createStore(memoryAdapter());
  const partnership = demoPartnership();
  const saved = await store.put(partnership);
  assert.equal(saved.revision, 1);
  assert.ok(saved.updatedAt && !Number.isNaN(Date.parse(saved.updatedAt)));
  const read = await store.get('partnership', partnership.id);
  assert.deepEqual(read, saved);
  assert.deepEqual({ ...read, revision: 0, updatedAt: undefined }, { ...partnership, updatedAt: undefined });
  assert.equal(await store.get('partnership', 'p-nowhere'), undefined);
});

test('stored data is serialised: mutating objects after put or get does not change the store', async () => {
  const store = createStore(memoryAdapter());
  const partnership = demoPartnership();
  const saved = await store.put(partnership);
  partnership.name = 'Changed by the caller';
  partnership.schools.pop();
  saved.name = 'Changed through the result';
  saved.people.length = 0;
  const read = await store.get('partnership', partnership.id);
  assert.equal(read?.name, 'Riverside Learning Partnership');
  assert.equal(read?.schools.length, 6);
  assert.ok((read?.people.length ?? 0) > 0);
  read!.name = 'Changed after get';
  assert.equal((await store.get('partnership', partnership.id))?.name, 'Riverside Learning Partnership');
});

test('put validates first: an invalid document is refused and nothing is written', async () => {
  const adapter = memoryAdapter();
  const store = createStore(adapter);
  const bad = { ...demoPartnership(), academicYear: 'this year' };
  await assert.rejects(store.put(bad), (error: unknown) => {
    assert.ok(error instanceof InvalidDocumentError);
    assert.match(error.message, /academicYear/);
    return true;
  });
  assert.equal(await adapter.read('partnership/p-riverside'), undefined);
});

// Each bad record: the store must explain it, and must leave the stored text exactly as it was.
const corrupt: Array<[string, string, string, RegExp, (new (...args: never[]) => Error)?]> = [
  ['truncated JSON', 'cycle/c-1', JSON.stringify(cycle('c-1')).slice(0, 60), /not valid JSON/],
  ['wrong types', 'cycle/c-1', JSON.stringify({ ...cycle('c-1'), stage: 42, revision: 'three' }), /stage/, InvalidDocumentError],
  ['future schemaVersion', 'cycle/c-1', JSON.stringify({ ...cycle('c-1'), schemaVersion: 99 }), /newer version/, FutureVersionError],
  ['missing fields', 'cycle/c-1', JSON.stringify({ schemaVersion: 1, kind: 'cycle', id: 'c-1' }), /partnershipId/, InvalidDocumentError],
  ['a record of the wrong kind', 'cycle/c-1', JSON.stringify({ ...demoPartnership(), id: 'c-1' }), /expected cycle, found partnership/, InvalidDocumentError],
  ['a record saved under another id', 'cycle/c-1', JSON.stringify(cycle('c-2')), /id: saved under "c-1"/, InvalidDocumentError],
  ['not an object', 'cycle/c-1', '[1,2,3]', /expected an object/],
];

for (const [label, key, raw, message, cause] of corrupt) {
  test(`get reports ${label} as unreadable and leaves it byte-identical`, async () => {
    const adapter = memoryAdapter({ initial: { [key]: raw } });
    const store = createStore(adapter);
    await assert.rejects(store.get('cycle', 'c-1'), (error: unknown) => {
      assert.ok(error instanceof UnreadableRecordError, `got ${String(error)}`);
      assert.equal(error.code, 'unreadable-record');
      assert.equal(error.key, key);
      assert.match(error.message, message);
      if (cause) assert.ok(error.cause instanceof cause, `cause was ${String(error.cause)}`);
      return true;
    });
    assert.deepEqual(await adapter.read(key), { key, value: raw });
  });
}

test('put refuses to overwrite an unreadable record, whatever revision it claims', async () => {
  const truncated = JSON.stringify(cycle('c-1', { revision: 3 })).slice(0, 80);
  const future = JSON.stringify({ ...cycle('c-2', { revision: 3 }), schemaVersion: 2 });
  const adapter = memoryAdapter({ initial: { 'cycle/c-1': truncated, 'cycle/c-2': future } });
  const store = createStore(adapter);
  for (const [id, raw] of [['c-1', truncated], ['c-2', future]] as const) {
    for (const revision of [0, 3]) {
      await assert.rejects(store.put(cycle(id, { revision })), UnreadableRecordError);
      await assert.rejects(store.put(cycle(id), { expectedRevision: revision }), UnreadableRecordError);
    }
    await assert.rejects(store.delete('cycle', id, 3), UnreadableRecordError);
    assert.equal((await adapter.read(`cycle/${id}`))?.value, raw);
  }
});

test('adapter compare-and-set refuses a stored value without a usable revision and writes nothing', async () => {
  const adapter = memoryAdapter({ initial: { 'cycle/a': '{"revision": 1', 'cycle/b': { revision: 'x' }, 'cycle/c': 'plain text' } });
  for (const key of ['cycle/a', 'cycle/b', 'cycle/c']) {
    const before = (await adapter.read(key))?.value;
    for (const expected of [null, 0, 1]) {
      await assert.rejects(adapter.write(key, { revision: 2 }, expected), UnreadableRecordError);
    }
    assert.equal((await adapter.read(key))?.value, before);
  }
});

test('two tabs holding the same revision: the second save is refused and the first is intact', async () => {
  const store = createStore(memoryAdapter());
  await store.put(cycle('c-1'));
  const tabA = (await store.get('cycle', 'c-1'))!;
  const tabB = (await store.get('cycle', 'c-1'))!;
  assert.equal(tabA.revision, 1);

  const savedA = await store.put({ ...tabA, stage: 'pre-review' });
  assert.equal(savedA.revision, 2);
  await assert.rejects(store.put({ ...tabB, stage: 'withdrawn' }), (error: unknown) => {
    assert.ok(error instanceof ConflictError);
    assert.equal(error.expected, 1);
    assert.equal(error.actual, 2);
    return true;
  });
  const stored = await store.get('cycle', 'c-1');
  assert.equal(stored?.stage, 'pre-review');
  assert.equal(stored?.revision, 2);

  // Tab B reloads and saves on top of A's work.
  const reloaded = (await store.get('cycle', 'c-1'))!;
  assert.equal((await store.put({ ...reloaded, stage: 'review' })).revision, 3);
});

test('creating: revision 0 must not collide with an existing record; expectedRevision null means "new"', async () => {
  const store = createStore(memoryAdapter());
  await store.put(cycle('c-1'));
  await assert.rejects(store.put(cycle('c-1', { stage: 'withdrawn' })), ConflictError);
  await assert.rejects(store.put(cycle('c-1'), { expectedRevision: null }), ConflictError);
  assert.equal((await store.get('cycle', 'c-1'))?.stage, 'self-review');
  // A document that was deleted elsewhere cannot be saved back silently either.
  await store.delete('cycle', 'c-1', 1);
  await assert.rejects(store.put(cycle('c-1', { revision: 1 })), ConflictError);
  assert.equal(await store.get('cycle', 'c-1'), undefined);
});

test('a seeded record with revision 0 (or none) can be read, edited and saved', async () => {
  const { revision: _drop, ...noRevision } = demoPartnership();
  const store = createStore(memoryAdapter({ initial: { 'partnership/p-riverside': noRevision, 'cycle/c-1': cycle('c-1') } }));
  const partnership = (await store.get('partnership', 'p-riverside'))!;
  assert.equal(partnership.revision, 0);
  assert.equal((await store.put({ ...partnership, name: 'Renamed' })).revision, 1);
  const c = (await store.get('cycle', 'c-1'))!;
  assert.equal((await store.put({ ...c, stage: 'pre-review' })).revision, 1);
});

test('quota exceeded: the save fails with a clear error and the previous value is intact', async () => {
  const probe = memoryAdapter();
  await createStore(probe).put(demoPartnership());
  const size = String((await probe.read('partnership/p-riverside'))?.value).length;

  const adapter = memoryAdapter({ quotaBytes: size + 200 });
  const store = createStore(adapter);
  const saved = await store.put(demoPartnership());
  const before = (await adapter.read('partnership/p-riverside'))?.value;
  const bigger = { ...saved, goals: { ...saved.goals, anythingElse: 'x'.repeat(5_000) } };
  await assert.rejects(store.put(bigger), (error: unknown) => {
    assert.ok(error instanceof StorageFailedError);
    assert.equal(error.code, 'storage-failed');
    assert.match(error.message, /storage is full/);
    return true;
  });
  assert.equal((await adapter.read('partnership/p-riverside'))?.value, before);
  await assert.rejects(store.put(cycle('c-big', { selfReview: { proposedFocus: { summary: 'y'.repeat(5_000) } } })), StorageFailedError);
  assert.equal(await adapter.read('cycle/c-big'), undefined);
  // A smaller change still fits.
  assert.equal((await store.put({ ...saved, name: 'Riverside' })).revision, 2);
});

test('list returns good documents and reports unreadable ones alongside, deleting nothing', async () => {
  const truncated = '{"schemaVersion":1,"kind":"cycle","id":"c-2","partner';
  const adapter = memoryAdapter({
    initial: {
      'cycle/c-2': truncated,
      'cycle/c-4': { ...cycle('c-4'), schemaVersion: 7 },
      'partnership/p-riverside': demoPartnership(),
      'cyclex/c-9': cycle('c-9'),
    },
  });
  const store = createStore(adapter);
  await store.put(cycle('c-1'));
  await store.put(cycle('c-3', { stage: 'review' }));

  const all = await store.list('cycle');
  assert.deepEqual(all.documents.map((d) => d.id), ['c-1', 'c-3']);
  assert.deepEqual(all.unreadable.map((e) => e.key), ['cycle/c-2', 'cycle/c-4']);
  assert.ok(all.unreadable.every((e) => e instanceof UnreadableRecordError));
  assert.ok(all.unreadable[1]?.cause instanceof FutureVersionError);

  const filtered = await store.list('cycle', (doc) => doc.stage === 'review');
  assert.deepEqual(filtered.documents.map((d) => d.id), ['c-3']);
  assert.equal(filtered.unreadable.length, 2);

  assert.equal((await adapter.read('cycle/c-2'))?.value, truncated);
  assert.equal((await adapter.list('cycle')).length, 4);
  assert.deepEqual((await store.list('partnership')).documents.map((d) => d.id), ['p-riverside']);
});

test('delete is compare-and-set too', async () => {
  const store = createStore(memoryAdapter());
  await store.put(cycle('c-1'));
  await assert.rejects(store.delete('cycle', 'c-1', 0), ConflictError);
  assert.ok(await store.get('cycle', 'c-1'));
  await store.delete('cycle', 'c-1', 1);
  assert.equal(await store.get('cycle', 'c-1'), undefined);
  await store.delete('cycle', 'c-1', 1); // already gone: nothing to do
});

test('watch fires for every save and delete; the keyed form only for its document; unsubscribe stops it', async () => {
  const store = createStore(memoryAdapter());
  const all: StoreChange[] = [];
  const one: StoreChange[] = [];
  const stopAll = store.watch((change) => all.push(change));
  const stopOne = store.watch('cycle', 'c-1', (change) => one.push(change));

  const saved = await store.put(cycle('c-1'));
  await store.put(cycle('c-2'));
  await store.put(demoPartnership());
  await tick();
  assert.deepEqual(all, [
    { key: 'cycle/c-1', kind: 'cycle', id: 'c-1' },
    { key: 'cycle/c-2', kind: 'cycle', id: 'c-2' },
    { key: 'partnership/p-riverside', kind: 'partnership', id: 'p-riverside' },
  ]);
  assert.deepEqual(one, [{ key: 'cycle/c-1', kind: 'cycle', id: 'c-1' }]);

  // A refused save changes nothing, so it notifies nobody.
  await assert.rejects(store.put(cycle('c-1')), ConflictError);
  await store.delete('cycle', 'c-1', saved.revision);
  await tick();
  assert.equal(one.length, 2);
  assert.equal(all.length, 4);

  stopAll();
  stopOne();
  await store.put(cycle('c-1'));
  await tick();
  assert.equal(all.length, 4);
  assert.equal(one.length, 2);
});

test('framework packs, whose schema has no revision, still get compare-and-set', async () => {
  const store = createStore(memoryAdapter());
  const pack = { schemaVersion: 1 as const, kind: 'framework' as const, id: 'f-1', name: 'Pack', version: '1', areas: [] };
  const saved = await store.put(pack);
  assert.equal(saved.revision, 1);
  const read = (await store.get('framework', 'f-1'))!;
  assert.equal(read.revision, 1);
  await store.put({ ...read, name: 'Pack 2' });
  await assert.rejects(store.put({ ...read, name: 'Stale' }), ConflictError);
  assert.equal((await store.get('framework', 'f-1'))?.name, 'Pack 2');
});

test('checkPartnership: a record of another partnership is refused with WrongPartnershipError; framework packs belong to none', () => {
  const riverside = demoPartnership();
  assert.equal(riverside.id, 'p-riverside');
  const mine = cycle('c-1');
  assert.equal(partnershipIdOf(mine), 'p-riverside');
  assert.doesNotThrow(() => checkPartnership(mine, riverside));
  const theirs = { ...mine, partnershipId: 'p-elsewhere' };
  assert.throws(
    () => checkPartnership(theirs, riverside),
    (error: unknown) =>
      error instanceof WrongPartnershipError &&
      error.code === 'wrong-partnership' &&
      error.key === 'cycle/c-1' &&
      error.found === 'p-elsewhere' &&
      error.expected === 'p-riverside' &&
      /different partnership/.test(error.message) &&
      !error.message.includes('p-elsewhere'),
  );
  // The partnership record belongs to itself.
  assert.doesNotThrow(() => checkPartnership(riverside, riverside));
  assert.throws(() => checkPartnership({ ...riverside, id: 'p-elsewhere' }, riverside), WrongPartnershipError);
  assert.equal(partnershipIdOf({ kind: 'framework', id: 'spp-default' }), undefined);
  assert.doesNotThrow(() => checkPartnership({ kind: 'framework', id: 'spp-default' }, riverside));
});
