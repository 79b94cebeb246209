import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ConflictError,
  can,
  runStoreCommand,
  defaultReviewWindows,
  eligibleFacilitators,
  eligibleReviewers,
  explainRefusal,
  findPerson,
  planSchedule,
  publishSchedule,
  reviewTeamViolations,
  scheduleStats,
  termName,
  validateSchedule,
  type Cycle,
  type Decision,
  type Partnership,
  type Person,
  type ReviewWindow,
  type Schedule,
  type ScheduledReview,
  type SchedulePlanProblem,
  type Store,
} from '@spp/core';
import type { DocumentController, DocumentSource, StoredDoc } from '../shared/document-controller';
import { SppElement } from '../shared/spp-element';
import { format, formatNumber, yearText, getCommonStrings } from '../shared/strings';
import { ScheduleController } from './review-schedule.controller';
import { SppSchedulePublishedEvent } from './review-schedule.events';
import { MAP, PlanDrafts, arrow, circleLayout, reviewLinks, windowChoices, windowKey, wrapLabel } from './review-schedule.helpers';
import { isIsoDate, longDate } from '../shared/dates';
import { getReviewScheduleStrings } from './review-schedule.strings';
import { reviewScheduleStyles } from './review-schedule.styles';

/** What the schedule's checks found, split the way the widget shows them. */
interface Checks {
  all: SchedulePlanProblem[];
  errors: number;
  warnings: number;
  /** Problems about one review, shown next to it. */
  byReview: Map<string, SchedulePlanProblem[]>;
  /** Problems about the schedule as a whole or one person, shown in the summary. */
  general: SchedulePlanProblem[];
}

/** Whether a list item begins with a vowel (Welsh writes "ac", not "a", before one). */
const startsWithVowel = (text: string) => /^[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöüẅÿ]/i.test(text.trim());

/**
 * @summary The partnership's review schedule for the year: who reviews whom, when, and who
 * facilitates each improvement workshop, with a map of the review links between schools, how
 * fairly the work is shared, hand adjustments checked against the partnership's rules, and
 * publishing, which creates each school's review cycle.
 *
 * Works on the `schedule` document `schedule-id` (default `schedule-<academicYear>`). When there
 * is none yet, the partnership lead can plan the year: core's `planSchedule` shares the reviews
 * out and the schedule is created in the store; if it cannot be done, core's explanations are
 * shown (each names the school and the rule) and nothing is created.
 *
 * Every hand change (lead reviewer, team, window, facilitator) goes through core's
 * `applyScheduleEdit` and is saved as the person works; core's `validateSchedule` explains any
 * broken rule next to the review it concerns, and a polite live region sums the checks up.
 * Publishing (only without errors) asks core's `publishSchedule` for the new cycles, saves each,
 * and marks the schedule published; after that it is read-only. Everyone other than the
 * partnership lead reads the schedule, with core's reason.
 *
 * The map is an SVG (`role="img"` with a summary as its label); the table "Who reviews whom" is
 * its accessible equivalent, and a key lists every school and whom its people review.
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The heading, introduction and the read-only or published notice.
 * @csspart plan - Planning the year: team size, review windows and the button.
 * @csspart plan-problems - Why the year could not be planned.
 * @csspart checks - The summary of the schedule's checks (a live region) and problems about the whole schedule.
 * @csspart table - Who reviews whom.
 * @csspart map - The map of review links and its key.
 * @csspart map-image - The SVG map itself.
 * @csspart fairness - How the work is shared between schools and people.
 * @csspart adjust - Hand adjustments, one group per review.
 * @csspart review - One review's adjustments and its checks.
 * @csspart publish - Publishing the schedule.
 * @csspart confirm - The in-page confirmation before publishing.
 * @csspart outcome - What publishing did (a live region).
 * @csspart save-state - The save-state live region and its retry/conflict buttons.
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused the last change.
 *
 * @cssprop --spp-color-brand - Brand colour: primary buttons, map arrows and school nodes.
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour (numbers in the map's nodes).
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints and secondary text.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of table headings and review groups.
 * @cssprop --spp-color-border - Borders of controls and tables.
 * @cssprop --spp-color-border-subtle - Borders of sections and table rows.
 * @cssprop --spp-color-danger - Problems to fix.
 * @cssprop --spp-color-success - A schedule that follows every rule.
 * @cssprop --spp-color-warning-surface - Background of notices and fairness points.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family.
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 *
 * @event spp-schedule-published - The schedule was published; `event.cycleIds` lists the cycles created, `event.schedule` the schedule.
 * @event spp-refused - Core refused a change; `event.refusal.reason` says why.
 * @event spp-save-state - Saving started, finished, failed (`event.error`) or hit a conflict.
 */
export class SppReviewSchedule extends SppElement {
  static override styles = reviewScheduleStyles;

  /** The schedule document to show. Defaults to `schedule-<academicYear>` of the partnership. */
  @property({ attribute: 'schedule-id' }) scheduleId?: string;

  private scheduleState = new ScheduleController(this, () => this.source());

