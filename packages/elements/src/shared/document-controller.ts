/**
 * Connects a widget to one review cycle. Every change goes through core's `transition()` (so role
 * rules and guards are core's, never the widget's), is applied at once, kept in a journal on this
 * device until saved, and saved to the store after a short pause or when the page is hidden.
 *
 * Nothing typed is lost: unsaved edits survive a reload (they are replayed through core on top of
 * the stored cycle); a save that fails keeps them; and if the cycle was changed elsewhere, edits
 * to different things merge, while edits to the same thing stop and ask instead of overwriting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ConflictError,
  eventSubject,
  transition,
  type Actor,
  type Cycle,
  type CycleEvent,
  type Partnership,
  type Refusal,
  type Store,
} from '@spp/core';
import { SppCycleChangeEvent, SppRefusedEvent, SppSaveStateEvent, SppStageChangeEvent, type SaveState } from './events';

export type LoadState = 'idle' | 'loading' | 'ready' | 'missing' | 'error';

export interface CycleSource {
  store?: Store;
  actor?: Actor;
  partnership?: Partnership;
  cycleId?: string;
}

/** An accepted event not yet saved, with its moment so replays are exact. */
interface PendingEdit {
  event: CycleEvent;
  at: string;
}
interface Journal {
  cycleId: string;
  actorId: string;
  baseRevision: number;
  edits: PendingEdit[];
}

/** How long typing may pause before a save. Page hide saves at once. */
export const SAVE_DELAY_MS = 600;

export class CycleController implements ReactiveController {
  /** The cycle as this person sees it, with their unsaved edits applied. */
  cycle?: Cycle;
  loadState: LoadState = 'idle';
  saveState: SaveState = 'idle';
  /** Why loading or saving failed. */
  error?: Error;
  /** The last refusal from core, shown next to what the person tried. */
  refusal?: Refusal;
  /** Set when the cycle changed elsewhere and edits touch the same things. */
  conflict?: { theirs: Cycle };
  /** A one-off note for the person (e.g. restored edits), announced politely. */
  notice?: string;

  private base?: Cycle;
  private pending: PendingEdit[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private saving?: Promise<void>;
  private key = '';
  private unwatch?: () => void;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onPageHide = () => void this.flush();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => CycleSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    void this.flush();
    this.unwatch?.();
    this.unwatch = undefined;
    this.key = '';
  }

  /** Reloads when the store, partnership or cycle id changes. */
  hostUpdate(): void {
    const { store, cycleId, partnership } = this.source();
    const key = store && cycleId && partnership ? `${partnership.id}/${cycleId}` : '';
    if (key === this.key && (this.storeSeen === store || !key)) return;
    this.key = key;
    this.storeSeen = store;
    this.unwatch?.();
    this.unwatch = undefined;
    if (!key || !store || !cycleId) {
      this.loadState = 'idle';
      this.cycle = undefined;
      return;
    }
    this.unwatch = store.watch('cycle', cycleId, () => void this.onExternalChange());
    void this.load();
  }
  private storeSeen?: Store;

  get actor(): Actor | undefined {
    return this.source().actor;
  }
  get partnership(): Partnership | undefined {
    return this.source().partnership;
  }

  /**
   * Sends an event through core for the current actor. Returns the refusal when core refuses
   * (also dispatched as `spp-refused`), or `undefined` when accepted.
   */
  send(event: CycleEvent): Refusal | undefined {
    const { actor, partnership } = this.source();
    if (!this.cycle || !actor || !partnership) {
      return this.refuse({ code: 'not-allowed', event: event.type, reason: 'This widget is not connected to a review cycle yet.' });
    }
    const at = new Date().toISOString();
    const result = transition(this.cycle, event, { actor, partnership, now: at });
    if (!result.ok) return this.refuse(result.refusal);
    this.refusal = undefined;
    const from = this.cycle.stage;
    this.cycle = result.cycle;
    this.pending.push({ event, at });
    this.writeJournal();
    this.setSaveState('unsaved');
    this.host.dispatchEvent(new SppCycleChangeEvent(result.cycle));
    if (result.cycle.stage !== from) {
      this.host.dispatchEvent(new SppStageChangeEvent(from, result.cycle.stage, result.cycle));
      void this.flush();
    } else {
      this.scheduleSave();
    }
    return undefined;
  }

