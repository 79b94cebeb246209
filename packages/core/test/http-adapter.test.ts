import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartnership } from '../src/demo';
import { ConflictError, StorageFailedError, UnreadableRecordError, createCycle, createStore, memoryAdapter } from '../src/index';
import { httpAdapter, localStorageQueue, memoryQueue, type HttpAdapter, type HttpAdapterOptions, type HttpStoreChange } from '../src/storage/http';
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from './support/reference-server';

const partnership = demoPartnership();
const cycle = (id: string) => createCycle({ id, partnership, hostSchoolId: 's-ashby' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const stored = (server: ReferenceServer, key: string) => JSON.parse(server.records.get(key) ?? 'null') as Record<string, unknown> | null;
const requestsTo = (server: ReferenceServer, method: string) => server.requests.filter((r) => r.method === method).length;

/** Waits for a condition with a hard limit (the change feed is the only real-time part). */
async function waitFor(check: () => boolean, ms = 3_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A real reference server on loopback and a factory for adapters to it; all stopped after the test. */
async function setup(t: TestContext, serverOptions: ReferenceServerOptions = {}) {
  const server = await startReferenceServer(serverOptions);
  const delays: number[] = []; // every backoff the adapters asked for (sleep is injected: no real waiting)
  const adapters: HttpAdapter[] = [];
  const make = (extra: Partial<HttpAdapterOptions> = {}) => {
    const adapter = httpAdapter({
      baseUrl: server.url,
      retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
      sleep: async (ms) => void delays.push(ms),
      random: () => 0.5,
      timeoutMs: 2_000,
      queue: memoryQueue(),
      ...extra,
    });
    adapters.push(adapter);
    return adapter;
  };
  t.after(async () => {
    for (const adapter of adapters) adapter.close();
    await server.stop();
  });
  return { server, delays, make };
}

/** A stand-in for window.localStorage (Node has none): shared between adapters, it plays a reload. */
const fakeStorage = () => {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

test('round trip through createStore(httpAdapter): partnership and a cycle saved, listed, deleted; own saves notified', async (t) => {
  const { server, make } = await setup(t);
  const adapter = make();
  const store = createStore(adapter);
  const changes: string[] = [];
  adapter.subscribe((change) => changes.push(change.key));

  const saved = await store.put(partnership);
  assert.equal(saved.revision, 1);
  assert.deepEqual(await store.get('partnership', partnership.id), saved);
  assert.equal(await store.get('partnership', 'p-nowhere'), undefined);

  const first = await store.put(cycle('c-ashby'));
  const updated = await store.put({ ...first, stage: 'pre-review' });
  assert.equal(updated.revision, 2);
  assert.deepEqual((await store.list('cycle')).documents, [updated]);
  assert.equal(stored(server, 'cycle/c-ashby')?.['stage'], 'pre-review');

  await store.delete('cycle', 'c-ashby', 2);
  assert.equal(await store.get('cycle', 'c-ashby'), undefined);
  assert.equal(server.records.has('cycle/c-ashby'), false);
  await tick();
  assert.deepEqual(changes, ['partnership/p-riverside', 'cycle/c-ashby', 'cycle/c-ashby', 'cycle/c-ashby']);
  assert.equal(adapter.pending(), 0);
  // Compare-and-set is on the wire: every save named the revision it replaces.
  const puts = server.requests.filter((r) => r.method === 'PUT').map((r) => r.headers['if-match'] ?? `none-match ${r.headers['if-none-match']}`);
  assert.deepEqual(puts, ['none-match *', 'none-match *', '"1"']);
});

test('two browsers holding the same revision: the second save is a ConflictError and the first is intact', async (t) => {
  const { server, make } = await setup(t);
  const browserA = createStore(make());
  const browserB = createStore(make());
  await browserA.put(cycle('c-1'));
  const inA = (await browserA.get('cycle', 'c-1'))!;
  const inB = (await browserB.get('cycle', 'c-1'))!;

  await browserA.put({ ...inA, stage: 'pre-review' });
  await assert.rejects(browserB.put({ ...inB, stage: 'withdrawn' }), (error: unknown) => {
    assert.ok(error instanceof ConflictError);
    assert.equal(error.expected, 1);
    assert.equal(error.actual, 2);
    return true;
  });
  assert.equal(stored(server, 'cycle/c-1')?.['stage'], 'pre-review');
  assert.equal(stored(server, 'cycle/c-1')?.['revision'], 2);
  // A conflict is the person's to resolve now: it is not queued to be sent later.
  assert.equal(make().pending(), 0);
});

test('503 twice, then success: retried with exponential backoff and jitter', async (t) => {
  const { server, delays, make } = await setup(t);
  const adapter = make();
  server.failNext(2);
  await adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 1 }, null);
  assert.deepEqual(delays, [75, 150]); // 100 then 200 ms, each jittered into [half, full]: 0.5 → 3/4
  assert.equal(requestsTo(server, 'PUT'), 3);
  assert.equal(stored(server, 'cycle/c-1')?.['revision'], 1);
  assert.equal(adapter.pending(), 0);
});

test('Retry-After is honoured, in seconds or as a date; a longer one than we wait queues the save and holds off the server', async (t) => {
  const { server, delays, make } = await setup(t);
  let clock = Date.UTC(2026, 10, 23, 9, 0, 0);
  const adapter = make({ now: () => clock, retry: { attempts: 3, maxDelayMs: 8_000 } });

  server.failNext(1, { status: 503, retryAfter: '2' });
  server.failNext(1, { status: 429, retryAfter: new Date(clock + 3_000).toUTCString() });
  await adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 1 }, null);
  assert.deepEqual(delays, [2_000, 3_000]);
  assert.equal(stored(server, 'cycle/c-1')?.['revision'], 1);

  // Two minutes is more than maxDelayMs: do not sit waiting, keep the save, and ask nothing before then.
  server.failNext(1, { status: 503, retryAfter: '120' });
  await adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 2, stage: 'pre-review' }, 1);
  assert.equal(adapter.pending(), 1);
  const before = server.requests.length;
  await adapter.flushQueue();
  assert.equal(server.requests.length, before);
  clock += 121_000;
  await adapter.flushQueue();
  assert.equal(adapter.pending(), 0);
  assert.equal(stored(server, 'cycle/c-1')?.['stage'], 'pre-review');
  assert.deepEqual(delays, [2_000, 3_000]);
});

