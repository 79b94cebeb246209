import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ACTION_STATUSES,
  canSend,
  checkInDueOn,
  findPerson,
  isActionOverdue,
  isCheckInOverdue,
  schoolName,
  visibleCycle,
  type ActionStatus,
  type AvailableEvent,
  type CheckIn,
  type Cycle,
  type CycleEventType,
  type ImprovementAction,
  type Partnership,
} from '@spp/core';
import { SppCycleElement } from '../shared/spp-element';
import { format, getCommonStrings } from '../shared/strings';
import { actionPlanStyles } from './action-plan.styles';
import { getActionPlanStrings } from './action-plan.strings';
import { daysFrom, downloadJson, exportFileName, localToday } from './action-plan.helpers';
import { dateTime, isIsoDate, longDate } from '../shared/dates';
import { FieldErrors } from '../shared/field-errors';
import { Drafts, newId } from '../shared/drafts';

/** Where the cycle is, as this widget presents it. */
type Phase = 'before' | 'plan' | 'check-in' | 'complete' | 'paused' | 'withdrawn';

/** What the current person can do here now: every answer comes from core. */
interface View {
  phase: Phase;
  save: AvailableEvent;
  publish: AvailableEvent;
  record: AvailableEvent;
  /** Actions can be edited (core accepts SAVE_ACTION from this person now). */
  canEdit: boolean;
  /** New actions can be added (while the plan is being written). */
  canAdd: boolean;
  canRecord: boolean;
  /** Nothing here can be changed by this person: core's reason is shown once, at the top. */
  readOnlyAll: boolean;
}

