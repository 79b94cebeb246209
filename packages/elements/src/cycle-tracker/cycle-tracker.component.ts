import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ACTIVE_STAGES, STAGES, addDays, cyclesCsv, findPerson, toIsoDate, type Partnership, type Stage } from '@spp/core';
import { SppElement } from '../shared/spp-element';
import { format, yearText, getCommonStrings } from '../shared/strings';
import { CycleListController } from '../shared/cycle-list-controller';
import { longDate } from '../shared/dates';
import { plural, unreadableNotice, warningIcon } from '../shared/list-notices';
import {
  ISO_DATE,
  NO_GROUP,
  YearScale,
  academicYearRange,
  downloadFile,
  fileSafe,
  monthName,
  shortDate,
  matches,
  shorten,
  trackerRows,
  type TrackerRow,
} from './cycle-tracker.helpers';
import { cycleTrackerStrings } from './cycle-tracker.strings';
import { cycleTrackerStyles } from './cycle-tracker.styles';

/** Core's stages that have a next step (complete, paused and withdrawn have none). */
const ACTIVE: ReadonlySet<Stage> = new Set(ACTIVE_STAGES);

/** Days from the workshop to the check-in before a partnership is connected: the programme's (core's `PartnershipConfig` default). */
const PROGRAMME_CHECK_IN_DAYS = 90;

/** The timeline's drawing units (the SVG scales to its box). */
const TL = { width: 960, label: 250, right: 14, top: 38, row: 40, nameX: 30, nameChars: 25 } as const;

const heldIcon = html`<svg class="icon held" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path class="icon-tick" d="M2.5 8.5 6.2 12 13.5 4"></path>
</svg>`;

/**
 * @summary Every school's review cycle for the year on one screen: its stage, the next step and
 * when it is due, whether the improvement workshop and the 90-day check-in actually happened, a
 * timeline of the year, filters, and CSV and JSON exports. Read-only.
 *
 * For the partnership lead and the programme associate (anyone in the partnership may open it;
 * people outside it are told so and see nothing). Cycles are read from the store with
 * `store.list('cycle')` for the partnership and listed again whenever one changes, so a cycle
 * published or moved on elsewhere appears without a reload. Each is shown as core's
 * `visibleCycle` gives it to the signed-in person, with core's `cycleStatus` on `today`.
 *
 * Follow-up is where partnerships most often slip, so an overdue step, a workshop not held by its
 * date and an overdue check-in (core's `isCheckInOverdue`) stand out in words and with a warning
 * sign, not by colour alone. A record the store cannot read is named in a notice and left as it is;
 * the other cycles are still shown.
 *
 * The timeline is an SVG (`role="img"` with a summary as its label); the table "Cycles" is its
 * accessible equivalent. Filters (stage, "needs attention", sub-group, and academic year when the
 * store holds more than one) narrow both, and the number of schools shown is announced politely.
 * "Download the table as CSV" saves core's `cyclesCsv` of the schools shown; "Export JSON" in a
 * row saves that cycle as the person may see it (for a subject access request or the archive).
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The heading, introduction and read-only note.
 * @csspart notice - A message instead of the tracker (not connected, not a member, loading, no cycles).
 * @csspart unreadable - The notice naming cycle records that could not be read.
 * @csspart summary - How many schools need attention.
 * @csspart filters - The filter controls and the count of schools shown (a polite live region).
 * @csspart timeline - The timeline section: heading, SVG and key.
 * @csspart timeline-image - The SVG timeline itself.
 * @csspart table - The "Cycles" table section.
 * @csspart row - One school's row in the table; rows needing attention also have the class `attention`.
 * @csspart export - The CSV download and its announcement.
 *
 * @cssprop --spp-color-brand - Review days, held workshops and held check-ins on the timeline.
 * @cssprop --spp-color-text - Text colour, and the "today" line.
 * @cssprop --spp-color-text-muted - Hints and secondary text.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Table headings, alternate timeline rows and review windows.
 * @cssprop --spp-color-border - Borders of controls and tables.
 * @cssprop --spp-color-border-subtle - Borders of sections, rows and month lines.
 * @cssprop --spp-color-danger - What needs attention (always with words and a warning sign).
 * @cssprop --spp-color-success - The tick beside a workshop or check-in that was held.
 * @cssprop --spp-color-warning-surface - Background of notices and of rows needing attention.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family.
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 */
export class SppCycleTracker extends SppElement {
  static override styles = cycleTrackerStyles;