test('4xx is not retried: 400 and 401 fail at once and nothing is queued', async (t) => {
  const { server, delays, make } = await setup(t, { token: 'secret' });
  let token = 'secret';
  const adapter = make({ headers: () => ({ Authorization: `Bearer ${token}` }) });
  await adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 1 }, null);

  server.failNext(1, { status: 400, body: JSON.stringify({ message: 'unexpected field' }) });
  await assert.rejects(adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 2 }, 1), (error: unknown) => {
    assert.ok(error instanceof StorageFailedError);
    assert.match(error.message, /refused \(HTTP 400\) \(unexpected field\)/);
    return true;
  });
  token = 'expired';
  await assert.rejects(adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 2 }, 1), /not signed in/);
  assert.deepEqual(delays, []);
  assert.equal(requestsTo(server, 'PUT'), 3);
  assert.equal(adapter.pending(), 0);
  assert.equal(stored(server, 'cycle/c-1')?.['revision'], 1);
});

test('network down: the save is queued, read returns it, later saves join it, and it is sent when the server is back', async (t) => {
  const { server, make } = await setup(t);
  const adapter = make();
  const store = createStore(adapter);
  const changes: HttpStoreChange[] = [];
  adapter.subscribe((change) => changes.push(change));
  await store.put(partnership);
  const opened = (await store.get('partnership', partnership.id))!;

  await server.stop();
  const offline = await store.put({ ...opened, name: 'Riverside Partnership (typed offline)' });
  assert.equal(offline.revision, 2);
  assert.equal(adapter.pending(), 1);
  assert.equal((await store.get('partnership', partnership.id))?.name, 'Riverside Partnership (typed offline)');
  // The person keeps working: a second save is checked against the queued one and joins it.
  const again = await store.put({ ...offline, academicYear: '2027-28' });
  assert.equal(again.revision, 3);
  await assert.rejects(store.put({ ...offline, name: 'stale copy' }), ConflictError);
  assert.equal(adapter.pending(), 1);
  assert.equal(stored(server, 'partnership/p-riverside')?.['revision'], 1);
  await tick();
  assert.deepEqual(changes.map((c) => c.queued ?? false), [false, true, true]);

  await server.start();
  await adapter.flushQueue();
  assert.equal(adapter.pending(), 0);
  assert.deepEqual(stored(server, 'partnership/p-riverside'), again);
  assert.deepEqual(await store.get('partnership', partnership.id), again);
});

