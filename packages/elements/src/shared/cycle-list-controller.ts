/**
 * Reads every review cycle of one partnership for a widget, read-only: it lists them with
 * `store.list('cycle')`, lists again whenever the store reports a change to a cycle (saved here, in
 * another widget or, with shared storage, in another tab), and keeps the records the store could
 * not read, so the widget can name each one instead of leaving it out without a word.
 *
 * Used by `<spp-cycle-tracker>` and `<spp-strengths-directory>`. It never writes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Partnership, Store, StoredDocument, UnreadableRecordError } from '@spp/core';

export type CycleListState = 'idle' | 'loading' | 'ready' | 'error';

export interface CycleListSource {
  store?: Store;
  partnership?: Partnership;
}

export class CycleListController implements ReactiveController {
  /** The partnership's cycles as stored (widgets show them through core's `visibleCycle`). */
  cycles: StoredDocument<'cycle'>[] = [];
  /** Cycle records that could not be read: reported by the widget, never dropped, never touched. */
  unreadable: UnreadableRecordError[] = [];
  state: CycleListState = 'idle';
  /** Why the list could not be read at all (the storage itself failed). */
  error?: Error;

  private store?: Store;
  private partnershipId?: string;
  private unwatch?: () => void;
  /** Increases with every listing, so a slow answer never replaces a newer one. */
  private generation = 0;
  private listing = false;
  private again = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => CycleListSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  /** Lists afresh when the store or the partnership changes. */
  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.store = undefined;
    this.partnershipId = undefined;
    this.generation++;
  }

  /** Reads the list again now (e.g. "Try again" after a storage failure). */
  reload(): Promise<void> {
    return this.list();
  }

  private sync(): void {
    const { store, partnership } = this.source();
    if (store === this.store && partnership?.id === this.partnershipId) return;
    this.unwatch?.();
    this.unwatch = undefined;
    this.store = store;
    this.partnershipId = partnership?.id;
    this.generation++;
    this.cycles = [];
    this.unreadable = [];
    this.error = undefined;
    this.state = 'idle';
    if (!store || !partnership) return;
    this.unwatch = store.watch((change) => {
      if (change.kind === 'cycle') void this.list();
    });
    void this.list();
  }

  private async list(): Promise<void> {
    // Changes that arrive while listing are read by one more listing afterwards, not by many.
    if (this.listing) {
      this.again = true;
      return;
    }
    const store = this.store;
    const partnershipId = this.partnershipId;
    if (!store || !partnershipId) return;
    const generation = this.generation;
    this.listing = true;
    if (this.state !== 'ready') {
      this.state = 'loading';
      this.host.requestUpdate();
    }
    try {
      const result = await store.list('cycle', (cycle) => cycle.partnershipId === partnershipId);
      if (generation === this.generation) {
        this.cycles = result.documents;
        this.unreadable = result.unreadable;
        this.error = undefined;
        this.state = 'ready';
      }
    } catch (error) {
      if (generation === this.generation) {
        this.error = error instanceof Error ? error : new Error(String(error));
        this.state = 'error';
      }
    }
    this.listing = false;
    this.host.requestUpdate();
    if (this.again || generation !== this.generation) {
      this.again = false;
      await this.list();
    }
  }
}
