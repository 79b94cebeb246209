import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { can, createStore, memoryAdapter, transitionOrThrow, type Cycle, type CycleEvent, type Partnership, type Store } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import { SAVE_DELAY_MS } from '../shared/cycle-controller';
import type { SppRefusedEvent, SppStageChangeEvent } from '../shared/events';
import { loadStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';
import type { SppReviewPlan } from './review-plan.component';
import './review-plan.define';

const partnership = demoPartnership();
const step = (cycle: Cycle, actorId: string, event: CycleEvent, p: Partnership = partnership) =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: '2026-10-01T10:00:00.000Z' });

// Kelmarsh Road Primary (medium: a one-day review). Host head Dev Patel; lead reviewer Amara
// Okafor (Ashby Brook, also the partnership lead); reviewer Harun Demir (Oakfield).
/** The demo plan in progress: two lines of enquiry, four activities on one day, a date set; nobody has agreed. */
const inProgress = (p: Partnership = partnership): Cycle => demoCycle('s-kelmarsh', 'pre-review', p);
/** Just submitted: the plan is empty apart from the focus carried over from the self-review. */
const emptyPlan = (): Cycle => step(demoCycle('s-kelmarsh', 'self-review', partnership), 'u-dev', { type: 'SUBMIT_SELF_REVIEW' });
const agreedByLead = (): Cycle => step(inProgress(), 'u-amara', { type: 'AGREE_REVIEW_PLAN' });

const storeWith = (cycle: Cycle, quotaBytes?: number) =>
  createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...(quotaBytes ? { quotaBytes } : {}) }));

async function mount(store: Store, actorId: string, cycleId = 'c-kelmarsh', p: Partnership = partnership, style = '') {
  const el = await fixture<SppReviewPlan>(
    html`<spp-review-plan .store=${store} .partnership=${p} actor-id=${actorId} cycle-id=${cycleId} style=${style}></spp-review-plan>`,
  );
  await waitUntil(() => root(el).querySelector('[part="agreement"]'), 'the plan loads');
  await el.updateComplete;
  return el;
}

const root = (el: SppReviewPlan) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SppReviewPlan, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SppReviewPlan, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: SppReviewPlan, selector: string) => clean($(el, selector)?.textContent);
const saveStatus = (el: SppReviewPlan) => text(el, '[part="save-state"] [role="status"]');
const announced = (el: SppReviewPlan) => text(el, '.status > [role="status"]');
const button = (el: SppReviewPlan, name: string | RegExp, scope = '') =>
  $$<HTMLButtonElement>(el, `${scope} button`).find((b) => (typeof name === 'string' ? clean(b.textContent) === name : name.test(clean(b.textContent))));
const stored = async (store: Store, id = 'c-kelmarsh') => (await store.get('cycle', id))!;
const rowTimes = (table: Element) => [...table.querySelectorAll('tbody tr > th')].map((th) => clean(th.querySelector('span:not(.cell-label)')?.textContent));

