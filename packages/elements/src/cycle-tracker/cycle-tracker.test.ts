import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createStore, cycleStatus, cyclesCsv, memoryAdapter, visibleCycle, type Cycle, type Partnership, type Store } from '@spp/core';
import { demoCycle, demoCycles, demoPartnership } from '@spp/core/demo';
import { loadStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';
import type { SppCycleTracker } from './cycle-tracker.component';
import { academicYearRange, monthName, shorten, YearScale } from './cycle-tracker.helpers';
import './cycle-tracker.define';

const TODAY = '2027-03-01';
const partnership = demoPartnership();
const SCHOOL_ORDER = ['s-ashby', 's-kelmarsh', 's-oakfield', 's-millbrook', 's-thornhill', 's-westgate'];

const storeWith = (cycles: readonly Cycle[], extra: Record<string, unknown> = {}) => {
  const initial: Record<string, unknown> = { [`partnership/${partnership.id}`]: partnership, ...extra };
  for (const cycle of cycles) initial[`cycle/${cycle.id}`] = cycle;
  return createStore(memoryAdapter({ initial }));
};

async function mount(options: { actorId?: string; store?: Store; today?: string; p?: Partnership; width?: string } = {}) {
  const store = options.store ?? storeWith(demoCycles(partnership));
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>
    <spp-cycle-tracker .store=${store} .partnership=${options.p ?? partnership} actor-id=${options.actorId ?? 'u-amara'} today=${options.today ?? TODAY}></spp-cycle-tracker>
  </div>`);
  const el = wrapper.querySelector('spp-cycle-tracker')!;
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="notice"][role="status"]') && el.shadowRoot!.querySelector('h2'), 'the cycles are read');
  await el.updateComplete;
  return { el, store };
}

const q = <T extends Element = HTMLElement>(el: SppCycleTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppCycleTracker, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (el: SppCycleTracker) => qa<HTMLTableRowElement>(el, 'tbody tr');
const row = (el: SppCycleTracker, schoolId: string) => q<HTMLTableRowElement>(el, `tbody tr[data-school="${schoolId}"]`);
const cell = (el: SppCycleTracker, schoolId: string, col: string) => text(row(el, schoolId)?.querySelector(`[data-col="${col}"]`));
const count = (el: SppCycleTracker) => q(el, '[data-count]');

/** The WCAG 2.0–2.2 A/AA and best-practice rules the Storybook e2e check uses (target size included). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppCycleTracker) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

async function choose(el: SppCycleTracker, selector: string, value: string) {
  const select = q<HTMLSelectElement>(el, selector);
  expect(select, `${selector} exists`).to.exist;
  select!.value = value;
  expect(select!.value, `"${value}" is offered`).to.equal(value);
  select!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Captures downloads: the Blob given to URL.createObjectURL and the <a download> clicked. */
function interceptDownloads() {
  const blobs: Blob[] = [];
  const links: { download: string; href: string; inShadow: boolean }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:${location.origin}/test-${blobs.length}`;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push({ download: this.download, href: this.href, inShadow: this.getRootNode() instanceof ShadowRoot });
  };
  return {
    blobs,
    links,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('<spp-cycle-tracker>', function () {
  this.timeout(30_000);

  it('shows the six demo cycles, one row per school in the partnership’s order, with the right stages', async () => {
    const { el } = await mount();
    expect(text(q(el, 'h2'))).to.equal('Review cycles 2026–27');
    expect(rows(el).map((r) => r.dataset['school'])).to.deep.equal(SCHOOL_ORDER);
    expect(rows(el).map((r) => r.dataset['stage'])).to.deep.equal(['self-review', 'pre-review', 'review', 'workshop', 'check-in', 'complete']);
    expect(rows(el).map((r) => text(r.querySelector('[data-col="stage"]')))).to.deep.equal([
      'Self-review',
      'Pre-review meeting',
      'Peer review',
      'Improvement workshop',
      'Check-in',
      'Complete',
    ]);
    expect(text(row(el, 's-thornhill')!.querySelector('th'))).to.contain('Thornhill Special School');
    expect(text(count(el))).to.equal('Showing all 6 schools.');
    // Lead reviewer and facilitator by name.
    const thornhill = demoCycles(partnership).find((c) => c.hostSchoolId === 's-thornhill')!;
    const lead = partnership.people.find((p) => p.id === thornhill.review.team.leadReviewerId)!.name;
    const facilitator = partnership.people.find((p) => p.id === thornhill.workshop.facilitatorId)!.name;
    expect(cell(el, 's-thornhill', 'lead')).to.equal(lead);
    expect(cell(el, 's-thornhill', 'facilitator')).to.equal(facilitator);
    expect(cell(el, 's-ashby', 'facilitator')).to.equal('Not chosen yet');
    // Read-only: the only buttons are exports.
    expect(qa<HTMLButtonElement>(el, 'button').every((b) => b.matches('[data-export-json], [data-export-csv]'))).to.equal(true);
    expect(qa(el, 'input:not([type="checkbox"]), textarea')).to.have.length(0);
    await accessible(el);
  });

  it('flags Thornhill’s check-in as overdue on 1 March 2027 in words and with a sign, and not before it is due', async () => {
    const { el } = await mount();
    const thornhill = row(el, 's-thornhill')!;
    expect(thornhill.classList.contains('attention')).to.equal(true);
    expect(cell(el, 's-thornhill', 'overdue')).to.equal('Overdue');
    expect(cell(el, 's-thornhill', 'check-in')).to.equal('Overdue: was due 2 Feb 2027');
    expect(cell(el, 's-thornhill', 'next')).to.equal('Check-in: 2 Feb 2027');
    expect(cell(el, 's-thornhill', 'workshop')).to.equal('Held on 4 Nov 2026');
    expect(thornhill.querySelector('[data-col="check-in"] svg.warning')).to.exist;
    expect(text(thornhill.querySelector('th'))).to.contain('Needs attention');
    // Millbrook's workshop date has passed and it was not held: that stands out too.
    expect(cell(el, 's-millbrook', 'workshop')).to.equal('Not held: was due 4 Nov 2026');
    // Westgate's check-in happened.
    expect(cell(el, 's-westgate', 'check-in')).to.equal('Held on 2 Feb 2027');
    expect(cell(el, 's-westgate', 'overdue')).to.equal('Not applicable');
    expect(text(q(el, '[data-summary]'))).to.match(/^4 schools need attention on 1 March 2027/);

    el.today = '2027-01-20';
    await el.updateComplete;
    expect(cell(el, 's-thornhill', 'check-in')).to.equal('Due 2 Feb 2027');
    expect(cell(el, 's-thornhill', 'overdue')).to.equal('Not overdue');
    expect(row(el, 's-thornhill')!.classList.contains('attention')).to.equal(false);
  });

  it('"Only schools that need attention" shows the schools with an overdue step, Thornhill among them, and announces the count', async () => {
    const { el } = await mount();
    const expected = demoCycles(partnership)
      .filter((c) => cycleStatus(c, partnership, TODAY).overdue)
      .map((c) => c.hostSchoolId);
    expect(expected).to.include('s-thornhill');
    const status = count(el)!;
    expect(status.getAttribute('role')).to.equal('status');

    // By keyboard: the checkbox is labelled and toggles with Space.
    const box = q<HTMLInputElement>(el, '#filter-attention')!;
    expect(text(q(el, 'label[for="filter-attention"]'))).to.equal('Only schools that need attention');
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(rows(el).map((r) => r.dataset['school'])).to.deep.equal(expected);
    expect(rows(el).every((r) => r.classList.contains('attention'))).to.equal(true);
    expect(count(el)).to.equal(status); // the same live region, so the change is announced
    expect(text(status)).to.equal(`Showing ${expected.length} of 6 schools.`);
    expect(qa(el, '[part="timeline-image"] [data-school]').map((g) => g.getAttribute('data-school'))).to.deep.equal(expected);
    await accessible(el);

    q<HTMLButtonElement>(el, '[data-clear]')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(6);
    expect(el.shadowRoot!.activeElement?.id).to.equal('filter-stage');
  });

  it('filters by stage and by sub-group', async () => {
    const { el } = await mount();
    const options = qa<HTMLOptionElement>(el, '#filter-stage option').map((o) => text(o));
    expect(options).to.deep.equal(['All stages', 'Self-review (1)', 'Pre-review meeting (1)', 'Peer review (1)', 'Improvement workshop (1)', 'Check-in (1)', 'Complete (1)']);
    await choose(el, '#filter-stage', 'check-in');
    expect(rows(el).map((r) => r.dataset['school'])).to.deep.equal(['s-thornhill']);
    expect(text(count(el))).to.equal('Showing 1 of 6 schools.');
    await choose(el, '#filter-stage', '');
    await choose(el, '#filter-group', 'South triad');
    expect(rows(el).map((r) => r.dataset['school'])).to.deep.equal(['s-millbrook', 's-thornhill', 's-westgate']);
    await choose(el, '#filter-stage', 'self-review');
    expect(rows(el)).to.have.length(0);
    expect(text(count(el))).to.equal('No schools match these choices.');
    expect(q(el, '[part="table"]')).to.equal(null);
    await accessible(el);
  });

  it('downloads the filtered rows as core’s cyclesCsv of the visible cycles, and says so', async () => {
    const { el } = await mount();
    q<HTMLInputElement>(el, '#filter-attention')!.click();
    await el.updateComplete;
    const shown = rows(el).map((r) => r.dataset['cycle']);
    const stored = demoCycles(partnership);
    const expected = cyclesCsv(
      shown.map((id) => visibleCycle(stored.find((c) => c.id === id)!, { id: 'u-amara' }, partnership)),
      partnership,
      TODAY,
    );
    const downloads = interceptDownloads();
    try {
      q<HTMLButtonElement>(el, '[data-export-csv]')!.click();
      await el.updateComplete;
    } finally {
      downloads.restore();
    }
    expect(downloads.blobs).to.have.length(1);
    expect(downloads.blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    expect(await downloads.blobs[0]!.text()).to.equal(expected);
    expect(expected.split('\r\n').filter(Boolean)).to.have.length(shown.length + 1);
    expect(downloads.links).to.deep.equal([{ download: `review-cycles-2026-27-${TODAY}.csv`, href: `blob:${location.origin}/test-1`, inShadow: true }]);
    expect(q(el, 'a[download]'), 'the temporary link is removed').to.equal(null);
    expect(text(q(el, '[data-export-status]'))).to.equal(`Downloaded review-cycles-2026-27-${TODAY}.csv, with ${shown.length} schools.`);
    await accessible(el);
  });

  it('exports one row as JSON of the cycle as the person may see it: the associate gets no evidence notes, self-review or working detail', async () => {
    const { el } = await mount({ actorId: 'u-tessa' });
    expect(rows(el)).to.have.length(6);
    const stored = demoCycles(partnership).find((c) => c.hostSchoolId === 's-thornhill')!;
    expect(stored.review.evidence.length).to.be.greaterThan(0);
    const button = row(el, 's-thornhill')!.querySelector<HTMLButtonElement>('[data-export-json]')!;
    expect(button.getAttribute('aria-label')).to.equal('Export JSON of the review cycle of Thornhill Special School');
    expect(text(button), 'the visible text, which the name starts with').to.equal('Export JSON');
    const downloads = interceptDownloads();
    try {
      button.click();
      await el.updateComplete;
    } finally {
      downloads.restore();
    }
    expect(downloads.blobs[0]!.type).to.equal('application/json');
    const exported = JSON.parse(await downloads.blobs[0]!.text()) as Cycle;
    expect(exported).to.deep.equal(JSON.parse(JSON.stringify(visibleCycle(stored, { id: 'u-tessa' }, partnership))));
    expect(exported.review.evidence).to.deep.equal([]);
    expect(Object.keys(stored.selfReview.responses).length && stored.workshop.whys.length && stored.preReview.linesOfEnquiry.length, 'the stored cycle has them').to.be.greaterThan(0);
    expect(exported.selfReview.responses, 'the school’s self-review is not the associate’s to read').to.deep.equal({});
    expect(exported.preReview.linesOfEnquiry).to.deep.equal([]);
    expect([exported.workshop.whys, exported.workshop.causes, exported.workshop.rootCause]).to.deep.equal([[], [], '']);
    // What the partnership follows: the agreed focus and priority, the actions and their progress.
    expect(exported.preReview.focusSummary).to.equal(stored.preReview.focusSummary);
    expect(exported.review.improvementPriority).to.equal(stored.review.improvementPriority);
    expect(exported.actions).to.deep.equal(JSON.parse(JSON.stringify(stored.actions)));
    expect(downloads.links[0]!.download).to.equal('review-cycle-c-thornhill.json');
    await accessible(el);
  });

  it('names a record it cannot read and still shows every other cycle', async () => {
    const store = storeWith(demoCycles(partnership), { 'cycle/c-broken': '{"schemaVersion":1,"kind":"cycle","id":"c-bro' });
    const { el } = await mount({ store });
    const notice = q(el, '[part="unreadable"]')!;
    expect(notice, 'the notice is shown').to.exist;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('1 review cycle could not be read');
    expect(text(notice)).to.contain('The record saved as “cycle/c-broken”');
    expect(text(notice)).to.contain('not valid JSON');
    expect(q(el, '[data-unreadable="cycle/c-broken"]')).to.exist;
    expect(rows(el)).to.have.length(6);
    // Left exactly as it was.
    const raw = await store.list('cycle');
    expect(raw.unreadable.map((e) => e.key)).to.deep.equal(['cycle/c-broken']);
    await accessible(el);
  });

  it('shows a cycle saved to the store after it opened, without a reload', async () => {
    const five = demoCycles(partnership).filter((c) => c.hostSchoolId !== 's-westgate');
    const { el, store } = await mount({ store: storeWith(five) });
    expect(rows(el)).to.have.length(5);
    expect(text(count(el))).to.equal('Showing all 5 schools.');
    await store.put(demoCycle('s-westgate', 'complete', partnership));
    await waitUntil(() => rows(el).length === 6, 'the new cycle appears');
    expect(row(el, 's-westgate')!.dataset['stage']).to.equal('complete');
    expect(text(count(el))).to.equal('Showing all 6 schools.');
    // A cycle of another partnership in the same store is not shown.
    const other = { ...demoCycle('s-ashby', 'self-review', partnership), id: 'c-elsewhere', partnershipId: 'p-elsewhere' };
    await store.put(other);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rows(el)).to.have.length(6);
  });

  it('draws the year as a timeline with a row per school, markers and a today line, labelled for screen readers', async () => {
    const { el } = await mount();
    const image = q(el, 'svg[part="timeline-image"]')!;
    expect(image.getAttribute('role')).to.equal('img');
    const label = image.getAttribute('aria-label')!;
    expect(label).to.contain('Timeline of 6 review cycles from September 2026 to August 2027');
    expect(label).to.contain('Thornhill Special School');
    expect(label).to.contain('The table “Cycles” gives the same information.');
    expect(qa(el, 'svg[part="timeline-image"] .tl-row')).to.have.length(6);
    expect(qa(el, 'svg[part="timeline-image"] .tl-row.attention').map((g) => g.getAttribute('data-school'))).to.include('s-thornhill');
    const thornhill = q(el, 'svg[part="timeline-image"] [data-school="s-thornhill"]')!;
    expect(thornhill.querySelectorAll('.review-day')).to.have.length(1);
    expect(thornhill.querySelector('.workshop.held')).to.exist;
    expect(thornhill.querySelector('.check-in.due.overdue')).to.exist;
    const westgate = q(el, 'svg[part="timeline-image"] [data-school="s-westgate"]')!;
    expect(westgate.querySelector('.check-in.held')).to.exist;
    expect(westgate.querySelector('.check-in.due')).to.equal(null);
    expect(q(el, 'svg[part="timeline-image"] .today')).to.exist;
    expect(qa(el, 'svg[part="timeline-image"] .month-name').map((t) => text(t))).to.deep.equal(['Sept', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug']);
    // No today line when today is outside the year shown.
    el.today = '2027-09-15';
    await el.updateComplete;
    expect(q(el, 'svg[part="timeline-image"] .today')).to.equal(null);
  });

  it('tells someone outside the partnership, and shows them nothing', async () => {
    const { el } = await mount({ actorId: 'u-stranger' });
    const notice = q(el, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.equal('You are not a member of Riverside Learning Partnership, so its review cycles are not shown here.');
    expect(q(el, 'table')).to.equal(null);
    expect(q(el, 'svg[part="timeline-image"]')).to.equal(null);
    expect(q(el, '[data-export-csv]')).to.equal(null);
    await accessible(el);
  });

  it('says when the storage cannot be read at all, and reads again on request', async () => {
    const seeded = memoryAdapter({ initial: Object.fromEntries(demoCycles(partnership).map((c) => [`cycle/${c.id}`, c])) });
    let failing = true;
    const store = createStore({
      ...seeded,
      list: (kind: string) => (failing ? Promise.reject(new Error('The device’s storage is not available.')) : seeded.list(kind)),
    });
    const { el } = await mount({ store });
    const notice = q(el, '[part="notice"][role="alert"]')!;
    expect(text(notice)).to.contain('The review cycles could not be read. The device’s storage is not available.');
    expect(q(el, 'table')).to.equal(null);
    await accessible(el);
    failing = false;
    notice.querySelector('button')!.click();
    await waitUntil(() => rows(el).length === 6, 'the cycles are read again');
  });

  it('says when there are no cycles yet', async () => {
    const { el } = await mount({ store: storeWith([]) });
    expect(text(q(el, '[data-empty]'))).to.equal('There are no review cycles for 2026–27 yet. They appear here as soon as the year’s review schedule is published.');
    expect(q(el, 'table')).to.equal(null);
    expect(q(el, '[data-export-csv]')).to.equal(null);
    await accessible(el);
  });

  it('offers the academic years the store holds, and shows the chosen one', async () => {
    const older = { ...demoCycle('s-ashby', 'complete', partnership), id: 'c-ashby-2025', academicYear: '2025-26' };
    const { el } = await mount({ store: storeWith([...demoCycles(partnership), older]) });
    expect(rows(el)).to.have.length(6);
    expect(qa<HTMLOptionElement>(el, '#filter-year option').map((o) => o.value)).to.deep.equal(['2026-27', '2025-26']);
    await choose(el, '#filter-year', '2025-26');
    expect(text(q(el, 'h2'))).to.equal('Review cycles 2025–26');
    expect(rows(el).map((r) => r.dataset['cycle'])).to.deep.equal(['c-ashby-2025']);
  });

  it('fits a 320px column: the table and timeline scroll in their own labelled regions', async () => {
    const { el } = await mount({ width: '320px' });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    // Nothing inside the scrolling regions (e.g. a button's visually hidden text) widens the page.
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);
    const regions = qa(el, '.scroll[role="region"]');
    expect(regions.map((r) => r.getAttribute('tabindex'))).to.deep.equal(['0', '0']);
    expect(regions.some((r) => r.scrollWidth > r.clientWidth)).to.equal(true);
    await accessible(el);
  });

  it('prints as a document: no buttons or filter controls, the filters chosen and the count of schools written out', async () => {
    const { el } = await mount();
    expect(q(el, '[data-print-filters]')).to.equal(null);
    await choose(el, '#filter-group', 'South triad');
    q<HTMLInputElement>(el, '#filter-attention')!.click();
    await el.updateComplete;
    const chosen = q(el, '[data-print-filters]')!;
    expect(text(chosen)).to.equal('Chosen: Sub-group: South triad; Only schools that need attention.');
    expect(getComputedStyle(chosen).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(chosen).display).to.equal('block');
      expect(getComputedStyle(q(el, '[data-export-csv]')!).display).to.equal('none');
      expect(getComputedStyle(q(el, '.filter-fields')!).display).to.equal('none');
      expect(getComputedStyle(count(el)!).display).to.not.equal('none');
      expect(getComputedStyle(q(el, 'table')!).display).to.equal('table');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('in other languages', () => {
    async function mountIn(lang: string, options: { actorId?: string; store?: Store } = {}) {
      const store = options.store ?? storeWith(demoCycles(partnership));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <spp-cycle-tracker .store=${store} .partnership=${partnership} actor-id=${options.actorId ?? 'u-amara'} today=${TODAY}></spp-cycle-tracker>
      </div>`);
      const el = wrapper.querySelector('spp-cycle-tracker')!;
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="notice"][role="status"]') && el.shadowRoot!.querySelector('h2'), 'the cycles are read');
      await el.updateComplete;
      return el;
    }
    const headings = (el: SppCycleTracker) => qa(el, 'h2, h3').map((h) => text(h));
    /** Clicks a download button with downloads captured; returns what was saved. */
    async function download(el: SppCycleTracker, selector: string) {
      const downloads = interceptDownloads();
      try {
        q<HTMLButtonElement>(el, selector)!.click();
        await el.updateComplete;
      } finally {
        downloads.restore();
      }
      return downloads;
    }

    before(async () => {
      await loadStrings('cy');
      usePseudoLocale();
    });

    describe('pseudo-locale: no text outside the catalogues', () => {
      // The record's own names; the timeline's short school names; its month names (from Intl in
      // the table's `dateLocale`, which the pseudo-locale keeps as en-GB).
      const range = academicYearRange(partnership.academicYear)!;
      const data = [
        ...partnership.schools.flatMap((s) => [s.name, shorten(s.name, 25), ...(s.group ? [s.group] : [])]),
        ...partnership.people.map((p) => p.name),
        partnership.name,
        ...new YearScale(range.from, range.to, 0, 1).months().map((m) => monthName(m, 'en-GB', 'short')),
      ];
      const pseudo = async (options: Parameters<typeof mountIn>[1] = {}) => {
        const el = await mountIn(PSEUDO_LOCALE, options);
        await waitUntil(() => text(q(el, 'h2')).includes('⟦'), 'renders in the pseudo-locale');
        return el;
      };
      const expectNone = (el: SppCycleTracker) => {
        const found = unmarkedText(el, data);
        expect(found, `<spp-cycle-tracker> shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
      };

      it('the year’s cycles (summary, filters, timeline, table, export): every visible text comes from a catalogue', async () => {
        expectNone(await pseudo());
      });

      it('filtered, printed and exported: every visible text comes from a catalogue', async () => {
        const el = await pseudo();
        await choose(el, '#filter-group', 'South triad');
        q<HTMLInputElement>(el, '#filter-attention')!.click();
        await el.updateComplete;
        await download(el, '[data-export-csv]');
        expect(text(q(el, '[data-export-status]'))).to.contain('⟦');
        expectNone(el);
        await download(el, '[data-export-json]');
        expectNone(el);
        await choose(el, '#filter-stage', 'self-review');
        expectNone(el);
        await emulateMedia({ media: 'print' });
        try {
          expect(text(q(el, '[data-print-filters]'))).to.contain('⟦');
          expectNone(el);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      });

      it('read by the associate, with a record it cannot read: every visible text comes from a catalogue', async () => {
        const store = storeWith(demoCycles(partnership), { 'cycle/c-broken': '{"schemaVersion":1,"kind":"cycle","id":"c-bro' });
        const el = await pseudo({ actorId: 'u-tessa', store });
        expect(q(el, '[part="unreadable"]')).to.exist;
        expectNone(el);
      });

      it('no cycles yet, and someone outside the partnership: every visible text comes from a catalogue', async () => {
        expectNone(await pseudo({ store: storeWith([]) }));
        expectNone(await pseudo({ actorId: 'u-stranger' }));
      });
    });

    describe('Welsh', () => {
      it('tracks the year in Welsh: headings, dates and month names in Welsh, and passes axe', async () => {
        const el = await mountIn('cy');
        await waitUntil(() => text(q(el, 'h2')) === 'Cylchoedd adolygu 2026–27', 'renders in Welsh');
        expect(headings(el)).to.include.members(['Dewiswch pa ysgolion i’w dangos', 'Y flwyddyn ar gip', 'Cylchoedd', 'Allforio']);
        expect(text(q(el, '[data-summary]'))).to.match(/^Mae angen sylw ar 4 ysgol ar 1 Mawrth 2027: /);
        expect(cell(el, 's-thornhill', 'check-in')).to.equal('Yn hwyr: roedd yn ddyledus ar 2 Chwef 2027');
        expect(cell(el, 's-thornhill', 'stage')).to.equal('Gwirio cynnydd');
        expect(qa(el, 'svg[part="timeline-image"] .month-name').map((t) => text(t))).to.deep.equal(['Medi', 'Hyd', 'Tach', 'Rhag', 'Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst']);
        expect(q(el, '[part="timeline-image"]')!.getAttribute('aria-label')).to.contain('o fis Medi 2026 i fis Awst 2027');
        expect(text(count(el)), '6 is Welsh’s “many”').to.equal('Yn dangos y chwe ysgol.');
        const json = row(el, 's-thornhill')!.querySelector('[data-export-json]')!;
        expect(json.getAttribute('aria-label')).to.equal('Allforio JSON cylch adolygu Thornhill Special School');
        await accessible(el);
      });

      it('downloads a Welsh CSV (core’s Welsh column names) under a Welsh file name, and says so in Welsh', async () => {
        const el = await mountIn('cy');
        await waitUntil(() => text(q(el, 'h2')) === 'Cylchoedd adolygu 2026–27', 'renders in Welsh');
        const downloads = await download(el, '[data-export-csv]');
        expect(downloads.links[0]!.download).to.equal(`cylchoedd-adolygu-2026-27-${TODAY}.csv`);
        expect((await downloads.blobs[0]!.text()).split('\r\n')[0]).to.match(/^Ysgol,Cam,/);
        expect(text(q(el, '[data-export-status]'))).to.equal(`Wedi lawrlwytho cylchoedd-adolygu-2026-27-${TODAY}.csv, sy’n cynnwys chwe ysgol.`);
      });

      it('counts schools and cycles in Welsh: dwy ysgol, tair ysgol, dau gylch, tri chylch', async () => {
        const cycles = demoCycles(partnership);
        for (const [n, shown, csv, timeline] of [
          [2, 'Yn dangos y ddwy ysgol.', 'Lawrlwytho’r tabl fel CSV (dwy ysgol yn cael eu dangos)', 'Llinell amser dau gylch adolygu'],
          [3, 'Yn dangos y tair ysgol.', 'Lawrlwytho’r tabl fel CSV (tair ysgol yn cael eu dangos)', 'Llinell amser tri chylch adolygu'],
        ] as const) {
          const el = await mountIn('cy', { store: storeWith(cycles.slice(0, n)) });
          await waitUntil(() => text(count(el)) === shown, `${n} schools in Welsh`);
          expect(text(q(el, '[data-export-csv]'))).to.equal(csv);
          expect(q(el, '[part="timeline-image"]')!.getAttribute('aria-label')).to.match(new RegExp(`^${timeline} o fis Medi 2026`));
        }
        const broken = storeWith(cycles, { 'cycle/c-broken-1': '{', 'cycle/c-broken-2': '{' });
        const el = await mountIn('cy', { store: broken });
        await waitUntil(() => text(q(el, '[part="unreadable"] h3')) === 'Nid oedd modd darllen dau gylch adolygu', 'two unreadable records in Welsh');
        await choose(el, '#filter-stage', 'check-in');
        expect(text(count(el))).to.equal('Yn dangos 1 o’r 6 ysgol.');
      });

      it('names the check-in by the partnership’s own interval', async () => {
        const p = demoPartnership();
        p.config.checkInDays = 60;
        const { el } = await mount({ p });
        expect(text(q(el, 'thead th:nth-child(6)'))).to.equal('60-day check-in');
        expect(text(q(el, '[part="header"]'))).to.contain('the 60-day check-in have happened');
      });

      it('counts in English with one and other', async () => {
        const el = await mountIn('en-GB', { store: storeWith(demoCycles(partnership).slice(0, 1)) });
        expect(text(count(el))).to.equal('Showing the only school.');
        expect(text(q(el, '[data-export-csv]'))).to.equal('Download the table as CSV (1 school shown)');
        expect(q(el, '[part="timeline-image"]')!.getAttribute('aria-label')).to.match(/^Timeline of 1 review cycle from September 2026 to August 2027/);
      });
    });
  });
});
