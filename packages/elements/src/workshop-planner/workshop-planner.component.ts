import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  CAUSE_CATEGORIES,
  canSend,
  checkInDueOn,
  can,
  eligibleFacilitators,
  explainRefusal,
  facilitatorChoices,
  facilitatorViolations,
  findPerson,
  formatMessage,
  schoolLabel,
  type AgendaSection,
  type AvailableEvent,
  type CauseCategory,
  type Cycle,
  type CycleEventType,
  type ImprovementAction,
  type Partnership,
} from '@spp/core';
import { SppCycleElement } from '../shared/spp-element';
import { format, getCommonStrings } from '../shared/strings';
import { workshopPlannerStyles } from './workshop-planner.styles';
import { workshopPlannerStrings } from './workshop-planner.strings';
import { agendaPosition, agendaTotal, clockText, moveItem, suggestedAgenda, timeOfDay, type AgendaPosition } from './workshop-planner.helpers';
import { isIsoDate, longDate } from '../shared/dates';
import { FieldErrors } from '../shared/field-errors';
import { Drafts, newId } from '../shared/drafts';

/** Where the cycle is, as this widget presents it. */
type Phase = 'before' | 'planning' | 'running' | 'record';

/** What the current person can do here now: every answer comes from core. */
interface View {
  phase: Phase;
  plan: AvailableEvent;
  start: AvailableEvent;
  finish: AvailableEvent;
  save: AvailableEvent;
  canPlan: boolean;
  canChoose: boolean;
  canActions: boolean;
  canRemove: boolean;
  /** Start and finish are offered (with core's reason when not possible yet). */
  showRunControls: boolean;
  /** Nothing here can be changed by this person: core's reason is shown once, at the top. */
  readOnlyAll: boolean;
  /**
   * This person may see the working detail (areas to explore, participants, root-cause work).
   * When not, core has already removed it from the cycle they see: those parts are left out
   * (never shown as empty, never edited from an empty copy) and core's reason is shown once.
   */
  detail: boolean;
  position?: AgendaPosition;
}

type WorkshopChange = Partial<Pick<Cycle['workshop'], 'date' | 'participants' | 'agenda' | 'whys' | 'causes' | 'rootCause'>>;
type ActionField = 'what' | 'owner' | 'dueOn' | 'successCriteria' | 'supportSchoolId' | 'supportNote';

const MAX_WHYS = 5;

/**
 * @summary Plans and runs the 1.5-hour improvement workshop for a host school: facilitator, date,
 * participants and a timed agenda; a run-time timer; five whys, a cause map and the agreed root
 * cause; the actions with support brokered from partner schools; and finishing, which books the
 * check-in.
 *
 * The review's agreed findings and improvement priority are shown as the starting point. Every
 * change goes through core (`CHOOSE_FACILITATOR`, `UPDATE_WORKSHOP`, `START_WORKSHOP`,
 * `SAVE_ACTION`, `REMOVE_ACTION`, `FINISH_WORKSHOP`) and is saved as the person types. Who may
 * plan, run or edit the actions is decided by core's role rules: people who may not see the
 * record as text, with core's reason shown once. During the peer review the workshop can be
 * planned; once finished the widget shows a read-only record with the check-in due date.
 *
 * The five whys are stored in `workshop.whys`: the first entry is the problem, the rest (up to
 * five) are the answers to "why?".
 *
 * The timer reads the time from the `clock` property, ticks once a second only while the page is
 * visible and the element is connected, and announces each new agenda section politely (never
 * every second).
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The heading and introduction.
 * @csspart check-in-due - The check-in due date shown once the workshop has finished.
 * @csspart starting-point - The review's agreed findings and improvement priority.
 * @csspart plan - Facilitator, date and participants.
 * @csspart agenda - The timed agenda.
 * @csspart run - Starting the workshop and the timer.
 * @csspart timer - The current section and the time left.
 * @csspart root-causes - Five whys, the cause map and the agreed root cause.
 * @csspart cause-map - The grid of cause categories.
 * @csspart actions - The actions agreed in the workshop.
 * @csspart finish - Finishing the workshop.
 * @csspart confirm - The in-page confirmation before finishing.
 * @csspart save-state - The save-state live region and its retry/conflict buttons.
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused the last change.
 *
 * @cssprop --spp-color-brand - Brand colour: primary buttons, the timer and the current section.
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints and secondary text.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of cause categories, the priority and the check-in date.
 * @cssprop --spp-color-border - Borders of controls, categories and actions.
 * @cssprop --spp-color-border-subtle - Borders of sections and list rows.
 * @cssprop --spp-color-danger - Errors and an agenda longer than the workshop.
 * @cssprop --spp-color-success - The check-in due date.
 * @cssprop --spp-color-warning-surface - Background of notices.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family.
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 *
 * @event spp-cycle-change - An edit was accepted by core; `event.cycle` is the new cycle.
 * @event spp-stage-change - The cycle moved stage (finishing moves it to `action-plan`); `event.from`, `event.to`.
 * @event spp-refused - Core refused a change; `event.refusal.reason` says why.
 * @event spp-save-state - Saving started, finished, failed (`event.error`) or hit a conflict.
 */
export class SppWorkshopPlanner extends SppCycleElement {
  static override styles = workshopPlannerStyles;

  /**
   * Where the timer reads the time: milliseconds since the epoch. Defaults to `Date.now`; pass
   * another function to show a workshop at a given moment (tests, demos, a server clock).
   */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private confirmingFinish = false;
  @state() private confirmingRemove?: string;
  /** Polite announcements of list changes (added, moved, removed). */
  @state() private announcement = '';
  /** Polite announcement of the agenda section the running workshop has reached. */
  @state() private timerAnnouncement = '';
  /** Problems with what was typed into one field, by field id. */
  private readonly fieldErrors = new FieldErrors(this);

  private readonly drafts = new Drafts();
  private interval?: ReturnType<typeof setInterval>;
  private lastSection?: string;
  private readonly onVisibility = () => {
    this.syncTimer();
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cycle = this.cycleState.cycle;
    const partnership = this.resolvedPartnership;
    const actor = this.resolvedActor;
    this.drafts.use(cycle && partnership && actor ? `spp-workshop-drafts:${partnership.id}:${cycle.id}:${actor.id}` : undefined);
    this.trackSection(cycle);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncTimer();
  }

  // --- The timer ---------------------------------------------------------------------------------

