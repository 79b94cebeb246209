/**
 * Hardening sweep 2: nothing a person types is lost. Per widget: a crash before the save delay
 * (the element goes away without saving), a full store, two tabs editing the same thing, and the
 * network dropping under the HTTP storage adapter.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createStore, httpAdapter, memoryAdapter, memoryQueue, type Cycle, type Schedule, type Store } from '@spp/core';
import { demoCycle } from '@spp/core/demo';
import {
  $,
  $$,
  TEXT_WIDGETS,
  alerts,
  buttonNamed,
  click,
  controller,
  createWidget,
  keyOf,
  mount,
  partnership,
  saveStatus,
  settled,
  spec,
  typeInto,
  watchErrors,
  type SppDocument,
  type Widget,
  type WidgetSpec,
} from './support';

const journalKey = (s: WidgetSpec, id = s.id) => `spp-journal:${partnership.id}:${s.kind}/${id}`;
const storeWith = (s: WidgetSpec, extra: Record<string, unknown> = {}, quotaBytes?: number) => {
  const doc = s.seed();
  const adapter = memoryAdapter({ initial: { [keyOf(s)]: JSON.stringify(doc), ...extra }, ...(quotaBytes ? { quotaBytes } : {}) });
  return { adapter, store: createStore(adapter), doc };
};
const stored = async (store: Store, s: WidgetSpec) => (await store.get(s.kind, s.id))!;
const storedSchedule = async (store: Store, s: WidgetSpec) => (await store.get(s.kind, s.id)) as unknown as Schedule;
const field = (el: Widget, s: WidgetSpec) => {
  const f = $<HTMLTextAreaElement>(el, s.field!.selector);
  expect(f, `${s.name}: ${s.field!.selector}`).to.exist;
  return f!;
};
/** A crash, not a polite close: the element goes away and its save never runs. */
function crash(el: Widget) {
  (controller(el) as { flush: () => Promise<void> }).flush = async () => {};
  el.remove();
}
/** A second person for "two tabs" who may edit the same field (or the same person in another tab). */
const SECOND: Record<string, string> = {
  'self-review': 'u-ben',
  'review-plan': 'u-amara',
  'action-plan': 'u-kirsty',
  'workshop-planner': 'u-jonah',
  'review-schedule': 'u-amara',
  'evidence-log': 'u-erin',
  'partnership-goals': 'u-amara',
  'impact-review': 'u-grace',
};