  /** The date the tracker is read on (`YYYY-MM-DD`): what is overdue, and the "today" line. Default: today where the person is. */
  @property() today?: string;
  /** The academic year shown, e.g. `2026-27`. Default: the partnership's. */
  @property({ attribute: 'academic-year' }) academicYear?: string;
  /** Show only cycles at this stage (empty: every stage). The person can change it. */
  @property({ attribute: 'stage-filter' }) stageFilter: Stage | '' = '';
  /** Show only schools of this sub-group (`school.group`; empty: every school). The person can change it. */
  @property({ attribute: 'group-filter' }) groupFilter = '';
  /** Show only schools that need attention. The person can change it. */
  @property({ type: Boolean, attribute: 'needs-attention' }) needsAttention = false;

  /** What the last export did, announced politely. */
  @state() private exportMessage = '';

  private readonly list = new CycleListController(this, () => ({ store: this.resolvedStore, partnership: this.resolvedPartnership }));
  private memo?: { key: unknown[]; rows: TrackerRow[] };
  private focusAfterRender?: string;

  /** A read-only widget: no document of its own to save. */
  protected get documentState() {
    return undefined;
  }

  private get strings() {
    return cycleTrackerStrings(this.locale);
  }

  /** `today`, when it is a real calendar date; otherwise the local date. */
  private get resolvedToday(): string {
    const today = this.today;
    if (today && ISO_DATE.test(today)) {
      try {
        return addDays(today, 0);
      } catch {
        // not a calendar date (e.g. 30 February): fall back to the local date
      }
    }
    return toIsoDate();
  }