  private isRunning(cycle = this.cycleState.cycle): cycle is Cycle & { workshop: { startedAt: string } } {
    return Boolean(cycle && cycle.stage === 'workshop' && cycle.workshop.startedAt && !cycle.workshop.finishedAt);
  }

  /** Ticks once a second only while the workshop runs, the element is connected and the page visible. */
  private syncTimer(): void {
    const wanted = this.isConnected && document.visibilityState === 'visible' && this.isRunning();
    if (wanted && this.interval === undefined) this.interval = setInterval(() => this.requestUpdate(), 1000);
    else if (!wanted) this.stopTimer();
  }

  private stopTimer(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
  }

  /** Announces a new section when the running workshop reaches it (not on every tick). */
  private trackSection(cycle: Cycle | undefined): void {
    if (!this.isRunning(cycle) || cycle.workshop.agenda.length === 0) {
      this.lastSection = undefined;
      return;
    }
    const position = agendaPosition(cycle.workshop.agenda, cycle.workshop.startedAt, this.clock());
    const key = position.over ? 'over' : `${position.index}:${position.section!.id}`;
    if (this.lastSection !== undefined && key !== this.lastSection) this.timerAnnouncement = this.sectionAnnouncement(cycle.workshop.agenda, position);
    this.lastSection = key;
  }

  private sectionAnnouncement(agenda: readonly AgendaSection[], position: AgendaPosition): string {
    const t = workshopPlannerStrings(this.locale).timer;
    if (position.over || !position.section) return t.announceOver;
    return t.announceSection(position.section.minutes, { title: position.section.title, n: position.index + 1, total: agenda.length });
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private ask(cycle: Cycle, partnership: Partnership, type: CycleEventType): AvailableEvent {
    const actor = this.resolvedActor;
    if (!actor) return { type, allowed: false, reason: getCommonStrings(this.locale).notConnected };
    return canSend(cycle, actor, partnership, type, this.locale);
  }

  private view(cycle: Cycle, partnership: Partnership): View {
    const stage = cycle.stage;
    const phase: Phase =
      stage === 'review' ? 'planning' : stage === 'workshop' ? 'running' : stage === 'self-review' || stage === 'pre-review' ? 'before' : 'record';
    const active = phase === 'planning' || phase === 'running';
    const plan = this.ask(cycle, partnership, 'UPDATE_WORKSHOP');
    const save = this.ask(cycle, partnership, 'SAVE_ACTION');
    const canPlan = active && plan.allowed;
    const canChoose = active && this.ask(cycle, partnership, 'CHOOSE_FACILITATOR').allowed;
    const canActions = phase === 'running' && save.allowed;
    const canRemove = canActions && this.ask(cycle, partnership, 'REMOVE_ACTION').allowed;
    const mayRun = phase === 'running' && this.may('run-workshop');
    const readOnlyAll = active && !canPlan && !canChoose && !canActions && !mayRun;
    const position = this.isRunning(cycle) && cycle.workshop.agenda.length ? agendaPosition(cycle.workshop.agenda, cycle.workshop.startedAt, this.clock()) : undefined;
    return {
      phase,
      plan,
      save,
      start: this.ask(cycle, partnership, 'START_WORKSHOP'),
      finish: this.ask(cycle, partnership, 'FINISH_WORKSHOP'),
      canPlan,
      canChoose,
      canActions,
      canRemove,
      showRunControls: phase === 'running' && !readOnlyAll,
      readOnlyAll,
      detail: this.may('view-review-detail'),
      position,
    };
  }

  private get strings() {
    return workshopPlannerStrings(this.locale);
  }

  private date(iso: string | undefined): string {
    return iso ? longDate(iso, this.strings.dateLocale) : this.strings.notRecorded;
  }

  /** A date on its own (not inside a sentence), as a `<time>`. */
  private dateElement(iso: string) {
    return html`<time datetime=${iso}>${this.date(iso)}</time>`;
  }

  /**
   * A date typed into a native date field (which follows the browser's language), written out in
   * the widget's, with its weekday: shown beside the field. Nothing while the field has an error.
   */
  private renderDateShown(fieldId: string, iso: string | null | undefined) {
    if (!iso || this.fieldErrors.get(fieldId)) return nothing;
    return html`<p class="hint" id="${fieldId}-shown">${format(this.strings.dateShown, { date: longDate(iso, this.strings.dateLocale, { weekday: true }) })}</p>`;
  }

  /** A school's name, or core's words for a school not in the partnership, in the widget's locale. */
  private schoolText(partnership: Partnership, schoolId: string | undefined): string {
    const label = schoolLabel(partnership, schoolId);
    return typeof label === 'string' ? label : formatMessage(label, this.locale);
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  private async focusLater(selector: string, select = false): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    if (select && target instanceof HTMLInputElement) target.select();
  }

  private workshop() {
    return this.cycleState.cycle?.workshop;
  }

  // --- Sending changes through core -------------------------------------------------------------

  /** Sends UPDATE_WORKSHOP; a refusal is shown in the alert region and next to `fieldId`. */
  private updateWorkshop(change: WorkshopChange, fieldId?: string): boolean {
    const refusal = this.send({ type: 'UPDATE_WORKSHOP', ...change });
    if (fieldId) this.fieldErrors.set(fieldId, refusal?.reason);
    return !refusal;
  }

  private onFacilitator(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    if (!id || id === this.workshop()?.facilitatorId) return;
    this.send({ type: 'CHOOSE_FACILITATOR', facilitatorId: id });
  }

  private onDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (!isIsoDate(value) || value === this.workshop()?.date) return;
    this.updateWorkshop({ date: value }, 'workshop-date');
  }

  // Participants

  private addParticipant(): void {
    const name = this.drafts.get('participant').trim();
    const t = this.strings.plan;
    if (!name) {
      this.fieldErrors.set('new-participant', t.participantEmpty);
      void this.focusLater('#new-participant');
      return;
    }
    if (this.updateWorkshop({ participants: [...(this.workshop()?.participants ?? []), name] }, 'new-participant')) {
      this.drafts.set('participant', '');
      this.announce(format(t.participantAdded, { name }));
      this.requestUpdate();
      void this.focusLater('#new-participant');
    }
  }

  private removeParticipant(index: number): void {
    const participants = this.workshop()?.participants ?? [];
    const name = participants[index];
    if (name === undefined) return;
    if (this.updateWorkshop({ participants: participants.filter((_, i) => i !== index) })) {
      this.announce(format(this.strings.plan.participantRemoved, { name }));
      const next = Math.min(index, participants.length - 2);
      void this.focusLater(next >= 0 ? `[data-remove-participant="${next}"]` : '#new-participant');
    }
  }

