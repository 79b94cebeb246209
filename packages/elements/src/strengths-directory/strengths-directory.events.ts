/** The event `<spp-strengths-directory>` adds to the shared ones (shared/events.ts). */

/** Which offer was suggested: the school, the agreed finding (a strength) and the cycle it is in. */
export interface SupportSuggestion {
  schoolId: string;
  findingId: string;
  /** Finding ids are unique within one cycle: together they name the strength exactly. */
  cycleId: string;
}

/**
 * Someone chose "Suggest this school" for a strength in the directory: a workshop planner or the
 * host page can offer that school as support (e.g. as an action's support school). The directory
 * itself changes nothing; whatever the page does with it is checked by core as usual.
 */
export class SppSupportSuggestedEvent extends Event {
  static readonly type = 'spp-support-suggested';
  readonly detail: Readonly<SupportSuggestion>;
  constructor(suggestion: SupportSuggestion) {
    super(SppSupportSuggestedEvent.type, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...suggestion });
  }
  get schoolId(): string {
    return this.detail.schoolId;
  }
  get findingId(): string {
    return this.detail.findingId;
  }
  get cycleId(): string {
    return this.detail.cycleId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'spp-support-suggested': SppSupportSuggestedEvent;
  }
}
