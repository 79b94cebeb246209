/**
 * Hardening sweep: keyboard only (WCAG 2.2 2.1.1 Keyboard, 2.4.3 Focus order, 2.4.7 Focus visible,
 * 2.4.11 Focus not obscured). For every widget, the main task of the person it is for is done with
 * real key presses only (Tab, Shift+Tab, Enter, Space, arrows, typing through `sendKeys`): no
 * .click(), no property set after mounting. Then the stored document must show the work.
 *
 * At every stop on the way, and after every action, the focused element (found through the
 * shadow roots) must
 * - be inside the widget, never <body> (focus is not lost when a control it was on goes away:
 *   an item removed, a confirmation closed, a section replaced), and
 * - show a focus indicator: a computed outline or box-shadow that is not `none`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  DEFAULT_FRAMEWORK,
  PRACTICE_LEVELS,
  createCycle,
  createStore,
  memoryAdapter,
  questionsFor,
  tailorFramework,
  transitionOrThrow,
  type Cycle,
  type CycleEvent,
  type Partnership,
  type Schedule,
  type Store,
} from '@spp/core';
import { demoCycle, demoCycles, demoPartnership } from '@spp/core/demo';
import '../../../packages/elements/src/self-review/self-review.define';
import '../../../packages/elements/src/workshop-planner/workshop-planner.define';
import '../../../packages/elements/src/review-plan/review-plan.define';
import '../../../packages/elements/src/evidence-log/evidence-log.define';
import '../../../packages/elements/src/action-plan/action-plan.define';
import '../../../packages/elements/src/review-schedule/review-schedule.define';
import '../../../packages/elements/src/cycle-tracker/cycle-tracker.define';
import '../../../packages/elements/src/strengths-directory/strengths-directory.define';
import '../../../packages/elements/src/partnership-goals/partnership-goals.define';
import '../../../packages/elements/src/impact-review/impact-review.define';

const partnership = demoPartnership();
const QUESTIONS = questionsFor(tailorFramework(DEFAULT_FRAMEWORK, partnership.tailoring), 'self-review').map((q) => q.id);
const storeOf = (initial: Record<string, unknown>) => createStore(memoryAdapter({ initial }));
const step = (cycle: Cycle, actorId: string, event: CycleEvent, day: string) =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership, now: `${day}T10:00:00.000Z` });

type Widget = HTMLElement & { updateComplete: Promise<boolean>; flush?: () => Promise<void> };

// --- Focus ----------------------------------------------------------------------------------------

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const describe_ = (e: Element | null) =>
  e ? `<${e.localName}${e.id ? `#${e.id}` : ''}> “${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”` : 'nothing';

/** The focused element is in the widget and has a visible focus indicator. */
function expectVisibleFocus(el: Widget, context: string) {
  const active = focused();
  expect(active && active !== document.body && active !== document.documentElement, `${context}: focus is lost to the page (${describe_(active)})`).to.equal(true);
  let inside = false;
  for (let n: Node | null = active; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === el) inside = true;
  expect(inside, `${context}: focus left the widget for ${describe_(active)}`).to.equal(true);
  const style = getComputedStyle(active!);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  expect(outline || shadow, `${context}: ${describe_(active)} shows no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`).to.equal(true);
}

async function settle(el: Widget) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

/** Presses one key (or a chord like Shift+Tab), lets the widget render, and checks focus. */
async function press(el: Widget, key: string) {
  if (key.startsWith('Shift+')) await shiftPress(key.slice(6));
  else await sendKeys({ press: key });
  await settle(el);
  expectVisibleFocus(el, `after ${key}`);
}

async function shiftPress(key: string) {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

async function type(el: Widget, text: string) {
  await sendKeys({ type: text });
  await settle(el);
  expectVisibleFocus(el, `after typing “${text.slice(0, 20)}”`);
}

/** Tabs (or Shift+Tabs) until `match` has focus, checking focus at every stop on the way. */
async function tabTo(el: Widget, match: (e: Element) => boolean, what: string, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (back) await shiftPress('Tab');
    else await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const active = focused();
    if (active === document.body && i === 0) continue;
    expectVisibleFocus(el, `tabbing to ${what}`);
    if (active && match(active)) return active as HTMLElement;
  }
  throw new Error(`${what} is not reached by ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses (last: ${describe_(focused())})`);
}
const byId = (id: string) => (e: Element) => e.id === id;
const bySelector = (selector: string) => (e: Element) => e.matches(selector);
const byText = (pattern: RegExp) => (e: Element) => pattern.test((e.textContent ?? '').replace(/\s+/g, ' ').trim());