  // Agenda

  private useSuggestedAgenda(length: number): void {
    if (this.updateWorkshop({ agenda: suggestedAgenda(this.strings.agenda.defaults, length) })) void this.focusLater('.agenda input');
  }

  private addSection(length: number): void {
    const agenda = this.workshop()?.agenda ?? [];
    const left = length - agendaTotal(agenda);
    const section = { id: newId('ag'), title: this.strings.agenda.newSectionTitle, minutes: left > 0 ? Math.min(left, 600) : 10 };
    if (this.updateWorkshop({ agenda: [...agenda, section] })) void this.focusLater(`#${CSS.escape(`title-${section.id}`)}`, true);
  }

  private editSection(id: string, change: Partial<Pick<AgendaSection, 'title' | 'minutes'>>, fieldId: string): void {
    const agenda = this.workshop()?.agenda ?? [];
    this.updateWorkshop({ agenda: agenda.map((s) => (s.id === id ? { ...s, ...change } : s)) }, fieldId);
  }

  private onSectionTitle(id: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const fieldId = `title-${id}`;
    if (!value.trim()) {
      // Kept in the box as typed; saved once it has a title again.
      this.fieldErrors.set(fieldId, this.strings.agenda.titleNeeded);
      return;
    }
    this.editSection(id, { title: value }, fieldId);
  }

  private onSectionMinutes(id: string, event: Event): void {
    const raw = (event.target as HTMLInputElement).value.trim();
    const minutes = Number(raw);
    const fieldId = `minutes-${id}`;
    if (!raw || !Number.isInteger(minutes) || minutes < 1) {
      this.fieldErrors.set(fieldId, this.strings.agenda.minutesNeeded);
      return;
    }
    this.editSection(id, { minutes }, fieldId);
  }

  private moveSection(index: number, by: -1 | 1): void {
    const agenda = this.workshop()?.agenda ?? [];
    const section = agenda[index];
    const to = index + by;
    if (!section || to < 0 || to >= agenda.length) return;
    if (!this.updateWorkshop({ agenda: moveItem(agenda, index, to) })) return;
    this.announce(format(this.strings.agenda.moved, { title: section.title, n: to + 1, count: agenda.length }));
    // Focus stays with the moved section: on the same button, or the other one at either end.
    const same = by === -1 ? 'up' : 'down';
    const other = by === -1 ? 'down' : 'up';
    const atEnd = by === -1 ? to === 0 : to === agenda.length - 1;
    void this.focusLater(`[data-move="${atEnd ? other : same}"][data-section="${CSS.escape(section.id)}"]`);
  }

  private removeSection(index: number): void {
    const agenda = this.workshop()?.agenda ?? [];
    const section = agenda[index];
    if (!section) return;
    if (!this.updateWorkshop({ agenda: agenda.filter((_, i) => i !== index) })) return;
    this.announce(format(this.strings.agenda.removed, { title: section.title }));
    const next = agenda.filter((_, i) => i !== index)[Math.min(index, agenda.length - 2)];
    void this.focusLater(next ? `#${CSS.escape(`title-${next.id}`)}` : '[data-add-section], [data-suggest-agenda]');
  }

  // Run

  private start(view: View): void {
    if (!view.start.allowed) {
      // Core says why (e.g. no date yet, or only the facilitator runs the workshop).
      this.send({ type: 'START_WORKSHOP' });
      return;
    }
    if (this.send({ type: 'START_WORKSHOP' })) return;
    const cycle = this.cycleState.cycle;
    if (this.isRunning(cycle) && cycle.workshop.agenda.length) {
      this.timerAnnouncement = this.sectionAnnouncement(cycle.workshop.agenda, agendaPosition(cycle.workshop.agenda, cycle.workshop.startedAt, this.clock()));
    }
    // The line saying what happens now (the first <p> is the start time, which is not focusable).
    void this.focusLater('[part="timer"] .timer-focus');
  }

  // Five whys

  private setWhy(index: number, value: string): void {
    const whys = [...(this.workshop()?.whys ?? [])];
    while (whys.length < index) whys.push('');
    whys[index] = value;
    this.updateWorkshop({ whys }, `why-${index}`);
  }

  private addWhy(): void {
    const whys = [...(this.workshop()?.whys ?? [])];
    if (whys.length === 0) whys.push('');
    whys.push('');
    if (this.updateWorkshop({ whys })) void this.focusLater(`#why-${whys.length - 1}`);
  }

  private removeWhy(index: number): void {
    const whys = this.workshop()?.whys ?? [];
    const next = whys.filter((_, i) => i !== index);
    if (!this.updateWorkshop({ whys: next })) return;
    this.announce(format(this.strings.whys.removed, { n: index }));
    void this.focusLater(index < next.length ? `#why-${index}` : index - 1 >= 1 ? `#why-${index - 1}` : '[data-add-why]');
  }

  // Cause map

  private causeCategory(): CauseCategory {
    const kept = this.drafts.get('causeCategory');
    return (CAUSE_CATEGORIES as readonly string[]).includes(kept) ? (kept as CauseCategory) : CAUSE_CATEGORIES[0];
  }

  private addCause(): void {
    const text = this.drafts.get('causeText').trim();
    const t = this.strings.causes;
    if (!text) {
      this.fieldErrors.set('cause-text', t.textNeeded);
      void this.focusLater('#cause-text');
      return;
    }
    const category = this.causeCategory();
    const causes = [...(this.workshop()?.causes ?? []), { id: newId('cz'), category, text }];
    if (this.updateWorkshop({ causes }, 'cause-text')) {
      this.drafts.set('causeText', '');
      this.announce(format(t.added, { category: t.categories[category] }));
      this.requestUpdate();
      void this.focusLater('#cause-text');
    }
  }

  private removeCause(id: string): void {
    const causes = this.workshop()?.causes ?? [];
    const cause = causes.find((c) => c.id === id);
    if (!cause) return;
    if (!this.updateWorkshop({ causes: causes.filter((c) => c.id !== id) })) return;
    const t = this.strings.causes;
    this.announce(format(t.removed, { category: t.categories[cause.category] }));
    const sameCategory = causes.filter((c) => c.category === cause.category && c.id !== id);
    void this.focusLater(sameCategory[0] ? `[data-remove-cause="${CSS.escape(sameCategory[0].id)}"]` : '#cause-text');
  }

