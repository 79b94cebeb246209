/**
 * Hardening sweep 1: bad stored data, per widget. Each widget is pointed at a record that cannot
 * be read (cut-short JSON, wrong types, a newer data version, missing fields, the wrong kind or id)
 * next to a healthy widget in the same <spp-provider>. The broken one must say what is wrong in
 * an alert, offer nothing to edit, and never write to the record; the healthy one must keep
 * working; the page must not throw.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createStore, memoryAdapter, type Partnership, type Schedule } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import {
  $,
  $$,
  WIDGETS,
  alerts,
  controller,
  createWidget,
  deepText,
  keyOf,
  partnership,
  reflectionFor,
  settled,
  spec,
  textOf,
  typeInto,
  watchErrors,
  type DocKind,
  type SppDocument,
  type Widget,
  type WidgetSpec,
} from './support';

interface BadRecord {
  name: string;
  raw: string;
  /** What the alert must say about the problem. */
  says: RegExp;
}

const omit = (doc: object, ...keys: string[]) => Object.fromEntries(Object.entries(doc).filter(([k]) => !keys.includes(k)));

/** Per kind of document: fields given the wrong type, a required field left out, and what the alert names. */
const BREAKAGE: Record<DocKind, { wrongTypes: Record<string, unknown>; wrongSays: RegExp; missing: string; missingSays: RegExp; otherKind: () => SppDocument }> = {
  cycle: { wrongTypes: { stage: 42, selfReview: 'all done' }, wrongSays: /\bstage\b/, missing: 'hostSchoolId', missingSays: /hostSchoolId/, otherKind: demoPartnership },
  schedule: { wrongTypes: { reviews: 'none yet' }, wrongSays: /\breviews\b/, missing: 'reviews', missingSays: /\breviews\b/, otherKind: demoPartnership },
  partnership: { wrongTypes: { goals: 'read the minutes', schools: 6 }, wrongSays: /\bgoals\b/, missing: 'people', missingSays: /\bpeople\b/, otherKind: () => demoCycle('s-ashby', 'self-review') },
  reflection: { wrongTypes: { responses: 'all done', impact: {} }, wrongSays: /\bresponses\b/, missing: 'academicYear', missingSays: /\bacademicYear\b/, otherKind: demoPartnership },
};

function badRecords(s: WidgetSpec): BadRecord[] {
  const valid = s.seed();
  const json = JSON.stringify(valid);
  const broken = BREAKAGE[s.kind];
  return [
    { name: 'JSON cut short while saving', raw: json.slice(0, Math.floor(json.length / 2)), says: /not valid JSON|cut short/i },
    { name: 'wrong types', raw: JSON.stringify({ ...valid, ...broken.wrongTypes }), says: broken.wrongSays },
    { name: 'an unknown future schemaVersion', raw: JSON.stringify({ ...valid, schemaVersion: 99 }), says: /newer version/i },
    { name: 'missing fields', raw: JSON.stringify(omit(valid, broken.missing)), says: broken.missingSays },
    { name: 'JSON that is not an object', raw: '["not", "a", "record"]', says: /expected an object/i },
    { name: 'another kind of record under the key', raw: JSON.stringify(broken.otherKind()), says: new RegExp(`expected ${s.kind}`) },
    { name: 'a record saved under another id', raw: JSON.stringify({ ...valid, id: `${s.id}-moved` }), says: /does not match/i },
  ];
}

/**
 * A healthy widget for the same page: the same widget on another document of its kind (a copy
 * under another id unless the spec names its sibling), or, where a partnership has only one such
 * document (the partnership itself), the self-review of a cycle.
 */
function healthyNeighbour(s: WidgetSpec): { spec: WidgetSpec; id: string; doc: SppDocument } {
  if (s.sibling === null) {
    const other = spec('self-review');
    return { spec: other, id: other.id, doc: other.seed() };
  }
  if (s.sibling) return { spec: s, id: s.sibling.id, doc: s.sibling.seed() };
  const id = `${s.id}-healthy`;
  return { spec: s, id, doc: { ...s.seed(), id } };
}

/** Makes one edit in a healthy widget the way a person would; returns how to see it in the stored doc. */
async function editHealthy(s: WidgetSpec, el: Widget): Promise<(doc: SppDocument) => boolean> {
  if (s.kind === 'schedule') {
    const select = $$<HTMLSelectElement>(el, 'select[id^="facilitator-"]').find((sel) => sel.value !== '')!;
    expect(select, 'a facilitator to clear').to.exist;
    const reviewId = select.id.replace(/^facilitator-/, '');
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    return (doc) => (doc as Schedule).reviews.find((r) => r.id === reviewId)!.facilitatorId === undefined;
  }
  const field = $<HTMLTextAreaElement>(el, s.field!.selector)!;
  expect(field, `${s.name}: ${s.field!.selector}`).to.exist;
  await typeInto(el, field, 'Typed next to a broken widget', s.field!.commit);
  return (doc) => s.field!.stored(doc) === 'Typed next to a broken widget';
}


