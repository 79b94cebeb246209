import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { TEXT_MAX_LENGTH, can, isPartnershipLead, type Actor, type Decision, type Partnership, type PartnershipEdit } from '@spp/core';
import type { DocumentController, DocumentSource, StoredDoc } from '../shared/document-controller';
import { SppElement } from '../shared/spp-element';
import { format, yearText } from '../shared/strings';
import { PartnershipController, partnershipModel } from './partnership-goals.controller';
import { AGREEMENTS, GOAL_FIELDS, safeHref, type AgreementKey, type GoalField } from './partnership-goals.helpers';
import { longDate } from '../shared/dates';
import { partnershipGoalsStrings } from './partnership-goals.strings';
import { partnershipGoalsStyles } from './partnership-goals.styles';

type Strings = ReturnType<typeof partnershipGoalsStrings>;

/** Everything one render needs, worked out once. */
interface View {
  partnership: Partnership;
  actor?: Actor;
  decision: Decision;
}

/**
 * @summary The partnership's goals for the year, agreed at the Getting Started workshop (our main
 * goal, what we want to get better at, our main concern, what we are confident in, anything else,
 * and the date they were agreed), and its agreements: the memorandum of understanding and the
 * data-sharing agreement, each with the date agreed, a link to the signed document and a note.
 *
 * Works on the `partnership` document itself (the partnership given to the widget or its
 * provider, read from the store by its id). Every change goes through core's
 * `applyPartnershipEdit`, checked against the role rules of the stored partnership, and is saved
 * as the person types. Only the partnership lead may change anything; everyone else reads the
 * goals and agreements as a document, with core's reason.
 *
 * Document links are kept only when core accepts them (web addresses); a link is rendered only when
 * it is an http(s) address, so a typed `javascript:` address never becomes a link. While an address
 * is being typed it stays in its field; when the field is left with an address core refuses,
 * core's reason is shown next to it and in the alert region.
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart header - Title, the partnership's name and year, introduction and the read-only notice.
 * @csspart read-only-notice - Why this person can read but not change the goals and agreements.
 * @csspart goals - The Getting Started goals.
 * @csspart goal - One goal (label, hint and text).
 * @csspart agreements - The two agreements.
 * @csspart agreement - One agreement (memorandum of understanding or data-sharing agreement).
 * @csspart document-link - The link to a signed document.
 * @csspart save-state - The save-state live region and its retry / conflict buttons.
 * @csspart refused-change - A change the shared server did not accept: its reason, the text it carried, and a button to dismiss it.
 * @csspart refusal - The alert region showing why core refused a change.
 *
 * @cssprop --spp-color-brand - Brand colour: links and focus of chosen fields (defaults to Fluent `--colorBrandBackground`).
 * @cssprop --spp-color-brand-hover - Primary button hover colour.
 * @cssprop --spp-color-on-brand - Text on the brand colour.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints and empty answers.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of the agreements.
 * @cssprop --spp-color-border - Borders of controls.
 * @cssprop --spp-color-border-subtle - Borders of sections.
 * @cssprop --spp-color-danger - Errors and refusals.
 * @cssprop --spp-color-warning-surface - Background of notices.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family (defaults to Fluent `--fontFamilyBase`).
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 * @cssprop --spp-partnership-goals-gap - Space between goals and sections (default twice `--spp-space`).
 *
 * @event spp-refused - Core refused a change; `event.refusal.reason` says why.
 * @event spp-save-state - The save state changed (`unsaved`, `saving`, `saved`, `queued` (kept on this device until the connection is back), `failed`, `conflict`); `event.state`, `event.error`.
 */
export class SppPartnershipGoals extends SppElement {
  static override styles = partnershipGoalsStyles;

  private readonly partnershipState = new PartnershipController(this, () => this.source());

  /** Document addresses typed but not (yet) accepted by core, kept in their field. */
  @state() private linkDrafts: Partial<Record<AgreementKey, string>> = {};
  /** Core's reason for refusing an address, shown next to its field. */
  @state() private linkErrors: Partial<Record<AgreementKey, string>> = {};

  protected get documentState() {
    return this.partnershipState as unknown as DocumentController<StoredDoc, unknown>;
  }

  private source(): DocumentSource {
    const base = this.baseSource();
    return { ...base, id: base.partnership?.id };
  }

  // --- Rendering -----------------------------------------------------------------------------

