import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, memoryAdapter, transitionOrThrow, type Cycle, type CycleEvent, type Partnership, type Store } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppStageChangeEvent, SppRefusedEvent } from '../shared/events';
import { loadStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';
import type { SppWorkshopPlanner } from './workshop-planner.component';
import './workshop-planner.define';

// --- Cycles at each point of the workshop, built through core as the right people --------------

const at = (day: string) => `${day}T10:00:00.000Z`;
const step = (cycle: Cycle, p: Partnership, actorId: string, event: CycleEvent, day = '2026-10-20') =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: at(day) });

/** Findings agreed by Millbrook's head: the workshop stage, no facilitator yet. */
function notPlanned(p = demoPartnership()): Cycle {
  return step(demoCycle('s-millbrook', 'review', p), p, 'u-jonah', { type: 'AGREE_FINDINGS' }, '2026-10-14');
}
const AGENDA = [
  { id: 'ag-1', title: 'Welcome and findings', minutes: 10 },
  { id: 'ag-2', title: 'Five whys', minutes: 30 },
  { id: 'ag-3', title: 'Cause map', minutes: 20 },
  { id: 'ag-4', title: 'Actions and support', minutes: 25 },
  { id: 'ag-5', title: 'Next steps', minutes: 5 },
];
/** Chloe (Ashby's Improvement Champion) has taken the workshop on, dated it and set an agenda. */
function planned(p = demoPartnership()): Cycle {
  let c = step(notPlanned(p), p, 'u-chloe', { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-chloe' });
  c = step(c, p, 'u-chloe', { type: 'UPDATE_WORKSHOP', date: '2026-11-04', participants: ['English lead'], agenda: AGENDA });
  return c;
}
/** Started, but no action agreed yet. */
function startedNoActions(p = demoPartnership()): Cycle {
  return step(planned(p), p, 'u-chloe', { type: 'START_WORKSHOP' }, '2026-11-04');
}
/** The demo workshop under way: started, whys, causes and two actions (facilitator: Chloe). */
const running = (p = demoPartnership()) => demoCycle('s-millbrook', 'workshop', p);

// --- Driving the widget as a person would --------------------------------------------------------

const partnership = demoPartnership();

async function mount(cycle: Cycle, actorId: string, options: { partnership?: Partnership; store?: Store; clock?: () => number; width?: string } = {}) {
  const p = options.partnership ?? partnership;
  const store = options.store ?? createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle } }));
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>
    <spp-workshop-planner .store=${store} .partnership=${p} actor-id=${actorId} cycle-id=${cycle.id} .clock=${options.clock ?? (() => Date.now())}></spp-workshop-planner>
  </div>`);
  const el = wrapper.querySelector('spp-workshop-planner')!;
  await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'the cycle loads');
  return { el, store, wrapper };
}

const q = <T extends Element = HTMLElement>(el: SppWorkshopPlanner, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppWorkshopPlanner, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: SppWorkshopPlanner) => text(el.shadowRoot as unknown as Element);
/** A control's accessible name: its aria-label (which starts with its visible text) or its text. */
const accessibleName = (node: Element | null | undefined) => node?.getAttribute('aria-label') ?? text(node);
const button = (el: SppWorkshopPlanner, label: string) => qa<HTMLButtonElement>(el, 'button').find((b) => accessibleName(b).startsWith(label));
const active = (el: SppWorkshopPlanner) => el.shadowRoot!.activeElement;
const alertText = (el: SppWorkshopPlanner) => text(q(el, '[role="alert"]'));
const saveStatus = (el: SppWorkshopPlanner) => text(q(el, '[part="save-state"] [role="status"]'));

async function type(el: SppWorkshopPlanner, field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: SppWorkshopPlanner, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function click(el: SppWorkshopPlanner, target: HTMLElement | undefined | null) {
  expect(target, 'the control exists').to.exist;
  target!.click();
  await el.updateComplete;
}
async function press(el: SppWorkshopPlanner, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}
/** The WCAG 2.0–2.2 A/AA and best-practice rules the Storybook e2e check uses (target size included). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppWorkshopPlanner) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

/** No control scrolls sideways out of a narrow box. */
function fitsWidth(el: SppWorkshopPlanner, width: number) {
  const base = q(el, '[part="base"]')!;
  expect(base.scrollWidth, 'nothing overflows sideways').to.be.at.most(width + 1);
  for (const node of qa(el, 'input, select, textarea, button, p, li, h2, h3, h4')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right - el.getBoundingClientRect().left, `${node.localName} "${text(node).slice(0, 30)}" fits`).to.be.at.most(width + 1);
  }
}

describe('<spp-workshop-planner>', () => {
  beforeEach(() => localStorage.clear());

  describe('planning', () => {
    it('offers only eligible facilitators: trained Improvement Champions from other schools, never the host school’s own', async () => {
      const { el } = await mount(notPlanned(), 'u-jonah');
      const options = qa<HTMLOptionElement>(el, '#facilitator option').filter((o) => o.value);
      expect(options.map((o) => o.value)).to.have.members(['u-chloe', 'u-femi', 'u-isla', 'u-olu', 'u-rosa']);
      expect(options.map((o) => o.value)).not.to.include('u-leon', 'Millbrook’s own Improvement Champion');
      expect(text(options[0])).to.equal('Chloe Dunn, Ashby Brook Primary');
      expect(text(q(el, 'label[for="facilitator"]'))).to.equal('Facilitator');
      await accessible(el);
    });

    it('an Improvement Champion is offered only themselves: they may take the workshop on, not appoint another', async () => {
      const { el } = await mount(notPlanned(), 'u-chloe');
      const options = qa<HTMLOptionElement>(el, '#facilitator option').filter((o) => o.value);
      expect(options.map((o) => o.value)).to.deep.equal(['u-chloe']);
    });

    it('shows the agreed findings and improvement priority as text, as the starting point', async () => {
      const { el } = await mount(notPlanned(), 'u-jonah');
      const start = q(el, '[part="starting-point"]')!;
      expect(text(start)).to.contain('Pupils talk confidently about the books they read');
      expect(text(start)).to.contain('The reading routine is shortened in Year 6');
      expect(text(start)).to.contain('Keep the daily reading routine in every Key Stage 2 class');
      expect(text(start)).to.contain('Agreed with the host school on 14 October 2026');
      expect(start.querySelector('input, textarea, select')).to.equal(null);
    });

    it('an Improvement Champion not yet facilitating sees only what core shares, and never edits hidden detail', async () => {
      let c = notPlanned();
      c = step(c, partnership, 'u-jonah', { type: 'UPDATE_WORKSHOP', participants: ['Year 6 team'], whys: ['Reading is cut in Year 6.'] });
      const { el, store } = await mount(c, 'u-femi');
      const reason = 'The working detail of the review of Millbrook Church of England Primary is shared with those taking part in it; the partnership sees what is agreed and the actions’ progress.';
      expect(all(el).split(reason)).to.have.length(2, 'core’s reason, once');
      expect(text(q(el, '[part="starting-point"]'))).to.contain('Pupils talk confidently');
      expect(text(q(el, '[part="starting-point"]'))).not.to.contain('Areas to explore');
      expect(all(el)).not.to.contain('Participants');
      expect(q(el, '#new-participant'), 'no editing from an empty copy of hidden detail').to.equal(null);
      expect(q(el, '[part="root-causes"]')).to.equal(null);
      // Taking the workshop on is still possible, and then the detail is shared.
      await choose(el, q<HTMLSelectElement>(el, '#facilitator')!, 'u-femi');
      expect(all(el)).to.contain('Year 6 team');
      expect(q<HTMLTextAreaElement>(el, '#why-0')!.value).to.equal('Reading is cut in Year 6.');
      await el.flush();
      expect((await store.get('cycle', 'c-millbrook'))!.workshop.participants).to.deep.equal(['Year 6 team']);
      await accessible(el);
    });

    it('chooses the facilitator, sets the date, takes the suggested agenda and starts: the timer shows the first section', async () => {
      const { el, store } = await mount(notPlanned(), 'u-chloe');
      await choose(el, q<HTMLSelectElement>(el, '#facilitator')!, 'u-chloe');
      expect(q<HTMLSelectElement>(el, '#facilitator')!.value).to.equal('u-chloe');
      await type(el, q<HTMLInputElement>(el, '#workshop-date')!, '2027-03-10');
      await click(el, button(el, 'Use the suggested agenda'));
      expect(qa(el, '.agenda > li')).to.have.length(5);
      expect(text(q(el, '.total'))).to.equal('Total 90 minutes: matches the 90-minute workshop.');
      expect(active(el)?.id, 'focus moves to the first section').to.match(/^title-/);
      await accessible(el);

      await click(el, button(el, 'Start the workshop'));
      const timer = q(el, '[part="timer"]')!;
      expect(text(timer)).to.contain('Now: Welcome and the review’s findings');
      expect(text(timer)).to.contain('Section 1 of 5');
      expect(text(q(el, '[role="timer"]'))).to.match(/^(10:00|9:5\d) left in this section$/);
      expect(text(q(el, '[data-timer-announcer]'))).to.equal('Now: Welcome and the review’s findings, section 1 of 5, 10 minutes.');
      expect(q(el, '.agenda > li[aria-current="step"]')).to.equal(qa(el, '.agenda > li')[0]);
      await el.flush();
      const saved = (await store.get('cycle', 'c-millbrook'))!;
      expect(saved.workshop.facilitatorId).to.equal('u-chloe');
      expect(saved.workshop.date).to.equal('2027-03-10');
      expect(saved.workshop.startedAt).to.be.a('string');
      await accessible(el);
    });

    it('the host headteacher can plan, but only the facilitator can start: core’s reason is shown', async () => {
      const { el } = await mount(planned(), 'u-jonah');
      expect(q(el, '#workshop-date')).to.exist;
      const start = button(el, 'Start the workshop')!;
      expect(start.getAttribute('aria-disabled')).to.equal('true');
      expect(text(q(el, '#start-reason'))).to.equal('Only the Improvement Champion facilitating the workshop can run it.');
      await click(el, start);
      expect(alertText(el)).to.contain('Only the Improvement Champion facilitating the workshop can run it.');
      expect(q(el, '[part="timer"]')).to.equal(null);
    });

    it('says why the workshop cannot start before it has a date', async () => {
      let c = notPlanned();
      c = step(c, partnership, 'u-chloe', { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-chloe' });
      const { el } = await mount(c, 'u-chloe');
      expect(text(q(el, '#start-reason'))).to.equal('Set the date of the workshop.');
      await accessible(el);
    });

    it('adds and removes participants by keyboard', async () => {
      const { el } = await mount(planned(), 'u-chloe');
      q<HTMLInputElement>(el, '#new-participant')!.focus();
      await sendKeys({ type: 'Year 6 teacher' });
      await press(el, 'Enter');
      expect(qa(el, '.plain-list li').map((li) => text(li.querySelector('.user-text')))).to.deep.equal(['English lead', 'Year 6 teacher']);
      expect(q<HTMLInputElement>(el, '#new-participant')!.value).to.equal('');
      expect(active(el)?.id).to.equal('new-participant');
      expect(all(el)).to.contain('Added Year 6 teacher.');
      const remove = q<HTMLButtonElement>(el, '[data-remove-participant="0"]')!;
      expect(accessibleName(remove)).to.equal('Remove English lead');
      expect(text(remove), 'the visible word, which the name starts with').to.equal('Remove');
      remove.focus();
      await press(el, 'Enter');
      expect(qa(el, '.plain-list li').map((li) => text(li.querySelector('.user-text')))).to.deep.equal(['Year 6 teacher']);
      expect(active(el)?.getAttribute('data-remove-participant'), 'focus stays in the list').to.equal('0');
    });

    it('keeps a half-typed participant on this device when the widget is reloaded', async () => {
      const c = planned();
      const store = createStore(memoryAdapter({ initial: { 'cycle/c-millbrook': c } }));
      const first = await mount(c, 'u-chloe', { store });
      await type(first.el, q<HTMLInputElement>(first.el, '#new-participant')!, 'Family liaison off');
      first.wrapper.remove();
      const second = await mount(c, 'u-chloe', { store });
      expect(q<HTMLInputElement>(second.el, '#new-participant')!.value).to.equal('Family liaison off');
    });

    it('before the peer review, shows that the workshop is planned later, with core’s reason', async () => {
      const { el } = await mount(demoCycle('s-millbrook', 'self-review'), 'u-jonah');
      expect(all(el)).to.contain('The workshop is planned once the peer review is under way.');
      expect(all(el)).to.contain('This cannot be done while the review is at the self-review stage.');
      expect(qa(el, 'input, textarea, select, button')).to.have.length(0);
      await accessible(el);
    });

    it('plans during the peer review (facilitator, date, agenda) but does not run the workshop yet', async () => {
      const { el } = await mount(demoCycle('s-millbrook', 'review'), 'u-jonah');
      expect(all(el)).to.contain('You can plan the workshop now.');
      expect(all(el)).to.contain('These findings have not been agreed with the host school yet.');
      expect(q(el, '#facilitator')).to.exist;
      expect(q(el, '#workshop-date')).to.exist;
      expect(button(el, 'Use the suggested agenda')).to.exist;
      expect(button(el, 'Start the workshop')).to.equal(undefined);
      expect(q(el, '[part="root-causes"]')).to.equal(null);
      expect(q(el, '[part="actions"]')).to.equal(null);
      await type(el, q<HTMLInputElement>(el, '#workshop-date')!, '2026-11-04');
      expect(q<HTMLInputElement>(el, '#workshop-date')!.value).to.equal('2026-11-04');
      expect(alertText(el)).to.equal('');
      await accessible(el);
    });
  });

  describe('the agenda', () => {
    it('moves a section up by keyboard, keeping focus on it and announcing the move', async () => {
      const { el } = await mount(planned(), 'u-chloe');
      const up = q<HTMLButtonElement>(el, '[data-move="up"][data-section="ag-3"]')!;
      expect(accessibleName(up)).to.equal('Move up: Cause map');
      expect(text(up)).to.equal('Move up');
      up.focus();
      await press(el, 'Enter');
      expect(qa<HTMLInputElement>(el, '.agenda input[id^="title-"]').map((i) => i.value)).to.deep.equal([
        'Welcome and findings',
        'Cause map',
        'Five whys',
        'Actions and support',
        'Next steps',
      ]);
      expect(active(el)).to.equal(q(el, '[data-move="up"][data-section="ag-3"]'));
      expect(all(el)).to.contain('Moved “Cause map” to position 2 of 5.');
      // At the top, Move up is not possible: focus goes to the same section's Move down.
      await press(el, 'Enter');
      expect(qa<HTMLInputElement>(el, '.agenda input[id^="title-"]')[0]!.value).to.equal('Cause map');
      expect(active(el)).to.equal(q(el, '[data-move="down"][data-section="ag-3"]'));
      await accessible(el);
    });

    it('edits titles and minutes, shows the total against the configured workshop length, and never saves an empty title', async () => {
      const p = demoPartnership();
      p.config.workshopMinutes = 100;
      const { el, store } = await mount(planned(p), 'u-chloe', { partnership: p });
      expect(text(q(el, '.total'))).to.equal('Total 90 of 100 minutes: 10 minutes left.');
      await type(el, q<HTMLInputElement>(el, '#minutes-ag-2')!, '45');
      expect(text(q(el, '.total'))).to.equal('Total 105 minutes: 5 minutes more than the 100-minute workshop.');
      const title = q<HTMLInputElement>(el, '#title-ag-1')!;
      await type(el, title, '');
      expect(text(q(el, '#title-ag-1-error'))).to.equal('Give the section a title.');
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.value, 'what was typed stays in the box').to.equal('');
      await accessible(el);
      await type(el, title, 'Welcome');
      expect(q(el, '#title-ag-1-error')).to.equal(null);
      await type(el, q<HTMLInputElement>(el, '#minutes-ag-5')!, '0');
      expect(text(q(el, '#minutes-ag-5-error'))).to.equal('Enter a whole number of minutes, 1 or more.');
      await el.flush();
      const saved = (await store.get('cycle', 'c-millbrook'))!.workshop.agenda;
      expect(saved.map((s) => [s.title, s.minutes])).to.deep.equal([
        ['Welcome', 10],
        ['Five whys', 45],
        ['Cause map', 20],
        ['Actions and support', 25],
        ['Next steps', 5],
      ]);
    });

    it('adds a section (focused, ready to name) and removes one', async () => {
      const { el } = await mount(planned(), 'u-chloe');
      await click(el, button(el, 'Add a section'));
      expect(qa(el, '.agenda > li')).to.have.length(6);
      const added = active(el) as HTMLInputElement;
      expect(added.value).to.equal('New section');
      await type(el, added, 'Break');
      await click(el, button(el, 'Remove: Break'));
      expect(qa(el, '.agenda > li')).to.have.length(5);
      expect(all(el)).to.contain('Removed “Break”.');
    });

    it('offers a suggested agenda that fits the partnership’s own workshop length', async () => {
      const p = demoPartnership();
      p.config.workshopMinutes = 120;
      const { el } = await mount(notPlanned(p), 'u-chloe', { partnership: p });
      await click(el, button(el, 'Use the suggested agenda'));
      expect(text(q(el, '.total'))).to.equal('Total 120 minutes: matches the 120-minute workshop.');
      expect(all(el)).to.contain('A 120-minute workshop');
    });
  });

  describe('running', () => {
    it('shows the current section and time left from the start time and agenda, announcing only a new section', async () => {
      const c = running();
      const started = Date.parse(c.workshop.startedAt!);
      let now = started + 12 * 60_000;
      const { el } = await mount(c, 'u-chloe', { clock: () => now });
      expect(text(q(el, '.timer-now'))).to.equal('Now: Five whys: getting to root causes');
      expect(text(q(el, '[role="timer"]'))).to.equal('28:00 left in this section');
      expect(all(el)).to.contain('1:18:00 left in the workshop');
      const announcer = q(el, '[data-timer-announcer]')!;
      expect(text(announcer), 'nothing announced on opening').to.equal('');
      now += 1000;
      el.requestUpdate();
      await el.updateComplete;
      expect(text(q(el, '[role="timer"]'))).to.equal('27:59 left in this section');
      expect(text(announcer), 'a tick is not announced').to.equal('');
      now = started + 41 * 60_000;
      el.requestUpdate();
      await el.updateComplete;
      expect(text(q(el, '.timer-now'))).to.equal('Now: Cause map');
      expect(text(announcer)).to.equal('Now: Cause map, section 3 of 5, 20 minutes.');
      expect(text(q(el, '.agenda > li[aria-current="step"] legend'))).to.contain('Section 3');
      now = started + 91 * 60_000;
      el.requestUpdate();
      await el.updateComplete;
      expect(text(q(el, '.timer-now'))).to.equal('The planned time is over.');
      expect(text(announcer)).to.equal('The planned time for the workshop is over.');
      await accessible(el);
    });

    it('ticks by itself once a second while the page is visible, and stops while it is hidden', async () => {
      const c = running();
      let now = Date.parse(c.workshop.startedAt!) + 60_000;
      const { el } = await mount(c, 'u-chloe', { clock: () => now });
      const before = text(q(el, '[role="timer"]'));
      now += 5000;
      await waitUntil(() => text(q(el, '[role="timer"]')) !== before, 'the timer moves on by itself', { timeout: 2500 });
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        const hidden = text(q(el, '[role="timer"]'));
        now += 5000;
        await new Promise((r) => setTimeout(r, 1300));
        expect(text(q(el, '[role="timer"]')), 'no ticking while hidden').to.equal(hidden);
      } finally {
        delete (document as unknown as Record<string, unknown>)['visibilityState'];
      }
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(text(q(el, '[role="timer"]'))).to.equal('8:50 left in this section');
    });

    it('adds a why and a cause by keyboard only', async () => {
      const { el, store } = await mount(running(), 'u-chloe');
      expect(qa(el, '.whys textarea')).to.have.length(4);
      button(el, 'Add the next why')!.focus();
      await press(el, 'Enter');
      expect(active(el)?.id).to.equal('why-5');
      expect(text(q(el, 'label[for="why-5"]'))).to.equal('Why? Answer 5');
      await sendKeys({ type: 'Data is shared termly, not weekly.' });
      await el.updateComplete;
      expect(button(el, 'Add the next why'), 'five answers is the most').to.equal(undefined);
      expect(all(el)).to.contain('Five answers written.');

      q<HTMLSelectElement>(el, '#cause-category')!.focus();
      // Teaching → Curriculum → Leadership → Systems → Pupils
      for (let i = 0; i < 4; i++) await press(el, 'ArrowDown');
      expect(q<HTMLSelectElement>(el, '#cause-category')!.value).to.equal('pupils');
      await press(el, 'Tab');
      expect(active(el)?.id).to.equal('cause-text');
      await sendKeys({ type: 'Year 6 pupils miss reading for interventions' });
      await press(el, 'Enter');
      expect(text(q(el, '.category[data-category="pupils"] ul'))).to.contain('Year 6 pupils miss reading for interventions');
      expect(q<HTMLInputElement>(el, '#cause-text')!.value).to.equal('');
      expect(all(el)).to.contain('Added a cause to Pupils.');
      await el.flush();
      const saved = (await store.get('cycle', 'c-millbrook'))!.workshop;
      expect(saved.whys.at(-1)).to.equal('Data is shared termly, not weekly.');
      expect(saved.causes.find((x) => x.category === 'pupils')?.text).to.equal('Year 6 pupils miss reading for interventions');
    });

    it('shows the cause map as a box per category and removes a cause by keyboard', async () => {
      const { el } = await mount(running(), 'u-chloe');
      const boxes = qa(el, '[part="cause-map"] .category');
      expect(boxes.map((b) => text(b.querySelector('h5')))).to.deep.equal([
        'Teaching',
        'Curriculum',
        'Leadership',
        'Systems and routines',
        'Pupils',
        'Families and community',
        'Time and resources',
        'Other',
      ]);
      const remove = q<HTMLButtonElement>(el, '[data-remove-cause="cz-2"]')!;
      expect(accessibleName(remove)).to.equal('Remove cause: Reading café held at 2pm only');
      remove.focus();
      await press(el, 'Enter');
      expect(text(q(el, '.category[data-category="families"]'))).to.contain('No causes yet.');
      expect(active(el)?.id).to.equal('cause-text');
    });

    it('adds an action with support brokered from a partner school, saved as typed', async () => {
      const { el, store } = await mount(running(), 'u-chloe');
      await click(el, button(el, 'Add an action'));
      const id = (active(el) as HTMLTextAreaElement).id.replace(/^what-/, '');
      expect(text(q(el, `label[for="what-${id}"]`))).to.equal('What will be done');
      await type(el, q<HTMLTextAreaElement>(el, `#what-${id}`)!, 'Move the reading café to 5pm once a half term.');
      await type(el, q<HTMLInputElement>(el, `#owner-${id}`)!, 'Family liaison officer');
      await type(el, q<HTMLInputElement>(el, `#dueOn-${id}`)!, '2027-02-12');
      await type(el, q<HTMLTextAreaElement>(el, `#successCriteria-${id}`)!, 'Twice as many families attend.');
      const support = q<HTMLSelectElement>(el, `#supportSchoolId-${id}`)!;
      const offered = [...support.options].map((o) => o.value);
      expect(offered).to.deep.equal(['', 's-ashby', 's-kelmarsh', 's-oakfield', 's-thornhill', 's-westgate'], 'other schools only');
      await choose(el, support, 's-kelmarsh');
      await type(el, q<HTMLTextAreaElement>(el, `#supportNote-${id}`)!, 'Their family learning lead visits in January.');
      expect(alertText(el)).to.equal('');
      await el.flush();
      const saved = (await store.get('cycle', 'c-millbrook'))!.actions.find((a) => a.id === id)!;
      expect(saved).to.include({
        what: 'Move the reading café to 5pm once a half term.',
        owner: 'Family liaison officer',
        dueOn: '2027-02-12',
        successCriteria: 'Twice as many families attend.',
        supportSchoolId: 's-kelmarsh',
        supportNote: 'Their family learning lead visits in January.',
      });
      await choose(el, q<HTMLSelectElement>(el, `#supportSchoolId-${id}`)!, '');
      await el.flush();
      expect((await store.get('cycle', 'c-millbrook'))!.actions.find((a) => a.id === id)!.supportSchoolId).to.equal(undefined);
    });

    it('shows core’s refusal when support is brokered from the host school itself', async () => {
      const { el } = await mount(running(), 'u-chloe');
      const select = q<HTMLSelectElement>(el, '#supportSchoolId-act-1')!;
      // A stale page could still offer the host school: core refuses, and the widget says why.
      select.append(new Option('Millbrook', 's-millbrook'));
      const refused: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      await choose(el, select, 's-millbrook');
      expect(alertText(el)).to.equal('Not done: Support is brokered from another school in the partnership.');
      expect(text(q(el, '#supportSchoolId-act-1-error'))).to.equal('Support is brokered from another school in the partnership.');
      expect(refused[0]?.refusal.rule).to.equal('supportSchoolIsPartner');
      await accessible(el);
    });

    it('removes an empty action at once, and asks before removing one with text', async () => {
      const { el, store } = await mount(running(), 'u-chloe');
      await click(el, button(el, 'Add an action'));
      expect(qa(el, '.action')).to.have.length(3);
      await click(el, button(el, 'Remove action 3'));
      expect(qa(el, '.action')).to.have.length(2);
      await click(el, button(el, 'Remove action 2'));
      expect(all(el)).to.contain('Remove action 2 and everything written in it?');
      expect(active(el)?.getAttribute('data-confirm-remove')).to.equal('act-2');
      await press(el, 'Escape');
      expect(q(el, '[data-confirm-remove]'), 'Escape keeps the action').to.equal(null);
      expect(active(el)?.getAttribute('data-remove-action')).to.equal('act-2');
      await click(el, button(el, 'Remove action 2'));
      await click(el, button(el, 'Keep it'));
      expect(qa(el, '.action')).to.have.length(2);
      await click(el, button(el, 'Remove action 2'));
      await click(el, q<HTMLButtonElement>(el, '[data-confirm-remove="act-2"]'));
      expect(qa(el, '.action')).to.have.length(1);
      await el.flush();
      expect((await store.get('cycle', 'c-millbrook'))!.actions.map((a) => a.id)).to.deep.equal(['act-1']);
    });
  });

  describe('finishing', () => {
    it('confirms in the page, moves the cycle to the action plan, fires spp-stage-change and shows the check-in date (workshop + 90 days)', async () => {
      const { el, store } = await mount(running(), 'u-chloe');
      const changes: SppStageChangeEvent[] = [];
      el.addEventListener('spp-stage-change', (e) => changes.push(e));
      await click(el, button(el, 'Finish workshop'));
      expect(active(el)?.id).to.equal('confirm-heading');
      expect(text(q(el, '[part="confirm"]'))).to.contain('the check-in is booked for 2 February 2027');
      await accessible(el);
      await press(el, 'Escape');
      expect(q(el, '[part="confirm"]'), 'Escape cancels').to.equal(null);
      await click(el, button(el, 'Finish workshop'));
      await click(el, button(el, 'Not yet'));
      expect(q(el, '[part="confirm"]')).to.equal(null);
      expect(active(el)?.hasAttribute('data-finish')).to.equal(true);
      await click(el, button(el, 'Finish workshop'));
      await click(el, button(el, 'Yes, finish the workshop'));
      expect(changes.map((e) => [e.from, e.to])).to.deep.equal([['workshop', 'action-plan']]);
      const due = q(el, '[part="check-in-due"] h3')!;
      expect(text(due)).to.equal('Check-in due 2 February 2027');
      expect(active(el)).to.equal(due);
      expect(qa(el, 'input, textarea, select'), 'a read-only record now').to.have.length(0);
      await el.flush();
      const saved = (await store.get('cycle', 'c-millbrook'))!;
      expect(saved.stage).to.equal('action-plan');
      expect(saved.checkIns[0]?.dueOn).to.equal('2027-02-02');
      await accessible(el);
    });

    it('books the check-in with the partnership’s own interval', async () => {
      const p = demoPartnership();
      p.config.checkInDays = 60;
      const { el } = await mount(running(p), 'u-chloe', { partnership: p });
      await click(el, button(el, 'Finish workshop'));
      await click(el, button(el, 'Yes, finish the workshop'));
      expect(text(q(el, '[part="check-in-due"] h3'))).to.equal('Check-in due 3 January 2027');
      expect(all(el)).to.contain('60 days after the workshop');
    });

    it('refuses to finish without an action, with core’s reason', async () => {
      const { el } = await mount(startedNoActions(), 'u-chloe');
      expect(text(q(el, '#finish-reason'))).to.equal('Not ready to finish: Agree at least one action before finishing the workshop.');
      const refused: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      await click(el, button(el, 'Finish workshop'));
      expect(alertText(el)).to.equal('Not done: Agree at least one action before finishing the workshop.');
      expect(refused[0]?.refusal.rule).to.equal('hasActions');
      expect(q(el, '[part="confirm"]')).to.equal(null);
      expect(q(el, '[part="check-in-due"]')).to.equal(null);
      await accessible(el);
    });

    it('shows a finished workshop as a read-only record with the check-in due date', async () => {
      const p = demoPartnership();
      const finished = step(running(p), p, 'u-chloe', { type: 'FINISH_WORKSHOP' }, '2026-11-04');
      const { el } = await mount(finished, 'u-chloe');
      expect(text(q(el, '[part="check-in-due"] h3'))).to.equal('Check-in due 2 February 2027');
      expect(all(el)).to.contain('This is the record of the improvement workshop.');
      expect(all(el)).to.contain('Share Year 3–4 reading impact data');
      expect(all(el)).to.contain('Ashby Brook Primary');
      expect(qa(el, 'input, textarea, select, button')).to.have.length(0);
      await accessible(el);
    });
  });

  describe('who may change what (core’s role rules)', () => {
    it('is read-only for the associate, with core’s reason shown once; the root-cause work is not shared with her', async () => {
      const cycle = running();
      const { el } = await mount(cycle, 'u-tessa');
      expect(qa(el, 'input, textarea, select, button')).to.have.length(0);
      const reason = 'The programme associate follows progress and supports the partnership, but does not change its records.';
      expect(all(el).split(reason)).to.have.length(2, 'the reason appears exactly once');
      const detail = 'The working detail of the review of Millbrook Church of England Primary is shared with those taking part in it; the partnership sees what is agreed and the actions’ progress.';
      expect(all(el).split(detail)).to.have.length(2, 'core’s reason for the hidden detail, once');
      // What the partnership follows: the facilitator, the agreed strengths and priority, the actions.
      expect(all(el)).to.contain('Chloe Dunn, Ashby Brook Primary');
      expect(all(el)).to.contain('Pupils talk confidently about the books they read');
      expect(all(el)).to.contain('Keep the daily reading routine in every Key Stage 2 class');
      expect(all(el)).to.contain('Share Year 3–4 reading impact data');
      // Not the workshop's working detail, nor the review's areas to explore.
      for (const secret of [...cycle.workshop.whys, ...cycle.workshop.causes.map((c) => c.text), cycle.workshop.rootCause]) {
        expect(all(el)).not.to.contain(secret);
      }
      // (The participants' names are also action owners, so look for the list itself.)
      expect(all(el)).not.to.contain('Participants');
      expect(all(el)).not.to.contain('The reading routine is shortened in Year 6');
      expect(q(el, '[part="root-causes"]')).to.equal(null);
      await accessible(el);
    });

    it('is read-only for a reviewer, who does see the root-cause work', async () => {
      // Erin McAllister (Kelmarsh) is on Millbrook's review team: she takes part, but does not run the workshop.
      const { el } = await mount(running(), 'u-erin');
      expect(qa(el, 'input, textarea, select, button')).to.have.length(0);
      expect(all(el)).to.contain('Staff have not seen the impact of the routine on older pupils.');
      expect(all(el)).to.contain('Reading café held at 2pm only');
      await accessible(el);
    });

    it('is read-only for someone who may not plan the workshop, with core’s reason', async () => {
      const { el } = await mount(planned(), 'u-sam');
      expect(qa(el, 'input, textarea, select, button')).to.have.length(0);
      expect(all(el)).to.contain('The workshop is planned by its Improvement Champion with the host headteacher.');
      await accessible(el);
    });

    it('lets host-school leaders write actions while the plan stays the facilitator’s', async () => {
      const { el } = await mount(running(), 'u-kirsty');
      expect(q(el, '#workshop-date'), 'the plan is read-only').to.equal(null);
      expect(q(el, '#what-act-1'), 'actions are editable').to.exist;
      expect(all(el)).to.contain('You can read the plan and the root-cause work but not change them.');
      await accessible(el);
    });
  });

  describe('saving', () => {
    it('saves as the person types and the work survives a re-mount', async () => {
      const c = running();
      const store = createStore(memoryAdapter({ initial: { 'cycle/c-millbrook': c } }));
      const first = await mount(c, 'u-chloe', { store });
      await type(first.el, q<HTMLTextAreaElement>(first.el, '#root-cause')!, 'Year 6 staff have not seen the evidence.');
      expect(saveStatus(first.el)).to.equal('Unsaved changes');
      await waitUntil(() => saveStatus(first.el) === 'All changes saved', 'saved after a pause', { timeout: 4000 });
      expect((await store.get('cycle', 'c-millbrook'))!.workshop.rootCause).to.equal('Year 6 staff have not seen the evidence.');
      first.wrapper.remove();
      const second = await mount(c, 'u-chloe', { store });
      expect(q<HTMLTextAreaElement>(second.el, '#root-cause')!.value).to.equal('Year 6 staff have not seen the evidence.');
    });

    it('says so when a save fails (storage full), keeps what was typed and offers to retry', async () => {
      const c = running();
      const store = createStore(memoryAdapter({ initial: { 'cycle/c-millbrook': c }, quotaBytes: JSON.stringify(c).length + 2000 }));
      const { el } = await mount(c, 'u-chloe', { store });
      const long = 'A very long note. '.repeat(200);
      await type(el, q<HTMLTextAreaElement>(el, '#root-cause')!, long);
      await el.flush();
      await el.updateComplete;
      expect(saveStatus(el)).to.match(/^Not saved: .*storage is full/);
      expect(button(el, 'Try saving again')).to.exist;
      expect(q<HTMLTextAreaElement>(el, '#root-cause')!.value).to.equal(long);
      await accessible(el);
    });
  });

  describe('text people type', () => {
    it('shows hostile text exactly as typed, never as markup', async () => {
      const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const { el } = await mount(running(), 'u-chloe');
      await type(el, q<HTMLTextAreaElement>(el, '#why-1')!, hostile);
      q<HTMLInputElement>(el, '#cause-text')!.focus();
      await type(el, q<HTMLInputElement>(el, '#cause-text')!, hostile);
      await click(el, button(el, 'Add cause'));
      await el.flush();
      expect(text(q(el, '.category[data-category="teaching"] ul'))).to.contain(hostile);
      expect(q(el, 'script, img'), 'no element was made from the text').to.equal(null);
      // A reviewer on the team sees the same text, read-only.
      const store = el.store!;
      const reader = await fixture<SppWorkshopPlanner>(
        html`<spp-workshop-planner .store=${store} .partnership=${partnership} actor-id="u-erin" cycle-id="c-millbrook"></spp-workshop-planner>`,
      );
      await waitUntil(() => reader.shadowRoot!.querySelector('h2'));
      expect(text(reader.shadowRoot!.querySelector('.whys-record li'))).to.equal(hostile);
      expect(reader.shadowRoot!.querySelector('script, img')).to.equal(null);
    });

    it('handles long text without losing any of it, and stays accessible', async () => {
      const p = demoPartnership();
      const long = 'Pupils in Years 5 and 6 read widely when the routine is kept, and '.repeat(30);
      const unbroken = 'x'.repeat(400);
      let c = running(p);
      c = step(c, p, 'u-chloe', { type: 'UPDATE_WORKSHOP', whys: [long, unbroken, long], rootCause: long, participants: ['p'.repeat(300)] }, '2026-11-04');
      c = step(c, p, 'u-chloe', { type: 'SAVE_ACTION', action: { id: 'act-1', what: long, owner: 'o'.repeat(300), successCriteria: unbroken } }, '2026-11-04');
      const { el } = await mount(c, 'u-erin', { width: '600px' });
      expect(all(el)).to.contain(long.trim());
      expect(all(el)).to.contain(unbroken);
      fitsWidth(el, 600);
      await accessible(el);
    });

    it('fits a 320px-wide column without sideways scrolling, editable or read-only', async () => {
      for (const [cycle, actor] of [
        [running(), 'u-chloe'],
        [notPlanned(), 'u-chloe'],
        [running(), 'u-erin'],
        [running(), 'u-tessa'],
      ] as const) {
        const { el, wrapper } = await mount(cycle, actor, { width: '320px' });
        fitsWidth(el, 320);
        await accessible(el);
        wrapper.remove();
      }
    });
  });

  describe('the date typed into a date field', () => {
    it('is written out beside the field in the widget’s language, since the field follows the browser’s', async () => {
      const { el } = await mount(planned(), 'u-chloe');
      const field = q<HTMLInputElement>(el, '#workshop-date')!;
      expect(text(q(el, '#workshop-date-shown'))).to.match(/^Date chosen: Wednesday,? 4 November 2026\.$/);
      expect(field.getAttribute('aria-describedby')).to.contain('workshop-date-shown');
      await type(el, field, '2026-11-11');
      expect(text(q(el, '#workshop-date-shown'))).to.match(/^Date chosen: Wednesday,? 11 November 2026\.$/);
      const c = running();
      const { el: actions } = await mount(c, 'u-chloe');
      const action = c.actions.find((a) => a.dueOn)!;
      expect(text(q(actions, `#dueOn-${action.id}-shown`))).to.match(/^Date chosen: \w+day,? \d+ \w+ \d{4}\.$/);
      expect(q(actions, `#dueOn-${action.id}`)!.getAttribute('aria-describedby')).to.contain(`dueOn-${action.id}-shown`);
    });
  });

  describe('in other languages', () => {
    async function mountIn(lang: string, cycle: Cycle, actorId: string, options: { partnership?: Partnership; clock?: () => number } = {}) {
      const p = options.partnership ?? partnership;
      const store = createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle } }));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <spp-workshop-planner .store=${store} .partnership=${p} actor-id=${actorId} cycle-id=${cycle.id} .clock=${options.clock ?? (() => Date.now())}></spp-workshop-planner>
      </div>`);
      const el = wrapper.querySelector('spp-workshop-planner')!;
      await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'the cycle loads');
      return el;
    }
    const headings = (el: SppWorkshopPlanner) => qa(el, 'h2, h3').map((h) => text(h));

    before(async () => {
      await loadStrings('cy');
      usePseudoLocale();
    });

    describe('pseudo-locale: no text outside the catalogues', () => {
      const data = [...partnership.schools.map((s) => s.name), ...partnership.people.map((p) => p.name), partnership.name];
      const started = (c: Cycle) => Date.parse(c.workshop.startedAt!) + 12 * 60_000;
      const p = partnership;
      const states: [string, () => Cycle, string, ((c: Cycle) => number)?][] = [
        ['before the peer review', () => demoCycle('s-millbrook', 'self-review', p), 'u-chloe'],
        ['choosing a facilitator', () => notPlanned(p), 'u-jonah'],
        ['an Improvement Champion not yet facilitating', () => notPlanned(p), 'u-femi'],
        ['planning during the peer review', () => demoCycle('s-millbrook', 'review', p), 'u-jonah'],
        ['planned, not started', () => planned(p), 'u-chloe'],
        ['planned, read by the host headteacher', () => planned(p), 'u-jonah'],
        ['running', () => running(p), 'u-chloe', started],
        ['running, past the planned time', () => running(p), 'u-chloe', (c) => Date.parse(c.workshop.startedAt!) + 200 * 60_000],
        ['running, read by the associate', () => running(p), 'u-tessa'],
        ['started without actions', () => startedNoActions(p), 'u-chloe', started],
        ['finished', () => step(running(p), p, 'u-chloe', { type: 'FINISH_WORKSHOP' }, '2026-11-04'), 'u-chloe'],
      ];
      for (const [name, make, actorId, clock] of states) {
        it(`${name}: every visible text comes from a catalogue`, async () => {
          const cycle = make();
          const el = await mountIn(PSEUDO_LOCALE, cycle, actorId, clock ? { clock: () => clock(cycle) } : {});
          await waitUntil(() => text(q(el, 'h2')).includes('⟦'), 'renders in the pseudo-locale');
          const found = unmarkedText(el, data);
          expect(found, `<spp-workshop-planner> shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
        });
      }

      it('the confirmation before finishing, and a removed participant: every text comes from a catalogue', async () => {
        const el = await mountIn(PSEUDO_LOCALE, running(), 'u-chloe');
        await waitUntil(() => text(q(el, 'h2')).includes('⟦'), 'renders in the pseudo-locale');
        await click(el, q<HTMLButtonElement>(el, '[data-finish]'));
        await click(el, q<HTMLButtonElement>(el, '[data-remove-action]'));
        expect(q(el, '[part="confirm"]')).to.exist;
        const found = unmarkedText(el, data);
        expect(found, found.join('\n')).to.deep.equal([]);
      });
    });

    describe('Welsh', () => {
      it('plans the workshop in Welsh, with the date written out in Welsh, and passes axe', async () => {
        const el = await mountIn('cy', planned(), 'u-chloe');
        await waitUntil(() => text(q(el, 'h2')) === 'Gweithdy gwella', 'renders in Welsh');
        expect(headings(el)).to.include.members(['Gweithdy gwella', 'Man cychwyn: yr hyn a ganfu’r adolygiad', 'Cynllun', 'Agenda', 'Cynnal y gweithdy']);
        expect(text(q(el, 'label[for="workshop-date"]'))).to.equal('Dyddiad y gweithdy');
        expect(text(q(el, '#workshop-date-shown'))).to.match(/^Y dyddiad a ddewiswyd: [Dd]ydd Mercher,? 4 Tachwedd 2026\.$/);
        expect(text(q(el, '.total'))).to.equal('Cyfanswm 90 munud: yr un hyd â’r gweithdy 90 munud.');
        expect(accessibleName(q(el, '[data-move="up"][data-section="ag-3"]'))).to.equal('Symud i fyny: Cause map');
        expect(all(el)).to.contain('Gweithdy 90 munud gyda staff yr ysgol letyol');
        await accessible(el);
      });

      it('runs the workshop in Welsh: the timer, the five whys, the cause map and the actions, and passes axe', async () => {
        const c = running();
        const el = await mountIn('cy', c, 'u-chloe', { clock: () => Date.parse(c.workshop.startedAt!) + 12 * 60_000 });
        await waitUntil(() => text(q(el, 'h2')) === 'Gweithdy gwella', 'renders in Welsh');
        expect(headings(el)).to.include.members(['Cynnal y gweithdy', 'Canfod yr achosion sylfaenol', 'Camau gweithredu', 'Gorffen y gweithdy']);
        expect(text(q(el, '[role="timer"]'))).to.equal('28:00 ar ôl yn yr adran hon');
        expect(qa(el, '[part="cause-map"] h5').map((h) => text(h))).to.include('Teuluoedd a’r gymuned');
        await accessible(el);
      });

      it('shows a finished workshop in Welsh, with the check-in date and interval', async () => {
        const p = demoPartnership();
        const finished = step(running(p), p, 'u-chloe', { type: 'FINISH_WORKSHOP' }, '2026-11-04');
        const el = await mountIn('cy', finished, 'u-chloe');
        await waitUntil(() => text(q(el, 'h2')) === 'Gweithdy gwella', 'renders in Welsh');
        expect(text(q(el, '[part="check-in-due"] h3'))).to.equal('Dyddiad y cyfarfod gwirio cynnydd: 2 Chwefror 2027');
        expect(all(el)).to.contain('pan fydd 90 diwrnod wedi mynd heibio ers y gweithdy');
        await accessible(el);
      });

      it('counts minutes in Welsh: dwy funud, tair munud, chwe munud (and the days to the check-in: dau ddiwrnod, tri diwrnod)', async () => {
        const p = demoPartnership();
        const c = planned(p);
        c.workshop.agenda = [
          { id: 'ag-a', title: 'Croeso', minutes: 2 },
          { id: 'ag-b', title: 'Y pum pam', minutes: 3 },
          { id: 'ag-c', title: 'Camau nesaf', minutes: 6 },
          { id: 'ag-d', title: 'Map achosion', minutes: 11 },
        ];
        const el = await mountIn('cy', c, 'u-tessa', { partnership: p });
        await waitUntil(() => text(q(el, 'h2')) === 'Gweithdy gwella', 'renders in Welsh');
        expect(qa(el, '.agenda-record li').map((li) => text(li))).to.deep.equal(['Croeso (dwy funud)', 'Y pum pam (tair munud)', 'Camau nesaf (chwe munud)', 'Map achosion (11 munud)']);
        expect(text(q(el, '.total'))).to.equal('Cyfanswm 22 o 90 munud: mae 68 munud ar ôl.');

        for (const [days, words] of [
          [2, 'pan fydd dau ddiwrnod wedi mynd heibio'],
          [3, 'pan fydd tri diwrnod wedi mynd heibio'],
        ] as const) {
          const q2 = demoPartnership();
          q2.config.checkInDays = days;
          const finished = step(running(q2), q2, 'u-chloe', { type: 'FINISH_WORKSHOP' }, '2026-11-04');
          const done = await mountIn('cy', finished, 'u-chloe', { partnership: q2 });
          await waitUntil(() => text(q(done, 'h2')) === 'Gweithdy gwella', 'renders in Welsh');
          expect(all(done)).to.contain(words);
        }
      });

      it('counts minutes in English with one and other', async () => {
        const c = planned();
        c.workshop.agenda = [
          { id: 'ag-a', title: 'Welcome', minutes: 1 },
          { id: 'ag-b', title: 'Five whys', minutes: 89 },
        ];
        const el = await mountIn('en-GB', c, 'u-tessa');
        expect(qa(el, '.agenda-record li').map((li) => text(li))).to.deep.equal(['Welcome (1 min)', 'Five whys (89 min)']);
        expect(text(q(el, '.total'))).to.equal('Total 90 minutes: matches the 90-minute workshop.');
      });
    });
  });
});