  /** Saves now. Resolves when the store has the edits made so far (or the save failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.saving) await this.saving;
    if (this.pending.length && !this.conflict) {
      this.saving = this.save().finally(() => (this.saving = undefined));
      await this.saving;
    }
  }

  /** Retries a failed save. */
  retry(): Promise<void> {
    return this.flush();
  }

  /** Resolves a conflict by applying this person's edits on top of the other version. */
  async keepMine(): Promise<void> {
    if (!this.conflict) return;
    const theirs = this.conflict.theirs;
    this.conflict = undefined;
    this.rebase(theirs);
    await this.flush();
  }

  /** Resolves a conflict by discarding this person's unsaved edits. */
  useTheirs(): void {
    if (!this.conflict) return;
    this.base = this.conflict.theirs;
    this.cycle = this.base;
    this.pending = [];
    this.conflict = undefined;
    this.clearJournal();
    this.setSaveState('saved');
  }

  private refuse(refusal: Refusal): Refusal {
    this.refusal = refusal;
    this.host.dispatchEvent(new SppRefusedEvent(refusal));
    this.host.requestUpdate();
    return refusal;
  }

  private scheduleSave(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  private async load(): Promise<void> {
    const { store, cycleId } = this.source();
    const key = this.key;
    if (!store || !cycleId) return;
    this.loadState = 'loading';
    this.host.requestUpdate();
    try {
      const stored = await store.get('cycle', cycleId);
      if (key !== this.key) return;
      if (!stored) {
        this.loadState = 'missing';
        this.cycle = undefined;
      } else {
        this.base = stored;
        this.cycle = stored;
        this.pending = [];
        this.loadState = 'ready';
        this.restoreJournal();
      }
    } catch (error) {
      if (key !== this.key) return;
      // An unreadable record is reported and left exactly as it is: this widget never writes it.
      this.loadState = 'error';
      this.error = error as Error;
      this.cycle = undefined;
    }
    this.host.requestUpdate();
  }

  private async save(): Promise<void> {
    const { store } = this.source();
    if (!store || !this.cycle || !this.base) return;
    const count = this.pending.length;
    this.setSaveState('saving');
    try {
      const saved = await store.put({ ...this.cycle, revision: this.base.revision });
      this.base = saved;
      this.pending = this.pending.slice(count);
      // Edits made while saving are replayed on the saved version.
      this.cycle = this.pending.length ? this.replay(saved, this.pending).cycle : saved;
      this.writeJournal();
      this.error = undefined;
      this.setSaveState(this.pending.length ? 'unsaved' : 'saved');
      if (this.pending.length) this.scheduleSave();
    } catch (error) {
      if (error instanceof ConflictError) {
        await this.resolveConflict(store);
      } else {
        this.error = error as Error;
        this.setSaveState('failed', error as Error);
      }
    }
  }

  private async resolveConflict(store: Store): Promise<void> {
    const base = this.base!;
    let theirs: Cycle | undefined;
    try {
      theirs = await store.get('cycle', base.id);
    } catch (error) {
      this.error = error as Error;
      this.setSaveState('failed', error as Error);
      return;
    }
    if (!theirs) {
      this.error = new Error('The review cycle was deleted elsewhere. Your changes are kept on this device.');
      this.setSaveState('failed', this.error);
      return;
    }
    // What changed elsewhere, read from their audit trail: anything past the shared history.
    const theirChanges = theirs.audit.filter((entry, i) => JSON.stringify(entry) !== JSON.stringify(base.audit[i]));
    const mine = new Set(this.pending.map((p) => eventSubject(base.stage, p.event)));
    const clash = theirChanges.some((entry) => entry.subject === undefined || mine.has(entry.subject)) || mine.has(undefined);
    if (clash) {
      this.conflict = { theirs };
      this.setSaveState('conflict', new ConflictError(`cycle/${base.id}`, base.revision, theirs.revision));
      return;
    }
    this.rebase(theirs);
    await this.save();
  }

  /** Re-applies pending edits through core on top of `onto`; edits core now refuses are reported. */
  private rebase(onto: Cycle): void {
    const { cycle, refused } = this.replay(onto, this.pending);
    this.base = onto;
    this.cycle = cycle;
    if (refused.length) {
      const dropped = new Set<PendingEdit>(refused);
      this.pending = this.pending.filter((p) => !dropped.has(p));
      this.notice = `${refused.length} unsaved change(s) could not be applied: ${refused[0]!.reason}`;
    }
    this.writeJournal();
    this.host.requestUpdate();
  }

  private replay(onto: Cycle, edits: PendingEdit[]): { cycle: Cycle; refused: (PendingEdit & { reason: string })[] } {
    const { actor, partnership } = this.source();
    let cycle = onto;
    const refused: (PendingEdit & { reason: string })[] = [];
    for (const edit of edits) {
      const result = actor && partnership ? transition(cycle, edit.event, { actor, partnership, now: edit.at }) : undefined;
      if (result?.ok) cycle = result.cycle;
      else refused.push(Object.assign(edit, { reason: result && !result.ok ? result.refusal.reason : 'not connected' }));
    }
    return { cycle, refused };
  }

  private async onExternalChange(): Promise<void> {
    // Our own saves also notify; only reload when we have nothing unsaved and are not saving.
    if (this.saving || this.pending.length || this.loadState !== 'ready') return;
    const { store, cycleId } = this.source();
    if (!store || !cycleId) return;
    try {
      const latest = await store.get('cycle', cycleId);
      if (latest && this.base && latest.revision !== this.base.revision && !this.pending.length) {
        this.base = latest;
        this.cycle = latest;
        this.host.requestUpdate();
      }
    } catch {
      // The next explicit load or save reports the problem.
    }
  }

  private setSaveState(state: SaveState, error?: Error): void {
    this.saveState = state;
    this.host.dispatchEvent(new SppSaveStateEvent(state, error));
    this.host.requestUpdate();
  }

  // --- The journal: unsaved edits kept synchronously on this device ---------------------------

  private journalKey(): string | undefined {
    const { partnership, cycleId } = this.source();
    return partnership && cycleId ? `spp-journal:${partnership.id}:${cycleId}` : undefined;
  }

  private writeJournal(): void {
    const key = this.journalKey();
    const actor = this.source().actor;
    if (!key || !actor || !this.base) return;
    try {
      if (!this.pending.length) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify({ cycleId: this.base.id, actorId: actor.id, baseRevision: this.base.revision, edits: this.pending } satisfies Journal));
    } catch {
      // Storage may be blocked (private mode, sandboxed frames): saving to the store still works.
    }
  }