  protected override render() {
    const t = partnershipGoalsStrings(this.locale);
    const loading = this.renderLoadState();
    const view = loading ? undefined : this.view();
    return html`<div part="base" @input=${this.onInput} @change=${this.onChange}>
      ${this.renderHeader(view, t)} ${loading ?? nothing}
      <div class="status">${this.renderRefusal()} ${this.renderSaveState()}</div>
      ${view ? html`${this.renderGoals(view, t)} ${this.renderAgreements(view, t)}` : nothing}
    </div>`;
  }

  protected override renderLoadState() {
    const t = partnershipGoalsStrings(this.locale);
    if (this.partnershipState.loadState === 'idle') {
      const actor = this.resolvedActor;
      const partnership = this.resolvedPartnership;
      // The shared message covers someone who is not in the partnership; otherwise say what is missing.
      const stranger = actor && partnership && !partnership.people.some((p) => p.id === actor.id);
      if (!stranger) return html`<p class="notice">${t.notConnected}</p>`;
    }
    return super.renderLoadState(format(t.missing, { id: this.source().id ?? '' }));
  }

  private view(): View | undefined {
    const partnership = this.partnershipState.partnershipDoc;
    if (!partnership) return undefined;
    const actor = this.resolvedActor;
    // Core decides, against the stored partnership: the one whose goals these are.
    const decision: Decision = actor
      ? can(actor, 'edit-partnership', null, partnership, undefined, this.locale)
      : { allowed: false, rule: 'member-of-partnership', reason: partnershipGoalsStrings(this.locale).signedOut };
    return { partnership, ...(actor ? { actor } : {}), decision };
  }

  private renderHeader(view: View | undefined, t: Strings) {
    const p = view?.partnership;
    const lead = p?.people.find(isPartnershipLead);
    return html`<div part="header" class="header">
      <h2>${t.title}</h2>
      ${p ? html`<p class="subtitle">${format(t.subtitle, { partnership: p.name, year: yearText(p.academicYear) })}</p>` : nothing}
      <p>${t.intro}${view?.decision.allowed ? ` ${t.savedAsYouGo}` : ''}</p>
      ${view && !view.decision.allowed
        ? html`<div class="notice" part="read-only-notice">
            <p><strong>${t.readOnlyTitle}</strong></p>
            <p>${view.decision.reason}${lead ? html` ${format(t.keptBy, { name: lead.name })}` : nothing}</p>
          </div>`
        : nothing}
    </div>`;
  }

  private renderGoals(view: View, t: Strings) {
    const { goals, academicYear } = view.partnership;
    const editable = view.decision.allowed;
    const agreedOn = goals.agreedOn;
    return html`<section part="goals" aria-labelledby="goals-title">
      <h3 id="goals-title">${format(t.goalsTitle, { year: yearText(academicYear) })}</h3>
      <p class="muted">${t.goalsIntro}</p>
      ${editable
        ? html`<div class="fields">
            ${GOAL_FIELDS.map((field) => this.renderGoalField(field, goals[field], t))}
            <div class="field date-field">
              <label for="goals-agreed-on">${t.goalsAgreedOn}</label>
              <input
                type="date"
                id="goals-agreed-on"
                data-goal="agreedOn"
                aria-describedby=${agreedOn ? 'goals-agreed-on-shown' : nothing}
                .value=${live(agreedOn ?? '')}
              />
              ${this.renderDateShown('goals-agreed-on', agreedOn, t)}
            </div>
          </div>`
        : html`<dl class="goal-list">
            ${GOAL_FIELDS.map(
              (field) => html`<div class="goal" part="goal">
                <dt>${t.fields[field].label}</dt>
                <dd class="user-text">${goals[field].trim() ? goals[field] : html`<span class="muted">${t.notWritten}</span>`}</dd>
              </div>`,
            )}
            <div class="goal" part="goal">
              <dt>${t.goalsAgreedOn}</dt>
              <dd>${agreedOn ? this.renderDate(agreedOn) : html`<span class="muted">${t.notRecorded}</span>`}</dd>
            </div>
          </dl>`}
    </section>`;
  }

  /** A calendar date in the widget's locale. */
  private renderDate(iso: string) {
    return html`<time datetime=${iso}>${longDate(iso, this.locale)}</time>`;
  }