// The schedule has no free text: its edits are choices. These pick a review's facilitator.
const facilitatorSelect = (el: Widget, reviewId: string) => $<HTMLSelectElement>(el, `#facilitator-${reviewId}`)!;
async function chooseFacilitator(el: Widget, reviewId: string, value: string) {
  const select = facilitatorSelect(el, reviewId);
  select.value = value;
  expect(select.value, `"${value}" is offered`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('Hardening: no data loss', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  for (const s of TEXT_WIDGETS) {
    describe(`<${s.tag}>`, () => {
      it('a crash before the save delay: the text typed is back after the reload, and then saved', async () => {
        const { store } = storeWith(s);
        const typed = `Typed on the review day, then the laptop died (${s.name})`;
        const { el } = await mount(s, store);
        const before = s.field!.stored(await stored(store, s));
        // Mid-typing: no `change` yet, the save delay has not passed.
        await typeInto(el, field(el, s), typed, 'input');
        crash(el);
        expect(s.field!.stored(await stored(store, s)), 'nothing reached the store').to.equal(before);

        const { el: again } = await mount(s, store);
        expect(field(again, s).value, 'the text is back in the field').to.equal(typed);
        await again.flush();
        expect(s.field!.stored(await stored(store, s)), 'and saved').to.equal(typed);
        expect(saveStatus(again)).to.equal('All changes saved');
      });

      it('storage full: says so, keeps the text on screen and on this device, and saves after space is freed', async () => {
        const seed = JSON.stringify(s.seed());
        const junk = JSON.stringify({ revision: 0, note: 'x'.repeat(6000) });
        const quota = seed.length + junk.length + 1200;
        const { adapter, store } = storeWith(s, { 'cycle/c-old': junk }, quota);
        const { el } = await mount(s, store);
        const typed = `Evidence that does not fit yet. ${'More detail. '.repeat(300)}`;
        await typeInto(el, field(el, s), typed, s.field!.commit);
        await el.flush();
        await el.updateComplete;
        expect(controller(el).saveState).to.equal('failed');
        expect(saveStatus(el), 'the person is told').to.match(/^Not saved: .*full.*kept on this device/i);
        expect(field(el, s).value, 'still on screen').to.equal(typed);
        expect(localStorage.getItem(journalKey(s)) ?? '', 'kept in the device journal').to.contain('More detail. More detail.');
        expect(s.field!.stored(await stored(store, s))).to.not.equal(typed);
        await expect(el).to.be.accessible();

        await adapter.remove('cycle/c-old', 0); // space is freed
        await click(el, buttonNamed(el, 'Try saving again'));
        await el.flush();
        await el.updateComplete;
        expect(saveStatus(el)).to.equal('All changes saved');
        expect(s.field!.stored(await stored(store, s))).to.equal(typed);
        expect(localStorage.getItem(journalKey(s)), 'the journal is cleared once saved').to.equal(null);
      });

      it('two tabs edit the same field: the second is told, nothing is overwritten, and both choices work', async () => {
        for (const choice of ['Keep my changes', 'Use the other version'] as const) {
          localStorage.clear();
          const { store } = storeWith(s);
          const { el: tabA } = await mount(s, store, s.editor);
          const { el: tabB } = await mount(s, store, SECOND[s.name]!);
          await typeInto(tabA, field(tabA, s), 'Version typed in tab A', s.field!.commit);
          await typeInto(tabB, field(tabB, s), 'Version typed in tab B', s.field!.commit);
          await tabA.flush();
          await tabB.flush();
          await tabB.updateComplete;
          expect(s.field!.stored(await stored(store, s)), `${choice}: A's save is kept`).to.equal('Version typed in tab A');
          expect(controller(tabB).saveState, `${choice}: B is in conflict`).to.equal('conflict');
          expect(saveStatus(tabB)).to.match(/changed this elsewhere.*Nothing has been overwritten/);
          expect(field(tabB, s).value, `${choice}: B still shows what B typed`).to.equal('Version typed in tab B');
          await expect(tabB).to.be.accessible();

          await click(tabB, buttonNamed(tabB, choice));
          await tabB.flush();
          await tabB.updateComplete;
          const expected = choice === 'Keep my changes' ? 'Version typed in tab B' : 'Version typed in tab A';
          expect(s.field!.stored(await stored(store, s)), choice).to.equal(expected);
          expect(field(tabB, s).value, `${choice}: B shows what was kept`).to.equal(expected);
          expect(saveStatus(tabB)).to.equal('All changes saved');
        }
      });

      it('the network drops (HTTP adapter): the text stays, is queued on this device, and reaches the server when it is back', async () => {
        const server = fakeServer({ [keyOf(s)]: s.seed() });
        const adapter = httpAdapter({
          baseUrl: 'https://trust.example/spp-api',
          fetch: server.fetch,
          queue: memoryQueue(),
          retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
          flushIntervalMs: 600_000,
        });
        const watcher = watchErrors();
        try {
          const store = createStore(adapter);
          const { el } = await mount(s, store);
          server.online = false;
          const typed = `Typed in the hall with no wifi (${s.name})`;
          await typeInto(el, field(el, s), typed, s.field!.commit);
          await el.flush();
          await el.updateComplete;
          expect(field(el, s).value, 'the text stays on screen').to.equal(typed);
          expect(controller(el).saveState, 'not reported as a failure').to.not.equal('failed');
          expect(adapter.pending(), 'queued on this device').to.equal(1);
          expect(s.field!.stored(server.doc(keyOf(s)) as SppDocument), 'not on the server yet').to.not.equal(typed);

          server.online = true;
          await adapter.flushQueue();
          expect(adapter.pending()).to.equal(0);
          expect(s.field!.stored(server.doc(keyOf(s)) as SppDocument), 'on the server after flushQueue').to.equal(typed);

          // And the widget carries on normally once back online.
          await typeInto(el, field(el, s), `${typed}, and more`, s.field!.commit);
          await el.flush();
          expect(s.field!.stored(server.doc(keyOf(s)) as SppDocument)).to.equal(`${typed}, and more`);
          watcher.stop();
          expect(watcher.errors).to.deep.equal([]);
        } finally {
          watcher.stop();
          adapter.close();
        }
      });

      // Found by the hardening sweep: with the HTTP adapter offline, a save only queued on this
      // device was shown as "All changes saved".
      it('says a save is only kept on this device while the network is down, and "All changes saved" once it is sent', async () => {
        const server = fakeServer({ [keyOf(s)]: s.seed() });
        const adapter = httpAdapter({ baseUrl: 'https://trust.example/spp-api', fetch: server.fetch, queue: memoryQueue(), retry: { attempts: 1 }, flushIntervalMs: 600_000 });
        const states: string[] = [];
        try {
          const { el } = await mount(s, createStore(adapter));
          el.addEventListener('spp-save-state', (e) => states.push(e.state));
          server.online = false;
          await typeInto(el, field(el, s), 'Queued, not sent', s.field!.commit);
          await el.flush();
          await el.updateComplete;
          expect(adapter.pending()).to.equal(1);
          expect(saveStatus(el)).to.not.equal('All changes saved');
          expect(saveStatus(el)).to.match(/on this device only.*sent when the connection is back/i);
          expect(states.at(-1), 'a host listening to spp-save-state is told too').to.equal('queued');
          expect(states, 'never said to be saved while only queued').to.not.include('saved');
          expect(alerts(el), 'not an error: nothing to retry').to.equal('');
          expect($$(el, '[part="save-state"] button'), 'no retry button').to.have.length(0);
          await expect(el).to.be.accessible();

          server.online = true;
          await adapter.flushQueue();
          await waitUntil(() => saveStatus(el) === 'All changes saved', 'told once it reached the server', { timeout: 3000 });
          expect(s.field!.stored(server.doc(keyOf(s)) as SppDocument)).to.equal('Queued, not sent');
          expect(states.at(-1)).to.equal('saved');
        } finally {
          adapter.close();
        }
      });

      it('a save kept on this device that the server then refuses (changed there meanwhile) is said to be held, not saved, and the person chooses which version stays', async () => {
        for (const choice of ['Send my changes', 'Use the version on the server'] as const) {
          localStorage.clear();
          const server = fakeServer({ [keyOf(s)]: s.seed() });
          const adapter = httpAdapter({ baseUrl: 'https://trust.example/spp-api', fetch: server.fetch, queue: memoryQueue(), retry: { attempts: 1 }, flushIntervalMs: 600_000 });
          try {
            const { el } = await mount(s, createStore(adapter));
            const before = field(el, s).value;
            server.online = false;
            await typeInto(el, field(el, s), 'Typed offline', s.field!.commit);
            await el.flush();
            // Someone else saves on the server meanwhile.
            const theirs = server.doc(keyOf(s)) as SppDocument;
            server.put(keyOf(s), { ...theirs, revision: theirs.revision + 1 });
            server.online = true;
            await adapter.flushQueue();
            await waitUntil(() => /not sent/.test(saveStatus(el)), 'told it was held back', { timeout: 3000 });
            expect(saveStatus(el)).to.match(/nothing there was overwritten/);
            expect(field(el, s).value, 'the text stays on screen').to.equal('Typed offline');
            expect(adapter.conflicts()).to.have.length(1);
            await expect(el).to.be.accessible();

            await click(el, buttonNamed(el, choice));
            await waitUntil(() => saveStatus(el) === 'All changes saved', `${choice}: settled`, { timeout: 3000 });
            expect(adapter.conflicts(), choice).to.have.length(0);
            const onServer = s.field!.stored(server.doc(keyOf(s)) as Cycle);
            if (choice === 'Send my changes') {
              expect(onServer, 'mine reached the server').to.equal('Typed offline');
              expect(field(el, s).value).to.equal('Typed offline');
            } else {
              expect(onServer, 'the server keeps its version').to.equal(before);
              await waitUntil(() => field(el, s).value === before, 'the widget shows the server’s version', { timeout: 3000 });
            }
          } finally {
            adapter.close();
          }
        }
      });
    });
  }

  describe('<spp-review-schedule>', () => {
    const s = spec('review-schedule');

    it('a crash before the save delay: the choice made is back after the reload, and then saved', async () => {
      const { store, doc } = storeWith(s);
      const review = (doc as Schedule).reviews.find((r) => r.facilitatorId)!;
      const { el } = await mount(s, store);
      await chooseFacilitator(el, review.id, '');
      crash(el);
      expect((await storedSchedule(store, s)).reviews.find((r) => r.id === review.id)!.facilitatorId).to.equal(review.facilitatorId);
      const { el: again } = await mount(s, store);
      expect(facilitatorSelect(again, review.id).value).to.equal('');
      expect(textNotice(again)).to.match(/Restored 1 unsaved change/);
      await again.flush();
      expect((await storedSchedule(store, s)).reviews.find((r) => r.id === review.id)!.facilitatorId).to.equal(undefined);
    });

    it('two tabs change the same review: the second is told, nothing is overwritten, and both choices work', async () => {
      for (const choice of ['Keep my changes', 'Use the other version'] as const) {
        localStorage.clear();
        const { store, doc } = storeWith(s);
        const review = (doc as Schedule).reviews.find((r) => r.facilitatorId)!;
        const { el: tabA } = await mount(s, store);
        const { el: tabB } = await mount(s, store);
        const other = [...facilitatorSelect(tabB, review.id).options].map((o) => o.value).find((v) => v && v !== review.facilitatorId)!;
        await chooseFacilitator(tabA, review.id, '');
        await chooseFacilitator(tabB, review.id, other);
        await tabA.flush();
        await tabB.flush();
        await tabB.updateComplete;
        const facilitator = async () => (await storedSchedule(store, s)).reviews.find((r) => r.id === review.id)!.facilitatorId;
        expect(await facilitator()).to.equal(undefined);
        expect(controller(tabB).saveState).to.equal('conflict');
        expect(facilitatorSelect(tabB, review.id).value, 'B still shows B’s choice').to.equal(other);
        await click(tabB, buttonNamed(tabB, choice));
        await tabB.flush();
        await tabB.updateComplete;
        expect(await facilitator(), choice).to.equal(choice === 'Keep my changes' ? other : undefined);
        expect(saveStatus(tabB)).to.equal('All changes saved');
      }
    });

    it('storage full: says so, keeps the change, and saves after space is freed', async () => {
      const seed = JSON.stringify(s.seed());
      const junk = JSON.stringify({ revision: 0, note: 'x'.repeat(4000) });
      // Exactly the space the seed and the junk take: a save that grows the schedule (it gains `updatedAt`) fails.
      const doc = s.seed() as Schedule;
      const tight = memoryAdapter({ initial: { [keyOf(s)]: seed, 'cycle/c-old': junk }, quotaBytes: seed.length + junk.length + keyOf(s).length + 'cycle/c-old'.length });
      const tightStore = createStore(tight);
      const review = doc.reviews.find((r) => r.facilitatorId)!;
      const { el } = await mount(s, tightStore);
      const other = [...facilitatorSelect(el, review.id).options].map((o) => o.value).find((v) => v && v !== review.facilitatorId)!;
      await chooseFacilitator(el, review.id, other);
      await el.flush();
      await el.updateComplete;
      expect(saveStatus(el)).to.match(/^Not saved: .*full/i);
      expect(facilitatorSelect(el, review.id).value).to.equal(other);
      expect(localStorage.getItem(journalKey(s)) ?? '').to.contain(other);
      await tight.remove('cycle/c-old', 0);
      await click(el, buttonNamed(el, 'Try saving again'));
      await el.flush();
      expect((await storedSchedule(tightStore, s)).reviews.find((r) => r.id === review.id)!.facilitatorId).to.equal(other);
    });
  });

  describe('text typed into an "add" box or a form not yet sent to core', () => {
    const cases: { name: string; widget: string; actor?: string; seed?: () => Cycle; open?: string; selector: string }[] = [
      { name: 'a new line of enquiry', widget: 'review-plan', selector: '#new-line' },
      { name: 'an evidence note, before it is added', widget: 'evidence-log', selector: '#evidence-note' },
      { name: 'a new workshop participant', widget: 'workshop-planner', selector: '#new-participant' },
      { name: 'a new cause on the cause map', widget: 'workshop-planner', selector: '#cause-text' },
      { name: 'a new action, before “Add”', widget: 'action-plan', open: '[data-add-action]', selector: '#new-what' },
      { name: 'a new action’s success criteria', widget: 'action-plan', open: '[data-add-action]', selector: '#new-successCriteria' },
      { name: 'the check-in’s next steps', widget: 'action-plan', actor: 'u-amara', seed: () => demoCheckIn(), selector: '#next-steps' },
      { name: 'a check-in progress note', widget: 'action-plan', actor: 'u-amara', seed: () => demoCheckIn(), selector: '#progress-note-act-1' },
    ];
    for (const c of cases) {
      it(`${c.name} survives a crash and a reload`, async () => {
        const s = spec(c.widget);
        const doc = c.seed ? c.seed() : (s.seed() as Cycle);
        const store = createStore(memoryAdapter({ initial: { [keyOf(s, doc.id)]: JSON.stringify(doc) } }));
        const actor = c.actor ?? s.editor;
        const { el } = await mount(s, store, actor, { id: doc.id });
        if (c.open) await click(el, $(el, c.open));
        const box = $<HTMLInputElement>(el, c.selector);
        expect(box, c.selector).to.exist;
        await typeInto(el, box!, `Half-typed: ${c.name}`);
        crash(el);
        const { el: again } = await mount(s, store, actor, { id: doc.id });
        if (c.open && !$(again, c.selector)) await click(again, $(again, c.open));
        expect($<HTMLInputElement>(again, c.selector)?.value, c.name).to.equal(`Half-typed: ${c.name}`);
      });
    }
  });

  it('a failed save never throws out of the page, and the alert and status regions stay in place', async () => {
    const s = spec('self-review');
    const watcher = watchErrors();
    const failing = memoryAdapter({ initial: { [keyOf(s)]: JSON.stringify(s.seed()) } });
    failing.write = async () => {
      throw new TypeError('Failed to fetch');
    };
    const el = createWidget(s, { store: createStore(failing), actor: s.editor, partnership });
    await fixture(html`<div>${el}</div>`);
    await settled(el);
    await typeInto(el, field(el, s), 'Kept whatever the storage does');
    await el.flush();
    await el.updateComplete;
    expect(saveStatus(el)).to.match(/^Not saved: Failed to fetch/);
    expect(field(el, s).value).to.equal('Kept whatever the storage does');
    expect(alerts(el)).to.equal('');
    expect($$(el, '[part="save-state"] button')).to.have.length(1);
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });
});

/** Thornhill's cycle at the check-in: the lead reviewer Amara Okafor records it. */
const demoCheckIn = () => demoCycle('s-thornhill', 'check-in', partnership);
const textNotice = (el: Widget) => $$(el, '[part="save-state"] [role="status"]').map((p) => p.textContent ?? '').join(' ');

/**
 * A trust's storage service as the HTTP contract (docs/storage-http.openapi.yaml) describes it,
 * in memory, behind a fetch stub that fails like a dropped connection (TypeError) while offline.
 */
function fakeServer(initial: Record<string, unknown>) {
  const records = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  const json = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: body === undefined ? {} : { 'Content-Type': 'application/json' } });
  const revisionOf = (text: string) => (JSON.parse(text) as { revision?: number }).revision ?? 0;
  const server = {
    online: true,
    doc: (key: string) => JSON.parse(records.get(key) ?? 'null') as unknown,
    /** Someone else's save, straight on the server. */
    put: (key: string, value: unknown) => void records.set(key, JSON.stringify(value)),
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!server.online) throw new TypeError('Failed to fetch');
      const url = new URL(String(input));
      const path = url.pathname.replace(/^\/spp-api/, '');
      const method = init?.method ?? 'GET';
      const headers = new Headers(init?.headers);
      if (path === '/changes') return json(404, { message: 'No change feed.' });
      const [, , kind, id] = path.split('/').map(decodeURIComponent);
      if (!id) {
        const prefix = `${kind}/`;
        return json(200, { records: [...records].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => ({ id: k.slice(prefix.length), value: JSON.parse(v), revision: revisionOf(v) })) });
      }
      const key = `${kind}/${id}`;
      const current = records.get(key);
      if (method === 'GET') return current === undefined ? json(404, { message: 'There is no such record.' }) : json(200, { value: JSON.parse(current), revision: revisionOf(current) });
      if (method === 'PUT') {
        const { value } = JSON.parse(String(init?.body)) as { value: { revision: number } };
        const create = headers.get('If-None-Match') === '*';
        const expected = Number(/"(\d+)"/.exec(headers.get('If-Match') ?? '')?.[1]);
        if (create ? current !== undefined : current === undefined || revisionOf(current) !== expected) {
          return json(412, { message: 'Changed since read.', revision: current === undefined ? null : revisionOf(current) });
        }
        records.set(key, JSON.stringify(value));
        return json(current === undefined ? 201 : 200, { revision: value.revision });
      }
      return json(405, { message: 'Not here.' });
    }) as typeof fetch,
  };
  return server;
}
