import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  applyScheduleEdit,
  createStore,
  memoryAdapter,
  planSchedule,
  publishSchedule,
  validateSchedule,
  type Partnership,
  type Schedule,
  type ScheduleEdit,
  type Store,
} from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import type { SppSchedulePublishedEvent } from './review-schedule.events';
import type { SppReviewSchedule } from './review-schedule.component';
import { loadStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';
import { wrapLabel } from './review-schedule.helpers';
import { getReviewScheduleStrings } from './review-schedule.strings';
import '../provider/provider.define';
import './review-schedule.define';

const ID = 'schedule-2026-27';
const partnership = demoPartnership();

/** The demo year as core plans it. */
function planned(p: Partnership = partnership): Schedule {
  const result = planSchedule(p, { scheduleId: ID });
  if (!result.ok) throw new Error('the demo year should plan');
  return result.schedule;
}
/** A schedule edit made through core as the partnership lead. */
function edited(schedule: Schedule, edit: ScheduleEdit, p: Partnership = partnership): Schedule {
  const result = applyScheduleEdit(schedule, edit, { actor: { id: 'u-amara' }, partnership: p, now: '2026-09-20T10:00:00.000Z' });
  if (!result.ok) throw new Error(result.refusal.reason);
  return result.doc;
}
const storeWith = (schedule?: Schedule, extra: Record<string, unknown> = {}) =>
  createStore(memoryAdapter({ initial: { ...(schedule ? { [`schedule/${schedule.id}`]: schedule } : {}), ...extra } }));

async function mount(actorId: string, options: { store?: Store; partnership?: Partnership; width?: string } = {}) {
  const store = options.store ?? storeWith();
  const p = options.partnership ?? partnership;
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>
    <spp-review-schedule .store=${store} .partnership=${p} actor-id=${actorId}></spp-review-schedule>
  </div>`);
  const el = wrapper.querySelector('spp-review-schedule')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="plan"], [part="table"], [role="alert"].notice'), 'the schedule loads');
  return { el, store, wrapper };
}

const q = <T extends Element = HTMLElement>(el: SppReviewSchedule, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppReviewSchedule, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: SppReviewSchedule) => text(el.shadowRoot as unknown as Element);
const button = (el: SppReviewSchedule, label: string) => qa<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith(label));
const active = (el: SppReviewSchedule) => el.shadowRoot!.activeElement;
const summary = (el: SppReviewSchedule) => text(q(el, '[data-checks-summary]'));
const reviewOf = (schedule: Schedule, schoolId: string) => schedule.reviews.find((r) => r.hostSchoolId === schoolId)!;
const card = (el: SppReviewSchedule, reviewId: string) => q(el, `[part="review"][data-review="${reviewId}"]`)!;

async function choose(el: SppReviewSchedule, select: HTMLSelectElement | null, value: string) {
  expect(select, 'the select exists').to.exist;
  select!.value = value;
  expect(select!.value, `"${value}" is offered`).to.equal(value);
  select!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function click(el: SppReviewSchedule, target: Element | undefined | null) {
  expect(target, 'the control exists').to.exist;
  (target as HTMLElement).click();
  await el.updateComplete;
}
async function waitForTable(el: SppReviewSchedule) {
  await waitUntil(() => q(el, '[part="table"]'), 'the schedule is shown');
  await el.updateComplete;
}
async function publish(el: SppReviewSchedule) {
  await click(el, button(el, 'Publish the schedule'));
  await click(el, q(el, '[data-confirm-publish]'));
}

/** The WCAG 2.0–2.2 A/AA and best-practice rules the Storybook e2e check uses (target size included). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppReviewSchedule) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

/** A partnership in which nobody can lead a review: every trained headteacher removed, the lead's training too. */
function withoutTrainedHeads(): Partnership {
  const p = demoPartnership();
  p.people = p.people
    .filter((person) => person.jobRole !== 'headteacher' || person.id === 'u-amara')
    .map((person) => (person.id === 'u-amara' ? { ...person, trained: [] } : person));
  return p;
}

describe('<spp-review-schedule>', function () {
  // A whole year's schedule is a large page: each axe pass over it takes a few seconds.
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  describe('planning the year', () => {
    it('plans the demo year for the partnership lead: six reviews, one per school, all valid, saved to the store', async () => {
      const { el, store } = await mount('u-amara');
      expect(text(q(el, 'h2'))).to.equal('Review schedule 2026–27');
      expect(text(q(el, '#plan-heading'))).to.equal('The 2026–27 schedule has not been planned yet');
      expect(qa<HTMLInputElement>(el, '[part="plan"] input[type="date"]').map((i) => i.value)).to.deep.equal([
        '2026-09-07',
        '2026-12-11',
        '2027-01-11',
        '2027-03-26',
        '2027-04-19',
        '2027-07-16',
      ]);
      await accessible(el);

      await click(el, button(el, 'Plan the year'));
      await waitForTable(el);
      const saved = (await store.get('schedule', ID))!;
      expect(saved, 'the schedule is created in the store').to.exist;
      // Made, then given its reviews: the same two commands a server runs.
      expect(saved.revision).to.equal(2);
      expect(saved.reviews).to.have.length(6);
      expect(new Set(saved.reviews.map((r) => r.hostSchoolId))).to.have.keys(partnership.schools.map((s) => s.id));
      expect(validateSchedule(partnership, saved)).to.deep.equal([]);

      const rows = qa(el, '[part="table"] tbody tr');
      expect(rows).to.have.length(6);
      const ashby = reviewOf(saved, 's-ashby');
      const row = rows.find((r) => r.getAttribute('data-review') === ashby.id)!;
      expect(text(row.querySelector('th'))).to.equal('Ashby Brook Primary');
      expect(text(row)).to.contain('Dev Patel, Kelmarsh Road Primary');
      expect(text(row)).to.contain('Harun Demir, Oakfield Academy');
      expect(text(row)).to.contain('Femi Adeyemi, Kelmarsh Road Primary');
      expect(text(row)).to.contain('Autumn term 7 September 2026 to 11 December 2026');
      expect(summary(el)).to.equal('Every school has a review and every review follows the partnership’s rules.');
      expect(q(el, '[data-checks-summary]')!.getAttribute('aria-live')).to.equal('polite');
      expect(active(el)?.id, 'focus moves to the checks').to.equal('checks-heading');
      expect(q<HTMLButtonElement>(el, '[data-publish]')!.getAttribute('aria-disabled')).to.equal('false');
      await accessible(el);
    });

    it('uses the chosen team size and review windows, and keeps them on this device until used', async () => {
      const store = storeWith();
      const first = await mount('u-amara', { store });
      await choose(first.el, q<HTMLSelectElement>(first.el, '#team-size'), '3');
      const from = q<HTMLInputElement>(first.el, '#window-from-0')!;
      from.value = '2026-10-05';
      from.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      first.wrapper.remove();

      const { el } = await mount('u-amara', { store });
      expect(q<HTMLSelectElement>(el, '#team-size')!.value).to.equal('3');
      expect(q<HTMLInputElement>(el, '#window-from-0')!.value).to.equal('2026-10-05');
      await click(el, button(el, 'Plan the year'));
      await waitForTable(el);
      const saved = (await store.get('schedule', ID))!;
      expect(saved.reviews.every((r) => r.memberIds.length === 3)).to.equal(true);
      expect(saved.reviews.filter((r) => r.window.term === 'Autumn term').every((r) => r.window.from === '2026-10-05')).to.equal(true);
      expect(localStorage.length, 'the used options are no longer kept').to.equal(0);
    });

    it('explains why an infeasible partnership cannot be planned, naming each school and rule, and creates nothing', async () => {
      const p = withoutTrainedHeads();
      const { el, store } = await mount('u-amara', { partnership: p });
      await click(el, button(el, 'Plan the year'));
      const box = q(el, '[part="plan-problems"]')!;
      expect(text(box.querySelector('h3'))).to.equal('The year could not be planned');
      const items = [...box.querySelectorAll('li')].map((li) => text(li));
      expect(items).to.have.length(6);
      for (const school of p.schools) {
        expect(items.some((i) => i.startsWith(`${school.name} – Lead reviewer: No headteacher from another school is trained to lead the review of ${school.name}.`)), school.name).to.equal(true);
      }
      expect(active(el)?.id, 'focus moves to the explanation').to.equal('infeasible-heading');
      expect(await store.get('schedule', ID), 'no schedule is invented').to.equal(undefined);
      expect(q(el, '[part="table"]')).to.equal(null);
      await accessible(el);
    });

    it('tells someone other than the lead that the year is not planned yet, with core’s reason, and offers no planning', async () => {
      const { el } = await mount('u-dev');
      expect(button(el, 'Plan the year')).to.equal(undefined);
      expect(text(q(el, '[data-read-only]'))).to.equal('The schedule appears here once it has been planned. Only the partnership lead can do this.');
      await accessible(el);
    });

    it('takes the store, person and partnership from <spp-provider>, and plans under its own schedule-id', async () => {
      const store = storeWith();
      const wrapper = await fixture<HTMLElement>(html`<spp-provider .store=${store} .partnership=${partnership} actor-id="u-amara">
        <spp-review-schedule schedule-id="schedule-riverside-2026"></spp-review-schedule>
      </spp-provider>`);
      const el = wrapper.querySelector('spp-review-schedule')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[data-plan]'), 'the planning form shows');
      await click(el, button(el, 'Plan the year'));
      await waitForTable(el);
      expect((await store.get('schedule', 'schedule-riverside-2026'))?.reviews).to.have.length(6);
      expect(await store.get('schedule', ID)).to.equal(undefined);
    });

    it('shows a schedule another tab planned meanwhile', async () => {
      const store = storeWith();
      const { el } = await mount('u-dev', { store });
      await store.put(planned(), { expectedRevision: null });
      await waitForTable(el);
      expect(qa(el, '[part="table"] tbody tr')).to.have.length(6);
    });
  });

  describe('who reviews whom', () => {
    it('maps every school on a circle with one arrow per reviewer-school → host-school link', async () => {
      const schedule = planned();
      const { el } = await mount('u-amara', { store: storeWith(schedule) });
      const map = q<SVGSVGElement>(el, 'svg[part="map-image"]')!;
      expect(map.getAttribute('role')).to.equal('img');
      expect(qa(el, 'svg .school')).to.have.length(6);
      expect(qa(el, 'svg .school').map((g) => g.getAttribute('data-school'))).to.deep.equal(partnership.schools.map((s) => s.id));

      const schoolOf = new Map(partnership.people.map((p) => [p.id, p.schoolId]));
      const expected = new Set<string>();
      for (const r of schedule.reviews) for (const m of r.memberIds) if (schoolOf.get(m) !== r.hostSchoolId) expected.add(`${schoolOf.get(m)}→${r.hostSchoolId}`);
      const drawn = qa(el, 'svg .link').map((g) => `${g.getAttribute('data-from')}→${g.getAttribute('data-to')}`);
      expect(drawn).to.have.length(expected.size);
      expect(new Set(drawn)).to.deep.equal(expected);
      expect(map.getAttribute('aria-label')).to.contain(`Map of review links: 6 schools. ${expected.size} links, each from a school whose people review to the school they review.`);
      expect(map.getAttribute('aria-label')).to.contain('The table “Who reviews whom” gives the same information.');
      const names = qa(el, 'svg .name').map((n) => [...n.querySelectorAll('tspan')].map((t) => t.textContent).join(' '));
      expect(names).to.deep.equal(['Ashby Brook Primary', 'Kelmarsh Road Primary', 'Oakfield Academy', 'Millbrook Church of England Primary', 'Thornhill Special School', 'Westgate All-Through School']);

      const key = qa(el, '.map-key li').map((li) => text(li));
      expect(key).to.have.length(6);
      expect(key[0]).to.equal('Ashby Brook Primary: reviews Kelmarsh Road Primary and Oakfield Academy');
    });

    it('shows how the work is shared: given and received per school, load per person', async () => {
      const { el } = await mount('u-amara', { store: storeWith(planned()) });
      const ashby = q(el, '[data-school-stats] tr[data-school="s-ashby"]')!;
      expect([...ashby.querySelectorAll('td')].map((td) => text(td))).to.deep.equal(['1', '2', '2', '2', '1']);
      const amara = q(el, '[data-person-stats] tr[data-person="u-amara"]')!;
      expect(text(amara)).to.equal('Amara Okafor Ashby Brook Primary 1 1 0');
      expect(text(q(el, '[data-not-giving]'))).to.equal('Every school’s people review at least one other school.');
      expect(text(q(el, '[data-max-load]'))).to.equal('The most reviews for one person is 1; the partnership aims for no more than 2 a year.');
    });
  });

  describe('adjusting by hand', () => {
    it('explains a host-school head as lead next to that review, disables publishing; fixing it publishes six cycles', async () => {
      const schedule = planned();
      const kelmarsh = reviewOf(schedule, 's-kelmarsh');
      const { el, store } = await mount('u-amara', { store: storeWith(schedule) });
      const lead = card(el, kelmarsh.id).querySelector<HTMLSelectElement>(`#lead-${kelmarsh.id}`);
      expect([...lead!.querySelectorAll('optgroup')[0]!.querySelectorAll('option')].map((o) => o.value)).not.to.include('u-dev');

      await choose(el, lead, 'u-dev');
      const checks = text(card(el, kelmarsh.id).querySelector('.review-checks'));
      expect(checks).to.contain('To fix: Review of Kelmarsh Road Primary: Dev Patel works at Kelmarsh Road Primary: nobody reviews their own school. (Rule: Not their own school)');
      expect(lead!.getAttribute('aria-describedby')).to.equal(`checks-${kelmarsh.id}`);
      for (const other of schedule.reviews.filter((r) => r.id !== kelmarsh.id)) {
        expect(text(card(el, other.id).querySelector('.review-checks'))).to.equal('Checks for this review This review follows the rules.');
      }
      expect(summary(el)).to.equal('Before the schedule can be published: 1 problem to fix.');
      expect(text(q(el, `[part="table"] tr[data-review="${kelmarsh.id}"] td:last-child`))).to.equal('1 problem to fix');
      const publishButton = q<HTMLButtonElement>(el, '[data-publish]')!;
      expect(publishButton.getAttribute('aria-disabled')).to.equal('true');
      expect(text(q(el, '#publish-reason'))).to.equal('Fix the 1 problem above before publishing.');
      await click(el, publishButton);
      expect(q(el, '[part="confirm"]'), 'no confirmation while a rule is broken').to.equal(null);
      await el.flush();
      expect(reviewOf((await store.get('schedule', ID))!, 's-kelmarsh').leadReviewerId, 'the hand edit is kept').to.equal('u-dev');
      expect((await store.list('cycle')).documents).to.have.length(0);
      await accessible(el);

      await choose(el, q<HTMLSelectElement>(el, `#lead-${kelmarsh.id}`), kelmarsh.leadReviewerId);
      expect(summary(el)).to.equal('Every school has a review and every review follows the partnership’s rules.');
      expect(q(el, '[data-publish]')!.getAttribute('aria-disabled')).to.equal('false');

      const published = oneEvent(el, 'spp-schedule-published') as Promise<SppSchedulePublishedEvent>;
      await click(el, button(el, 'Publish the schedule'));
      expect(active(el)?.id).to.equal('confirm-heading');
      await accessible(el);
      await click(el, q(el, '[data-confirm-publish]'));
      const event = await published;
      const cycles = (await store.list('cycle')).documents;
      expect(cycles).to.have.length(6);
      expect([...event.cycleIds].sort()).to.deep.equal(cycles.map((c) => c.id).sort());
      expect(event.bubbles && event.composed).to.equal(true);
      const kelmarshCycle = cycles.find((c) => c.hostSchoolId === 's-kelmarsh')!;
      expect(kelmarshCycle.review.team).to.deep.equal({ leadReviewerId: kelmarsh.leadReviewerId, memberIds: kelmarsh.memberIds });
      await waitUntil(async () => Boolean((await store.get('schedule', ID))?.publishedAt), 'the schedule is saved as published');
      await el.updateComplete;
      expect(text(q(el, '[part="outcome"]'))).to.equal('Published: created 6 review cycles.');
      expect(active(el)?.id).to.equal('published-notice');
      expect(text(q(el, '#published-notice'))).to.match(/^Published on \d{1,2} \w+ 20\d\d\. Each review is now its own school’s cycle/);
      expect(qa(el, 'select, input, [data-publish]'), 'read-only after publishing').to.have.length(0);
      await accessible(el);
    });

    it('a second publish creates nothing twice: reviews that already have their cycle are skipped', async () => {
      const schedule = planned();
      const existing = publishSchedule(schedule, partnership, { id: 'u-amara' });
      if (!existing.ok) throw new Error('publishable');
      const initial: Record<string, unknown> = {};
      for (const c of existing.cycles) initial[`cycle/${c.id}`] = c;
      const store = storeWith(schedule, initial);
      const { el } = await mount('u-amara', { store });
      const published = oneEvent(el, 'spp-schedule-published') as Promise<SppSchedulePublishedEvent>;
      await publish(el);
      const event = await published;
      expect(event.cycleIds).to.deep.equal([]);
      expect((await store.list('cycle')).documents).to.have.length(6);
      expect((await store.list('cycle')).documents.every((c) => c.revision === 0), 'existing cycles untouched').to.equal(true);
      expect(text(q(el, '[part="outcome"]'))).to.equal('Published. Every review already had its cycle, so nothing new was created.');
    });

    it('an interrupted publish finishes: only the missing cycles are created', async () => {
      const schedule = planned();
      const existing = publishSchedule(schedule, partnership, { id: 'u-amara' });
      if (!existing.ok) throw new Error('publishable');
      const first = existing.cycles[0]!;
      const store = storeWith(schedule, { [`cycle/${first.id}`]: first });
      const { el } = await mount('u-amara', { store });
      const published = oneEvent(el, 'spp-schedule-published') as Promise<SppSchedulePublishedEvent>;
      await publish(el);
      const event = await published;
      expect(event.cycleIds).to.have.length(5);
      expect(event.cycleIds).not.to.include(first.id);
      expect((await store.list('cycle')).documents).to.have.length(6);
    });

    it('removing a team member below the team size is kept and explained; the window and facilitator can be changed', async () => {
      const schedule = planned();
      const ashby = reviewOf(schedule, 's-ashby');
      const { el, store } = await mount('u-amara', { store: storeWith(schedule) });
      const second = ashby.memberIds[1]!;
      const box = q<HTMLInputElement>(el, `#member-${ashby.id}-${second}`)!;
      expect(box.checked).to.equal(true);
      expect(text(q(el, `label[for="member-${ashby.id}-${second}"]`))).to.equal('Harun Demir, Oakfield Academy');
      expect(text(q(el, `label[for="member-${ashby.id}-${ashby.leadReviewerId}"]`))).to.equal('Dev Patel, Kelmarsh Road Primary (lead reviewer)');
      expect(q(el, `#member-${ashby.id}-u-ben`), 'Ashby’s own people are not offered').to.equal(null);
      box.click();
      await el.updateComplete;
      expect(text(card(el, ashby.id).querySelector('.review-checks'))).to.contain('A review team has 2 to 4 members; this one has 1.');

      await click(el, q(el, `#member-${ashby.id}-u-kirsty`));
      expect(text(card(el, ashby.id).querySelector('.review-checks'))).to.contain('This review follows the rules.');
      const windows = q<HTMLSelectElement>(el, `#window-${ashby.id}`)!;
      const spring = [...windows.options].find((o) => text(o).startsWith('Spring term'))!;
      await choose(el, windows, spring.value);
      await choose(el, q<HTMLSelectElement>(el, `#facilitator-${ashby.id}`), 'u-rosa');
      await el.flush();
      const saved = reviewOf((await store.get('schedule', ID))!, 's-ashby');
      expect(saved.memberIds).to.deep.equal([ashby.leadReviewerId, 'u-kirsty']);
      expect(text(windows.selectedOptions[0])).to.equal('Spring term: 11 Jan 2027 – 26 Mar 2027');
      expect(saved.window).to.deep.equal({ term: 'Spring term', season: 'spring', from: '2027-01-11', to: '2027-03-26' });
      expect(saved.facilitatorId).to.equal('u-rosa');
      expect(text(q(el, '[part="save-state"] [role="status"]'))).to.equal('All changes saved');
      await accessible(el);
    });

    it('tells fairness points from errors: one person on too many reviews is a point to look at, and publishing stays open', async () => {
      const schedule = planned();
      const { el } = await mount('u-amara', { store: storeWith(schedule) });
      for (const school of ['s-kelmarsh', 's-millbrook']) await click(el, q(el, `#member-${reviewOf(schedule, school).id}-u-amara`));
      expect(summary(el)).to.equal('Nothing stops publishing: 1 fairness point to look at.');
      const general = qa(el, '[part="checks"] .problem');
      expect(general.map((li) => text(li))).to.deep.equal([
        'To look at: Amara Okafor is on 3 reviews; the partnership aims for no more than 2 a year. (Rule: Load per person)',
      ]);
      expect(general[0]!.classList.contains('warning')).to.equal(true);
      expect(text(q(el, '[data-person-stats] tr[data-person="u-amara"]'))).to.equal('Amara Okafor Ashby Brook Primary 3 1 0');
      expect(q(el, '[data-publish]')!.getAttribute('aria-disabled')).to.equal('false');
      await accessible(el);
    });

    it('keeps hand edits across a re-mount (autosave, with the device journal behind it)', async () => {
      const schedule = planned();
      const store = storeWith(schedule);
      const oakfield = reviewOf(schedule, 's-oakfield');
      const first = await mount('u-amara', { store });
      await choose(first.el, q<HTMLSelectElement>(first.el, `#lead-${oakfield.id}`), 'u-maya');
      expect(localStorage.getItem(`spp-journal:${partnership.id}:schedule/${ID}`), 'journalled on the device at once').to.contain('u-maya');
      first.wrapper.remove();

      const { el } = await mount('u-amara', { store });
      expect(q<HTMLSelectElement>(el, `#lead-${oakfield.id}`)!.value).to.equal('u-maya');
      const row = q(el, `[part="table"] tr[data-review="${oakfield.id}"]`)!;
      expect(text(row.querySelectorAll('td')[1])).to.equal('Maya Sandhu, Thornhill Special School');
      await el.flush();
      expect(reviewOf((await store.get('schedule', ID))!, 's-oakfield').memberIds[0]).to.equal('u-maya');
    });

    it('keeps a change the store cannot save on this device, offers to try again, and does not publish half-saved work', async () => {
      const schedule = planned();
      const bytes = new TextEncoder().encode(`schedule/${ID}${JSON.stringify(schedule)}`).length;
      const store = createStore(memoryAdapter({ initial: { [`schedule/${ID}`]: schedule }, quotaBytes: bytes + 8 }));
      const oakfield = reviewOf(schedule, 's-oakfield');
      const { el } = await mount('u-amara', { store });
      await choose(el, q<HTMLSelectElement>(el, `#lead-${oakfield.id}`), 'u-maya');
      await el.flush();
      await el.updateComplete;
      expect(text(q(el, '[part="save-state"] [role="status"]'))).to.match(/^Not saved: .*storage is full.*Your changes are kept on this device\.$/);
      expect(button(el, 'Try saving again')).to.exist;
      expect(localStorage.getItem(`spp-journal:${partnership.id}:schedule/${ID}`)).to.contain('u-maya');
      expect(q<HTMLSelectElement>(el, `#lead-${oakfield.id}`)!.value, 'the change stays on screen').to.equal('u-maya');
      await accessible(el);

      await publish(el);
      await waitUntil(() => text(q(el, '.publish-error')), 'publishing reports why it stopped');
      expect(text(q(el, '.publish-error'))).to.contain('Not published: your latest changes are not saved yet.');
      expect((await store.list('cycle')).documents).to.have.length(0);
      expect((await store.get('schedule', ID))!.publishedAt).to.equal(undefined);
    });

    it('publishes by keyboard; Escape backs out of the confirmation', async () => {
      const { el } = await mount('u-amara', { store: storeWith(planned()) });
      q<HTMLButtonElement>(el, '[data-publish]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active(el)?.id).to.equal('confirm-heading');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(q(el, '[part="confirm"]')).to.equal(null);
      expect(active(el)?.hasAttribute('data-publish'), 'focus returns to the button').to.equal(true);
    });
  });

  describe('roles and states', () => {
    it('shows a non-lead (u-dev) the schedule read-only, with core’s reason', async () => {
      const { el } = await mount('u-dev', { store: storeWith(planned()) });
      expect(text(q(el, '[data-read-only]'))).to.equal('You can read this schedule but not change it. Only the partnership lead can do this.');
      expect(qa(el, 'select, input')).to.have.length(0);
      expect(q(el, '[part="publish"]')).to.equal(null);
      expect(qa(el, '[part="table"] tbody tr')).to.have.length(6);
      expect(qa(el, 'svg .school')).to.have.length(6);
      await accessible(el);
    });

    it('shows a broken schedule read-only with each rule explained in its row', async () => {
      const schedule = planned();
      const kelmarsh = reviewOf(schedule, 's-kelmarsh');
      const broken = edited(schedule, { type: 'UPDATE_REVIEW', reviewId: kelmarsh.id, leadReviewerId: 'u-dev', memberIds: ['u-dev', 'u-ben'] });
      const { el } = await mount('u-dev', { store: storeWith(broken) });
      const row = q(el, `[part="table"] tr[data-review="${kelmarsh.id}"]`)!;
      expect(text(row)).to.contain('Dev Patel works at Kelmarsh Road Primary: nobody reviews their own school.');
      await accessible(el);
    });

    it('a published schedule is read-only even for the lead', async () => {
      const published = edited(planned(), { type: 'MARK_PUBLISHED' });
      const { el } = await mount('u-amara', { store: storeWith(published) });
      expect(text(q(el, '#published-notice'))).to.equal('Published on 20 September 2026. Each review is now its own school’s cycle: make any change there.');
      expect(qa(el, 'select, input, [data-publish]')).to.have.length(0);
      expect(q(el, '[part="checks"]')).to.equal(null);
      await accessible(el);
    });

    it('tells someone outside the partnership so, and shows nothing of the schedule', async () => {
      const { el } = await mount('u-stranger', { store: storeWith(planned()) });
      expect(text(q(el, '[role="alert"]'))).to.equal('You are not a member of this partnership.');
      expect(q(el, '[part="table"]')).to.equal(null);
      await accessible(el);
    });

    it('renders names as text, never as markup, in the table and the map', async () => {
      const p = demoPartnership();
      p.schools[0]!.name = '<img src=x onerror="window.__hacked=1">Ashby';
      const schedule = planned(p);
      const { el } = await mount('u-amara', { partnership: p, store: storeWith(schedule) });
      expect(qa(el, 'img')).to.have.length(0);
      expect(text(q(el, '[part="table"]'))).to.contain('<img src=x');
      expect(text(q(el, 'svg .school[data-school="s-ashby"]'))).to.contain('<img');
      expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
    });

    it('fits a 320px column without losing content: tables scroll inside their own region', async () => {
      const { el } = await mount('u-amara', { store: storeWith(planned()), width: '320px' });
      const base = q(el, '[part="base"]')!;
      expect(base.scrollWidth, 'nothing overflows sideways').to.be.at.most(321);
      const left = el.getBoundingClientRect().left;
      for (const node of qa(el, '[part="adjust"] select, [part="adjust"] label, [part="publish"] button, .map-key li, h2, h3, h4, svg')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right - left, `${node.localName} "${text(node).slice(0, 30)}" fits`).to.be.at.most(321);
      }
      for (const region of qa(el, '.scroll')) expect(region.getAttribute('tabindex'), 'scrollable regions take focus').to.equal('0');
      await accessible(el);
    });
  });
  describe('locales', () => {
    /** The record's own names (and the map's lines of them): shown as they are in every language. */
    const dataOf = (p: Partnership) => [...p.schools.flatMap((s) => [s.name, ...wrapLabel(s.name)]), ...p.people.map((person) => person.name), p.name];

    async function mountIn(lang: string, actorId: string, rendered: (el: SppReviewSchedule) => boolean, options: { store?: Store; partnership?: Partnership } = {}) {
      const store = options.store ?? storeWith();
      const p = options.partnership ?? partnership;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <spp-review-schedule .store=${store} .partnership=${p} actor-id=${actorId}></spp-review-schedule>
      </div>`);
      const el = wrapper.querySelector('spp-review-schedule')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="plan"], [part="table"], [role="alert"].notice') && rendered(el), `renders in ${lang}`);
      await el.updateComplete;
      return el;
    }
    /** A planned year with a problem to fix (Kelmarsh's own head leads its review) and a fairness point (Amara on three reviews). */
    function withProblems(): Schedule {
      const schedule = planned();
      const kelmarsh = reviewOf(schedule, 's-kelmarsh');
      const millbrook = reviewOf(schedule, 's-millbrook');
      let broken = edited(schedule, { type: 'UPDATE_REVIEW', reviewId: kelmarsh.id, leadReviewerId: 'u-dev', memberIds: ['u-dev', ...kelmarsh.memberIds.filter((m) => m !== kelmarsh.leadReviewerId && m !== 'u-dev'), 'u-amara'] });
      broken = edited(broken, { type: 'UPDATE_REVIEW', reviewId: millbrook.id, memberIds: [...millbrook.memberIds.filter((m) => m !== 'u-amara'), 'u-amara'] });
      return broken;
    }

    describe('pseudo-locale: no text outside the catalogues', () => {
      before(usePseudoLocale);
      const inPseudo = (actorId: string, options: { store?: Store; partnership?: Partnership } = {}) =>
        mountIn(PSEUDO_LOCALE, actorId, (el) => text(q(el, 'h2, [role="alert"].notice')).includes('⟦'), options);
      const expectAllMarked = (el: SppReviewSchedule, state: string, p: Partnership = partnership) => {
        const found = unmarkedText(el, dataOf(p));
        expect(found, `<spp-review-schedule> (${state}) shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
      };

      for (const [state, actorId, make] of [
        ['not planned yet, for the lead', 'u-amara', () => storeWith()],
        ['not planned yet, for someone else', 'u-dev', () => storeWith()],
        ['planned, following every rule', 'u-amara', () => storeWith(planned())],
        ['planned, with a problem and a fairness point', 'u-amara', () => storeWith(withProblems())],
        ['planned, read-only with problems', 'u-dev', () => storeWith(withProblems())],
        ['published', 'u-amara', () => storeWith(edited(planned(), { type: 'MARK_PUBLISHED' }))],
        ['someone outside the partnership', 'u-stranger', () => storeWith(planned())],
      ] as const) {
        it(`${state}: every visible text comes from a catalogue`, async () => {
          const el = await inPseudo(actorId, { store: make() });
          expectAllMarked(el, state);
        });
      }

      it('an infeasible year, a confirmation and a publish: every visible text comes from a catalogue', async () => {
        const p = withoutTrainedHeads();
        const infeasible = await inPseudo('u-amara', { partnership: p });
        await click(infeasible, q(infeasible, '[data-plan]'));
        expect(q(infeasible, '[part="plan-problems"]')).to.exist;
        expectAllMarked(infeasible, 'infeasible', p);

        const el = await inPseudo('u-amara', { store: storeWith(planned()) });
        await click(el, q(el, '[data-publish]'));
        expect(q(el, '[part="confirm"]')).to.exist;
        expectAllMarked(el, 'confirming');
        await click(el, q(el, '[data-confirm-publish]'));
        await waitUntil(() => text(q(el, '[part="outcome"]')).includes('⟦'), 'published');
        expectAllMarked(el, 'just published');
      });

      it('a school that reviews no other school is listed under a whole sentence', async () => {
        const schedule = planned();
        // Ashby's people leave every review but their own (none): Ashby gives no review.
        let s2 = schedule;
        for (const r of schedule.reviews) {
          const ashby = new Set(partnership.people.filter((person) => person.schoolId === 's-ashby').map((person) => person.id));
          if (!r.memberIds.some((m) => ashby.has(m))) continue;
          const memberIds = r.memberIds.filter((m) => !ashby.has(m));
          const lead = ashby.has(r.leadReviewerId) ? memberIds[0]! : r.leadReviewerId;
          s2 = edited(s2, { type: 'UPDATE_REVIEW', reviewId: r.id, leadReviewerId: lead, memberIds: [lead, ...memberIds.filter((m) => m !== lead)] });
        }
        const el = await inPseudo('u-amara', { store: storeWith(s2) });
        expect(qa(el, '[data-not-giving] li').map((li) => text(li))).to.deep.equal(['Ashby Brook Primary']);
        expectAllMarked(el, 'a school not giving');
      });
    });

    describe('Welsh', () => {
      before(async () => {
        await loadStrings('cy');
      });

      it('the planning form in Welsh: headings, terms, and each date written out beside its field; passes axe', async () => {
        const el = await mountIn('cy', 'u-amara', (e) => text(q(e, 'h2')) === 'Amserlen adolygu 2026–27');
        expect(text(q(el, '#plan-heading'))).to.equal('Nid yw amserlen 2026–27 wedi’i chynllunio eto');
        expect(qa(el, '[part="plan"] fieldset.window legend').map((l) => text(l))).to.deep.equal(['Tymor yr hydref', 'Tymor y gwanwyn', 'Tymor yr haf']);
        const from = q<HTMLInputElement>(el, '#window-from-0')!;
        expect(from.value).to.equal('2026-09-07');
        expect(text(q(el, `#${from.getAttribute('aria-describedby')}`))).to.equal('Hynny yw dydd Llun 7 Medi 2026.');
        expect(text(q(el, '[data-plan]'))).to.equal('Cynllunio’r flwyddyn');
        await accessible(el);
      });

      it('a planned year in Welsh: table, map key with "ac adolygiad", checks and fairness; passes axe', async () => {
        const el = await mountIn('cy', 'u-amara', (e) => text(q(e, 'h2')) === 'Amserlen adolygu 2026–27', { store: storeWith(withProblems()) });
        expect(text(q(el, '#table-heading'))).to.equal('Pwy sy’n adolygu pwy');
        expect(text(q(el, '#checks-heading'))).to.equal('Gwiriadau');
        expect(summary(el)).to.equal('Cyn y gellir cyhoeddi’r amserlen: un broblem i’w datrys. Mae un pwynt tegwch i’w ystyried hefyd.');
        expect(text(q(el, '[part="table"] tbody tr td'))).to.match(/^Tymor (yr hydref|y gwanwyn|yr haf) \d{1,2} \S+ 20\d\d i \d{1,2} \S+ 20\d\d$/);
        expect(text(qa(el, '.map-key li')[0])).to.equal('Ashby Brook Primary: mae ei phobl yn rhan o adolygiad Millbrook Church of England Primary, adolygiad Kelmarsh Road Primary ac adolygiad Oakfield Academy');
        expect(text(q(el, '[data-max-load]'))).to.equal('Y nifer fwyaf o adolygiadau i un person yw 3; nod y bartneriaeth yw dim mwy na dau y flwyddyn.');
        expect(text(q(el, '#publish-reason'))).to.equal('Datryswch y broblem uchod cyn cyhoeddi.');
        expect(q(el, 'svg.map')!.getAttribute('aria-label')).to.match(/^Map o’r cysylltiadau adolygu: chwe ysgol\. /);
        await accessible(el);
      });

      it('counts in Welsh: two and three reviewers in a team, two and three problems', async () => {
        for (const [size, sentence] of [
          [2, 'Mae dau adolygydd ym mhob tîm, gan gynnwys yr adolygydd arweiniol.'],
          [3, 'Mae tri adolygydd ym mhob tîm, gan gynnwys yr adolygydd arweiniol.'],
        ] as const) {
          const p = demoPartnership();
          p.config = { ...p.config, teamSize: { min: size, max: size } };
          const el = await mountIn('cy', 'u-amara', (e) => text(q(e, 'h2')).startsWith('Amserlen'), { partnership: p });
          expect(all(el)).to.contain(sentence);
        }
        const t = getReviewScheduleStrings('cy');
        expect(t.checks.errors(2)).to.equal('Cyn y gellir cyhoeddi’r amserlen: dwy broblem i’w datrys.');
        expect(t.checks.errors(3)).to.equal('Cyn y gellir cyhoeddi’r amserlen: tair problem i’w datrys.');
        expect(t.publish.done(6)).to.equal('Wedi’i chyhoeddi: crëwyd chwe chylch adolygu.');
      });
    });
  });
});