  private resolvedYear(partnership: Partnership): string {
    return this.academicYear || partnership.academicYear;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  /** Every row for the year shown, as the signed-in person may see them. */
  private rows(partnership: Partnership, actorId: string, year: string, today: string): TrackerRow[] {
    const key = [this.list.cycles, partnership, actorId, year, today];
    if (this.memo && this.memo.key.every((k, i) => k === key[i])) return this.memo.rows;
    const cycles = this.list.cycles.filter((c) => c.academicYear === year);
    const rows = trackerRows(cycles, { id: actorId }, partnership, today);
    this.memo = { key, rows };
    return rows;
  }

  override render() {
    const partnership = this.resolvedPartnership;
    const year = partnership ? this.resolvedYear(partnership) : '';
    return html`<div part="base">
      <header part="header">
        <h2>${format(this.strings.heading, { year: yearText(year) })}</h2>
        <p>${this.strings.intro(partnership?.config.checkInDays ?? PROGRAMME_CHECK_IN_DAYS)}</p>
        <p class="muted">${this.strings.readOnly}</p>
      </header>
      ${this.renderBody(partnership, year)}
    </div>`;
  }

  private renderBody(partnership: Partnership | undefined, year: string) {
    const t = this.strings;
    const store = this.resolvedStore;
    const actor = this.resolvedActor;
    if (!partnership || !store) return html`<p part="notice" class="notice">${t.notConnected}</p>`;
    if (!actor) return html`<p part="notice" class="notice">${format(t.notSignedIn, { partnership: partnership.name })}</p>`;
    if (!findPerson(partnership, actor.id)) {
      return html`<p part="notice" class="notice error" role="alert">${format(t.notMember, { partnership: partnership.name })}</p>`;
    }
    if (this.list.state === 'error') {
      return html`<div part="notice" class="notice error" role="alert">
        <p>${format(t.listFailed, { reason: this.list.error?.message ?? '' })}</p>
        <button type="button" @click=${() => void this.list.reload()}>${t.tryAgain}</button>
      </div>`;
    }
    if (this.list.state !== 'ready') return html`<p part="notice" role="status">${t.loading}</p>`;

    const today = this.resolvedToday;
    const rows = this.rows(partnership, actor.id, year, today);
    const years = [...new Set([partnership.academicYear, ...this.list.cycles.map((c) => c.academicYear)])].sort().reverse();
    const shown = rows.filter((row) =>
      matches(row, { stage: this.stageFilter, group: this.groupFilter, needsAttention: this.needsAttention }),
    );
    return html`${unreadableNotice(this.list.unreadable, t.unreadable)}
    ${rows.length === 0 && years.length === 1
      ? html`<p part="notice" class="notice" data-empty>${format(t.empty, { year: yearText(year) })}</p>`
      : html`${this.renderSummary(rows, today)} ${this.renderFilters(partnership, rows, shown, years, year)}
        ${rows.length === 0 ? html`<p part="notice" class="notice" data-empty>${format(t.empty, { year: yearText(year) })}</p>` : nothing}
        ${shown.length ? html`${this.renderTimeline(shown, year, today)} ${this.renderTable(shown, partnership, year)} ${this.renderExport(shown, partnership, year, today)}` : nothing}`}`;
  }

  private renderSummary(rows: readonly TrackerRow[], today: string) {
    const t = this.strings.summary;
    const count = rows.filter((r) => r.needsAttention).length;
    const date = longDate(today, this.strings.dateLocale);
    return html`<p part="summary" class=${count ? 'summary attention' : 'summary'} data-summary>
      ${count ? warningIcon : nothing}${plural(t, count, { date })}
    </p>`;
  }

  private renderFilters(partnership: Partnership, rows: readonly TrackerRow[], shown: readonly TrackerRow[], years: readonly string[], year: string) {
    const t = this.strings.filters;
    const stageText = getCommonStrings(this.locale).stage;
    const counts = new Map<Stage, number>();
    for (const row of rows) counts.set(row.cycle.stage, (counts.get(row.cycle.stage) ?? 0) + 1);
    const stages = STAGES.filter((s) => counts.has(s) || s === this.stageFilter);
    const groups = [...new Set(partnership.schools.map((s) => s.group ?? NO_GROUP))];
    const hasGroups = groups.some((g) => g !== NO_GROUP);
    const filtered = Boolean(this.stageFilter || this.groupFilter || this.needsAttention);
    const count = filtered || shown.length !== rows.length ? plural(t.count, shown.length, { total: rows.length }) : plural(t.countAll, rows.length, { total: rows.length });
    // Each filter chosen, as a whole item of the catalogue's list.
    const chosen = [
      this.stageFilter ? format(t.printStage, { stage: stageText[this.stageFilter] }) : '',
      this.groupFilter ? format(t.printGroup, { group: this.groupFilter === NO_GROUP ? t.noGroup : this.groupFilter }) : '',
      this.needsAttention ? t.attention : '',
    ].filter(Boolean);
    return html`<form part="filters" class="filters" aria-labelledby="filters-heading" @submit=${(e: Event) => e.preventDefault()}>
      <h3 id="filters-heading" class="no-print">${t.heading}</h3>
      <div class="filter-fields no-print">
        ${years.length > 1
          ? html`<div class="field">
              <label for="filter-year">${t.year}</label>
              <select id="filter-year" @change=${(e: Event) => (this.academicYear = (e.target as HTMLSelectElement).value)}>
                ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${yearText(y)}</option>`)}
              </select>
            </div>`
          : nothing}
        <div class="field">
          <label for="filter-stage">${t.stage}</label>
          <select id="filter-stage" @change=${(e: Event) => (this.stageFilter = (e.target as HTMLSelectElement).value as Stage | '')}>
            <option value="" ?selected=${!this.stageFilter}>${t.allStages}</option>
            ${stages.map((s) => html`<option value=${s} ?selected=${s === this.stageFilter}>${format(t.stageOption, { stage: stageText[s], count: counts.get(s) ?? 0 })}</option>`)}
          </select>
        </div>
        ${hasGroups
          ? html`<div class="field">
              <label for="filter-group">${t.group}</label>
              <select id="filter-group" @change=${(e: Event) => (this.groupFilter = (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.groupFilter}>${t.allGroups}</option>
                ${groups.map((g) => html`<option value=${g} ?selected=${g === this.groupFilter}>${g === NO_GROUP ? t.noGroup : g}</option>`)}
              </select>
            </div>`
          : nothing}
        <div class="check">
          <input
            type="checkbox"
            id="filter-attention"
            aria-describedby="filter-attention-hint"
            .checked=${this.needsAttention}
            @change=${(e: Event) => (this.needsAttention = (e.target as HTMLInputElement).checked)}
          />
          <div>
            <label for="filter-attention">${t.attention}</label>
            <p id="filter-attention-hint" class="hint">${t.attentionHint}</p>
          </div>
        </div>
      </div>
      ${chosen.length ? html`<p class="print-only" data-print-filters>${format(t.printChosen, { filters: chosen.join(t.separator) })}</p>` : nothing}
      <div class="count-line">
        <p role="status" aria-live="polite" data-count>${count}</p>
        ${filtered ? html`<button type="button" data-clear @click=${this.clearFilters}>${t.clear}</button>` : nothing}
      </div>
    </form>`;
  }

  private clearFilters = () => {
    this.stageFilter = '';
    this.groupFilter = '';
    this.needsAttention = false;
    this.focusAfterRender = '#filter-stage';
  };

  private renderTimeline(rows: readonly TrackerRow[], year: string, today: string) {
    const t = this.strings.timeline;
    const range = academicYearRange(year);
    if (!range) return nothing;
    const locale = this.strings.dateLocale;
    const scale = new YearScale(range.from, range.to, TL.label, TL.width - TL.right);
    const height = TL.top + rows.length * TL.row + 6;
    const attention = rows.filter((r) => r.needsAttention).map((r) => r.schoolName);
    const label = t.label(rows.length, {
      from: format(t.monthYear, { month: monthName(range.from, locale, 'long'), year: range.from.slice(0, 4) }),
      to: format(t.monthYear, { month: monthName(range.to, locale, 'long'), year: range.to.slice(0, 4) }),
      attention: attention.length ? format(t.attentionSome, { schools: attention.join(t.separator) }) : t.attentionNone,
    });
    const months = scale.months();
    const edge = (date: string) => scale.x(date) - (scale.right - scale.left) / scale.days / 2;
    const bottom = height - 6;

    const row = (r: TrackerRow, i: number) => {
      const top = TL.top + i * TL.row;
      const cy = top + TL.row / 2;
      const c = r.cycle;
      const span = c.window;
      const from = span && (span.from < range.from ? range.from : span.from);
      const to = span && (span.to > range.to ? range.to : span.to);
      return svg`<g class=${r.needsAttention ? 'tl-row attention' : 'tl-row'} data-school=${c.hostSchoolId}>
        <text class="name" x=${TL.nameX} y=${cy + 5}>${shorten(r.schoolName, TL.nameChars)}</text>
        ${r.needsAttention
          ? svg`<path class="attention-mark" d=${`M15 ${cy - 8} l8 15 h-16 Z`}></path><path class="attention-bang" d=${`M15 ${cy - 3} v5 M15 ${cy + 4} v1.6`}></path>`
          : nothing}
        ${from && to && from <= to ? svg`<rect class="window" x=${edge(from)} y=${cy - 9} width=${Math.max(edge(to) - edge(from) + (scale.right - scale.left) / scale.days, 2)} height="18" rx="3"></rect>` : nothing}
        ${c.review.dates.filter((d) => scale.has(d)).map((d) => svg`<rect class="review-day" x=${scale.x(d) - 5} y=${cy - 5} width="10" height="10"></rect>`)}
        ${scale.has(c.workshop.date)
          ? svg`<path class=${r.status.workshopHeld ? 'workshop held' : 'workshop planned'} d=${`M${scale.x(c.workshop.date)} ${cy - 8} l8 8 l-8 8 l-8 -8 Z`}></path>`
          : nothing}
        ${c.checkIns.filter((ci) => scale.has(ci.heldOn)).map((ci) => svg`<circle class="check-in held" cx=${scale.x(ci.heldOn!)} cy=${cy} r="6.5"></circle>`)}
        ${(c.stage === 'action-plan' || c.stage === 'check-in') && scale.has(r.checkInDue)
          ? svg`<circle class=${r.checkInOverdue ? 'check-in due overdue' : 'check-in due'} cx=${scale.x(r.checkInDue)} cy=${cy} r="6.5"></circle>`
          : nothing}
      </g>`;
    };

    return html`<section part="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      <div class="scroll" role="region" aria-label=${t.region} tabindex="0">
        <svg part="timeline-image" class="timeline" role="img" aria-label=${label} viewBox="0 0 ${TL.width} ${height}" preserveAspectRatio="xMinYMin meet">
          ${rows.map((_, i) => (i % 2 ? svg`<rect class="band" x="0" y=${TL.top + i * TL.row} width=${TL.width} height=${TL.row}></rect>` : nothing))}
          ${months.map(
            (m) => svg`<line class="month" x1=${edge(m)} x2=${edge(m)} y1=${TL.top - 20} y2=${bottom}></line>
              <text class="month-name" x=${edge(m) + 4} y=${TL.top - 8}>${monthName(m, locale, 'short')}</text>`,
          )}
          ${rows.map(row)}
          ${scale.has(today)
            ? svg`<g class="today"><line x1=${scale.x(today)} x2=${scale.x(today)} y1=${TL.top - 22} y2=${bottom}></line>
                <text class="today-label" x=${scale.x(today)} y="11" text-anchor="middle">${t.today}</text></g>`
            : nothing}
        </svg>
      </div>
      ${this.renderKey()}
    </section>`;
  }

  private renderKey() {
    const t = this.strings.timeline;
    const sample = (shape: TemplateResult) => html`<svg class="key-sample timeline" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;
    return html`<div class="key">
      <h4 id="key-heading">${t.key}</h4>
      <ul aria-labelledby="key-heading">
        <li>${sample(svg`<rect class="window" x="1" y="6" width="22" height="12" rx="3"></rect>`)} ${t.window}</li>
        <li>${sample(svg`<rect class="review-day" x="7" y="7" width="10" height="10"></rect>`)} ${t.reviewDay}</li>
        <li>${sample(svg`<path class="workshop held" d="M12 4 l8 8 l-8 8 l-8 -8 Z"></path>`)} ${t.workshopHeld}</li>
        <li>${sample(svg`<path class="workshop planned" d="M12 4 l8 8 l-8 8 l-8 -8 Z"></path>`)} ${t.workshopPlanned}</li>
        <li>${sample(svg`<circle class="check-in held" cx="12" cy="12" r="6.5"></circle>`)} ${t.checkInHeld}</li>
        <li>${sample(svg`<circle class="check-in due" cx="12" cy="12" r="6.5"></circle>`)} ${t.checkInDue}</li>
        <li>${sample(svg`<path class="attention-mark" d="M12 4 l8 15 h-16 Z"></path><path class="attention-bang" d="M12 9 v5 M12 16 v1.6"></path>`)} ${t.attention}</li>
        <li>${sample(svg`<g class="today"><line x1="12" x2="12" y1="2" y2="22"></line></g>`)} ${t.todayLine}</li>
      </ul>
    </div>`;
  }