test('queued(): a save kept on this device is "waiting" until sent (reported as sent), "held" when the server refuses it; the store passes it on', async (t) => {
  const { server, make } = await setup(t);
  const adapter = make();
  const store = createStore(adapter);
  const changes: HttpStoreChange[] = [];
  adapter.subscribe((change) => changes.push(change));
  await store.put(cycle('c-1'));
  await store.put(cycle('c-2'));
  assert.equal(store.queued?.('cycle', 'c-1'), undefined, 'saved straight to the server');

  await server.stop();
  await store.put({ ...(await store.get('cycle', 'c-1'))!, stage: 'pre-review' });
  await store.put({ ...(await store.get('cycle', 'c-2'))!, stage: 'pre-review' });
  assert.equal(adapter.queued('cycle/c-1'), 'waiting');
  assert.equal(store.queued?.('cycle', 'c-2'), 'waiting');
  assert.equal(store.queued?.('cycle', 'c-3'), undefined);
  await server.start();
  // Someone else saves c-2 on the server meanwhile: ours is held back, c-1 goes through.
  const other = createStore(make());
  await other.put({ ...(await other.get('cycle', 'c-2'))!, stage: 'withdrawn' });
  changes.length = 0;
  await adapter.flushQueue();
  await tick();
  assert.equal(store.queued?.('cycle', 'c-1'), undefined);
  assert.equal(store.queued?.('cycle', 'c-2'), 'held');
  assert.deepEqual(changes.map((c) => [c.key, c.sent ?? false, c.conflict ?? false]), [['cycle/c-1', true, false], ['cycle/c-2', false, true]]);
  // Adapters that save at once have no queue: the store says so.
  assert.equal(createStore(memoryAdapter()).queued?.('cycle', 'c-1'), undefined);
});