/** Everything that would normally save (the page being hidden, an explicit flush, leaving), then: the record is byte-identical and nothing threw. */
async function expectNeverWritten(el: Widget, adapter: { read(key: string): Promise<{ value: unknown } | undefined> }, key: string, raw: unknown, watcher: ReturnType<typeof watchErrors>) {
  window.dispatchEvent(new Event('pagehide'));
  await el.flush();
  el.remove();
  await new Promise((r) => setTimeout(r, 20));
  expect((await adapter.read(key))!.value, 'the record is byte-identical').to.equal(raw);
  watcher.stop();
  expect(watcher.errors).to.deep.equal([]);
}

describe('Hardening: bad stored data', function () {
  this.timeout(60_000);
  beforeEach(() => localStorage.clear());

  for (const s of WIDGETS) {
    describe(`<${s.tag}>`, () => {
      it('explains every kind of unreadable record in an alert, offers no edits, leaves it byte-identical, and the rest of the page keeps working', async () => {
        let first = true;
        for (const bad of badRecords(s)) {
          localStorage.clear();
          const watcher = watchErrors();
          const key = keyOf(s);
          const neighbour = healthyNeighbour(s);
          const adapter = memoryAdapter({ initial: { [key]: bad.raw, [keyOf(neighbour.spec, neighbour.id)]: JSON.stringify(neighbour.doc) } });
          const store = createStore(adapter);
          const broken = createWidget(s);
          const healthy = createWidget(neighbour.spec, { id: neighbour.id });
          await fixture(html`<spp-provider .store=${store} .partnership=${partnership} actor-id=${s.editor}>${broken}${healthy}</spp-provider>`);
          await settled(broken);
          await settled(healthy);

          expect(controller(broken).loadState, `${bad.name}: reported as unreadable`).to.equal('error');
          const said = alerts(broken);
          expect(said, `${bad.name}: the alert names the problem`).to.match(bad.says);
          expect(said, `${bad.name}: the alert says the record was kept`).to.match(/could not be opened|kept as it is|left untouched/i);
          expect($$(broken, 'textarea, input, select'), `${bad.name}: nothing to edit`).to.have.length(0);

          // Everything that would normally save: the page being hidden, an explicit flush.
          window.dispatchEvent(new Event('pagehide'));
          await broken.flush();

          const sawEdit = await editHealthy(neighbour.spec, healthy);
          await healthy.flush();
          expect(sawEdit((await store.get(neighbour.spec.kind, neighbour.id))!), `${bad.name}: the healthy widget still saves`).to.equal(true);

          if (first) {
            await expect(broken).to.be.accessible();
            first = false;
          }
          broken.remove(); // disconnecting flushes too
          await new Promise((r) => setTimeout(r, 20));
          expect((await adapter.read(key))!.value, `${bad.name}: the raw record is byte-identical`).to.equal(bad.raw);
          watcher.stop();
          expect(watcher.errors, `${bad.name}: no uncaught errors`).to.deep.equal([]);
        }
      });

      if (s.kind === 'partnership') {
        partnershipDocumentCases(s);
        return;
      }

      // Found by the hardening sweep: loading did not check `partnershipId`, so a record with the
      // widget's id that belongs to another partnership was shown as this partnership's, with live
      // controls (only an edit was refused, afterwards).
      it(`says a record of another partnership is not this partnership's, shows none of its content, and never writes it`, async () => {
        const other: Partnership = { ...demoPartnership(), id: 'p-elsewhere', name: 'Elsewhere Partnership' };
        const SECRET = 'xyzzy-elsewhere';
        const raw = JSON.stringify(s.seed(other)).replaceAll('reading', SECRET).replaceAll('Autumn term', `${SECRET} term`);
        expect(raw, 'the record carries text to look for').to.contain(SECRET);
        const adapter = memoryAdapter({ initial: { [keyOf(s)]: raw } });
        const store = createStore(adapter);
        const watcher = watchErrors();
        const el = createWidget(s, { store, actor: s.editor, partnership });
        await fixture(html`<div>${el}</div>`);
        await settled(el);
        expect(controller(el).loadState).to.equal('error');
        expect(alerts(el)).to.match(/different partnership/i);
        expect(alerts(el)).to.match(/left untouched/i);
        expect(deepText(el.shadowRoot!)).to.not.contain(SECRET);
        expect(deepText(el.shadowRoot!)).to.not.contain('Elsewhere');
        expect($$(el, 'textarea, input, select')).to.have.length(0);
        await expect(el).to.be.accessible();

        await expectNeverWritten(el, adapter, keyOf(s), raw, watcher);
      });

      it('a record replaced elsewhere by another partnership\'s, while open, stops being shown and is never written', async () => {
        const other: Partnership = { ...demoPartnership(), id: 'p-elsewhere', name: 'Elsewhere Partnership' };
        const adapter = memoryAdapter({ initial: { [keyOf(s)]: JSON.stringify(s.seed()) } });
        const store = createStore(adapter);
        const el = createWidget(s, { store, actor: s.editor, partnership });
        await fixture(html`<div>${el}</div>`);
        await settled(el);
        expect(controller(el).loadState).to.equal('ready');
        const foreign = JSON.stringify({ ...s.seed(other), revision: 5 });
        const current = (await adapter.read(keyOf(s)))!;
        await adapter.write(keyOf(s), JSON.parse(foreign), (JSON.parse(current.value as string) as { revision?: number }).revision ?? 0);
        await waitUntil(() => controller(el).loadState === 'error', 'the widget notices', { timeout: 3000 });
        await el.updateComplete;
        expect(alerts(el)).to.match(/different partnership/i);
        expect($$(el, 'textarea, input, select')).to.have.length(0);
        await el.flush();
        el.remove();
        expect((await adapter.read(keyOf(s)))!.value, 'the record is as the other partnership saved it').to.equal(foreign);
      });
    });
  }

  describe('<spp-impact-review>: the Getting Started baseline it compares with', () => {
    const s = spec('impact-review');
    const baselineKey = keyOf(s, s.sibling!.id);
    const SECRET = 'xyzzy-elsewhere';

    /** Tracking Progress, healthy, next to the baseline record `raw`; the person records evidence. */
    async function withBaseline(raw: string) {
      const adapter = memoryAdapter({ initial: { [keyOf(s)]: JSON.stringify(s.seed()), [baselineKey]: raw } });
      const store = createStore(adapter);
      const watcher = watchErrors();
      const el = createWidget(s, { store, actor: s.editor, partnership });
      await fixture(html`<div>${el}</div>`);
      await settled(el);
      await waitUntil(() => !/Loading/.test(textOf($(el, '[part="comparison"]'))), 'the baseline is looked at', { timeout: 3000 });
      await el.updateComplete;
      return { adapter, store, el, watcher };
    }
    /** The reflection itself still works: a typed note is saved; then nothing has written the baseline. */
    async function stillWorks(el: Widget, store: ReturnType<typeof createStore>, adapter: ReturnType<typeof memoryAdapter>, raw: string) {
      expect(controller(el).loadState, 'the reflection itself opens').to.equal('ready');
      const box = $<HTMLTextAreaElement>(el, s.field!.selector)!;
      expect(box, 'the reflection can still be recorded').to.exist;
      await typeInto(el, box, 'Recorded although the baseline is not there to compare with');
      await el.flush();
      expect(s.field!.stored((await store.get(s.kind, s.id))!)).to.equal('Recorded although the baseline is not there to compare with');
      window.dispatchEvent(new Event('pagehide'));
      el.remove();
      await new Promise((r) => setTimeout(r, 20));
      expect((await adapter.read(baselineKey))!.value, 'the baseline record is byte-identical').to.equal(raw);
    }

    it('an unreadable baseline: the comparison says it could not be opened, and the reflection is still recorded and saved', async () => {
      const json = JSON.stringify(s.sibling!.seed());
      const raw = json.slice(0, Math.floor(json.length / 2));
      const { adapter, store, el, watcher } = await withBaseline(raw);
      const comparison = textOf($(el, '[part="comparison"]'));
      expect(comparison).to.match(/Getting Started reflection could not be opened, so there is nothing to compare with/);
      expect(comparison).to.match(/not valid JSON|cut short/i);
      expect(textOf($(el, '[part="comparison"] .notice.error'))).to.equal(comparison.slice(comparison.indexOf('The Getting Started')));
      await expect(el).to.be.accessible();
      await stillWorks(el, store, adapter, raw);
      watcher.stop();
      expect(watcher.errors).to.deep.equal([]);
    });

    // Found by the hardening sweep: the baseline was read without core's checkPartnership, so
    // another partnership's record was compared with as ours.
    it(`another partnership's baseline is not compared with: none of it is shown, and it is never written`, async () => {
      const other: Partnership = { ...demoPartnership(), id: 'p-elsewhere', name: 'Elsewhere Partnership' };
      const foreign = reflectionFor('getting-started', other);
      // Its levels differ from ours everywhere, and its evidence carries text to look for.
      for (const r of Object.values(foreign.responses)) Object.assign(r, { level: 'embedded', evidence: `${SECRET}: ${r.evidence}` });
      const raw = JSON.stringify(foreign);
      const { adapter, store, el, watcher } = await withBaseline(raw);
      const comparison = textOf($(el, '[part="comparison"]'));
      expect(deepText(el.shadowRoot!)).to.not.contain(SECRET);
      // Theirs is "embedded" everywhere, ours is not: compared with theirs, every answered question "moved back".
      expect(comparison, 'no movement worked out from their levels').to.not.match(/moved back/);
      expect($$(el, '.at-baseline').map(textOf).join(' | '), 'no level of theirs is shown as ours at Getting Started').to.not.match(/Embedded/);
      expect(comparison, 'says why there is no comparison').to.match(/different partnership/i);
      await expect(el).to.be.accessible();
      await stillWorks(el, store, adapter, raw);
      watcher.stop();
      expect(watcher.errors).to.deep.equal([]);
    });
  });
});

