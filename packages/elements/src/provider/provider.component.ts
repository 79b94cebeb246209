import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createStore, indexedDbAdapter, memoryAdapter, type Actor, type FrameworkPack, type Partnership, type Store } from '@spp/core';
import { sppContext, type SppContextValue } from '../shared/context';
import { format, onStringsChange } from '../shared/strings';
import { aliases } from '../shared/styles';
import { providerStrings } from './provider.strings';

/** Why the widgets inside have no partnership; its text is chosen when rendering (strings may change). */
type LoadProblem = { kind: 'missing' | 'no-store-yet'; id: string } | { kind: 'failed'; message: string };

/**
 * @summary Supplies the store, the signed-in person, the partnership and the current cycle to
 * every SPP widget inside it.
 *
 * Give it a `store` (any `@spp/core` Store: the browser's IndexedDB by default, or your own
 * adapter), the signed-in person (`actor-id`), and the partnership (the `partnership` property,
 * or `partnership-id` to load it from the store). Widgets inside read these unless they are given
 * their own.
 *
 * A `store` set later (as a page's own module does after a script-tag bundle has upgraded the
 * widgets), or a new `partnership-id`, wins over any answer still on its way for the earlier one.
 *
 * @slot - The widgets that share this context.
 * @csspart error - The message shown when the partnership cannot be loaded, or while no `store`
 * has been given and the built-in store does not have it.
 *
 * @cssprop --spp-color-brand - Brand colour (defaults to Fluent `--colorBrandBackground`).
 * @cssprop --spp-font-family - Font family (defaults to Fluent `--fontFamilyBase`).
 */
export class SppProvider extends LitElement {
  // Only the aliases: the provider wraps the page's own content, whose inherited styles are the page's.
  static override styles = [
    aliases,
    css`
      :host {
        display: contents;
      }
      :host([hidden]) {
        display: none;
      }
      [part='error'] {
        display: block;
        font-family: var(--_font);
        font-size: var(--_font-size);
        padding: 8px;
        border: 1px solid var(--_danger);
        color: var(--_danger);
      }
    `,
  ];

  /** The store widgets read and save through. If absent, one is created from `storage`. */
  @property({ attribute: false }) store?: Store;
  /** Which built-in store to create when no `store` is given: `indexeddb` (kept on this device) or `memory`. */
  @property() storage: 'indexeddb' | 'memory' = 'indexeddb';
  /** IndexedDB database name for the built-in store. */
  @property({ attribute: 'database-name' }) databaseName = 'spp';
  @property({ attribute: false }) actor?: Actor;
  /** The id of the signed-in person (a member of the partnership). */
  @property({ attribute: 'actor-id' }) actorId?: string;
  @property({ attribute: false }) partnership?: Partnership;
  /** Loads the partnership with this id from the store when `partnership` is not set. */
  @property({ attribute: 'partnership-id' }) partnershipId?: string;
  @property({ attribute: false }) framework?: FrameworkPack;
  /** The cycle widgets show by default. */
  @property({ attribute: 'cycle-id' }) cycleId?: string;

  @provide({ context: sppContext })
  @state()
  protected value: SppContextValue = {};

  @state() private loaded?: Partnership;
  @state() private loadProblem?: LoadProblem;
  private ownStore?: Store;
  /** Numbers every load, and the latest one whose answer was used: see `loadPartnership`. */
  private loadsStarted = 0;
  private loadApplied = 0;

  /** The store in use: the one given, or the built-in one. */
  get activeStore(): Store {
    if (this.store) return this.store;
    this.ownStore ??= createStore(this.storage === 'memory' ? memoryAdapter() : indexedDbAdapter({ name: this.databaseName }));
    return this.ownStore;
  }

  private unwatch?: () => void;
  private watching = '';
  private stopStrings?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopStrings = onStringsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStrings?.();
    this.unwatch?.();
    this.unwatch = undefined;
    this.watching = '';
    // Answers still on their way are dropped: reconnecting loads afresh.
    this.loadApplied = this.loadsStarted;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') || changed.has('databaseName')) this.ownStore = undefined;
    const id = this.partnership?.id ?? this.partnershipId;
    if (id && (this.watching !== id || changed.has('store') || changed.has('storage') || changed.has('databaseName'))) {
      // Follow the partnership in the store, so an edit (its goals, say) reaches every widget.
      this.unwatch?.();
      this.watching = id;
      // What the previous store said about the previous id is not this one's answer.
      this.loaded = undefined;
      this.loadProblem = undefined;
      const store = this.activeStore;
      this.unwatch = store.watch('partnership', id, () => void this.loadPartnership(store, id));
      void this.loadPartnership(store, id);
    }
    const actorId = this.actor?.id ?? this.actorId;
    const given = this.partnership;
    const loaded = this.loaded?.id === given?.id || !given ? this.loaded : undefined;
    this.value = {
      store: this.activeStore,
      actor: actorId ? { id: actorId } : undefined,
      // The newer of the partnership given and the one in the store.
      partnership: given && (!loaded || given.revision >= loaded.revision) ? given : loaded,
      framework: this.framework,
      cycleId: this.cycleId,
    };
  }

  /**
   * Reads partnership `id` from `store`. Answers can arrive out of order: on a script-tag page the
   * provider asks its built-in store (IndexedDB, empty) when it connects, the page's module sets
   * `store` a moment later, and the slow, empty first answer used to land last and undo the page's.
   * So an answer is used only if it is still the question (the same store and id as now) and no
   * load started after it has answered already.
   */
  private async loadPartnership(store: Store, id: string): Promise<void> {
    const load = ++this.loadsStarted;
    const current = () => load > this.loadApplied && store === this.activeStore && id === (this.partnership?.id ?? this.partnershipId);
    try {
      const found = await store.get('partnership', id);
      if (!current()) return;
      this.loadApplied = load;
      this.loaded = found;
      // A partnership given as a property need not be in the store. Without a store of the page's,
      // only the built-in one was asked: say so rather than that the partnership does not exist.
      this.loadProblem = found || this.partnership ? undefined : { kind: this.store ? 'missing' : 'no-store-yet', id };
    } catch (error) {
      if (!current()) return;
      this.loadApplied = load;
      this.loadProblem = this.partnership ? undefined : { kind: 'failed', message: (error as Error).message };
    }
  }

  protected override render() {
    const problem = this.loadProblem;
    const t = providerStrings();
    // Waiting for the page's store is announced politely; a missing partnership or a failure at once.
    const message = !problem
      ? nothing
      : problem.kind === 'no-store-yet'
        ? html`<p part="error" role="status">${format(t.noStoreYet, { id: problem.id })}</p>`
        : html`<p part="error" role="alert">${problem.kind === 'failed' ? problem.message : format(t.partnershipMissing, { id: problem.id })}</p>`;
    return html`${message}<slot></slot>`;
  }
}
