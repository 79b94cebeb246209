/**
 * Benchmark page for `<spp-cycle-tracker>` (bundled by esbuild into bench/.tmp/, driven by
 * bench/lib/browser.mjs through `window.sppBench`): a partnership of 500 schools with one cycle
 * each at varied stages, in a memory store; `render()` inserts a tracker and times it until its
 * table has a row per cycle.
 */
import { createStore, memoryAdapter, type Store } from '@spp/core';
import '../../packages/elements/src/cycle-tracker/cycle-tracker.define';
import { bigPartnership, stagedCycles } from '../fixtures';
import { afterRendering, collectGarbage, waitFor } from './page-utils';

const SCHOOLS = 500;
const TODAY = '2027-03-01';
const partnership = bigPartnership(SCHOOLS);
const cycles = stagedCycles(partnership);
const host = document.getElementById('stage')!;
const stages: Record<string, number> = {};
for (const c of cycles) stages[c.stage] = (stages[c.stage] ?? 0) + 1;

const newStore = (): Store => {
  const initial: Record<string, unknown> = { [`partnership/${partnership.id}`]: partnership };
  for (const c of cycles) initial[`cycle/${c.id}`] = c;
  return createStore(memoryAdapter({ initial }));
};

const rows = (el: Element) => el.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;

async function render() {
  const store = newStore(); // outside the measurement: the page's data, not the widget's work
  host.replaceChildren();
  await afterRendering();
  collectGarbage();
  const t0 = performance.now();
  const el = document.createElement('spp-cycle-tracker');
  el.store = store;
  el.partnership = partnership;
  el.actor = { id: 'u-001-head' }; // the partnership lead
  el.today = TODAY;
  host.append(el);
  await waitFor(async () => {
    await el.updateComplete;
    return rows(el) >= cycles.length;
  }, () => `the tracker's table has ${cycles.length} rows (it has ${rows(el)})`);
  await el.updateComplete;
  const t1 = performance.now();
  void el.getBoundingClientRect();
  const t2 = performance.now();
  return { ms: t1 - t0, withLayoutMs: t2 - t0, rows: rows(el), cycles: cycles.length, stages };
}

(window as unknown as { sppBench: unknown }).sppBench = { render, ready: true };