  // Actions

  private addAction(): void {
    const id = newId('act');
    if (!this.send({ type: 'SAVE_ACTION', action: { id, what: '' } })) void this.focusLater(`#${CSS.escape(`what-${id}`)}`);
  }

  private saveAction(id: string, field: ActionField, value: string): void {
    const current = this.cycleState.cycle?.actions.find((a) => a.id === id);
    if (!current) return;
    if (field === 'dueOn' && !isIsoDate(value)) return;
    const change = field === 'supportSchoolId' ? { supportSchoolId: value || null } : { [field]: value };
    const refusal = this.send({ type: 'SAVE_ACTION', action: { id, what: current.what, ...change } });
    this.fieldErrors.set(`${field}-${id}`, refusal?.reason);
  }

  private askRemoveAction(action: ImprovementAction, index: number): void {
    const hasText = [action.what, action.owner, action.successCriteria, action.supportNote].some((x) => x.trim()) || action.dueOn || action.supportSchoolId;
    if (hasText) {
      this.confirmingRemove = action.id;
      void this.focusLater(`[data-confirm-remove="${CSS.escape(action.id)}"]`);
      return;
    }
    this.removeAction(action.id, index);
  }

  private keepAction(id: string): void {
    this.confirmingRemove = undefined;
    void this.focusLater(`[data-remove-action="${CSS.escape(id)}"]`);
  }

  private removeAction(id: string, index: number): void {
    this.confirmingRemove = undefined;
    if (this.send({ type: 'REMOVE_ACTION', actionId: id })) return;
    this.announce(format(this.strings.actions.removed, { n: index + 1 }));
    const next = this.cycleState.cycle?.actions[Math.min(index, (this.cycleState.cycle?.actions.length ?? 0) - 1)];
    void this.focusLater(next ? `#${CSS.escape(`what-${next.id}`)}` : '[data-add-action]');
  }

  // Finishing

  private askFinish(view: View): void {
    if (!view.finish.allowed) {
      this.send({ type: 'FINISH_WORKSHOP' });
      return;
    }
    this.confirmingFinish = true;
    void this.focusLater('#confirm-heading');
  }

