import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ConflictError,
  IMPACT_AREAS,
  PRACTICE_LEVELS,
  PROGRAMME_WORKSHOPS,
  TEXT_MAX_LENGTH,
  can,
  checkPartnership,
  compareReflections,
  createReflection,
  runStoreCommand,
  questionsFor,
  type Actor,
  type Decision,
  type ImpactArea,
  type ImpactNote,
  type Partnership,
  type PracticeLevel,
  type ProgrammeWorkshop,
  type QuestionChange,
  type Reflection,
  type ReflectionEdit,
  type Store,
  type TailoredFramework,
  type TailoredQuestion,
} from '@spp/core';
import type { DocumentController, DocumentSource, StoredDoc } from '../shared/document-controller';
import { SppElement } from '../shared/spp-element';
import { format, yearText, getCommonStrings, onStringsChange } from '../shared/strings';
import { ReflectionController, reflectionModel } from './impact-review.controller';
import { IMPACT_GROUPS, describeChange, groupOf, keySymbol, movementTrack, newImpactId, summariseChanges, summarySentences, type ImpactGroup } from './impact-review.helpers';
import { isIsoDate, longDate } from '../shared/dates';
import { impactReviewStrings } from './impact-review.strings';
import { impactReviewStyles } from './impact-review.styles';

type Strings = ReturnType<typeof impactReviewStrings>;
type CommonStrings = ReturnType<typeof getCommonStrings>;

/** The Getting Started reflection this one is compared with, as loaded from the store. */
interface Baseline {
  key: string;
  status: 'loading' | 'ready' | 'missing' | 'error';
  doc?: Reflection;
  error?: string;
}

interface AreaView {
  id: string;
  title: string;
  summary: string;
  aims: { id: string; aim: string; questions: TailoredQuestion[] }[];
}

/** Everything one render needs, worked out once. */
interface View {
  reflection: Reflection;
  partnership: Partnership;
  tailored: TailoredFramework;
  actor?: Actor;
  /** Core's answer to "may this person record here?", with its reason when not. */
  decision: { allowed: boolean; reason?: string };
  areas: AreaView[];
  /** The partnership questions asked now (not hidden), in framework order: what is compared. */
  asked: TailoredQuestion[];
  /** Per question, where the partnership stood at the baseline and stands now; absent for the baseline itself. */
  changes?: Map<string, QuestionChange>;
}

/**
 * A button's content: its short visible text, and its whole accessible name (a catalogue sentence
 * that begins with the visible text), so no name is put together from pieces in code.
 */
const named = (visible: string, name: string) => html`<span aria-hidden="true">${visible}</span> <span class="visually-hidden">${name}</span>`;

const isLevel = (value: unknown): value is PracticeLevel => typeof value === 'string' && (PRACTICE_LEVELS as readonly string[]).includes(value);
const isWorkshop = (value: unknown): value is ProgrammeWorkshop => typeof value === 'string' && (PROGRAMME_WORKSHOPS as readonly string[]).includes(value);
const isArea = (value: unknown): value is ImpactArea => typeof value === 'string' && (IMPACT_AREAS as readonly string[]).includes(value);

/**
 * @summary The partnership's reflection at a programme workshop (Getting Started, the baseline;
 * Tracking Progress; Evaluating Impact): how far each partnership enquiry question is part of its
 * practice, with evidence; the impact it has seen for schools, staff, the organisation and others;
 * and its next steps. Later workshops show how far practice has moved since Getting Started.
 *
 * Works on the `reflection` document `reflection-id` (default `reflection-<academicYear>-<workshop>`).
 * When there is none yet, those who may record it see "Start this reflection", which creates it
 * with core's `createReflection`. Questions are the framework's partnership questions as the
 * partnership has tailored them, grouped by area of commitment; each has the "how far is this part
 * of our practice" continuum (never a grade) and evidence notes. Every change goes through core's
 * `applyReflectionEdit` and is saved as the person works; several people may record at once:
 * changes to different questions or impact notes merge, changes to the same one ask first.
 *
 * For Tracking Progress and Evaluating Impact, core's `compareReflections` compares each question
 * with the year's Getting Started reflection: a small track per question shows the baseline (a
 * ring) and an arrow to now (a dot), each an image whose label says it in words, with a summary.
 *
 * Who may record is core's decision (`edit-reflection`: the partnership's headteachers and its
 * lead); everyone else reads the reflection as a document, with core's reason.
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart header - Title, introduction and the read-only notice.
 * @csspart read-only-notice - Why this person can read but not change the reflection.
 * @csspart not-started - Shown while the reflection does not exist yet, with the start button.
 * @csspart details - The date of the workshop.
 * @csspart nav - The navigation to the parts of the reflection.
 * @csspart comparison - Movement since Getting Started: summary, key and one track per question.
 * @csspart comparison-summary - The summary in words ("3 questions further on, …").
 * @csspart track - One question's movement (an SVG image).
 * @csspart area - One area of commitment with its questions.
 * @csspart question - One enquiry question with its answer.
 * @csspart levels - The "how far is this part of our practice" choices of one question.
 * @csspart evidence - The evidence notes of one question.
 * @csspart impact - The impact notes, in four groups.
 * @csspart impact-group - One group of impact (for schools, staff, the organisation, others).
 * @csspart impact-note - One impact note.
 * @csspart next-steps - What the partnership will change.
 * @csspart save-state - The save-state live region and its retry / conflict buttons.
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused a change.
 *
 * @cssprop --spp-color-brand - Brand colour: primary buttons, chosen options, the "now" dot and arrow (defaults to Fluent `--colorBrandBackground`).
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints, prompts and the baseline ring.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of impact notes and hovered buttons.
 * @cssprop --spp-color-border - Borders of controls; the track of the continuum.
 * @cssprop --spp-color-border-subtle - Borders of questions, options and sections.
 * @cssprop --spp-color-danger - Errors and refusals.
 * @cssprop --spp-color-warning-surface - Background of notices.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family (defaults to Fluent `--fontFamilyBase`).
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 * @cssprop --spp-impact-review-gap - Space between questions and sections (default twice `--spp-space`).
 *
 * @event spp-refused - Core refused a change; `event.refusal.reason` says why.
 * @event spp-save-state - The save state changed (`unsaved`, `saving`, `saved`, `queued` (kept on this device until the connection is back), `failed`, `conflict`); `event.state`, `event.error`.
 */