/** Types the way a browser does: the value changes, then an `input` event. */
async function typeInto(el: SppReviewPlan, box: HTMLTextAreaElement | HTMLInputElement, value: string) {
  box.focus();
  box.value = value;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  await el.updateComplete;
}
/** Chooses a value in a select, date or time input: the value changes, then a `change` event. */
async function choose(el: SppReviewPlan, control: HTMLSelectElement | HTMLInputElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function click(el: SppReviewPlan, target: Element | undefined | null) {
  expect(target, 'the control is there').to.exist;
  (target as HTMLElement).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<spp-review-plan>', () => {
  beforeEach(() => localStorage.clear());

  describe('the starting point and the plan in progress', () => {
    it('shows the focus the school proposed, in the partnership’s wording, as the starting point', async () => {
      const reworded: Partnership = {
        ...partnership,
        tailoring: { hidden: [], reworded: { 'sr-learning-from-others': 'How far do we learn from other schools and adapt what we find?' }, added: [] },
      };
      const el = await mount(storeWith(inProgress(reworded)), 'u-dev', 'c-kelmarsh', reworded);
      const start = $(el, '[part="starting-point"]')!;
      const items = [...start.querySelectorAll('li')].map((li) => clean(li.textContent));
      expect(items).to.deep.equal([
        'How far do we learn from other schools and adapt what we find?',
        'How well do we know our own school: how far do our views of its strengths and next steps rest on evidence from more than one source?',
      ]);
      expect(clean(start.textContent)).to.contain('How consistently our reading approach is used in upper Key Stage 2');
      // The lines of enquiry are linked to the same questions, in the same wording.
      const link = $<HTMLInputElement>(el, '#line-loe-1-q-sr-learning-from-others')!;
      expect(link.checked).to.equal(true);
      expect(clean(link.labels![0]!.textContent)).to.equal('How far do we learn from other schools and adapt what we find?');
      expect(text(el, '[part="header"]')).to.contain('(1 hour)');
      await expect(el).to.be.accessible();
    });

    it('shows the plan in progress: meeting, focus, lines, team, date and agreement state', async () => {
      const el = await mount(storeWith(inProgress()), 'u-dev');
      expect($<HTMLInputElement>(el, '#meeting-date')!.value).to.equal('2026-10-01');
      expect($<HTMLTextAreaElement>(el, '#focus-summary')!.value).to.contain('reading approach');
      expect($$<HTMLTextAreaElement>(el, '[part="line"] textarea').map((t) => t.value)).to.deep.equal([
        'How consistently is the reading approach used across Years 5 and 6?',
        'What helps families support reading at home, and what gets in the way?',
      ]);
      expect(text(el, '[part="team"] dl')).to.contain('Amara Okafor, headteacher, Ashby Brook Primary');
      expect(text(el, '[part="team"] dl')).to.contain('Harun Demir, senior leader, Oakfield Academy');
      expect($<HTMLInputElement>(el, '#review-date-0')!.value).to.equal('2026-10-14');
      expect(text(el, '#dates-help')).to.equal('In this partnership a review of a medium-sized school such as Kelmarsh Road Primary lasts 1 day.');
      expect(text(el, '[part="agreement"] .parties')).to.contain('Amara Okafor, lead reviewer: not agreed yet');
      expect(text(el, '[part="agreement"] .parties')).to.contain('Dev Patel, headteacher of Kelmarsh Road Primary: not agreed yet');
      expect(text(el, '[part="coverage"]')).to.contain('Every line of enquiry has at least one planned activity.');
      await expect(el).to.be.accessible();
    });

    it('says why the plan cannot be agreed yet, from core, and core refuses when pressed', async () => {
      const el = await mount(storeWith(emptyPlan()), 'u-amara');
      expect(text(el, '#focus-summary') || $<HTMLTextAreaElement>(el, '#focus-summary')!.value).to.contain('reading approach', 'the proposed summary is the starting wording');
      expect(text(el, '[part="lines"]')).to.contain('No lines of enquiry yet.');
      expect(text(el, '[part="coverage"]')).to.contain('Once there are lines of enquiry');
      const agree = $<HTMLButtonElement>(el, '#agree')!;
      expect(agree.getAttribute('aria-disabled')).to.equal('true');
      expect(text(el, '#agree-reason')).to.equal('The plan cannot be agreed yet: Add at least one line of enquiry to the review plan.');
      const refused: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      await click(el, agree);
      expect(refused).to.have.length(1);
      expect(text(el, '[part="refusal"]')).to.contain('Add at least one line of enquiry');
      expect(el['cycleState'].cycle!.preReview.agreedByLeadAt).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('agreeing the plan', () => {
    it('moves the cycle to the peer review once the lead reviewer and the host head have each agreed', async () => {
      const store = storeWith(inProgress());
      const lead = await mount(store, 'u-amara');
      await click(lead, $(lead, '#agree'));
      expect(text(lead, '[part="agreement"] .parties')).to.match(/Amara Okafor, lead reviewer: agreed on \d+ \w+ \d{4} at \d\d:\d\d/);
      expect(text(lead, '[part="agreement"] .parties')).to.contain('Dev Patel, headteacher of Kelmarsh Road Primary: not agreed yet');
      expect($(lead, '#agree')).to.equal(null, 'nothing more to press for the lead');
      expect(text(lead, '[part="agreement"]')).to.contain('Waiting for Dev Patel to agree.');
      expect(root(lead).activeElement?.id).to.equal('agreement-title');
      expect(lead['cycleState'].cycle!.stage).to.equal('pre-review');
      await expect(lead).to.be.accessible();
      await lead.flush();
      lead.remove();

      const head = await mount(store, 'u-dev');
      expect(text(head, '[part="agreement"] .parties')).to.match(/Amara Okafor, lead reviewer: agreed on/);
      const stages: SppStageChangeEvent[] = [];
      head.addEventListener('spp-stage-change', (e) => stages.push(e));
      await click(head, $(head, '#agree'));
      expect(stages.map((e) => [e.from, e.to])).to.deep.equal([['pre-review', 'review']]);
      await head.flush();
      expect((await stored(store)).stage).to.equal('review');
      // Now the agreed plan is a read-only record.
      expect(text(head, '[part="stage-note"]')).to.contain('The review is now at the Peer review stage.');
      expect(text(head, '[part="agreement"]')).to.match(/Agreed by both on \d+ \w+ \d{4}/);
      expect($$(head, 'input, textarea, select, #agree')).to.have.length(0);
      expect(announced(head)).to.equal('The plan is agreed by both. The peer review can go ahead.');
      await expect(head).to.be.accessible();
    });

    it('clears an agreement when the plan is changed afterwards, and explains why', async () => {
      const store = storeWith(agreedByLead());
      const el = await mount(store, 'u-dev');
      expect(text(el, '[part="agreement"] .parties')).to.match(/Amara Okafor, lead reviewer: agreed on/);
      await expect(el).to.be.accessible();
      await typeInto(el, $<HTMLTextAreaElement>(el, '#focus-summary')!, 'Reading in upper Key Stage 2, and how families are brought in.');
      expect(text(el, '[part="agreement"] .parties')).to.contain('Amara Okafor, lead reviewer: not agreed yet');
      expect(text(el, '#agreement-cleared')).to.equal('Your change means the plan needs agreeing again: the agreement of Amara Okafor was cleared.');
      await waitUntil(() => announced(el) === 'The plan changed, so it needs agreeing again.', 'announced politely');
      await el.flush();
      const saved = await stored(store);
      expect(saved.preReview.agreedByLeadAt).to.equal(undefined);
      expect(saved.preReview.focusSummary).to.equal('Reading in upper Key Stage 2, and how families are brought in.');
      await expect(el).to.be.accessible();
    });
  });

  describe('lines of enquiry', () => {
    it('adds a line of enquiry by keyboard and links it to a self-review question', async () => {
      const store = storeWith(inProgress());
      const el = await mount(store, 'u-amara');
      $<HTMLInputElement>(el, '#new-line')!.focus();
      await sendKeys({ type: 'What do pupils say about reading for pleasure?' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const lines = $$<HTMLTextAreaElement>(el, '[part="line"] textarea');
      expect(lines).to.have.length(3);
      expect(lines[2]!.value).to.equal('What do pupils say about reading for pleasure?');
      expect(text(el, '[part="line"]:nth-child(3) h4')).to.equal('Line of enquiry 3');
      expect(root(el).activeElement?.id).to.equal('new-line', 'ready for the next one');
      expect($<HTMLInputElement>(el, '#new-line')!.value).to.equal('');
      await waitUntil(() => announced(el) === 'Added line of enquiry 3.');
      // The new line is not covered by any activity yet: the check says so (it is only a check).
      expect(text(el, '[part="coverage"]')).to.contain('Line 3: What do pupils say about reading for pleasure?');

      // Link it to a question from the school's proposed focus, by keyboard.
      const line = el['cycleState'].cycle!.preReview.linesOfEnquiry[2]!;
      const box = $<HTMLInputElement>(el, `#line-${CSS.escape(line.id)}-q-sr-self-knowledge`)!;
      box.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      await el.flush();
      const saved = (await stored(store)).preReview.linesOfEnquiry[2]!;
      expect(saved).to.deep.equal({ id: line.id, question: 'What do pupils say about reading for pleasure?', questionIds: ['sr-self-knowledge'] });
      await expect(el).to.be.accessible();
    });

    it('does not add an empty line, and keeps a half-typed one on the device', async () => {
      const el = await mount(storeWith(inProgress()), 'u-amara');
      await click(el, button(el, 'Add line of enquiry'));
      expect(text(el, '#new-line-error')).to.equal('Write the question first.');
      expect($<HTMLInputElement>(el, '#new-line')!.getAttribute('aria-describedby')).to.contain('new-line-error');
      expect(root(el).activeElement?.id).to.equal('new-line');
      await typeInto(el, $<HTMLInputElement>(el, '#new-line')!, 'How do governors hear');
      expect($(el, '#new-line-error')).to.equal(null);
      el.remove();
      const again = await mount(storeWith(inProgress()), 'u-amara');
      expect($<HTMLInputElement>(again, '#new-line')!.value).to.equal('How do governors hear');
    });

    it('edits a question, keeps an emptied one unsaved with a reason, and removes a line from the plan and its activities', async () => {
      const store = storeWith(inProgress());
      const el = await mount(store, 'u-amara');
      const first = $<HTMLTextAreaElement>(el, '#line-loe-1')!;
      await typeInto(el, first, '');
      expect(text(el, '#line-loe-1-error')).to.contain('Write the question for this line of enquiry');
      expect(first.value).to.equal('', 'what the person did stays on screen');
      expect(el['cycleState'].cycle!.preReview.linesOfEnquiry[0]!.question).to.contain('How consistently', 'nothing empty is recorded');
      await typeInto(el, first, 'How consistent is the reading routine in Year 6?');
      expect($(el, '#line-loe-1-error')).to.equal(null);

      await click(el, $(el, '[data-remove-line="loe-2"]'));
      expect($$(el, '[part="line"]')).to.have.length(1);
      await waitUntil(() => announced(el).startsWith('Removed line of enquiry 2'));
      expect(root(el).activeElement?.id).to.equal('line-loe-1');
      await el.flush();
      const saved = (await stored(store)).preReview;
      expect(saved.linesOfEnquiry.map((l) => l.question)).to.deep.equal(['How consistent is the reading routine in Year 6?']);
      expect(saved.evidencePlan.find((a) => a.id === 'pa-2')!.lineIds).to.deep.equal(['loe-1']);
      expect(saved.evidencePlan.find((a) => a.id === 'pa-4')!.lineIds).to.deep.equal([]);
    });
  });

  describe('the review team and dates', () => {
    it('offers only people who may review the host school, and changes the team', async () => {
      const store = storeWith(inProgress());
      const el = await mount(store, 'u-dev');
      const editor = $<HTMLDetailsElement>(el, '[part="team-editor"]')!;
      expect(editor.open).to.equal(false);
      await click(el, editor.querySelector('summary'));
      const options = [...$<HTMLSelectElement>(el, '#team-lead')!.options].map((o) => o.value);
      expect(options).to.include.members(['u-amara', 'u-grace', 'u-harun']);
      for (const id of ['u-dev', 'u-erin', 'u-femi', 'u-tessa', 'u-sam']) expect(options).to.not.include(id);
      expect($(el, '#team-member-u-erin')).to.equal(null, 'a Kelmarsh leader is not offered');
      await click(el, $(el, '#team-member-u-grace'));
      await el.flush();
      expect((await stored(store)).review.team.memberIds).to.have.members(['u-amara', 'u-harun', 'u-grace']);
      expect(text(el, '[part="team"] dl')).to.contain('Grace Whitfield, headteacher, Oakfield Academy');
    });

    it('refuses a team with a member from the host school, with core’s reason in place', async () => {
      // Erin McAllister was on the team before she moved to Kelmarsh Road (the partnership changed).
      const base = inProgress();
      const cycle: Cycle = { ...base, review: { ...base.review, team: { leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun', 'u-erin'] } } };
      const store = storeWith(cycle);
      const el = await mount(store, 'u-dev');
      const reason = 'Erin McAllister works at Kelmarsh Road Primary: nobody reviews their own school.';
      expect(text(el, '#team-problems')).to.contain(reason);
      expect(text(el, '#agree-reason')).to.contain(reason);
      const editor = $<HTMLDetailsElement>(el, '[part="team-editor"]')!;
      expect(editor.open).to.equal(true, 'opened so the problem can be fixed');
      const erin = $<HTMLInputElement>(el, '#team-member-u-erin')!;
      expect(erin.checked).to.equal(true);
      expect(text(el, `#${erin.getAttribute('aria-describedby')}`)).to.equal(reason);

      const refused: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      await click(el, $(el, '#team-member-u-grace'));
      expect(refused.map((e) => e.refusal.reason)).to.deep.equal([reason]);
      expect(text(el, '#team-error')).to.equal(`Not saved yet: ${reason}`);
      expect($<HTMLInputElement>(el, '#team-member-u-grace')!.checked).to.equal(true, 'the choice stays on screen');
      expect($<HTMLSelectElement>(el, '#team-lead')!.getAttribute('aria-describedby')).to.contain('team-error');
      expect(el['cycleState'].cycle!.review.team.memberIds).to.deep.equal(['u-amara', 'u-harun', 'u-erin'], 'nothing recorded');
      await expect(el).to.be.accessible();

      await click(el, $(el, '#team-member-u-erin'));
      expect($(el, '#team-error')).to.equal(null);
      expect($(el, '#team-problems')).to.equal(null);
      await el.flush();
      expect((await stored(store)).review.team.memberIds).to.deep.equal(['u-amara', 'u-harun', 'u-grace']);
    });

    it('refuses two review dates for a small school, showing core’s reason, and keeps the dates typed', async () => {
      // Ashby Brook Primary is small: its host head is Amara Okafor and its lead reviewer Dev Patel.
      const store = storeWith(demoCycle('s-ashby', 'pre-review', partnership));
      const el = await mount(store, 'u-amara', 'c-ashby');
      expect(text(el, '#dates-help')).to.equal('In this partnership a review of a small school such as Ashby Brook Primary lasts 1 day.');
      await click(el, button(el, 'Add another review day'));
      const second = $<HTMLInputElement>(el, '#review-date-1')!;
      expect(root(el).activeElement).to.equal(second);
      const refused: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      await choose(el, second, '2026-10-15');
      expect(refused.map((e) => e.refusal.reason)).to.deep.equal(['A review of Ashby Brook Primary lasts at most 1 day.']);
      expect(text(el, '#dates-error')).to.equal('Not saved yet: A review of Ashby Brook Primary lasts at most 1 day.');
      expect($<HTMLInputElement>(el, '#review-date-1')!.value).to.equal('2026-10-15');
      expect(second.getAttribute('aria-invalid')).to.equal('true');
      expect(el['cycleState'].cycle!.review.dates).to.deep.equal(['2026-10-14']);
      await expect(el).to.be.accessible();

      await click(el, $(el, '[data-remove-day="1"]'));
      expect($(el, '#review-date-1')).to.equal(null);
      expect($(el, '#dates-error')).to.equal(null);
      await choose(el, $<HTMLInputElement>(el, '#review-date-0')!, '2026-10-15');
      await el.flush();
      expect((await stored(store, 'c-ashby')).review.dates).to.deep.equal(['2026-10-15']);
    });

    it('lets a large school have two review days, each with its own timetable', async () => {
      // Oakfield Academy is large: host head Grace Whitfield, lead reviewer Amara Okafor.
      const store = storeWith(demoCycle('s-oakfield', 'pre-review', partnership));
      const el = await mount(store, 'u-grace', 'c-oakfield');
      expect(text(el, '#dates-help')).to.contain('lasts 2 days');
      expect(text(el, '[part="evidence-plan"]')).to.contain('Day 2 (no date set yet)');
      await click(el, button(el, 'Add another review day'));
      await choose(el, $<HTMLInputElement>(el, '#review-date-1')!, '2026-10-15');
      expect($(el, '#dates-error')).to.equal(null);
      expect(el['cycleState'].cycle!.review.dates).to.deep.equal(['2026-10-14', '2026-10-15']);
      // Move the parents' interview to the second day.
      await click(el, $(el, '[data-edit-activity="pa-4"]'));
      await choose(el, $<HTMLSelectElement>(el, '#activity-day')!, '2');
      const tables = $$<HTMLTableElement>(el, 'table[part="timetable"]');
      expect(tables).to.have.length(2);
      expect(clean(root(el).getElementById(tables[1]!.getAttribute('aria-labelledby')!)!.textContent)).to.match(/^Day 2: Thursday,? 15 October 2026$/);
      expect(rowTimes(tables[0]!)).to.deep.equal(['09:15 to 10:15', '10:45 to 11:25', '13:15 to 14:00']);
      expect(rowTimes(tables[1]!)).to.deep.equal(['15:15 to 15:45']);
      await expect(el).to.be.accessible();
    });
  });

  describe('the evidence-collection plan', () => {
    it('is a real table per day, with column headers, sorted by start time', async () => {
      const el = await mount(storeWith(inProgress()), 'u-dev');
      const table = $<HTMLTableElement>(el, 'table[part="timetable"]')!;
      expect(clean(root(el).getElementById(table.getAttribute('aria-labelledby')!)!.textContent)).to.match(/^Day 1: Wednesday,? 14 October 2026$/);
      const headers = [...table.querySelectorAll('thead th')].map((th) => [clean(th.textContent), th.getAttribute('scope')]);
      expect(headers).to.deep.equal([
        ['Time', 'col'],
        ['Activity', 'col'],
        ['With', 'col'],
        ['Lines of enquiry', 'col'],
        ['Reviewers', 'col'],
        ['Notes', 'col'],
        ['Change', 'col'],
      ]);
      expect(rowTimes(table)).to.deep.equal(['09:15 to 10:15', '10:45 to 11:25', '13:15 to 14:00', '15:15 to 15:45']);
      const focusGroup = [...table.querySelectorAll('tbody tr')][1]!;
      // Each cell carries its column's name too (shown only when the table is stacked, hidden from screen readers).
      const cells = [...focusGroup.querySelectorAll('td')].map((td) => {
        const copy = td.cloneNode(true) as HTMLElement;
        const label = copy.querySelector('.cell-label');
        label?.remove();
        return `${clean(label?.textContent)}: ${clean(copy.textContent)}`;
      });
      expect(cells.slice(0, 5)).to.deep.equal([
        'Activity: Focus group',
        'With: Pupils',
        'Lines of enquiry: Line 1, Line 2',
        'Reviewers: Harun Demir',
        'Notes: Six pupils from Years 5 and 6',
      ]);
    });

    it('adds, edits and removes an activity, keeping the timetable in start-time order', async () => {
      const store = storeWith(inProgress());
      const el = await mount(store, 'u-amara');
      await click(el, $(el, '[data-add-activity]'));
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('activity-kind');
      await waitUntil(() => announced(el).startsWith('Added an activity on day 1'));
      await choose(el, $<HTMLSelectElement>(el, '#activity-kind')!, 'observation');
      await choose(el, $<HTMLSelectElement>(el, '#activity-with')!, 'staff');
      await choose(el, $<HTMLInputElement>(el, '#activity-start')!, '08:45');
      await typeInto(el, $<HTMLInputElement>(el, '#activity-minutes')!, 'half an hour');
      expect(text(el, '#activity-minutes-error')).to.equal('Enter a whole number of minutes, 1 or more.');
      await typeInto(el, $<HTMLInputElement>(el, '#activity-minutes')!, '25');
      expect($(el, '#activity-minutes-error')).to.equal(null);
      await click(el, $(el, '#activity-line-loe-2'));
      await click(el, $(el, '#activity-reviewer-u-harun'));
      await typeInto(el, $<HTMLTextAreaElement>(el, '#activity-note')!, 'Year 6 reading lessons');
      const table = $<HTMLTableElement>(el, 'table[part="timetable"]')!;
      expect(rowTimes(table)[0]).to.equal('08:45 to 09:10');
      const first = [...table.querySelectorAll('tbody tr')][0]!;
      expect(clean(first.textContent)).to.contain('Lesson observation');
      expect(clean(first.textContent)).to.contain('Line 2');
      expect(clean(first.textContent)).to.contain('Year 6 reading lessons');
      await expect(el).to.be.accessible();

      const id = el['cycleState'].cycle!.preReview.evidencePlan.at(-1)!.id;
      await click(el, $(el, '[data-done]'));
      expect($(el, '[part="activity-editor"]')).to.equal(null);
      expect(root(el).activeElement?.getAttribute('data-edit-activity')).to.equal(id);
      await el.flush();
      const saved = (await stored(store)).preReview.evidencePlan.find((a) => a.id === id)!;
      expect(saved).to.deep.include({ activity: 'observation', with: 'staff', start: '08:45', minutes: 25, day: 1, lineIds: ['loe-2'], reviewerIds: ['u-harun'], note: 'Year 6 reading lessons' });

      // The only activity covering line 2 goes: the check lists the gap.
      await click(el, $(el, '[data-remove-activity="pa-4"]'));
      await click(el, $(el, `[data-remove-activity="${CSS.escape(id)}"]`));
      expect(rowTimes($(el, 'table[part="timetable"]')!)).to.deep.equal(['09:15 to 10:15', '10:45 to 11:25', '13:15 to 14:00']);
      expect(text(el, '[part="coverage"]')).to.contain('Every line of enquiry has at least one planned activity.', 'the focus group still covers line 2');
      await click(el, $(el, '[data-remove-activity="pa-2"]'));
      expect(text(el, '[part="coverage"]')).to.contain('No activity is planned yet for: Line 2: What helps families support reading at home');
      expect(root(el).activeElement?.hasAttribute('data-add-activity')).to.equal(true);
    });
  });

  describe('who may change the plan', () => {
    for (const [who, actorId, reason] of [
      ['a reviewer who is not the lead', 'u-harun', 'The review plan is agreed between the lead reviewer and the headteacher of Kelmarsh Road Primary.'],
      ['the Improvement Champion of the host school', 'u-femi', 'The review plan is agreed between the lead reviewer and the headteacher of Kelmarsh Road Primary.'],
    ] as const) {
      it(`is read-only for ${who}, with core’s reason shown once`, async () => {
        const el = await mount(storeWith(agreedByLead()), actorId);
        expect($$(el, '[part="read-only-notice"]')).to.have.length(1);
        expect(text(el, '[part="read-only-notice"]')).to.contain(reason);
        expect($$(el, 'input, textarea, select, details, #agree, [data-add-activity]')).to.have.length(0);
        expect(text(el, '[part="meeting"]')).to.match(/Thursday,? 1 October 2026/);
        expect(text(el, '[part="lines"]')).to.contain('How consistently is the reading approach used across Years 5 and 6?');
        expect(text(el, '[part="dates"]')).to.match(/Day 1: Wednesday,? 14 October 2026/);
        const table = $<HTMLTableElement>(el, 'table[part="timetable"]')!;
        expect(table.querySelectorAll('thead th')).to.have.length(6, 'no Change column');
        expect(text(el, '[part="agreement"] .parties')).to.match(/Amara Okafor, lead reviewer: agreed on/);
        expect(text(el, '[part="refusal"]')).to.equal('');
        expect($(el, '[part="not-shared"]')).to.equal(null, 'they take part in the review: nothing is held back');
        await expect(el).to.be.accessible();
      });
    }

    it('the programme associate follows the plan read-only, without the school’s self-review or the plan’s working detail, with core’s reasons', async () => {
      const cycle = agreedByLead();
      const el = await mount(storeWith(cycle), 'u-tessa');
      expect($$(el, '[part="read-only-notice"]')).to.have.length(1);
      expect(text(el, '[part="read-only-notice"]')).to.contain('does not change its records');
      const detail = can({ id: 'u-tessa' }, 'view-review-detail', cycle, partnership);
      expect(detail.allowed).to.equal(false);
      expect($$(el, '[part="not-shared"]')).to.have.length(1, 'core’s reason, once');
      expect(text(el, '[part="not-shared"]')).to.contain(detail.allowed ? '' : detail.reason);
      expect(text(el, '[part="starting-point"]')).to.contain('The self-review is not shared with you. The self-review of Kelmarsh Road Primary belongs to the school');
      expect(text(el, '[part="lines"]')).to.contain('Not shared with you.');
      expect(text(el, '[part="evidence-plan"]')).to.contain('Not shared with you.');
      expect($(el, 'table[part="timetable"], [part="line"], [part="coverage"]')).to.equal(null);
      // The focus is still being agreed: not yet the partnership's to see.
      expect(text(el, '[part="meeting"]')).to.contain('The focus is shared with the partnership once the lead reviewer and the headteacher have agreed the plan.');
      const shown = root(el).textContent ?? '';
      for (const secret of [cycle.preReview.focusSummary, ...cycle.preReview.linesOfEnquiry.map((l) => l.question), 'Six pupils from Years 5 and 6']) {
        expect(shown, 'no working detail').to.not.contain(secret);
      }
      // What the partnership follows: the meeting, the team, the dates and who has agreed.
      expect(text(el, '[part="meeting"]')).to.match(/Thursday,? 1 October 2026/);
      expect(text(el, '[part="team"]')).to.contain('Amara Okafor');
      expect(text(el, '[part="dates"]')).to.match(/Day 1: Wednesday,? 14 October 2026/);
      expect(text(el, '[part="agreement"] .parties')).to.match(/Amara Okafor, lead reviewer: agreed on/);
      expect($$(el, 'input, textarea, select, details, #agree, [data-add-activity]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('once the plan is agreed the associate sees its agreed focus, and still no lines of enquiry', async () => {
      const cycle = demoCycle('s-kelmarsh', 'review', partnership);
      const el = await mount(storeWith(cycle), 'u-tessa');
      expect(cycle.preReview.focusSummary).to.not.equal('');
      expect(text(el, '[part="meeting"]')).to.contain(cycle.preReview.focusSummary);
      expect(text(el, '[part="lines"]')).to.contain('Not shared with you.');
      expect(root(el).textContent).to.not.contain(cycle.preReview.linesOfEnquiry[0]!.question);
      await expect(el).to.be.accessible();
    });

    it('the partnership lead, when not in the review, may still choose the team but does not see the plan’s working detail', async () => {
      // Kelmarsh's head gives the review to Grace Whitfield and Harun Demir: Amara leads the partnership, not this review.
      const cycle = step(inProgress(), 'u-dev', { type: 'SET_REVIEW_TEAM', leadReviewerId: 'u-grace', memberIds: ['u-grace', 'u-harun'] });
      const el = await mount(storeWith(cycle), 'u-amara');
      const detail = can({ id: 'u-amara' }, 'view-review-detail', cycle, partnership);
      expect(text(el, '[part="not-shared"]')).to.contain(detail.allowed ? 'allowed?' : detail.reason);
      expect(text(el, '[part="starting-point"]')).to.contain('The self-review is not shared with you.');
      expect(text(el, '[part="lines"]')).to.contain('Not shared with you.');
      expect(root(el).textContent).to.not.contain(cycle.preReview.linesOfEnquiry[0]!.question);
      expect($(el, 'table[part="timetable"]')).to.equal(null);
      expect($(el, '[part="team-editor"]'), 'the partnership lead chooses who takes part').to.exist;
      await expect(el).to.be.accessible();
    });

    it('does not show the self-review’s focus to someone it is not shared with', async () => {
      const el = await mount(storeWith(inProgress()), 'u-sam');
      expect(text(el, '[part="starting-point"]')).to.contain('The self-review is not shared with you.');
      expect(text(el, '[part="starting-point"]')).to.not.contain('reading approach');
      expect(text(el, '[part="read-only-notice"]')).to.contain('The review plan is agreed between the lead reviewer');
      await expect(el).to.be.accessible();
    });

    it('is a read-only record of the agreed plan at later stages', async () => {
      const el = await mount(storeWith(demoCycle('s-kelmarsh', 'review', partnership)), 'u-amara');
      expect(text(el, '[part="stage-note"]')).to.equal('This is the plan as agreed for the peer review. The review is now at the Peer review stage.');
      expect(text(el, '[part="agreement"]')).to.match(/Agreed by both on 1 October 2026/);
      expect($$(el, 'input, textarea, select, details, #agree')).to.have.length(0);
      expect($(el, '[part="read-only-notice"]')).to.equal(null, 'the stage, not a role rule, makes it read-only');
      await expect(el).to.be.accessible();
    });

    it('says the plan comes later while the self-review is under way', async () => {
      const el = await mount(storeWith(demoCycle('s-kelmarsh', 'self-review', partnership)), 'u-dev');
      expect(text(el, '[part="stage-note"]')).to.contain('once the self-review has been submitted');
      expect($$(el, '#focus-summary, #new-line, #agree')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('saving and what people type', () => {
    it('autosaves to the store, says so, and shows the change after a re-mount', async () => {
      const store = storeWith(inProgress());
      const el = await mount(store, 'u-dev');
      await typeInto(el, $<HTMLTextAreaElement>(el, '#focus-summary')!, 'Reading routines in Years 5 and 6');
      expect(saveStatus(el)).to.equal('Unsaved changes');
      await waitUntil(() => saveStatus(el) === 'All changes saved', 'saved after a pause', { timeout: SAVE_DELAY_MS * 6 });
      expect((await stored(store)).preReview.focusSummary).to.equal('Reading routines in Years 5 and 6');
      await choose(el, $<HTMLInputElement>(el, '#meeting-date')!, '2026-10-02');
      el.remove();
      const again = await mount(store, 'u-dev');
      expect($<HTMLTextAreaElement>(again, '#focus-summary')!.value).to.equal('Reading routines in Years 5 and 6');
      expect($<HTMLInputElement>(again, '#meeting-date')!.value).to.equal('2026-10-02');
      expect((await stored(store)).preReview.meetingOn).to.equal('2026-10-02');
    });

    it('shows hostile text as the text typed', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const store = storeWith(inProgress());
      const el = await mount(store, 'u-amara');
      await typeInto(el, $<HTMLTextAreaElement>(el, '#line-loe-1')!, hostile);
      await click(el, $(el, '[data-edit-activity="pa-1"]'));
      await typeInto(el, $<HTMLTextAreaElement>(el, '#activity-note')!, `<script>alert(2)</script>`);
      await el.flush();
      expect(root(el).querySelector('img, script')).to.equal(null);
      // Harun, on the team, reads the plan but does not change it.
      const reader = await mount(store, 'u-harun');
      expect(root(reader).querySelector('img, script')).to.equal(null);
      expect(text(reader, '[part="line"] .line-question')).to.equal(hostile);
      expect(text(reader, 'table[part="timetable"] tbody')).to.contain('<script>alert(2)</script>');
      expect(text(reader, '[part="coverage"]')).to.contain('Every line');
    });

    it('reports a failed save, keeps what was typed and offers a retry', async () => {
      const cycle = inProgress();
      const el = await mount(storeWith(cycle, JSON.stringify(cycle).length + 600), 'u-dev');
      const typed = 'How consistently the reading routine is kept in Years 5 and 6. '.repeat(40);
      await typeInto(el, $<HTMLTextAreaElement>(el, '#focus-summary')!, typed);
      await el.flush();
      await el.updateComplete;
      expect(saveStatus(el)).to.match(/^Not saved: .*full/i);
      expect($<HTMLTextAreaElement>(el, '#focus-summary')!.value).to.equal(typed);
      expect(button(el, 'Try saving again')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('wraps long text and reflows the timetable at 320px without losing anything', async () => {
      const longWord = 'Supercalifragilistic'.repeat(12);
      const base = inProgress();
      const cycle = step(base, 'u-amara', {
        type: 'UPDATE_REVIEW_PLAN',
        focusSummary: `${longWord} ${'More about reading. '.repeat(60)}`,
        linesOfEnquiry: [...base.preReview.linesOfEnquiry, { id: 'loe-3', question: `${'How far '.repeat(20)}${'x'.repeat(120)}?`, questionIds: [] }],
        evidencePlan: base.preReview.evidencePlan.map((a) => (a.id === 'pa-1' ? { ...a, note: `${longWord} ${'Notes. '.repeat(40)}` } : a)),
      });
      const el = await mount(storeWith(cycle), 'u-amara', 'c-kelmarsh', partnership, 'width: 320px');
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      // Open everything that opens, so the controls inside are measured too.
      await click(el, $(el, '[part="team-editor"] summary'));
      await click(el, $(el, '[data-edit-activity="pa-1"]'));
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      for (const node of $$(el, '[part="base"] *')) {
        if (node.closest('.visually-hidden, thead')) continue;
        expect(node.getBoundingClientRect().right, `${node.tagName}#${node.id}.${node.className} fits`).to.be.at.most(right + 1);
      }
      // Each timetable cell says what it is when the table is stacked.
      const label = $(el, 'table[part="timetable"] tbody td .cell-label')!;
      expect(getComputedStyle(label).display).to.equal('block');
      await expect(el).to.be.accessible();
    });
  });

  describe('in other languages', () => {
    /** Mounts inside `<div lang>` and waits until the widget renders in that language. */
    async function mountIn(lang: string, store: Store, actorId: string, cycleId = 'c-kelmarsh', p: Partnership = partnership, ready: (el: SppReviewPlan) => boolean = () => true) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><spp-review-plan .store=${store} .partnership=${p} actor-id=${actorId} cycle-id=${cycleId}></spp-review-plan></div>`,
      );
      const el = wrapper.querySelector('spp-review-plan') as SppReviewPlan;
      await waitUntil(() => root(el).querySelector('[part="agreement"]') && ready(el), `renders in ${lang}`);
      await el.updateComplete;
      return el;
    }
    const data = [...partnership.schools.map((s) => s.name), ...partnership.people.map((p) => p.name), partnership.name];
    const expectAllFromCatalogues = (el: SppReviewPlan, state: string) => {
      const found = unmarkedText(el, data);
      expect(found, `<spp-review-plan> (${state}) shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
    };

    describe('pseudo-locale: no text outside the catalogues', () => {
      before(usePseudoLocale);
      const pseudo = (el: SppReviewPlan) => text(el, 'h2').includes('⟦');

      for (const [state, make, actorId] of [
        ['before the meeting', () => demoCycle('s-kelmarsh', 'self-review', partnership), 'u-dev'],
        ['just submitted, empty plan', emptyPlan, 'u-amara'],
        ['in progress, as the lead reviewer', inProgress, 'u-amara'],
        ['agreed by the lead, as the host head', agreedByLead, 'u-dev'],
        ['read-only, detail not shared (the associate)', agreedByLead, 'u-tessa'],
        ['read-only, a reviewer', agreedByLead, 'u-harun'],
        ['the agreed record', () => demoCycle('s-kelmarsh', 'review', partnership), 'u-dev'],
      ] as const) {
        it(`${state}: every visible text comes from a catalogue`, async () => {
          const el = await mountIn(PSEUDO_LOCALE, storeWith(make()), actorId, 'c-kelmarsh', partnership, pseudo);
          expectAllFromCatalogues(el, state);
        });
      }

      it('while editing: the activity editor, the team editor, a new review day, cleared agreements and refusals', async () => {
        const el = await mountIn(PSEUDO_LOCALE, storeWith(agreedByLead()), 'u-dev', 'c-kelmarsh', partnership, pseudo);
        await typeInto(el, $<HTMLTextAreaElement>(el, '#focus-summary')!, 'Reading in upper Key Stage 2.');
        expect($(el, '#agreement-cleared')).to.exist;
        await click(el, $(el, '[part="team-editor"] summary'));
        await click(el, $(el, '#team-member-u-harun'));
        expect($(el, '#team-error')).to.exist;
        await click(el, $(el, '[data-add-day]'));
        await click(el, $(el, '[data-edit-activity="pa-2"]'));
        await typeInto(el, $<HTMLInputElement>(el, '#activity-minutes')!, 'half an hour');
        expect($(el, '#activity-minutes-error')).to.exist;
        for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
        await el.updateComplete;
        expectAllFromCatalogues(el, 'editing');
        // And a refusal from core, in the alert region.
        await click(el, $(el, '#agree'));
        expectAllFromCatalogues(el, 'after a refusal');
      });
    });

    describe('Welsh', () => {
      before(async () => {
        await loadStrings('cy');
      });
      const welsh = (el: SppReviewPlan) => text(el, 'h2').startsWith('Cynllun yr adolygiad');

      it('shows the plan in progress in Welsh, with dates, times and counts in Welsh, and passes axe', async () => {
        const el = await mountIn('cy', storeWith(inProgress()), 'u-amara', 'c-kelmarsh', partnership, welsh);
        expect(text(el, 'h2')).to.equal('Cynllun yr adolygiad: Kelmarsh Road Primary');
        expect($$(el, 'h3').map((h) => clean(h.textContent))).to.deep.equal([
          'Man cychwyn: y ffocws a gynigiodd yr ysgol',
          'Y cyfarfod cyn yr adolygiad',
          'Trywyddau ymholi',
          'Tîm adolygu',
          'Dyddiadau’r adolygiad',
          'Cynllun casglu tystiolaeth',
          'Cytuno ar y cynllun',
        ]);
        expect(text(el, '[part="header"]')).to.contain('(1 awr)');
        expect(text(el, '#dates-help')).to.equal('Yn y bartneriaeth hon, mae adolygiad o ysgol ganolig fel Kelmarsh Road Primary yn para un diwrnod.');
        // The date typed in a native date box (which follows the browser's language) is shown in Welsh beside it.
        expect(text(el, '#meeting-date-shown')).to.equal('Y dyddiad a ddewiswyd: dydd Iau 1 Hydref 2026.');
        expect(text(el, '#review-date-0-shown')).to.equal('Y dyddiad a ddewiswyd: dydd Mercher 14 Hydref 2026.');
        const table = $<HTMLTableElement>(el, 'table[part="timetable"]')!;
        expect(clean(root(el).getElementById(table.getAttribute('aria-labelledby')!)!.textContent)).to.equal('Diwrnod 1: dydd Mercher 14 Hydref 2026');
        expect(rowTimes(table)).to.deep.equal(['09:15 tan 10:15', '10:45 tan 11:25', '13:15 tan 14:00', '15:15 tan 15:45']);
        expect(text(el, '[part="coverage"]')).to.contain('Mae gan bob trywydd ymholi o leiaf un gweithgaredd wedi’i gynllunio.');
        expect(text(el, '#team-members-hint')).to.equal('Yn y bartneriaeth hon, mae rhwng 2 a 4 adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.');
        expect(text(el, '[part="agreement"] .parties')).to.contain('Dev Patel, pennaeth Kelmarsh Road Primary: heb gytuno eto');
        expectAllFromWelsh(el);
        await expect(el).to.be.accessible();
      });

      it('says in Welsh why the plan cannot be agreed yet (core’s reason), and whose agreement a change cleared', async () => {
        const empty = await mountIn('cy', storeWith(emptyPlan()), 'u-amara', 'c-kelmarsh', partnership, welsh);
        expect(text(empty, '#agree-reason')).to.match(/^Nid oes modd cytuno ar y cynllun eto: /);
        expect(text(empty, '#agree-reason')).to.not.contain('Add at least one line of enquiry');
        await expect(empty).to.be.accessible();
        empty.remove();

        const el = await mountIn('cy', storeWith(agreedByLead()), 'u-dev', 'c-kelmarsh', partnership, welsh);
        expect(text(el, '[part="agreement"] .parties')).to.match(/Amara Okafor, adolygydd arweiniol: wedi cytuno \(/);
        await typeInto(el, $<HTMLTextAreaElement>(el, '#focus-summary')!, 'Darllen yng Nghyfnod Allweddol 2.');
        expect(text(el, '#agreement-cleared')).to.equal(
          'Mae eich newid yn golygu bod angen cytuno ar y cynllun eto: cliriwyd cytundeb yr adolygydd arweiniol, Amara Okafor.',
        );
        await waitUntil(() => announced(el) === 'Newidiodd y cynllun, felly mae angen cytuno arno eto.', 'announced in Welsh');
        await expect(el).to.be.accessible();
      });

      it('the agreed record and the read-only plan are in Welsh and pass axe', async () => {
        const record = await mountIn('cy', storeWith(demoCycle('s-kelmarsh', 'review', partnership)), 'u-dev', 'c-kelmarsh', partnership, welsh);
        expect(text(record, '[part="stage-note"]')).to.equal(
          'Dyma’r cynllun fel y cytunwyd arno ar gyfer yr adolygiad gan gymheiriaid. Mae’r adolygiad bellach ar gam “Adolygiad gan gymheiriaid”.',
        );
        expect(text(record, '[part="agreement"]')).to.match(/Cytunodd y ddau ar y cynllun ar \d+ \S+ 2026/);
        await expect(record).to.be.accessible();
        record.remove();

        const associate = await mountIn('cy', storeWith(agreedByLead()), 'u-tessa', 'c-kelmarsh', partnership, welsh);
        expect(text(associate, '[part="not-shared"] strong')).to.equal('Nid yw’r trywyddau ymholi na’r cynllun casglu tystiolaeth wedi’u rhannu â chi.');
        expect(text(associate, '[part="lines"]')).to.contain('Heb eu rhannu â chi.');
        await expect(associate).to.be.accessible();
      });

      for (const [days, expected] of [
        [2, 'Yn y bartneriaeth hon, mae adolygiad o ysgol fawr fel Oakfield Academy yn para dau ddiwrnod.'],
        [3, 'Yn y bartneriaeth hon, mae adolygiad o ysgol fawr fel Oakfield Academy yn para tri diwrnod.'],
      ] as const) {
        it(`says a review lasts ${days} days in Welsh (plural form), with the team size and an activity’s minutes`, async () => {
          const p: Partnership = { ...partnership, config: { ...partnership.config, reviewDays: { ...partnership.config.reviewDays, large: days }, teamSize: { min: days, max: days } } };
          // The demo cycle is made under the usual rules (a team of 2); the partnership then asks for `days` reviewers.
          const el = await mountIn('cy', storeWith(demoCycle('s-oakfield', 'pre-review', partnership)), 'u-grace', 'c-oakfield', p, welsh);
          expect(text(el, '#dates-help')).to.equal(expected);
          expect(text(el, '#team-members-hint')).to.equal(
            days === 2
              ? 'Yn y bartneriaeth hon, mae dau adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.'
              : 'Yn y bartneriaeth hon, mae tri adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.',
          );
          expect($$(el, 'table[part="timetable"], [part="evidence-plan"] .day > p').length, 'one timetable or note per review day').to.equal(days);
          await click(el, $(el, '[data-edit-activity="pa-1"]'));
          await typeInto(el, $<HTMLInputElement>(el, '#activity-minutes')!, String(days));
          const minutes = [...$(el, 'table[part="timetable"]')!.querySelectorAll('tbody th .muted')].map((n) => clean(n.textContent));
          expect(minutes).to.include(days === 2 ? 'dwy funud' : 'tair munud');
          await expect(el).to.be.accessible();
        });
      }
    });

    /** Nothing English is left in a Welsh rendering: a handful of the en-GB words that would show through. */
    function expectAllFromWelsh(el: SppReviewPlan) {
      const shown = clean(root(el).textContent);
      for (const english of ['Review plan', 'Lines of enquiry', 'Not set', 'lead reviewer', 'minutes', ' to ', 'Remove', 'Edit']) {
        expect(shown, `no “${english}”`).to.not.contain(english);
      }
    }
  });
});
