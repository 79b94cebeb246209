import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  EVIDENCE_ACTIVITIES,
  EVIDENCE_SOURCES,
  canSend,
  eligibleReviewers,
  findPerson,
  findQuestion,
  headteacherOf,
  questionsFor,
  reviewTeamViolations,
  reviewerViolations,
  explainRefusal,
  formatMessage,
  schoolLabel,
  type Actor,
  type AvailableEvent,
  type Cycle,
  type CycleEvent,
  type EvidenceActivity,
  type EvidenceSource,
  type LineOfEnquiry,
  type Partnership,
  type Person,
  type PlannedActivity,
  type Refusal,
  type TailoredFramework,
} from '@spp/core';
import { SppCycleElement } from '../shared/spp-element';
import { format, formatNumber, getCommonStrings } from '../shared/strings';
import { dayTimetable, endOf, parseMinutes, timeText, timetableDays, toggled, uncoveredLines } from './review-plan.helpers';
import { dateTime, isIsoDate, longDate } from '../shared/dates';
import { FieldErrors } from '../shared/field-errors';
import { Drafts, newId } from '../shared/drafts';
import { getReviewPlanStrings } from './review-plan.strings';
import { reviewPlanStyles } from './review-plan.styles';

type Strings = ReturnType<typeof getReviewPlanStrings>;

/** Where the cycle is, as this widget presents it. */
type Mode = 'before' | 'planning' | 'record';

/** Everything one render needs, each answer about who may do what asked of core. */
interface View {
  cycle: Cycle;
  actor: Actor;
  partnership: Partnership;
  tailored: TailoredFramework;
  mode: Mode;
  hostName: string;
  /** UPDATE_REVIEW_PLAN: meeting date, focus, lines of enquiry, evidence plan. */
  canPlan: boolean;
  canDates: boolean;
  canTeam: boolean;
  agree: AvailableEvent;
  /** Core's reason this person cannot plan, shown once at the top. */
  readOnlyReason?: string;
  lead?: Person;
  hostHead?: Person;
  /** The party this person agrees as, if they may agree at all. */
  party?: 'lead' | 'host';
  /** Self-review questions, in framework order (hidden ones excluded). */
  questions: { id: string; text: string }[];
  /** Review days the partnership gives a school of the host's size. */
  reviewDays: number;
  /**
   * Core's reason when the working detail of the plan (lines of enquiry, the evidence timetable,
   * the focus until it is agreed) is not shared with this person; `undefined` when it is.
   */
  detailHidden?: string;
}

type PlanChange = Omit<Extract<CycleEvent, { type: 'UPDATE_REVIEW_PLAN' }>, 'type'>;
interface TeamDraft {
  lead: string;
  members: string[];
}
const isTeamDraft = (v: unknown): v is TeamDraft =>
  Boolean(v && typeof v === 'object' && typeof (v as TeamDraft).lead === 'string' && Array.isArray((v as TeamDraft).members) && (v as TeamDraft).members.every((m) => typeof m === 'string'));
const isDateDraft = (v: unknown): v is string[] => Array.isArray(v) && v.every((d) => typeof d === 'string');

/**
 * @summary The pre-review meeting: the lead reviewer and the host headteacher turn the school's
 * proposed focus into an agreed review plan (focus, lines of enquiry, team, dates and a timetable
 * of evidence collection) and both agree it.
 *
 * The focus the host school proposed in its self-review (with the partnership's wording of each
 * question) is shown as the starting point. The meeting date, the agreed focus, the lines of
 * enquiry (each linked to the self-review questions it grew from) and the evidence-collection plan
 * are saved as the person types (`UPDATE_REVIEW_PLAN`). The review team (`SET_REVIEW_TEAM`) and
 * the review dates (`SET_REVIEW_DATES`) can be changed by those core allows, and core's reasons
 * are shown in place when a change is refused (a reviewer from the host school, more days than a
 * school of that size is given). The evidence-collection plan is shown as a timetable per review
 * day, with a display-only check that every line of enquiry has at least one activity.
 *
 * The lead reviewer and the host headteacher each press "Agree the plan" (`AGREE_REVIEW_PLAN`).
 * Core clears both agreements whenever the plan, team or dates change (the widget explains this
 * after such an edit) and moves the cycle on to the peer review once both have agreed. Anyone
 * core does not let plan the review sees the plan as text with core's reason; at later stages the
 * widget is a read-only record of the agreed plan. The lines of enquiry and the evidence timetable
 * are shared only with those taking part in the review (the host school, the review team and the
 * facilitator): everyone else in the partnership, the partnership lead and the programme associate
 * included, sees the meeting date, the team, the dates, who has agreed and, once the plan is
 * agreed, its focus, with core's reason for the rest.
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart header - Title, introduction and notes about the stage.
 * @csspart stage-note - Where the cycle is, when the plan is not being made now (before the meeting, or the agreed record).
 * @csspart read-only-notice - Why this person can read but not change the plan.
 * @csspart not-shared - Why the working detail of the plan (lines of enquiry, timetable) is not shown to this person.
 * @csspart save-state - The save-state live region and its retry / conflict buttons.
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused the last change.
 * @csspart starting-point - The focus the host school proposed in its self-review.
 * @csspart meeting - The meeting date and the agreed focus.
 * @csspart lines - The lines of enquiry.
 * @csspart line - One line of enquiry.
 * @csspart team - The review team.
 * @csspart team-editor - The controls for changing the review team.
 * @csspart dates - The review dates.
 * @csspart evidence-plan - The evidence-collection plan.
 * @csspart timetable - The timetable of one review day (a table).
 * @csspart activity-editor - The controls for one planned activity.
 * @csspart coverage - The check that every line of enquiry has a planned activity.
 * @csspart agreement - Who has agreed the plan, and the "Agree the plan" button.
 *
 * @cssprop --spp-color-brand - Brand colour: primary buttons, the agreed marks.
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints and secondary text.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of table headers, the starting point and the activity editor.
 * @cssprop --spp-color-border - Borders of controls and tables.
 * @cssprop --spp-color-border-subtle - Borders of sections, lines of enquiry and table rows.
 * @cssprop --spp-color-danger - Errors and refusals shown in place.
 * @cssprop --spp-color-success - Agreements and a complete coverage check.
 * @cssprop --spp-color-warning-surface - Background of notices.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family (defaults to Fluent `--fontFamilyBase`).
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 * @cssprop --spp-review-plan-gap - Space between sections (default twice `--spp-space`).
 *
 * @event spp-cycle-change - An edit was accepted by core; `event.cycle` is the new cycle.
 * @event spp-stage-change - The cycle moved stage (once both have agreed, from `pre-review` to `review`); `event.from`, `event.to`, `event.cycle`.
 * @event spp-refused - Core refused a change; `event.refusal.reason` says why.
 * @event spp-save-state - The save state changed (`unsaved`, `saving`, `saved`, `queued` (kept on this device until the connection is back), `failed`, `conflict`); `event.state`, `event.error`.
 */
export class SppReviewPlan extends SppCycleElement {
  static override styles = reviewPlanStyles;

  /** The planned activity whose editor is open. */
  @state() private editing?: string;
  /** Polite announcements of list changes and agreements. */
  @state() private announcement = '';
  /** Whose agreement this person's last change cleared, by party (explained next to the agreement). */
  @state() private cleared?: { lead?: string; host?: string };
  /** Problems with what was typed or chosen, shown next to the control, by field id. */
  private readonly fieldErrors = new FieldErrors(this);