/** Action fields typed as text: kept on the device while typed, sent to core when the person moves on. */
const TEXT_FIELDS = ['what', 'owner', 'successCriteria', 'supportNote'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
/** Fields of the new-action form. */
const NEW_FIELDS = ['what', 'owner', 'dueOn', 'successCriteria', 'supportSchoolId', 'supportNote'] as const;
type NewField = (typeof NEW_FIELDS)[number];

/**
 * How long typing in an action field may pause before it is sent to core anyway (leaving the field
 * sends it at once). Long, so that one edit makes one entry in the action's history.
 */
export const COMMIT_IDLE_MS = 10_000;

const draftKey = (id: string, field: TextField) => `action:${id}:${field}`;

/** A choice made in an action's form, sent at once. */
interface ActionChoice {
  /** `null` clears the due date. */
  dueOn?: string | null;
  supportSchoolId?: string | null;
  status?: ActionStatus;
}

/**
 * @summary The host school's action plan and its 90-day check-in: the agreed improvement
 * priority, the actions (what, owner, due date, success criteria, support from a partner school,
 * status) with the history of every change, what is due or overdue, publishing the plan, recording
 * the check-in, the check-ins held so far, printing and a JSON export.
 *
 * Every change goes through core (`SAVE_ACTION`, `PUBLISH_ACTION_PLAN`, `RECORD_CHECK_IN`). Text
 * typed into an action is kept on this device as it is typed and sent to core when the person
 * leaves the field (or after a pause, or when the page is hidden), so each edit is one entry in
 * the action's history. The check-in form is kept on this device until the check-in is recorded,
 * after an in-page confirmation.
 *
 * Who may edit the actions, publish the plan or record the check-in is decided by core's role
 * rules: people who may not (the programme associate, the wider partnership) see the priority,
 * the actions and their progress as text, with core's reason. "Overdue" is always written out,
 * never shown by colour alone. The plan prints as a document (controls are left out), and
 * "Export as JSON" downloads the cycle as the signed-in person is allowed to see it.
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The heading and introduction.
 * @csspart check-in-due - When the check-in is due, or that it is overdue, and how many actions are overdue.
 * @csspart priority - The agreed improvement priority and the workshop's root cause.
 * @csspart actions - The actions.
 * @csspart action - One action (form or record).
 * @csspart overdue - The "Overdue" label of an action.
 * @csspart history - The disclosure listing an action's changes.
 * @csspart new-action - The form for adding an action.
 * @csspart publish - Publishing the plan.
 * @csspart check-in - Recording the check-in (or why this person cannot).
 * @csspart confirm - The in-page confirmations before publishing and before recording the check-in.
 * @csspart check-ins - The check-ins held so far.
 * @csspart tools - Print and JSON export.
 * @csspart save-state - The save-state live region and its retry/conflict buttons.
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused the last change.
 *
 * @cssprop --spp-color-brand - Brand colour: primary buttons, the priority and confirmations.
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints and secondary text.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of the priority and the check-in date.
 * @cssprop --spp-color-border - Borders of controls and actions.
 * @cssprop --spp-color-border-subtle - Borders of sections and history entries.
 * @cssprop --spp-color-danger - Errors and "Overdue" labels (always with the word, never colour alone).
 * @cssprop --spp-color-success - A check-in that is not yet due.
 * @cssprop --spp-color-warning-surface - Background of notices and overdue labels.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family.
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 *
 * @event spp-cycle-change - An edit was accepted by core; `event.cycle` is the new cycle.
 * @event spp-stage-change - The cycle moved stage: publishing moves it to `check-in`; a check-in moves it to `complete` or back to `action-plan`.
 * @event spp-refused - Core refused a change; `event.refusal.reason` says why.
 * @event spp-save-state - Saving started, finished, failed (`event.error`) or hit a conflict.
 */
export class SppActionPlan extends SppCycleElement {
  static override styles = actionPlanStyles;

  /**
   * The date the widget treats as today (`YYYY-MM-DD`), for what is due and overdue and the
   * default check-in date. Defaults to the current date where the person is; set it to show the
   * plan on a given day (tests, stories, a server's date).
   */
  @property() today?: string;

  @state() private confirmingPublish = false;
  @state() private confirmingCheckIn = false;
  /** Polite announcements (added, published, recorded, exported). */
  @state() private announcement = '';
  /** Problems with what was typed into one field, by field id. */
  private readonly fieldErrors = new FieldErrors(this);

  private readonly drafts = new Drafts();
  private commitTimer?: ReturnType<typeof setTimeout>;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') this.commitAll();
  };
  private readonly onPageHide = () => this.commitAll();

  override connectedCallback(): void {
    // Registered before the controller's own listeners (added in super), so typed text is sent to
    // core before the controller saves when the page is hidden.
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.commitTimer);
    this.commitAll();
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    super.disconnectedCallback();
  }

  /** Sends any text still being typed to core, then resolves once everything is saved (or the save failed). */
  override flush(): Promise<void> {
    this.commitAll();
    return super.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cycle = this.cycleState.cycle;
    const partnership = this.resolvedPartnership;
    const actor = this.resolvedActor;
    const key = cycle && partnership && actor ? `spp-action-plan-drafts:${partnership.id}:${cycle.id}:${actor.id}` : undefined;
    // Text typed before a reload is shown again and sent to core after the usual pause.
    if (this.drafts.use(key) && this.drafts.names('action:').length) this.scheduleCommit();
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private get strings() {
    return getActionPlanStrings(this.locale);
  }

  /** Today's date for this widget: the `today` property, or the current date where the person is. */
  private get day(): string {
    return isIsoDate(this.today) ? this.today : localToday();
  }

  /** A calendar date written out in the widget's locale (or "Not recorded."). */
  private date(iso: string | undefined): string {
    return iso ? longDate(iso, this.locale) : this.strings.notRecorded;
  }

  /** A date shown on its own: a `<time>` element in the widget's locale. */
  private time(iso: string) {
    return html`<time datetime=${iso}>${longDate(iso, this.locale)}</time>`;
  }

  /**
   * The date chosen in a native date field, written out with its weekday in the widget's
   * language (the field itself follows the browser's), or nothing while there is none.
   */
  private chosenDate(template: string, value: string | undefined, id: string) {
    return isIsoDate(value) ? html`<p class="hint date-chosen" id=${id}>${format(template, { date: longDate(value, this.locale, { weekday: true }) })}</p>` : nothing;
  }

  private ask(cycle: Cycle, partnership: Partnership, type: CycleEventType): AvailableEvent {
    const actor = this.resolvedActor;
    if (!actor) return { type, allowed: false, reason: getCommonStrings(this.locale).notConnected };
    return canSend(cycle, actor, partnership, type, this.locale);
  }

  private view(cycle: Cycle, partnership: Partnership): View {
    const stage = cycle.stage;
    const phase: Phase =
      stage === 'action-plan'
        ? 'plan'
        : stage === 'check-in'
          ? 'check-in'
          : stage === 'complete' || stage === 'paused' || stage === 'withdrawn'
            ? stage
            : 'before';
    const active = phase === 'plan' || phase === 'check-in';
    const save = this.ask(cycle, partnership, 'SAVE_ACTION');
    const publish = this.ask(cycle, partnership, 'PUBLISH_ACTION_PLAN');
    const record = this.ask(cycle, partnership, 'RECORD_CHECK_IN');
    const canEdit = active && save.allowed;
    const canRecord = phase === 'check-in' && record.allowed;
    const readOnlyAll = active && !canEdit && !this.may('publish-action-plan') && !this.may('record-check-in');
    return { phase, save, publish, record, canEdit, canAdd: phase === 'plan' && canEdit, canRecord, readOnlyAll };
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private personName(partnership: Partnership, id: string | undefined): string {
    return findPerson(partnership, id)?.name ?? this.strings.unknownPerson;
  }

  // --- Sending action edits through core --------------------------------------------------------

  private scheduleCommit(): void {
    clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => this.commitAll(), COMMIT_IDLE_MS);
  }

  /** Whether core accepts action edits from this person now (typed text can be sent). */
  private get canSendEdits(): boolean {
    const cycle = this.cycleState.cycle;
    const partnership = this.resolvedPartnership;
    return Boolean(cycle && partnership && this.resolvedActor && this.ask(cycle, partnership, 'SAVE_ACTION').allowed);
  }

  /** Whether typed text is waiting to be sent to core. */
  private get hasPendingText(): boolean {
    return this.drafts.names('action:').length > 0 && this.canSendEdits;
  }

  /**
   * Sends every action's typed text to core, one SAVE_ACTION per action. Text typed when edits
   * were allowed but no longer are (the cycle moved on elsewhere) stays on this device.
   */
  private commitAll(): void {
    clearTimeout(this.commitTimer);
    if (!this.canSendEdits) return;
    const ids = new Set(this.drafts.names('action:').map((name) => name.split(':').slice(1, -1).join(':')));
    for (const id of ids) this.commitAction(id);
  }

  /**
   * Sends one action's typed text to core as a single SAVE_ACTION (one history entry), together
   * with `extra` (a due date, support school or status just chosen).
   */
  private commitAction(id: string, extra: ActionChoice = {}, extraFieldId?: string): void {
    const current = this.cycleState.cycle?.actions.find((a) => a.id === id);
    if (!current) return;
    const keys = TEXT_FIELDS.filter((f) => this.drafts.has(draftKey(id, f)));
    const change: Partial<Record<TextField, string>> & ActionChoice = {};
    for (const field of keys) {
      const value = this.drafts.find(draftKey(id, field))!;
      if (value !== current[field]) change[field] = value;
    }
    if (extra.dueOn !== undefined && extra.dueOn !== (current.dueOn ?? null)) change.dueOn = extra.dueOn;
    if (extra.status !== undefined && extra.status !== current.status) change.status = extra.status;
    if (extra.supportSchoolId !== undefined && extra.supportSchoolId !== (current.supportSchoolId ?? null)) change.supportSchoolId = extra.supportSchoolId;
    if (Object.keys(change).length) {
      const refusal = this.send({ type: 'SAVE_ACTION', action: { id, what: current.what, ...change } });
      for (const field of keys) this.fieldErrors.set(`${field}-${id}`, refusal?.reason);
      if (extraFieldId) this.fieldErrors.set(extraFieldId, refusal?.reason);
      if (refusal) return;
    } else if (extraFieldId) {
      this.fieldErrors.set(extraFieldId, undefined);
    }
    if (keys.length) this.drafts.delete(...keys.map((f) => draftKey(id, f)));
    this.requestUpdate();
  }

  private onActionText(id: string, field: TextField, event: Event): void {
    this.drafts.keep(draftKey(id, field), (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    this.scheduleCommit();
    this.requestUpdate();
  }

  /** A text field was left: send at once. */
  private onActionChange(id: string): void {
    this.commitAction(id);
  }

  /** A complete date was chosen: send at once. */
  private onActionDue(id: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (isIsoDate(value)) this.commitAction(id, { dueOn: value }, `dueOn-${id}`);
  }

  /**
   * Leaving the date field empty clears the due date (not sooner: while a date is retyped the
   * field is briefly empty).
   */
  private onActionDueLeft(id: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.value) return;
    // A half-typed date reads as empty too: say so rather than clear the date.
    if (input.validity.badInput) return this.fieldErrors.set(`dueOn-${id}`, this.strings.actions.notADate);
    this.commitAction(id, { dueOn: null }, `dueOn-${id}`);
  }

  private onActionSupport(id: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.commitAction(id, { supportSchoolId: value || null }, `supportSchoolId-${id}`);
  }

  private onActionStatus(id: string, event: Event): void {
    this.commitAction(id, { status: (event.target as HTMLSelectElement).value as ActionStatus }, `status-${id}`);
  }

  // New actions

  private get adding(): boolean {
    return this.drafts.has('new:open');
  }

  private startAdding(): void {
    this.drafts.keep('new:open', '1');
    this.requestUpdate();
    void this.focusLater('#new-what');
  }

  private cancelAdding(): void {
    this.drafts.delete('new:open', ...NEW_FIELDS.map((f) => `new:${f}`));
    this.fieldErrors.set('new-what', undefined);
    this.requestUpdate();
    void this.focusLater('[data-add-action]');
  }

  private onNewField(field: NewField, event: Event): void {
    this.drafts.keep(`new:${field}`, (event.target as HTMLInputElement).value);
    if (field === 'what') this.fieldErrors.set('new-what', undefined);
    // The chosen date is written out beside the field.
    if (field === 'dueOn') this.requestUpdate();
  }

  private addAction(): void {
    const t = this.strings.actions;
    const value = (field: NewField) => this.drafts.find(`new:${field}`) ?? '';
    if (!value('what').trim()) {
      this.fieldErrors.set('new-what', t.whatNeeded);
      void this.focusLater('#new-what');
      return;
    }
    const due = value('dueOn');
    if (due && !isIsoDate(due)) {
      this.fieldErrors.set('new-dueOn', t.notADate);
      void this.focusLater('#new-dueOn');
      return;
    }
    const id = newId('act');
    const refusal = this.send({
      type: 'SAVE_ACTION',
      action: {
        id,
        what: value('what'),
        owner: value('owner'),
        successCriteria: value('successCriteria'),
        supportNote: value('supportNote'),
        ...(due ? { dueOn: due } : {}),
        ...(value('supportSchoolId') ? { supportSchoolId: value('supportSchoolId') } : {}),
      },
    });
    this.fieldErrors.set('new-what', refusal?.reason);
    if (refusal) return;
    this.drafts.delete('new:open', ...NEW_FIELDS.map((f) => `new:${f}`));
    this.fieldErrors.set('new-dueOn', undefined);
    const n = this.cycleState.cycle?.actions.findIndex((a) => a.id === id) ?? -1;
    this.announce(format(t.added, { n: n + 1 }));
    void this.focusLater(`#${CSS.escape(`action-heading-${id}`)}`);
  }

  // Publishing

  private askPublish(view: View): void {
    this.commitAll();
    const cycle = this.cycleState.cycle;
    const partnership = this.resolvedPartnership;
    const publish = cycle && partnership ? this.ask(cycle, partnership, 'PUBLISH_ACTION_PLAN') : view.publish;
    if (!publish.allowed) {
      // Core says why in the alert region (e.g. only the host headteacher, or an action lacks an owner).
      this.send({ type: 'PUBLISH_ACTION_PLAN' });
      return;
    }
    this.confirmingPublish = true;
    void this.focusLater('#publish-confirm-heading');
  }

  private cancelPublish(): void {
    this.confirmingPublish = false;
    void this.focusLater('[data-publish]');
  }

  private publish(): void {
    this.confirmingPublish = false;
    this.commitAll();
    if (this.send({ type: 'PUBLISH_ACTION_PLAN' })) {
      void this.focusLater('[data-publish]');
      return;
    }
    this.announce(this.strings.publish.published);
    void this.focusLater('#due-heading');
  }

  /** Escape in a confirmation goes back, as its second button does. */
  private onConfirmKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (this.confirmingPublish) this.cancelPublish();
    else if (this.confirmingCheckIn) this.cancelRecord();
  }

  // The check-in form (kept on this device until recorded)

  private checkInValue(name: string, fallback = ''): string {
    return this.drafts.find(`checkIn:${name}`) ?? fallback;
  }

  private onCheckInField(name: string, event: Event, errorId?: string): void {
    this.drafts.keep(`checkIn:${name}`, (event.target as HTMLInputElement).value);
    if (errorId) this.fieldErrors.set(errorId, undefined);
    this.confirmingCheckIn = false;
    this.requestUpdate();
  }

  private checkInPayload(cycle: Cycle) {
    return {
      heldOn: this.checkInValue('heldOn', this.day),
      progress: cycle.actions.map((a) => ({
        actionId: a.id,
        status: this.checkInValue(`status:${a.id}`, a.status) as ActionStatus,
        note: this.checkInValue(`note:${a.id}`),
      })),
      nextSteps: this.checkInValue('nextSteps'),
      outcome: this.checkInValue('outcome'),
    };
  }

  private askRecord(): void {
    const t = this.strings.checkIn;
    const cycle = this.cycleState.cycle;
    if (!cycle) return;
    this.commitAll();
    const payload = this.checkInPayload(cycle);
    const dateOk = isIsoDate(payload.heldOn);
    const outcomeOk = payload.outcome === 'close' || payload.outcome === 'continue';
    this.fieldErrors.set('held-on', dateOk ? undefined : t.dateNeeded);
    this.fieldErrors.set('outcome', outcomeOk ? undefined : t.outcomeNeeded);
    if (!dateOk) return void this.focusLater('#held-on');
    if (!outcomeOk) return void this.focusLater('#outcome-close');
    this.confirmingCheckIn = true;
    void this.focusLater('#check-in-confirm-heading');
  }

  private cancelRecord(): void {
    this.confirmingCheckIn = false;
    void this.focusLater('[data-record-check-in]');
  }

  private recordCheckIn(): void {
    const cycle = this.cycleState.cycle;
    const partnership = this.resolvedPartnership;
    if (!cycle || !partnership) return;
    this.confirmingCheckIn = false;
    const payload = this.checkInPayload(cycle);
    const outcome = payload.outcome === 'continue' ? 'continue' : 'close';
    const refusal = this.send({ type: 'RECORD_CHECK_IN', ...payload, outcome });
    if (refusal) {
      void this.focusLater('[data-record-check-in]');
      return;
    }
    this.drafts.delete(...this.drafts.names('checkIn:'));
    const after = this.cycleState.cycle;
    const t = this.strings.checkIn;
    this.announce(outcome === 'close' ? t.recordedClose : format(t.recordedContinue, { date: this.date(after ? checkInDueOn(after, partnership) : undefined) }));
    void this.focusLater(outcome === 'close' ? '#check-ins-heading' : '#due-heading');
  }

  // Print and export

  private print(): void {
    this.commitAll();
    window.print();
  }

  private exportJson(): void {
    this.commitAll();
    const cycle = this.cycleState.cycle;
    const actor = this.resolvedActor;
    const partnership = this.resolvedPartnership;
    if (!cycle || !actor || !partnership) return;
    const file = exportFileName(cycle.id, this.day);
    downloadJson(visibleCycle(cycle, actor, partnership), file, this.renderRoot);
    this.announce(format(this.strings.tools.exported, { file }));
  }

  // --- Rendering ---------------------------------------------------------------------------------

  /** As the shared region, but text still being typed counts as unsaved. */
  protected override renderSaveState() {
    const c = this.cycleState;
    if (!this.hasPendingText || c.saveState === 'failed' || c.saveState === 'conflict' || c.saveState === 'saving') return super.renderSaveState();
    return html`<div class="save-state unsaved" part="save-state">
      <p role="status" aria-live="polite" class="muted">${getCommonStrings(this.locale).unsaved}</p>
      ${c.notice ? html`<p class="muted" role="status">${this.noticeText(c.notice)}</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const loading = this.renderLoadState();
    const partnership = this.resolvedPartnership;
    const cycle = this.cycleState.cycle;
    if (loading || !cycle || !partnership) {
      return html`<div part="base">${loading}<div class="status-bar">${this.renderSaveState()} ${this.renderRefusal()}</div></div>`;
    }
    const view = this.view(cycle, partnership);
    return html`<div part="base">
      ${this.renderHeader(cycle, partnership)} ${this.renderNotices(cycle, view)}
      <div class="status-bar">
        ${this.renderSaveState()} ${this.renderRefusal()}
        <p class="visually-hidden" role="status" aria-live="polite" data-announcer>${this.announcement}</p>
      </div>
      ${view.phase === 'plan' || view.phase === 'check-in' ? this.renderDue(cycle, partnership, view) : nothing}
      ${this.renderPriority(cycle, partnership)} ${this.renderActions(cycle, partnership, view)}
      ${view.phase === 'plan' && !view.readOnlyAll ? this.renderPublish(cycle, partnership, view) : nothing}
      ${view.phase === 'check-in' && !view.readOnlyAll ? this.renderCheckIn(cycle, partnership, view) : nothing}
      ${this.renderCheckIns(cycle, partnership)} ${this.renderTools()}
    </div>`;
  }

  private renderHeader(cycle: Cycle, partnership: Partnership) {
    const t = this.strings;
    return html`<div class="header" part="header">
      <h2>${t.heading}</h2>
      <p class="muted">${format(t.hostSchool, { school: schoolName(partnership, cycle.hostSchoolId), year: cycle.academicYear })}</p>
      <p class="stage">${format(t.stage, { stage: getCommonStrings(this.locale).stage[cycle.stage] })}</p>
      <p class="print-only printed-on">${format(t.printedOn, { date: this.date(this.day) })}</p>
      <p class="intro">${t.intro}</p>
    </div>`;
  }

  private renderNotices(cycle: Cycle, view: View) {
    const t = this.strings.notices;
    const notes: TemplateResult[] = [];
    if (view.phase === 'before') notes.push(html`<p class="notice">${t.beforeWorkshop}</p>`);
    if (view.phase === 'complete') notes.push(html`<p class="notice">${t.complete}</p>`);
    if (view.phase === 'paused') notes.push(html`<p class="notice">${t.paused}</p>`);
    if (view.phase === 'withdrawn') notes.push(html`<p class="notice">${t.withdrawn}</p>`);
    if (view.readOnlyAll) notes.push(html`<p class="notice no-print" data-read-only>${format(t.readOnly, { reason: this.whyNot('edit-action-plan') ?? view.save.reason ?? '' })}</p>`);
    if (view.phase === 'plan' && cycle.checkIns.some((c) => c.heldOn)) notes.push(html`<p class="notice">${t.continued}</p>`);
    return notes;
  }

  private renderDue(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.due;
    const today = this.day;
    const due = checkInDueOn(cycle, partnership);
    const overdue = isCheckInOverdue(cycle, partnership, today);
    const lateActions = cycle.actions.filter((a) => isActionOverdue(a, today)).length;
    let heading = t.notBooked;
    let detail = '';
    if (due) {
      const days = daysFrom(today, due);
      heading = overdue ? format(t.overdue, { date: this.date(due) }) : days === 0 ? format(t.dueToday, { date: this.date(due) }) : format(t.dueBy, { date: this.date(due) });
      detail = days > 0 ? t.daysLeft(days) : days < 0 ? t.daysLate(-days) : '';
    }
    const lastHeld = cycle.checkIns.filter((c) => c.heldOn).at(-1)?.heldOn;
    return html`<section part="check-in-due" class=${overdue ? 'overdue' : ''} aria-labelledby="due-heading">
      <h3 id="due-heading" tabindex="-1">${heading}</h3>
      ${detail ? html`<p class="due-detail">${detail}</p>` : nothing}
      ${lastHeld ? html`<p>${format(t.held, { date: this.date(lastHeld) })}</p>` : nothing}
      ${view.phase === 'plan' ? html`<p>${t.beforePublish}</p>` : nothing}
      ${lateActions ? html`<p class="late-actions"><strong>${t.overdueActions(lateActions)}</strong></p>` : nothing}
      <p class="hint">${t.interval(partnership.config.checkInDays)}</p>
    </section>`;
  }

  private renderPriority(cycle: Cycle, partnership: Partnership) {
    const t = this.strings.priority;
    const priority = cycle.review.improvementPriority;
    const w = cycle.workshop;
    return html`<section part="priority" aria-labelledby="priority-heading">
      <h3 id="priority-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      ${priority.trim() ? html`<p class="priority user-text">${priority}</p>` : html`<p class="muted">${t.none}</p>`}
      ${w.rootCause.trim()
        ? html`<h4>${t.rootCause}</h4>
            <p class="user-text">${w.rootCause}</p>`
        : nothing}
      ${w.finishedAt && w.date ? html`<p class="muted">${format(t.workshop, { date: this.date(w.date), name: this.personName(partnership, w.facilitatorId) })}</p>` : nothing}
    </section>`;
  }

  private renderActions(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.actions;
    const active = view.phase === 'plan' || view.phase === 'check-in';
    const showReason = active && !view.readOnlyAll && !view.canEdit;
    return html`<section part="actions" aria-labelledby="actions-heading">
      <h3 id="actions-heading">${t.heading}</h3>
      ${showReason ? html`<p class="notice no-print">${format(this.strings.notices.actionsReadOnly, { reason: this.whyNot('edit-action-plan') ?? view.save.reason ?? '' })}</p>` : nothing}
      ${cycle.actions.length
        ? html`<ol class="actions">
            ${repeat(
              cycle.actions,
              (a) => a.id,
              (a, i) => html`<li>${this.renderAction(a, i, cycle, partnership, view)}</li>`,
            )}
          </ol>`
        : html`<p class="muted">${t.empty}</p>`}
      ${view.canAdd ? (this.adding ? this.renderNewAction(cycle, partnership) : html`<button type="button" data-add-action @click=${this.startAdding}>${t.add}</button>`) : nothing}
    </section>`;
  }

  private renderAction(a: ImprovementAction, i: number, cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.actions;
    const overdue = isActionOverdue(a, this.day);
    const headingId = `action-heading-${a.id}`;
    return html`<article class="action ${overdue ? 'is-overdue' : ''}" part="action" data-action=${a.id} aria-labelledby=${headingId}>
      <h4 id=${headingId} tabindex="-1">
        ${format(t.action, { n: i + 1 })}${overdue ? html` <span class="badge" part="overdue">${t.overdue}</span>` : nothing}
      </h4>
      ${view.canEdit
        ? html`<div class="screen-only">${this.renderActionForm(a, cycle, partnership, overdue)}</div>
            <div class="print-only">${this.renderActionRecord(a, partnership, overdue)}</div>`
        : this.renderActionRecord(a, partnership, overdue)}
      ${this.renderHistory(a, i, partnership)}
    </article>`;
  }

  private statusText(status: ActionStatus): string {
    return this.strings.actions.statuses[status] ?? status;
  }

  private renderActionRecord(a: ImprovementAction, partnership: Partnership, overdue: boolean) {
    const t = this.strings.actions;
    const none = html`<span class="muted">${this.strings.notRecorded}</span>`;
    const text = (value: string) => (value.trim() ? html`<span class="user-text">${value}</span>` : none);
    return html`<dl class="record">
      <dt>${t.what}</dt>
      <dd>${text(a.what)}</dd>
      <dt>${t.owner}</dt>
      <dd>${text(a.owner)}</dd>
      <dt>${t.dueOn}</dt>
      <dd>${a.dueOn ? this.time(a.dueOn) : html`<span class="muted">${t.noDueDate}</span>`}${overdue ? html` <strong class="overdue-text">${t.overdueShort}</strong>` : nothing}</dd>
      <dt>${t.successCriteria}</dt>
      <dd>${text(a.successCriteria)}</dd>
      <dt>${t.support}</dt>
      <dd>${a.supportSchoolId ? schoolName(partnership, a.supportSchoolId) : t.noSupport}</dd>
      ${a.supportSchoolId || a.supportNote.trim()
        ? html`<dt>${t.supportNote}</dt>
            <dd>${text(a.supportNote)}</dd>`
        : nothing}
      <dt>${t.status}</dt>
      <dd>${this.statusText(a.status)}</dd>
    </dl>`;
  }

  private renderActionForm(a: ImprovementAction, cycle: Cycle, partnership: Partnership, overdue: boolean) {
    const t = this.strings.actions;
    const partners = partnership.schools.filter((s) => s.id !== cycle.hostSchoolId);
    const id = (field: string) => `${field}-${a.id}`;
    const value = (field: TextField) => this.drafts.find(draftKey(a.id, field)) ?? a[field];
    const pending = (field: TextField) => this.drafts.has(draftKey(a.id, field));
    const textarea = (field: 'what' | 'successCriteria' | 'supportNote', label: string, hint?: string) => html`<div class="field wide">
      <label for=${id(field)}>${label}</label>
      ${hint ? html`<p class="hint" id=${id(field) + '-hint'}>${hint}</p>` : nothing}
      <textarea
        id=${id(field)}
        rows="2"
        .value=${value(field)}
        aria-describedby=${this.fieldErrors.describedBy(id(field), hint && id(field) + '-hint', pending(field) && id(field) + '-pending')}
        aria-invalid=${this.fieldErrors.get(id(field)) ? 'true' : 'false'}
        @input=${(e: Event) => this.onActionText(a.id, field, e)}
        @change=${() => this.onActionChange(a.id)}
      ></textarea>
      ${pending(field) ? html`<p class="hint pending" id=${id(field) + '-pending'}>${t.pendingHint}</p>` : nothing} ${this.fieldErrors.render(id(field))}
    </div>`;
    return html`<div class="action-fields">
      ${textarea('what', t.what)}
      <div class="field">
        <label for=${id('owner')}>${t.owner}</label>
        <input
          id=${id('owner')}
          maxlength="300"
          autocomplete="off"
          .value=${value('owner')}
          aria-describedby=${this.fieldErrors.describedBy(id('owner'), id('owner') + '-hint', pending('owner') && id('owner') + '-pending')}
          aria-invalid=${this.fieldErrors.get(id('owner')) ? 'true' : 'false'}
          @input=${(e: Event) => this.onActionText(a.id, 'owner', e)}
          @change=${() => this.onActionChange(a.id)}
        />
        <p class="hint" id=${id('owner') + '-hint'}>${t.ownerHint}</p>
        ${pending('owner') ? html`<p class="hint pending" id=${id('owner') + '-pending'}>${t.pendingHint}</p>` : nothing} ${this.fieldErrors.render(id('owner'))}
      </div>
      <div class="field">
        <label for=${id('dueOn')}>${t.dueOn}</label>
        <input
          id=${id('dueOn')}
          type="date"
          .value=${live(a.dueOn ?? '')}
          aria-describedby=${this.fieldErrors.describedBy(id('dueOn'), overdue ? id('dueOn') + '-overdue' : isIsoDate(a.dueOn) && id('dueOn') + '-chosen')}
          aria-invalid=${this.fieldErrors.get(id('dueOn')) ? 'true' : 'false'}
          @change=${(e: Event) => this.onActionDue(a.id, e)}
          @blur=${(e: Event) => this.onActionDueLeft(a.id, e)}
        />
        ${overdue ? html`<p class="overdue-text" id=${id('dueOn') + '-overdue'}>${format(t.overdueText, { date: this.date(a.dueOn) })}</p>` : this.chosenDate(t.dueOnChosen, a.dueOn, id('dueOn') + '-chosen')}
        ${this.fieldErrors.render(id('dueOn'))}
      </div>
      <div class="field">
        <label for=${id('status')}>${t.status}</label>
        <select id=${id('status')} aria-describedby=${this.fieldErrors.describedBy(id('status'))} @change=${(e: Event) => this.onActionStatus(a.id, e)}>
          ${ACTION_STATUSES.map((s) => html`<option value=${s} .selected=${live(s === a.status)}>${this.statusText(s)}</option>`)}
        </select>
        ${this.fieldErrors.render(id('status'))}
      </div>
      ${textarea('successCriteria', t.successCriteria, t.successHint)}
      <div class="field">
        <label for=${id('supportSchoolId')}>${t.support}</label>
        <select id=${id('supportSchoolId')} aria-describedby=${this.fieldErrors.describedBy(id('supportSchoolId'))} @change=${(e: Event) => this.onActionSupport(a.id, e)}>
          <option value="" .selected=${live(!a.supportSchoolId)}>${t.noSupport}</option>
          ${partners.map((s) => html`<option value=${s.id} .selected=${live(s.id === a.supportSchoolId)}>${s.name}</option>`)}
        </select>
        ${this.fieldErrors.render(id('supportSchoolId'))}
      </div>
      ${textarea('supportNote', t.supportNote)}
    </div>`;
  }

  private renderNewAction(cycle: Cycle, partnership: Partnership) {
    const t = this.strings.actions;
    const partners = partnership.schools.filter((s) => s.id !== cycle.hostSchoolId);
    const value = (field: NewField) => this.drafts.find(`new:${field}`) ?? '';
    const textarea = (field: 'what' | 'successCriteria' | 'supportNote', label: string) => html`<div class="field wide">
      <label for="new-${field}">${label}</label>
      <textarea
        id="new-${field}"
        rows="2"
        .value=${live(value(field))}
        aria-describedby=${this.fieldErrors.describedBy(`new-${field}`)}
        aria-invalid=${this.fieldErrors.get(`new-${field}`) ? 'true' : 'false'}
        @input=${(e: Event) => this.onNewField(field, e)}
      ></textarea>
      ${this.fieldErrors.render(`new-${field}`)}
    </div>`;
    return html`<fieldset part="new-action" class="new-action">
      <legend>${t.addHeading}</legend>
      <div class="action-fields">
        ${textarea('what', t.what)}
        <div class="field">
          <label for="new-owner">${t.owner}</label>
          <input id="new-owner" maxlength="300" autocomplete="off" .value=${live(value('owner'))} @input=${(e: Event) => this.onNewField('owner', e)} />
        </div>
        <div class="field">
          <label for="new-dueOn">${t.dueOn}</label>
          <input
            id="new-dueOn"
            type="date"
            .value=${live(value('dueOn'))}
            aria-describedby=${this.fieldErrors.describedBy('new-dueOn', isIsoDate(value('dueOn')) && 'new-dueOn-chosen')}
            @input=${(e: Event) => this.onNewField('dueOn', e)}
            @change=${(e: Event) => this.onNewField('dueOn', e)}
          />
          ${this.chosenDate(t.dueOnChosen, value('dueOn'), 'new-dueOn-chosen')} ${this.fieldErrors.render('new-dueOn')}
        </div>
        ${textarea('successCriteria', t.successCriteria)}
        <div class="field">
          <label for="new-supportSchoolId">${t.support}</label>
          <select id="new-supportSchoolId" @change=${(e: Event) => this.onNewField('supportSchoolId', e)}>
            <option value="" .selected=${live(!value('supportSchoolId'))}>${t.noSupport}</option>
            ${partners.map((s) => html`<option value=${s.id} .selected=${live(s.id === value('supportSchoolId'))}>${s.name}</option>`)}
          </select>
        </div>
        ${textarea('supportNote', t.supportNote)}
      </div>
      <div class="buttons">
        <button type="button" class="primary" data-confirm-add @click=${this.addAction}>${t.addConfirm}</button>
        <button type="button" @click=${this.cancelAdding}>${t.addCancel}</button>
      </div>
    </fieldset>`;
  }

  private historyValue(field: string, value: unknown, partnership: Partnership): string {
    const t = this.strings.history;
    if (value === null || value === undefined || value === '') {
      return field === 'supportSchoolId' ? t.noSupport : field === 'dueOn' ? t.noDate : t.blank;
    }
    if (field === 'supportSchoolId' && typeof value === 'string') return schoolName(partnership, value);
    if (field === 'dueOn' && typeof value === 'string') return this.date(value);
    if (field === 'status' && typeof value === 'string') return this.statusText(value as ActionStatus);
    return format(t.quoted, { value: typeof value === 'string' ? value : JSON.stringify(value) });
  }

  private renderHistory(a: ImprovementAction, i: number, partnership: Partnership) {
    const t = this.strings.history;
    const count = a.history.length;
    const changes = [...a.history].reverse();
    return html`<details class="history no-print" part="history">
      <summary>${format(t.summary, { n: i + 1 })} <span class="muted">${t.count(count)}</span></summary>
      ${count
        ? html`<ol class="changes" reversed>
            ${changes.map(
              (change) => html`<li>
                <p>${format(t.entry, { when: dateTime(change.at, this.locale), who: this.personName(partnership, change.by) })}</p>
                <ul>
                  ${Object.entries(change.before).map(
                    ([field, value]) =>
                      html`<li>${format(t.change, { field: (t.fields as Readonly<Record<string, string | undefined>>)[field] ?? field, value: this.historyValue(field, value, partnership) })}</li>`,
                  )}
                </ul>
              </li>`,
            )}
          </ol>`
        : nothing}
    </details>`;
  }

  private renderPublish(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.publish;
    const due = checkInDueOn(cycle, partnership);
    return html`<section part="publish" class="no-print" aria-labelledby="publish-heading">
      <h3 id="publish-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      ${this.confirmingPublish && view.publish.allowed
        ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="publish-confirm-heading" @keydown=${this.onConfirmKey}>
            <h4 id="publish-confirm-heading" tabindex="-1">${t.confirmHeading}</h4>
            <p>${due ? format(t.confirmText, { date: this.date(due) }) : t.confirmTextNoDate}</p>
            <div class="buttons">
              <button type="button" class="primary" data-confirm-publish @click=${this.publish}>${t.confirm}</button>
              <button type="button" @click=${this.cancelPublish}>${t.cancel}</button>
            </div>
          </div>`
        : html`<button
              type="button"
              class="primary"
              data-publish
              aria-disabled=${view.publish.allowed ? 'false' : 'true'}
              aria-describedby=${view.publish.allowed ? nothing : 'publish-reason'}
              @click=${() => this.askPublish(view)}
            >
              ${t.button}
            </button>
            ${view.publish.allowed ? nothing : html`<p class="hint" id="publish-reason">${format(t.notReady, { reason: view.publish.reason ?? '' })}</p>`}`}
    </section>`;
  }

  private renderCheckIn(cycle: Cycle, partnership: Partnership, view: View) {
    const t = this.strings.checkIn;
    if (!view.canRecord) {
      return html`<section part="check-in" class="no-print" aria-labelledby="check-in-heading">
        <h3 id="check-in-heading">${t.heading}</h3>
        <p class="notice" data-cannot-record>${format(t.cannotRecord, { reason: this.whyNot('record-check-in') ?? view.record.reason ?? '' })}</p>
      </section>`;
    }
    const payload = this.checkInPayload(cycle);
    const days = partnership.config.checkInDays;
    const outcome = payload.outcome;
    return html`<section part="check-in" class="no-print" aria-labelledby="check-in-heading">
      <h3 id="check-in-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      <p class="hint">${t.draftKept}</p>
      <div class="field narrow">
        <label for="held-on">${t.heldOn}</label>
        <input
          id="held-on"
          type="date"
          .value=${live(payload.heldOn)}
          aria-describedby=${this.fieldErrors.describedBy('held-on', isIsoDate(payload.heldOn) && 'held-on-chosen')}
          aria-invalid=${this.fieldErrors.get('held-on') ? 'true' : 'false'}
          @input=${(e: Event) => this.onCheckInField('heldOn', e, 'held-on')}
          @change=${(e: Event) => this.onCheckInField('heldOn', e, 'held-on')}
        />
        ${this.chosenDate(t.heldOnChosen, payload.heldOn, 'held-on-chosen')} ${this.fieldErrors.render('held-on')}
      </div>
      <h4>${t.progress}</h4>
      ${cycle.actions.map((a, i) => {
        const statusId = `progress-status-${a.id}`;
        const noteId = `progress-note-${a.id}`;
        return html`<fieldset class="progress" data-progress=${a.id}>
          <legend>${format(t.actionLegend, { n: i + 1 })}</legend>
          <p class="user-text">${a.what}</p>
          <div class="field narrow">
            <label for=${statusId}>${t.status}</label>
            <select id=${statusId} @change=${(e: Event) => this.onCheckInField(`status:${a.id}`, e)}>
              ${ACTION_STATUSES.map(
                (s) => html`<option value=${s} .selected=${live(s === this.checkInValue(`status:${a.id}`, a.status))}>${this.statusText(s)}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for=${noteId}>${t.note}</label>
            <textarea id=${noteId} rows="2" .value=${live(this.checkInValue(`note:${a.id}`))} @input=${(e: Event) => this.onCheckInField(`note:${a.id}`, e)}></textarea>
          </div>
        </fieldset>`;
      })}
      <div class="field">
        <label for="next-steps">${t.nextSteps}</label>
        <p class="hint" id="next-steps-hint">${t.nextStepsHint}</p>
        <textarea
          id="next-steps"
          rows="3"
          aria-describedby="next-steps-hint"
          .value=${live(this.checkInValue('nextSteps'))}
          @input=${(e: Event) => this.onCheckInField('nextSteps', e)}
        ></textarea>
      </div>
      <fieldset class="outcome" aria-describedby=${this.fieldErrors.get('outcome') ? 'outcome-error' : nothing}>
        <legend>${t.outcome}</legend>
        <div class="choice">
          <input
            type="radio"
            name="outcome"
            id="outcome-close"
            value="close"
            aria-describedby="outcome-close-hint"
            .checked=${live(outcome === 'close')}
            @change=${(e: Event) => this.onCheckInField('outcome', e, 'outcome')}
          />
          <label for="outcome-close">${t.close}</label>
          <p class="hint" id="outcome-close-hint">${t.closeHint}</p>
        </div>
        <div class="choice">
          <input
            type="radio"
            name="outcome"
            id="outcome-continue"
            value="continue"
            aria-describedby="outcome-continue-hint"
            .checked=${live(outcome === 'continue')}
            @change=${(e: Event) => this.onCheckInField('outcome', e, 'outcome')}
          />
          <label for="outcome-continue">${t.continue}</label>
          <p class="hint" id="outcome-continue-hint">${t.continueHint(days)}</p>
        </div>
        ${this.fieldErrors.render('outcome')}
      </fieldset>
      ${this.confirmingCheckIn
        ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="check-in-confirm-heading" @keydown=${this.onConfirmKey}>
            <h4 id="check-in-confirm-heading" tabindex="-1">${t.confirmHeading}</h4>
            <p>
              ${outcome === 'continue'
                ? t.confirmContinue(days, { date: this.date(payload.heldOn) })
                : format(t.confirmClose, { date: this.date(payload.heldOn) })}
            </p>
            <div class="buttons">
              <button type="button" class="primary" data-confirm-check-in @click=${this.recordCheckIn}>${t.confirm}</button>
              <button type="button" @click=${this.cancelRecord}>${t.cancel}</button>
            </div>
          </div>`
        : html`<button type="button" class="primary" data-record-check-in @click=${this.askRecord}>${t.record}</button>`}
    </section>`;
  }

  private renderCheckIns(cycle: Cycle, partnership: Partnership) {
    const t = this.strings.earlier;
    const held = cycle.checkIns.filter((c): c is CheckIn & { heldOn: string } => Boolean(c.heldOn));
    if (!held.length) return nothing;
    const actionLabel = (id: string) => {
      const index = cycle.actions.findIndex((a) => a.id === id);
      return index >= 0 ? format(this.strings.actions.action, { n: index + 1 }) : t.actionRemoved;
    };
    return html`<section part="check-ins" aria-labelledby="check-ins-heading">
      <h3 id="check-ins-heading" tabindex="-1">${t.heading}</h3>
      <ol class="check-ins">
        ${held.map(
          (c) => html`<li>
            <h4>${format(t.item, { date: this.date(c.heldOn) })}</h4>
            ${c.recordedBy ? html`<p class="muted">${format(t.recordedBy, { name: this.personName(partnership, c.recordedBy) })}</p>` : nothing}
            <h5>${t.progress}</h5>
            ${c.progress.length
              ? html`<ul>
                  ${c.progress.map(
                    (p) => html`<li>
                      ${format(t.progressItem, { action: actionLabel(p.actionId), status: this.statusText(p.status) })}${p.note.trim() ? html` <span class="user-text">${p.note}</span>` : nothing}
                    </li>`,
                  )}
                </ul>`
              : html`<p class="muted">${t.noProgress}</p>`}
            <h5>${t.nextSteps}</h5>
            ${c.nextSteps.trim() ? html`<p class="user-text">${c.nextSteps}</p>` : html`<p class="muted">${this.strings.notRecorded}</p>`}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderTools() {
    const t = this.strings.tools;
    return html`<section part="tools" class="no-print" aria-labelledby="tools-heading">
      <h3 id="tools-heading">${t.heading}</h3>
      <p class="hint" id="export-hint">${t.exportHint}</p>
      <div class="buttons">
        <button type="button" data-print @click=${this.print}>${t.print}</button>
        <button type="button" data-export aria-describedby="export-hint" @click=${this.exportJson}>${t.export}</button>
      </div>
    </section>`;
  }
}
