import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { findPerson, strengthsDirectory, visibleCycle, type Partnership, type StrengthOffer } from '@spp/core';
import { SppElement } from '../shared/spp-element';
import { format, yearText } from '../shared/strings';
import { CycleListController } from '../shared/cycle-list-controller';
import { plural, unreadableNotice } from '../shared/list-notices';
import { groupBySchool, offerMatches, searchWords, shortText } from './strengths-directory.helpers';
import { SppSupportSuggestedEvent } from './strengths-directory.events';
import { getStrengthsDirectoryStrings } from './strengths-directory.strings';
import { strengthsDirectoryStyles } from './strengths-directory.styles';

/** How long typing may pause before the number of results is announced. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * @summary The strengths schools in the partnership can share: strengths found by peer reviews
 * and agreed by the host schools (core's `strengthsDirectory`), searchable by words and grouped
 * by school, each with "Suggest this school" for brokering support in an improvement workshop.
 *
 * For anyone in the partnership; people outside it are told so and see nothing. Cycles are read
 * from the store with `store.list('cycle')` for the partnership and listed again whenever one
 * changes; each is first reduced to what the signed-in person may see (core's `visibleCycle`), so
 * only agreed strengths ever appear. The signed-in person's own school is marked "Your school".
 * A cycle record the store cannot read is named in a notice and left as it is.
 *
 * The search box filters as the person types (every word must appear in the strength, its school
 * or its sub-group; case and accents do not matter); the number found is shown, and announced
 * politely once typing pauses. "Suggest this school" changes nothing itself: it fires
 * `spp-support-suggested` so a workshop planner or the host page can offer that school as support
 * (core checks whatever is then saved, e.g. that support comes from another school).
 *
 * @slot - Nothing is slotted; the widget renders its own content.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart header - The heading and introduction.
 * @csspart notice - A message instead of the directory (not connected, not a member, loading, no strengths yet).
 * @csspart unreadable - The notice naming cycle records that could not be read.
 * @csspart search - The search box, its hint and the count of strengths found.
 * @csspart results - The strengths found, grouped by school.
 * @csspart school - One school's group of strengths; the signed-in person's own school also has the class `own`.
 * @csspart your-school - The "Your school" mark.
 * @csspart offer - One strength, its year and its "Suggest this school" button.
 * @csspart suggest-button - The "Suggest this school" button.
 *
 * @cssprop --spp-color-brand - The "Your school" mark and the accent of the person's own school.
 * @cssprop --spp-color-on-brand - Text on the "Your school" mark.
 * @cssprop --spp-color-text - Text colour.
 * @cssprop --spp-color-text-muted - Hints, sub-groups and years.
 * @cssprop --spp-color-surface - Background.
 * @cssprop --spp-color-surface-subtle - Background of each strength.
 * @cssprop --spp-color-border - Borders of controls.
 * @cssprop --spp-color-border-subtle - Borders of school groups and strengths.
 * @cssprop --spp-color-danger - Notices about unreadable records.
 * @cssprop --spp-color-warning-surface - Background of notices.
 * @cssprop --spp-color-focus - Focus outline.
 * @cssprop --spp-radius - Corner radius.
 * @cssprop --spp-font-family - Font family.
 * @cssprop --spp-font-size - Base font size.
 * @cssprop --spp-space - Base spacing unit.
 *
 * @event spp-support-suggested - "Suggest this school" was chosen: `event.detail` is `{ schoolId, findingId, cycleId }` (also `event.schoolId`, `event.findingId`, `event.cycleId`).
 */
export class SppStrengthsDirectory extends SppElement {
  static override styles = strengthsDirectoryStyles;

  /** The search words. The person types them; a page may set a starting search. */
  @property() query = '';

  /** The polite announcement of the number found (after typing pauses) or of a suggestion. */
  @state() private announcement = '';
  /** The offer last suggested (`cycleId/findingId`), marked "Suggested" beside its button. */
  @state() private suggested?: string;

  private readonly list = new CycleListController(this, () => ({ store: this.resolvedStore, partnership: this.resolvedPartnership }));
  private memo?: { key: unknown[]; offers: StrengthOffer[] };
  private announceTimer?: ReturnType<typeof setTimeout>;
  private focusAfterRender?: string;

  /** A read-only widget: no document of its own to save. */
  protected get documentState() {
    return undefined;
  }

