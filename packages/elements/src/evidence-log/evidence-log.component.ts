import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  EVIDENCE_ACTIVITIES,
  canSend,
  findPerson,
  schoolName,
  transition,
  visibleCycle,
  type Actor,
  type AvailableEvent,
  type Cycle,
  type CycleEventType,
  type EvidenceActivity,
  type EvidenceItem,
  type Finding,
  type LineOfEnquiry,
  type Partnership,
  type PlannedActivity,
} from '@spp/core';
import type { LoadState } from '../shared/document-controller';
import type { SaveState } from '../shared/events';
import { SppCycleElement } from '../shared/spp-element';
import { format, formatNumber, getCommonStrings } from '../shared/strings';
import { evidenceKey, groupByLine, newestFirst } from './evidence-log.helpers';
import { dateTime, longDate } from '../shared/dates';
import { Drafts, newId } from '../shared/drafts';
import { getEvidenceLogStrings } from './evidence-log.strings';
import { evidenceLogStyles } from './evidence-log.styles';

type Strings = ReturnType<typeof getEvidenceLogStrings>;
type Kind = Finding['kind'];

/** Where the cycle is, as this widget presents it. */
type Phase = 'before' | 'review' | 'record';

/** Everything one render needs, worked out once. Every "may" comes from core. */
interface View {
  /** This person's working copy (their unsaved edits applied): what edits are built from. */
  cycle: Cycle;
  /** What this person may see of it (core's `visibleCycle`): what is shown. */
  display: Cycle;
  actor: Actor;
  partnership: Partnership;
  phase: Phase;
  mayViewEvidence: boolean;
  capture: AvailableEvent;
  draft: AvailableEvent;
  priority: AvailableEvent;
  agree: AvailableEvent;
  /** Ids of evidence items not (or not in this form) in the shared store; undefined when unknown. */
  unsaved?: Set<string>;
}


const isActivity = (value: string): value is EvidenceActivity => (EVIDENCE_ACTIVITIES as readonly string[]).includes(value);

/**
 * @summary The review day(s): quick capture of evidence by the review team, the evidence grouped by
 * line of enquiry, then the feedback conversation: draft findings (strengths to share and areas to
 * explore, each linked to its evidence), the improvement priority, and the host headteacher
 * agreeing the findings.
 *
 * Built for a tablet on a poor connection. The capture form keeps focus in the note after "Add
 * evidence" (Ctrl+Enter or ⌘+Enter also adds) and keeps the chosen line of enquiry and activity,
 * so a reviewer can record one observation after another. Each item gets an id made on the device
 * (`crypto.randomUUID()`), so an edit sent again after a dropped connection updates the item
 * instead of adding it twice. Edits show at once and are kept on the device until the shared store
 * has them; a banner says where the work is saved and how many evidence items are on this device
 * only. Half-typed notes are kept on the device too.
 *
 * Every change goes through core (`RECORD_EVIDENCE`, `SAVE_FINDING`, `REMOVE_FINDING`,
 * `SET_IMPROVEMENT_PRIORITY`, `AGREE_FINDINGS`); who may do what, and what each person may see
 * (core's `visibleCycle`), is core's decision. Evidence notes are shown only to those core lets
 * see them; others see the findings and priority core shares with them, with a short
 * explanation. People who may read but not change see text, with core's reason shown once. After
 * the review stage the widget is a read-only record.
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - Heading, host school, review day(s) and team.
 * @csspart notice - Why this person sees what they see (read-only, not shared, before or after the review).
 * @csspart save-banner - Where the work is saved, and how many evidence items are on this device only.
 * @csspart save-state - The save-state live region and its retry / conflict buttons (inside the banner).
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused the last change.
 * @csspart capture - The quick-capture form.
 * @csspart capture-button - The "Add evidence" button (at least 44px high).
 * @csspart evidence - The evidence, grouped by line of enquiry.
 * @csspart evidence-item - One evidence item.
 * @csspart unsaved-badge - The "On this device only" mark on an evidence item.
 * @csspart findings - Strengths, areas to explore and the improvement priority.
 * @csspart finding - One finding.
 * @csspart priority - The improvement priority.
 * @csspart agree - Agreeing the findings.
 * @csspart confirm - The in-page confirmation before agreeing.
 *
 * @cssprop --spp-color-brand - Brand colour: the capture button, primary buttons, the priority.
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints, who recorded an item and when.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of findings and the priority.
 * @cssprop --spp-color-border - Borders of controls and the save banner.
 * @cssprop --spp-color-border-subtle - Borders of sections and evidence items.
 * @cssprop --spp-color-danger - Errors, refusals and a failed save.
 * @cssprop --spp-color-success - The "Saved" banner.
 * @cssprop --spp-color-warning-surface - Background of notices, of a banner with work on this device only, and of its items.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family.
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 * @cssprop --spp-evidence-log-target-size - Minimum height of buttons and fields (default 44px, for touch).
 *
 * @event spp-cycle-change - An edit was accepted by core; `event.cycle` is the new cycle.
 * @event spp-stage-change - The cycle moved stage (agreeing the findings moves it from `review` to `workshop`); `event.from`, `event.to`, `event.cycle`.
 * @event spp-refused - Core refused a change; `event.refusal.reason` says why.
 * @event spp-save-state - The save state changed (`unsaved`, `saving`, `saved`, `queued` (kept on this device until the connection is back), `failed`, `conflict`); `event.state`, `event.error`.
 */
