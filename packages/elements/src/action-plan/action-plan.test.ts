import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createStore, memoryAdapter, transitionOrThrow, visibleCycle, type Cycle, type CycleEvent, type Partnership, type Store } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppRefusedEvent, SppStageChangeEvent } from '../shared/events';
import type { SppActionPlan } from './action-plan.component';
import './action-plan.define';
import { loadStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';

// --- Cycles, built through core as the right people ----------------------------------------------
// Millbrook (host head Jonah Price, senior leader Kirsty Lamb) and Thornhill (host head Maya
// Sandhu): the lead reviewer is Amara Okafor, the facilitating Improvement Champion Chloe Dunn.
// The workshop was on 4 November 2026, so the check-in is due on 2 February 2027. Action 1 is due
// on 11 December 2026 and action 2 on 29 January 2027.

const partnership = demoPartnership();
const millbrook = (p = partnership) => demoCycle('s-millbrook', 'action-plan', p);
const thornhill = (p = partnership) => demoCycle('s-thornhill', 'check-in', p);
const step = (cycle: Cycle, actorId: string, event: CycleEvent, day: string, p: Partnership = partnership) =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: `${day}T10:00:00.000Z` });

// --- Driving the widget as a person would --------------------------------------------------------

const storeWith = (cycle: Cycle, quotaBytes?: number) =>
  createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...(quotaBytes ? { quotaBytes } : {}) }));

