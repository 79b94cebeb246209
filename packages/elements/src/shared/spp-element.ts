/**
 * The bases of every widget. `SppElement` takes the store, actor, partnership and framework from
 * its own properties or, failing those, from the nearest `<spp-provider>`, and renders the shared
 * save-state, refusal and load-error regions for its document. `SppCycleElement` adds one review
 * cycle, edited through core's state machine.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  DEFAULT_FRAMEWORK,
  can,
  explainRefusal,
  createStore,
  memoryAdapter,
  tailorFramework,
  WrongPartnershipError,
  type Actor,
  type Cycle,
  type CycleEvent,
  type FrameworkPack,
  type Partnership,
  type PolicyAction,
  type Refusal,
  type Store,
  type TailoredFramework,
} from '@spp/core';
import { sppContext, type SppContextValue } from './context';
import { CycleController } from './cycle-controller';
import { textOfEdit, type DocumentController, type DocumentNotice, type DocumentSource, type StoredDoc } from './document-controller';
import { LocaleController } from './locale-controller';
import { format, getCommonStrings, onStringsChange } from './strings';

export abstract class SppElement extends LitElement {
  /** The store records are read from and saved to. Defaults to the provider's store. */
  @property({ attribute: false }) store?: Store;
  /** Who is using the widget. Only the id is used: roles come from the partnership. */
  @property({ attribute: false }) actor?: Actor;
  /** Shortcut for `actor`: the id of the signed-in person. */
  @property({ attribute: 'actor-id' }) actorId?: string;
  @property({ attribute: false }) partnership?: Partnership;
  /** The framework pack; defaults to the SPP default pack, tailored by the partnership. */
  @property({ attribute: false }) framework?: FrameworkPack;

  @consume({ context: sppContext, subscribe: true })
  @state()
  protected context?: SppContextValue;

  private stopStrings?: () => void;
  /** The widget's language: its own `lang`, an ancestor's, `<html lang>`, en-GB (loaded on demand). */
  protected readonly localeState = new LocaleController(this);
  /** The locale the widget renders in, and passes to core. */
  protected get locale(): string {
    return this.localeState.locale;
  }

  /** The controller of the document this widget edits, for the shared status regions (none for read-only widgets). */
  protected abstract get documentState(): DocumentController<StoredDoc, unknown> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopStrings = onStringsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStrings?.();
  }

  protected baseSource(): Omit<DocumentSource, 'id'> {
    const ctx = this.context ?? {};
    const actorId = this.actor?.id ?? this.actorId;
    return {
      store: this.store ?? ctx.store,
      actor: actorId ? { id: actorId } : ctx.actor,
      partnership: this.partnership ?? ctx.partnership,
      locale: this.locale,
    };
  }

  protected get resolvedActor(): Actor | undefined {
    return this.baseSource().actor;
  }
  protected get resolvedPartnership(): Partnership | undefined {
    return this.baseSource().partnership;
  }
  protected get resolvedStore(): Store | undefined {
    return this.baseSource().store;
  }

  private tailored?: { pack: FrameworkPack; partnership: Partnership; locale: string; result: TailoredFramework };
  /** The framework as this partnership has tailored it. */
  protected get tailoredFramework(): TailoredFramework | undefined {
    const partnership = this.resolvedPartnership;
    if (!partnership) return undefined;
    const pack = this.framework ?? this.context?.framework ?? DEFAULT_FRAMEWORK;
    const locale = this.locale;
    if (this.tailored?.pack === pack && this.tailored.partnership === partnership && this.tailored.locale === locale) return this.tailored.result;
    // In the widget's locale: the pack's own text (areas, aims, questions) when core has it.
    const result = tailorFramework(pack, partnership.tailoring, { locale });
    this.tailored = { pack, partnership, locale, result };
    return result;
  }

  /** Resolves once every edit made so far is saved (or the save failed). */
  flush(): Promise<void> {
    return this.documentState?.flush() ?? Promise.resolve();
  }

  /**
   * The save-state live region: announced politely as it changes. Failures and conflicts are
   * also shown with their way out (retry, keep mine, use theirs).
   */
  protected renderSaveState() {
    const t = getCommonStrings(this.locale);
    const c = this.documentState;
    if (!c) return nothing;
    const text =
      c.saveState === 'saving'
        ? t.saving
        : c.saveState === 'queued' || (c.saveState === 'idle' && c.queued)
          ? c.queued === 'held'
            ? t.queuedHeld
            : c.waiting
              ? (c.signedOut ? t.waitingSignedOut : t.waitingToSend)(c.waiting)
              : t.queued
          : c.saveState === 'saved'
            ? t.saved
          : c.saveState === 'unsaved'
            ? t.unsaved
            : c.saveState === 'failed'
              ? format(t.saveFailed, { reason: c.error?.message ?? '' })
              : c.saveState === 'conflict'
                ? t.conflict
                : '';
    return html`<div class="save-state ${c.saveState}${c.queued ? ' queued' : ''}" part="save-state">
      <p role="status" aria-live="polite" class=${c.saveState === 'failed' || c.saveState === 'conflict' || c.queued === 'held' ? 'error' : 'muted'}>${text}</p>
      ${c.saveState === 'failed' && !(c.error instanceof WrongPartnershipError) ? html`<button type="button" @click=${() => void c.retry()}>${t.retry}</button>` : nothing}
      ${c.saveState === 'queued' && c.queued === 'held' && c.canResolveHeld
        ? html`<p class="muted">${t.heldChoose}</p>
            <button type="button" @click=${() => void c.resolveHeld('keep-mine')}>${t.sendMine}</button>
            <button type="button" @click=${() => void c.resolveHeld('use-theirs')}>${t.useServerVersion}</button>`
        : nothing}
      ${c.saveState === 'conflict'
        ? html`<button type="button" @click=${() => void c.keepMine()}>${t.keepMine}</button>
            <button type="button" @click=${() => c.useTheirs()}>${t.useTheirs}</button>`
        : nothing}
      ${c.notice ? html`<p class="muted" role="status">${this.noticeText(c.notice)}</p>` : nothing}
      ${c.refusedCommands.map(
        (refused) => html`<div class="notice error" part="refused-change" role="alert">
          <p><strong>${t.refusedTitle}</strong></p>
          <p>${format(t.refusedReason, { reason: explainRefusal(refused.refusal, this.locale) })}</p>
          <ul>
            ${textOfEdit(refused.event).map((text) => html`<li class="user-text">${text}</li>`)}
          </ul>
          <button type="button" @click=${() => void c.dismissRefused(refused.commandId)}>${t.dismissRefused}</button>
        </div>`,
      )}
      ${c.dropped.length
        ? html`<details class="notice" part="dropped-text">
            <summary>${t.droppedTitle}</summary>
            <p>${t.droppedHelp}</p>
            <ul>
              ${c.dropped.flatMap((d) => d.text.map((text) => html`<li class="user-text">${text}</li>`))}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }

  /** A document's one-off note, worded in the widget's locale. */
  protected noticeText(notice: DocumentNotice): string {
    const t = getCommonStrings(this.locale);
    return notice.kind === 'restored' ? t.restored(notice.count) : t.dropped(notice.count, { reason: explainRefusal(notice.refusal, this.locale) });
  }

  /** The last refusal from core, in an alert region so it is announced at once. */
  protected renderRefusal() {
    const refusal = this.documentState?.refusal;
    return html`<div role="alert" part="refusal" class=${refusal ? 'notice error' : ''}>
      ${refusal ? format(getCommonStrings(this.locale).refused, { reason: explainRefusal(refusal, this.locale) }) : nothing}
    </div>`;
  }

  /** Loading, missing and unreadable states; returns `undefined` when the document is ready. */
  protected renderLoadState(missingMessage?: string) {
    const t = getCommonStrings(this.locale);
    const c = this.documentState;
    if (!c || (c.loadState === 'ready' && c.doc)) return undefined;
    if (c.loadState === 'loading') return html`<p role="status">${t.loading}</p>`;
    if (c.loadState === 'missing') return html`<p class="notice error" role="alert">${missingMessage ?? t.missingRecord}</p>`;
    if (c.loadState === 'error') {
      const message = (c.error as { code?: string } | undefined)?.code === 'wrong-partnership' ? t.otherPartnership : format(t.unreadable, { reason: c.error?.message ?? '' });
      return html`<p class="notice error" role="alert">${message}</p>`;
    }
    const actor = this.resolvedActor;
    const partnership = this.resolvedPartnership;
    if (actor && partnership && !partnership.people.some((p) => p.id === actor.id)) return html`<p class="notice error" role="alert">${t.notYourCycle}</p>`;
    return html`<p class="notice">${t.notConnected}</p>`;
  }
}