export class SppEvidenceLog extends SppCycleElement {
  static override styles = evidenceLogStyles;

  /** Polite announcements (evidence added, a finding added or removed). */
  @state() private announcement = '';
  /** What is wrong with the note in the capture form, if anything. */
  @state() private noteError = '';
  @state() private confirmingAgree = false;
  /** The finding whose removal is being confirmed. */
  @state() private confirmingRemove?: string;

  private readonly drafts = new Drafts();
  /** Evidence as the shared store has it (id → content), to tell what is on this device only. */
  private shared?: Map<string, string>;
  private sharedReads = 0;
  private seenLoad?: LoadState;
  private seenSave?: SaveState;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cycle = this.cycleState.cycle;
    const partnership = this.resolvedPartnership;
    const actor = this.resolvedActor;
    this.drafts.use(cycle && partnership && actor ? `spp-evidence-draft:${partnership.id}:${cycle.id}:${actor.id}` : undefined);
    this.trackShared();
  }

  // --- What the shared store has -----------------------------------------------------------------

  /**
   * Keeps `shared` in step with the shared store. When everything is saved the working copy is
   * what the store has; after loading with edits restored from this device, or after a save that
   * saved only part of the edits, the store is read.
   */
  private trackShared(): void {
    const { loadState, saveState, cycle } = this.cycleState;
    const loaded = loadState !== this.seenLoad;
    const before = this.seenSave;
    this.seenLoad = loadState;
    this.seenSave = saveState;
    if (loadState !== 'ready' || !cycle) {
      this.shared = undefined;
      this.sharedReads++;
      return;
    }
    // Not 'queued': a save kept on this device has not reached the shared store yet.
    if (saveState === 'idle' || saveState === 'saved') {
      this.sharedReads++;
      this.shared = new Map(cycle.review.evidence.map((e) => [e.id, evidenceKey(e)]));
      return;
    }
    if (loaded || (saveState === 'conflict' && before !== 'conflict') || (before === 'saving' && saveState === 'unsaved')) void this.readShared(cycle.id);
  }

  private async readShared(id: string): Promise<void> {
    const store = this.resolvedStore;
    if (!store) return;
    const read = ++this.sharedReads;
    try {
      const stored = await store.get('cycle', id);
      if (read !== this.sharedReads) return;
      this.shared = new Map((stored?.review.evidence ?? []).map((e) => [e.id, evidenceKey(e)]));
      this.requestUpdate();
    } catch {
      // Unreachable or unreadable: the count is left out until the next save says more.
    }
  }

  private unsavedIds(evidence: readonly EvidenceItem[]): Set<string> | undefined {
    const shared = this.shared;
    if (!shared) return undefined;
    return new Set(evidence.filter((e) => shared.get(e.id) !== evidenceKey(e)).map((e) => e.id));
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private get strings(): Strings {
    return getEvidenceLogStrings(this.locale);
  }

  private view(): View | undefined {
    const cycle = this.cycleState.cycle;
    const actor = this.resolvedActor;
    const partnership = this.resolvedPartnership;
    if (!cycle || !actor || !partnership) return undefined;
    const display = visibleCycle(cycle, actor, partnership);
    const ask = (type: CycleEventType) => canSend(cycle, actor, partnership, type);
    const stage = cycle.stage;
    const phase: Phase = stage === 'review' ? 'review' : stage === 'self-review' || stage === 'pre-review' ? 'before' : 'record';
    const mayViewEvidence = this.may('view-evidence');
    return {
      cycle,
      display,
      actor,
      partnership,
      phase,
      mayViewEvidence,
      capture: ask('RECORD_EVIDENCE'),
      draft: ask('SAVE_FINDING'),
      priority: ask('SET_IMPROVEMENT_PRIORITY'),
      agree: ask('AGREE_FINDINGS'),
      unsaved: mayViewEvidence ? this.unsavedIds(display.review.evidence) : undefined,
    };
  }

  private personName(partnership: Partnership, id: string | undefined): string {
    return findPerson(partnership, id)?.name ?? this.strings.someone;
  }

  private activityName(activity: EvidenceActivity | undefined): string | undefined {
    return activity ? this.strings.activities[activity] : undefined;
  }

  private lineName(display: Cycle, id: string | undefined): string | undefined {
    return id ? display.preReview.linesOfEnquiry.find((l) => l.id === id)?.question : undefined;
  }

  private plannedLabel(p: PlannedActivity): string {
    const t = this.strings;
    const activity = t.activities[p.activity];
    const values = { activity, with: p.with ? t.sources[p.with] : '', day: formatNumber(p.day, t.dateLocale), start: p.start ?? '' };
    if (!p.with) return format(t.capture.plannedOptionNoWith, values);
    return format(p.start ? t.capture.plannedOption : t.capture.plannedOptionNoTime, values);
  }

  private byId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return this.renderRoot.querySelector<T>(`#${CSS.escape(id)}`);
  }

  private async focusLater(id: string): Promise<void> {
    await this.updateComplete;
    this.byId(id)?.focus();
  }

  private announce(text: string): void {
    // A repeated message is still announced: clear first, then set on the next frame.
    if (this.announcement === text) {
      this.announcement = '';
      requestAnimationFrame(() => (this.announcement = text));
    } else {
      this.announcement = text;
    }
  }

  // --- Capturing evidence ------------------------------------------------------------------------

  private get noteField(): HTMLTextAreaElement | null {
    return this.byId<HTMLTextAreaElement>('evidence-note');
  }

  /** The line chosen in the capture form, if it is still in the plan. */
  private chosenLine(lines: readonly LineOfEnquiry[]): string | undefined {
    const id = this.drafts.get('line');
    return lines.some((l) => l.id === id) ? id : undefined;
  }

  /** The activity option chosen in the capture form (`plan:<id>` or `type:<activity>`), if still offered. */
  private chosenActivity(plan: readonly PlannedActivity[]): { value: string; activity?: EvidenceActivity } {
    const value = this.drafts.get('activity');
    if (value.startsWith('plan:')) {
      const planned = plan.find((p) => p.id === value.slice(5));
      return planned ? { value, activity: planned.activity } : { value: '' };
    }
    if (value.startsWith('type:') && isActivity(value.slice(5))) return { value, activity: value.slice(5) as EvidenceActivity };
    return { value: '' };
  }

  private readonly onNoteInput = (e: Event) => {
    this.drafts.set('note', (e.target as HTMLTextAreaElement).value);
    if (this.noteError && (e.target as HTMLTextAreaElement).value.trim()) this.noteError = '';
  };

  private readonly onNoteKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing) {
      e.preventDefault();
      this.addEvidence();
    }
  };

  private readonly onLineChange = (e: Event) => {
    this.drafts.set('line', (e.target as HTMLSelectElement).value);
    this.requestUpdate();
  };

  private readonly onActivityChange = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    this.drafts.set('activity', value);
    // A planned activity that serves one line of enquiry brings that line with it, unless one is chosen.
    const cycle = this.cycleState.cycle;
    const planned = value.startsWith('plan:') ? cycle?.preReview.evidencePlan.find((p) => p.id === value.slice(5)) : undefined;
    if (planned && planned.lineIds.length === 1 && !this.chosenLine(cycle?.preReview.linesOfEnquiry ?? [])) this.drafts.set('line', planned.lineIds[0]!);
    this.requestUpdate();
  };

  private readonly onCaptureSubmit = (e: Event) => {
    e.preventDefault();
    this.addEvidence();
  };

  /** Sends the note as a new evidence item; focus stays in (or returns to) the note. */
  private addEvidence(): void {
    const view = this.view();
    const field = this.noteField;
    if (!view || !field) return;
    const t = this.strings.capture;
    const note = field.value.trim();
    if (!note) {
      this.noteError = t.empty;
      field.focus();
      return;
    }
    const lineId = this.chosenLine(view.cycle.preReview.linesOfEnquiry);
    const { activity } = this.chosenActivity(view.cycle.preReview.evidencePlan);
    const refusal = this.send({
      type: 'RECORD_EVIDENCE',
      item: { id: newId('ev'), note, ...(lineId ? { lineId } : {}), ...(activity ? { activity } : {}) },
    });
    if (refusal) {
      // Core's reason is in the alert region; the note stays as typed.
      field.focus();
      return;
    }
    field.value = '';
    this.drafts.set('note', '');
    this.noteError = '';
    this.announce(t.added(this.cycleState.cycle?.review.evidence.length ?? 0));
    field.focus();
  }

  // --- Findings ----------------------------------------------------------------------------------

  private findingLabel(findings: readonly Finding[], finding: Finding): string {
    const t = this.strings.findings;
    const n = findings.filter((f) => f.kind === finding.kind).findIndex((f) => f.id === finding.id) + 1;
    return format(finding.kind === 'strength' ? t.strength : t.area, { n: formatNumber(n, this.strings.dateLocale) });
  }

  private finding(id: string): Finding | undefined {
    return this.cycleState.cycle?.review.findings.find((f) => f.id === id);
  }

  /** Saves a finding with `change` applied; `undefined` fields are left out. */
  private saveFinding(id: string, change: Partial<Pick<Finding, 'text' | 'lineId' | 'evidenceIds'>>): boolean {
    const current = this.finding(id);
    if (!current) return false;
    const next = { ...current, ...change };
    const finding: Finding = { id: next.id, kind: next.kind, text: next.text, evidenceIds: next.evidenceIds, ...(next.lineId ? { lineId: next.lineId } : {}) };
    return !this.send({ type: 'SAVE_FINDING', finding });
  }

  private addFinding(kind: Kind): void {
    const id = newId('f');
    if (this.send({ type: 'SAVE_FINDING', finding: { id, kind, text: '', evidenceIds: [] } })) return;
    const findings = this.cycleState.cycle?.review.findings ?? [];
    const added = findings.find((f) => f.id === id);
    if (added) this.announce(format(this.strings.findings.added, { label: this.findingLabel(findings, added) }));
    void this.focusLater(`text-${id}`);
  }

  private askRemove(finding: Finding): void {
    if (finding.text.trim() || finding.evidenceIds.length) {
      this.confirmingRemove = finding.id;
      void this.focusLater(`remove-question-${finding.id}`);
      return;
    }
    this.removeFinding(finding.id);
  }

  private removeFinding(id: string): void {
    const findings = this.cycleState.cycle?.review.findings ?? [];
    const finding = findings.find((f) => f.id === id);
    this.confirmingRemove = undefined;
    if (!finding) return;
    const label = this.findingLabel(findings, finding);
    if (this.send({ type: 'REMOVE_FINDING', findingId: id })) {
      void this.focusLater(`remove-${id}`);
      return;
    }
    this.announce(format(this.strings.findings.removed, { label }));
    // Focus moves to the next finding of the same kind, else the previous one, else "Add".
    const same = findings.filter((f) => f.kind === finding.kind);
    const index = same.findIndex((f) => f.id === id);
    const next = same[index + 1] ?? same[index - 1];
    void this.focusLater(next ? `text-${next.id}` : `add-${finding.kind}`);
  }

  private cancelRemove(id: string): void {
    this.confirmingRemove = undefined;
    void this.focusLater(`remove-${id}`);
  }

  // --- Agreeing the findings ---------------------------------------------------------------------

  private askAgree(view: View): void {
    if (!view.agree.allowed) {
      // Core says why, in the alert region too.
      this.send({ type: 'AGREE_FINDINGS' });
      return;
    }
    this.confirmingAgree = true;
    void this.focusLater('confirm-agree-heading');
  }

  private agree(): void {
    this.confirmingAgree = false;
    if (this.send({ type: 'AGREE_FINDINGS' })) {
      void this.focusLater('agree');
      return;
    }
    void this.focusLater('record-notice');
  }

  private cancelAgree(): void {
    this.confirmingAgree = false;
    void this.focusLater('agree');
  }

  private readonly onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    if (this.confirmingAgree) {
      e.preventDefault();
      this.cancelAgree();
    } else if (this.confirmingRemove) {
      e.preventDefault();
      this.cancelRemove(this.confirmingRemove);
    }
  };

  // --- Rendering ---------------------------------------------------------------------------------

  protected override render() {
    const t = this.strings;
    const loading = this.renderLoadState();
    const view = loading ? undefined : this.view();
    if (!view) {
      return html`<div part="base">
        <div part="header" class="header"><h2>${t.heading}</h2></div>
        ${loading} ${this.renderRefusal()} ${this.renderSaveState()}
      </div>`;
    }
    if (!this.may('view-cycle')) {
      return html`<div part="base">
        <div part="header" class="header"><h2>${t.heading}</h2></div>
        <p class="notice" part="notice">${format(t.notInPartnership, { reason: this.whyNot('view-cycle') ?? '' })}</p>
      </div>`;
    }
    const showBanner = (view.phase === 'review' && view.mayViewEvidence) || this.cycleState.saveState !== 'idle';
    return html`<div part="base" @keydown=${this.onKeydown}>
      ${this.renderHeader(view)} ${this.renderNotices(view)} ${showBanner ? this.renderSaveBanner(view) : nothing}
      <div class="status">
        ${showBanner ? nothing : this.renderSaveState()} ${this.renderRefusal()}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${view.capture.allowed ? this.renderCapture(view) : nothing} ${view.mayViewEvidence && view.phase !== 'before' ? this.renderEvidence(view) : nothing}
      ${view.phase !== 'before' ? this.renderFindings(view) : nothing}
      ${view.phase === 'review' && view.mayViewEvidence ? this.renderAgree(view) : nothing}
    </div>`;
  }

  private renderHeader(view: View) {
    const t = this.strings;
    const { display, partnership } = view;
    const { team, dates } = display.review;
    // The lead reviewer first, then the others in the order the team was set.
    const lead = team.leadReviewerId && team.memberIds.includes(team.leadReviewerId) ? team.leadReviewerId : undefined;
    const ids = [...(lead ? [lead] : []), ...team.memberIds.filter((id) => id !== lead)];
    const names = ids.map((id) => (id === lead ? format(t.leadReviewer, { name: this.personName(partnership, id) }) : this.personName(partnership, id)));
    return html`<div part="header" class="header">
      <h2>${t.heading}</h2>
      <p class="muted">${format(t.hostSchool, { school: schoolName(partnership, display.hostSchoolId) })}</p>
      ${dates.length ? html`<p>${t.reviewDays(dates.length, { dates: dates.map((d) => longDate(d, t.dateLocale)).join(t.listSeparator) })}</p>` : nothing}
      ${names.length ? html`<p>${format(t.team, { names: names.join(t.listSeparator) })}</p>` : nothing}
    </div>`;
  }

  private renderNotices(view: View) {
    const t = this.strings;
    const c = getCommonStrings(this.locale);
    const { cycle, display, partnership } = view;
    if (view.phase === 'before') {
      return html`<p class="notice" part="notice">${format(t.before, { reason: view.capture.reason ?? '' })}</p>`;
    }
    if (view.phase === 'record') {
      const at = display.review.findingsAgreedAt;
      const by = display.review.findingsAgreedBy;
      const date = at ? longDate(at, t.dateLocale) : '';
      return html`<div class="notice" part="notice" id="record-notice" tabindex="-1">
        <p>${t.record}</p>
        ${at ? html`<p>${by ? format(t.agreedBy, { name: this.personName(partnership, by), date }) : format(t.agreedOn, { date })}</p>` : nothing}
        <p>${format(t.stageNow, { stage: c.stage[cycle.stage] })}</p>
        ${view.mayViewEvidence ? nothing : html`<p>${this.whyNot('view-evidence')}</p>`}
      </div>`;
    }
    if (!view.mayViewEvidence) {
      return html`<div class="notice" part="notice">
        <p><strong>${t.notShared}</strong></p>
        <p>${this.whyNot('view-evidence')}</p>
        <p>${t.notSharedDetail}</p>
      </div>`;
    }
    // Core's reasons for what this person cannot change, each shown once.
    const reasons = [...new Set([view.capture, view.draft, view.priority].filter((a) => !a.allowed).map((a) => a.reason ?? ''))];
    return reasons.length ? html`<p class="notice" part="notice">${format(t.readOnly, { reason: reasons.join(' ') })}</p>` : nothing;
  }

  private renderSaveBanner(view: View) {
    const t = this.strings.save;
    const state = this.cycleState.saveState;
    const count = view.unsaved?.size ?? 0;
    const kind = state === 'queued' || this.cycleState.queued ? 'device-only' : state === 'idle' || state === 'saved' ? 'saved' : state === 'failed' || state === 'conflict' ? 'device-only' : 'sending';
    const headline = kind === 'saved' ? t.saved : kind === 'sending' ? t.sending : t.deviceOnly;
    return html`<section class="save-banner ${kind}" part="save-banner" aria-label=${t.label}>
      <p class="headline"><span class="icon" aria-hidden="true"></span> <span class="text">${headline}</span></p>
      ${kind === 'saved' ? html`<p class="detail">${t.savedDetail}</p>` : nothing}
      ${count > 0 ? html`<p class="detail count" data-unsaved-count=${count}>${t.unsaved(count)}</p>` : nothing}
      ${kind === 'device-only' ? html`<p class="detail">${this.cycleState.queued === 'held' ? t.heldDetail : t.deviceOnlyDetail}</p>` : nothing} ${this.renderSaveState()}
    </section>`;
  }

  private renderCapture(view: View) {
    const t = this.strings.capture;
    const lines = view.cycle.preReview.linesOfEnquiry;
    const plan = view.cycle.preReview.evidencePlan;
    const line = this.chosenLine(lines);
    const activity = this.chosenActivity(plan).value;
    const planned = new Set(plan.map((p) => p.activity));
    const described = ['evidence-note-hint', this.noteError ? 'evidence-note-error' : ''].filter(Boolean).join(' ');
    return html`<section part="capture" class="no-print" aria-labelledby="capture-heading">
      <h3 id="capture-heading">${t.heading}</h3>
      <form @submit=${this.onCaptureSubmit} novalidate>
        <div class="field">
          <label for="evidence-note">${t.note}</label>
          <p class="hint" id="evidence-note-hint">${t.noteHint}</p>
          <textarea
            id="evidence-note"
            maxlength="20000"
            rows="4"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            aria-describedby=${described}
            aria-invalid=${this.noteError ? 'true' : 'false'}
            .value=${live(this.drafts.get('note'))}
            @input=${this.onNoteInput}
            @keydown=${this.onNoteKeydown}
          ></textarea>
          ${this.noteError ? html`<p class="field-error" id="evidence-note-error">${this.noteError}</p>` : nothing}
        </div>
        <div class="row">
          <div class="field">
            <label for="evidence-line">${t.line}</label>
            <select id="evidence-line" @change=${this.onLineChange}>
              <option value="" .selected=${live(!line)}>${t.noLine}</option>
              ${lines.map((l) => html`<option value=${l.id} .selected=${live(l.id === line)}>${l.question}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="evidence-activity">${t.activity}</label>
            <select id="evidence-activity" @change=${this.onActivityChange}>
              <option value="" .selected=${live(!activity)}>${t.noActivity}</option>
              ${plan.length
                ? html`<optgroup label=${t.planned}>
                      ${plan.map((p) => html`<option value=${`plan:${p.id}`} .selected=${live(activity === `plan:${p.id}`)}>${this.plannedLabel(p)}</option>`)}
                    </optgroup>
                    <optgroup label=${t.otherActivities}>
                      ${EVIDENCE_ACTIVITIES.filter((a) => !planned.has(a)).map(
                        (a) => html`<option value=${`type:${a}`} .selected=${live(activity === `type:${a}`)}>${this.strings.activities[a]}</option>`,
                      )}
                    </optgroup>`
                : EVIDENCE_ACTIVITIES.map((a) => html`<option value=${`type:${a}`} .selected=${live(activity === `type:${a}`)}>${this.strings.activities[a]}</option>`)}
            </select>
          </div>
        </div>
        <button type="submit" class="primary" id="add-evidence" part="capture-button">${t.add}</button>
      </form>
    </section>`;
  }

  private renderEvidence(view: View) {
    const t = this.strings.list;
    const { display } = view;
    const evidence = display.review.evidence;
    const groups = groupByLine(evidence, display.preReview.linesOfEnquiry);
    return html`<section part="evidence" aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">${t.heading(evidence.length)}</h3>
      ${evidence.length === 0 ? html`<p class="muted">${t.none}</p>` : nothing}
      ${evidence.length === 0 && groups.length === 0
        ? nothing
        : repeat(
            groups,
            (g) => g.line?.id ?? '',
            (g, i) => html`<div class="group">
              <h4 id=${`group-${i}`}>${g.line ? html`<span class="user-text">${g.line.question}</span>` : t.unlinked}</h4>
              ${g.items.length
                ? html`<ul class="evidence-list" aria-labelledby=${`group-${i}`}>
                    ${repeat(g.items, (e) => e.id, (e) => this.renderItem(view, e))}
                  </ul>`
                : html`<p class="muted">${t.lineNone}</p>`}
            </div>`,
          )}
    </section>`;
  }

  /** An item's activity, who recorded it and when: one sentence of the catalogue's (`afterNote`: in brackets, after its note). */
  private itemMeta(view: View, e: EvidenceItem, afterNote = false): string {
    const t = this.strings.list;
    const name = this.personName(view.partnership, e.recordedBy);
    const activity = this.activityName(e.activity);
    const when = dateTime(e.recordedAt, this.strings.dateLocale, { month: 'short' });
    if (afterNote) return activity ? format(t.metaAfterNote, { activity, name, when }) : format(t.metaAfterNoteNoActivity, { name, when });
    return activity ? format(t.meta, { activity, name, when }) : format(t.metaNoActivity, { name, when });
  }

  private renderItem(view: View, e: EvidenceItem) {
    const unsaved = view.unsaved?.has(e.id) ?? false;
    return html`<li part="evidence-item" class=${unsaved ? 'item unsaved' : 'item'} data-evidence=${e.id}>
      <p class="note user-text">${e.note}</p>
      <p class="meta">${this.itemMeta(view, e)}</p>
      ${unsaved ? html`<p class="badge" part="unsaved-badge">${this.strings.save.itemBadge}</p>` : nothing}
    </li>`;
  }

  private renderFindings(view: View) {
    return view.draft.allowed ? this.renderFindingsEditor(view) : this.renderFindingsRecord(view);
  }

  private renderFindingsRecord(view: View) {
    const t = this.strings;
    const { display } = view;
    const findings = display.review.findings.filter((f) => f.text.trim());
    const agreed = Boolean(display.review.findingsAgreedAt);
    const evidence = new Map(display.review.evidence.map((e) => [e.id, e]));
    const list = (kind: Kind, heading: string) => {
      const items = findings.filter((f) => f.kind === kind);
      if (!items.length) return nothing;
      return html`<h4>${heading}</h4>
        <ul class="findings-list">
          ${items.map((f) => {
            const line = this.lineName(display, f.lineId);
            const linked = f.evidenceIds.map((id) => evidence.get(id)).filter((e): e is EvidenceItem => Boolean(e));
            return html`<li part="finding">
              <p class="user-text">${f.text}</p>
              ${line ? html`<p class="meta">${format(t.findings.lineShown, { line })}</p>` : nothing}
              ${linked.length
                ? html`<p class="meta">${t.findings.drawsOn}</p>
                    <ul class="drawn-from">
                      ${linked.map((e) => html`<li><span class="user-text">${e.note}</span> <span class="meta">${this.itemMeta(view, e, true)}</span></li>`)}
                    </ul>`
                : nothing}
            </li>`;
          })}
        </ul>`;
    };
    const priority = display.review.improvementPriority.trim();
    return html`<section part="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">${view.phase === 'review' ? t.findings.heading : t.findings.headingRecord}</h3>
      ${view.phase === 'review' && !agreed && findings.length ? html`<p class="muted">${t.findings.notAgreedYet}</p>` : nothing}
      ${list('strength', t.findings.strengths)} ${list('area-to-explore', t.findings.areas)}
      ${findings.length ? nothing : html`<p class="muted">${view.mayViewEvidence ? t.findings.none : t.findings.noneShared}</p>`}
      <div part="priority">
        <h4>${t.priority.heading}</h4>
        ${priority ? html`<p class="priority user-text">${display.review.improvementPriority}</p>` : html`<p class="muted">${t.priority.none}</p>`}
      </div>
    </section>`;
  }

  private renderFindingsEditor(view: View) {
    const t = this.strings;
    const { cycle } = view;
    const findings = cycle.review.findings;
    const kind = (k: Kind, heading: string, none: string, add: string) => {
      const items = findings.filter((f) => f.kind === k);
      return html`<div class="kind">
        <h4 id=${`heading-${k}`}>${heading}</h4>
        ${items.length
          ? html`<ol class="finding-cards" aria-labelledby=${`heading-${k}`}>
              ${repeat(items, (f) => f.id, (f) => this.renderFindingCard(view, f))}
            </ol>`
          : html`<p class="muted">${none}</p>`}
        <button type="button" id=${`add-${k}`} @click=${() => this.addFinding(k)}>${add}</button>
      </div>`;
    };
    return html`<section part="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">${t.findings.heading}</h3>
      <p class="hint">${t.findings.intro}</p>
      ${kind('strength', t.findings.strengths, t.findings.noStrengths, t.findings.addStrength)}
      ${kind('area-to-explore', t.findings.areas, t.findings.noAreas, t.findings.addArea)}
      <div part="priority" class="field">
        <h4 id="priority-heading">${t.priority.heading}</h4>
        <p class="hint" id="priority-hint">${t.priority.hint}</p>
        ${view.priority.allowed
          ? html`<textarea
                id="priority"
                maxlength="20000"
                aria-labelledby="priority-heading"
                aria-describedby="priority-hint"
                .value=${live(cycle.review.improvementPriority)}
                @input=${(e: Event) => this.send({ type: 'SET_IMPROVEMENT_PRIORITY', text: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
              <p class="print-only user-text">${cycle.review.improvementPriority}</p>`
          : cycle.review.improvementPriority.trim()
            ? html`<p class="priority user-text">${cycle.review.improvementPriority}</p>`
            : html`<p class="muted">${t.priority.none}</p>`}
      </div>
    </section>`;
  }

  private renderFindingCard(view: View, f: Finding) {
    const t = this.strings.findings;
    const { cycle, display } = view;
    const label = this.findingLabel(cycle.review.findings, f);
    const lines = cycle.preReview.linesOfEnquiry;
    const evidence = newestFirst(display.review.evidence);
    const linked = new Set(f.evidenceIds);
    const confirming = this.confirmingRemove === f.id;
    // On paper the linked evidence is listed, as the checkboxes are not printed.
    const printLinked = evidence.filter((e) => linked.has(e.id));
    return html`<li class="finding" part="finding" data-finding=${f.id}>
      <div class="field">
        <label for=${`text-${f.id}`}>${label}</label>
        <textarea
          id=${`text-${f.id}`}
          maxlength="20000"
          .value=${live(f.text)}
          @input=${(e: Event) => this.saveFinding(f.id, { text: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="print-only user-text">${f.text}</p>
      </div>
      ${lines.length
        ? html`<div class="field">
            <label for=${`line-${f.id}`}>${format(t.line, { label })}</label>
            <select id=${`line-${f.id}`} @change=${(e: Event) => this.saveFinding(f.id, { lineId: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="" .selected=${live(!f.lineId)}>${this.strings.capture.noLine}</option>
              ${lines.map((l) => html`<option value=${l.id} .selected=${live(l.id === f.lineId)}>${l.question}</option>`)}
            </select>
            <p class="print-only">${this.lineName(cycle, f.lineId) ?? this.strings.capture.noLine}</p>
          </div>`
        : nothing}
      ${printLinked.length
        ? html`<div class="print-only">
            <p class="meta">${t.drawsOn}</p>
            <ul class="drawn-from">
              ${printLinked.map((e) => html`<li><span class="user-text">${e.note}</span> <span class="meta">${this.itemMeta(view, e, true)}</span></li>`)}
            </ul>
          </div>`
        : nothing}
      <details class="links">
        <summary>${t.evidence(f.evidenceIds.length, { label })}</summary>
        ${evidence.length
          ? html`<fieldset>
              <legend class="visually-hidden">${format(t.evidenceLegend, { label })}</legend>
              <ul class="checks">
                ${repeat(
                  evidence,
                  (e) => e.id,
                  (e) => html`<li class="check">
                    <input
                      type="checkbox"
                      id=${`link-${f.id}-${e.id}`}
                      .checked=${live(linked.has(e.id))}
                      @change=${(ev: Event) => this.toggleLink(f.id, e.id, (ev.target as HTMLInputElement).checked, ev.target as HTMLInputElement)}
                    />
                    <label for=${`link-${f.id}-${e.id}`}><span class="user-text">${e.note}</span> <span class="meta">${this.itemMeta(view, e, true)}</span></label>
                  </li>`,
                )}
              </ul>
            </fieldset>`
          : html`<p class="muted">${t.noEvidenceYet}</p>`}
      </details>
      ${confirming
        ? html`<div class="confirm-remove" role="group" aria-labelledby=${`remove-question-${f.id}`}>
            <p id=${`remove-question-${f.id}`} tabindex="-1">${format(t.confirmRemove, { label })}</p>
            <div class="buttons">
              <button type="button" data-confirm-remove=${f.id} @click=${() => this.removeFinding(f.id)}>${t.confirmYes}</button>
              <button type="button" @click=${() => this.cancelRemove(f.id)}>${t.keep}</button>
            </div>
          </div>`
        : html`<button type="button" class="remove" id=${`remove-${f.id}`} @click=${() => this.askRemove(f)}>${format(t.remove, { label })}</button>`}
    </li>`;
  }

  private toggleLink(findingId: string, evidenceId: string, on: boolean, box: HTMLInputElement): void {
    const current = this.finding(findingId);
    if (!current) return;
    const ids = current.evidenceIds.filter((id) => id !== evidenceId);
    if (on) ids.push(evidenceId);
    // A refused change is put back, so what is shown is what is recorded.
    if (!this.saveFinding(findingId, { evidenceIds: ids })) box.checked = !on;
  }

  private renderAgree(view: View) {
    const t = this.strings.agree;
    const c = getCommonStrings(this.locale);
    const { cycle, actor, partnership, agree } = view;
    const confirming = this.confirmingAgree && agree.allowed;
    let confirm: unknown = nothing;
    if (confirming) {
      // What agreeing would do, asked of core rather than assumed here.
      const preview = transition(cycle, { type: 'AGREE_FINDINGS' }, { actor, partnership });
      const findings = cycle.review.findings.filter((f) => f.text.trim());
      confirm = html`<div part="confirm" role="group" aria-labelledby="confirm-agree-heading">
        <h4 id="confirm-agree-heading" tabindex="-1">${t.confirmHeading}</h4>
        <p id="confirm-agree-summary">${t.confirmSummary}</p>
        <ul aria-labelledby="confirm-agree-summary">
          <li>${t.confirmStrengths(findings.filter((f) => f.kind === 'strength').length)}</li>
          <li>${t.confirmAreas(findings.filter((f) => f.kind === 'area-to-explore').length)}</li>
          <li>${t.confirmPriority}</li>
        </ul>
        ${preview.ok ? html`<p>${format(t.confirmMovesOn, { stage: c.stage[preview.cycle.stage] })}</p>` : nothing}
        <div class="buttons">
          <button type="button" class="primary" id="confirm-agree" @click=${this.agree}>${t.confirmYes}</button>
          <button type="button" @click=${this.cancelAgree}>${t.cancel}</button>
        </div>
      </div>`;
    }
    return html`<section part="agree" aria-labelledby="agree-heading">
      <h3 id="agree-heading">${t.heading}</h3>
      <p class="hint">${t.intro}</p>
      ${agree.allowed ? nothing : html`<p class="notice" id="agree-reason">${format(t.notReady, { reason: agree.reason ?? '' })}</p>`}
      ${confirming
        ? confirm
        : html`<button
            type="button"
            class="primary"
            id="agree"
            aria-disabled=${agree.allowed ? 'false' : 'true'}
            aria-describedby=${ifDefined(agree.allowed ? undefined : 'agree-reason')}
            @click=${() => this.askAgree(view)}
          >
            ${t.button}
          </button>`}
    </section>`;
  }
}