async function mount(cycle: Cycle, actorId: string, options: { store?: Store; today?: string; width?: string } = {}) {
  const store = options.store ?? storeWith(cycle);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>
    <spp-action-plan .store=${store} .partnership=${partnership} actor-id=${actorId} cycle-id=${cycle.id} today=${options.today ?? '2026-11-20'}></spp-action-plan>
  </div>`);
  const el = wrapper.querySelector('spp-action-plan')!;
  await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'the cycle loads');
  await el.updateComplete;
  return { el, store, wrapper };
}

const q = <T extends Element = HTMLElement>(el: SppActionPlan, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppActionPlan, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: SppActionPlan) => text(q(el, '[part="base"]'));
const button = (el: SppActionPlan, label: string) => qa<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
const field = <T extends HTMLElement = HTMLInputElement>(el: SppActionPlan, id: string) => q<T>(el, `#${CSS.escape(id)}`)!;
const action = (el: SppActionPlan, id: string) => q(el, `[data-action="${id}"]`)!;
const alertText = (el: SppActionPlan) => text(q(el, '[role="alert"]'));
const saveStatus = (el: SppActionPlan) => text(q(el, '[part="save-state"] [role="status"]'));
const stored = async (store: Store, id: string) => (await store.get('cycle', id))!;

/** Types into a field the way a browser does (value, then `input`), without leaving it. */
async function type(el: SppActionPlan, box: HTMLInputElement | HTMLTextAreaElement, value: string) {
  box.focus();
  box.value = value;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  await el.updateComplete;
}
/** Leaves a field after typing: the browser fires `change`. */
async function leave(el: SppActionPlan, box: HTMLElement) {
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  box.blur();
  await el.updateComplete;
}
async function choose(el: SppActionPlan, select: HTMLSelectElement | HTMLInputElement, value?: string) {
  if (select instanceof HTMLInputElement && select.type === 'radio') select.checked = true;
  else select.value = value ?? '';
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function click(el: SppActionPlan, target: Element | undefined | null) {
  expect(target, 'the control exists').to.exist;
  (target as HTMLElement).click();
  await el.updateComplete;
}

/** The WCAG 2.0–2.2 A/AA and best-practice rules the Storybook e2e check uses (target size included). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppActionPlan) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

describe('<spp-action-plan>', () => {
  beforeEach(() => localStorage.clear());

  describe('the plan', () => {
    it('shows the agreed priority, the root cause and every action with its owner, dates, support and status', async () => {
      const { el } = await mount(millbrook(), 'u-jonah');
      expect(text(q(el, 'h2'))).to.equal('Action plan');
      expect(text(q(el, '[part="header"]'))).to.contain('For Millbrook Church of England Primary, 2026-27');
      expect(text(q(el, '.priority'))).to.equal('Keep the daily reading routine in every Key Stage 2 class, and reach families who cannot come in during the day.');
      expect(text(q(el, '[part="priority"]'))).to.contain('Year 6 staff have not seen evidence that the routine works for older pupils.');
      expect(text(q(el, '[part="priority"]'))).to.contain('Improvement workshop held on 4 November 2026, facilitated by Chloe Dunn.');
      expect(qa(el, '[part="action"]')).to.have.length(2);
      expect(field<HTMLTextAreaElement>(el, 'what-act-1').value).to.equal('Share Year 3–4 reading impact data with Year 5–6 staff and agree a 20-minute routine.');
      expect(field(el, 'owner-act-1').value).to.equal('English lead');
      expect(field(el, 'dueOn-act-1').value).to.equal('2026-12-11');
      expect(field<HTMLSelectElement>(el, 'supportSchoolId-act-1').value).to.equal('s-ashby');
      expect(field<HTMLSelectElement>(el, 'status-act-1').value).to.equal('not-started');
      expect(text(q(el, 'label[for="owner-act-1"]'))).to.equal('Owner');
      // The host school itself is never offered as its own support.
      expect(qa<HTMLOptionElement>(el, '#supportSchoolId-act-1 option').map((o) => o.value)).not.to.include('s-millbrook');
      await accessible(el);
    });

    it('shows when the check-in is due, counting the days', async () => {
      const { el } = await mount(millbrook(), 'u-jonah', { today: '2026-11-20' });
      const due = q(el, '[part="check-in-due"]')!;
      expect(text(due.querySelector('h3'))).to.equal('Check-in due by 2 February 2027');
      expect(text(due)).to.contain('74 days to go.');
      expect(text(due)).to.contain('The check-in can be recorded once the host headteacher has published the plan.');
      expect(due.classList.contains('overdue')).to.equal(false);
      expect(q(el, '[part="overdue"]'), 'nothing is overdue yet').to.equal(null);
    });

    it('flags an action whose due date has passed and is not done, in words, for a given today', async () => {
      const { el } = await mount(millbrook(), 'u-jonah', { today: '2026-12-12' });
      const first = action(el, 'act-1');
      expect(text(first.querySelector('h4'))).to.equal('Action 1 Overdue');
      expect(text(first.querySelector('[part="overdue"]'))).to.equal('Overdue');
      expect(text(q(el, '#dueOn-act-1-overdue'))).to.equal('Overdue: this was due on 11 December 2026 and is not done.');
      expect(field(el, 'dueOn-act-1').getAttribute('aria-describedby')).to.contain('dueOn-act-1-overdue');
      expect(action(el, 'act-2').querySelector('[part="overdue"]'), 'action 2 is due in January').to.equal(null);
      expect(text(q(el, '[part="check-in-due"]'))).to.contain('1 action is past its due date.');
      await accessible(el);

      // Done (or stopped) actions are never late.
      await choose(el, field<HTMLSelectElement>(el, 'status-act-1'), 'done');
      expect(action(el, 'act-1').querySelector('[part="overdue"]')).to.equal(null);
      expect(text(q(el, '[part="check-in-due"]'))).not.to.contain('past its due date');
    });

    it('is not overdue on the due date itself, and is the day after', async () => {
      const onTheDay = await mount(millbrook(), 'u-jonah', { today: '2026-12-11' });
      expect(action(onTheDay.el, 'act-1').querySelector('[part="overdue"]')).to.equal(null);
      onTheDay.wrapper.remove();
      const dayAfter = await mount(millbrook(), 'u-jonah', { today: '2026-12-12' });
      expect(action(dayAfter.el, 'act-1').querySelector('[part="overdue"]')).to.exist;
    });

    it('shows an overdue check-in in words', async () => {
      const { el } = await mount(thornhill(), 'u-amara', { today: '2027-02-05' });
      const due = q(el, '[part="check-in-due"]')!;
      expect(text(due.querySelector('h3'))).to.equal('Check-in overdue: it was due on 2 February 2027');
      expect(text(due)).to.contain('3 days late.');
      expect(due.classList.contains('overdue')).to.equal(true);
      expect(text(due)).to.contain('2 actions are past their due date.');
      await accessible(el);
    });

    it('defaults today to the current date', async () => {
      const cycle = millbrook();
      const store = storeWith(cycle);
      const el = await fixture<SppActionPlan>(html`<spp-action-plan .store=${store} .partnership=${partnership} actor-id="u-jonah" cycle-id=${cycle.id}></spp-action-plan>`);
      await waitUntil(() => el.shadowRoot!.querySelector('h2'));
      // The demo's dates are in 2026–27: from today's date on, action 1 is long overdue.
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(Boolean(action(el, 'act-1').querySelector('[part="overdue"]'))).to.equal(today > '2026-12-11');
    });
  });

  describe('editing actions and their history', () => {
    it('an edit is one change in the action’s history: when, who and what the field was before', async () => {
      const { el, store } = await mount(millbrook(), 'u-jonah');
      const owner = field(el, 'owner-act-1');
      // Typing letter by letter is not a change each time: it is kept on this device until the field is left.
      for (const value of ['D', 'De', 'Dep', 'Deputy head']) await type(el, owner, value);
      expect(saveStatus(el)).to.equal('Unsaved changes');
      expect(text(q(el, '#owner-act-1-pending'))).to.equal('Saved when you leave the field.');
      await leave(el, owner);
      const history = action(el, 'act-1').querySelector<HTMLDetailsElement>('[part="history"]')!;
      expect(text(history.querySelector('summary'))).to.equal('History of action 1 (1 change)');
      history.open = true;
      const entry = history.querySelector('.changes > li')!;
      expect(text(entry)).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4}(,| at) \d{2}:\d{2}, Jonah Price changed: Owner was “English lead”$/);
      await accessible(el);

      await el.flush();
      const saved = await stored(store, 'c-millbrook');
      expect(saved.actions[0]!.owner).to.equal('Deputy head');
      expect(saved.actions[0]!.history).to.have.length(1);
      expect(saved.actions[0]!.history[0]).to.include({ by: 'u-jonah' });
      expect(saved.actions[0]!.history[0]!.before).to.deep.equal({ owner: 'English lead' });
      expect(saveStatus(el)).to.equal('All changes saved');
    });

    it('lists status, date and support changes in words, newest first, opened by keyboard', async () => {
      const { el } = await mount(millbrook(), 'u-kirsty');
      await choose(el, field<HTMLSelectElement>(el, 'status-act-2'), 'in-progress');
      const due = field(el, 'dueOn-act-2');
      due.value = '2027-02-12';
      await leave(el, due);
      await choose(el, field<HTMLSelectElement>(el, 'supportSchoolId-act-2'), 's-westgate');
      const summary = action(el, 'act-2').querySelector<HTMLElement>('summary')!;
      expect(text(summary)).to.equal('History of action 2 (3 changes)');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(action(el, 'act-2').querySelector<HTMLDetailsElement>('details')!.open).to.equal(true);
      const entries = [...action(el, 'act-2').querySelectorAll('.changes > li')].map((li) => text(li.querySelector('ul')));
      expect(entries).to.deep.equal(['Support from was no support arranged', 'Due date was 29 January 2027', 'Status was Not started']);
      expect(text(action(el, 'act-2').querySelector('.changes > li p'))).to.contain('Kirsty Lamb changed:');
      await accessible(el);
    });

    it('clearing a due date is kept in the history, and the plan then needs a date before it is published', async () => {
      const { el } = await mount(millbrook(), 'u-jonah');
      const due = field(el, 'dueOn-act-1');
      due.focus();
      due.value = '';
      due.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(action(el, 'act-1').querySelector('summary')), 'not cleared while the date may be retyped').to.contain('No changes');
      due.blur();
      await el.updateComplete;
      const history = action(el, 'act-1').querySelector<HTMLDetailsElement>('details')!;
      history.open = true;
      expect(text(history.querySelector('.changes ul'))).to.equal('Due date was 11 December 2026');
      expect(text(q(el, '#publish-reason'))).to.equal('Not yet: Action 1 still needs a due date.');
    });

    it('types an edit by keyboard and saves it when Tab leaves the field', async () => {
      const { el, store } = await mount(millbrook(), 'u-jonah');
      const criteria = field<HTMLTextAreaElement>(el, 'successCriteria-act-2');
      criteria.focus();
      criteria.setSelectionRange(criteria.value.length, criteria.value.length);
      await sendKeys({ type: ' And a second café in spring.' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      await el.flush();
      const saved = await stored(store, 'c-millbrook');
      expect(saved.actions[1]!.successCriteria).to.equal('At least 15 families attend; survey shows more confidence. And a second café in spring.');
      expect(saved.actions[1]!.history).to.have.length(1);
    });

    it('adds a new action while the plan is written, by keyboard, and focuses it', async () => {
      const { el, store } = await mount(millbrook(), 'u-jonah');
      const add = button(el, 'Add an action')!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('new-what');
      await accessible(el);
      // Adding with nothing said is refused in place.
      await click(el, button(el, 'Add to the plan'));
      expect(text(q(el, '#new-what-error'))).to.equal('Say what will be done first.');
      await sendKeys({ type: 'Governor link visit to a Year 6 reading session.' });
      await type(el, field(el, 'new-owner'), 'Chair of governors');
      await click(el, button(el, 'Add to the plan'));
      expect(qa(el, '[part="action"]')).to.have.length(3);
      expect(text(q(el, '[data-announcer]'))).to.equal('Action 3 added to the plan.');
      const added = qa(el, '[part="action"]')[2]!;
      expect(el.shadowRoot!.activeElement).to.equal(added.querySelector('h4'));
      expect(q(el, '[part="new-action"]')).to.equal(null);
      await el.flush();
      const saved = await stored(store, 'c-millbrook');
      expect(saved.actions[2]).to.include({ what: 'Governor link visit to a Year 6 reading session.', owner: 'Chair of governors', status: 'not-started' });
      expect(saved.actions[2]!.history).to.deep.equal([]);
    });
  });

  describe('publishing the plan', () => {
    it('is refused with core’s reasons while an action is incomplete, then allowed: the cycle moves to the check-in', async () => {
      const { el, store } = await mount(millbrook(), 'u-jonah');
      await click(el, button(el, 'Add an action'));
      await type(el, field<HTMLTextAreaElement>(el, 'new-what'), 'Weekly reading homework club.');
      await click(el, button(el, 'Add to the plan'));
      const publish = q<HTMLButtonElement>(el, '[data-publish]')!;
      expect(publish.getAttribute('aria-disabled')).to.equal('true');
      expect(text(q(el, '#publish-reason'))).to.equal('Not yet: Action 3 still needs an owner, a due date, success criteria.');
      expect(publish.getAttribute('aria-describedby')).to.equal('publish-reason');
      const refusals: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refusals.push(e));
      await click(el, publish);
      expect(alertText(el)).to.equal('Not done: Action 3 still needs an owner, a due date, success criteria.');
      expect(refusals).to.have.length(1);
      expect(q(el, '[part="confirm"]')).to.equal(null);
      await accessible(el);

      const id = qa(el, '[part="action"]')[2]!.getAttribute('data-action')!;
      await type(el, field(el, `owner-${id}`), 'English lead');
      await leave(el, field(el, `owner-${id}`));
      const due = field(el, `dueOn-${id}`);
      due.value = '2027-01-15';
      await leave(el, due);
      expect(text(q(el, '#publish-reason'))).to.equal('Not yet: Action 3 still needs success criteria.');
      // Typed but not yet left: pressing Publish sends it first.
      await type(el, field<HTMLTextAreaElement>(el, `successCriteria-${id}`), 'Twenty pupils attend each week.');
      const stages: SppStageChangeEvent[] = [];
      el.addEventListener('spp-stage-change', (e) => stages.push(e));
      await click(el, q(el, '[data-publish]'));
      expect(text(q(el, '#publish-confirm-heading'))).to.equal('Publish the plan now?');
      expect(el.shadowRoot!.activeElement?.id).to.equal('publish-confirm-heading');
      expect(text(q(el, '[part="confirm"]'))).to.contain('The plan moves on to the check-in, due by 2 February 2027.');
      await accessible(el);
      await click(el, q(el, '[data-confirm-publish]'));
      expect(stages.map((s) => [s.from, s.to])).to.deep.equal([['action-plan', 'check-in']]);
      expect(text(q(el, '[data-announcer]'))).to.equal('The plan is published. The check-in is next.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('due-heading');
      expect(q(el, '[part="publish"]')).to.equal(null);
      await el.flush();
      expect((await stored(store, 'c-millbrook')).stage).to.equal('check-in');
      await accessible(el);
    });

    it('“Not yet” (or Escape) goes back without publishing', async () => {
      const { el } = await mount(millbrook(), 'u-jonah');
      await click(el, q(el, '[data-publish]'));
      await click(el, button(el, 'Not yet'));
      expect(q(el, '[part="confirm"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-publish]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('publish-confirm-heading');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(q(el, '[part="confirm"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-publish]'));
      expect(text(q(el, '.stage'))).to.equal('Stage: Action plan');
    });

    it('only the host headteacher publishes: a senior leader edits actions but sees core’s reason', async () => {
      const { el } = await mount(millbrook(), 'u-kirsty');
      expect(field(el, 'owner-act-1')).to.exist;
      expect(q(el, '[data-publish]')!.getAttribute('aria-disabled')).to.equal('true');
      expect(text(q(el, '#publish-reason'))).to.equal('Not yet: Only the headteacher of Millbrook Church of England Primary can do this.');
      await click(el, q(el, '[data-publish]'));
      expect(alertText(el)).to.equal('Not done: Only the headteacher of Millbrook Church of England Primary can do this.');
      expect(text(q(el, '.stage'))).to.equal('Stage: Action plan');
      await accessible(el);
    });
  });

  describe('the check-in', () => {
    async function fillCheckIn(el: SppActionPlan, heldOn: string, outcome: 'close' | 'continue') {
      const date = field(el, 'held-on');
      date.value = heldOn;
      date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await choose(el, field<HTMLSelectElement>(el, 'progress-status-act-1'), 'done');
      await type(el, field<HTMLTextAreaElement>(el, 'progress-note-act-1'), 'Routine now in all classes.');
      await choose(el, field<HTMLSelectElement>(el, 'progress-status-act-2'), 'in-progress');
      await type(el, field<HTMLTextAreaElement>(el, 'progress-note-act-2'), 'First café: 11 families.');
      await type(el, field<HTMLTextAreaElement>(el, 'next-steps'), 'Share the routine at the spring heads’ meeting.');
      await choose(el, field(el, `outcome-${outcome}`));
    }

    it('the lead reviewer records it and closes the cycle, after an in-page confirmation', async () => {
      const { el, store } = await mount(thornhill(), 'u-amara', { today: '2027-02-02' });
      // The lead reviewer follows the actions but does not edit them.
      expect(q(el, '#owner-act-1')).to.equal(null);
      expect(text(q(el, '[part="actions"] .notice'))).to.contain('The action plan belongs to Thornhill Special School');
      expect(field(el, 'held-on').value, 'defaults to today').to.equal('2027-02-02');
      await accessible(el);

      // Nothing is sent without an outcome.
      await click(el, q(el, '[data-record-check-in]'));
      expect(text(q(el, '#outcome-error'))).to.equal('Choose whether to close the cycle or continue the plan.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('outcome-close');

      await fillCheckIn(el, '2027-02-02', 'close');
      expect(q(el, '#outcome-error')).to.equal(null);
      await click(el, q(el, '[data-record-check-in]'));
      expect(text(q(el, '#check-in-confirm-heading'))).to.equal('Record this check-in?');
      expect(text(q(el, '[part="confirm"]'))).to.contain('Held on 2 February 2027. The review cycle will close.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('check-in-confirm-heading');
      expect((await stored(store, 'c-thornhill')).stage, 'nothing sent before confirming').to.equal('check-in');
      await accessible(el);

      const stages: SppStageChangeEvent[] = [];
      el.addEventListener('spp-stage-change', (e) => stages.push(e));
      await click(el, q(el, '[data-confirm-check-in]'));
      expect(stages.map((s) => [s.from, s.to])).to.deep.equal([['check-in', 'complete']]);
      expect(text(q(el, '[data-announcer]'))).to.equal('Check-in recorded. The review cycle is complete.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('check-ins-heading');
      expect(text(q(el, '.stage'))).to.equal('Stage: Complete');
      expect(all(el)).to.contain('This review cycle is complete.');
      const held = q(el, '[part="check-ins"]')!;
      expect(text(held)).to.contain('Check-in held on 2 February 2027');
      expect(text(held)).to.contain('Recorded by Amara Okafor.');
      expect(text(held)).to.contain('Action 1: Done. Routine now in all classes.');
      expect(text(held)).to.contain('Action 2: In progress. First café: 11 families.');
      expect(text(held)).to.contain('Share the routine at the spring heads’ meeting.');
      expect(qa(el, 'input, textarea, select'), 'a complete cycle is a record').to.have.length(0);
      await el.flush();
      const saved = await stored(store, 'c-thornhill');
      expect(saved.stage).to.equal('complete');
      expect(saved.checkIns[0]).to.deep.include({ heldOn: '2027-02-02', recordedBy: 'u-amara', nextSteps: 'Share the routine at the spring heads’ meeting.' });
      expect(saved.actions.map((a) => a.status)).to.deep.equal(['done', 'in-progress']);
      expect(localStorage.length, 'the recorded form is no longer kept on the device').to.equal(0);
      await accessible(el);
    });

    it('the Improvement Champion continues the plan: core books the next check-in', async () => {
      const { el, store } = await mount(thornhill(), 'u-chloe', { today: '2027-02-05' });
      await fillCheckIn(el, '2027-02-05', 'continue');
      await click(el, q(el, '[data-record-check-in]'));
      expect(text(q(el, '[part="confirm"]'))).to.contain('Held on 5 February 2027. The plan continues and the next check-in is booked 90 days later.');
      const stages: SppStageChangeEvent[] = [];
      el.addEventListener('spp-stage-change', (e) => stages.push(e));
      await click(el, q(el, '[data-confirm-check-in]'));
      expect(stages.map((s) => [s.from, s.to])).to.deep.equal([['check-in', 'action-plan']]);
      expect(text(q(el, '#due-heading'))).to.equal('Check-in due by 6 May 2027');
      expect(text(q(el, '[data-announcer]'))).to.equal('Check-in recorded. The next check-in is due by 6 May 2027.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('due-heading');
      expect(all(el)).to.contain('The plan continues after the last check-in.');
      expect(text(q(el, '[part="check-in-due"]'))).to.contain('The last check-in was held on 5 February 2027.');
      expect(text(q(el, '[part="check-ins"]'))).to.contain('Check-in held on 5 February 2027');
      await el.flush();
      const saved = await stored(store, 'c-thornhill');
      expect(saved.stage).to.equal('action-plan');
      expect(saved.checkIns.map((c) => [c.heldOn, c.dueOn])).to.deep.equal([
        ['2027-02-05', '2027-02-02'],
        [undefined, '2027-05-06'],
      ]);
      await accessible(el);
    });

    it('the host headteacher cannot record the check-in: core’s reason is shown, and actions stay editable', async () => {
      const { el } = await mount(thornhill(), 'u-maya', { today: '2027-02-02' });
      expect(text(q(el, '[data-cannot-record]'))).to.equal(
        'You can follow the check-in but not record it. The check-in is recorded by the lead reviewer or the Improvement Champion.',
      );
      expect(q(el, '#held-on')).to.equal(null);
      expect(q(el, '[data-record-check-in]')).to.equal(null);
      expect(field(el, 'owner-act-1'), 'the host school still updates its actions').to.exist;
      await accessible(el);
    });

    it('keeps a half-filled check-in on this device until it is recorded', async () => {
      const cycle = thornhill();
      const store = storeWith(cycle);
      const first = await mount(cycle, 'u-amara', { store, today: '2027-02-03' });
      await type(first.el, field<HTMLTextAreaElement>(first.el, 'next-steps'), 'Visit Westgate in March');
      await choose(first.el, field(first.el, 'outcome-continue'));
      first.wrapper.remove();
      const second = await mount(cycle, 'u-amara', { store, today: '2027-02-03' });
      expect(field<HTMLTextAreaElement>(second.el, 'next-steps').value).to.equal('Visit Westgate in March');
      expect(field(second.el, 'outcome-continue').checked).to.equal(true);
      // Another person on the same laptop does not see it.
      second.wrapper.remove();
      const other = await mount(cycle, 'u-chloe', { store, today: '2027-02-03' });
      expect(field<HTMLTextAreaElement>(other.el, 'next-steps').value).to.equal('');
    });

    it('shows core’s refusal when the check-in date is before the workshop', async () => {
      const { el } = await mount(thornhill(), 'u-amara', { today: '2027-02-02' });
      await fillCheckIn(el, '2026-10-01', 'close');
      await click(el, q(el, '[data-record-check-in]'));
      await click(el, q(el, '[data-confirm-check-in]'));
      expect(alertText(el)).to.equal('Not done: The check-in cannot be held before the workshop.');
      expect(text(q(el, '.stage'))).to.equal('Stage: Check-in');
      expect(field<HTMLTextAreaElement>(el, 'next-steps').value, 'nothing typed is lost').to.equal('Share the routine at the spring heads’ meeting.');
    });
  });

  describe('people who read but do not change the plan', () => {
    it('the associate sees the priority, actions and progress, read-only, with core’s reason', async () => {
      const p = partnership;
      let cycle = thornhill();
      cycle = step(cycle, 'u-amara', { type: 'RECORD_CHECK_IN', heldOn: '2027-02-02', progress: [{ actionId: 'act-1', status: 'done', note: 'Routine in all classes.' }], nextSteps: 'Keep going.', outcome: 'continue' }, '2027-02-02', p);
      const { el } = await mount(cycle, 'u-tessa', { today: '2027-02-10' });
      expect(text(q(el, '[data-read-only]'))).to.equal(
        'You can read this action plan and its progress but not change them. The programme associate follows progress and supports the partnership, but does not change its records.',
      );
      expect(qa(el, 'input, textarea, select')).to.have.length(0);
      expect(q(el, '[part="publish"]')).to.equal(null);
      expect(q(el, '[part="check-in"]')).to.equal(null);
      expect(text(q(el, '.priority'))).to.contain('Keep the daily reading routine');
      expect(text(action(el, 'act-1'))).to.contain('English lead');
      expect(text(action(el, 'act-1'))).to.contain('Done');
      expect(text(q(el, '[part="check-ins"]'))).to.contain('Action 1: Done. Routine in all classes.');
      expect(button(el, 'Export as JSON'), 'the associate can still export what they see').to.exist;
      await accessible(el);
    });

    it('before the workshop has finished, the draft actions are shown as text', async () => {
      const { el } = await mount(demoCycle('s-millbrook', 'workshop'), 'u-jonah');
      expect(all(el)).to.contain('The action plan is agreed at the improvement workshop.');
      expect(qa(el, 'input, textarea, select')).to.have.length(0);
      expect(qa(el, '[part="action"]')).to.have.length(2);
      expect(q(el, '[part="check-in-due"]')).to.equal(null);
      await accessible(el);
    });

    it('a complete cycle is a record', async () => {
      const { el } = await mount(demoCycle('s-westgate', 'complete'), 'u-priya');
      expect(all(el)).to.contain('This review cycle is complete.');
      expect(qa(el, 'input, textarea, select')).to.have.length(0);
      expect(text(q(el, '[part="check-ins"]'))).to.contain('Check-in held on 2 February 2027');
      await accessible(el);
    });
  });

  describe('saving', () => {
    it('text being typed reaches the store when the widget goes away, and is there when it comes back', async () => {
      const cycle = millbrook();
      const store = storeWith(cycle);
      const first = await mount(cycle, 'u-jonah', { store });
      await type(first.el, field<HTMLTextAreaElement>(first.el, 'supportNote-act-1'), 'Two visits: one in December, one in January.');
      expect((await stored(store, 'c-millbrook')).actions[0]!.supportNote, 'not sent while typing').to.equal('Visit to see their Year 6 routine.');
      first.wrapper.remove();
      await first.el.flush();
      const saved = await stored(store, 'c-millbrook');
      expect(saved.actions[0]!.supportNote).to.equal('Two visits: one in December, one in January.');
      expect(saved.actions[0]!.history).to.have.length(1);
      const second = await mount(cycle, 'u-jonah', { store });
      expect(field<HTMLTextAreaElement>(second.el, 'supportNote-act-1').value).to.equal('Two visits: one in December, one in January.');
    });

    it('keeps text being typed on this device: another tab opened meanwhile shows it', async () => {
      const cycle = millbrook();
      const store = storeWith(cycle);
      const first = await mount(cycle, 'u-jonah', { store });
      await type(first.el, field(first.el, 'owner-act-2'), 'Family liaison officer and the English lead');
      const second = await mount(cycle, 'u-jonah', { store });
      expect(field(second.el, 'owner-act-2').value).to.equal('Family liaison officer and the English lead');
      expect(saveStatus(second.el)).to.equal('Unsaved changes');
    });

    it('a failed save says so, offers to try again and keeps the edit', async () => {
      const cycle = millbrook();
      const store = storeWith(cycle, JSON.stringify(cycle).length + 400);
      const { el } = await mount(cycle, 'u-jonah', { store });
      const box = field<HTMLTextAreaElement>(el, 'successCriteria-act-1');
      await type(el, box, 'Routine seen in every Year 5–6 class on a learning walk. '.repeat(20));
      await leave(el, box);
      await el.flush();
      await el.updateComplete;
      expect(saveStatus(el)).to.match(/^Not saved: .*storage is full.*Your changes are kept on this device\.$/);
      expect(button(el, 'Try saving again')).to.exist;
      expect(field<HTMLTextAreaElement>(el, 'successCriteria-act-1').value).to.equal('Routine seen in every Year 5–6 class on a learning walk. '.repeat(20));
      await accessible(el);
    });

    it('shows text typed by people as text, never as markup', async () => {
      const hostile = '<img src=x onerror="window.__sppHacked = true"><script>window.__sppHacked = true</script>';
      let cycle = millbrook();
      cycle = step(cycle, 'u-jonah', { type: 'SAVE_ACTION', action: { id: 'act-1', what: hostile, owner: '<b>Owner</b>', supportNote: hostile } }, '2026-11-10');
      const { el } = await mount(cycle, 'u-tessa');
      expect(text(action(el, 'act-1'))).to.contain(hostile);
      expect(text(action(el, 'act-1'))).to.contain('<b>Owner</b>');
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      const details = action(el, 'act-1').querySelector<HTMLDetailsElement>('details')!;
      details.open = true;
      expect(text(details)).to.contain('What will be done was “Share Year 3–4 reading impact data');
      expect((window as unknown as { __sppHacked?: boolean }).__sppHacked).to.equal(undefined);
      await accessible(el);
    });
  });

  describe('export and print', () => {
    it('“Export as JSON” downloads the cycle as this person may see it', async () => {
      const cycle = millbrook();
      expect(cycle.review.evidence.length, 'the stored cycle has evidence notes').to.be.greaterThan(0);
      const { el } = await mount(cycle, 'u-tessa', { today: '2026-12-01' });
      const blobs: Blob[] = [];
      const links: { download: string; href: string; connected: boolean }[] = [];
      const revoked: string[] = [];
      const { createObjectURL, revokeObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return createObjectURL(blob);
      };
      URL.revokeObjectURL = (url: string) => {
        revoked.push(url);
        revokeObjectURL(url);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        links.push({ download: this.download, href: this.href, connected: this.isConnected });
      };
      try {
        const exportButton = button(el, 'Export as JSON')!;
        exportButton.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await waitUntil(() => revoked.length === 1, 'the object URL is revoked after the download', { timeout: 3000 });
      } finally {
        URL.createObjectURL = createObjectURL;
        URL.revokeObjectURL = revokeObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.equal('application/json');
      const exported = JSON.parse(await blobs[0]!.text()) as Cycle;
      expect(exported).to.deep.equal(visibleCycle(cycle, { id: 'u-tessa' }, partnership));
      expect(exported.review.evidence, 'evidence notes are not the associate’s to see').to.deep.equal([]);
      // Nor the school's self-review or the review's working detail: she follows what is agreed.
      expect(Object.keys(cycle.selfReview.responses).length && cycle.workshop.whys.length && cycle.preReview.linesOfEnquiry.length, 'the stored cycle has them').to.be.greaterThan(0);
      expect(exported.selfReview.responses).to.deep.equal({});
      expect(exported.preReview.linesOfEnquiry).to.deep.equal([]);
      expect([exported.workshop.whys, exported.workshop.causes, exported.workshop.rootCause]).to.deep.equal([[], [], '']);
      expect(exported.preReview.focusSummary, 'the agreed focus').to.equal(cycle.preReview.focusSummary);
      expect(exported.review.improvementPriority, 'the agreed priority').to.equal(cycle.review.improvementPriority);
      expect(exported.actions.map((a) => a.id)).to.deep.equal(['act-1', 'act-2']);
      expect(links).to.deep.equal([{ download: 'spp-cycle-c-millbrook-2026-12-01.json', href: revoked[0]!, connected: true }]);
      expect(q(el, 'a'), 'the temporary link is gone').to.equal(null);
      expect(text(q(el, '[data-announcer]'))).to.equal('Downloaded spp-cycle-c-millbrook-2026-12-01.json.');
    });

    it('prints as a document: records instead of forms, no buttons, history or status', async () => {
      const { el } = await mount(millbrook(), 'u-jonah', { today: '2026-12-12' });
      await emulateMedia({ media: 'print' });
      try {
        const visible = (node: Element | null) => Boolean(node && (node as HTMLElement).offsetParent !== null);
        expect(visible(q(el, '#owner-act-1')), 'form fields are not printed').to.equal(false);
        expect(qa(el, 'button').some(visible), 'buttons are not printed').to.equal(false);
        expect(visible(q(el, '[part="history"]'))).to.equal(false);
        expect(visible(q(el, '[part="publish"]'))).to.equal(false);
        const record = action(el, 'act-1').querySelector('.print-only dl')!;
        expect(visible(record)).to.equal(true);
        expect(text(record)).to.contain('Owner English lead');
        expect(text(record)).to.contain('Due date 11 December 2026 (overdue)');
        expect(visible(q(el, '.priority'))).to.equal(true);
        expect(text(q(el, '.printed-on'))).to.equal('Printed on 12 December 2026.');
        expect(visible(q(el, '.printed-on'))).to.equal(true);
        expect(visible(q(el, '[part="check-in-due"]'))).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect((q(el, '.print-only') as HTMLElement).offsetParent, 'the print record is not shown on screen').to.equal(null);
    });
  });

  describe('layout', () => {
    it('fits a 320px column with nothing scrolling sideways', async () => {
      const { el } = await mount(thornhill(), 'u-chloe', { width: '320px', today: '2027-02-05' });
      const base = q(el, '[part="base"]')!;
      expect(base.scrollWidth, 'nothing overflows sideways').to.be.at.most(321);
      for (const node of qa(el, 'input, select, textarea, button, p, li, h2, h3, h4, dd, summary')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right - el.getBoundingClientRect().left, `${node.localName} "${text(node).slice(0, 30)}" fits`).to.be.at.most(321);
      }
      await accessible(el);
    });
  });

  describe('in other languages', () => {
    /** The widget inside a wrapper with `lang`, once it renders in that language (`heading` is its h2). */
    async function mountIn(lang: string, cycle: Cycle, actorId: string, heading: string, options: { today?: string } = {}) {
      const store = storeWith(cycle);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <spp-action-plan .store=${store} .partnership=${partnership} actor-id=${actorId} cycle-id=${cycle.id} today=${options.today ?? '2026-11-20'}></spp-action-plan>
      </div>`);
      const el = wrapper.querySelector('spp-action-plan')!;
      await waitUntil(() => text(el.shadowRoot!.querySelector('h2')).includes(heading), `renders in ${lang}`);
      await el.updateComplete;
      return { el, store, wrapper };
    }

    it('shows the date chosen in a native date field written out in the widget’s language', async () => {
      const { el } = await mount(millbrook(), 'u-jonah');
      expect(text(q(el, '#dueOn-act-1-chosen'))).to.match(/^Due date chosen: Friday,? 11 December 2026\.$/);
      expect(field(el, 'dueOn-act-1').getAttribute('aria-describedby')).to.contain('dueOn-act-1-chosen');
    });

    describe('Welsh', () => {
      before(async () => {
        await loadStrings('cy');
      });

      it('the plan: Welsh headings, dates and counts, and accessible', async () => {
        const { el } = await mountIn('cy', millbrook(), 'u-jonah', 'Cynllun gweithredu');
        expect(text(q(el, 'h2'))).to.equal('Cynllun gweithredu');
        expect(text(q(el, '#actions-heading'))).to.equal('Camau gweithredu');
        expect(text(q(el, '#priority-heading'))).to.equal('Blaenoriaeth wella');
        expect(text(q(el, 'label[for="owner-act-1"]'))).to.equal('Person cyfrifol');
        const due = q(el, '[part="check-in-due"]')!;
        expect(text(due.querySelector('h3'))).to.equal('Cyfarfod gwirio cynnydd i’w gynnal erbyn 2 Chwefror 2027');
        expect(text(due)).to.contain('74 diwrnod i fynd.');
        expect(text(due)).to.contain('pan fydd 90 diwrnod wedi mynd heibio ers y gweithdy gwella');
        expect(text(q(el, '#dueOn-act-1-chosen'))).to.match(/^Y dyddiad cwblhau a ddewiswyd: [Dd]ydd Gwener,? 11 Rhagfyr 2026\.$/);
        expect(text(q(el, '[part="history"] summary'))).to.equal('Hanes cam gweithredu 1 (Dim newidiadau ers cytuno ar y cam gweithredu.)');
        await accessible(el);
        // Core's reasons come in Welsh too.
        await click(el, q(el, '[data-add-action]'));
        await type(el, field<HTMLTextAreaElement>(el, 'new-what'), 'Clwb gwaith cartref darllen wythnosol.');
        await click(el, q(el, '[data-confirm-add]'));
        expect(text(q(el, '#publish-reason'))).to.match(/^Ddim eto: /);
        expect(text(q(el, '#publish-reason'))).not.to.contain('still needs');
        await accessible(el);
      });

      it('counts in Welsh: two and three of a thing, each a whole sentence', async () => {
        const { el } = await mountIn('cy', thornhill(), 'u-amara', 'Cynllun gweithredu', { today: '2027-02-05' });
        const due = q(el, '[part="check-in-due"]')!;
        expect(text(due.querySelector('h3'))).to.equal('Mae’r cyfarfod gwirio cynnydd yn hwyr: roedd i’w gynnal ar 2 Chwefror 2027');
        expect(text(due)).to.contain('Tri diwrnod yn hwyr.');
        expect(text(due)).to.contain('Mae dau gam gweithredu wedi pasio’u dyddiad cwblhau.');
        await accessible(el);
      });

      it('the check-in form and its confirmation in Welsh', async () => {
        const { el } = await mountIn('cy', thornhill(), 'u-amara', 'Cynllun gweithredu', { today: '2027-02-02' });
        expect(text(q(el, '#check-in-heading'))).to.equal('Cofnodi’r cyfarfod gwirio cynnydd');
        expect(text(q(el, '#held-on-chosen'))).to.match(/^Y dyddiad a ddewiswyd: [Dd]ydd Mawrth,? 2 Chwefror 2027\.$/);
        await choose(el, field(el, 'outcome-continue'));
        await click(el, q(el, '[data-record-check-in]'));
        expect(text(q(el, '[part="confirm"]'))).to.contain('Cynhaliwyd ar 2 Chwefror 2027. Mae’r cynllun yn parhau');
        expect(text(q(el, '[part="confirm"]'))).to.contain('pan fydd 90 diwrnod wedi mynd heibio.');
        await accessible(el);
      });
    });

    describe('pseudo-locale: no text outside the catalogues', () => {
      before(usePseudoLocale);
      const names = [...partnership.schools.map((s) => s.name), ...partnership.people.map((p) => p.name), partnership.name];

      async function check(cycle: Cycle, actorId: string, today: string, act?: (el: SppActionPlan) => Promise<void>) {
        localStorage.clear();
        const { el } = await mountIn(PSEUDO_LOCALE, cycle, actorId, '⟦', { today });
        await act?.(el);
        for (const details of qa<HTMLDetailsElement>(el, 'details')) details.open = true;
        await el.updateComplete;
        const found = unmarkedText(el, names);
        expect(found, `<spp-action-plan> shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
      }

      it('the plan being written, with its history, a new action and the publish confirmation', async () => {
        let cycle = millbrook();
        cycle = step(cycle, 'u-jonah', { type: 'SAVE_ACTION', action: { id: 'act-1', what: cycle.actions[0]!.what, owner: 'Head of English', status: 'in-progress', dueOn: '2026-12-18' } }, '2026-11-10');
        await check(cycle, 'u-jonah', '2026-12-20', async (el) => {
          await click(el, q(el, '[data-add-action]'));
          const due = field(el, 'new-dueOn');
          due.value = '2027-01-15';
          due.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          await el.updateComplete;
        });
      });

      it('publishing refused with core’s reason, in the widget’s locale', async () => {
        await check(millbrook(), 'u-jonah', '2026-11-20', async (el) => {
          await click(el, q(el, '[data-add-action]'));
          await type(el, field<HTMLTextAreaElement>(el, 'new-what'), 'Weekly reading homework club.');
          await click(el, q(el, '[data-confirm-add]'));
          expect(q(el, '#publish-reason')).to.exist;
          await click(el, q(el, '[data-publish]'));
        });
      });

      it('the check-in form and its confirmation', async () => {
        await check(thornhill(), 'u-amara', '2027-02-05', async (el) => {
          await choose(el, field(el, 'outcome-continue'));
          await click(el, q(el, '[data-record-check-in]'));
        });
      });

      it('read-only, with check-ins held', async () => {
        const p = partnership;
        let cycle = thornhill(p);
        cycle = step(cycle, 'u-amara', { type: 'RECORD_CHECK_IN', heldOn: '2027-02-02', progress: [{ actionId: 'act-1', status: 'done', note: 'Routine in all classes.' }], nextSteps: 'Keep going.', outcome: 'continue' }, '2027-02-02', p);
        await check(cycle, 'u-tessa', '2027-02-10');
      });

      it('a complete cycle', async () => {
        await check(demoCycle('s-westgate', 'complete'), 'u-priya', '2027-03-01');
      });

      it('before the workshop', async () => {
        await check(demoCycle('s-millbrook', 'workshop'), 'u-jonah', '2026-11-01');
      });
    });
  });
});