/**
 * The partnership document is stored under the partnership's own id, so "another partnership's
 * record" there is a record saved under another id: core reads it as not matching (it never
 * reaches the partnership check). What a person relies on is the same as for the other kinds.
 */
function partnershipDocumentCases(s: WidgetSpec) {
  const other: Partnership = { ...demoPartnership(), id: 'p-elsewhere', name: 'Elsewhere Partnership' };
  const SECRET = 'xyzzy-elsewhere';
  const foreignRaw = () => JSON.stringify({ ...s.seed(other), revision: 5 }).replaceAll('reading', SECRET);

  it(`says another partnership's record under this partnership's key cannot be opened, shows none of it, and never writes it`, async () => {
    const raw = foreignRaw();
    expect(raw, 'the record carries text to look for').to.contain(SECRET);
    const adapter = memoryAdapter({ initial: { [keyOf(s)]: raw } });
    const watcher = watchErrors();
    const el = createWidget(s, { store: createStore(adapter), actor: s.editor, partnership });
    await fixture(html`<div>${el}</div>`);
    await settled(el);
    expect(controller(el).loadState).to.equal('error');
    expect(alerts(el)).to.match(/could not be opened/i);
    expect(alerts(el)).to.match(/kept as it is/i);
    expect(alerts(el), 'names whose record it is').to.match(/"p-elsewhere".*does not match/);
    expect(deepText(el.shadowRoot!)).to.not.contain(SECRET);
    expect(deepText(el.shadowRoot!)).to.not.contain('Elsewhere');
    expect($$(el, 'textarea, input, select')).to.have.length(0);
    await expect(el).to.be.accessible();
    await expectNeverWritten(el, adapter, keyOf(s), raw, watcher);
  });

  it(`replaced elsewhere by another partnership's record while open: never written, and an edit made afterwards is told and kept on this device`, async () => {
    const adapter = memoryAdapter({ initial: { [keyOf(s)]: JSON.stringify(s.seed()) } });
    const store = createStore(adapter);
    const el = createWidget(s, { store, actor: s.editor, partnership });
    await fixture(html`<div>${el}</div>`);
    await settled(el);
    expect(controller(el).loadState).to.equal('ready');
    const current = (await adapter.read(keyOf(s)))!;
    const foreign = foreignRaw();
    await adapter.write(keyOf(s), JSON.parse(foreign), (JSON.parse(current.value as string) as { revision?: number }).revision ?? 0);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(deepText(el.shadowRoot!), 'none of theirs is shown').to.not.contain(SECRET);

    // The widget still shows this partnership's goals as last read; typing into them is not lost
    // and never lands on the other partnership's record.
    const box = $<HTMLTextAreaElement>(el, s.field!.selector);
    if (box) {
      await typeInto(el, box, 'Typed after the record was replaced', s.field!.commit);
      await el.flush();
      await el.updateComplete;
      expect(controller(el).saveState).to.equal('failed');
      expect(textOf($(el, '[part="save-state"] [role="status"]')), 'the person is told').to.match(/^Not saved: .*cannot be read.*kept on this device/i);
      expect(box.value).to.equal('Typed after the record was replaced');
      expect(localStorage.getItem(`spp-journal:${partnership.id}:${keyOf(s)}`) ?? '').to.contain('Typed after the record was replaced');
    } else {
      expect(alerts(el)).to.match(/could not be opened|different partnership/i);
    }
    await el.flush();
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    expect((await adapter.read(keyOf(s)))!.value, 'the record is as the other partnership saved it').to.equal(foreign);
  });
}