export class SppImpactReview extends SppElement {
  static override styles = impactReviewStyles;

  /** The programme workshop: `getting-started` (the baseline), `tracking-progress` or `evaluating-impact`. */
  @property() workshop: ProgrammeWorkshop = 'getting-started';
  /** The reflection document to show. Defaults to `reflection-<academicYear>-<workshop>`. */
  @property({ attribute: 'reflection-id' }) reflectionId?: string;

  private readonly reflectionState = new ReflectionController(this, () => this.source());

  @state() private starting = false;
  @state() private startError?: string;
  /** Polite one-off announcements (started, a note removed). */
  @state() private announcement = '';
  /** The impact note whose removal is being confirmed. */
  @state() private confirmingRemove?: string;
  @state() private baseline?: Baseline;

  private baselineWatch?: { store: Store; key: string; stop: () => void };
  /** An element to focus after the next render (a selector), so focus is never lost. */
  private focusAfterRender?: string;
  /** Bumped when strings change so cached templates re-render. */
  private stringsVersion = 0;
  private stopOwnStrings?: () => void;

  protected get documentState() {
    return this.reflectionState as unknown as DocumentController<StoredDoc, unknown>;
  }

  /** The workshop as given, or Getting Started when the attribute names none of the three. */
  private get resolvedWorkshop(): ProgrammeWorkshop {
    return isWorkshop(this.workshop) ? this.workshop : 'getting-started';
  }

  private get resolvedReflectionId(): string | undefined {
    const partnership = this.resolvedPartnership;
    return this.reflectionId ?? (partnership ? `reflection-${partnership.academicYear}-${this.resolvedWorkshop}` : undefined);
  }

  /** The year's Getting Started reflection, when this one is compared with it. */
  private get baselineId(): string | undefined {
    const partnership = this.resolvedPartnership;
    if (!partnership || this.resolvedWorkshop === 'getting-started') return undefined;
    const id = `reflection-${partnership.academicYear}-getting-started`;
    return id === this.resolvedReflectionId ? undefined : id;
  }