test('a queued save whose record changed on the server is kept and reported, never sent over it; then keep mine or use theirs', async (t) => {
  const { server, make } = await setup(t);
  const mine = make();
  const other = createStore(make());
  const store = createStore(mine);
  const reported: HttpStoreChange[] = [];
  mine.subscribe((change) => change.conflict && reported.push(change));
  await store.put(cycle('c-1'));
  await store.put(cycle('c-2'));
  const one = (await store.get('cycle', 'c-1'))!;
  const two = (await store.get('cycle', 'c-2'))!;

  await server.stop();
  await store.put({ ...one, stage: 'pre-review' });
  await store.put({ ...two, stage: 'pre-review' });
  await server.start();
  // Meanwhile a colleague saved both records from another laptop.
  await other.put({ ...(await other.get('cycle', 'c-1'))!, stage: 'withdrawn' });
  await other.put({ ...(await other.get('cycle', 'c-2'))!, stage: 'withdrawn' });

  await mine.flushQueue();
  await tick();
  assert.equal(mine.pending(), 2);
  assert.deepEqual(reported.map((c) => c.key), ['cycle/c-1', 'cycle/c-2']);
  const conflicts = mine.conflicts();
  assert.deepEqual(
    conflicts.map((c) => [c.key, c.reason, (c.mine as { stage: string }).stage, (c.theirs as { stage: string }).stage, c.serverRevision]),
    [
      ['cycle/c-1', 'conflict', 'pre-review', 'withdrawn', 2],
      ['cycle/c-2', 'conflict', 'pre-review', 'withdrawn', 2],
    ],
  );
  assert.equal(stored(server, 'cycle/c-1')?.['stage'], 'withdrawn'); // theirs untouched
  assert.equal((await store.get('cycle', 'c-1'))?.stage, 'pre-review'); // mine still shown here
  await mine.flushQueue(); // asking again changes nothing until the person decides
  assert.equal(stored(server, 'cycle/c-1')?.['stage'], 'withdrawn');

  await mine.resolveConflict('cycle/c-1', 'keep-mine');
  assert.equal(stored(server, 'cycle/c-1')?.['stage'], 'pre-review');
  assert.equal(stored(server, 'cycle/c-1')?.['revision'], 3); // above theirs: a stale copy of theirs cannot match
  await mine.resolveConflict('cycle/c-2', 'use-theirs');
  assert.equal(stored(server, 'cycle/c-2')?.['stage'], 'withdrawn');
  assert.equal((await store.get('cycle', 'c-2'))?.stage, 'withdrawn');
  assert.equal(mine.pending(), 0);
  assert.deepEqual(mine.conflicts(), []);
});

test('the queue survives a reload: a new adapter on the same storage sends what the last one queued', async (t) => {
  const { server, make } = await setup(t);
  const storage = fakeStorage();
  const before = make({ queue: localStorageQueue({ key: 'q', storage }) });
  await before.write('cycle/c-1', { ...cycle('c-1'), revision: 1 }, null);
  await server.stop();
  await before.write('cycle/c-1', { ...cycle('c-1'), revision: 2, stage: 'pre-review' }, 1);
  before.close();
  assert.equal(JSON.parse(storage.items.get('q')!).length, 1);

  await server.start();
  const after = make({ queue: localStorageQueue({ key: 'q', storage }) });
  assert.equal(after.pending(), 1);
  await after.flushQueue();
  assert.equal(after.pending(), 0);
  assert.equal(stored(server, 'cycle/c-1')?.['stage'], 'pre-review');
  assert.equal(storage.items.get('q'), '[]');
});

test('blocked or corrupt queue storage never makes a save fail, and queued text it cannot read is set aside, not overwritten', async (t) => {
  const { server, make } = await setup(t);
  const blocked = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  const adapter = make({ queue: localStorageQueue({ storage: blocked }) });
  await server.stop();
  await adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 1 }, null);
  assert.equal(adapter.pending(), 1);
  assert.equal(((await adapter.read('cycle/c-1'))?.value as { revision: number }).revision, 1);

  const storage = fakeStorage();
  storage.items.set('q', '[{"key": "cycle/c-9", "op": "pu');
  const queue = localStorageQueue({ key: 'q', storage });
  assert.deepEqual(await queue.load(), []);
  assert.deepEqual([...storage.items.values()].filter((v) => v.includes('c-9')), ['[{"key": "cycle/c-9", "op": "pu']);
});

test('storage full: StorageFailedError, not retried, nothing queued as if saved', async (t) => {
  const { server, delays, make } = await setup(t, { quotaBytes: 500 });
  const adapter = make();
  const store = createStore(adapter);
  await assert.rejects(store.put(partnership), (error: unknown) => {
    assert.ok(error instanceof StorageFailedError);
    assert.match(error.message, /storage on the server is full/);
    return true;
  });
  assert.equal(adapter.pending(), 0);
  assert.equal(server.records.size, 0);
  assert.equal(requestsTo(server, 'PUT'), 1);
  assert.deepEqual(delays, []);
});