export abstract class SppCycleElement extends SppElement {
  /** The review cycle to show. */
  @property({ attribute: 'cycle-id' }) cycleId?: string;
  /**
   * A cycle object to work on without a store: edits are kept in memory and reported through
   * `spp-cycle-change` so the host application can save them itself.
   */
  @property({ attribute: false }) cycle?: Cycle;

  protected readonly cycleState = new CycleController(this, () => this.source());
  private standalone?: { cycle: Cycle; store: Store };

  protected get documentState() {
    return this.cycleState as unknown as DocumentController<StoredDoc, unknown>;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cycle') && this.cycle && !this.store && this.standalone?.cycle !== this.cycle) {
      const store = createStore(memoryAdapter({ initial: { [`cycle/${this.cycle.id}`]: this.cycle } }));
      this.standalone = { cycle: this.cycle, store };
    }
  }

  private source(): DocumentSource {
    const base = this.baseSource();
    return {
      ...base,
      store: this.store ?? this.standalone?.store ?? base.store,
      id: this.cycleId ?? this.standalone?.cycle.id ?? this.context?.cycleId,
    };
  }

  /** Asks core whether the current actor may take `action` on the current cycle. */
  protected may(action: PolicyAction): boolean {
    const { cycle } = this.cycleState;
    const actor = this.resolvedActor;
    const partnership = this.resolvedPartnership;
    return Boolean(cycle && actor && partnership && can(actor, action, cycle, partnership, undefined, this.locale).allowed);
  }

  /** The reason core gives for refusing `action`, or `undefined` when allowed. */
  protected whyNot(action: PolicyAction): string | undefined {
    const { cycle } = this.cycleState;
    const actor = this.resolvedActor;
    const partnership = this.resolvedPartnership;
    if (!cycle || !actor || !partnership) return getCommonStrings(this.locale).notConnected;
    const decision = can(actor, action, cycle, partnership, undefined, this.locale);
    return decision.allowed ? undefined : decision.reason;
  }

  protected send(event: CycleEvent): Refusal | undefined {
    return this.cycleState.send(event);
  }

  protected override renderLoadState() {
    return super.renderLoadState(format(getCommonStrings(this.locale).missingCycle, { id: this.source().id ?? '' }));
  }
}