  private renderTable(rows: readonly TrackerRow[], partnership: Partnership, year: string) {
    const t = this.strings.table;
    return html`<section part="table" aria-labelledby="table-heading">
      <h3 id="table-heading">${t.heading}</h3>
      <div class="scroll" role="region" aria-label=${t.region} tabindex="0">
        <table>
          <caption>${format(t.caption, { year: yearText(year) })}</caption>
          <thead>
            <tr>
              <th scope="col">${t.school}</th>
              <th scope="col">${t.stage}</th>
              <th scope="col">${t.next}</th>
              <th scope="col">${t.overdue}</th>
              <th scope="col">${t.workshop}</th>
              <th scope="col">${t.checkIn(partnership.config.checkInDays)}</th>
              <th scope="col">${t.lead}</th>
              <th scope="col">${t.facilitator}</th>
              <th scope="col" class="no-print">${t.record}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(rows, (r) => r.id, (r) => this.renderRow(r))}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderRow(r: TrackerRow) {
    const t = this.strings.table;
    const locale = this.strings.dateLocale;
    const date = (iso: string) => shortDate(iso, locale);
    const stageText = getCommonStrings(this.locale).stage;
    const c = r.cycle;
    const { status } = r;
    const active = ACTIVE.has(c.stage);
    const step = t.nextStep[c.stage];
    const next = !active || !step ? t.noNextStep : status.dueOn ? format(t.nextDue, { step, date: date(status.dueOn) }) : format(t.noDate, { step });

    const finished = c.workshop.finishedAt;
    const workshop = status.workshopHeld
      ? html`<span class="held">${heldIcon}${c.workshop.date ? format(t.workshopHeldOn, { date: date(c.workshop.date) }) : finished ? format(t.workshopHeldOn, { date: date(finished) }) : t.workshopHeld}</span>`
      : r.workshopNotHeld
        ? html`<strong class="flag">${warningIcon}${format(t.workshopNotHeld, { date: date(c.workshop.date ?? '') })}</strong>`
        : !active
          ? t.workshopNeverHeld
          : c.workshop.date
            ? format(t.workshopPlannedFor, { date: date(c.workshop.date) })
            : t.workshopNotYet;

    const lastHeld = c.checkIns.map((ci) => ci.heldOn).filter((d): d is string => Boolean(d)).sort().at(-1);
    const heldText = lastHeld ? html`<span class="held">${heldIcon}${format(t.checkInHeldOn, { date: date(lastHeld) })}</span>` : undefined;
    const followingUp = c.stage === 'action-plan' || c.stage === 'check-in';
    const checkIn = r.checkInOverdue
      ? html`<strong class="flag">${warningIcon}${format(t.checkInOverdue, { date: date(r.checkInDue ?? '') })}</strong>`
      : followingUp
        ? html`${heldText ? html`${heldText}<br />` : nothing}${r.checkInDue ? format(t.checkInDueOn, { date: date(r.checkInDue) }) : t.checkInNotYet}`
        : heldText ?? (active ? t.checkInNotYet : t.checkInNeverHeld);

    const overdue = status.overdue
      ? html`<strong class="flag">${warningIcon}${t.isOverdue}</strong>`
      : active
        ? t.notOverdue
        : html`<span class="muted">${t.notApplicable}</span>`;

    return html`<tr part="row" class=${r.needsAttention ? 'attention' : ''} data-cycle=${r.id} data-school=${c.hostSchoolId} data-stage=${c.stage}>
      <th scope="row">
        <span class="school-name">${r.schoolName}</span>
        ${r.school?.group ? html`<span class="muted group">${r.school.group}</span>` : nothing}
        ${r.needsAttention ? html`<span class="tag">${warningIcon}${t.needsAttention}</span>` : nothing}
      </th>
      <td data-col="stage">${stageText[c.stage]}${c.stage === 'paused' && c.pausedFrom ? html` <span class="muted">${format(t.pausedFrom, { stage: stageText[c.pausedFrom] })}</span>` : nothing}</td>
      <td data-col="next">${next}</td>
      <td data-col="overdue">${overdue}</td>
      <td data-col="workshop">${workshop}</td>
      <td data-col="check-in">${checkIn}</td>
      <td data-col="lead">${r.leadReviewer ?? html`<span class="muted">${t.nobody}</span>`}</td>
      <td data-col="facilitator">${r.facilitator ?? html`<span class="muted">${t.nobody}</span>`}</td>
      <td class="no-print">
        <button type="button" data-export-json aria-label=${format(t.exportJsonLabel, { school: r.schoolName })} @click=${() => this.exportJson(r)}>${t.exportJson}</button>
      </td>
    </tr>`;
  }

  private renderExport(rows: readonly TrackerRow[], partnership: Partnership, year: string, today: string) {
    const t = this.strings.exports;
    return html`<section part="export" class="no-print" aria-labelledby="export-heading">
      <h3 id="export-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      <button type="button" class="primary" data-export-csv @click=${() => this.exportCsv(rows, partnership, year, today)}>
        ${plural(t.csv, rows.length)}
      </button>
      <p role="status" aria-live="polite" data-export-status>${this.exportMessage}</p>
    </section>`;
  }

  private exportCsv(rows: readonly TrackerRow[], partnership: Partnership, year: string, today: string): void {
    const file = format(this.strings.exports.csvFile, { year: fileSafe(year), date: fileSafe(today) });
    downloadFile(this.renderRoot, file, 'text/csv;charset=utf-8', cyclesCsv(rows.map((r) => r.cycle), partnership, today, { locale: this.locale }));
    this.exportMessage = this.strings.exports.csvDone(rows.length, { file });
  }

  private exportJson(row: TrackerRow): void {
    const file = format(this.strings.exports.jsonFile, { id: fileSafe(row.id) });
    downloadFile(this.renderRoot, file, 'application/json', `${JSON.stringify(row.cycle, null, 2)}\n`);
    this.exportMessage = format(this.strings.exports.jsonDone, { file, school: row.schoolName });
  }
}