  private get strings() {
    return getStrengthsDirectoryStrings(this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  /** The offers the signed-in person may see: core's directory of the cycles as `visibleCycle` gives them. */
  private offers(partnership: Partnership, actorId: string): StrengthOffer[] {
    const key = [this.list.cycles, partnership, actorId];
    if (this.memo && this.memo.key.every((k, i) => k === key[i])) return this.memo.offers;
    const visible = this.list.cycles.map((cycle) => visibleCycle(cycle, { id: actorId }, partnership));
    const offers = strengthsDirectory(visible, partnership);
    this.memo = { key, offers };
    return offers;
  }

  private found(offers: readonly StrengthOffer[], partnership: Partnership, words: readonly string[]): StrengthOffer[] {
    return offers.filter((o) => offerMatches(o, partnership.schools.find((s) => s.id === o.schoolId), words));
  }

  override render() {
    const t = this.strings;
    return html`<div part="base">
      <header part="header">
        <h2>${t.heading}</h2>
        <p>${t.intro}</p>
      </header>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody() {
    const t = this.strings;
    const partnership = this.resolvedPartnership;
    const actor = this.resolvedActor;
    if (!partnership || !this.resolvedStore) return html`<p part="notice" class="notice">${t.notConnected}</p>`;
    if (!actor) return html`<p part="notice" class="notice">${format(t.notSignedIn, { partnership: partnership.name })}</p>`;
    const person = findPerson(partnership, actor.id);
    if (!person) return html`<p part="notice" class="notice error" role="alert">${format(t.notMember, { partnership: partnership.name })}</p>`;
    if (this.list.state === 'error') {
      return html`<div part="notice" class="notice error" role="alert">
        <p>${format(t.listFailed, { reason: this.list.error?.message ?? '' })}</p>
        <button type="button" @click=${() => void this.list.reload()}>${t.tryAgain}</button>
      </div>`;
    }
    if (this.list.state !== 'ready') return html`<p part="notice" role="status">${t.loading}</p>`;

    const offers = this.offers(partnership, actor.id);
    if (!offers.length) {
      return html`${unreadableNotice(this.list.unreadable, t.unreadable)}
        <p part="notice" class="notice" data-empty>${t.empty}</p>`;
    }
    const words = searchWords(this.query);
    const found = this.found(offers, partnership, words);
    const groups = groupBySchool(found, partnership);
    return html`${unreadableNotice(this.list.unreadable, t.unreadable)} ${this.renderSearch(found.length, groups.length, words.length > 0)}
      <div part="results" class="results">${repeat(groups, (g) => g.schoolId, (g) => this.renderSchool(g, person.schoolId))}</div>`;
  }

  private countText(found: number, schools: number, searching: boolean): string {
    const t = this.strings.count;
    const schoolsText = plural(t.schools, schools);
    return plural(searching ? t.found : t.all, found, { schools: schoolsText, query: this.query.trim() });
  }

  private renderSearch(found: number, schools: number, searching: boolean) {
    const t = this.strings.search;
    return html`<div part="search" class="search">
      <label for="search">${t.label}</label>
      <p id="search-hint" class="hint">${t.hint}</p>
      <div class="search-row">
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${live(this.query)}
          @input=${this.onInput}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault()}
        />
        ${searching ? html`<button type="button" data-clear-search @click=${this.clearSearch}>${t.clear}</button>` : nothing}
      </div>
      <p class="count" data-count>${this.countText(found, schools, searching)}</p>
      ${searching && found === 0 ? html`<p class="hint" data-no-results>${t.noResults}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" data-announce>${this.announcement}</p>
    </div>`;
  }

  private onInput = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.scheduleAnnouncement();
  };

  private clearSearch = () => {
    this.query = '';
    this.focusAfterRender = '#search';
    this.scheduleAnnouncement();
  };

  /** Announces the number found once typing pauses, not at every key. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const partnership = this.resolvedPartnership;
      const actor = this.resolvedActor;
      if (!partnership || !actor) return;
      const words = searchWords(this.query);
      const found = this.found(this.offers(partnership, actor.id), partnership, words);
      this.announcement = this.countText(found.length, new Set(found.map((o) => o.schoolId)).size, words.length > 0);
    }, ANNOUNCE_DELAY_MS);
  }

  private renderSchool(group: ReturnType<typeof groupBySchool>[number], ownSchoolId: string | undefined) {
    const t = this.strings.school;
    const own = group.schoolId === ownSchoolId;
    const headingId = `school-${group.schoolId}`;
    return html`<section part="school" class=${own ? 'school own' : 'school'} aria-labelledby=${headingId} data-school=${group.schoolId}>
      <h3 id=${headingId}>
        <span class="school-name">${group.schoolName}</span>
        ${own ? html`<span part="your-school" class="your-school" data-your-school>${t.yourSchool}</span>` : nothing}
      </h3>
      <p class="hint">${group.school?.group ? html`${group.school.group} · ` : nothing}${plural(t.offers, group.offers.length)}</p>
      <ul class="offers">
        ${repeat(group.offers, (o) => `${o.cycleId}/${o.findingId}`, (o) => this.renderOffer(o))}
      </ul>
    </section>`;
  }

  private renderOffer(offer: StrengthOffer) {
    const t = this.strings.offer;
    return html`<li part="offer" class="offer" data-cycle=${offer.cycleId} data-finding=${offer.findingId}>
      <p class="user-text offer-text">${offer.text}</p>
      <p class="hint year">${format(t.agreedIn, { year: yearText(offer.academicYear) })}</p>
      <button type="button" part="suggest-button" data-suggest @click=${() => this.suggest(offer)}>
        ${t.suggest}<span class="visually-hidden">${format(t.suggestFor, { school: offer.schoolName, strength: shortText(offer.text) })}</span>
      </button>
      ${this.suggested === `${offer.cycleId}/${offer.findingId}` ? html`<span class="suggested" data-suggested>${t.suggestedMark}</span>` : nothing}
    </li>`;
  }

  private suggest(offer: StrengthOffer): void {
    clearTimeout(this.announceTimer);
    this.suggested = `${offer.cycleId}/${offer.findingId}`;
    this.announcement = format(this.strings.offer.suggested, { school: offer.schoolName, strength: shortText(offer.text) });
    // Made first, then dispatched: the manifest takes the event from the JSDoc above, once.
    const event = new SppSupportSuggestedEvent({ schoolId: offer.schoolId, findingId: offer.findingId, cycleId: offer.cycleId });
    this.dispatchEvent(event);
  }
}
