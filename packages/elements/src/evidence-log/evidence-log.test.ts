import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  StorageFailedError,
  createStore,
  memoryAdapter,
  transitionOrThrow,
  type Cycle,
  type CycleEvent,
  type Partnership,
  type StorageAdapter,
  type Store,
} from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppRefusedEvent, SppStageChangeEvent } from '../shared/events';
import { loadStrings, resetStrings, setStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';
import type { SppEvidenceLog } from './evidence-log.component';
import { groupByLine, newestFirst } from './evidence-log.helpers';
import { newId } from '../shared/drafts';
import './evidence-log.define';

// --- Cycles, built by sending real events through core as the right people ---------------------
// Oakfield Academy is reviewed by Amara Okafor (lead, Ashby Brook) and Erin McAllister (Kelmarsh
// Road); Grace Whitfield is its headteacher. Priya Raman (Westgate) is not part of this review.

const step = (cycle: Cycle, p: Partnership, actorId: string, event: CycleEvent, day = '2026-10-14') =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: `${day}T10:00:00.000Z` });

/** The plan is agreed by both sides: the review day, nothing recorded yet. */
function reviewDay(p = demoPartnership()): Cycle {
  let c = demoCycle('s-oakfield', 'pre-review', p);
  c = step(c, p, 'u-amara', { type: 'AGREE_REVIEW_PLAN' }, '2026-10-01');
  return step(c, p, 'u-grace', { type: 'AGREE_REVIEW_PLAN' }, '2026-10-01');
}
/** The demo review under way: two evidence items, a strength, an area to explore and a priority. */
const captured = (p = demoPartnership()) => demoCycle('s-oakfield', 'review', p);
/** Grace Whitfield has agreed the findings: the workshop stage. */
const agreed = (p = demoPartnership()) => step(captured(p), p, 'u-grace', { type: 'AGREE_FINDINGS' });

const partnership = demoPartnership();
const JOURNAL = 'spp-journal:p-riverside:cycle/c-oakfield';
const seeded = (cycle: Cycle, extra: { quotaBytes?: number } = {}) => memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...extra });

// --- Driving the widget as a person would -------------------------------------------------------

