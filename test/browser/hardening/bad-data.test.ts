/**
 * Hardening sweep 1: bad stored data, per widget. Each widget is pointed at a record that cannot
 * be read (cut-short JSON, wrong types, a newer data version, missing fields, the wrong kind or id)
 * next to a healthy widget in the same <spp-provider>. The broken one must say what is wrong in
 * an alert, offer nothing to edit, and never write to the record; the healthy one must keep
 * working; the page must not throw.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createStore, memoryAdapter, type Cycle, type Partnership, type Schedule } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
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
  settled,
  typeInto,
  watchErrors,
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

function badRecords(s: WidgetSpec): BadRecord[] {
  const valid = s.seed() as Cycle | Schedule;
  const json = JSON.stringify(valid);
  const wrongTypes = s.kind === 'cycle' ? { ...valid, stage: 42, selfReview: 'all done' } : { ...valid, reviews: 'none yet' };
  const missing = s.kind === 'cycle' ? omit(valid, 'hostSchoolId') : omit(valid, 'reviews');
  return [
    { name: 'JSON cut short while saving', raw: json.slice(0, Math.floor(json.length / 2)), says: /not valid JSON|cut short/i },
    { name: 'wrong types', raw: JSON.stringify(wrongTypes), says: s.kind === 'cycle' ? /\bstage\b/ : /\breviews\b/ },
    { name: 'an unknown future schemaVersion', raw: JSON.stringify({ ...valid, schemaVersion: 99 }), says: /newer version/i },
    { name: 'missing fields', raw: JSON.stringify(missing), says: s.kind === 'cycle' ? /hostSchoolId/ : /\breviews\b/ },
    { name: 'JSON that is not an object', raw: '["not", "a", "record"]', says: /expected an object/i },
    { name: 'another kind of record under the key', raw: JSON.stringify(demoPartnership()), says: new RegExp(`expected ${s.kind}`) },
    { name: 'a record saved under another id', raw: JSON.stringify({ ...valid, id: `${s.id}-moved` }), says: /does not match/i },
  ];
}

/** A healthy copy of the widget's document under another id, and how to check an edit reached it. */
function healthyNeighbour(s: WidgetSpec) {
  const id = `${s.id}-healthy`;
  const doc = { ...(s.seed() as Cycle | Schedule), id };
  return { id, doc };
}

/** Makes one edit in a healthy widget the way a person would; returns how to see it in the stored doc. */
async function editHealthy(s: WidgetSpec, el: Widget): Promise<(doc: Cycle | Schedule) => boolean> {
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
  return (doc) => s.field!.stored(doc as Cycle) === 'Typed next to a broken widget';
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
          const adapter = memoryAdapter({ initial: { [key]: bad.raw, [keyOf(s, neighbour.id)]: JSON.stringify(neighbour.doc) } });
          const store = createStore(adapter);
          const broken = createWidget(s);
          const healthy = createWidget(s, { id: neighbour.id });
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

          const sawEdit = await editHealthy(s, healthy);
          await healthy.flush();
          expect(sawEdit((await store.get(s.kind, neighbour.id))!), `${bad.name}: the healthy widget still saves`).to.equal(true);

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

        // Everything that would normally save: the page being hidden, an explicit flush, leaving.
        window.dispatchEvent(new Event('pagehide'));
        await el.flush();
        el.remove();
        await new Promise((r) => setTimeout(r, 20));
        expect((await adapter.read(keyOf(s)))!.value, 'the record is byte-identical').to.equal(raw);
        watcher.stop();
        expect(watcher.errors).to.deep.equal([]);
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
});