  @state() private planning = false;
  @state() private planProblems?: SchedulePlanProblem[];
  @state() private planError?: string;
  @state() private confirmingPublish = false;
  @state() private publishing = false;
  @state() private outcome = '';
  @state() private publishError = '';
  /** Polite one-off announcements (planning done, a schedule created elsewhere). */
  @state() private announcement = '';

  private readonly drafts = new PlanDrafts();
  private watched?: { store: Store; id: string; stop: () => void };
  private focusWhenReady?: string;

  protected get documentState() {
    return this.scheduleState as unknown as DocumentController<StoredDoc, unknown>;
  }

  private get strings() {
    return getReviewScheduleStrings(this.locale);
  }

  /** The id of the schedule document: the `schedule-id` attribute, or the academic year's. */
  private get resolvedScheduleId(): string | undefined {
    const partnership = this.resolvedPartnership;
    return this.scheduleId ?? (partnership ? `schedule-${partnership.academicYear}` : undefined);
  }

  private source(): DocumentSource {
    return { ...this.baseSource(), id: this.resolvedScheduleId };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncWatch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watched?.stop();
    this.watched = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('partnership') || changed.has('scheduleId')) this.planProblems = undefined;
    const partnership = this.resolvedPartnership;
    const actor = this.resolvedActor;
    const id = this.resolvedScheduleId;
    this.drafts.use(partnership && actor && id ? `spp-schedule-plan:${partnership.id}:${id}:${actor.id}` : undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncWatch();
    if (this.focusWhenReady) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusWhenReady);
      if (target) {
        this.focusWhenReady = undefined;
        target.focus();
      }
    }
  }

  /**
   * While there is no schedule, watches the store for one (planned here or in another tab) and
   * loads it when it appears.
   */
  private syncWatch(): void {
    const store = this.resolvedStore;
    const id = this.resolvedScheduleId;
    if (this.watched && this.watched.store === store && this.watched.id === id) return;
    this.watched?.stop();
    this.watched = undefined;
    if (!store || !id || !this.isConnected) return;
    const stop = store.watch('schedule', id, () => {
      if (this.scheduleState.loadState === 'missing') this.reloadSchedule();
    });
    this.watched = { store, id, stop };
  }

  /** Starts over with a fresh controller, which loads the schedule from the store. */
  private reloadSchedule(): void {
    const old = this.scheduleState;
    old.hostDisconnected();
    this.removeController(old);
    this.scheduleState = new ScheduleController(this, () => this.source());
    this.requestUpdate();
  }

  private focusLater(selector: string): void {
    this.focusWhenReady = selector;
    this.requestUpdate();
  }

  // --- Asking core --------------------------------------------------------------------------------

  private decision(partnership: Partnership): Decision {
    const actor = this.resolvedActor;
    if (!actor) return { allowed: false, rule: 'member-of-partnership', reason: getCommonStrings(this.locale).notConnected };
    return can(actor, 'plan-schedule', null, partnership, undefined, this.locale);
  }

  private checks(schedule: Schedule, partnership: Partnership): Checks {
    const all = validateSchedule(partnership, schedule, this.locale);
    const ids = new Set(schedule.reviews.map((r) => r.id));
    const byReview = new Map<string, SchedulePlanProblem[]>();
    const general: SchedulePlanProblem[] = [];
    for (const p of all) {
      if (p.reviewId !== undefined && ids.has(p.reviewId)) byReview.set(p.reviewId, [...(byReview.get(p.reviewId) ?? []), p]);
      else general.push(p);
    }
    const errors = all.filter((p) => p.severity === 'error').length;
    return { all, errors, warnings: all.length - errors, byReview, general };
  }

  /** Eligible reviewers of a host school, and which of them core would let lead its review. */
  private candidates(review: ScheduledReview, partnership: Partnership): { reviewers: Person[]; leaders: Person[] } {
    const reviewers = eligibleReviewers(review.hostSchoolId, partnership);
    // A one-person probe team, as the planner asks: apart from its size, anything core objects to is about this person leading.
    const leaders = reviewers.filter((p) =>
      reviewTeamViolations({ leadReviewerId: p.id, memberIds: [p.id] }, review.hostSchoolId, partnership).every((v) => v.rule === 'team-size'),
    );
    return { reviewers, leaders };
  }

  // --- Names and dates ----------------------------------------------------------------------------

  private schoolName(partnership: Partnership, id: string | undefined): string {
    const school = partnership.schools.find((s) => s.id === id);
    return school ? school.name : format(this.strings.unknownSchool, { id: id ?? '' });
  }

  private personName(partnership: Partnership, id: string): string {
    const person = findPerson(partnership, id);
    if (!person) return format(this.strings.adjust.unknownPerson, { id });
    return person.schoolId ? format(this.strings.personAtSchool, { name: person.name, school: this.schoolName(partnership, person.schoolId) }) : person.name;
  }

  private date(iso: string, options: { weekday?: boolean; month?: 'long' | 'short' } = {}): string {
    return longDate(iso, this.strings.dateLocale, options);
  }

  private number(n: number): string {
    return formatNumber(n, this.strings.dateLocale);
  }

  /** A window's name in the widget's language: a default window's term, else the name it was given. */
  private term(w: ReviewWindow): string {
    return termName(w, this.locale);
  }

  /** A window as a select option: short dates, so it fits the control. */
  private windowText(w: ReviewWindow): string {
    return format(this.strings.adjust.windowOption, { term: this.term(w), from: this.date(w.from, { month: 'short' }), to: this.date(w.to, { month: 'short' }) });
  }

  private ruleName(rule: string): string {
    return (this.strings.rules as Record<string, string>)[rule] ?? rule;
  }

  /**
   * Schools as the catalogue lists them (`map.list`): each as its `item`, joined by `separator`,
   * the last two by `last`, or `lastBeforeVowel` when the last item begins with a vowel.
   */
  private schoolList(schools: readonly string[]): string {
    const t = this.strings.map.list;
    const items = schools.map((school) => format(t.item, { school }));
    if (items.length < 2) return items.join('');
    const last = items[items.length - 1]!;
    return `${items.slice(0, -1).join(t.separator)}${startsWithVowel(last) ? t.lastBeforeVowel : t.last}${last}`;
  }

  // --- Planning -----------------------------------------------------------------------------------

  private teamSize(partnership: Partnership): number {
    const { min, max } = partnership.config.teamSize;
    const kept = this.drafts.get().teamSize;
    return typeof kept === 'number' && Number.isInteger(kept) && kept >= min && kept <= max ? kept : min;
  }

  private planWindows(partnership: Partnership): ReviewWindow[] {
    const kept = this.drafts.get().windows;
    return Array.isArray(kept) && kept.length ? kept : defaultReviewWindows(partnership.academicYear);
  }

  private setWindowDate(partnership: Partnership, index: number, field: 'from' | 'to', value: string): void {
    const windows = this.planWindows(partnership).map((w, i) => (i === index ? { ...w, [field]: value } : w));
    this.drafts.set({ windows });
    this.requestUpdate();
  }

  private async plan(partnership: Partnership): Promise<void> {
    const store = this.resolvedStore;
    const id = this.resolvedScheduleId;
    if (this.planning || !store || !id) return;
    this.planError = undefined;
    const decision = this.decision(partnership);
    if (!decision.allowed) {
      this.planError = decision.reason;
      return;
    }
    const result = planSchedule(partnership, { teamSize: this.teamSize(partnership), windows: this.planWindows(partnership), scheduleId: id, locale: this.locale });
    if (!result.ok) {
      this.planProblems = result.problems;
      this.focusLater('#infeasible-heading');
      return;
    }
    this.planProblems = undefined;
    this.planning = true;
    try {
      // Made, then given its reviews: two commands, so a server runs both through core.
      const made = await runStoreCommand(store, { kind: 'schedule', id }, { type: 'CREATE_SCHEDULE' }, { actor: this.resolvedActor!, partnership });
      const planned = made.ok ? await runStoreCommand(store, { kind: 'schedule', id }, { type: 'SET_REVIEWS', reviews: result.schedule.reviews }, { actor: this.resolvedActor!, partnership }) : made;
      if (!planned.ok) {
        if (planned.refusal.code !== 'record-exists') {
          this.planError = format(this.strings.notPlanned.saveFailed, { reason: explainRefusal(planned.refusal, this.locale) });
          this.focusLater('[data-plan]');
          return;
        }
        this.announcement = this.strings.notPlanned.createdElsewhere;
      }
      this.drafts.clear();
    } catch (error) {
      if (!(error instanceof ConflictError)) {
        this.planError = format(this.strings.notPlanned.saveFailed, { reason: (error as Error).message });
        this.focusLater('[data-plan]');
        return;
      }
      this.announcement = this.strings.notPlanned.createdElsewhere;
    } finally {
      this.planning = false;
    }
    this.reloadSchedule();
    this.focusLater('#checks-heading, #table-heading');
  }

  // --- Hand adjustments ---------------------------------------------------------------------------

  private updateReview(review: ScheduledReview, change: { leadReviewerId?: string; memberIds?: string[]; facilitatorId?: string | null; window?: ReviewWindow }): void {
    this.scheduleState.edit({ type: 'UPDATE_REVIEW', reviewId: review.id, ...change });
  }

  private onLead(review: ScheduledReview, event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    if (!id || id === review.leadReviewerId) return;
    // The new lead takes the old lead's place in the team.
    const memberIds = [id, ...review.memberIds.filter((m) => m !== review.leadReviewerId && m !== id)];
    this.updateReview(review, { leadReviewerId: id, memberIds });
  }

  private onMember(review: ScheduledReview, personId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const memberIds = checked ? [...review.memberIds.filter((m) => m !== personId), personId] : review.memberIds.filter((m) => m !== personId);
    this.updateReview(review, { memberIds });
  }

  private onFacilitator(review: ScheduledReview, event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    if ((id || undefined) === review.facilitatorId) return;
    this.updateReview(review, { facilitatorId: id || null });
  }

  private onWindow(review: ScheduledReview, choices: ReviewWindow[], event: Event): void {
    const chosen = choices[Number((event.target as HTMLSelectElement).value)];
    if (!chosen || windowKey(chosen) === windowKey(review.window)) return;
    this.updateReview(review, { window: chosen });
  }

  // --- Publishing ---------------------------------------------------------------------------------

  private askPublish(ready: boolean): void {
    if (!ready) return;
    this.confirmingPublish = true;
    this.focusLater('#confirm-heading');
  }

  private cancelPublish(): void {
    this.confirmingPublish = false;
    this.focusLater('[data-publish]');
  }

  private async publish(partnership: Partnership): Promise<void> {
    const t = this.strings.publish;
    const store = this.resolvedStore;
    const actor = this.resolvedActor;
    const c = this.scheduleState;
    this.confirmingPublish = false;
    if (this.publishing || !store || !actor) return;
    this.publishing = true;
    this.outcome = '';
    this.publishError = '';
    try {
      await c.flush();
      if (!c.schedule || c.saveState === 'failed' || c.saveState === 'conflict') {
        this.publishError = format(t.unsaved, { reason: c.error?.message ?? '' });
        return;
      }
      // Held back by the server (it changed there): publishing now would create cycles from a schedule the server does not have.
      if (c.queued === 'held') {
        this.publishError = t.held;
        return;
      }
      const schedule = c.schedule;
      const existing: Cycle[] = (await store.list('cycle')).documents;
      // Which cycles publishing makes (the same rule runs again where the records are kept).
      const preview = publishSchedule(schedule, partnership, actor, existing, this.locale);
      if (!preview.ok) {
        this.publishError = format(t.refused, { reason: preview.reason });
        return;
      }
      const result = await runStoreCommand(store, { kind: 'schedule', id: schedule.id }, { type: 'PUBLISH_SCHEDULE' }, { actor, partnership });
      if (!result.ok) {
        this.publishError = format(t.refused, { reason: explainRefusal(result.refusal, this.locale) });
        return;
      }
      const created = preview.cycles.map((cycle) => cycle.id);
      await c.reload();
      this.outcome = t.done(created.length);
      const published = new SppSchedulePublishedEvent(created, c.schedule ?? schedule);
      this.dispatchEvent(published);
      this.focusLater('#published-notice');
    } catch (error) {
      this.publishError = format(t.refused, { reason: (error as Error).message });
    } finally {
      this.publishing = false;
      if (this.publishError) this.focusLater('[data-publish]');
    }
  }

  // --- Rendering ----------------------------------------------------------------------------------

  protected override render() {
    const common = getCommonStrings(this.locale);
    const partnership = this.resolvedPartnership;
    const c = this.scheduleState;
    if (partnership && this.resolvedActor) {
      const decision = this.decision(partnership);
      if (!decision.allowed && decision.rule === 'member-of-partnership') {
        return html`<div part="base"><p class="notice error" role="alert">${decision.reason}</p></div>`;
      }
    }
    if (partnership && c.loadState === 'missing') return this.renderNotPlanned(partnership);
    const loading = this.renderLoadState(common.missingRecord);
    const schedule = c.schedule;
    if (loading || !schedule || !partnership) {
      return html`<div part="base">
        ${loading ?? html`<p role="status">${this.strings.loadingSchedule}</p>`}
        <div class="status-bar">${this.renderSaveState()} ${this.renderRefusal()}</div>
      </div>`;
    }
    const decision = this.decision(partnership);
    const editable = decision.allowed && !schedule.publishedAt;
    const checks = this.checks(schedule, partnership);
    return html`<div part="base">
      ${this.renderHeader(partnership, schedule, decision)}
      <div class="status-bar">
        ${this.renderSaveState()} ${this.renderRefusal()}
        <p class="announcement muted" role="status" aria-live="polite">${this.announcement}</p>
        <p part="outcome" role="status" aria-live="polite" class=${this.outcome ? 'outcome' : ''}>${this.outcome}</p>
      </div>
      ${schedule.publishedAt ? nothing : this.renderChecks(partnership, checks)} ${this.renderTable(partnership, schedule, checks, editable)}
      ${this.renderMap(partnership, schedule)} ${this.renderFairness(partnership, schedule)}
      ${editable ? this.renderAdjust(partnership, schedule, checks) : nothing} ${editable ? this.renderPublish(partnership, schedule, checks) : nothing}
    </div>`;
  }

  private renderHeader(partnership: Partnership, schedule: Schedule, decision: Decision) {
    const t = this.strings;
    return html`<div class="header" part="header">
      <h2 id="schedule-heading" tabindex="-1">${format(t.heading, { year: yearText(partnership.academicYear) })}</h2>
      <p class="muted">${partnership.name}</p>
      <p>${t.intro}</p>
      ${schedule.publishedAt
        ? html`<p class="notice published" id="published-notice" tabindex="-1">${format(t.published, { date: this.date(schedule.publishedAt) })}</p>`
        : decision.allowed
          ? nothing
          : html`<p class="notice" data-read-only>${format(t.readOnly, { reason: decision.reason })}</p>`}
    </div>`;
  }

  private renderNotPlanned(partnership: Partnership) {
    const t = this.strings.notPlanned;
    const year = yearText(partnership.academicYear);
    const decision = this.decision(partnership);
    return html`<div part="base">
      <div class="header" part="header">
        <h2>${format(this.strings.heading, { year })}</h2>
        <p class="muted">${partnership.name}</p>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <section part="plan" aria-labelledby="plan-heading">
        <h3 id="plan-heading">${format(t.heading, { year })}</h3>
        ${decision.allowed ? this.renderPlanForm(partnership) : html`<p class="notice" data-read-only>${format(t.readOnly, { reason: decision.reason })}</p>`}
      </section>
      ${this.planProblems ? this.renderPlanProblems(partnership, this.planProblems) : nothing}
    </div>`;
  }

  private renderPlanForm(partnership: Partnership) {
    const t = this.strings.notPlanned;
    const { min, max } = partnership.config.teamSize;
    const size = this.teamSize(partnership);
    const windows = this.planWindows(partnership);
    return html`<p>${t.intro}</p>
      ${min < max
        ? html`<div class="field narrow">
            <label for="team-size">${t.teamSize}</label>
            <select
              id="team-size"
              @change=${(e: Event) => {
                this.drafts.set({ teamSize: Number((e.target as HTMLSelectElement).value) });
                this.requestUpdate();
              }}
            >
              ${Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => html`<option value=${n} .selected=${live(n === size)}>${this.number(n)}</option>`)}
            </select>
          </div>`
        : html`<p>${t.teamSizeFixed(min)}</p>`}
      <fieldset class="windows" aria-describedby="windows-hint">
        <legend>${t.windows}</legend>
        <p class="hint" id="windows-hint">${t.windowsHint}</p>
        <div class="window-list">
          ${windows.map(
            (w, i) => html`<fieldset class="window">
              <legend>${this.term(w)}</legend>
              ${this.renderDateField(partnership, i, 'from', w.from, t.from)} ${this.renderDateField(partnership, i, 'to', w.to, t.to)}
            </fieldset>`,
          )}
        </div>
      </fieldset>
      <button
        type="button"
        class="primary"
        data-plan
        aria-disabled=${this.planning ? 'true' : 'false'}
        aria-describedby=${this.planError ? 'plan-error' : nothing}
        @click=${() => void this.plan(partnership)}
      >
        ${this.planning ? t.planning : t.plan}
      </button>
      <div role="alert">${this.planError ? html`<p class="field-error" id="plan-error">${this.planError}</p>` : nothing}</div>`;
  }

  /**
   * A window's date field. The native field writes the date the browser's way, whatever the
   * page's language, so the date is also written out beside it in the widget's language.
   */
  private renderDateField(partnership: Partnership, index: number, field: 'from' | 'to', value: string, label: string) {
    const id = `window-${field}-${index}`;
    const shown = isIsoDate(value) ? format(this.strings.notPlanned.dateShown, { date: this.date(value, { weekday: true }) }) : '';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="date"
        aria-describedby=${shown ? `${id}-shown` : nothing}
        .value=${live(value)}
        @change=${(e: Event) => this.setWindowDate(partnership, index, field, (e.target as HTMLInputElement).value)}
      />
      ${shown ? html`<p class="hint date-shown" id="${id}-shown">${shown}</p>` : nothing}
    </div>`;
  }

  private problemText(partnership: Partnership, p: SchedulePlanProblem): string {
    const t = this.strings.infeasible;
    const rule = this.ruleName(p.rule);
    return p.schoolId
      ? format(t.problem, { school: this.schoolName(partnership, p.schoolId), rule, message: p.message })
      : format(t.general, { rule, message: p.message });
  }

  private renderPlanProblems(partnership: Partnership, problems: SchedulePlanProblem[]) {
    const t = this.strings.infeasible;
    return html`<section part="plan-problems" class="problems-box" aria-labelledby="infeasible-heading">
      <h3 id="infeasible-heading" tabindex="-1">${t.heading}</h3>
      <p>${t.intro}</p>
      <ul class="problems">
        ${problems.map((p) => html`<li class="problem ${p.severity}" data-rule=${p.rule} data-school=${p.schoolId ?? nothing}>${this.problemText(partnership, p)}</li>`)}
      </ul>
      <p class="hint">${t.fix}</p>
    </section>`;
  }

  private renderProblem(p: SchedulePlanProblem) {
    const t = this.strings.checks;
    return html`<li class="problem ${p.severity}" data-rule=${p.rule}>
      <strong>${p.severity === 'error' ? t.toFix : t.toLookAt}</strong> ${p.message}
      <span class="rule">${format(t.rule, { rule: this.ruleName(p.rule) })}</span>
    </li>`;
  }

  /** "1 problem to fix", "2 fairness points to look at", or both, one line each. */
  private counts(errors: number, warnings: number) {
    const t = this.strings.checks;
    return html`${errors ? html`<span class="count error">${t.errorCount(errors)}</span>` : nothing}${errors && warnings ? html`<br />` : nothing}${warnings
      ? html`<span class="count">${t.warningCount(warnings)}</span>`
      : nothing}`;
  }

  private renderChecks(partnership: Partnership, checks: Checks) {
    const t = this.strings.checks;
    // Whole sentences: the problems to fix, then (if any) the fairness points as a second sentence.
    const summary =
      checks.errors > 0
        ? html`<span>${t.errors(checks.errors)}</span>${checks.warnings > 0 ? html` <span>${t.alsoWarnings(checks.warnings)}</span>` : nothing}`
        : checks.warnings > 0
          ? t.warningsOnly(checks.warnings)
          : t.allClear;
    const state = checks.errors ? 'has-errors' : checks.warnings ? 'has-warnings' : 'clear';
    return html`<section part="checks" aria-labelledby="checks-heading" class=${state}>
      <h3 id="checks-heading" tabindex="-1">${t.heading}</h3>
      <p role="status" aria-live="polite" data-checks-summary class="summary">${summary}</p>
      ${checks.general.length ? html`<ul class="problems">${checks.general.map((p) => this.renderProblem(p))}</ul>` : nothing}
    </section>`;
  }

  private renderTable(partnership: Partnership, schedule: Schedule, checks: Checks, editable: boolean) {
    const t = this.strings.table;
    const cellFor = (r: ScheduledReview) => {
      const problems = checks.byReview.get(r.id) ?? [];
      if (!problems.length) return html`<span class="ok">${t.ok}</span>`;
      if (editable) {
        const errors = problems.filter((p) => p.severity === 'error').length;
        return this.counts(errors, problems.length - errors);
      }
      return html`<ul class="problems compact">${problems.map((p) => this.renderProblem(p))}</ul>`;
    };
    return html`<section part="table" aria-labelledby="table-heading">
      <h3 id="table-heading" tabindex="-1">${t.heading}</h3>
      ${schedule.reviews.length
        ? html`<div class="scroll" role="region" aria-label=${t.region} tabindex="0">
            <table>
              <caption class="visually-hidden">${format(t.caption, { year: yearText(partnership.academicYear) })}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.host}</th>
                  <th scope="col">${t.window}</th>
                  <th scope="col">${t.lead}</th>
                  <th scope="col">${t.members}</th>
                  <th scope="col">${t.facilitator}</th>
                  ${schedule.publishedAt ? nothing : html`<th scope="col">${t.checks}</th>`}
                </tr>
              </thead>
              <tbody>
                ${schedule.reviews.map((r) => {
                  const others = r.memberIds.filter((m) => m !== r.leadReviewerId);
                  return html`<tr data-review=${r.id}>
                    <th scope="row">${this.schoolName(partnership, r.hostSchoolId)}</th>
                    <td>${this.term(r.window)}<br /> <span class="muted">${format(t.dates, { from: this.date(r.window.from), to: this.date(r.window.to) })}</span></td>
                    <td>${this.personName(partnership, r.leadReviewerId)}</td>
                    <td>
                      ${others.length ? html`<ul class="plain">${others.map((m) => html`<li>${this.personName(partnership, m)}</li>`)}</ul>` : t.none}
                    </td>
                    <td>${r.facilitatorId ? this.personName(partnership, r.facilitatorId) : html`<span class="muted">${t.noFacilitator}</span>`}</td>
                    ${schedule.publishedAt ? nothing : html`<td>${cellFor(r)}</td>`}
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">${t.empty}</p>`}
    </section>`;
  }

  private renderMap(partnership: Partnership, schedule: Schedule) {
    const t = this.strings.map;
    const schools = partnership.schools;
    const points = circleLayout(schools.length);
    const index = new Map(schools.map((s, i) => [s.id, i] as const));
    const links = reviewLinks(schedule, partnership);
    const pairs = links.filter((l) => l.reciprocal).length / 2;
    const label = format(t.label, { schools: t.schools(schools.length), links: t.links(links.length), pairs: t.pairs(pairs) });
    const cx = MAP.width / 2;
    const cy = MAP.height / 2;
    const lineHeight = 16;
    const node = (i: number) => {
      const school = schools[i]!;
      const p = points[i]!;
      const dx = p.x - cx;
      const dy = p.y - cy;
      const d = Math.hypot(dx, dy) || 1;
      const [ux, uy] = [dx / d, dy / d];
      const lines = wrapLabel(school.name);
      const anchor = ux > 0.3 ? 'start' : ux < -0.3 ? 'end' : 'middle';
      const reach = MAP.node + 8;
      const lx = p.x + ux * reach;
      const ly = p.y + uy * reach;
      // Lines stack upwards above the circle, downwards below it, and centre on the sides.
      const top = uy < -0.3 ? ly - (lines.length - 1) * lineHeight : uy > 0.3 ? ly + lineHeight * 0.8 : ly - ((lines.length - 1) * lineHeight) / 2 + 5;
      return svg`<g class="school" data-school=${school.id}>
        <circle cx=${p.x} cy=${p.y} r=${MAP.node}></circle>
        <text class="number" x=${p.x} y=${p.y + 6} text-anchor="middle">${this.number(i + 1)}</text>
        <text class="name" text-anchor=${anchor}>${lines.map((line, j) => svg`<tspan x=${lx} y=${top + j * lineHeight}>${line}</tspan>`)}</text>
      </g>`;
    };
    const gives = (id: string) => links.filter((l) => l.from === id).map((l) => this.schoolName(partnership, l.to));
    return html`<section part="map" aria-labelledby="map-heading">
      <h3 id="map-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      <div class="map-layout">
        <svg part="map-image" class="map" role="img" aria-label=${label} viewBox="0 0 ${MAP.width} ${MAP.height}" preserveAspectRatio="xMidYMid meet">
          ${links.map((l) => {
            const a = points[index.get(l.from)!]!;
            const b = points[index.get(l.to)!]!;
            const { line, head } = arrow(a, b, 26);
            return svg`<g class="link" data-from=${l.from} data-to=${l.to}><path class="line" d=${line}></path><path class="head" d=${head}></path></g>`;
          })}
          ${schools.map((_, i) => node(i))}
        </svg>
        <div class="map-key">
          <h4 id="map-key-heading">${t.key}</h4>
          <ol aria-labelledby="map-key-heading">
            ${schools.map((s) => {
              const to = gives(s.id);
              return html`<li data-school=${s.id}><strong>${s.name}</strong>${t.keySeparator}${to.length ? format(t.givesTo, { schools: this.schoolList(to) }) : t.givesToNone}</li>`;
            })}
          </ol>
        </div>
      </div>
    </section>`;
  }

  private renderFairness(partnership: Partnership, schedule: Schedule) {
    const t = this.strings.fairness;
    const stats = scheduleStats(partnership, schedule);
    const aim = partnership.config.maxReviewsPerPerson;
    const notGiving = stats.schoolsNotGiving.map((id) => this.schoolName(partnership, id));
    return html`<section part="fairness" aria-labelledby="fairness-heading">
      <h3 id="fairness-heading">${t.heading}</h3>
      ${notGiving.length
        ? html`<div class="notice" data-not-giving>
            <p>${t.notGiving(notGiving.length)}</p>
            <ul>
              ${notGiving.map((name) => html`<li>${name}</li>`)}
            </ul>
          </div>`
        : html`<p data-not-giving>${t.everyoneGives}</p>`}
      <div class="scroll" role="region" aria-label=${t.schoolsRegion} tabindex="0">
        <table data-school-stats>
          <caption>${t.schoolsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.school}</th>
              <th scope="col">${t.received}</th>
              <th scope="col">${t.reviewersReceived}</th>
              <th scope="col">${t.given}</th>
              <th scope="col">${t.reviewersGiven}</th>
              <th scope="col">${t.facilitations}</th>
            </tr>
          </thead>
          <tbody>
            ${stats.schools.map(
              (s) => html`<tr data-school=${s.schoolId}>
                <th scope="row">${s.name}</th>
                <td>${this.number(s.received)}</td>
                <td>${this.number(s.reviewersReceived)}</td>
                <td>${this.number(s.given)}</td>
                <td>${this.number(s.reviewersGiven)}</td>
                <td>${this.number(s.facilitations)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p data-max-load>${t.maxLoad(aim, { max: this.number(stats.maxReviews) })}</p>
      <div class="scroll" role="region" aria-label=${t.peopleRegion} tabindex="0">
        <table data-person-stats>
          <caption>${t.peopleCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.person}</th>
              <th scope="col">${t.personSchool}</th>
              <th scope="col">${t.reviews}</th>
              <th scope="col">${t.leads}</th>
              <th scope="col">${t.facilitating}</th>
            </tr>
          </thead>
          <tbody>
            ${stats.people.map(
              (p) => html`<tr data-person=${p.personId} class=${p.reviews > aim ? 'over' : ''}>
                <th scope="row">${p.name}</th>
                <td>${p.schoolId ? this.schoolName(partnership, p.schoolId) : html`<span class="muted">${t.noSchool}</span>`}</td>
                <td>${this.number(p.reviews)}</td>
                <td>${this.number(p.leads)}</td>
                <td>${this.number(p.facilitations)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderAdjust(partnership: Partnership, schedule: Schedule, checks: Checks) {
    const t = this.strings.adjust;
    const choices = windowChoices(defaultReviewWindows(partnership.academicYear), schedule);
    return html`<section part="adjust" aria-labelledby="adjust-heading">
      <h3 id="adjust-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      <div class="reviews">
        ${repeat(
          schedule.reviews,
          (r) => r.id,
          (r) => this.renderReview(partnership, r, choices, checks.byReview.get(r.id) ?? []),
        )}
      </div>
    </section>`;
  }

  private renderReview(partnership: Partnership, r: ScheduledReview, choices: ReviewWindow[], problems: SchedulePlanProblem[]) {
    const t = this.strings.adjust;
    const school = this.schoolName(partnership, r.hostSchoolId);
    const { reviewers, leaders } = this.candidates(r, partnership);
    const leaderIds = new Set(leaders.map((p) => p.id));
    const others = partnership.people.filter((p) => !leaderIds.has(p.id));
    const leadKnown = partnership.people.some((p) => p.id === r.leadReviewerId);
    const reviewerIds = new Set(reviewers.map((p) => p.id));
    const strays = r.memberIds.filter((m, i) => !reviewerIds.has(m) && r.memberIds.indexOf(m) === i);
    const facilitators = eligibleFacilitators(r.hostSchoolId, partnership);
    const facilitatorListed = !r.facilitatorId || facilitators.some((p) => p.id === r.facilitatorId);
    const key = windowKey(r.window);
    const checksId = `checks-${r.id}`;
    const describedBy = problems.length ? checksId : nothing;
    const headingId = `review-heading-${r.id}`;
    const memberBox = (id: string, stray: boolean) => html`<li>
      <input
        type="checkbox"
        id="member-${r.id}-${id}"
        .checked=${live(r.memberIds.includes(id))}
        @change=${(e: Event) => this.onMember(r, id, e)}
      />
      <label for="member-${r.id}-${id}"
        >${this.personName(partnership, id)}${id === r.leadReviewerId ? html` <span class="mark">${t.leadMark}</span>` : nothing}${stray
          ? html` <span class="mark error">${t.notEligible}</span>`
          : nothing}</label
      >
    </li>`;
    return html`<div part="review" class="review ${problems.some((p) => p.severity === 'error') ? 'has-errors' : ''}" role="group" aria-labelledby=${headingId} data-review=${r.id}>
      <h4 id=${headingId} tabindex="-1">${format(t.review, { school })}</h4>
      <div class="review-fields">
        <div class="field">
          <label for="window-${r.id}">${t.window}</label>
          <select id="window-${r.id}" aria-describedby=${describedBy} @change=${(e: Event) => this.onWindow(r, choices, e)}>
            ${choices.map((w, i) => html`<option value=${i} .selected=${live(windowKey(w) === key)}>${this.windowText(w)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="lead-${r.id}">${t.lead}</label>
          <select id="lead-${r.id}" aria-describedby=${describedBy} @change=${(e: Event) => this.onLead(r, e)}>
            ${leadKnown ? nothing : html`<option value="" .selected=${live(true)}>${this.personName(partnership, r.leadReviewerId)}</option>`}
            <optgroup label=${t.canLead}>
              ${leaders.map((p) => html`<option value=${p.id} .selected=${live(p.id === r.leadReviewerId)}>${this.personName(partnership, p.id)}</option>`)}
            </optgroup>
            <optgroup label=${t.others}>
              ${others.map((p) => html`<option value=${p.id} .selected=${live(p.id === r.leadReviewerId)}>${this.personName(partnership, p.id)}</option>`)}
            </optgroup>
          </select>
        </div>
        <div class="field">
          <label for="facilitator-${r.id}">${t.facilitator}</label>
          <select id="facilitator-${r.id}" aria-describedby=${describedBy} @change=${(e: Event) => this.onFacilitator(r, e)}>
            <option value="" .selected=${live(!r.facilitatorId)}>${t.noFacilitator}</option>
            ${facilitatorListed
              ? nothing
              : html`<option value=${r.facilitatorId!} .selected=${live(true)}>${this.personName(partnership, r.facilitatorId!)} ${t.notEligible}</option>`}
            ${facilitators.map((p) => html`<option value=${p.id} .selected=${live(p.id === r.facilitatorId)}>${this.personName(partnership, p.id)}</option>`)}
          </select>
          ${facilitators.length ? nothing : html`<p class="hint">${t.noneEligible}</p>`}
        </div>
        <fieldset class="members" aria-describedby=${problems.length ? `members-hint-${r.id} ${checksId}` : `members-hint-${r.id}`}>
          <legend>${t.members}</legend>
          <p class="hint" id="members-hint-${r.id}">${format(t.membersHint, { school })}</p>
          <ul class="checkboxes">
            ${reviewers.map((p) => memberBox(p.id, false))} ${strays.map((id) => memberBox(id, true))}
          </ul>
        </fieldset>
      </div>
      <div class="review-checks" id=${checksId}>
        <p class="visually-hidden">${t.problems}</p>
        ${problems.length
          ? html`<ul class="problems">${problems.map((p) => this.renderProblem(p))}</ul>`
          : html`<p class="ok">${t.fine}</p>`}
      </div>
    </div>`;
  }

  private renderPublish(partnership: Partnership, schedule: Schedule, checks: Checks) {
    const t = this.strings.publish;
    const ready = checks.errors === 0 && !this.publishing;
    const notReady = checks.errors > 0 ? t.notReady(checks.errors) : undefined;
    return html`<section part="publish" aria-labelledby="publish-heading">
      <h3 id="publish-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      ${this.confirmingPublish && ready
        ? html`<div
            part="confirm"
            role="group"
            aria-labelledby="confirm-heading"
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Escape') this.cancelPublish();
            }}
          >
            <h4 id="confirm-heading" tabindex="-1">${t.confirmHeading}</h4>
            <p>${t.confirmText(schedule.reviews.length)}</p>
            <div class="buttons">
              <button type="button" class="primary" data-confirm-publish @click=${() => void this.publish(partnership)}>${t.confirm}</button>
              <button type="button" @click=${this.cancelPublish}>${t.cancel}</button>
            </div>
          </div>`
        : html`<button
              type="button"
              class="primary"
              data-publish
              aria-disabled=${ready ? 'false' : 'true'}
              aria-describedby=${notReady ? 'publish-reason' : nothing}
              @click=${() => this.askPublish(ready)}
            >
              ${this.publishing ? t.publishing : t.button}
            </button>
            ${notReady ? html`<p class="hint" id="publish-reason">${notReady}</p>` : nothing}`}
      <div role="alert" class="publish-error">${this.publishError ? html`<p class="notice error">${this.publishError}</p>` : nothing}</div>
    </section>`;
  }
}