  private readonly drafts = new Drafts();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const cycle = this.cycleState.cycle;
    const partnership = this.resolvedPartnership;
    const actor = this.resolvedActor;
    this.drafts.use(cycle && partnership && actor ? `spp-review-plan-drafts:${partnership.id}:${cycle.id}:${actor.id}` : undefined);
    if (this.editing && !cycle?.preReview.evidencePlan.some((a) => a.id === this.editing)) this.editing = undefined;
  }

  private get strings(): Strings {
    return getReviewPlanStrings(this.locale);
  }

  // --- What this person may do: asked of core --------------------------------------------------

  private view(): View | undefined {
    const cycle = this.cycleState.cycle;
    const actor = this.resolvedActor;
    const partnership = this.resolvedPartnership;
    const tailored = this.tailoredFramework;
    if (!cycle || !actor || !partnership || !tailored) return undefined;
    const stage = cycle.stage === 'paused' ? (cycle.pausedFrom ?? cycle.stage) : cycle.stage;
    const mode: Mode = stage === 'self-review' ? 'before' : stage === 'pre-review' ? 'planning' : 'record';
    const ask = (type: Parameters<typeof canSend>[3]) => canSend(cycle, actor, partnership, type, this.locale);
    const plan = ask('UPDATE_REVIEW_PLAN');
    const lead = findPerson(partnership, cycle.review.team.leadReviewerId);
    const hostHead = headteacherOf(partnership, cycle.hostSchoolId);
    const mayAgree = this.may('agree-review-plan');
    const host = partnership.schools.find((s) => s.id === cycle.hostSchoolId);
    return {
      cycle,
      actor,
      partnership,
      tailored,
      mode,
      hostName: this.schoolText(partnership, cycle.hostSchoolId),
      canPlan: plan.allowed,
      canDates: ask('SET_REVIEW_DATES').allowed,
      canTeam: ask('SET_REVIEW_TEAM').allowed,
      agree: ask('AGREE_REVIEW_PLAN'),
      readOnlyReason: mode === 'planning' && !plan.allowed ? (this.whyNot('plan-review') ?? plan.reason) : undefined,
      lead,
      hostHead,
      party: mayAgree ? (cycle.review.team.leadReviewerId === actor.id ? 'lead' : 'host') : undefined,
      questions: questionsFor(tailored, 'self-review').map((q) => ({ id: q.id, text: q.text })),
      reviewDays: partnership.config.reviewDays[host?.size ?? 'medium'],
      detailHidden: this.may('view-review-detail') ? undefined : (this.whyNot('view-review-detail') ?? ''),
    };
  }

  // --- Small helpers -----------------------------------------------------------------------------

  private questionText(tailored: TailoredFramework, id: string): string {
    return findQuestion(tailored, id)?.text ?? tailored.unplaced.find((q) => q.id === id)?.text ?? format(this.strings.unknownQuestion, { id });
  }

  /** A school's name, or core's words for a school not in the partnership, in the widget's locale. */
  private schoolText(partnership: Partnership, schoolId: string | undefined): string {
    const label = schoolLabel(partnership, schoolId);
    return typeof label === 'string' ? label : formatMessage(label, this.locale);
  }

  /** Core's reasons (violations of the partnership's rules), in the widget's locale. */
  private reasons(problems: readonly Parameters<typeof explainRefusal>[0][]): string {
    return problems.map((p) => explainRefusal(p, this.locale)).join(' ');
  }

  private personText(partnership: Partnership, id: string | undefined, withRole = false): string {
    const t = this.strings.team;
    const person = findPerson(partnership, id);
    if (!person) return format(t.unknownPerson, { id: id ?? '' });
    const school = person.schoolId ? this.schoolText(partnership, person.schoolId) : t.noSchool;
    return withRole ? format(t.personWithRole, { name: person.name, role: t.roles[person.jobRole], school }) : format(t.person, { name: person.name, school });
  }

  private duration(minutes: number): string {
    const t = this.strings.duration;
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (!h) return t.minutes(m);
    return m ? format(t.both, { hours: t.hours(h), minutes: t.minutes(m) }) : t.hours(h);
  }

  /** A calendar date in the widget's locale. */
  private date(iso: string | undefined, weekday = false): string {
    return iso ? longDate(iso, this.locale, { weekday }) : this.strings.notRecorded;
  }

  /** An instant (an agreement) as a date and time in the widget's locale. */
  private instant(iso: string): string {
    return dateTime(iso, this.locale);
  }

  /** A time of day (`HH:MM`) in the widget's locale. */
  private time(hhmm: string): string {
    return timeText(hhmm, this.locale);
  }

  private announce(text: string): void {
    // Re-announce the same text by clearing first.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // --- Sending changes through core --------------------------------------------------------------

  /**
   * Sends an edit through core. When it clears an agreement already given (core does so for any
   * change to the plan, team or dates), says so next to the agreement and announces it.
   */
  private sendEdit(event: CycleEvent): Refusal | undefined {
    const before = this.cycleState.cycle;
    const refusal = this.send(event);
    const after = this.cycleState.cycle;
    if (refusal || !before || !after || after.stage !== 'pre-review') return refusal;
    const partnership = this.resolvedPartnership;
    const cleared: { lead?: string; host?: string } = {};
    if (before.preReview.agreedByLeadAt && !after.preReview.agreedByLeadAt) cleared.lead = findPerson(partnership!, before.review.team.leadReviewerId)?.name ?? this.strings.someone;
    if (before.preReview.agreedByHostAt && !after.preReview.agreedByHostAt) cleared.host = headteacherOf(partnership!, before.hostSchoolId)?.name ?? this.strings.someone;
    if (cleared.lead !== undefined || cleared.host !== undefined) {
      this.cleared = cleared;
      this.announce(this.strings.agreement.clearedAnnounce);
    }
    return refusal;
  }

  private updatePlan(change: PlanChange, fieldId?: string): boolean {
    const refusal = this.sendEdit({ type: 'UPDATE_REVIEW_PLAN', ...change });
    if (fieldId) this.fieldErrors.set(fieldId, refusal?.reason);
    return !refusal;
  }

  private get preReview() {
    return this.cycleState.cycle?.preReview;
  }

  // Meeting

  private onMeetingDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (!isIsoDate(value) || value === this.preReview?.meetingOn) return;
    this.updatePlan({ meetingOn: value }, 'meeting-date');
  }

  private onFocusSummary(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    if (value === this.preReview?.focusSummary) return;
    this.updatePlan({ focusSummary: value }, 'focus-summary');
  }

  // Lines of enquiry

  private onNewLineInput(event: Event): void {
    this.drafts.set('newLine', (event.target as HTMLInputElement).value);
    if (this.fieldErrors.get('new-line')) this.fieldErrors.set('new-line', undefined);
  }

  private addLine(event: Event): void {
    event.preventDefault();
    const t = this.strings.lines;
    const question = this.drafts.get('newLine').trim();
    if (!question) {
      this.fieldErrors.set('new-line', t.newLineEmpty);
      void this.focusLater('#new-line');
      return;
    }
    const lines = this.preReview?.linesOfEnquiry ?? [];
    if (!this.updatePlan({ linesOfEnquiry: [...lines, { id: newId('loe'), question, questionIds: [] }] }, 'new-line')) return;
    this.drafts.set('newLine', '');
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-line');
    if (input) input.value = '';
    this.announce(format(t.added, { n: lines.length + 1 }));
    this.requestUpdate();
    void this.focusLater('#new-line');
  }

  private onLineQuestion(line: LineOfEnquiry, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    const fieldId = `line-${line.id}`;
    if (!value.trim()) {
      // Kept in the box as typed; saved once it has a question again.
      this.fieldErrors.set(fieldId, this.strings.lines.questionNeeded);
      return;
    }
    const lines = this.preReview?.linesOfEnquiry ?? [];
    this.updatePlan({ linesOfEnquiry: lines.map((l) => (l.id === line.id ? { ...l, question: value } : l)) }, fieldId);
  }

  private onLineLink(line: LineOfEnquiry, questionId: string, view: View, event: Event): void {
    const input = event.target as HTMLInputElement;
    const lines = this.preReview?.linesOfEnquiry ?? [];
    const current = lines.find((l) => l.id === line.id);
    if (!current) return;
    const questionIds = toggled(current.questionIds, questionId, input.checked, view.questions.map((q) => q.id));
    // A refused choice is put back, so what is shown is what is recorded.
    if (!this.updatePlan({ linesOfEnquiry: lines.map((l) => (l.id === line.id ? { ...l, questionIds } : l)) })) input.checked = !input.checked;
  }

  private removeLine(line: LineOfEnquiry, index: number): void {
    const pre = this.preReview;
    if (!pre) return;
    const lines = pre.linesOfEnquiry.filter((l) => l.id !== line.id);
    // Activities stop pointing at a line that no longer exists.
    const evidencePlan = pre.evidencePlan.map((a) => (a.lineIds.includes(line.id) ? { ...a, lineIds: a.lineIds.filter((id) => id !== line.id) } : a));
    if (!this.updatePlan({ linesOfEnquiry: lines, evidencePlan })) return;
    this.fieldErrors.set(`line-${line.id}`, undefined);
    this.announce(format(this.strings.lines.removed, { n: index + 1, question: line.question }));
    const next = lines[Math.min(index, lines.length - 1)];
    void this.focusLater(next ? `#${CSS.escape(`line-${next.id}`)}` : '#new-line');
  }

  // Review team

  private teamDraft(cycle: Cycle): TeamDraft {
    return this.drafts.getJson('team', isTeamDraft) ?? { lead: cycle.review.team.leadReviewerId ?? '', members: [...cycle.review.team.memberIds] };
  }

  private changeTeam(view: View, next: TeamDraft): void {
    const t = this.strings.team;
    const stored = view.cycle.review.team;
    if (next.lead === (stored.leadReviewerId ?? '') && next.members.length === stored.memberIds.length && next.members.every((m, i) => m === stored.memberIds[i])) {
      this.drafts.set('team', '');
      this.fieldErrors.set('team', undefined);
      this.requestUpdate();
      return;
    }
    if (!next.lead) {
      this.drafts.setJson('team', next);
      this.fieldErrors.set('team', t.chooseLeadFirst);
      return;
    }
    const refusal = this.sendEdit({ type: 'SET_REVIEW_TEAM', leadReviewerId: next.lead, memberIds: next.members });
    if (refusal) {
      // What was chosen stays on screen (and on this device) with core's reason, until it is a team core accepts.
      this.drafts.setJson('team', next);
      this.fieldErrors.set('team', refusal.reason);
    } else {
      this.drafts.set('team', '');
      this.fieldErrors.set('team', undefined);
      this.announce(t.saved);
    }
    this.requestUpdate();
  }

  private onTeamLead(view: View, event: Event): void {
    const lead = (event.target as HTMLSelectElement).value;
    this.changeTeam(view, { ...this.teamDraft(view.cycle), lead });
  }

  private onTeamMember(view: View, personId: string, event: Event): void {
    const draft = this.teamDraft(view.cycle);
    this.changeTeam(view, { ...draft, members: toggled(draft.members, personId, (event.target as HTMLInputElement).checked) });
  }

  // Review dates

  private dateDraft(cycle: Cycle): string[] {
    return this.drafts.getJson('dates', isDateDraft) ?? (cycle.review.dates.length ? [...cycle.review.dates] : ['']);
  }

  private changeDates(view: View, next: string[]): void {
    const t = this.strings.dates;
    const chosen = next.filter((d) => d !== '');
    const stored = view.cycle.review.dates;
    const complete = chosen.length === next.length || (next.length === 1 && chosen.length === 0);
    if (!chosen.every(isIsoDate)) return;
    const same = chosen.length === stored.length && [...chosen].sort().every((d, i) => d === stored[i]);
    let refusal: Refusal | undefined;
    if (!same) refusal = this.sendEdit({ type: 'SET_REVIEW_DATES', dates: chosen });
    if (refusal) {
      this.drafts.setJson('dates', next);
      this.fieldErrors.set('dates', refusal.reason);
    } else {
      // An empty day still being filled in stays a draft (nothing is saved for it yet).
      this.drafts.setJson('dates', complete ? undefined : next);
      this.fieldErrors.set('dates', complete ? undefined : t.notSavedYet);
    }
    this.requestUpdate();
  }

  private onDate(view: View, index: number, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value && !isIsoDate(value)) return;
    const next = this.dateDraft(view.cycle);
    next[index] = value;
    this.changeDates(view, next);
  }

  private addDay(view: View): void {
    const next = [...this.dateDraft(view.cycle), ''];
    this.drafts.setJson('dates', next);
    this.fieldErrors.set('dates', undefined);
    this.announce(format(this.strings.dates.added, { n: next.length }));
    this.requestUpdate();
    void this.focusLater(`#review-date-${next.length - 1}`);
  }

  private removeDay(view: View, index: number): void {
    const next = this.dateDraft(view.cycle).filter((_, i) => i !== index);
    this.changeDates(view, next.length ? next : ['']);
    this.announce(format(this.strings.dates.removed, { n: index + 1 }));
    void this.focusLater(`#review-date-${Math.max(0, Math.min(index, next.length - 1))}`);
  }

  // Evidence-collection plan

  private activityLabel(a: Pick<PlannedActivity, 'activity'>): string {
    return this.strings.plan.activities[a.activity] ?? a.activity;
  }

  private rowContext(a: PlannedActivity): string {
    const t = this.strings.plan;
    const activity = this.activityLabel(a);
    return a.start ? format(t.rowContextAt, { activity, day: a.day, start: this.time(a.start) }) : format(t.rowContext, { activity, day: a.day });
  }

  private addActivity(day: number): void {
    const plan = this.preReview?.evidencePlan ?? [];
    const activity: PlannedActivity = { id: newId('pa'), activity: EVIDENCE_ACTIVITIES[0], lineIds: [], day, minutes: 30, reviewerIds: [], note: '' };
    if (!this.updatePlan({ evidencePlan: [...plan, activity] })) return;
    this.editing = activity.id;
    this.announce(format(this.strings.plan.added, { day }));
    void this.focusLater('#activity-kind');
  }

  /** Replaces one activity with `next` (built whole, so an optional field can be left out). */
  private saveActivity(id: string, change: (a: PlannedActivity) => PlannedActivity, fieldId?: string): boolean {
    const plan = this.preReview?.evidencePlan ?? [];
    if (!plan.some((a) => a.id === id)) return false;
    return this.updatePlan({ evidencePlan: plan.map((a) => (a.id === id ? change(a) : a)) }, fieldId);
  }

  private onActivityKind(id: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value as EvidenceActivity;
    this.saveActivity(id, (a) => ({ ...a, activity: value }), 'activity-kind');
  }

  private onActivityWith(id: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value as EvidenceSource | '';
    this.saveActivity(id, ({ with: _old, ...a }) => (value ? { ...a, with: value } : a), 'activity-with');
  }

  private onActivityDay(id: string, event: Event): void {
    const day = Number((event.target as HTMLSelectElement).value);
    if (!Number.isInteger(day)) return;
    this.saveActivity(id, (a) => ({ ...a, day }), 'activity-day');
  }

  private onActivityStart(id: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value && !/^\d{2}:\d{2}$/.test(value)) return;
    const current = this.preReview?.evidencePlan.find((a) => a.id === id);
    if (!current || (current.start ?? '') === value) return;
    this.saveActivity(id, ({ start: _old, ...a }) => (value ? { ...a, start: value } : a), 'activity-start');
  }

  private onActivityMinutes(id: string, event: Event): void {
    const minutes = parseMinutes((event.target as HTMLInputElement).value);
    if (minutes === undefined) {
      this.fieldErrors.set('activity-minutes', this.strings.plan.minutesNeeded);
      return;
    }
    const current = this.preReview?.evidencePlan.find((a) => a.id === id);
    if (current?.minutes === minutes) {
      this.fieldErrors.set('activity-minutes', undefined);
      return;
    }
    this.saveActivity(id, (a) => ({ ...a, minutes }), 'activity-minutes');
  }

  private onActivityToggle(id: string, field: 'lineIds' | 'reviewerIds', value: string, order: readonly string[], event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!this.saveActivity(id, (a) => ({ ...a, [field]: toggled(a[field], value, input.checked, order) }))) input.checked = !input.checked;
  }

  private onActivityNote(id: string, event: Event): void {
    const note = (event.target as HTMLTextAreaElement).value;
    this.saveActivity(id, (a) => ({ ...a, note }), 'activity-note');
  }

  private editActivity(id: string): void {
    this.editing = id;
    this.fieldErrors.clearWhere((id) => id.startsWith('activity-'));
    void this.focusLater('#activity-editor-title');
  }

  private closeEditor(id: string): void {
    this.editing = undefined;
    void this.focusLater(`[data-edit-activity="${CSS.escape(id)}"]`);
  }

  private removeActivity(a: PlannedActivity): void {
    const plan = this.preReview?.evidencePlan ?? [];
    if (!this.updatePlan({ evidencePlan: plan.filter((x) => x.id !== a.id) })) return;
    if (this.editing === a.id) this.editing = undefined;
    this.announce(format(this.strings.plan.removed, { activity: this.activityLabel(a), day: a.day }));
    void this.focusLater('[data-add-activity]');
  }

  // Agreement

  private agree(): void {
    const t = this.strings.agreement;
    const refusal = this.send({ type: 'AGREE_REVIEW_PLAN' });
    if (refusal) return;
    this.cleared = undefined;
    this.announce(this.cycleState.cycle?.stage === 'pre-review' ? t.agreedAnnounce : t.bothAgreed);
    void this.focusLater('#agreement-title');
  }

  // --- Rendering ---------------------------------------------------------------------------------

  protected override render() {
    const t = this.strings;
    const loading = this.renderLoadState();
    const view = loading ? undefined : this.view();
    if (!view) {
      return html`<div part="base">
        <div class="header" part="header"><h2>${t.title}</h2></div>
        ${loading}
        <div class="status">${this.renderRefusal()} ${this.renderSaveState()}</div>
      </div>`;
    }
    return html`<div part="base">
      ${this.renderHeader(view)}
      <div class="status">
        ${this.renderRefusal()} ${this.renderSaveState()}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${this.renderStartingPoint(view)} ${this.renderMeeting(view)} ${this.renderLines(view)} ${this.renderTeam(view)} ${this.renderDates(view)}
      ${this.renderEvidencePlan(view)} ${this.renderAgreement(view)}
    </div>`;
  }

  private renderHeader(view: View) {
    const t = this.strings;
    const c = getCommonStrings(this.locale);
    const { cycle, partnership, mode } = view;
    const stage = c.stage[cycle.stage];
    return html`<div class="header" part="header">
      <h2>${format(t.titleFor, { school: view.hostName })}</h2>
      <p>${format(t.intro, { duration: this.duration(partnership.config.preReviewMinutes), school: view.hostName })}</p>
      ${mode === 'before' ? html`<p class="notice" part="stage-note">${format(t.beforeStage, { stage })}</p>` : nothing}
      ${mode === 'record'
        ? html`<p class="notice" part="stage-note">
            ${format(cycle.preReview.agreedByLeadAt && cycle.preReview.agreedByHostAt ? t.recordNote : t.recordNotAgreed, { stage })}
          </p>`
        : nothing}
      ${view.detailHidden !== undefined
        ? html`<div class="notice" part="not-shared">
            <p><strong>${t.detailNotSharedTitle}</strong></p>
            <p>${view.detailHidden}</p>
          </div>`
        : nothing}
      ${view.readOnlyReason
        ? html`<div class="notice" part="read-only-notice">
            <p><strong>${t.readOnlyTitle}</strong></p>
            <p>${view.readOnlyReason}</p>
          </div>`
        : nothing}
    </div>`;
  }

  private renderStartingPoint(view: View) {
    const t = this.strings.startingPoint;
    const focus = view.cycle.selfReview.proposedFocus;
    const body = !this.may('view-self-review')
      ? html`<p class="muted">${format(t.notShared, { reason: this.whyNot('view-self-review') ?? '' })}</p>`
      : html`<p class="muted">${format(t.intro, { school: view.hostName })}</p>
          <h4>${t.questions}</h4>
          ${focus.questionIds.length
            ? html`<ul>
                ${focus.questionIds.map((id) => html`<li>${this.questionText(view.tailored, id)}</li>`)}
              </ul>`
            : html`<p class="muted">${t.noQuestions}</p>`}
          <h4>${t.summary}</h4>
          ${focus.summary.trim() ? html`<p class="user-text">${focus.summary}</p>` : html`<p class="muted">${t.noSummary}</p>`}`;
    return html`<section part="starting-point" aria-labelledby="starting-point-title">
      <h3 id="starting-point-title">${t.heading}</h3>
      ${body}
    </section>`;
  }

  private renderMeeting(view: View) {
    const t = this.strings.meeting;
    const pre = view.cycle.preReview;
    const editable = view.canPlan;
    return html`<section part="meeting" aria-labelledby="meeting-title">
      <h3 id="meeting-title">${t.heading}</h3>
      ${editable
        ? html`<div class="field">
              <label for="meeting-date">${t.date}</label>
              <input
                id="meeting-date"
                type="date"
                .value=${pre.meetingOn ?? ''}
                aria-describedby=${this.fieldErrors.describedBy('meeting-date', pre.meetingOn ? 'meeting-date-shown' : '')}
                aria-invalid=${this.fieldErrors.get('meeting-date') ? 'true' : 'false'}
                @change=${this.onMeetingDate}
              />
              ${pre.meetingOn ? html`<p class="hint" id="meeting-date-shown">${format(t.dateShown, { date: this.date(pre.meetingOn, true) })}</p>` : nothing}
              ${this.fieldErrors.render('meeting-date')}
            </div>
            <div class="field">
              <label for="focus-summary">${t.focusSummary}</label>
              <p class="hint" id="focus-summary-hint">${t.focusSummaryHint}</p>
              <textarea
                id="focus-summary"
                maxlength="20000"
                .value=${pre.focusSummary}
                aria-describedby=${this.fieldErrors.describedBy('focus-summary', 'focus-summary-hint')}
                @input=${this.onFocusSummary}
              ></textarea>
              <p class="print-only user-text">${pre.focusSummary}</p>
              ${this.fieldErrors.render('focus-summary')}
            </div>`
        : html`<h4>${t.date}</h4>
            <p>${pre.meetingOn ? html`<time datetime=${pre.meetingOn}>${this.date(pre.meetingOn, true)}</time>` : html`<span class="muted">${t.noDate}</span>`}</p>
            <h4>${t.focusSummary}</h4>
            ${pre.focusSummary.trim()
              ? html`<p class="user-text">${pre.focusSummary}</p>`
              : html`<p class="muted">${view.detailHidden !== undefined ? t.focusNotAgreed : t.noFocusSummary}</p>`}`}
    </section>`;
  }

  private renderLines(view: View) {
    const t = this.strings.lines;
    const lines = view.cycle.preReview.linesOfEnquiry;
    return html`<section part="lines" aria-labelledby="lines-title">
      <h3 id="lines-title">${t.heading}</h3>
      <p class="hint">${t.intro}</p>
      ${view.detailHidden !== undefined
        ? html`<p class="muted">${t.notShared}</p>`
        : lines.length
        ? html`<ol class="lines">
            ${repeat(
              lines,
              (line) => line.id,
              (line, i) => (view.canPlan ? this.renderLineEditor(view, line, i) : this.renderLineText(view, line, i)),
            )}
          </ol>`
        : html`<p class="muted">${t.none}</p>`}
      ${view.canPlan ? this.renderAddLine() : nothing}
    </section>`;
  }

  private renderLineText(view: View, line: LineOfEnquiry, index: number) {
    const t = this.strings.lines;
    return html`<li class="line" part="line" id=${`line-item-${line.id}`}>
      <h4 class="line-number">${format(t.line, { n: index + 1 })}</h4>
      <p class="user-text line-question">${line.question}</p>
      <p class="muted small">${t.grewFrom}:</p>
      ${line.questionIds.length
        ? html`<ul class="linked">
            ${line.questionIds.map((id) => html`<li>${this.questionText(view.tailored, id)}</li>`)}
          </ul>`
        : html`<p class="muted">${t.grewFromNone}</p>`}
    </li>`;
  }

  private renderLineEditor(view: View, line: LineOfEnquiry, index: number) {
    const t = this.strings.lines;
    const fieldId = `line-${line.id}`;
    const focusIds = view.cycle.selfReview.proposedFocus.questionIds;
    const shown = new Set([...focusIds, ...line.questionIds]);
    const order = view.questions.map((q) => q.id);
    const primary = [...shown].sort((a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity));
    const others = view.questions.filter((q) => !shown.has(q.id));
    const checkbox = (qid: string, text: string) => {
      const id = `${fieldId}-q-${qid}`;
      return html`<li class="check">
        <input type="checkbox" id=${id} .checked=${live(line.questionIds.includes(qid))} @change=${(e: Event) => this.onLineLink(line, qid, view, e)} />
        <label for=${id}>${text}</label>
      </li>`;
    };
    return html`<li class="line" part="line" id=${`line-item-${line.id}`}>
      <h4 class="line-number" id=${`${fieldId}-title`}>${format(t.line, { n: index + 1 })}</h4>
      <div class="field">
        <label for=${fieldId}>${t.question}</label>
        <textarea
          id=${fieldId}
          class="short"
          maxlength="300"
          .value=${line.question}
          aria-describedby=${this.fieldErrors.describedBy(fieldId)}
          aria-invalid=${this.fieldErrors.get(fieldId) ? 'true' : 'false'}
          @input=${(e: Event) => this.onLineQuestion(line, e)}
        ></textarea>
        <p class="print-only user-text">${line.question}</p>
        ${this.fieldErrors.render(fieldId)}
      </div>
      <div class="print-only">
        <p class="muted">${t.grewFrom}:</p>
        ${line.questionIds.length
          ? html`<ul class="linked">
              ${line.questionIds.map((id) => html`<li>${this.questionText(view.tailored, id)}</li>`)}
            </ul>`
          : html`<p class="muted">${t.grewFromNone}</p>`}
      </div>
      <fieldset class="links">
        <legend>${t.grewFrom}</legend>
        ${primary.length ? html`<ul class="checks">${primary.map((qid) => checkbox(qid, this.questionText(view.tailored, qid)))}</ul>` : nothing}
        ${others.length
          ? html`<details class="more">
              <summary>${format(t.moreQuestions, { count: formatNumber(others.length, this.locale) })}</summary>
              <ul class="checks">${others.map((q) => checkbox(q.id, q.text))}</ul>
            </details>`
          : nothing}
      </fieldset>
      <div class="actions">
        <button type="button" data-remove-line=${line.id} @click=${() => this.removeLine(line, index)}>
          ${t.remove}<span class="visually-hidden"> ${format(t.removeContext, { n: index + 1 })}</span>
        </button>
      </div>
    </li>`;
  }

  private renderAddLine() {
    const t = this.strings.lines;
    return html`<form class="add-line" @submit=${this.addLine} novalidate>
      <div class="field grow">
        <label for="new-line">${t.newLine}</label>
        <p class="hint" id="new-line-hint">${t.newLineHint}</p>
        <input
          id="new-line"
          type="text"
          maxlength="300"
          autocomplete="off"
          .value=${this.drafts.get('newLine')}
          aria-describedby=${this.fieldErrors.describedBy('new-line', 'new-line-hint')}
          aria-invalid=${this.fieldErrors.get('new-line') ? 'true' : 'false'}
          @input=${this.onNewLineInput}
        />
        ${this.fieldErrors.render('new-line')}
      </div>
      <button type="submit">${t.add}</button>
    </form>`;
  }

  private renderTeam(view: View) {
    const t = this.strings.team;
    const { cycle, partnership } = view;
    const team = cycle.review.team;
    const members = team.memberIds.filter((id) => id !== team.leadReviewerId);
    const problems = reviewTeamViolations(team, cycle.hostSchoolId, partnership);
    const showProblems = problems.length > 0 && (team.leadReviewerId || team.memberIds.length);
    return html`<section part="team" aria-labelledby="team-title">
      <h3 id="team-title">${t.heading}</h3>
      <dl class="team">
        <dt>${t.lead}</dt>
        <dd>${team.leadReviewerId ? this.personText(partnership, team.leadReviewerId, true) : html`<span class="muted">${t.noLead}</span>`}</dd>
        <dt>${t.members}</dt>
        <dd>
          ${members.length
            ? html`<ul>
                ${members.map((id) => html`<li>${this.personText(partnership, id, true)}</li>`)}
              </ul>`
            : html`<span class="muted">${t.noMembers}</span>`}
        </dd>
      </dl>
      ${showProblems && view.mode !== 'record' ? html`<p class="notice" id="team-problems">${format(t.problems, { reasons: this.reasons(problems) })}</p>` : nothing}
      ${view.canTeam ? this.renderTeamEditor(view) : nothing}
    </section>`;
  }

  private renderTeamEditor(view: View) {
    const t = this.strings.team;
    const { cycle, partnership } = view;
    const eligible = eligibleReviewers(cycle.hostSchoolId, partnership);
    const eligibleIds = new Set(eligible.map((p) => p.id));
    const draft = this.teamDraft(cycle);
    const hasDraft = this.drafts.getJson('team', isTeamDraft) !== undefined;
    // Someone chosen earlier who may no longer review this school stays listed (ticked) with core's reason, so they can be taken off.
    const listed: { id: string; person?: Person }[] = [
      ...eligible.map((p) => ({ id: p.id, person: p as Person | undefined })),
      ...draft.members.filter((id) => !eligibleIds.has(id)).map((id) => ({ id, person: findPerson(partnership, id) })),
    ];
    const leadEligible = eligibleIds.has(draft.lead);
    const { min, max } = partnership.config.teamSize;
    const error = this.fieldErrors.get('team') ?? (hasDraft ? t.notSavedYet : undefined);
    const open = hasDraft || reviewTeamViolations(cycle.review.team, cycle.hostSchoolId, partnership).length > 0;
    const errorId = error ? 'team-error' : undefined;
    if (eligible.length === 0 && listed.length === 0) return html`<p class="notice">${format(t.noEligible, { school: view.hostName })}</p>`;
    return html`<details part="team-editor" class="editor" ?open=${open}>
      <summary>${t.change}</summary>
      <div class="field">
        <label for="team-lead">${t.leadSelect}</label>
        <p class="hint" id="team-lead-hint">${format(t.leadHint, { school: view.hostName })}</p>
        <select id="team-lead" aria-describedby=${[`team-lead-hint`, errorId].filter(Boolean).join(' ')} @change=${(e: Event) => this.onTeamLead(view, e)}>
          ${leadEligible ? nothing : html`<option value="" .selected=${live(true)}>${t.chooseLead}</option>`}
          ${eligible.map((p) => html`<option value=${p.id} .selected=${live(p.id === draft.lead)}>${this.personText(partnership, p.id, true)}</option>`)}
        </select>
      </div>
      <fieldset class="members" aria-describedby=${[`team-members-hint`, errorId].filter(Boolean).join(' ')}>
        <legend>${t.membersLegend}</legend>
        <p class="hint" id="team-members-hint">${min === max ? t.membersHint(min) : format(t.membersHintRange, { min: formatNumber(min, this.locale), max: formatNumber(max, this.locale) })}</p>
        <ul class="checks">
          ${listed.map(({ id, person }) => {
            const inputId = `team-member-${id}`;
            const problems = person && !eligibleIds.has(id) ? reviewerViolations(person, cycle.hostSchoolId, partnership) : [];
            return html`<li class="check">
              <input
                type="checkbox"
                id=${inputId}
                .checked=${live(draft.members.includes(id))}
                aria-describedby=${problems.length ? `${inputId}-problem` : nothing}
                @change=${(e: Event) => this.onTeamMember(view, id, e)}
              />
              <label for=${inputId}>${this.personText(partnership, id, true)}</label>
              ${problems.length ? html`<span class="field-error problem" id=${`${inputId}-problem`}>${this.reasons(problems)}</span>` : nothing}
            </li>`;
          })}
        </ul>
      </fieldset>
      ${error ? html`<p class="field-error" id="team-error">${hasDraft && this.fieldErrors.get('team') ? format(t.notSaved, { reason: error }) : error}</p>` : nothing}
    </details>`;
  }

  private renderDates(view: View) {
    const t = this.strings.dates;
    const { cycle, partnership } = view;
    const host = partnership.schools.find((s) => s.id === cycle.hostSchoolId);
    const help = t.help[host?.size ?? 'medium'](view.reviewDays, { school: view.hostName });
    return html`<section part="dates" aria-labelledby="dates-title">
      <h3 id="dates-title">${t.heading}</h3>
      <p class="hint" id="dates-help">${help}</p>
      ${view.canDates ? this.renderDateEditor(view) : this.renderDateText(cycle.review.dates)}
    </section>`;
  }

  private renderDateText(dates: readonly string[]) {
    const t = this.strings.dates;
    return dates.length
      ? html`<ul class="dates">
          ${dates.map((d, i) => html`<li>${format(t.dayDate, { n: i + 1, date: this.date(d, true) })}</li>`)}
        </ul>`
      : html`<p class="muted">${t.none}</p>`;
  }

  private renderDateEditor(view: View) {
    const t = this.strings.dates;
    const draft = this.dateDraft(view.cycle);
    const hasDraft = this.drafts.getJson('dates', isDateDraft) !== undefined;
    const error = this.fieldErrors.get('dates') ?? (hasDraft ? t.notSavedYet : undefined);
    const refused = hasDraft && this.fieldErrors.get('dates') && this.fieldErrors.get('dates') !== t.notSavedYet;
    return html`<div class="screen-only">
        <ul class="date-fields">
          ${draft.map(
            (d, i) => html`<li class="row">
              <div class="field">
                <label for=${`review-date-${i}`}>${format(t.dayN, { n: i + 1 })}</label>
                <input
                  id=${`review-date-${i}`}
                  type="date"
                  .value=${live(d)}
                  aria-describedby=${['dates-help', isIsoDate(d) ? `review-date-${i}-shown` : '', error ? 'dates-error' : ''].filter(Boolean).join(' ')}
                  aria-invalid=${refused ? 'true' : 'false'}
                  @change=${(e: Event) => this.onDate(view, i, e)}
                />
                ${isIsoDate(d) ? html`<p class="hint" id=${`review-date-${i}-shown`}>${format(t.dateShown, { date: this.date(d, true) })}</p>` : nothing}
              </div>
              ${draft.length > 1 || d
                ? html`<button type="button" data-remove-day=${i} @click=${() => this.removeDay(view, i)}>
                    ${t.remove}<span class="visually-hidden"> ${format(t.removeContext, { n: i + 1 })}</span>
                  </button>`
                : nothing}
            </li>`,
          )}
        </ul>
        ${error ? html`<p class="field-error" id="dates-error">${refused ? format(t.notSaved, { reason: error }) : error}</p>` : nothing}
        <button type="button" data-add-day @click=${() => this.addDay(view)}>${t.add}</button>
      </div>
      <div class="print-only">${this.renderDateText(view.cycle.review.dates)}</div>`;
  }

  private renderEvidencePlan(view: View) {
    const t = this.strings.plan;
    const { cycle } = view;
    const plan = cycle.preReview.evidencePlan;
    const days = timetableDays(plan, cycle.review.dates, view.reviewDays);
    const editing = view.canPlan ? plan.find((a) => a.id === this.editing) : undefined;
    if (view.detailHidden !== undefined) {
      return html`<section part="evidence-plan" aria-labelledby="evidence-plan-title">
        <h3 id="evidence-plan-title">${t.heading}</h3>
        <p class="hint">${t.intro(days.length)}</p>
        <p class="muted">${t.notShared}</p>
      </section>`;
    }
    return html`<section part="evidence-plan" aria-labelledby="evidence-plan-title">
      <h3 id="evidence-plan-title">${t.heading}</h3>
      <p class="hint">${t.intro(days.length)}</p>
      ${days.map((day) => this.renderDay(view, day))}
      ${editing ? this.renderActivityEditor(view, editing, days) : nothing}
      ${view.canPlan
        ? html`<p class="actions"><button type="button" data-add-activity @click=${() => this.addActivity(1)}>${t.add}</button></p>`
        : nothing}
      ${this.renderCoverage(view)}
    </section>`;
  }

  private renderDay(view: View, day: number) {
    const t = this.strings.plan;
    const { cycle, partnership } = view;
    const date = cycle.review.dates[day - 1];
    const titleId = `day-${day}-title`;
    const rows = dayTimetable(cycle.preReview.evidencePlan, day);
    const lineNumber = new Map(cycle.preReview.linesOfEnquiry.map((l, i) => [l.id, i + 1] as const));
    const editable = view.canPlan;
    return html`<div class="day">
      <h4 id=${titleId}>${date ? format(t.dayWithDate, { n: day, date: this.date(date, true) }) : format(t.dayNoDate, { n: day })}</h4>
      ${rows.length
        ? html`<div class="table-wrap">
            <table part="timetable" aria-labelledby=${titleId}>
              <thead>
                <tr>
                  <th scope="col">${t.time}</th>
                  <th scope="col">${t.activity}</th>
                  <th scope="col">${t.with}</th>
                  <th scope="col">${t.lines}</th>
                  <th scope="col">${t.reviewers}</th>
                  <th scope="col">${t.note}</th>
                  ${editable ? html`<th scope="col" class="change-col"><span class="visually-hidden">${t.change}</span></th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  rows,
                  (a) => a.id,
                  (a) => {
                    const end = endOf(a);
                    const lines = a.lineIds.map((id) => lineNumber.get(id)).filter((n): n is number => n !== undefined);
                    return html`<tr class=${this.editing === a.id ? 'editing' : ''}>
                      <th scope="row">
                        <span class="cell-label" aria-hidden="true">${t.time}</span>
                        <span>${a.start && end ? format(t.timeRange, { start: this.time(a.start), end: this.time(end) }) : t.timeNotSet}</span>
                        <span class="muted small">${t.minutesLong(a.minutes)}</span>
                      </th>
                      <td><span class="cell-label" aria-hidden="true">${t.activity}</span>${this.activityLabel(a)}</td>
                      <td><span class="cell-label" aria-hidden="true">${t.with}</span>${a.with ? t.sources[a.with] : html`<span class="muted">${t.notSet}</span>`}</td>
                      <td>
                        <span class="cell-label" aria-hidden="true">${t.lines}</span>${lines.length
                          ? lines.map((n) => format(this.strings.lines.lineShort, { n })).join(t.listSeparator)
                          : html`<span class="muted">${t.noLines}</span>`}
                      </td>
                      <td>
                        <span class="cell-label" aria-hidden="true">${t.reviewers}</span>${a.reviewerIds.length
                          ? a.reviewerIds.map((id, i) => html`${i ? t.listSeparator : nothing}${findPerson(partnership, id)?.name ?? id}`)
                          : html`<span class="muted">${t.nobody}</span>`}
                      </td>
                      <td class=${a.note ? 'note' : 'note empty'}><span class="cell-label" aria-hidden="true">${t.note}</span><span class="user-text">${a.note}</span></td>
                      ${editable
                        ? html`<td class="change-col">
                            <button type="button" data-edit-activity=${a.id} aria-expanded=${this.editing === a.id ? 'true' : 'false'} @click=${() => this.editActivity(a.id)}>
                              ${t.edit}<span class="visually-hidden"> ${this.rowContext(a)}</span>
                            </button>
                            <button type="button" data-remove-activity=${a.id} @click=${() => this.removeActivity(a)}>
                              ${t.remove}<span class="visually-hidden"> ${this.rowContext(a)}</span>
                            </button>
                          </td>`
                        : nothing}
                    </tr>`;
                  },
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">${t.nothingPlanned}</p>`}
    </div>`;
  }

  private renderActivityEditor(view: View, a: PlannedActivity, days: number[]) {
    const t = this.strings.plan;
    const { cycle, partnership } = view;
    const lines = cycle.preReview.linesOfEnquiry;
    const team = cycle.review.team;
    const teamIds = [...new Set([...(team.leadReviewerId ? [team.leadReviewerId] : []), ...team.memberIds])];
    const reviewerIds = [...teamIds, ...a.reviewerIds.filter((id) => !teamIds.includes(id))];
    const dayOptions = days.includes(a.day) ? days : [...days, a.day];
    const lineOrder = lines.map((l) => l.id);
    return html`<section part="activity-editor" class="editor-panel" aria-labelledby="activity-editor-title">
      <h4 id="activity-editor-title" tabindex="-1">
        ${a.start
          ? format(t.editorHeadingAt, { activity: this.activityLabel(a), day: a.day, start: this.time(a.start) })
          : format(t.editorHeading, { activity: this.activityLabel(a), day: a.day })}
      </h4>
      <div class="grid">
        <div class="field">
          <label for="activity-kind">${t.activity}</label>
          <select id="activity-kind" aria-describedby=${this.fieldErrors.describedBy('activity-kind')} @change=${(e: Event) => this.onActivityKind(a.id, e)}>
            ${EVIDENCE_ACTIVITIES.map((k) => html`<option value=${k} .selected=${live(a.activity === k)}>${t.activities[k]}</option>`)}
          </select>
          ${this.fieldErrors.render('activity-kind')}
        </div>
        <div class="field">
          <label for="activity-with">${t.with}</label>
          <select id="activity-with" aria-describedby=${this.fieldErrors.describedBy('activity-with')} @change=${(e: Event) => this.onActivityWith(a.id, e)}>
            <option value="" .selected=${live(!a.with)}>${t.notSet}</option>
            ${EVIDENCE_SOURCES.map((s) => html`<option value=${s} .selected=${live(a.with === s)}>${t.sources[s]}</option>`)}
          </select>
          ${this.fieldErrors.render('activity-with')}
        </div>
        <div class="field">
          <label for="activity-day">${t.dayField}</label>
          <select id="activity-day" aria-describedby=${this.fieldErrors.describedBy('activity-day')} @change=${(e: Event) => this.onActivityDay(a.id, e)}>
            ${dayOptions.map((d) => {
              const date = cycle.review.dates[d - 1];
              return html`<option value=${d} .selected=${live(a.day === d)}>${date ? format(t.dayWithDate, { n: d, date: this.date(date, true) }) : format(t.day, { n: d })}</option>`;
            })}
          </select>
          ${this.fieldErrors.render('activity-day')}
        </div>
        <div class="field">
          <label for="activity-start">${t.start}</label>
          <input id="activity-start" type="time" .value=${a.start ?? ''} aria-describedby=${this.fieldErrors.describedBy('activity-start')} @change=${(e: Event) => this.onActivityStart(a.id, e)} />
          ${this.fieldErrors.render('activity-start')}
        </div>
        <div class="field">
          <label for="activity-minutes">${t.minutes}</label>
          <input
            id="activity-minutes"
            type="text"
            inputmode="numeric"
            .value=${String(a.minutes)}
            aria-describedby=${this.fieldErrors.describedBy('activity-minutes')}
            aria-invalid=${this.fieldErrors.get('activity-minutes') ? 'true' : 'false'}
            @input=${(e: Event) => this.onActivityMinutes(a.id, e)}
          />
          ${this.fieldErrors.render('activity-minutes')}
        </div>
      </div>
      <fieldset>
        <legend>${t.linesLegend}</legend>
        ${lines.length
          ? html`<ul class="checks">
              ${lines.map((line, i) => {
                const id = `activity-line-${line.id}`;
                return html`<li class="check">
                  <input type="checkbox" id=${id} .checked=${live(a.lineIds.includes(line.id))} @change=${(e: Event) => this.onActivityToggle(a.id, 'lineIds', line.id, lineOrder, e)} />
                  <label for=${id}><span>${format(this.strings.lines.lineShort, { n: i + 1 })}:</span> <span class="user-text">${line.question}</span></label>
                </li>`;
              })}
            </ul>`
          : html`<p class="muted">${t.linesNone}</p>`}
      </fieldset>
      <fieldset>
        <legend>${t.reviewersLegend}</legend>
        ${reviewerIds.length
          ? html`<ul class="checks">
              ${reviewerIds.map((id) => {
                const inputId = `activity-reviewer-${id}`;
                const name = findPerson(partnership, id)?.name ?? id;
                return html`<li class="check">
                  <input type="checkbox" id=${inputId} .checked=${live(a.reviewerIds.includes(id))} @change=${(e: Event) => this.onActivityToggle(a.id, 'reviewerIds', id, teamIds, e)} />
                  <label for=${inputId}>${teamIds.includes(id) ? name : format(t.notInTeam, { name })}</label>
                </li>`;
              })}
            </ul>`
          : html`<p class="muted">${t.reviewersNone}</p>`}
      </fieldset>
      <div class="field">
        <label for="activity-note">${t.noteField}</label>
        <p class="hint" id="activity-note-hint">${t.noteHint}</p>
        <textarea
          id="activity-note"
          class="short"
          maxlength="20000"
          .value=${a.note}
          aria-describedby=${this.fieldErrors.describedBy('activity-note', 'activity-note-hint')}
          @input=${(e: Event) => this.onActivityNote(a.id, e)}
        ></textarea>
        ${this.fieldErrors.render('activity-note')}
      </div>
      <div class="actions">
        <button type="button" class="primary" data-done @click=${() => this.closeEditor(a.id)}>${t.done}</button>
        <button type="button" @click=${() => this.removeActivity(a)}>${t.remove}<span class="visually-hidden"> ${this.rowContext(a)}</span></button>
      </div>
    </section>`;
  }

  /** Whose agreement the last change cleared: a whole sentence for each case. */
  private clearedText(cleared: { lead?: string; host?: string }): string {
    const t = this.strings.agreement;
    if (cleared.lead !== undefined && cleared.host !== undefined) return format(t.clearedBoth, { lead: cleared.lead, host: cleared.host });
    return cleared.lead !== undefined ? format(t.clearedLead, { name: cleared.lead }) : format(t.clearedHost, { name: cleared.host ?? this.strings.someone });
  }

  private renderCoverage(view: View) {
    const t = this.strings.plan;
    const lines = view.cycle.preReview.linesOfEnquiry;
    const missing = uncoveredLines(lines, view.cycle.preReview.evidencePlan);
    const number = new Map(lines.map((l, i) => [l.id, i + 1] as const));
    let body: TemplateResult;
    if (!lines.length) body = html`<p class="muted">${t.coverageNoLines}</p>`;
    else if (!missing.length) body = html`<p class="ok">${t.coverage}</p>`;
    else {
      body = html`<p>${t.coverageMissing}</p>
        <ul>
          ${missing.map((l) => html`<li><span>${format(this.strings.lines.lineShort, { n: number.get(l.id) ?? 0 })}:</span> <span class="user-text">${l.question}</span></li>`)}
        </ul>`;
    }
    return html`<div part="coverage" class=${missing.length ? 'coverage gaps' : 'coverage'}>
      ${body}
      ${view.mode === 'planning' && lines.length ? html`<p class="hint">${t.coverageHint}</p>` : nothing}
    </div>`;
  }

  private renderAgreement(view: View) {
    const t = this.strings.agreement;
    const { cycle, partnership } = view;
    const pre = cycle.preReview;
    const at = (iso: string | undefined) => (iso ? format(t.agreedOn, { date: this.instant(iso) }) : t.notYet);
    const hostSchool = this.schoolText(partnership, cycle.hostSchoolId);
    const leadParty = view.lead ? format(t.leadParty, { name: view.lead.name }) : t.leadPartyNone;
    const hostParty = view.hostHead ? format(t.hostParty, { school: hostSchool, name: view.hostHead.name }) : format(t.hostPartyNone, { school: hostSchool });
    const mine = view.party === 'lead' ? pre.agreedByLeadAt : view.party === 'host' ? pre.agreedByHostAt : undefined;
    const other = view.party === 'lead' ? { at: pre.agreedByHostAt, name: view.hostHead?.name } : { at: pre.agreedByLeadAt, name: view.lead?.name };
    const showButton = view.mode === 'planning' && view.party !== undefined && !mine;
    const both = pre.agreedByLeadAt && pre.agreedByHostAt;
    return html`<section part="agreement" aria-labelledby="agreement-title">
      <h3 id="agreement-title" tabindex="-1">${t.heading}</h3>
      ${view.mode === 'planning' ? html`<p class="hint">${format(t.intro, { school: view.hostName })}</p>` : nothing}
      ${view.mode === 'record'
        ? html`<p>${both ? format(t.agreedRecord, { date: this.instant([pre.agreedByLeadAt!, pre.agreedByHostAt!].sort().at(-1)!) }) : t.notAgreedRecord}</p>`
        : nothing}
      <ul class="parties">
        <li class=${pre.agreedByLeadAt ? 'agreed' : ''}>
          <span class="party">${leadParty}</span>: <span>${at(pre.agreedByLeadAt)}</span>
        </li>
        <li class=${pre.agreedByHostAt ? 'agreed' : ''}>
          <span class="party">${hostParty}</span>: <span>${at(pre.agreedByHostAt)}</span>
        </li>
      </ul>
      ${this.cleared && view.mode === 'planning' ? html`<p class="notice" id="agreement-cleared">${this.clearedText(this.cleared)}</p>` : nothing}
      ${view.mode === 'planning' && mine
        ? html`<p>
            ${other.at || other.name === undefined
              ? format(t.youAgreed, { date: this.instant(mine) })
              : format(t.youAgreedWaiting, { date: this.instant(mine), name: other.name })}
          </p>`
        : nothing}
      ${showButton
        ? html`${view.agree.allowed ? nothing : html`<p class="notice" id="agree-reason">${format(t.notPossible, { reason: view.agree.reason ?? '' })}</p>`}
            <button
              type="button"
              class="primary"
              id="agree"
              aria-disabled=${view.agree.allowed ? 'false' : 'true'}
              aria-describedby=${view.agree.allowed ? nothing : 'agree-reason'}
              @click=${() => this.agree()}
            >
              ${t.agree}
            </button>`
        : nothing}
    </section>`;
  }
}