async function mount(cycle: Cycle, actorId: string, options: { store?: Store; width?: string } = {}) {
  const store = options.store ?? createStore(seeded(cycle));
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>
    <spp-evidence-log .store=${store} .partnership=${partnership} actor-id=${actorId} cycle-id=${cycle.id}></spp-evidence-log>
  </div>`);
  const el = wrapper.querySelector('spp-evidence-log')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="header"] p'), 'the cycle loads');
  await el.updateComplete;
  return { el, store, wrapper };
}

const q = <T extends Element = HTMLElement>(el: SppEvidenceLog, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppEvidenceLog, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: SppEvidenceLog) => text(el.shadowRoot as unknown as Element);
const button = (el: SppEvidenceLog, label: string) => qa<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith(label));
const active = (el: SppEvidenceLog) => el.shadowRoot!.activeElement;
/** Whether something is shown (asserted as a boolean: a failing assertion never carries an element). */
const has = (el: SppEvidenceLog, selector: string) => Boolean(q(el, selector));
const alertText = (el: SppEvidenceLog) => text(q(el, '[role="alert"]'));
const banner = (el: SppEvidenceLog) => text(q(el, '[part="save-banner"] .headline .text'));
const note = (el: SppEvidenceLog) => q<HTMLTextAreaElement>(el, '#evidence-note')!;
const notes = (el: SppEvidenceLog) => qa(el, '[part="evidence-item"] .note').map((n) => text(n));
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

async function click(el: SppEvidenceLog, target: HTMLElement | undefined | null) {
  expect(target, 'the control exists').to.exist;
  target!.click();
  await el.updateComplete;
}
async function type(el: SppEvidenceLog, field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: SppEvidenceLog, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
/** Types into the focused field and adds it with Ctrl+Enter (or ⌘+Enter), as a reviewer would. */
async function capture(el: SppEvidenceLog, value: string, modifier: 'Control' | 'Meta' = 'Control') {
  await sendKeys({ type: value });
  await sendKeys({ down: modifier });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: modifier });
  await el.updateComplete;
}
/**
 * Adds a note at once (typed, then Ctrl+Enter), in one task: no autosave can start in between, so
 * tests of failing saves know exactly what each save attempt carries.
 */
async function addNow(el: SppEvidenceLog, value: string) {
  const field = note(el);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
  await el.updateComplete;
}
async function saved(store: Store) {
  return (await store.get('cycle', 'c-oakfield'))!;
}
function journal(): { actorId: string; edits: { event: CycleEvent }[] } | undefined {
  const raw = localStorage.getItem(JOURNAL);
  return raw ? JSON.parse(raw) : undefined;
}

/** The WCAG 2.0–2.2 A/AA and best-practice rules the Storybook e2e check uses (target size included). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppEvidenceLog) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

/** A connection that drops: the first `failures` writes either never arrive, or arrive but the reply is lost. */
function flaky(inner: StorageAdapter, failures: number, mode: 'not-sent' | 'reply-lost'): StorageAdapter & { writes: number } {
  let left = failures;
  const adapter = {
    writes: 0,
    read: (key: string) => inner.read(key),
    list: (kind: string) => inner.list(kind),
    remove: (key: string, revision: number) => inner.remove(key, revision),
    subscribe: (listener: Parameters<StorageAdapter['subscribe']>[0]) => inner.subscribe(listener),
    async write(key: string, value: unknown, expected: number | null) {
      adapter.writes++;
      if (left > 0) {
        left--;
        if (mode === 'reply-lost') await inner.write(key, value, expected);
        throw new StorageFailedError('The connection dropped.');
      }
      return inner.write(key, value, expected);
    },
  };
  return adapter;
}

describe('<spp-evidence-log>', () => {
  beforeEach(() => localStorage.clear());

  describe('quick capture', () => {
    it('captures several items fast by keyboard: focus stays in the note, line and activity stay chosen, each saved once', async () => {
      const { el, store } = await mount(reviewDay(), 'u-erin');
      expect(text(q(el, '[part="header"]'))).to.contain('Review team: Amara Okafor (lead reviewer), Erin McAllister');
      expect(text(q(el, '[part="header"]'))).to.contain('Review day: 14 October 2026');
      expect(all(el)).to.contain('No evidence recorded yet.');
      await accessible(el);

      await choose(el, q<HTMLSelectElement>(el, '#evidence-line')!, 'loe-1');
      await choose(el, q<HTMLSelectElement>(el, '#evidence-activity')!, 'plan:pa-1');
      note(el).focus();
      await capture(el, 'Reading routine seen in 5 of 6 classes.');
      await capture(el, 'Year 6 routine shortened to 10 minutes.');
      await capture(el, 'Pupils chose their own books in Year 5.', 'Meta');

      expect(active(el)?.id, 'focus stays in the note').to.equal('evidence-note');
      expect(note(el).value).to.equal('');
      expect(q<HTMLSelectElement>(el, '#evidence-line')!.value, 'the line stays chosen').to.equal('loe-1');
      expect(q<HTMLSelectElement>(el, '#evidence-activity')!.value).to.equal('plan:pa-1');
      expect(text(q(el, '[role="status"][aria-live="polite"].visually-hidden'))).to.equal('Evidence added. 3 recorded.');
      // Grouped by line of enquiry, newest first, with who recorded it.
      const group = qa(el, '.group').find((g) => text(g.querySelector('h4')) === 'How consistently is the reading approach used across Years 5 and 6?')!;
      expect([...group.querySelectorAll('.note')].map((n) => text(n))).to.deep.equal([
        'Pupils chose their own books in Year 5.',
        'Year 6 routine shortened to 10 minutes.',
        'Reading routine seen in 5 of 6 classes.',
      ]);
      expect(text(group.querySelector('.meta'))).to.match(/^Learning walk · Erin McAllister · \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
      expect(text(q(el, '#evidence-heading'))).to.equal('Evidence (3)');

      await el.flush();
      await el.updateComplete;
      const evidence = (await saved(store)).review.evidence;
      expect(evidence.map((e) => e.note)).to.deep.equal([
        'Reading routine seen in 5 of 6 classes.',
        'Year 6 routine shortened to 10 minutes.',
        'Pupils chose their own books in Year 5.',
      ]);
      expect(new Set(evidence.map((e) => e.id)).size).to.equal(3);
      for (const e of evidence) {
        expect(e.id).to.match(/^ev-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(e).to.include({ lineId: 'loe-1', activity: 'learning-walk', recordedBy: 'u-erin' });
      }
      expect(banner(el)).to.equal('Saved');
      expect(localStorage.getItem(JOURNAL), 'nothing left waiting on this device').to.equal(null);
      await accessible(el);
    });

    it('adds with the touch-sized button too, and returns focus to the note', async () => {
      const { el, store } = await mount(reviewDay(), 'u-amara');
      const add = q<HTMLButtonElement>(el, '[part="capture-button"]')!;
      expect(add.getBoundingClientRect().height).to.be.at.least(44);
      await type(el, note(el), 'Parents’ survey: 40 replies.');
      add.focus();
      await click(el, add);
      expect(active(el)?.id).to.equal('evidence-note');
      expect(notes(el)).to.deep.equal(['Parents’ survey: 40 replies.']);
      expect(text(q(el, '.group:last-child h4')), 'no line chosen').to.equal('Not linked to a line of enquiry');
      await el.flush();
      expect((await saved(store)).review.evidence).to.have.length(1);
    });

    it('says when the note is empty, and keeps focus there', async () => {
      const { el, store } = await mount(reviewDay(), 'u-erin');
      note(el).focus();
      await capture(el, '   ');
      expect(text(q(el, '#evidence-note-error'))).to.equal('Write the evidence first.');
      expect(note(el).getAttribute('aria-invalid')).to.equal('true');
      expect(note(el).getAttribute('aria-describedby')).to.contain('evidence-note-error');
      expect(active(el)?.id).to.equal('evidence-note');
      expect(qa(el, '[part="evidence-item"]')).to.have.length(0);
      await accessible(el);
      await capture(el, 'Now with words.');
      expect(has(el, '#evidence-note-error')).to.equal(false);
      await el.flush();
      expect((await saved(store)).review.evidence.map((e) => e.note)).to.deep.equal(['Now with words.']);
    });

    it('a planned activity for one line of enquiry brings its line with it', async () => {
      const { el } = await mount(reviewDay(), 'u-erin');
      const activity = q<HTMLSelectElement>(el, '#evidence-activity')!;
      expect([...activity.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['Planned for this review', 'Other activities']);
      expect(text(activity.querySelector('option[value="plan:pa-4"]'))).to.equal('Interview with parents (day 1, 15:15)');
      await choose(el, activity, 'plan:pa-4');
      expect(q<HTMLSelectElement>(el, '#evidence-line')!.value).to.equal('loe-2');
    });

    it('keeps a half-typed note on this device when the widget is reloaded', async () => {
      const c = reviewDay();
      const store = createStore(seeded(c));
      const first = await mount(c, 'u-erin', { store });
      await type(first.el, note(first.el), 'Year 5 guided read');
      first.wrapper.remove();
      const second = await mount(c, 'u-erin', { store });
      expect(note(second.el).value).to.equal('Year 5 guided read');
    });
  });

  describe('saving on a flaky connection', () => {
    it('a failed save keeps the items on screen and in the device journal, says so, and a re-mount restores them', async () => {
      const c = reviewDay();
      // Storage that cannot take anything more than the cycle as it is.
      const full = createStore(seeded(c, { quotaBytes: JSON.stringify(c).length + 40 }));
      const { el, wrapper } = await mount(c, 'u-erin', { store: full });
      await addNow(el, 'Guided reading in Year 6 started late.');
      await addNow(el, 'Book corners in every classroom.');
      await el.flush();
      await el.updateComplete;

      expect(banner(el)).to.equal('Saved on this device, not yet to the shared store');
      expect(text(q(el, '[data-unsaved-count]'))).to.equal('2 evidence items are on this device only.');
      expect(text(q(el, '[part="save-state"] [role="status"]'))).to.match(/^Not saved: .*storage is full.* Your changes are kept on this device\.$/);
      expect(button(el, 'Try saving again')).to.exist;
      expect(notes(el)).to.deep.equal(['Book corners in every classroom.', 'Guided reading in Year 6 started late.']);
      expect(qa(el, '[part="unsaved-badge"]').map((b) => text(b))).to.deep.equal(['On this device only', 'On this device only']);
      expect((await saved(full)).review.evidence, 'nothing reached the shared store').to.have.length(0);
      const kept = journal()!;
      expect(kept.actorId).to.equal('u-erin');
      expect(kept.edits.map((e) => e.event.type)).to.deep.equal(['RECORD_EVIDENCE', 'RECORD_EVIDENCE']);
      await accessible(el);

      // Reopened on this device, with a store that works again: restored, then saved.
      wrapper.remove();
      const working = createStore(seeded(c));
      const again = await mount(c, 'u-erin', { store: working });
      expect(notes(again.el)).to.deep.equal(['Book corners in every classroom.', 'Guided reading in Year 6 started late.']);
      expect(all(again.el)).to.contain('Restored 2 unsaved changes from this device.');
      await again.el.flush();
      await again.el.updateComplete;
      expect((await saved(working)).review.evidence.map((e) => e.note)).to.deep.equal(['Guided reading in Year 6 started late.', 'Book corners in every classroom.']);
      expect(banner(again.el)).to.equal('Saved');
      expect(has(again.el, '[data-unsaved-count]')).to.equal(false);
      expect(localStorage.getItem(JOURNAL)).to.equal(null);
    });

    it('retrying after the connection dropped saves each item once', async () => {
      const c = reviewDay();
      const adapter = flaky(seeded(c), 1, 'not-sent');
      const store = createStore(adapter);
      const { el } = await mount(c, 'u-erin', { store });
      await addNow(el, 'Staff interview: routine valued.');
      await addNow(el, 'Data: Year 6 reading ages up.');
      await el.flush();
      await el.updateComplete;
      expect(banner(el)).to.contain('Saved on this device, not yet to the shared store');
      await click(el, button(el, 'Try saving again'));
      await el.flush();
      await el.updateComplete;
      const evidence = (await saved(store)).review.evidence;
      expect(evidence.map((e) => e.note)).to.deep.equal(['Staff interview: routine valued.', 'Data: Year 6 reading ages up.']);
      expect(banner(el)).to.contain('Saved');
      expect(adapter.writes).to.equal(2);
    });

    it('when a save arrived but its reply was lost, sending the same edits again updates the items instead of adding them twice', async () => {
      const c = reviewDay();
      const store = createStore(flaky(seeded(c), 1, 'reply-lost'));
      const { el } = await mount(c, 'u-erin', { store });
      await addNow(el, 'Learning walk: routine in 4 of 6 classes.');
      await addNow(el, 'Pupil voice: books chosen freely.');
      await el.flush();
      await el.updateComplete;
      expect(banner(el)).to.contain('Saved on this device, not yet to the shared store');
      const ids = (await saved(store)).review.evidence.map((e) => e.id);
      expect(ids, 'the store did get them').to.have.length(2);

      // Sent again: the store already holds exactly this work, so nothing is asked and nothing is doubled.
      await click(el, button(el, 'Try saving again'));
      await el.flush();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(Boolean(button(el, 'Keep my changes')), 'no question about a conflict with oneself').to.equal(false);
      expect(localStorage.getItem(JOURNAL)).to.equal(null);
      const evidence = (await saved(store)).review.evidence;
      expect(evidence.map((e) => e.id), 'each item once, under its own id').to.deep.equal(ids);
      expect(evidence.map((e) => e.note)).to.deep.equal(['Learning walk: routine in 4 of 6 classes.', 'Pupil voice: books chosen freely.']);
      expect(notes(el)).to.have.length(2);
      expect(banner(el)).to.equal('Saved');
    });

    it('edits kept on this device that did reach the store are not added twice when the widget is reopened', async () => {
      const p = partnership;
      const c = reviewDay(p);
      // On the review day the tablet cannot save: the edit waits in the device journal.
      const offline = createStore(seeded(c, { quotaBytes: JSON.stringify(c).length + 40 }));
      const first = await mount(c, 'u-erin', { store: offline });
      await addNow(first.el, 'Governor interview: reading is a standing item.');
      await first.el.flush();
      const id = q(first.el, '[part="evidence-item"]')!.getAttribute('data-evidence')!;
      first.wrapper.remove();
      await new Promise((r) => setTimeout(r, 0));
      expect(journal()!.edits.map((e) => e.event.type)).to.deep.equal(['RECORD_EVIDENCE']);

      // The shared store already has it (an earlier attempt got through, its reply did not).
      const store = createStore(seeded(c));
      await store.put(step(c, p, 'u-erin', { type: 'RECORD_EVIDENCE', item: { id, note: 'Governor interview: reading is a standing item.' } }));
      const again = await mount(c, 'u-erin', { store });
      await again.el.flush();
      await new Promise((r) => setTimeout(r, 0));
      await again.el.updateComplete;
      expect((await saved(store)).review.evidence.map((e) => [e.id, e.note])).to.deep.equal([[id, 'Governor interview: reading is a standing item.']]);
      expect(notes(again.el)).to.deep.equal(['Governor interview: reading is a standing item.']);
      expect(Boolean(button(again.el, 'Keep my changes'))).to.equal(false);
      expect(banner(again.el)).to.equal('Saved');
      expect(localStorage.getItem(JOURNAL)).to.equal(null);
    });

    it('still asks when the store holds someone else’s change as well', async () => {
      const p = partnership;
      const c = reviewDay(p);
      const adapter = seeded(c);
      const store = createStore(adapter);
      const { el } = await mount(c, 'u-erin', { store });
      await addNow(el, 'Mine: Year 4 routine seen.');
      // Amara saves from her own tablet before Erin's save goes out, and her edit touches the same item.
      const mine = el.shadowRoot!.querySelector('[part="evidence-item"]')!.getAttribute('data-evidence')!;
      const theirs = step(c, p, 'u-amara', { type: 'RECORD_EVIDENCE', item: { id: mine, note: 'Amara’s wording of the same note.' } });
      await store.put(theirs);
      await el.flush();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(button(el, 'Keep my changes'), 'a real conflict is still asked about').to.exist;
      expect(banner(el)).to.equal('Saved on this device, not yet to the shared store');
      expect(notes(el)).to.deep.equal(['Mine: Year 4 routine seen.']);
      await accessible(el);
    });
  });

  describe('findings', () => {
    it('drafts a strength linked to evidence, by keyboard, and saves it', async () => {
      const { el, store } = await mount(captured(), 'u-amara');
      await accessible(el);
      await click(el, button(el, 'Add a strength'));
      const added = active(el) as HTMLTextAreaElement;
      expect(added.localName).to.equal('textarea');
      expect(text(q(el, `label[for="${added.id}"]`))).to.equal('Strength 2');
      await type(el, added, 'Families value the reading café and want more of it.');
      const id = added.id.replace(/^text-/, '');
      const card = q(el, `[data-finding="${id}"]`)!;
      const summary = card.querySelector<HTMLElement>('summary')!;
      expect(text(summary)).to.equal('Evidence for Strength 2 (0 linked)');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const box = card.querySelector<HTMLInputElement>(`input[id$="-ev-2"]`)!;
      expect(text(card.querySelector(`label[for="${box.id}"]`))).to.contain('Parents valued the reading café');
      box.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(text(card.querySelector('summary'))).to.equal('Evidence for Strength 2 (1 linked)');
      await choose(el, card.querySelector<HTMLSelectElement>('select')!, 'loe-2');
      await accessible(el);

      await el.flush();
      const finding = (await saved(store)).review.findings.find((f) => f.id === id)!;
      expect(finding).to.deep.include({ kind: 'strength', text: 'Families value the reading café and want more of it.', lineId: 'loe-2', evidenceIds: ['ev-2'] });
    });

    it('removes a finding after asking, and edits the improvement priority', async () => {
      const { el, store } = await mount(captured(), 'u-amara');
      await click(el, button(el, 'Remove Area to explore 1'));
      expect(text(q(el, '#remove-question-f-2'))).to.equal('Remove Area to explore 1 and everything written in it?');
      expect(active(el)?.id).to.equal('remove-question-f-2');
      await accessible(el);
      await click(el, button(el, 'Yes, remove it'));
      expect(has(el, '[data-finding="f-2"]')).to.equal(false);
      expect(active(el)?.id, 'focus goes to Add').to.equal('add-area-to-explore');
      expect(all(el)).to.contain('Removed Area to explore 1.');
      await type(el, q<HTMLTextAreaElement>(el, '#priority')!, 'Keep the daily reading routine in every class.');
      await el.flush();
      const review = (await saved(store)).review;
      expect(review.findings.map((f) => f.id)).to.deep.equal(['f-1']);
      expect(review.improvementPriority).to.equal('Keep the daily reading routine in every class.');
    });
  });

  describe('agreeing the findings', () => {
    it('the host headteacher reads the evidence (core’s reason shown once), agrees the findings, and the review moves to the workshop', async () => {
      const { el, store } = await mount(captured(), 'u-grace');
      const reason = 'Only the review team of Oakfield Academy can do this.';
      expect(occurrences(all(el), reason), 'the reason is shown once').to.equal(1);
      expect(text(q(el, '[part="notice"]'))).to.equal(`You can read the evidence and the draft findings but not change them. ${reason}`);
      expect(has(el, '[part="capture"]')).to.equal(false);
      expect(notes(el)).to.include('Parents valued the reading café; working parents cannot attend at 2pm.');
      expect(all(el)).to.contain('These findings are drafts');
      expect(qa(el, '[part="findings"] textarea')).to.have.length(0);
      await accessible(el);

      const stages: SppStageChangeEvent[] = [];
      el.addEventListener('spp-stage-change', (e) => stages.push(e));
      await click(el, q<HTMLElement>(el, '#agree'));
      expect(text(q(el, '#confirm-agree-heading'))).to.equal('Agree these findings now?');
      expect(text(q(el, '[part="confirm"] ul'))).to.equal('1 strength to share 1 area to explore the improvement priority');
      expect(text(q(el, '#confirm-agree-summary'))).to.equal('You are agreeing:');
      expect(all(el)).to.contain('The review then moves on to the Improvement workshop stage.');
      expect(active(el)?.id).to.equal('confirm-agree-heading');
      await accessible(el);
      await click(el, q<HTMLElement>(el, '#confirm-agree'));
      await el.updateComplete;

      expect(stages.map((e) => [e.from, e.to])).to.deep.equal([['review', 'workshop']]);
      expect(active(el)?.id, 'focus lands on the record notice').to.equal('record-notice');
      expect(text(q(el, '#record-notice'))).to.contain('Findings agreed by Grace Whitfield on');
      expect(has(el, '#agree')).to.equal(false);
      await el.flush();
      const record = await saved(store);
      expect(record.stage).to.equal('workshop');
      expect(record.review.findingsAgreedBy).to.equal('u-grace');
      await accessible(el);
    });

    it('a reviewer trying to agree is refused: the button is disabled with core’s reason', async () => {
      const { el, store } = await mount(captured(), 'u-erin');
      const agree = q<HTMLButtonElement>(el, '#agree')!;
      expect(agree.getAttribute('aria-disabled')).to.equal('true');
      expect(agree.getAttribute('aria-describedby')).to.equal('agree-reason');
      expect(text(q(el, '#agree-reason'))).to.equal('Not possible yet: Only the headteacher of Oakfield Academy can do this.');
      const refused: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      await click(el, agree);
      expect(has(el, '[part="confirm"]')).to.equal(false);
      expect(alertText(el)).to.equal('Not done: Only the headteacher of Oakfield Academy can do this.');
      expect(refused.map((e) => e.refusal.rule)).to.deep.equal(['host-head-only']);
      await el.flush();
      expect((await saved(store)).stage).to.equal('review');
      await accessible(el);
    });

    it('the host headteacher is told what is missing before the findings can be agreed', async () => {
      const { el } = await mount(reviewDay(), 'u-grace');
      expect(text(q(el, '#agree-reason'))).to.equal('Not possible yet: Record at least one finding before agreeing them.');
      expect(all(el)).to.contain('No findings recorded.');
      await accessible(el);
    });
  });

  describe('who sees what', () => {
    it('a headteacher outside the review sees no evidence notes, with a short explanation', async () => {
      const { el } = await mount(captured(), 'u-priya');
      const shadow = el.shadowRoot!.innerHTML;
      expect(shadow).not.to.contain('Agreed reading routine seen in 4 of 6 classes');
      expect(shadow).not.to.contain('Parents valued the reading café');
      expect(has(el, '[part="evidence"]')).to.equal(false);
      expect(has(el, '[part="capture"]')).to.equal(false);
      expect(has(el, '[part="agree"]')).to.equal(false);
      expect(all(el)).to.contain('Evidence notes are not shared with you');
      expect(all(el)).to.contain('Evidence notes are seen only by the review team and the headteacher of Oakfield Academy.');
      await accessible(el);
    });

    it('after agreement, someone outside the review sees the agreed findings and priority, still no evidence notes', async () => {
      const { el } = await mount(agreed(), 'u-priya');
      expect(all(el)).to.contain('Keep the daily reading routine in every Key Stage 2 class');
      expect(all(el)).to.contain('Pupils talk confidently about the books they read');
      expect(el.shadowRoot!.innerHTML).not.to.contain('Agreed reading routine seen in 4 of 6 classes');
      expect(all(el)).not.to.contain('Drawn from:');
      expect(all(el)).to.contain('Evidence notes are seen only by the review team and the headteacher of Oakfield Academy.');
      await accessible(el);
    });

    it('after the review stage the team sees a read-only record, with each finding’s evidence', async () => {
      const { el } = await mount(agreed(), 'u-amara');
      expect(all(el)).to.contain('This is the record of the peer review.');
      expect(all(el)).to.contain('Findings agreed by Grace Whitfield on 14 October 2026.');
      expect(all(el)).to.contain('The review cycle is now at the Improvement workshop stage.');
      expect(qa(el, 'textarea, select, input')).to.have.length(0);
      expect(has(el, '[part="save-banner"]')).to.equal(false);
      const strength = qa(el, '[part="finding"]')[0]!;
      expect(text(strength)).to.contain('Drawn from: Agreed reading routine seen in 4 of 6 classes');
      await accessible(el);
    });

    it('before the review day there is nothing to record yet, and core says why', async () => {
      const { el } = await mount(demoCycle('s-oakfield', 'pre-review'), 'u-amara');
      expect(all(el)).to.contain('Evidence is recorded on the review day or days, once the review plan is agreed.');
      expect(all(el)).to.contain('This cannot be done while the review is at the pre-review meeting stage.');
      expect(qa(el, 'textarea, select, input, button')).to.have.length(0);
      await accessible(el);
    });
  });

  describe('text and layout', () => {
    it('shows hostile text as text', async () => {
      const { el, store } = await mount(captured(), 'u-amara');
      const hostile = '<img src=x onerror="window.__evidencePwned=1"><script>window.__evidencePwned=2</script>';
      await type(el, note(el), hostile);
      await click(el, q<HTMLElement>(el, '#add-evidence'));
      await type(el, q<HTMLTextAreaElement>(el, '#text-f-1')!, hostile);
      await new Promise((r) => setTimeout(r, 50));
      expect(notes(el)).to.include(hostile);
      expect(has(el, '[part="evidence"] img, [part="evidence"] script')).to.equal(false);
      expect((window as unknown as { __evidencePwned?: number }).__evidencePwned).to.equal(undefined);
      await el.flush();
      // Read back as the host headteacher: the finding and the evidence shown as text.
      const host = await mount(captured(), 'u-grace', { store });
      expect(text(qa(host.el, '[part="finding"] .user-text')[0])).to.equal(hostile);
      expect(has(host.el, '[part="findings"] img')).to.equal(false);
      await accessible(host.el);
    });

    it('long text wraps and nothing scrolls sideways at 320px; targets stay touch-sized', async () => {
      const p = partnership;
      const long = 'The Year 6 team told us that the reading routine is the first thing to go when the timetable is squeezed by catch-up, assessments and trips. ';
      const url = 'https://intranet.oakfield.example/sites/english/reading-routine/year-6/impact-data-2026-autumn-term-final-version';
      let c = reviewDay(p);
      c = step(c, p, 'u-erin', { type: 'RECORD_EVIDENCE', item: { id: 'ev-long', lineId: 'loe-1', activity: 'interview', note: `${long.repeat(6)}${url}` } });
      c = step(c, p, 'u-amara', { type: 'SAVE_FINDING', finding: { id: 'f-long', kind: 'area-to-explore', text: long.repeat(4), evidenceIds: ['ev-long'] } });
      const { el } = await mount(c, 'u-erin', { width: '320px' });
      const base = q(el, '[part="base"]')!;
      expect(base.scrollWidth, 'nothing overflows sideways').to.be.at.most(321);
      for (const node of qa(el, 'textarea, select, button, p, li, h2, h3, h4, summary')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right - el.getBoundingClientRect().left, `${node.localName} "${text(node).slice(0, 30)}" fits`).to.be.at.most(321);
      }
      for (const control of qa(el, 'button, select')) expect(control.getBoundingClientRect().height, `${control.localName} ${text(control).slice(0, 20)}`).to.be.at.least(44);
      expect(notes(el)[0]).to.contain(url);
      await accessible(el);
    });

    it('uses replaceable strings', async () => {
      setStrings({ 'evidence-log': { capture: { add: 'Ychwanegu tystiolaeth' } } });
      try {
        const { el } = await mount(reviewDay(), 'u-erin');
        expect(text(q(el, '#add-evidence'))).to.equal('Ychwanegu tystiolaeth');
      } finally {
        // Forgotten, not set back in English: an override applies in every locale.
        resetStrings();
      }
    });
  });

  describe('locales', () => {
    /** The record's own names: shown as they are in every language. */
    const data = [...partnership.schools.map((s) => s.name), ...partnership.people.map((p) => p.name), partnership.name];

    async function mountIn(lang: string, cycle: Cycle, actorId: string, rendered: (el: SppEvidenceLog) => boolean) {
      const store = createStore(seeded(cycle));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <spp-evidence-log .store=${store} .partnership=${partnership} actor-id=${actorId} cycle-id=${cycle.id}></spp-evidence-log>
      </div>`);
      const el = wrapper.querySelector('spp-evidence-log')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="header"] h2') && rendered(el), `renders in ${lang}`);
      await el.updateComplete;
      return el;
    }

    describe('pseudo-locale: no text outside the catalogues', () => {
      before(usePseudoLocale);
      const inPseudo = (cycle: Cycle, actorId: string) => mountIn(PSEUDO_LOCALE, cycle, actorId, (el) => text(q(el, 'h2')).includes('⟦'));
      const expectAllMarked = (el: SppEvidenceLog, state: string) => {
        const found = unmarkedText(el, data);
        expect(found, `<spp-evidence-log> (${state}) shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
      };

      for (const [state, make, actorId] of [
        ['before the review day', () => demoCycle('s-oakfield', 'pre-review'), 'u-amara'],
        ['the review day, nothing recorded yet', () => reviewDay(), 'u-erin'],
        ['evidence and draft findings, for a reviewer', () => captured(), 'u-erin'],
        ['evidence and draft findings, for the host headteacher', () => captured(), 'u-grace'],
        ['not shared with a headteacher outside the review', () => captured(), 'u-priya'],
        ['the record after agreement', () => agreed(), 'u-amara'],
        ['the agreed findings, for someone outside the review', () => agreed(), 'u-priya'],
        ['a stranger to the partnership', () => captured(), 'u-stranger'],
      ] as const) {
        it(`${state}: every visible text comes from a catalogue`, async () => {
          localStorage.clear();
          const el = await inPseudo(make(), actorId);
          expectAllMarked(el, state);
        });
      }

      it('capturing, adding and confirming: every visible text comes from a catalogue', async () => {
        localStorage.clear();
        const el = await inPseudo(captured(), 'u-erin');
        await click(el, q<HTMLElement>(el, '#add-evidence'));
        expect(text(q(el, '#evidence-note-error'))).to.include('⟦');
        await type(el, note(el), 'Year 5 guided read');
        await click(el, q<HTMLElement>(el, '#add-evidence'));
        await click(el, q<HTMLElement>(el, '#add-strength'));
        const remove = qa<HTMLButtonElement>(el, 'button.remove')[0]!;
        await click(el, remove);
        expectAllMarked(el, 'after adding evidence and a strength, asked to remove one');
        const host = await inPseudo(captured(), 'u-grace');
        await click(host, q<HTMLElement>(host, '#agree'));
        expect(has(host, '[part="confirm"]')).to.equal(true);
        expectAllMarked(host, 'confirming the findings');
      });
    });

    describe('Welsh', () => {
      before(async () => {
        await loadStrings('cy');
      });

      it('shows the review day in Welsh, with Welsh headings, dates and activities, and passes axe', async () => {
        localStorage.clear();
        const el = await mountIn('cy', captured(), 'u-erin', (e) => text(q(e, 'h2')) === 'Adolygiad gan gymheiriaid: tystiolaeth a chanfyddiadau');
        expect(text(q(el, '[part="header"] p'))).to.equal('Adolygiad Oakfield Academy');
        expect(all(el)).to.contain('Diwrnod yr adolygiad: 14 Hydref 2026');
        expect(all(el)).to.contain('Tîm adolygu: Amara Okafor (adolygydd arweiniol), Erin McAllister');
        expect(text(q(el, '#capture-heading'))).to.equal('Cofnodi tystiolaeth');
        expect(text(q(el, '#evidence-heading'))).to.equal('Tystiolaeth (2)');
        expect(text(q(el, '#findings-heading'))).to.equal('Sgwrs adborth: canfyddiadau');
        expect(text(q(el, '#add-evidence'))).to.equal('Ychwanegu tystiolaeth');
        expect(text(qa(el, '[part="evidence-item"] .meta')[0])).to.match(/^Taith ddysgu · Erin McAllister · /);
        await accessible(el);
      });

      it('shows the record and the confirmation in Welsh, and passes axe', async () => {
        localStorage.clear();
        const record = await mountIn('cy', agreed(), 'u-amara', (e) => text(q(e, 'h2')).startsWith('Adolygiad gan gymheiriaid'));
        expect(all(record)).to.contain('Dyma gofnod yr adolygiad gan gymheiriaid.');
        expect(all(record)).to.contain('Cytunwyd ar y canfyddiadau gan Grace Whitfield ar 14 Hydref 2026.');
        expect(text(q(record, '#findings-heading'))).to.equal('Canfyddiadau');
        await accessible(record);
        const host = await mountIn('cy', captured(), 'u-grace', (e) => text(q(e, 'h2')).startsWith('Adolygiad gan gymheiriaid'));
        await click(host, q<HTMLElement>(host, '#agree'));
        expect(text(q(host, '#confirm-agree-heading'))).to.equal('Cytuno ar y canfyddiadau hyn nawr?');
        expect(text(q(host, '[part="confirm"] ul'))).to.equal('un cryfder i’w rannu un maes i’w archwilio y flaenoriaeth wella');
        await accessible(host);
      });

      it('counts in Welsh: one, two and three linked items, and the evidence added', async () => {
        localStorage.clear();
        const p = demoPartnership();
        let c = captured(p);
        c = step(c, p, 'u-erin', { type: 'RECORD_EVIDENCE', item: { id: 'ev-3', note: 'Governors discuss reading each term.' } });
        c = step(c, p, 'u-erin', { type: 'SAVE_FINDING', finding: { id: 'f-two', kind: 'strength', text: 'Two.', evidenceIds: ['ev-1', 'ev-2'] } });
        c = step(c, p, 'u-erin', { type: 'SAVE_FINDING', finding: { id: 'f-three', kind: 'strength', text: 'Three.', evidenceIds: ['ev-1', 'ev-2', 'ev-3'] } });
        const el = await mountIn('cy', c, 'u-erin', (e) => text(q(e, '#evidence-heading')) === 'Tystiolaeth (3)');
        const linked = (id: string) => text(q(el, `[data-finding="${id}"] summary`));
        const first = c.review.findings.find((f) => f.kind === 'strength')!;
        expect(linked(first.id)).to.equal('Tystiolaeth ar gyfer Cryfder 1 (un eitem wedi’i chysylltu)');
        expect(linked('f-two')).to.equal('Tystiolaeth ar gyfer Cryfder 2 (dwy eitem wedi’u cysylltu)');
        expect(linked('f-three')).to.equal('Tystiolaeth ar gyfer Cryfder 3 (tair eitem wedi’u cysylltu)');
        await type(el, note(el), 'Nodyn newydd.');
        await click(el, q<HTMLElement>(el, '#add-evidence'));
        expect(text(q(el, '[role="status"][aria-live="polite"].visually-hidden'))).to.equal('Ychwanegwyd y dystiolaeth. Mae 4 eitem wedi’u cofnodi.');
      });
    });
  });

  describe('helpers', () => {
    it('groups evidence by line in plan order, newest first, with unlinked evidence last', () => {
      const lines = [
        { id: 'a', question: 'A?', questionIds: [] },
        { id: 'b', question: 'B?', questionIds: [] },
      ];
      const item = (id: string, lineId: string | undefined, at: string) => ({ id, note: id, recordedBy: 'u', recordedAt: `2026-10-14T${at}:00.000Z`, ...(lineId ? { lineId } : {}) });
      const groups = groupByLine([item('1', 'b', '09:00'), item('2', 'a', '09:05'), item('3', undefined, '09:10'), item('4', 'b', '09:20'), item('5', 'gone', '09:30')], lines);
      expect(groups.map((g) => [g.line?.id, g.items.map((i) => i.id)])).to.deep.equal([
        ['a', ['2']],
        ['b', ['4', '1']],
        [undefined, ['5', '3']],
      ]);
      expect(newestFirst([item('x', 'a', '09:00'), item('y', 'a', '09:00')]).map((i) => i.id), 'same instant: later recorded first').to.deep.equal(['y', 'x']);
    });

    it('makes ids core accepts, different every time', () => {
      const ids = new Set(Array.from({ length: 50 }, () => newId('ev')));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id).to.match(/^ev-[0-9a-f-]{36}$/);
    });
  });
});
