import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createStore, indexedDbAdapter, memoryAdapter, type Actor, type FrameworkPack, type Partnership, type Store } from '@spp/core';
import { sppContext, type SppContextValue } from '../shared/context';
import { aliases } from '../shared/styles';

/**
 * @summary Supplies the store, the signed-in person, the partnership and the current cycle to
 * every SPP widget inside it.
 *
 * Give it a `store` (any `@spp/core` Store: the browser's IndexedDB by default, or your own
 * adapter), the signed-in person (`actor-id`), and the partnership (the `partnership` property,
 * or `partnership-id` to load it from the store). Widgets inside read these unless they are given
 * their own.
 *
 * @slot - The widgets that share this context.
 * @csspart error - The message shown when the partnership cannot be loaded.
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
  @state() private loadError?: string;
  private ownStore?: Store;

  /** The store in use: the one given, or the built-in one. */
  get activeStore(): Store {
    if (this.store) return this.store;
    this.ownStore ??= createStore(this.storage === 'memory' ? memoryAdapter() : indexedDbAdapter({ name: this.databaseName }));
    return this.ownStore;
  }

  private unwatch?: () => void;
  private watching = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = undefined;
    this.watching = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') || changed.has('databaseName')) this.ownStore = undefined;
    const id = this.partnership?.id ?? this.partnershipId;
    if (id && (this.watching !== id || changed.has('store') || changed.has('storage') || changed.has('databaseName'))) {
      // Follow the partnership in the store, so an edit (its goals, say) reaches every widget.
      this.unwatch?.();
      this.watching = id;
      this.unwatch = this.activeStore.watch('partnership', id, () => void this.loadPartnership(id));
      void this.loadPartnership(id);
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

  private async loadPartnership(id: string): Promise<void> {
    try {
      const found = await this.activeStore.get('partnership', id);
      if (id !== (this.partnership?.id ?? this.partnershipId)) return;
      this.loaded = found;
      // A partnership given as a property need not be in the store.
      this.loadError = found || this.partnership ? undefined : `No partnership called "${id}" was found.`;
    } catch (error) {
      this.loadError = this.partnership ? undefined : (error as Error).message;
    }
  }

  protected override render() {
    return html`${this.loadError ? html`<p part="error" role="alert">${this.loadError}</p>` : nothing}<slot></slot>`;
  }
}