  private clearJournal(): void {
    const key = this.journalKey();
    try {
      if (key) localStorage.removeItem(key);
    } catch {
      /* see writeJournal */
    }
  }

  private restoreJournal(): void {
    const key = this.journalKey();
    const actor = this.source().actor;
    if (!key || !actor || !this.base) return;
    let journal: Journal | undefined;
    try {
      const raw = localStorage.getItem(key);
      journal = raw ? (JSON.parse(raw) as Journal) : undefined;
    } catch {
      return;
    }
    // Another person's unsaved edits on a shared laptop are never replayed as this person.
    if (!journal || journal.actorId !== actor.id || !Array.isArray(journal.edits) || !journal.edits.length) return;
    this.pending = journal.edits;
    this.rebase(this.base);
    if (this.pending.length && journal.baseRevision !== this.base.revision) {
      // Saved elsewhere since these edits were made: ask rather than overwrite.
      this.conflict = { theirs: this.base };
      this.notice = `Restored ${this.pending.length} unsaved change(s) from this device.`;
      this.setSaveState('conflict');
    } else if (this.pending.length) {
      this.notice ??= `Restored ${this.pending.length} unsaved change(s) from this device.`;
      this.setSaveState('unsaved');
      this.scheduleSave();
    } else {
      this.clearJournal();
    }
  }
}