test('a corrupt record on the server is reported as unreadable and never overwritten or deleted', async (t) => {
  const truncated = JSON.stringify({ ...cycle('c-1'), revision: 3 }).slice(0, 70);
  const { server, make } = await setup(t, { initial: { 'cycle/c-1': truncated, 'cycle/c-2': { ...cycle('c-2'), revision: 1 } } });
  const adapter = make();
  const store = createStore(adapter);
  await assert.rejects(store.get('cycle', 'c-1'), (error: unknown) => {
    assert.ok(error instanceof UnreadableRecordError);
    assert.match(error.message, /not valid JSON/);
    return true;
  });
  const listed = await store.list('cycle');
  assert.deepEqual(listed.documents.map((d) => d.id), ['c-2']);
  assert.deepEqual(listed.unreadable.map((e) => e.key), ['cycle/c-1']);
  await assert.rejects(store.put({ ...cycle('c-1'), revision: 3 }), UnreadableRecordError);
  // Straight to the adapter too: the server refuses (409) whatever revision is claimed.
  for (const expected of [null, 0, 3]) await assert.rejects(adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 4 }, expected), UnreadableRecordError);
  await assert.rejects(adapter.remove('cycle/c-1', 3), UnreadableRecordError);
  assert.equal(server.records.get('cycle/c-1'), truncated);
  assert.equal(adapter.pending(), 0);
});

test('a save whose reply was lost after the server stored it is retried and recognised as saved, not as a conflict', async (t) => {
  const { server, make } = await setup(t);
  const adapter = make();
  server.dropNext(1, { afterApplying: true });
  const value = { ...cycle('c-1'), revision: 1 };
  await adapter.write('cycle/c-1', value, null);
  assert.deepEqual(server.requests.map((r) => r.method), ['PUT', 'PUT', 'GET']);
  assert.deepEqual(stored(server, 'cycle/c-1'), value);
  assert.equal(adapter.pending(), 0);
  assert.deepEqual(adapter.conflicts(), []);
});

test('no answer in time, or a wifi sign-in page instead of JSON: never taken as saved, queued and sent later', async (t) => {
  const { server, make } = await setup(t);
  const adapter = make({ timeoutMs: 50, retry: { attempts: 2, baseDelayMs: 10 } });
  server.delayMs = 5_000;
  await adapter.write('cycle/c-1', { ...cycle('c-1'), revision: 1 }, null);
  assert.equal(adapter.pending(), 1);
  server.delayMs = 0;

  server.failNext(2, { status: 200, contentType: 'text/html', body: '<html>Sign in to the school wifi</html>' });
  await adapter.flushQueue(); // both attempts get the portal page: still queued
  assert.equal(adapter.pending(), 1);
  await adapter.flushQueue();
  assert.equal(adapter.pending(), 0);
  assert.equal(stored(server, 'cycle/c-1')?.['revision'], 1);
});

test('subscribe polls the change feed: another browser\'s save arrives as remote, our own is not echoed', async (t) => {
  const { server, make } = await setup(t);
  const a = make({ pollIntervalMs: 20 });
  const b = make({ pollIntervalMs: 20 });
  const seenByA: HttpStoreChange[] = [];
  const seenByB: HttpStoreChange[] = [];
  a.subscribe((change) => seenByA.push(change));
  const stop = b.subscribe((change) => seenByB.push(change));
  const polls = () => server.requests.filter((r) => r.path.startsWith('/changes')).length;
  await waitFor(() => polls() >= 2); // both have their starting cursor

  await createStore(a).put(cycle('c-1'));
  await waitFor(() => seenByB.length > 0);
  assert.deepEqual(seenByB, [{ key: 'cycle/c-1', kind: 'cycle', id: 'c-1', remote: true }]);
  const after = polls();
  await waitFor(() => polls() >= after + 4); // A has polled past its own save
  assert.deepEqual(seenByA, [{ key: 'cycle/c-1', kind: 'cycle', id: 'c-1' }]);

  stop();
  const stopped = server.requests.filter((r) => r.path.startsWith('/changes')).length;
  a.close();
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.ok(polls() <= stopped + 2, 'polling stops with the last listener and on close');
});