  /**
   * Under a date box, whose format follows the browser's language rather than the widget's: the
   * date chosen, in the widget's locale (on screen); in print, the date or "not recorded".
   */
  private renderDateShown(fieldId: string, iso: string | undefined, t: Strings) {
    return iso
      ? html`<p class="hint" id=${`${fieldId}-shown`}>${format(t.dateShown, { date: longDate(iso, this.locale, { weekday: true }) })}</p>
          <p class="print-only">${this.renderDate(iso)}</p>`
      : html`<p class="print-only">${t.notRecorded}</p>`;
  }

  private renderGoalField(field: GoalField, value: string, t: Strings) {
    const id = `goal-${field}`;
    return html`<div class="field" part="goal">
      <label for=${id}>${t.fields[field].label}</label>
      <p class="hint" id=${`${id}-hint`}>${t.fields[field].hint}</p>
      <textarea id=${id} data-goal=${field} maxlength=${TEXT_MAX_LENGTH} aria-describedby=${`${id}-hint`} .value=${live(value)}></textarea>
      <p class="print-only user-text">${value}</p>
    </div>`;
  }

  private renderAgreements(view: View, t: Strings) {
    return html`<section part="agreements" aria-labelledby="agreements-title">
      <h3 id="agreements-title">${t.agreementsTitle}</h3>
      <p class="muted">${t.agreementsIntro}</p>
      <div class="agreement-list">${AGREEMENTS.map((key) => (view.decision.allowed ? this.renderAgreementForm(view, key, t) : this.renderAgreementText(view, key, t)))}</div>
    </section>`;
  }

  private renderDocumentLink(url: string | undefined, key: AgreementKey, t: Strings) {
    const href = safeHref(url);
    if (href) {
      return html`<a part="document-link" href=${href} target="_blank" rel="noopener noreferrer"
        >${t.agreements[key].open}<span class="visually-hidden"> ${t.opensNewTab}</span></a
      >`;
    }
    // Core only stores web addresses; anything else is shown as text, never as a link.
    if (url) return html`<span class="muted">${t.linkNotShown}</span> <span class="user-text">${url}</span>`;
    return html`<span class="muted">${t.noDocument}</span>`;
  }

  private renderAgreementForm(view: View, key: AgreementKey, t: Strings) {
    const agreement = view.partnership[key];
    const id = `agreement-${key}`;
    const draft = this.linkDrafts[key];
    const error = this.linkErrors[key];
    const pending = draft !== undefined && !error;
    const describedBy = [`${id}-url-hint`, error ? `${id}-url-error` : pending ? `${id}-url-pending` : ''].filter(Boolean).join(' ');
    return html`<fieldset class="agreement" part="agreement" data-agreement-block=${key}>
      <legend><h4>${t.agreements[key].title}</h4></legend>
      <div class="field date-field">
        <label for=${`${id}-agreed-on`}>${t.agreedOn}</label>
        <input
          type="date"
          id=${`${id}-agreed-on`}
          data-agreement=${key}
          data-field="agreedOn"
          aria-describedby=${agreement.agreedOn ? `${id}-agreed-on-shown` : nothing}
          .value=${live(agreement.agreedOn ?? '')}
        />
        ${this.renderDateShown(`${id}-agreed-on`, agreement.agreedOn, t)}
      </div>
      <div class="field">
        <label for=${`${id}-url`}>${t.documentUrl}</label>
        <p class="hint" id=${`${id}-url-hint`}>${t.documentUrlHint}</p>
        <input
          type="url"
          id=${`${id}-url`}
          data-agreement=${key}
          data-field="documentUrl"
          autocomplete="url"
          maxlength="2000"
          spellcheck="false"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${live(draft ?? agreement.documentUrl ?? '')}
        />
        ${error ? html`<p class="error field-error" id=${`${id}-url-error`}>${format(t.linkRefused, { reason: error })}</p>` : nothing}
        ${pending ? html`<p class="muted" id=${`${id}-url-pending`}>${t.linkPending}</p>` : nothing}
        ${agreement.documentUrl ? html`<p class="saved-link">${this.renderDocumentLink(agreement.documentUrl, key, t)}</p>` : nothing}
      </div>
      <div class="field">
        <label for=${`${id}-note`}>${t.note}</label>
        <p class="hint" id=${`${id}-note-hint`}>${t.noteHint}</p>
        <textarea id=${`${id}-note`} class="short" data-agreement=${key} data-field="note" maxlength=${TEXT_MAX_LENGTH} aria-describedby=${`${id}-note-hint`} .value=${live(agreement.note)}></textarea>
        <p class="print-only user-text">${agreement.note}</p>
      </div>
    </fieldset>`;
  }