  private source(): DocumentSource {
    return { ...this.baseSource(), id: this.resolvedReflectionId };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopOwnStrings = onStringsChange(() => {
      this.stringsVersion++;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopOwnStrings?.();
    this.baselineWatch?.stop();
    this.baselineWatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.syncBaseline();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      if (target) {
        this.focusAfterRender = undefined;
        target.focus();
      }
    }
  }

  // --- The baseline ------------------------------------------------------------------------------

  private syncBaseline(): void {
    const store = this.resolvedStore;
    const partnership = this.resolvedPartnership;
    const id = this.baselineId;
    const key = store && partnership && id && this.isConnected ? `${partnership.id}/${id}` : '';
    if (this.baselineWatch?.key === key && this.baselineWatch.store === store) return;
    this.baselineWatch?.stop();
    this.baselineWatch = undefined;
    if (!key || !store || !id) {
      this.baseline = undefined;
      return;
    }
    const stop = store.watch('reflection', id, () => void this.loadBaseline(store, id, key));
    this.baselineWatch = { store, key, stop };
    this.baseline = { key, status: 'loading' };
    void this.loadBaseline(store, id, key);
  }

  private async loadBaseline(store: Store, id: string, key: string): Promise<void> {
    const current = () => this.baselineWatch?.key === key && this.baselineWatch.store === store;
    try {
      const doc = await store.get('reflection', id);
      if (!current()) return;
      // Another partnership's baseline is never compared with (nor shown): core says whose it is.
      if (doc) checkPartnership(doc, this.resolvedPartnership ?? { id: '' });
      this.baseline = doc ? { key, status: 'ready', doc } : { key, status: 'missing' };
    } catch (error) {
      if (!current()) return;
      this.baseline = { key, status: 'error', error: (error as Error).message };
    }
  }

  // --- Starting ---------------------------------------------------------------------------------

  private decision(partnership: Partnership | undefined): Decision {
    const actor = this.resolvedActor;
    if (!partnership) return { allowed: false, rule: 'member-of-partnership', reason: impactReviewStrings(this.locale).notConnected };
    if (!actor) return { allowed: false, rule: 'member-of-partnership', reason: impactReviewStrings(this.locale).signedOut };
    return can(actor, 'edit-reflection', null, partnership, undefined, this.locale);
  }

  /**
   * Whether this person may record in this reflection, asked of core with an edit that changes
   * nothing: core checks the role rules and that the reflection belongs to this partnership.
   */
  private editDecision(reflection: Reflection, partnership: Partnership): { allowed: boolean; reason?: string } {
    const actor = this.resolvedActor;
    if (!actor) return this.decision(partnership);
    const probe = reflectionModel.apply(reflection, { type: 'SET_REFLECTION_DETAILS' }, { actor, partnership, now: new Date().toISOString(), locale: this.locale });
    return probe.ok ? { allowed: true } : { allowed: false, reason: probe.refusal.reason };
  }

  private async start(): Promise<void> {
    const t = impactReviewStrings(this.locale);
    const store = this.resolvedStore;
    const partnership = this.resolvedPartnership;
    const id = this.resolvedReflectionId;
    if (this.starting || !store || !partnership || !id) return;
    this.startError = undefined;
    const decision = this.decision(partnership);
    if (!decision.allowed) {
      this.startError = format(t.startFailed, { reason: decision.reason });
      return;
    }
    this.starting = true;
    try {
      const made = await runStoreCommand(store, { kind: 'reflection', id }, { type: 'CREATE_REFLECTION', workshop: this.resolvedWorkshop }, { actor: this.resolvedActor!, partnership, locale: this.locale });
      if (!made.ok && made.refusal.code !== 'record-exists') {
        this.startError = format(t.startFailed, { reason: made.refusal.reason });
        this.focusAfterRender = '[data-action="start"]';
        return;
      }
      this.announcement = made.ok ? t.started : t.startedElsewhere;
    } catch (error) {
      if (!(error instanceof ConflictError)) {
        this.startError = format(t.startFailed, { reason: (error as Error).message });
        this.focusAfterRender = '[data-action="start"]';
        return;
      }
      this.announcement = t.startedElsewhere;
    } finally {
      this.starting = false;
    }
    // The controller watches the store and loads the reflection now that it exists.
    this.focusAfterRender = '#reflection-title';
  }

  // --- Rendering ----------------------------------------------------------------------------------

  protected override render() {
    const t = impactReviewStrings(this.locale);
    const c = getCommonStrings(this.locale);
    const workshop = t.workshops[this.resolvedWorkshop];
    const partnership = this.resolvedPartnership;
    const missing = this.reflectionState.loadState === 'missing';
    const loading = missing ? undefined : this.renderOwnLoadState(t);
    const view = loading || missing ? undefined : this.view();
    return html`<div part="base" @input=${this.onInput} @change=${this.onChange} @click=${this.onClick} @keydown=${this.onKeydown}>
      <div part="header" class="header">
        <h2 id="reflection-title" tabindex="-1" class="landing">${format(workshop.title, { year: partnership ? yearText(partnership.academicYear) : '' })}</h2>
        ${partnership ? html`<p class="subtitle">${partnership.name}</p>` : nothing}
        <p>${workshop.intro}</p>
        ${view && !view.decision.allowed
          ? html`<div class="notice" part="read-only-notice">
              <p><strong>${t.readOnlyTitle}</strong></p>
              <p>${view.decision.reason}</p>
            </div>`
          : nothing}
      </div>
      ${loading ?? nothing} ${missing ? this.renderNotStarted(t) : nothing}
      <div class="status">
        ${this.renderRefusal()} ${this.renderSaveState()}
        <p role="status" class="announcement">${this.announcement}</p>
      </div>
      ${view ? this.renderBody(view, t, c) : nothing}
    </div>`;
  }

  /** Loading and error states, with this widget's own wording where the shared one speaks of cycles. */
  private renderOwnLoadState(t: Strings) {
    if (this.reflectionState.loadState === 'idle') {
      const actor = this.resolvedActor;
      const partnership = this.resolvedPartnership;
      const stranger = actor && partnership && !partnership.people.some((p) => p.id === actor.id);
      if (!stranger) return html`<p class="notice">${t.notConnected}</p>`;
    }
    return this.renderLoadState();
  }

  private view(): View | undefined {
    const reflection = this.reflectionState.reflection;
    const partnership = this.resolvedPartnership;
    const tailored = this.tailoredFramework;
    if (!reflection || !partnership || !tailored) return undefined;
    const actor = this.resolvedActor;
    const responses = reflection.responses;
    const all = questionsFor(tailored, 'partnership', { includeHidden: true });
    // Questions the partnership has since hidden stay on show while they hold an answer: nothing is dropped.
    const shown = new Set(all.filter((q) => !q.hidden || isLevel(responses[q.id]?.level) || (responses[q.id]?.evidence ?? '').trim() !== '').map((q) => q.id));
    const areas: AreaView[] = [];
    for (const area of tailored.areas) {
      const aims = area.aims
        .map((aim) => ({ id: aim.id, aim: aim.aim, questions: aim.questions.filter((q) => shown.has(q.id)) }))
        .filter((aim) => aim.questions.length > 0);
      if (aims.length) areas.push({ id: area.id, title: area.title, summary: area.summary, aims });
    }
    const asked = questionsFor(tailored, 'partnership');
    const baseline = this.baseline?.status === 'ready' ? this.baseline.doc : undefined;
    const changes = baseline
      ? new Map(
          compareReflections(
            baseline,
            reflection,
            asked.map((q) => q.id),
          ).map((c) => [c.questionId, c] as const),
        )
      : undefined;
    return { reflection, partnership, tailored, ...(actor ? { actor } : {}), decision: this.editDecision(reflection, partnership), areas, asked, ...(changes ? { changes } : {}) };
  }

  private renderNotStarted(t: Strings) {
    const decision = this.decision(this.resolvedPartnership);
    return html`<section class="notice" part="not-started" aria-labelledby="not-started-title">
      <h3 id="not-started-title">${t.notStartedTitle}</h3>
      ${decision.allowed
        ? html`<p>${t.notStartedCanStart}</p>
            <button type="button" class="primary" data-action="start" aria-disabled=${this.starting ? 'true' : 'false'}>${this.starting ? t.starting : t.start}</button>`
        : html`<p>${t.notStartedReader}</p>
            <p>${decision.reason}</p>`}
      ${this.startError ? html`<p class="error" role="alert">${this.startError}</p>` : nothing}
    </section>`;
  }

  private renderBody(view: View, t: Strings, c: CommonStrings) {
    const comparing = this.baselineId !== undefined;
    return html`${this.renderDetails(view, t)} ${this.renderNav(view, t, comparing)}
      ${comparing ? this.renderComparison(view, t, c) : html`<p class="baseline-note">${t.baselineNote}</p>`}
      <section part="questions" aria-labelledby="questions-title">
        <h3 id="questions-title" tabindex="-1" class="landing">${t.questionsTitle}</h3>
        <p class="muted">${t.questionsIntro}</p>
        ${view.areas.length ? nothing : html`<p class="notice">${t.noQuestions}</p>`}
        ${repeat(
          view.areas,
          (area) => area.id,
          (area) => this.renderArea(view, area, t, c, comparing),
        )}
      </section>
      ${this.renderImpact(view, t)} ${this.renderNextSteps(view, t)}`;
  }

  private renderDetails(view: View, t: Strings) {
    const heldOn = view.reflection.heldOn;
    const chosen = isIsoDate(heldOn);
    return html`<div part="details" class="details">
      ${view.decision.allowed
        ? html`<label for="held-on">${t.heldOn}</label>
            <input type="date" id="held-on" data-field="heldOn" aria-describedby=${chosen ? 'held-on-chosen' : nothing} .value=${live(heldOn ?? '')} />
            ${chosen ? html`<p class="hint date-chosen" id="held-on-chosen">${format(t.heldOnChosen, { date: longDate(heldOn, this.locale, { weekday: true }) })}</p>` : nothing}
            <p class="print-only">${heldOn ? format(t.heldOnText, { date: longDate(heldOn, this.locale) }) : t.heldOnNone}</p>`
        : html`<p>${heldOn ? format(t.heldOnText, { date: longDate(heldOn, this.locale) }) : html`<span class="muted">${t.heldOnNone}</span>`}</p>`}
    </div>`;
  }

  private renderNav(view: View, t: Strings, comparing: boolean) {
    const links: [string, string][] = [
      ...(comparing ? ([['comparison-title', t.navComparison]] as [string, string][]) : []),
      ...view.areas.map((area) => [`area-${area.id}-title`, area.title] as [string, string]),
      ['impact-title', t.navImpact],
      ['next-steps-title', t.navNextSteps],
    ];
    return html`<nav part="nav" aria-label=${t.navLabel}>
      <ol>
        ${links.map(([target, label]) => html`<li><button type="button" class="link" data-target=${target}>${label}</button></li>`)}
      </ol>
    </nav>`;
  }

  // --- The comparison -----------------------------------------------------------------------------

  private questionName(q: TailoredQuestion, t: Strings): string {
    const names: Readonly<Record<string, string | undefined>> = t.shortNames;
    const short = Object.hasOwn(names, q.id) ? names[q.id] : undefined;
    return short && !q.originalText && !q.added ? short : q.text;
  }

  private renderComparison(view: View, t: Strings, c: CommonStrings) {
    const partnership = view.partnership;
    const baseline = this.baseline;
    let content: TemplateResult;
    if (!baseline || baseline.status === 'loading') {
      content = html`<p class="muted">${t.comparisonLoading}</p>`;
    } else if (baseline.status === 'missing') {
      content = html`<p class="notice">${format(t.comparisonNoBaseline, { year: yearText(partnership.academicYear) })}</p>`;
    } else if (baseline.status === 'error' || !view.changes) {
      content = html`<p class="notice error">${format(t.comparisonBaselineUnreadable, { reason: baseline.error ?? '' })}</p>`;
    } else {
      const changes = view.asked.map((q) => view.changes!.get(q.id)).filter((x): x is QuestionChange => Boolean(x));
      const byId = new Map(view.asked.map((q) => [q.id, q] as const));
      const levelName = (level: PracticeLevel) => c.practice[level].label;
      const summary = summarySentences(summariseChanges(changes), t);
      content = html`${summary.length
          ? html`<ul class="summary" part="comparison-summary">
              ${summary.map((sentence) => html`<li>${sentence}</li>`)}
            </ul>`
          : html`<p class="summary" part="comparison-summary">${t.summaryNone}</p>`}
        <p class="muted">${t.comparisonIntro}</p>
        <ul class="key">
          <li>${keySymbol('baseline')} ${t.keyBaseline}</li>
          <li>${keySymbol('now')} ${t.keyNow}</li>
        </ul>
        <div class="chart">
          <div class="track-row scale-row" aria-hidden="true">
            <span></span>
            <span class="scale">${PRACTICE_LEVELS.map((level) => html`<span>${c.practice[level].label}</span>`)}</span>
          </div>
          <ol class="tracks">
            ${repeat(
              changes,
              (change) => change.questionId,
              (change) => {
                const q = byId.get(change.questionId)!;
                const name = this.questionName(q, t);
                return html`<li class="track-row" data-question=${q.id}>
                  <span class="track-name">${name}</span>
                  ${movementTrack(change, describeChange(change, name, levelName, t))}
                </li>`;
              },
            )}
          </ol>
        </div>`;
    }
    return html`<section part="comparison" aria-labelledby="comparison-title">
      <h3 id="comparison-title" tabindex="-1" class="landing">${t.comparisonTitle}</h3>
      ${content}
    </section>`;
  }

  // --- Questions ----------------------------------------------------------------------------------

  private renderArea(view: View, area: AreaView, t: Strings, c: CommonStrings, comparing: boolean) {
    const responses = view.reflection.responses;
    return html`<section class="area" part="area" aria-labelledby=${`area-${area.id}-title`}>
      <h4 id=${`area-${area.id}-title`} tabindex="-1" class="landing">${area.title}</h4>
      ${area.summary ? html`<p class="area-summary">${area.summary}</p>` : nothing}
      ${repeat(
        area.aims,
        (aim) => aim.id,
        (aim) => html`<p class="aim">${format(t.aim, { aim: aim.aim })}</p>
          <div class="questions">
            ${repeat(
              aim.questions,
              (q) => q.id,
              (q) => {
                const r = responses[q.id];
                const level = isLevel(r?.level) ? r.level : null;
                const evidence = r?.evidence ?? '';
                const editable = view.decision.allowed && !q.hidden;
                const change = view.changes?.get(q.id);
                const baselineLevel = comparing && this.baseline?.status === 'ready' ? (change ? change.baseline : (this.baseline.doc?.responses[q.id]?.level ?? null)) : undefined;
                // Only the question whose answer changed renders again: typing in one leaves the others alone.
                return guard([q, level, evidence, editable, baselineLevel, this.stringsVersion, this.locale], () => this.renderQuestion(q, level, evidence, editable, baselineLevel, t, c));
              },
            )}
          </div>`,
      )}
    </section>`;
  }

  /**
   * One question. Kept pure (its output depends only on its arguments), so it can be skipped when
   * its answer has not changed. `baselineLevel` is `undefined` when there is no baseline to show.
   */
  private renderQuestion(q: TailoredQuestion, level: PracticeLevel | null, evidence: string, editable: boolean, baselineLevel: PracticeLevel | null | undefined, t: Strings, c: CommonStrings): TemplateResult {
    const id = `q-${q.id}`;
    const marker = q.hidden ? html`<p class="marker">${t.hiddenMarker}</p>` : nothing;
    const reworded = q.originalText ? html`<p class="muted">${t.rewordedMarker}</p>` : nothing;
    const atBaseline =
      baselineLevel === undefined ? nothing : html`<p class="at-baseline">${baselineLevel ? format(t.atBaseline, { level: c.practice[baselineLevel].label }) : t.atBaselineNone}</p>`;
    if (!editable) {
      return html`<div class="question" part="question" id=${id} data-question=${q.id}>
        <h5 class="question-text">${q.text}</h5>
        ${marker} ${reworded} ${atBaseline}
        <dl>
          <dt>${t.levelTerm}</dt>
          <dd part="levels">
            ${level ? html`${c.practice[level].label}<br /><span class="muted">${c.practice[level].hint}</span>` : html`<span class="muted">${t.levelNone}</span>`}
          </dd>
          <dt>${t.evidence}</dt>
          <dd part="evidence" class="user-text">${evidence.trim() ? evidence : html`<span class="muted">${t.evidenceNone}</span>`}</dd>
        </dl>
      </div>`;
    }
    const prompts = q.prompts.length ? `${id}-prompts` : undefined;
    return html`<fieldset class="question" part="question" id=${id} data-question=${q.id}>
      <legend><h5 class="question-text">${q.text}</h5></legend>
      ${reworded} ${atBaseline}
      <fieldset class="levels" part="levels">
        <legend>${t.levelQuestion}</legend>
        <div class="options">
          ${PRACTICE_LEVELS.map(
            (l) => html`<div class="option">
              <input
                type="radio"
                id=${`${id}-level-${l}`}
                name=${`level-${q.id}`}
                value=${l}
                data-qid=${q.id}
                data-field="level"
                aria-describedby=${`${id}-level-${l}-hint`}
                .checked=${live(level === l)}
              />
              <label for=${`${id}-level-${l}`}>${c.practice[l].label}</label>
              <span class="hint" id=${`${id}-level-${l}-hint`}>${c.practice[l].hint}</span>
            </div>`,
          )}
        </div>
        ${level ? nothing : html`<p class="print-only muted">${t.levelNone}</p>`}
      </fieldset>
      ${level
        ? html`<p class="clear-row">
            <button type="button" class="link" data-qid=${q.id} data-action="clear-level">${named(t.clearLevel, t.clearLevelLabel)}</button>
          </p>`
        : nothing}
      <div class="field" part="evidence">
        <label for=${`${id}-evidence`}>${t.evidence}</label>
        ${prompts
          ? html`<div class="prompts" id=${prompts}>
              <p>${t.promptsIntro}</p>
              <ul>
                ${q.prompts.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : nothing}
        <textarea id=${`${id}-evidence`} data-qid=${q.id} data-field="evidence" maxlength=${TEXT_MAX_LENGTH} aria-describedby=${ifDefined(prompts)} .value=${live(evidence)}></textarea>
        <p class="print-only user-text">${evidence}</p>
      </div>
    </fieldset>`;
  }

  // --- Impact -------------------------------------------------------------------------------------

  private renderImpact(view: View, t: Strings) {
    const notes = view.reflection.impact;
    const editable = view.decision.allowed;
    return html`<section part="impact" aria-labelledby="impact-title">
      <h3 id="impact-title" tabindex="-1" class="landing">${t.impactTitle}</h3>
      <p class="muted">${t.impactIntro}</p>
      <div class="impact-groups">
        ${IMPACT_GROUPS.map((group) => {
          const inGroup = notes.filter((n) => groupOf(n.area) === group.id);
          const title = t.impactGroups[group.id];
          return html`<section class="impact-group" part="impact-group" data-group=${group.id} aria-labelledby=${`impact-${group.id}-title`}>
            <h4 id=${`impact-${group.id}-title`}>${title}</h4>
            ${inGroup.length
              ? html`<ul class="notes">
                  ${repeat(
                    inGroup,
                    (n) => n.id,
                    (n) =>
                      html`<li>
                        ${guard([n, editable, this.confirmingRemove === n.id, view.partnership.schools, this.stringsVersion, this.locale], () =>
                          editable ? this.renderNoteForm(n, view.partnership, t) : this.renderNoteText(n, view.partnership, t),
                        )}
                      </li>`,
                  )}
                </ul>`
              : html`<p class="muted">${t.impactNone}</p>`}
            ${editable
              ? html`<button type="button" data-action="add-impact" data-group=${group.id}>${named(t.addImpact, t.addImpactLabel[group.id])}</button>`
              : nothing}
          </section>`;
        })}
      </div>
    </section>`;
  }

  private schoolName(partnership: Partnership, id: string | undefined, t: Strings): string {
    if (!id) return t.noteWholePartnership;
    return partnership.schools.find((s) => s.id === id)?.name ?? id;
  }

  private renderNoteText(note: ImpactNote, partnership: Partnership, t: Strings) {
    return html`<article class="note" part="impact-note" id=${`impact-${note.id}`} aria-labelledby=${`impact-${note.id}-title`}>
      <h5 id=${`impact-${note.id}-title`}>${t.impactAreas[note.area]}</h5>
      <p class="user-text">${note.note.trim() ? note.note : html`<span class="muted">${t.noteTextNone}</span>`}</p>
      <dl>
        <dt>${t.noteEvidence}</dt>
        <dd class="user-text">${note.evidence.trim() ? note.evidence : html`<span class="muted">${t.evidenceNone}</span>`}</dd>
        <dt>${t.noteSchoolTerm}</dt>
        <dd>${this.schoolName(partnership, note.schoolId, t)}</dd>
      </dl>
    </article>`;
  }

  private renderNoteForm(note: ImpactNote, partnership: Partnership, t: Strings) {
    const id = `impact-${note.id}`;
    const confirming = this.confirmingRemove === note.id;
    return html`<fieldset class="note" part="impact-note" id=${id} data-note=${note.id}>
      <legend><h5>${t.impactAreas[note.area]}</h5></legend>
      <div class="field">
        <label for=${`${id}-area`}>${t.noteArea}</label>
        <select id=${`${id}-area`} data-note=${note.id} data-field="area">
          ${IMPACT_GROUPS.map(
            (group) => html`<optgroup label=${t.impactGroups[group.id]}>
              ${group.areas.map((area) => html`<option value=${area} ?selected=${area === note.area}>${t.impactAreas[area]}</option>`)}
            </optgroup>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for=${`${id}-note`}>${t.noteText}</label>
        <textarea id=${`${id}-note`} data-note=${note.id} data-field="note" maxlength=${TEXT_MAX_LENGTH} .value=${live(note.note)}></textarea>
        <p class="print-only user-text">${note.note}</p>
      </div>
      <div class="field">
        <label for=${`${id}-evidence`}>${t.noteEvidence}</label>
        <p class="hint" id=${`${id}-evidence-hint`}>${t.noteEvidenceHint}</p>
        <textarea id=${`${id}-evidence`} data-note=${note.id} data-field="evidence" maxlength=${TEXT_MAX_LENGTH} aria-describedby=${`${id}-evidence-hint`} .value=${live(note.evidence)}></textarea>
        <p class="print-only user-text">${note.evidence}</p>
      </div>
      <div class="field">
        <label for=${`${id}-school`}>${t.noteSchool}</label>
        <select id=${`${id}-school`} data-note=${note.id} data-field="school">
          <option value="" ?selected=${!note.schoolId}>${t.noteWholePartnership}</option>
          ${partnership.schools.map((s) => html`<option value=${s.id} ?selected=${s.id === note.schoolId}>${s.name}</option>`)}
          ${note.schoolId && !partnership.schools.some((s) => s.id === note.schoolId) ? html`<option value=${note.schoolId} selected>${note.schoolId}</option>` : nothing}
        </select>
        <p class="print-only">${this.schoolName(partnership, note.schoolId, t)}</p>
      </div>
      ${confirming
        ? html`<div class="confirm" role="group" aria-labelledby=${`${id}-confirm`}>
            <p id=${`${id}-confirm`}>${t.removeConfirm}</p>
            <div class="actions">
              <button type="button" data-action="confirm-remove" data-note=${note.id}>${t.removeYes}</button>
              <button type="button" data-action="cancel-remove" data-note=${note.id}>${t.removeNo}</button>
            </div>
          </div>`
        : html`<p class="actions">
            <button type="button" data-action="remove-impact" data-note=${note.id}>${named(t.removeImpact, format(t.removeImpactLabel, { area: t.impactAreas[note.area] }))}</button>
          </p>`}
    </fieldset>`;
  }

  private renderNextSteps(view: View, t: Strings) {
    const workshop = t.workshops[this.resolvedWorkshop];
    const nextSteps = view.reflection.nextSteps;
    return html`<section part="next-steps" aria-labelledby="next-steps-title">
      <h3 id="next-steps-title" tabindex="-1" class="landing">${t.nextStepsTitle}</h3>
      ${view.decision.allowed
        ? html`<div class="field">
            <label for="next-steps">${workshop.nextSteps}</label>
            <p class="hint" id="next-steps-hint">${workshop.nextStepsHint}</p>
            <textarea id="next-steps" data-field="nextSteps" maxlength=${TEXT_MAX_LENGTH} aria-describedby="next-steps-hint" .value=${live(nextSteps)}></textarea>
            <p class="print-only user-text">${nextSteps}</p>
          </div>`
        : html`<h4 class="subheading">${workshop.nextSteps}</h4>
            <p class="user-text">${nextSteps.trim() ? nextSteps : html`<span class="muted">${t.nextStepsNone}</span>`}</p>`}
    </section>`;
  }

  // --- Edits (delegated: one listener for the whole widget) ---------------------------------------

  private edit(edit: ReflectionEdit) {
    return this.reflectionState.edit(edit);
  }

  private note(id: string): ImpactNote | undefined {
    return this.reflectionState.reflection?.impact.find((n) => n.id === id);
  }

  private saveNote(id: string, change: Partial<ImpactNote>) {
    const current = this.note(id);
    if (!current) return undefined;
    const next: ImpactNote = { ...current, ...change };
    if (!next.schoolId) delete next.schoolId;
    return this.edit({ type: 'SAVE_IMPACT', note: next });
  }

  private readonly onInput = (e: Event) => {
    const target = e.target;
    if (!(target instanceof HTMLTextAreaElement)) return;
    const field = target.dataset['field'];
    const qid = target.dataset['qid'];
    const noteId = target.dataset['note'];
    if (field === 'evidence' && qid) this.edit({ type: 'RECORD_REFLECTION', questionId: qid, evidence: target.value });
    else if (noteId && (field === 'note' || field === 'evidence')) this.saveNote(noteId, { [field]: target.value });
    else if (field === 'nextSteps') this.edit({ type: 'SET_REFLECTION_DETAILS', nextSteps: target.value });
  };

  private readonly onChange = (e: Event) => {
    const target = e.target;
    const field = target instanceof HTMLElement ? target.dataset['field'] : undefined;
    if (target instanceof HTMLInputElement && field === 'level') {
      const qid = target.dataset['qid'];
      if (!qid || !target.checked || !isLevel(target.value)) return;
      // A refused choice is put back as recorded, so what is shown is what is saved.
      if (this.edit({ type: 'RECORD_REFLECTION', questionId: qid, level: target.value })) this.restoreLevel(qid);
    } else if (target instanceof HTMLInputElement && field === 'heldOn') {
      if (this.edit({ type: 'SET_REFLECTION_DETAILS', heldOn: target.value })) this.requestUpdate();
    } else if (target instanceof HTMLSelectElement && target.dataset['note']) {
      const id = target.dataset['note'];
      const before = this.note(id);
      if (field === 'area' && isArea(target.value)) {
        const refused = this.saveNote(id, { area: target.value });
        // The note moves to its new group: focus follows it.
        if (!refused && before && groupOf(before.area) !== groupOf(target.value)) this.focusAfterRender = `#${CSS.escape(`impact-${id}-area`)}`;
        if (refused) this.requestUpdate();
      } else if (field === 'school') {
        if (this.saveNote(id, { schoolId: target.value || undefined })) this.requestUpdate();
      }
    }
  };

  private restoreLevel(qid: string): void {
    const level = this.reflectionState.reflection?.responses[qid]?.level;
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(`level-${qid}`)}"]`)) {
      radio.checked = radio.value === level;
    }
  }

  private readonly onClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest?.('button');
    if (!button) return;
    const jumpTo = button.dataset['target'];
    if (jumpTo) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(jumpTo)}`);
      target?.focus();
      target?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      return;
    }
    const noteId = button.dataset['note'];
    switch (button.dataset['action']) {
      case 'start':
        void this.start();
        return;
      case 'clear-level': {
        const qid = button.dataset['qid'];
        if (qid && !this.edit({ type: 'RECORD_REFLECTION', questionId: qid, level: null })) {
          // The button goes with the choice; focus moves to the first choice instead of being lost.
          this.focusAfterRender = `#${CSS.escape(`q-${qid}-level-${PRACTICE_LEVELS[0]}`)}`;
        }
        return;
      }
      case 'add-impact': {
        const group = IMPACT_GROUPS.find((g) => g.id === (button.dataset['group'] as ImpactGroup));
        const area = group?.areas[0];
        if (!area) return;
        const id = newImpactId();
        if (!this.edit({ type: 'SAVE_IMPACT', note: { id, area, note: '', evidence: '' } })) this.focusAfterRender = `#${CSS.escape(`impact-${id}-area`)}`;
        return;
      }
      case 'remove-impact':
        if (!noteId) return;
        this.confirmingRemove = noteId;
        this.focusAfterRender = `[data-action="cancel-remove"][data-note="${CSS.escape(noteId)}"]`;
        return;
      case 'cancel-remove':
        this.cancelRemove();
        return;
      case 'confirm-remove': {
        if (!noteId) return;
        const group = this.note(noteId) ? groupOf(this.note(noteId)!.area) : undefined;
        this.confirmingRemove = undefined;
        if (!this.edit({ type: 'REMOVE_IMPACT', id: noteId })) {
          this.announcement = impactReviewStrings(this.locale).removed;
          if (group) this.focusAfterRender = `[data-action="add-impact"][data-group="${group}"]`;
        }
        return;
      }
    }
  };

  private readonly onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.confirmingRemove) {
      e.preventDefault();
      this.cancelRemove();
    }
  };

  private cancelRemove(): void {
    const id = this.confirmingRemove;
    this.confirmingRemove = undefined;
    if (id) this.focusAfterRender = `[data-action="remove-impact"][data-note="${CSS.escape(id)}"]`;
  }
}