  private onConfirmKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cancelFinish();
    }
  }

  private cancelFinish(): void {
    this.confirmingFinish = false;
    void this.focusLater('[data-finish]');
  }

  private finish(): void {
    this.confirmingFinish = false;
    if (this.send({ type: 'FINISH_WORKSHOP' })) {
      void this.focusLater('[data-finish]');
      return;
    }
    void this.focusLater('#check-in-heading');
  }

  // --- Rendering ---------------------------------------------------------------------------------

  protected override render() {
    const loading = this.renderLoadState();
    const partnership = this.resolvedPartnership;
    const cycle = this.cycleState.cycle;
    if (loading || !cycle || !partnership) {
      return html`<div part="base">${loading}<div class="status-bar">${this.renderSaveState()} ${this.renderRefusal()}</div></div>`;
    }
    const view = this.view(cycle, partnership);
    // Once started, the timer comes first; before that, Start follows the plan and the agenda.
    const timerFirst = view.phase === 'running' && Boolean(cycle.workshop.startedAt);
    return html`<div part="base">
      ${this.renderHeader(cycle, partnership)} ${this.renderNotices(cycle, view)}
      <div class="status-bar">
        ${this.renderSaveState()} ${this.renderRefusal()}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        <p class="visually-hidden" role="status" aria-live="polite" data-timer-announcer>${view.phase === 'running' ? this.timerAnnouncement : ''}</p>
      </div>
      ${view.phase === 'record' && cycle.workshop.finishedAt ? this.renderCheckInDue(cycle, partnership) : nothing}
      ${timerFirst ? this.renderRun(cycle, view) : nothing}
      ${this.renderStartingPoint(cycle, view)} ${this.renderPlan(cycle, partnership, view)} ${this.renderAgenda(cycle, partnership, view)}
      ${view.phase === 'running' && !timerFirst ? this.renderRun(cycle, view) : nothing}
      ${view.phase === 'running' || view.phase === 'record'
        ? html`${view.detail ? this.renderRootCauses(cycle, view) : nothing} ${this.renderActions(cycle, partnership, view)}`
        : nothing}
      ${view.showRunControls ? this.renderFinish(cycle, partnership, view) : nothing}
    </div>`;
  }

  private renderHeader(cycle: Cycle, partnership: Partnership) {
    const t = this.strings;
    return html`<div class="header" part="header">
      <h2>${t.heading}</h2>
      <p class="muted">${format(t.hostSchool, { school: this.schoolText(partnership, cycle.hostSchoolId) })}</p>
      <p>${t.intro(partnership.config.workshopMinutes)}</p>
    </div>`;
  }

  private renderNotices(cycle: Cycle, view: View) {
    const detailHidden = view.detail ? nothing : html`<p class="notice">${this.whyNot('view-review-detail')}</p>`;
    return html`${this.renderAccessNotice(cycle, view)} ${detailHidden}`;
  }

  private renderAccessNotice(cycle: Cycle, view: View) {
    const t = this.strings;
    if (view.phase === 'before') return html`<p class="notice">${format(t.beforeReview, { reason: view.plan.reason ?? '' })}</p>`;
    if (view.phase === 'record') {
      return html`<p class="notice">${cycle.workshop.finishedAt ? t.record : format(t.readOnly, { reason: view.plan.reason ?? '' })}</p>`;
    }
    if (view.readOnlyAll) return html`<p class="notice">${format(t.readOnly, { reason: this.whyNot('plan-workshop') ?? view.plan.reason ?? '' })}</p>`;
    const notes: TemplateResult[] = [];
    if (!view.canPlan) notes.push(html`<p class="notice">${format(t.planReadOnly, { reason: this.whyNot('plan-workshop') ?? view.plan.reason ?? '' })}</p>`);
    if (view.phase === 'planning') notes.push(html`<p class="notice">${t.planningOnly}</p>`);
    return notes;
  }

  private renderCheckInDue(cycle: Cycle, partnership: Partnership) {
    const t = this.strings.finish;
    const due = checkInDueOn(cycle, partnership);
    return html`<section part="check-in-due" aria-labelledby="check-in-heading">
      <h3 id="check-in-heading" tabindex="-1">${due ? format(t.checkInDue, { date: this.date(due) }) : t.heading}</h3>
      ${cycle.workshop.date ? html`<p>${format(t.finishedOn, { date: this.date(cycle.workshop.date) })}</p>` : nothing}
      <p class="hint">${t.checkInHint(partnership.config.checkInDays)}</p>
    </section>`;
  }

  private renderStartingPoint(cycle: Cycle, view: View) {
    const t = this.strings.startingPoint;
    const findings = cycle.review.findings.filter((f) => f.text.trim());
    const list = (kind: 'strength' | 'area-to-explore', heading: string) => {
      const items = findings.filter((f) => f.kind === kind);
      return html`<div>
        <h4>${heading}</h4>
        ${items.length ? html`<ul>${items.map((f) => html`<li class="user-text">${f.text}</li>`)}</ul>` : html`<p class="muted">${t.none}</p>`}
      </div>`;
    };
    const priority = cycle.review.improvementPriority.trim();
    return html`<section part="starting-point" aria-labelledby="starting-point-heading">
      <h3 id="starting-point-heading">${t.heading}</h3>
      <p class="muted">${cycle.review.findingsAgreedAt ? format(t.agreed, { date: this.date(cycle.review.findingsAgreedAt.slice(0, 10)) }) : t.notYetAgreed}</p>
      <div class="findings">${list('strength', t.strengths)} ${view.detail ? list('area-to-explore', t.areas) : nothing}</div>
      <h4>${t.priority}</h4>
      ${priority ? html`<p class="priority user-text">${cycle.review.improvementPriority}</p>` : html`<p class="muted">${t.noPriority}</p>`}
    </section>`;
  }

  private personLabel(partnership: Partnership, id: string | undefined): string {
    const person = findPerson(partnership, id);
    if (!person) return this.strings.plan.noFacilitator;
    return format(this.strings.plan.facilitatorOption, { name: person.name, school: this.schoolText(partnership, person.schoolId) });
  }

  private renderPlan(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.plan;
    const w = cycle.workshop;
    return html`<section part="plan" aria-labelledby="plan-heading">
      <h3 id="plan-heading">${t.heading}</h3>
      ${view.canChoose ? this.renderFacilitatorPicker(cycle, partnership) : html`<h4>${t.facilitator}</h4>
            <p>${w.facilitatorId ? this.personLabel(partnership, w.facilitatorId) : t.noFacilitator}</p>`}
      ${view.canPlan
        ? html`<div class="field">
            <label for="workshop-date">${t.date}</label>
            <input
              id="workshop-date"
              type="date"
              .value=${w.date ?? ''}
              aria-describedby=${this.fieldErrors.describedBy('workshop-date', Boolean(w.date) && !this.fieldErrors.get('workshop-date') && 'workshop-date-shown')}
              aria-invalid=${this.fieldErrors.get('workshop-date') ? 'true' : 'false'}
              @input=${this.onDate}
              @change=${this.onDate}
            />
            ${this.renderDateShown('workshop-date', w.date)} ${this.fieldErrors.render('workshop-date')}
          </div>`
        : html`<h4>${t.date}</h4>
            <p>${w.date ? this.dateElement(w.date) : t.noDate}</p>`}
      ${view.detail ? this.renderParticipants(cycle, view) : nothing}
    </section>`;
  }

  private renderFacilitatorPicker(cycle: Cycle, partnership: Partnership) {
    const t = this.strings.plan;
    const current = cycle.workshop.facilitatorId;
    const everyone = eligibleFacilitators(cycle.hostSchoolId, partnership);
    const chosenEligible = everyone.some((p) => p.id === current);
    // Offered: whom core lets this person name (an Improvement Champion only themselves), and whoever is chosen now.
    const actor = this.resolvedActor;
    const choices = new Set(actor ? facilitatorChoices(actor, cycle, partnership).map((p) => p.id) : []);
    const eligible = everyone.filter((p) => choices.has(p.id) || p.id === current);
    // A facilitator chosen earlier may no longer be eligible (e.g. the partnership changed): core says why.
    const problems = current && !chosenEligible ? facilitatorViolations(current, cycle.hostSchoolId, partnership) : [];
    if (eligible.length === 0) {
      // Others are eligible but this person may not name them: core's reason, and why the current choice no longer holds.
      const decision = everyone[0] && actor ? can(actor, 'plan-workshop', cycle, partnership, { facilitatorId: everyone[0].id }, this.locale) : undefined;
      const reason = decision && !decision.allowed ? decision.reason : undefined;
      return html`<h4>${t.facilitator}</h4>
        <p class="notice">${reason ?? t.noEligible}</p>
        ${problems.length ? html`<p class="field-error">${problems.map((v) => explainRefusal(v, this.locale)).join(' ')}</p>` : nothing}`;
    }
    return html`<div class="field">
      <label for="facilitator">${t.facilitator}</label>
      <p class="hint" id="facilitator-hint">${t.facilitatorHint}</p>
      <select id="facilitator" aria-describedby=${problems.length ? 'facilitator-hint facilitator-problem' : 'facilitator-hint'} @change=${this.onFacilitator}>
        ${chosenEligible ? nothing : html`<option value="" .selected=${live(true)}>${t.chooseFacilitator}</option>`}
        ${eligible.map(
          (p) => html`<option value=${p.id} .selected=${live(p.id === current)}>${format(t.facilitatorOption, { name: p.name, school: this.schoolText(partnership, p.schoolId) })}</option>`,
        )}
      </select>
      ${problems.length ? html`<p class="field-error" id="facilitator-problem">${problems.map((v) => explainRefusal(v, this.locale)).join(' ')}</p>` : nothing}
    </div>`;
  }

  private renderParticipants(cycle: Cycle, view: View) {
    const t = this.strings.plan;
    const participants = cycle.workshop.participants;
    if (!view.canPlan) {
      return html`<h4>${t.participants}</h4>
        ${participants.length ? html`<ul>${participants.map((p) => html`<li class="user-text">${p}</li>`)}</ul>` : html`<p class="muted">${t.noParticipants}</p>`}`;
    }
    return html`<h4 id="participants-heading">${t.participants}</h4>
      <p class="hint">${t.participantsHint}</p>
      ${participants.length
        ? html`<ul class="plain-list" aria-labelledby="participants-heading">
            ${participants.map(
              (p, i) => html`<li>
                <span class="user-text">${p}</span>
                <button type="button" data-remove-participant=${i} aria-label=${format(t.removeParticipantLabel, { name: p })} @click=${() => this.removeParticipant(i)}>
                  ${t.removeParticipant}
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.noParticipants}</p>`}
      <div class="row">
        <div class="field grow">
          <label for="new-participant">${t.newParticipant}</label>
          <input
            id="new-participant"
            maxlength="300"
            autocomplete="off"
            .value=${live(this.drafts.get('participant'))}
            aria-describedby=${this.fieldErrors.describedBy('new-participant')}
            @input=${(e: Event) => {
              this.drafts.set('participant', (e.target as HTMLInputElement).value);
              this.fieldErrors.set('new-participant', undefined);
            }}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                this.addParticipant();
              }
            }}
          />
          ${this.fieldErrors.render('new-participant')}
        </div>
        <button type="button" @click=${this.addParticipant}>${t.addParticipant}</button>
      </div>`;
  }

  private renderTotal(agenda: readonly AgendaSection[], length: number) {
    const t = this.strings.agenda;
    const total = agendaTotal(agenda);
    const text =
      total === length ? t.totalExact(total, { length }) : total < length ? t.totalUnder(length - total, { total, length }) : t.totalOver(total - length, { total, length });
    return html`<p class="total ${total > length ? 'over' : ''}" aria-live="polite">${text}</p>`;
  }

  private renderAgenda(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.agenda;
    const agenda = cycle.workshop.agenda;
    const length = partnership.config.workshopMinutes;
    const current = view.position && !view.position.over ? view.position.index : -1;
    const nowMarker = (i: number) => (i === current ? html`<span class="now">${this.strings.timer.nowMarker}</span>` : nothing);
    if (!view.canPlan) {
      return html`<section part="agenda" aria-labelledby="agenda-heading">
        <h3 id="agenda-heading">${t.heading}</h3>
        ${agenda.length
          ? html`<ol class="agenda-record">
                ${agenda.map(
                  (s, i) => html`<li aria-current=${i === current ? 'step' : nothing}>
                    <span class="user-text">${s.title}</span> ${t.minutesShort(s.minutes)}${nowMarker(i)}
                  </li>`,
                )}
              </ol>
              ${this.renderTotal(agenda, length)}`
          : html`<p class="muted">${t.empty}</p>`}
      </section>`;
    }
    return html`<section part="agenda" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">${t.heading}</h3>
      ${agenda.length
        ? html`<ol class="agenda">
            ${repeat(agenda, (s) => s.id, (s, i) => this.renderSection(s, i, agenda.length, current, nowMarker(i)))}
          </ol>`
        : html`<p class="muted">${t.empty}</p>
            <p><button type="button" class="primary" data-suggest-agenda @click=${() => this.useSuggestedAgenda(length)}>${t.useDefault}</button></p>`}
      ${agenda.length ? this.renderTotal(agenda, length) : nothing}
      <button type="button" data-add-section @click=${() => this.addSection(length)}>${t.addSection}</button>
    </section>`;
  }

  private renderSection(s: AgendaSection, i: number, count: number, current: number, marker: unknown) {
    const t = this.strings.agenda;
    const titleId = `title-${s.id}`;
    const minutesId = `minutes-${s.id}`;
    return html`<li aria-current=${i === current ? 'step' : nothing}>
      <fieldset>
        <legend>${format(t.section, { n: i + 1 })}${marker}</legend>
        <div class="field">
          <label for=${titleId}>${t.title}</label>
          <input
            id=${titleId}
            maxlength="300"
            .value=${s.title}
            aria-invalid=${this.fieldErrors.get(titleId) ? 'true' : 'false'}
            aria-describedby=${this.fieldErrors.describedBy(titleId)}
            @input=${(e: Event) => this.onSectionTitle(s.id, e)}
          />
          ${this.fieldErrors.render(titleId)}
        </div>
        <div class="field">
          <label for=${minutesId}>${t.minutes}</label>
          <input
            id=${minutesId}
            type="number"
            inputmode="numeric"
            min="1"
            max="600"
            step="1"
            .value=${String(s.minutes)}
            aria-invalid=${this.fieldErrors.get(minutesId) ? 'true' : 'false'}
            aria-describedby=${this.fieldErrors.describedBy(minutesId)}
            @input=${(e: Event) => this.onSectionMinutes(s.id, e)}
          />
          ${this.fieldErrors.render(minutesId)}
        </div>
        <div class="buttons">
          <button
            type="button"
            data-move="up"
            data-section=${s.id}
            aria-label=${format(t.moveUpLabel, { title: s.title })}
            ?disabled=${i === 0}
            @click=${() => this.moveSection(i, -1)}
          >
            ${t.moveUp}
          </button>
          <button
            type="button"
            data-move="down"
            data-section=${s.id}
            aria-label=${format(t.moveDownLabel, { title: s.title })}
            ?disabled=${i === count - 1}
            @click=${() => this.moveSection(i, 1)}
          >
            ${t.moveDown}
          </button>
          <button type="button" aria-label=${format(t.removeLabel, { title: s.title })} @click=${() => this.removeSection(i)}>${t.remove}</button>
        </div>
      </fieldset>
    </li>`;
  }

  private renderRun(cycle: Cycle, view: View) {
    const t = this.strings.timer;
    const w = cycle.workshop;
    const locale = this.strings.dateLocale;
    let body: unknown;
    if (!w.startedAt) {
      body = html`<p>${t.notStarted}</p>
        ${view.showRunControls
          ? html`<button
                type="button"
                class="primary"
                data-start
                aria-disabled=${view.start.allowed ? 'false' : 'true'}
                aria-describedby=${view.start.allowed ? nothing : 'start-reason'}
                @click=${() => this.start(view)}
              >
                ${t.start}
              </button>
              ${view.start.allowed ? nothing : html`<p class="hint" id="start-reason">${view.start.reason}</p>`}`
          : nothing}`;
    } else {
      const p = view.position;
      body = html`<div part="timer">
        <p class="muted">${format(t.startedAt, { time: timeOfDay(w.startedAt, locale) })}</p>
        ${!p
          ? html`<p class="timer-focus" tabindex="-1">${t.noAgenda}</p>`
          : p.over || !p.section
            ? html`<p class="timer-focus timer-now" tabindex="-1">${t.overtime}</p>`
            : html`<p class="timer-focus timer-now" tabindex="-1"><span class="user-text">${format(t.current, { title: p.section.title })}</span></p>
                <p class="muted">${format(t.sectionOf, { n: p.index + 1, count: w.agenda.length })}</p>
                <p class="timer-left" role="timer">${format(t.left, { time: clockText(p.sectionLeftMs) })}</p>
                <p>${format(t.workshopLeft, { time: clockText(p.totalLeftMs) })}</p>`}
      </div>`;
    }
    return html`<section part="run" aria-labelledby="run-heading">
      <h3 id="run-heading">${t.heading}</h3>
      ${body}
    </section>`;
  }

  private renderRootCauses(cycle: Cycle, view: View) {
    return html`<section part="root-causes" aria-labelledby="root-causes-heading">
      <h3 id="root-causes-heading">${this.strings.rootCausesHeading}</h3>
      ${this.renderWhys(cycle, view)} ${this.renderCauses(cycle, view)} ${this.renderRootCause(cycle, view)}
    </section>`;
  }

  private renderWhys(cycle: Cycle, view: View) {
    const t = this.strings.whys;
    const whys = cycle.workshop.whys;
    const answers = whys.slice(1);
    if (!view.canPlan) {
      return html`<h4>${t.heading}</h4>
        ${whys.length
          ? html`<p><strong>${t.problemRecord}</strong> <span class="user-text">${whys[0]}</span></p>
              ${answers.length ? html`<ol class="whys-record" aria-label=${t.answers}>${answers.map((a) => html`<li class="user-text">${a}</li>`)}</ol>` : nothing}`
          : html`<p class="muted">${t.none}</p>`}`;
    }
    const textarea = (index: number, label: string, describedBy?: string) => html`<div class="field">
      <label for="why-${index}">${label}</label>
      <textarea
        id="why-${index}"
        rows="2"
        .value=${whys[index] ?? ''}
        aria-describedby=${this.fieldErrors.describedBy(`why-${index}`, describedBy)}
        @input=${(e: Event) => this.setWhy(index, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${this.fieldErrors.render(`why-${index}`)}
    </div>`;
    return html`<h4>${t.heading}</h4>
      <p class="hint" id="whys-hint">${t.hint}</p>
      ${textarea(0, t.problem, 'whys-hint')}
      ${answers.length
        ? html`<ol class="whys">
            ${answers.map(
              (_, i) => html`<li>
                ${textarea(i + 1, format(t.why, { n: i + 1 }))}
                <button type="button" @click=${() => this.removeWhy(i + 1)}>${format(t.remove, { n: i + 1 })}</button>
              </li>`,
            )}
          </ol>`
        : nothing}
      ${answers.length < MAX_WHYS
        ? html`<button type="button" data-add-why @click=${this.addWhy}>${t.add}</button>`
        : html`<p class="hint">${t.full}</p>`}`;
  }

  private renderCauses(cycle: Cycle, view: View) {
    const t = this.strings.causes;
    const causes = cycle.workshop.causes;
    const category = this.causeCategory();
    const form = view.canPlan
      ? html`<div class="row">
          <div class="field">
            <label for="cause-category">${t.category}</label>
            <select id="cause-category" @change=${(e: Event) => this.drafts.set('causeCategory', (e.target as HTMLSelectElement).value)}>
              ${CAUSE_CATEGORIES.map((c) => html`<option value=${c} .selected=${live(c === category)}>${t.categories[c]}</option>`)}
            </select>
          </div>
          <div class="field grow">
            <label for="cause-text">${t.text}</label>
            <input
              id="cause-text"
              autocomplete="off"
              .value=${live(this.drafts.get('causeText'))}
              aria-describedby=${this.fieldErrors.describedBy('cause-text')}
              @input=${(e: Event) => {
                this.drafts.set('causeText', (e.target as HTMLInputElement).value);
                this.fieldErrors.set('cause-text', undefined);
              }}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  this.addCause();
                }
              }}
            />
            ${this.fieldErrors.render('cause-text')}
          </div>
          <button type="button" @click=${this.addCause}>${t.add}</button>
        </div>`
      : nothing;
    return html`<h4>${t.heading}</h4>
      <p class="hint">${t.hint}</p>
      ${form}
      <div part="cause-map">
        ${CAUSE_CATEGORIES.map((c) => {
          const inCategory = causes.filter((x) => x.category === c);
          return html`<div class="category" data-category=${c}>
            <h5 id="category-${c}">${t.categories[c]}</h5>
            ${inCategory.length
              ? html`<ul aria-labelledby="category-${c}">
                  ${inCategory.map(
                    (x) => html`<li>
                      <span class="user-text">${x.text}</span>
                      ${view.canPlan
                        ? html`<button type="button" data-remove-cause=${x.id} aria-label=${format(t.removeLabel, { text: x.text })} @click=${() => this.removeCause(x.id)}>
                            ${t.remove}
                          </button>`
                        : nothing}
                    </li>`,
                  )}
                </ul>`
              : html`<p class="empty">${t.empty}</p>`}
          </div>`;
        })}
      </div>`;
  }

  private renderRootCause(cycle: Cycle, view: View) {
    const t = this.strings.rootCause;
    const value = cycle.workshop.rootCause;
    if (!view.canPlan) {
      return html`<h4>${t.heading}</h4>
        ${value.trim() ? html`<p class="priority user-text">${value}</p>` : html`<p class="muted">${t.none}</p>`}`;
    }
    return html`<h4><label for="root-cause">${t.heading}</label></h4>
      <p class="hint" id="root-cause-hint">${t.label}</p>
      <textarea
        id="root-cause"
        rows="3"
        .value=${value}
        aria-describedby=${this.fieldErrors.describedBy('root-cause', 'root-cause-hint')}
        @input=${(e: Event) => this.updateWorkshop({ rootCause: (e.target as HTMLTextAreaElement).value }, 'root-cause')}
      ></textarea>
      ${this.fieldErrors.render('root-cause')}`;
  }

  private renderActions(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.actions;
    const actions = cycle.actions;
    const showReason = view.phase === 'running' && !view.readOnlyAll && !view.canActions;
    return html`<section part="actions" aria-labelledby="actions-heading">
      <h3 id="actions-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      ${showReason ? html`<p class="notice">${format(t.readOnly, { reason: this.whyNot('edit-action-plan') ?? view.save.reason ?? '' })}</p>` : nothing}
      ${actions.length
        ? repeat(
            actions,
            (a) => a.id,
            (a, i) => (view.canActions ? this.renderActionForm(a, i, cycle, partnership, view) : this.renderActionRecord(a, i, partnership)),
          )
        : html`<p class="muted">${t.empty}</p>`}
      ${view.canActions ? html`<button type="button" data-add-action @click=${this.addAction}>${t.add}</button>` : nothing}
    </section>`;
  }

  private renderActionRecord(a: ImprovementAction, i: number, partnership: Partnership) {
    const t = this.strings.actions;
    const none = html`<span class="muted">${this.strings.notRecorded}</span>`;
    const text = (value: string) => (value.trim() ? html`<span class="user-text">${value}</span>` : none);
    return html`<div class="action">
      <h4>${format(t.action, { n: i + 1 })}</h4>
      <dl>
        <dt>${t.what}</dt>
        <dd>${text(a.what)}</dd>
        <dt>${t.owner}</dt>
        <dd>${text(a.owner)}</dd>
        <dt>${t.dueOn}</dt>
        <dd>${a.dueOn ? this.dateElement(a.dueOn) : none}</dd>
        <dt>${t.successCriteria}</dt>
        <dd>${text(a.successCriteria)}</dd>
        <dt>${t.support}</dt>
        <dd>${a.supportSchoolId ? this.schoolText(partnership, a.supportSchoolId) : t.noSupport}</dd>
        ${a.supportSchoolId || a.supportNote.trim()
          ? html`<dt>${t.supportNote}</dt>
              <dd>${text(a.supportNote)}</dd>`
          : nothing}
      </dl>
    </div>`;
  }

  private renderActionForm(a: ImprovementAction, i: number, cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.actions;
    const partners = partnership.schools.filter((s) => s.id !== cycle.hostSchoolId);
    const id = (field: ActionField) => `${field}-${a.id}`;
    const input = (field: ActionField) => (e: Event) => this.saveAction(a.id, field, (e.target as HTMLInputElement).value);
    const textarea = (field: 'what' | 'successCriteria' | 'supportNote', label: string) => html`<div class="field wide">
      <label for=${id(field)}>${label}</label>
      <textarea id=${id(field)} rows="2" .value=${a[field]} aria-describedby=${this.fieldErrors.describedBy(id(field))} @input=${input(field)}></textarea>
      ${this.fieldErrors.render(id(field))}
    </div>`;
    const headingId = `action-heading-${a.id}`;
    return html`<div class="action" role="group" aria-labelledby=${headingId} data-action=${a.id}>
      <h4 id=${headingId}>${format(t.action, { n: i + 1 })}</h4>
      <div class="action-fields">
        ${textarea('what', t.what)}
        <div class="field">
          <label for=${id('owner')}>${t.owner}</label>
          <input
            id=${id('owner')}
            maxlength="300"
            list="participant-names"
            .value=${a.owner}
            aria-describedby=${this.fieldErrors.describedBy(id('owner'))}
            @input=${input('owner')}
          />
          ${this.fieldErrors.render(id('owner'))}
        </div>
        <div class="field">
          <label for=${id('dueOn')}>${t.dueOn}</label>
          <input
            id=${id('dueOn')}
            type="date"
            .value=${a.dueOn ?? ''}
            aria-describedby=${this.fieldErrors.describedBy(id('dueOn'), Boolean(a.dueOn) && !this.fieldErrors.get(id('dueOn')) && `${id('dueOn')}-shown`)}
            @input=${input('dueOn')}
            @change=${input('dueOn')}
          />
          ${this.renderDateShown(id('dueOn'), a.dueOn)} ${this.fieldErrors.render(id('dueOn'))}
        </div>
        ${textarea('successCriteria', t.successCriteria)}
        <div class="field">
          <label for=${id('supportSchoolId')}>${t.support}</label>
          <select id=${id('supportSchoolId')} aria-describedby=${this.fieldErrors.describedBy(id('supportSchoolId'))} @change=${input('supportSchoolId')}>
            <option value="" .selected=${live(!a.supportSchoolId)}>${t.noSupport}</option>
            ${partners.map((s) => html`<option value=${s.id} .selected=${live(s.id === a.supportSchoolId)}>${s.name}</option>`)}
          </select>
          ${this.fieldErrors.render(id('supportSchoolId'))}
        </div>
        ${textarea('supportNote', t.supportNote)}
      </div>
      ${i === 0 ? html`<datalist id="participant-names">${cycle.workshop.participants.map((p) => html`<option value=${p}></option>`)}</datalist>` : nothing}
      ${view.canRemove
        ? this.confirmingRemove === a.id
          ? html`<div
              class="notice"
              role="group"
              aria-labelledby="remove-question-${a.id}"
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  this.keepAction(a.id);
                }
              }}
            >
              <p id="remove-question-${a.id}">${format(t.confirmRemove, { n: i + 1 })}</p>
              <div class="buttons">
                <button type="button" data-confirm-remove=${a.id} @click=${() => this.removeAction(a.id, i)}>${format(t.remove, { n: i + 1 })}</button>
                <button type="button" @click=${() => this.keepAction(a.id)}>${t.keep}</button>
              </div>
            </div>`
          : html`<button type="button" data-remove-action=${a.id} @click=${() => this.askRemoveAction(a, i)}>${format(t.remove, { n: i + 1 })}</button>`
        : nothing}
    </div>`;
  }

  private renderFinish(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.finish;
    const due = checkInDueOn(cycle, partnership);
    return html`<section part="finish" aria-labelledby="finish-heading">
      <h3 id="finish-heading">${t.heading}</h3>
      ${this.confirmingFinish && view.finish.allowed
        ? html`<div part="confirm" role="group" aria-labelledby="confirm-heading" @keydown=${this.onConfirmKey}>
            <h4 id="confirm-heading" tabindex="-1">${t.confirmHeading}</h4>
            <p>${format(t.confirmText, { date: this.date(due) })}</p>
            <div class="buttons">
              <button type="button" class="primary" data-confirm-finish @click=${this.finish}>${t.confirm}</button>
              <button type="button" @click=${this.cancelFinish}>${t.cancel}</button>
            </div>
          </div>`
        : html`<button
              type="button"
              class="primary"
              data-finish
              aria-disabled=${view.finish.allowed ? 'false' : 'true'}
              aria-describedby=${view.finish.allowed ? nothing : 'finish-reason'}
              @click=${() => this.askFinish(view)}
            >
              ${t.button}
            </button>
            ${view.finish.allowed ? nothing : html`<p class="hint" id="finish-reason">${format(t.notReady, { reason: view.finish.reason ?? '' })}</p>`}`}
    </section>`;
  }
}