  private renderAgreementText(view: View, key: AgreementKey, t: Strings) {
    const agreement = view.partnership[key];
    return html`<section class="agreement" part="agreement" aria-labelledby=${`agreement-${key}-title`}>
      <h4 id=${`agreement-${key}-title`}>${t.agreements[key].title}</h4>
      <dl>
        <dt>${t.agreedOn}</dt>
        <dd>${agreement.agreedOn ? this.renderDate(agreement.agreedOn) : html`<span class="muted">${t.notRecorded}</span>`}</dd>
        <dt>${t.documentUrl}</dt>
        <dd>${this.renderDocumentLink(agreement.documentUrl, key, t)}</dd>
        <dt>${t.note}</dt>
        <dd class="user-text">${agreement.note.trim() ? agreement.note : html`<span class="muted">${t.noNote}</span>`}</dd>
      </dl>
    </section>`;
  }

  // --- Edits (delegated: one listener for every field) ---------------------------------------

  private edit(edit: PartnershipEdit) {
    return this.partnershipState.edit(edit);
  }

  private readonly onInput = (e: Event) => {
    const target = e.target;
    if (target instanceof HTMLTextAreaElement) {
      const goal = target.dataset['goal'] as GoalField | undefined;
      const agreement = target.dataset['agreement'] as AgreementKey | undefined;
      if (goal && (GOAL_FIELDS as readonly string[]).includes(goal)) this.edit({ type: 'SET_GOALS', [goal]: target.value });
      else if (agreement && target.dataset['field'] === 'note') this.edit({ type: 'SET_AGREEMENT', agreement, note: target.value });
    } else if (target instanceof HTMLInputElement && target.dataset['field'] === 'documentUrl') {
      this.typeLink(target.dataset['agreement'] as AgreementKey, target.value);
    }
  };

  private readonly onChange = (e: Event) => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement)) return;
    const agreement = target.dataset['agreement'] as AgreementKey | undefined;
    if (target.type === 'date') {
      const refused =
        target.dataset['goal'] === 'agreedOn'
          ? this.edit({ type: 'SET_GOALS', agreedOn: target.value })
          : agreement
            ? this.edit({ type: 'SET_AGREEMENT', agreement, agreedOn: target.value })
            : undefined;
      // A refused date is put back as recorded, so what is shown is what is saved.
      if (refused) this.requestUpdate();
    } else if (agreement && target.dataset['field'] === 'documentUrl') {
      this.commitLink(agreement, target.value);
    }
  };

  /**
   * As an address is typed it is saved whenever core accepts it; until then it is kept in its
   * field (a half-typed address is not an error yet).
   */
  private typeLink(key: AgreementKey, value: string): void {
    const doc = this.partnershipState.partnershipDoc;
    const actor = this.resolvedActor;
    if (!doc || !actor || !AGREEMENTS.includes(key)) return;
    this.linkErrors = { ...this.linkErrors, [key]: undefined };
    if (value === (doc[key].documentUrl ?? '')) {
      this.linkDrafts = { ...this.linkDrafts, [key]: undefined };
      return;
    }
    const edit: PartnershipEdit = { type: 'SET_AGREEMENT', agreement: key, documentUrl: value };
    // Asks core (without reporting a refusal) whether the address as typed so far can be kept.
    const accepted = partnershipModel.apply(doc, edit, { actor, partnership: doc, now: new Date().toISOString() }).ok;
    if (accepted && !this.edit(edit)) this.linkDrafts = { ...this.linkDrafts, [key]: undefined };
    else this.linkDrafts = { ...this.linkDrafts, [key]: value };
  }

  /** Leaving the field with an address core has not accepted: core's refusal is shown. */
  private commitLink(key: AgreementKey, value: string): void {
    const doc = this.partnershipState.partnershipDoc;
    if (!doc || this.linkDrafts[key] === undefined) return;
    if (value === (doc[key].documentUrl ?? '')) {
      this.linkDrafts = { ...this.linkDrafts, [key]: undefined };
      return;
    }
    const refusal = this.edit({ type: 'SET_AGREEMENT', agreement: key, documentUrl: value });
    if (refusal) {
      this.linkDrafts = { ...this.linkDrafts, [key]: value };
      this.linkErrors = { ...this.linkErrors, [key]: refusal.reason };
    } else {
      this.linkDrafts = { ...this.linkDrafts, [key]: undefined };
    }
  }
}
