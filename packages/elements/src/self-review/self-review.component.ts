import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  PRACTICE_LEVELS,
  canSend,
  findQuestion,
  questionsFor,
  selfReviewProgress,
  transition,
  type Actor,
  type Cycle,
  type Partnership,
  type PracticeLevel,
  type SelfReviewResponse,
  type TailoredFramework,
  type TailoredQuestion,
} from '@spp/core';
import { SppCycleElement } from '../shared/spp-element';
import { format, getCommonStrings, onStringsChange } from '../shared/strings';
import { selfReviewStrings } from './self-review.strings';
import { selfReviewStyles } from './self-review.styles';

type Strings = ReturnType<typeof selfReviewStrings>;
type CommonStrings = ReturnType<typeof getCommonStrings>;

/** One area of commitment as shown: its aims with the questions this school sees. */
interface AreaView {
  id: string;
  title: string;
  summary: string;
  aims: { id: string; aim: string; questions: TailoredQuestion[] }[];
  /** Questions still in the pack (hidden ones shown for their answers do not count). */
  total: number;
  answered: number;
}

/** Everything one render needs, worked out once. */
interface View {
  cycle: Cycle;
  actor: Actor;
  partnership: Partnership;
  tailored: TailoredFramework;
  editable: boolean;
  areas: AreaView[];
  /** Questions still in the pack, in framework order: what the focus may be chosen from. */
  asked: TailoredQuestion[];
  /** Ids of responses kept in the cycle that match no self-review question. */
  otherIds: string[];
}

/**
 * The question a control belongs to: its own `data-qid` (the focus list), else its question's
 * `data-question`. Controls inside a question carry no id of their own: fewer bindings per render.
 */
const questionOf = (control: HTMLElement): string | undefined => control.dataset['qid'] ?? control.closest<HTMLElement>('[data-question]')?.dataset['question'];

// The four levels written out in renderQuestion's template rather than mapped: one template instance
// per question instead of five, the biggest part of the first render of a pack (npm run bench).
const [L0, L1, L2, L3] = PRACTICE_LEVELS;
// Fails to compile if core's scale ever has another number of levels.
const FOUR_LEVELS: (typeof PRACTICE_LEVELS)['length'] extends 4 ? true : never = true;
void FOUR_LEVELS;

const isLevel = (value: unknown): value is PracticeLevel => typeof value === 'string' && (PRACTICE_LEVELS as readonly string[]).includes(value);

/** A response counts as an answer to keep showing when anything was recorded in it. */
const hasContent = (r: SelfReviewResponse | undefined): r is SelfReviewResponse =>
  Boolean(r && (isLevel(r.level) || r.evidence.trim() !== '' || r.informsFocus));

/**
 * @summary The host school's self-review: where it stands on each enquiry question of its
 * partnership's framework, the evidence it has, and the focus it proposes for its peer review.
 *
 * Questions come from the framework pack as the partnership has tailored it, grouped by area of
 * commitment. For each one the school may say how far it is part of its practice (a
 * non-judgemental continuum, never a grade), note its evidence, and mark it to inform the
 * peer-review focus. Everything is saved as the person types. The widget ends with proposing the
 * focus and submitting the self-review, which moves the cycle on to the pre-review meeting.
 *
 * Who may read, write and submit is decided by `@spp/core`'s role rules: people who may read but
 * not write see the answers as text with core's reason; people the self-review is not shared with
 * see a message instead of the answers. Answers to questions the partnership has since hidden or
 * removed are kept and shown, never dropped.
 *
 * @slot intro - Replaces the short introduction under the title (for a trust's own guidance).
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart header - Title, introduction and notes about the cycle.
 * @csspart read-only-notice - Why this person can read but not change the self-review.
 * @csspart not-shared - The message shown instead of the answers to someone they are not shared with.
 * @csspart stage-note - The current stage, when the cycle is not at the self-review stage.
 * @csspart submitted - Who submitted the self-review and when.
 * @csspart save-state - The save-state live region and its retry / conflict buttons.
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused an action.
 * @csspart progress - The "n of m questions answered" label and progress bar.
 * @csspart nav - The navigation by area of commitment.
 * @csspart area - One area of commitment with its questions.
 * @csspart question - One enquiry question with its answer.
 * @csspart levels - The "how far is this part of our practice" choices of one question.
 * @csspart evidence - The evidence notes of one question.
 * @csspart other - Answers kept for questions no longer in the framework.
 * @csspart focus - The proposed focus for the peer review.
 * @csspart submit - The submit section.
 * @csspart confirm - The in-page confirmation shown before submitting.
 *
 * @cssprop --spp-color-brand - Brand colour: primary buttons, chosen options, progress (defaults to Fluent `--colorBrandBackground`).
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Secondary text: hints, prompts, counts.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of markers and hovered buttons.
 * @cssprop --spp-color-border - Borders of controls.
 * @cssprop --spp-color-border-subtle - Borders of questions and options.
 * @cssprop --spp-color-danger - Errors and refusals.
 * @cssprop --spp-color-success - The submitted note.
 * @cssprop --spp-color-warning-surface - Background of notices.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family (defaults to Fluent `--fontFamilyBase`).
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 * @cssprop --spp-self-review-gap - Space between questions and sections (default twice `--spp-space`).
 * @cssprop --spp-self-review-question-surface - Background of each question (default `--spp-color-surface`).
 *
 * @event spp-cycle-change - An edit was accepted by core; `event.cycle` is the new cycle.
 * @event spp-stage-change - The cycle moved stage (submitting moves it from `self-review` to `pre-review`); `event.from`, `event.to`, `event.cycle`.
 * @event spp-refused - Core refused an action; `event.refusal.reason` says why.
 * @event spp-save-state - The save state changed (`unsaved`, `saving`, `saved`, `queued` (kept on this device until the connection is back), `failed`, `conflict`); `event.state`, `event.error`.
 */