/**
 * Types a date into a focused <input type="date"> segment by segment, in the order the browser's
 * locale shows them (Chromium moves to the next segment after a full one).
 */
async function typeDate(el: Widget, iso: string) {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2027, 0, 2));
  for (const part of parts) {
    if (part.type === 'year') await sendKeys({ type: y });
    if (part.type === 'month') await sendKeys({ type: m });
    if (part.type === 'day') await sendKeys({ type: d });
  }
  await settle(el);
}

/** Starts with focus before the widget: the first Tab enters it. */
async function mount<T extends Widget>(template: ReturnType<typeof html>, ready: (root: ShadowRoot) => unknown): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await waitUntil(() => ready(el.shadowRoot!), `<${el.localName}> renders`, { timeout: 5000 });
  await settle(el);
  (document.activeElement as HTMLElement | null)?.blur();
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
async function stored<T>(el: Widget, store: Store, kind: 'cycle' | 'schedule' | 'partnership' | 'reflection', id: string): Promise<T> {
  await el.flush?.();
  return (await store.get(kind as 'cycle', id)) as unknown as T;
}

// --- The walks ------------------------------------------------------------------------------------

describe('hardening: keyboard only, through each widget’s main task', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  it('self-review: the head answers a question, marks it for the focus, proposes the focus and submits', async () => {
    const [q1] = QUESTIONS as [string];
    const store = storeOf({ 'cycle/c-ashby': createCycle({ id: 'c-ashby', partnership, hostSchoolId: 's-ashby' }) });
    const el = await mount<Widget>(html`<spp-self-review .store=${store} .partnership=${partnership} actor-id="u-amara" cycle-id="c-ashby"></spp-self-review>`, (r) =>
      r.querySelector('textarea'),
    );

    // The first question's levels are one stop; the arrow keys choose within them.
    const first = await tabTo(el, bySelector(`input[type="radio"][name="level-${q1}"]`), 'the first question’s levels');
    expect((first as HTMLInputElement).value).to.equal(PRACTICE_LEVELS[0]);
    await press(el, 'ArrowDown');
    expect($<HTMLInputElement>(el, `#q-${q1}-level-${PRACTICE_LEVELS[1]}`)!.checked).to.equal(true);
    expect(focused()?.id).to.equal(`q-${q1}-level-${PRACTICE_LEVELS[1]}`);

    await tabTo(el, byId(`q-${q1}-evidence`), 'the evidence box');
    await type(el, 'Book talk heard in every class.');
    await tabTo(el, byId(`q-${q1}-informs`), '“this should inform the focus”');
    await press(el, 'Space');
    expect($<HTMLInputElement>(el, `#q-${q1}-informs`)!.checked).to.equal(true);

    // Back to the page's own navigation, and jump to the focus section from it.
    await tabTo(el, bySelector('button[data-target="focus-title"]'), 'the link to the focus section', { back: true });
    await press(el, 'Enter');
    expect(focused()?.id, 'the jump moves focus to the section').to.equal('focus-title');
    const box = await tabTo(el, byId(`focus-${q1}`), 'the question in the focus list');
    expect((box as HTMLInputElement).checked, 'pre-selected from the mark').to.equal(true);
    await tabTo(el, byId('focus-summary'), 'the focus summary');
    await type(el, 'Reading in Key Stage 2');

    await tabTo(el, byId('submit'), 'Submit');
    await press(el, 'Enter');
    expect(focused()?.id, 'the confirmation takes focus').to.equal('confirm-title');
    await tabTo(el, byId('confirm-yes'), 'Yes, submit');
    await press(el, 'Enter');
    expect(focused()?.id, 'focus lands on the submitted note, not the page').to.equal('submitted-title');

    const cycle = await stored<Cycle>(el, store, 'cycle', 'c-ashby');
    expect(cycle.stage).to.equal('pre-review');
    expect(cycle.selfReview.responses[q1]).to.include({ level: PRACTICE_LEVELS[1], evidence: 'Book talk heard in every class.', informsFocus: true });
    expect(cycle.selfReview.proposedFocus).to.deep.equal({ questionIds: [q1], summary: 'Reading in Key Stage 2' });
    expect(cycle.selfReview.submittedBy).to.equal('u-amara');
  });

  it('workshop-planner: the facilitator takes the workshop on, dates it, adds participants (removing one), takes the agenda and starts', async () => {
    const notPlanned = step(demoCycle('s-millbrook', 'review', partnership), 'u-jonah', { type: 'AGREE_FINDINGS' }, '2026-10-14');
    const store = storeOf({ 'cycle/c-millbrook': notPlanned });
    const el = await mount<Widget>(
      html`<spp-workshop-planner .store=${store} .partnership=${partnership} actor-id="u-chloe" cycle-id="c-millbrook"></spp-workshop-planner>`,
      (r) => r.querySelector('#facilitator'),
    );

    await tabTo(el, byId('facilitator'), 'the facilitator');
    await press(el, 'ArrowDown');
    expect($<HTMLSelectElement>(el, '#facilitator')!.value).to.equal('u-chloe');
    await tabTo(el, byId('workshop-date'), 'the date');
    await typeDate(el, '2027-03-10');
    expect($<HTMLInputElement>(el, '#workshop-date')!.value).to.equal('2027-03-10');

    await tabTo(el, byId('new-participant'), 'the new participant box');
    await type(el, 'Year 6 teacher');
    await press(el, 'Enter');
    await type(el, 'English lead');
    await press(el, 'Enter');
    expect(focused()?.id, 'focus stays in the box to add the next').to.equal('new-participant');
    expect($$(el, '.plain-list li .user-text').map(text)).to.deep.equal(['Year 6 teacher', 'English lead']);
    await tabTo(el, bySelector('[data-remove-participant="0"]'), 'Remove Year 6 teacher', { back: true });
    await press(el, 'Enter');
    expect($$(el, '.plain-list li .user-text').map(text)).to.deep.equal(['English lead']);
    expect(focused()?.getAttribute('data-remove-participant'), 'focus stays in the list').to.equal('0');
    await press(el, 'Enter');
    expect($$(el, '.plain-list li')).to.have.length(0);
    expect(focused()?.id, 'the last one removed: focus goes to the box').to.equal('new-participant');
    await type(el, 'English lead');
    await press(el, 'Enter');

    await tabTo(el, bySelector('[data-suggest-agenda]'), 'Use the suggested agenda');
    await press(el, 'Enter');
    expect(focused()?.id, 'focus moves to the first section').to.match(/^title-/);
    await tabTo(el, bySelector('[data-start]'), 'Start the workshop');
    await press(el, 'Enter');
    expect(text($(el, '[part="timer"]'))).to.contain('Section 1 of 5');
    expect(focused()?.classList.contains('timer-now'), 'focus moves to what happens now').to.equal(true);

    const cycle = await stored<Cycle>(el, store, 'cycle', 'c-millbrook');
    expect(cycle.workshop).to.include({ facilitatorId: 'u-chloe', date: '2027-03-10' });
    expect(cycle.workshop.participants).to.deep.equal(['English lead']);
    expect(cycle.workshop.agenda).to.have.length(5);
    expect(cycle.workshop.startedAt).to.be.a('string');
  });
  it('review-plan: the lead reviewer adds a line of enquiry and links it, removes a line, plans an activity, removes one and agrees', async () => {
    const store = storeOf({ 'cycle/c-kelmarsh': demoCycle('s-kelmarsh', 'pre-review', partnership) });
    const el = await mount<Widget>(html`<spp-review-plan .store=${store} .partnership=${partnership} actor-id="u-amara" cycle-id="c-kelmarsh"></spp-review-plan>`, (r) =>
      r.querySelector('#new-line'),
    );

    await tabTo(el, byId('new-line'), 'the new line of enquiry');
    await type(el, 'What do pupils say about reading for pleasure?');
    await press(el, 'Enter');
    expect(focused()?.id, 'ready for the next line').to.equal('new-line');
    const lines = () => $$<HTMLTextAreaElement>(el, '[part="line"] textarea').map((t) => t.value);
    expect(lines()).to.have.length(3);
    const added = (await stored<Cycle>(el, store, 'cycle', 'c-kelmarsh')).preReview.linesOfEnquiry[2]!;
    const link = await tabTo(el, bySelector(`input[type="checkbox"][id^="line-${added.id}-q-"]`), 'a question to link the new line to', { back: true });
    await press(el, 'Space');
    const linkedTo = link.id.slice(`line-${added.id}-q-`.length);

    await tabTo(el, bySelector('[data-remove-line="loe-2"]'), 'Remove line of enquiry 2', { back: true });
    await press(el, 'Enter');
    expect(lines()).to.have.length(2);

    await tabTo(el, bySelector('[data-add-activity]'), 'Add an activity');
    await press(el, 'Enter');
    await tabTo(el, byId('activity-with'), 'who the activity is with');
    await press(el, 'ArrowDown');
    expect($<HTMLSelectElement>(el, '#activity-with')!.value).not.to.equal('');
    await tabTo(el, byId('activity-minutes'), 'the minutes');
    await type(el, '25');
    await tabTo(el, bySelector('[data-done]'), 'Done');
    await press(el, 'Enter');
    expect(focused()?.hasAttribute('data-edit-activity'), 'back on the activity’s Edit button').to.equal(true);
    const activityId = focused()!.getAttribute('data-edit-activity')!;

    await tabTo(el, bySelector('[data-remove-activity="pa-2"]'), 'Remove the focus group', { back: true });
    await press(el, 'Enter');
    await tabTo(el, byId('agree'), 'Agree the plan');
    await press(el, 'Enter');
    expect(focused()?.id).to.equal('agreement-title');

    const plan = (await stored<Cycle>(el, store, 'cycle', 'c-kelmarsh')).preReview;
    expect(plan.linesOfEnquiry.map((l) => l.id)).to.deep.equal(['loe-1', added.id]);
    expect(plan.linesOfEnquiry[1]).to.deep.equal({ id: added.id, question: 'What do pupils say about reading for pleasure?', questionIds: [linkedTo] });
    expect(plan.evidencePlan.map((a) => a.id)).to.include(activityId).and.not.include('pa-2');
    expect(plan.evidencePlan.find((a) => a.id === activityId)!.minutes).to.equal(25);
    expect(plan.agreedByLeadAt).to.be.a('string');
  });
  it('evidence-log: the lead reviewer captures evidence, drafts a strength linked to it, removes a finding; the host head agrees the findings', async () => {
    const store = storeOf({ 'cycle/c-oakfield': demoCycle('s-oakfield', 'review', partnership) });
    const el = await mount<Widget>(html`<spp-evidence-log .store=${store} .partnership=${partnership} actor-id="u-amara" cycle-id="c-oakfield"></spp-evidence-log>`, (r) =>
      r.querySelector('#evidence-note'),
    );

    await tabTo(el, byId('evidence-line'), 'the line of enquiry');
    await press(el, 'ArrowDown');
    const lineId = $<HTMLSelectElement>(el, '#evidence-line')!.value;
    expect(lineId).not.to.equal('');
    await tabTo(el, byId('evidence-note'), 'the note (above the line)', { back: true });
    await type(el, 'Reading routine seen in 5 of 6 classes.');
    await sendKeys({ down: 'Control' });
    await press(el, 'Enter');
    await sendKeys({ up: 'Control' });
    expect(focused()?.id, 'Ctrl+Enter adds and keeps focus in the note').to.equal('evidence-note');
    await type(el, 'Pupils chose their own books in Year 5.');
    await tabTo(el, byId('add-evidence'), 'Add evidence');
    await press(el, 'Enter');
    expect(focused()?.id, 'the button returns focus to the note').to.equal('evidence-note');

    await tabTo(el, byText(/^Add a strength/), 'Add a strength');
    await press(el, 'Enter');
    const strength = focused() as HTMLTextAreaElement;
    expect(strength.localName, 'the new strength is ready to type in').to.equal('textarea');
    const findingId = strength.id.replace(/^text-/, '');
    await type(el, 'Families value the reading café.');
    await tabTo(el, (e) => e.localName === 'summary' && Boolean(e.closest(`[data-finding="${findingId}"]`)), 'the new strength’s evidence');
    await press(el, 'Enter');
    await tabTo(el, bySelector(`#link-${findingId}-ev-2`), 'the parents’ evidence');
    await press(el, 'Space');

    await tabTo(el, byText(/^Remove Area to explore 1$/), 'Remove Area to explore 1');
    await press(el, 'Enter');
    expect(focused()?.id, 'the question takes focus').to.equal('remove-question-f-2');
    await tabTo(el, byText(/^Yes, remove it$/), 'Yes, remove it');
    await press(el, 'Enter');
    expect(focused()?.id, 'focus goes to Add').to.equal('add-area-to-explore');

    let cycle = await stored<Cycle>(el, store, 'cycle', 'c-oakfield');
    const notes = cycle.review.evidence.filter((e) => e.recordedBy === 'u-amara' && !['ev-1', 'ev-2'].includes(e.id));
    expect(notes.map((e) => [e.note, e.lineId])).to.deep.equal([
      ['Reading routine seen in 5 of 6 classes.', lineId],
      ['Pupils chose their own books in Year 5.', lineId],
    ]);
    expect(cycle.review.findings.map((f) => f.id)).to.deep.equal(['f-1', findingId]);
    expect(cycle.review.findings[1]).to.deep.include({ kind: 'strength', text: 'Families value the reading café.', evidenceIds: ['ev-2'] });
    el.parentElement!.remove();

    const head = await mount<Widget>(html`<spp-evidence-log .store=${store} .partnership=${partnership} actor-id="u-grace" cycle-id="c-oakfield"></spp-evidence-log>`, (r) =>
      r.querySelector('#agree'),
    );
    await tabTo(head, byId('agree'), 'Agree the findings');
    await press(head, 'Enter');
    expect(focused()?.id).to.equal('confirm-agree-heading');
    await tabTo(head, byId('confirm-agree'), 'Yes, agree');
    await press(head, 'Enter');
    expect(focused()?.id, 'focus lands on the record notice').to.equal('record-notice');
    cycle = await stored<Cycle>(head, store, 'cycle', 'c-oakfield');
    expect(cycle.stage).to.equal('workshop');
    expect(cycle.review.findingsAgreedBy).to.equal('u-grace');
  });
  it('action-plan: the host head adds an action (what, owner, date, success), backs out of publishing with Escape, then publishes', async () => {
    const store = storeOf({ 'cycle/c-millbrook': demoCycle('s-millbrook', 'action-plan', partnership) });
    const el = await mount<Widget>(
      html`<spp-action-plan .store=${store} .partnership=${partnership} actor-id="u-jonah" cycle-id="c-millbrook" today="2026-11-20"></spp-action-plan>`,
      (r) => r.querySelector('[data-publish]'),
    );

    await tabTo(el, byText(/^Add an action$/), 'Add an action');
    await press(el, 'Enter');
    expect(focused()?.id).to.equal('new-what');
    await type(el, 'Governor link visit to a Year 6 reading session.');
    await tabTo(el, byId('new-owner'), 'the owner');
    await type(el, 'Chair of governors');
    await tabTo(el, byId('new-dueOn'), 'the due date');
    await typeDate(el, '2027-01-15');
    await tabTo(el, byId('new-successCriteria'), 'the success criteria');
    await type(el, 'The visit is written up for the governors.');
    await tabTo(el, bySelector('[data-confirm-add]'), 'Add to the plan');
    await press(el, 'Enter');
    const heading = focused()!;
    expect(heading.localName, 'focus moves to the new action').to.equal('h4');
    expect($(el, '[part="new-action"]')).to.equal(null);

    await tabTo(el, bySelector('[data-publish]'), 'Publish');
    await press(el, 'Enter');
    expect(focused()?.id).to.equal('publish-confirm-heading');
    await press(el, 'Escape');
    expect($(el, '[part="confirm"]')).to.equal(null);
    expect(focused()?.hasAttribute('data-publish'), 'Escape returns focus to Publish').to.equal(true);
    await press(el, 'Enter');
    await tabTo(el, bySelector('[data-confirm-publish]'), 'Yes, publish');
    await press(el, 'Enter');
    expect(focused()?.id, 'focus lands on when the check-in is due').to.equal('due-heading');

    const cycle = await stored<Cycle>(el, store, 'cycle', 'c-millbrook');
    expect(cycle.stage).to.equal('check-in');
    expect(cycle.actions[2]).to.include({
      what: 'Governor link visit to a Year 6 reading session.',
      owner: 'Chair of governors',
      dueOn: '2027-01-15',
      successCriteria: 'The visit is written up for the governors.',
    });
  });
  it('review-schedule: the partnership lead plans the year, changes a review team and publishes', async () => {
    const store = storeOf({});
    const el = await mount<Widget>(html`<spp-review-schedule .store=${store} .partnership=${partnership} actor-id="u-amara"></spp-review-schedule>`, (r) =>
      r.querySelector('[part="plan"]'),
    );

    await tabTo(el, byText(/^Plan the year$/), 'Plan the year');
    await press(el, 'Enter');
    await waitUntil(() => $(el, '[part="table"]'), 'the schedule is shown');
    await settle(el);
    expect(focused()?.id, 'focus moves to the checks').to.equal('checks-heading');
    expectVisibleFocus(el, 'after planning');

    const planned = await stored<Schedule>(el, store, 'schedule', 'schedule-2026-27');
    const ashby = planned.reviews.find((r) => r.hostSchoolId === 's-ashby')!;
    const second = ashby.memberIds[1]!;
    await tabTo(el, byId(`member-${ashby.id}-${second}`), 'the second member of Ashby’s team');
    await press(el, 'Space');
    await tabTo(el, byId(`member-${ashby.id}-u-kirsty`), 'Kirsty for Ashby’s team');
    await press(el, 'Space');

    await tabTo(el, bySelector('[data-publish]'), 'Publish the schedule');
    await press(el, 'Enter');
    expect(focused()?.id).to.equal('confirm-heading');
    await tabTo(el, bySelector('[data-confirm-publish]'), 'Yes, publish');
    await press(el, 'Enter');
    await waitUntil(() => $(el, '#published-notice'), 'published');
    await settle(el);
    expect(focused()?.id, 'focus lands on the published notice').to.equal('published-notice');
    expectVisibleFocus(el, 'after publishing');

    const schedule = await stored<Schedule>(el, store, 'schedule', 'schedule-2026-27');
    expect(schedule.publishedAt).to.be.a('string');
    expect(schedule.reviews.find((r) => r.id === ashby.id)!.memberIds).to.deep.equal([ashby.leadReviewerId, 'u-kirsty']);
    expect((await store.list('cycle')).documents).to.have.length(6);
  });
  it('cycle-tracker: the partnership lead narrows to schools needing attention, clears, filters by stage, scrolls the table and downloads the rows', async () => {
    const store = storeOf({ [`partnership/${partnership.id}`]: partnership, ...Object.fromEntries(demoCycles(partnership).map((c) => [`cycle/${c.id}`, c])) });
    const el = await mount<Widget>(
      html`<spp-cycle-tracker .store=${store} .partnership=${partnership} actor-id="u-amara" today="2027-03-01"></spp-cycle-tracker>`,
      (r) => r.querySelector('tbody tr'),
    );
    const rows = () => $$(el, 'tbody tr').map((r) => r.dataset['school']);
    expect(rows()).to.have.length(6);

    await tabTo(el, byId('filter-attention'), 'Only schools that need attention');
    await press(el, 'Space');
    expect(rows()).to.include('s-thornhill').and.have.length.below(6);
    await tabTo(el, bySelector('[data-clear]'), 'Clear the filters');
    await press(el, 'Enter');
    expect(rows()).to.have.length(6);
    expect(focused()?.id, 'the button goes with the filters: focus moves to the first filter').to.equal('filter-stage');
    await press(el, 'ArrowDown');
    expect($<HTMLSelectElement>(el, '#filter-stage')!.value).to.equal('self-review');
    expect(rows()).to.deep.equal(['s-ashby']);
    await press(el, 'ArrowUp');
    expect(rows()).to.have.length(6);

    const table = (await tabTo(el, (e) => e.matches('[role="region"]') && Boolean(e.querySelector('table')), 'the table’s scrolling region')) as HTMLElement;
    expect(table.getAttribute('aria-label')).to.be.a('string').and.not.equal('');

    // The download is caught where the browser would save it.
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:caught');
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      await tabTo(el, bySelector('[data-export-csv]'), 'Download as CSV');
      await press(el, 'Enter');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(blobs).to.have.length(1);
    const csv = await blobs[0]!.text();
    expect(csv.trim().split(/\r?\n/)).to.have.length(7, 'a header and the six schools');
    expect(csv).to.contain('Thornhill');
  });
  it('strengths-directory: a headteacher searches, clears a search that found nothing, narrows again and suggests a school for support', async () => {
    const store = storeOf({ [`partnership/${partnership.id}`]: partnership, ...Object.fromEntries(demoCycles(partnership).map((c) => [`cycle/${c.id}`, c])) });
    const el = await mount<Widget>(html`<spp-strengths-directory .store=${store} .partnership=${partnership} actor-id="u-jonah"></spp-strengths-directory>`, (r) =>
      r.querySelector('[part="offer"]'),
    );
    const schools = () => $$(el, '[part="school"]').map((s) => s.dataset['school']);
    const all = schools();

    await tabTo(el, byId('search'), 'the search box');
    await type(el, 'orienteering');
    expect(schools()).to.deep.equal([]);
    await tabTo(el, bySelector('[data-clear-search]'), 'Clear the search');
    await press(el, 'Enter');
    expect(schools()).to.deep.equal(all);
    expect(focused()?.id, 'back in the search box').to.equal('search');
    await type(el, 'books thornhill');
    expect(schools()).to.deep.equal(['s-thornhill']);

    const heard: Event[] = [];
    const listen = (e: Event) => heard.push(e);
    document.addEventListener('spp-support-suggested', listen);
    try {
      await tabTo(el, (e) => e.matches('[data-suggest]') && Boolean(e.closest('[data-school="s-thornhill"]')), 'Suggest Thornhill');
      await press(el, 'Enter');
    } finally {
      document.removeEventListener('spp-support-suggested', listen);
    }
    expect(heard.map((e) => (e as CustomEvent).detail)).to.deep.equal([{ schoolId: 's-thornhill', findingId: 'f-1', cycleId: 'c-thornhill' }]);
    expect(text($(el, '[data-school="s-thornhill"] [data-suggested]'))).to.equal('Suggested');
  });
  it('partnership-goals: the partnership lead writes the goals, dates them and links the memorandum of understanding', async () => {
    const p = demoPartnership();
    p.goals = { mainGoal: '', getBetterAt: '', mainConcern: '', confidentIn: '', anythingElse: '' };
    p.mou = { note: '' };
    const store = storeOf({ [`partnership/${p.id}`]: p });
    const el = await mount<Widget>(html`<spp-partnership-goals .store=${store} .partnership=${p} actor-id="u-amara"></spp-partnership-goals>`, (r) =>
      r.querySelector('[part="goals"] textarea'),
    );

    await tabTo(el, byId('goal-mainGoal'), 'Our main goal');
    await type(el, 'Every school uses its review to act');
    await tabTo(el, byId('goal-confidentIn'), 'What we are confident in');
    await type(el, 'Trust between heads');
    await tabTo(el, byId('goals-agreed-on'), 'the date the goals were agreed');
    await typeDate(el, '2026-09-17');
    await tabTo(el, byId('agreement-mou-url'), 'the memorandum’s web address');
    await type(el, 'https://example.org/riverside/mou.pdf');
    await press(el, 'Tab');
    await waitUntil(() => $(el, '[data-agreement-block="mou"] [part="document-link"]'), 'the link is shown');

    const saved = await stored<Partnership>(el, store, 'partnership', p.id);
    expect(saved.goals).to.include({ mainGoal: 'Every school uses its review to act', confidentIn: 'Trust between heads', agreedOn: '2026-09-17' });
    expect(saved.mou.documentUrl).to.equal('https://example.org/riverside/mou.pdf');
  });
  it('impact-review: the partnership lead starts the reflection, records a level and evidence, an impact note (keeping it, then removing it) and next steps', async () => {
    const id = 'reflection-2026-27-evaluating-impact';
    const store = storeOf({});
    const el = await mount<Widget>(
      html`<spp-impact-review .store=${store} .partnership=${partnership} actor-id="u-amara" workshop="evaluating-impact"></spp-impact-review>`,
      (r) => r.querySelector('[part="not-started"] button'),
    );

    await tabTo(el, byText(/^Start this reflection$/), 'Start this reflection');
    await press(el, 'Enter');
    await waitUntil(() => $(el, '[part="questions"]'), 'the reflection is shown');
    await settle(el);
    expect(focused()?.id, 'focus moves to the reflection').to.equal('reflection-title');
    expectVisibleFocus(el, 'after starting');

    const first = (await tabTo(el, bySelector('[part="question"] input[type="radio"]'), 'the first question’s levels')) as HTMLInputElement;
    const qid = first.closest('[part="question"]')!.id.replace(/^q-/, '');
    expect(first.id).to.equal(`q-${qid}-level-${PRACTICE_LEVELS[0]}`);
    await press(el, 'ArrowDown');
    expect($<HTMLInputElement>(el, `#q-${qid}-level-${PRACTICE_LEVELS[1]}`)!.checked).to.equal(true);
    await tabTo(el, byId(`q-${qid}-evidence`), 'its evidence');
    await type(el, 'Two visits led to a new phonics approach');

    await tabTo(el, byText(/^Add an impact note\b.*\bschools$/), 'Add an impact note for schools');
    await press(el, 'Enter');
    expect(focused()?.getAttribute('data-field'), 'the new note’s area takes focus').to.equal('area');
    await tabTo(el, bySelector('[data-group="schools"] textarea[data-field="note"]'), 'the note');
    await type(el, 'More pupils reading for pleasure');
    await tabTo(el, byText(/^Remove this note\b/), 'Remove this note');
    await press(el, 'Enter');
    expect(text($(el, '.confirm'))).to.contain('Remove this impact note?');
    await press(el, 'Escape');
    expect($(el, '.confirm')).to.equal(null);
    expect(text(focused()), 'Escape keeps the note and returns to its button').to.match(/^Remove this note\b/);
    let saved = await stored<{ responses: Record<string, { level: string | null; evidence: string }>; impact: { note: string }[]; nextSteps: string }>(el, store, 'reflection', id);
    expect(saved.impact.map((n) => n.note)).to.deep.equal(['More pupils reading for pleasure']);

    await tabTo(el, byId('next-steps'), 'What will we develop next year?');
    await type(el, 'Train middle leaders as reviewers');
    await tabTo(el, byText(/^Remove this note\b/), 'Remove this note', { back: true });
    await press(el, 'Enter');
    expect(focused()?.getAttribute('data-action'), 'the question starts on the safe answer').to.equal('cancel-remove');
    await tabTo(el, byText(/^Yes, remove it$/), 'Yes, remove it', { back: true });
    await press(el, 'Enter');
    expect(text(focused()), 'focus goes to Add, not the page').to.match(/^Add an impact note\b.*\bschools$/);

    saved = await stored(el, store, 'reflection', id);
    expect(saved.responses[qid]).to.deep.equal({ level: PRACTICE_LEVELS[1], evidence: 'Two visits led to a new phonics approach' });
    expect(saved.impact).to.deep.equal([]);
    expect(saved.nextSteps).to.equal('Train middle leaders as reviewers');
  });
});