export class SppSelfReview extends SppCycleElement {
  static override styles = selfReviewStyles;

  /** The in-page confirmation step before submitting is showing. */
  @state() private confirming = false;

  /** Bumped when strings change so cached question templates re-render. */
  private stringsVersion = 0;
  private stopOwnStrings?: () => void;
  /** An element to focus after the next render (by id), so focus is never lost. */
  private focusAfterRender?: string;

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
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.byId(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // --- Rendering -----------------------------------------------------------------------------

  protected override render() {
    const t = selfReviewStrings(this.locale);
    const loading = this.renderLoadState();
    const view = loading ? undefined : this.view();
    return html`<div part="base" @input=${this.onInput} @change=${this.onChange} @click=${this.onClick} @keydown=${this.onKeydown}>
      ${view ? this.renderHeader(view, t) : html`<div class="header" part="header"><h2>${t.title}</h2></div>${loading}`}
      <div class="status">${this.renderRefusal()} ${this.renderSaveState()}</div>
      ${view ? this.renderBody(view, t) : nothing}
    </div>`;
  }

  private view(): View | undefined {
    const cycle = this.cycleState.cycle;
    const actor = this.resolvedActor;
    const partnership = this.resolvedPartnership;
    const tailored = this.tailoredFramework;
    if (!cycle || !actor || !partnership || !tailored) return undefined;
    const responses = cycle.selfReview.responses;
    const all = questionsFor(tailored, 'self-review', { includeHidden: true });
    const shown = new Set(all.filter((q) => !q.hidden || hasContent(responses[q.id])).map((q) => q.id));
    const areas: AreaView[] = [];
    for (const area of tailored.areas) {
      const aims = area.aims
        .map((aim) => ({ id: aim.id, aim: aim.aim, questions: aim.questions.filter((q) => shown.has(q.id)) }))
        .filter((aim) => aim.questions.length > 0);
      if (!aims.length) continue;
      const asked = aims.flatMap((aim) => aim.questions.filter((q) => !q.hidden));
      areas.push({
        id: area.id,
        title: area.title,
        summary: area.summary,
        aims,
        total: asked.length,
        answered: asked.filter((q) => isLevel(responses[q.id]?.level)).length,
      });
    }
    const inFramework = new Set(all.map((q) => q.id));
    const otherIds = Object.keys(responses).filter((id) => Object.hasOwn(responses, id) && !inFramework.has(id) && hasContent(responses[id]));
    return {
      cycle,
      actor,
      partnership,
      tailored,
      // Core decides: the stage must accept answers and the role rules must let this person write.
      editable: canSend(cycle, actor, partnership, 'RECORD_RESPONSE').allowed,
      areas,
      asked: all.filter((q) => !q.hidden),
      otherIds,
    };
  }

  private renderHeader(view: View, t: Strings) {
    const c = getCommonStrings(this.locale);
    const { cycle, partnership } = view;
    const school = partnership.schools.find((s) => s.id === cycle.hostSchoolId)?.name;
    const mayView = this.may('view-self-review');
    const roleReason = mayView ? this.whyNot('edit-self-review') : undefined;
    // Another reason from core (not a role rule) when answers cannot be changed at this stage. Not
    // to someone the self-review is not shared with: there is nothing for them to read.
    const otherReason = mayView && !view.editable && !roleReason && cycle.stage === 'self-review' ? canSend(cycle, view.actor, partnership, 'RECORD_RESPONSE').reason : undefined;
    const submitted = cycle.selfReview.submittedAt;
    return html`<div class="header" part="header">
      <h2>${school ? format(t.titleFor, { school }) : t.title}</h2>
      ${mayView
        ? html`<slot name="intro"><p>${t.intro}</p></slot>
            <p class="muted">${format(t.frameworkNote, { framework: view.tailored.name })}</p>`
        : nothing}
      ${!mayView
        ? html`<div class="notice" part="not-shared">
            <p><strong>${t.notSharedTitle}</strong></p>
            <p>${this.whyNot('view-self-review')}</p>
          </div>`
        : nothing}
      ${submitted && mayView
        ? html`<section part="submitted" aria-labelledby="submitted-title">
            <h3 id="submitted-title" tabindex="-1" class="landing">${t.submittedTitle}</h3>
            <p>${this.submittedText(view, t)}</p>
            ${cycle.stage !== 'self-review' ? html`<p part="stage-note">${format(t.stageNote, { stage: c.stage[cycle.stage] })}</p>` : nothing}
          </section>`
        : cycle.stage !== 'self-review'
          ? html`<p class="notice" part="stage-note">${format(t.stageNoteNotSubmitted, { stage: c.stage[cycle.stage] })}</p>`
          : nothing}
      ${roleReason || otherReason
        ? html`<div class="notice" part="read-only-notice">
            <p><strong>${t.readOnlyTitle}</strong></p>
            <p>${roleReason ?? otherReason}</p>
          </div>`
        : nothing}
    </div>`;
  }

  private submittedText(view: View, t: Strings): string {
    const { cycle, partnership } = view;
    const at = cycle.selfReview.submittedAt ?? '';
    let date = at;
    try {
      date = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }).format(new Date(at));
    } catch {
      // An unreadable date is shown as stored.
    }
    const by = cycle.selfReview.submittedBy;
    if (!by) return format(t.submittedOn, { date });
    const name = partnership.people.find((p) => p.id === by)?.name ?? t.someone;
    return format(t.submittedBy, { name, date });
  }

  private renderBody(view: View, t: Strings) {
    if (!this.may('view-self-review')) return nothing;
    const c = getCommonStrings(this.locale);
    const progress = selfReviewProgress(view.tailored, view.cycle.selfReview.responses);
    const responses = view.cycle.selfReview.responses;
    return html`
      ${progress.total > 0
        ? html`<div part="progress">
            <label for="progress">${format(t.progressLabel, { answered: progress.answered, total: progress.total })}</label>
            <progress id="progress" max=${progress.total} .value=${progress.answered} aria-describedby=${ifDefined(view.editable ? 'progress-hint' : undefined)}></progress>
            ${view.editable ? html`<p class="muted" id="progress-hint">${t.progressHint}</p>` : nothing}
          </div>`
        : html`<p class="notice">${t.noQuestions}</p>`}
      ${this.renderNav(view, t)}
      ${repeat(
        view.areas,
        (area) => area.id,
        (area) => html`<section class="area" part="area" id=${`area-${area.id}`} aria-labelledby=${`area-${area.id}-title`}>
          <h3 id=${`area-${area.id}-title`} tabindex="-1">${area.title}</h3>
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
                    const informs = r?.informsFocus ?? false;
                    const editable = view.editable && !q.hidden;
                    // Only the question whose answer changed renders again: typing in one leaves the others alone.
                    return guard([q, level, evidence, informs, editable, this.stringsVersion], () => this.renderQuestion(q, level, evidence, informs, editable, t, c));
                  },
                )}
              </div>`,
          )}
        </section>`,
      )}
      ${this.renderOther(view, t, c)} ${view.editable ? this.renderFocusForm(view, t) : this.renderFocusText(view, t)}
      ${view.editable ? this.renderSubmit(view, t) : nothing}
    `;
  }

  private renderNav(view: View, t: Strings) {
    if (view.areas.length === 0) return nothing;
    return html`<nav part="nav" aria-label=${t.navLabel}>
      <ol>
        ${repeat(
          view.areas,
          (area) => area.id,
          (area) => html`<li>
            <button type="button" class="link" data-target=${`area-${area.id}-title`}>
              <span class="title">${area.title}</span>${area.total ? html`<span class="count">(${format(t.navAreaCount, { answered: area.answered, total: area.total })})</span>` : nothing}
            </button>
          </li>`,
        )}
        ${view.otherIds.length ? html`<li><button type="button" class="link" data-target="other-title"><span class="title">${t.navOther}</span></button></li>` : nothing}
        <li><button type="button" class="link" data-target="focus-title"><span class="title">${t.navFocus}</span></button></li>
      </ol>
    </nav>`;
  }

  /**
   * One question. Kept cheap and pure (its output depends only on its arguments), so it can be
   * skipped when its answer has not changed.
   */
  protected renderQuestion(
    q: Pick<TailoredQuestion, 'id' | 'text' | 'prompts' | 'hidden'> & { originalText?: string | undefined },
    level: PracticeLevel | null,
    evidence: string,
    informs: boolean,
    editable: boolean,
    t: Strings,
    c: CommonStrings,
  ): TemplateResult {
    const id = `q-${q.id}`;
    const marker = q.hidden ? html`<p class="marker">${t.hiddenMarker}</p>` : nothing;
    const reworded = q.originalText ? html`<p class="muted">${t.rewordedMarker}</p>` : nothing;
    if (!editable) {
      return html`<div class="question" part="question" id=${id} data-question=${q.id}>
        <h4 class="question-text">${q.text}</h4>
        ${marker} ${reworded}
        <dl>
          <dt>${t.levelTerm}</dt>
          <dd part="levels">
            ${level ? html`${c.practice[level].label}<br /><span class="muted">${c.practice[level].hint}</span>` : html`<span class="muted">${t.levelNone}</span>`}
          </dd>
          <dt>${t.evidence}</dt>
          <dd part="evidence" class="user-text">${evidence.trim() ? evidence : html`<span class="muted">${t.evidenceNone}</span>`}</dd>
        </dl>
        ${informs ? html`<p class="muted">${t.informsFocusYes}</p>` : nothing}
      </div>`;
    }
    const prompts = q.prompts.length ? `${id}-prompts` : undefined;
    return html`<fieldset class="question" part="question" id=${id} data-question=${q.id}>
      <legend><h4 class="question-text">${q.text}</h4></legend>
      ${reworded}
      <div class="field">
        <p class="level-question" id=${`${id}-levels`}>${t.levelQuestion}</p>
        <div class="levels" part="levels" role="radiogroup" aria-labelledby=${`${id}-levels`}>
          <div class="option">
            <input type="radio" id=${`${id}-level-${L0}`} name=${`level-${q.id}`} value=${L0} data-field="level" aria-describedby=${`${id}-level-${L0}-hint`} .checked=${live(level === L0)} />
            <label for=${`${id}-level-${L0}`}>${c.practice[L0].label}</label>
            <span class="hint" id=${`${id}-level-${L0}-hint`}>${c.practice[L0].hint}</span>
          </div>
          <div class="option">
            <input type="radio" id=${`${id}-level-${L1}`} name=${`level-${q.id}`} value=${L1} data-field="level" aria-describedby=${`${id}-level-${L1}-hint`} .checked=${live(level === L1)} />
            <label for=${`${id}-level-${L1}`}>${c.practice[L1].label}</label>
            <span class="hint" id=${`${id}-level-${L1}-hint`}>${c.practice[L1].hint}</span>
          </div>
          <div class="option">
            <input type="radio" id=${`${id}-level-${L2}`} name=${`level-${q.id}`} value=${L2} data-field="level" aria-describedby=${`${id}-level-${L2}-hint`} .checked=${live(level === L2)} />
            <label for=${`${id}-level-${L2}`}>${c.practice[L2].label}</label>
            <span class="hint" id=${`${id}-level-${L2}-hint`}>${c.practice[L2].hint}</span>
          </div>
          <div class="option">
            <input type="radio" id=${`${id}-level-${L3}`} name=${`level-${q.id}`} value=${L3} data-field="level" aria-describedby=${`${id}-level-${L3}-hint`} .checked=${live(level === L3)} />
            <label for=${`${id}-level-${L3}`}>${c.practice[L3].label}</label>
            <span class="hint" id=${`${id}-level-${L3}-hint`}>${c.practice[L3].hint}</span>
          </div>
        </div>
        ${level
          ? html`<p class="clear-row">
              <button type="button" class="link" data-qid=${q.id} data-action="clear-level">
                ${t.clearLevel}<span class="visually-hidden"> ${t.clearLevelContext}</span>
              </button>
            </p>`
          : nothing}
      </div>
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
        <textarea id=${`${id}-evidence`} data-field="evidence" maxlength="20000" aria-describedby=${ifDefined(prompts)} .value=${live(evidence)}></textarea>
        <p class="print-only user-text">${evidence}</p>
      </div>
      <div class="check">
        <input type="checkbox" id=${`${id}-informs`} data-field="informs" .checked=${live(informs)} />
        <label for=${`${id}-informs`}>${t.informsFocus}</label>
      </div>
    </fieldset>`;
  }

  private renderOther(view: View, t: Strings, c: CommonStrings) {
    if (!view.otherIds.length) return nothing;
    const responses = view.cycle.selfReview.responses;
    return html`<section class="area" part="other" aria-labelledby="other-title">
      <h3 id="other-title" tabindex="-1">${t.otherTitle}</h3>
      <p class="area-summary">${t.otherIntro}</p>
      <div class="questions">
        ${repeat(
          view.otherIds,
          (id) => id,
          (id) => {
            const r = responses[id];
            return this.renderQuestion(
              { id, text: this.questionText(view.tailored, id, t), prompts: [], hidden: false },
              isLevel(r?.level) ? r.level : null,
              r?.evidence ?? '',
              r?.informsFocus ?? false,
              false,
              t,
              c,
            );
          },
        )}
      </div>
    </section>`;
  }

  private questionText(tailored: TailoredFramework, id: string, t: Strings): string {
    return findQuestion(tailored, id)?.text ?? tailored.unplaced.find((q) => q.id === id)?.text ?? format(t.unknownQuestion, { id });
  }

  // --- The proposed focus ---------------------------------------------------------------------

  /** Whether a focus has been proposed (even if it was later emptied): then it is what is shown. */
  private focusProposed(cycle: Cycle): boolean {
    const f = cycle.selfReview.proposedFocus;
    return f.questionIds.length > 0 || f.summary.trim() !== '' || cycle.audit.some((a) => a.event === 'PROPOSE_FOCUS');
  }

  /** The questions in the focus: the proposal once made, before that the ones marked to inform it. */
  private focusSelection(view: View): string[] {
    const { cycle } = view;
    if (this.focusProposed(cycle)) return [...cycle.selfReview.proposedFocus.questionIds];
    return view.asked.filter((q) => cycle.selfReview.responses[q.id]?.informsFocus).map((q) => q.id);
  }

  /** Questions offered for the focus: those marked to inform it and those already in it. */
  private focusCandidates(view: View, selection: readonly string[]): { id: string; text: string }[] {
    const { cycle, tailored } = view;
    const chosen = new Set(selection);
    const t = selfReviewStrings(this.locale);
    const fromFramework = view.asked.filter((q) => cycle.selfReview.responses[q.id]?.informsFocus || chosen.has(q.id)).map((q) => ({ id: q.id, text: q.text }));
    const known = new Set(fromFramework.map((q) => q.id));
    const rest = selection.filter((id) => !known.has(id)).map((id) => ({ id, text: this.questionText(tailored, id, t) }));
    return [...fromFramework, ...rest];
  }

  /** Puts ids in framework order (ids not in the framework keep their order, at the end). */
  private inFrameworkOrder(view: View, ids: Iterable<string>): string[] {
    const order = new Map(view.asked.map((q, i) => [q.id, i] as const));
    return [...new Set(ids)].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  }

  private renderFocusForm(view: View, t: Strings) {
    const selection = this.focusSelection(view);
    const selected = new Set(selection);
    const candidates = this.focusCandidates(view, selection);
    return html`<section part="focus" aria-labelledby="focus-title">
      <h3 id="focus-title" tabindex="-1">${t.focusTitle}</h3>
      <p class="muted">${t.focusIntro}</p>
      <fieldset>
        <legend>${t.focusQuestions}</legend>
        ${candidates.length
          ? html`<ul class="focus-list">
              ${repeat(
                candidates,
                (q) => q.id,
                (q) => html`<li class="check">
                  <input type="checkbox" id=${`focus-${q.id}`} data-qid=${q.id} data-field="focus" .checked=${live(selected.has(q.id))} />
                  <label for=${`focus-${q.id}`}>${q.text}</label>
                </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t.focusNone}</p>`}
      </fieldset>
      <div class="field">
        <label for="focus-summary">${t.focusSummary}</label>
        <p class="muted" id="focus-summary-hint">${t.focusSummaryHint}</p>
        <textarea id="focus-summary" data-field="summary" maxlength="20000" aria-describedby="focus-summary-hint" .value=${live(view.cycle.selfReview.proposedFocus.summary)}></textarea>
        <p class="print-only user-text">${view.cycle.selfReview.proposedFocus.summary}</p>
      </div>
    </section>`;
  }

  private renderFocusText(view: View, t: Strings) {
    const focus = view.cycle.selfReview.proposedFocus;
    const proposed = focus.questionIds.length > 0 || focus.summary.trim() !== '';
    return html`<section part="focus" aria-labelledby="focus-title">
      <h3 id="focus-title" tabindex="-1">${t.focusReadOnlyTitle}</h3>
      ${proposed
        ? html`${focus.questionIds.length
              ? html`<ul>
                  ${focus.questionIds.map((id) => html`<li>${this.questionText(view.tailored, id, t)}</li>`)}
                </ul>`
              : nothing}
            <p class="user-text">${focus.summary.trim() ? focus.summary : html`<span class="muted">${t.focusSummaryNone}</span>`}</p>`
        : html`<p class="muted">${t.focusReadOnlyNone}</p>`}
    </section>`;
  }

  // --- Submitting -----------------------------------------------------------------------------

  private renderSubmit(view: View, t: Strings) {
    const { cycle, actor, partnership } = view;
    const ready = canSend(cycle, actor, partnership, 'SUBMIT_SELF_REVIEW');
    const confirming = this.confirming && ready.allowed;
    return html`<section part="submit" aria-labelledby="submit-title">
      <h3 id="submit-title">${t.submitTitle}</h3>
      ${ready.allowed ? nothing : html`<p class="notice" id="submit-reason">${format(t.notReady, { reason: ready.reason ?? '' })}</p>`}
      ${confirming
        ? this.renderConfirm(view, t)
        : html`<button
            type="button"
            class="primary"
            id="submit"
            data-action="submit"
            aria-disabled=${ready.allowed ? 'false' : 'true'}
            aria-describedby=${ifDefined(ready.allowed ? undefined : 'submit-reason')}
          >
            ${t.submit}
          </button>`}
    </section>`;
  }

  private renderConfirm(view: View, t: Strings) {
    const { cycle, actor, partnership } = view;
    const c = getCommonStrings(this.locale);
    const progress = selfReviewProgress(view.tailored, cycle.selfReview.responses);
    // What submitting would do, asked of core rather than assumed here.
    const preview = transition(cycle, { type: 'SUBMIT_SELF_REVIEW' }, { actor, partnership });
    const next = preview.ok ? preview.cycle : undefined;
    const locks = next ? !canSend(next, actor, partnership, 'RECORD_RESPONSE').allowed : false;
    return html`<section part="confirm" aria-labelledby="confirm-title">
      <h4 id="confirm-title" tabindex="-1" class="landing">${t.confirmTitle}</h4>
      <ul>
        <li>${format(t.confirmAnswered, { answered: progress.answered, total: progress.total })}</li>
        <li>${t.confirmFocus(cycle.selfReview.proposedFocus.questionIds.length)}</li>
      </ul>
      ${next ? html`<p>${format(t.confirmMovesOn, { stage: c.stage[next.stage] })} ${locks ? t.confirmLocks : ''}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" id="confirm-yes" data-action="confirm">${t.confirmYes}</button>
        <button type="button" id="confirm-no" data-action="cancel">${t.confirmNo}</button>
      </div>
    </section>`;
  }

  // --- Events from the person (delegated: one listener for all questions) ---------------------

  private readonly onInput = (e: Event) => {
    const target = e.target;
    if (!(target instanceof HTMLTextAreaElement)) return;
    const field = target.dataset['field'];
    const qid = questionOf(target);
    if (field === 'evidence' && qid) {
      this.send({ type: 'RECORD_RESPONSE', questionId: qid, evidence: target.value });
    } else if (field === 'summary') {
      const view = this.view();
      if (view) this.send({ type: 'PROPOSE_FOCUS', questionIds: this.focusSelection(view), summary: target.value });
    }
  };

  private readonly onChange = (e: Event) => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement)) return;
    const qid = questionOf(target);
    if (!qid) return;
    const field = target.dataset['field'];
    let refused = false;
    if (field === 'level' && target.checked && isLevel(target.value)) {
      refused = Boolean(this.send({ type: 'RECORD_RESPONSE', questionId: qid, level: target.value }));
    } else if (field === 'informs') {
      refused = !this.setInformsFocus(qid, target.checked);
    } else if (field === 'focus') {
      const view = this.view();
      if (!view) return;
      const current = this.focusSelection(view);
      const next = target.checked ? [...current, qid] : current.filter((id) => id !== qid);
      refused = Boolean(this.send({ type: 'PROPOSE_FOCUS', questionIds: this.inFrameworkOrder(view, next), summary: view.cycle.selfReview.proposedFocus.summary }));
    } else {
      return;
    }
    // A refused choice is put back as it was, so what is shown is what is recorded.
    if (refused) this.restore(target);
  };

  /** Marks a question to inform the focus; once a focus is proposed, keeps it in step. */
  private setInformsFocus(qid: string, on: boolean): boolean {
    if (this.send({ type: 'RECORD_RESPONSE', questionId: qid, informsFocus: on })) return false;
    const view = this.view();
    if (!view || !this.focusProposed(view.cycle)) return true;
    const ids = view.cycle.selfReview.proposedFocus.questionIds;
    if (ids.includes(qid) === on) return true;
    const next = on ? [...ids, qid] : ids.filter((id) => id !== qid);
    this.send({ type: 'PROPOSE_FOCUS', questionIds: this.inFrameworkOrder(view, next), summary: view.cycle.selfReview.proposedFocus.summary });
    return true;
  }

  private restore(input: HTMLInputElement): void {
    const r = this.cycleState.cycle?.selfReview.responses[questionOf(input) ?? ''];
    if (input.type === 'checkbox') {
      input.checked = !input.checked;
    } else {
      for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(input.name)}"]`)) {
        radio.checked = radio.value === r?.level;
      }
    }
  }

  private readonly onClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest?.('button');
    if (!button) return;
    const jumpTo = button.dataset['target'];
    if (jumpTo) {
      const target = this.byId(jumpTo);
      target?.focus();
      target?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      return;
    }
    switch (button.dataset['action']) {
      case 'clear-level': {
        const qid = button.dataset['qid'];
        if (!qid) return;
        if (!this.send({ type: 'RECORD_RESPONSE', questionId: qid, level: null })) {
          // The button goes with the choice; focus moves to the first choice instead of being lost.
          this.focusAfterRender = `q-${qid}-level-${PRACTICE_LEVELS[0]}`;
        }
        return;
      }
      case 'submit': {
        const view = this.view();
        if (!view) return;
        if (canSend(view.cycle, view.actor, view.partnership, 'SUBMIT_SELF_REVIEW').allowed) {
          this.confirming = true;
          this.focusAfterRender = 'confirm-title';
        } else {
          // Not ready: core says why, in the alert region (and next to the button).
          this.send({ type: 'SUBMIT_SELF_REVIEW' });
        }
        return;
      }
      case 'confirm': {
        this.confirming = false;
        const refusal = this.send({ type: 'SUBMIT_SELF_REVIEW' });
        this.focusAfterRender = refusal ? 'submit' : 'submitted-title';
        return;
      }
      case 'cancel':
        this.cancelConfirm();
        return;
    }
  };

  private readonly onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.confirming) {
      e.preventDefault();
      this.cancelConfirm();
    }
  };

  private cancelConfirm(): void {
    this.confirming = false;
    this.focusAfterRender = 'submit';
  }

  private byId(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }
}
