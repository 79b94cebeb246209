/**
 * Connects a widget to one stored document (a review cycle, the partnership, a reflection, the
 * schedule). Every change goes through a pure core function (so role rules and guards are core's,
 * never the widget's), is applied at once, kept in a journal on this device until saved, and saved
 * to the store after a short pause or when the page is hidden.
 *
 * Nothing typed is lost: unsaved edits survive a reload (they are replayed through core on top of
 * the stored document); a save that fails keeps them; and if the document was changed elsewhere,
 * edits that the model says do not clash merge, while others stop and ask instead of overwriting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ConflictError,
  WrongPartnershipError,
  checkPartnership,
  isCommandStore,
  type Actor,
  type CommandEvent,
  type CommandStore,
  type DocumentKind,
  type Partnership,
  type QueuedState,
  type Refusal,
  type RefusedCommand,
  type Store,
} from '@spp/core';
import { SppRefusedEvent, SppSaveStateEvent, type SaveState } from './events';
import { getCommonStrings } from './strings';

export type LoadState = 'idle' | 'loading' | 'ready' | 'missing' | 'error';

export interface DocumentSource {
  store?: Store;
  actor?: Actor;
  partnership?: Partnership;
  /** The id of the document to load. */
  id?: string;
  /** The widget's locale, passed to core so its refusals are worded in it. */
  locale?: string;
}

/**
 * A one-off note for the person, worded when it is shown (so in the widget's locale, even after a
 * `lang` change): edits restored from the device, or edits that could not be applied.
 */
export type DocumentNotice =
  | { readonly kind: 'restored'; readonly count: number }
  | { readonly kind: 'dropped'; readonly count: number; readonly refusal: { readonly reason?: string; readonly messageId?: unknown; readonly params?: unknown } };

/** What a controller needs to know about one kind of document. */
export interface DocumentModel<D extends StoredDoc, E> {
  kind: DocumentKind;
  /** Core's pure edit function: the new document, or a refusal with its reason. */
  apply(doc: D, edit: E, context: { actor: Actor; partnership: Partnership; now: string; locale?: string }): { ok: true; doc: D } | { ok: false; refusal: Refusal };
  /** Whether this person's pending edits clash with what changed elsewhere between `base` and `theirs`. */
  clashes(base: D, theirs: D, pending: readonly E[]): boolean;
  /** Whether an accepted edit should be saved at once (e.g. a stage change) instead of after a pause. */
  urgent?(before: D, after: D): boolean;
  /** Dispatches the widget events for an accepted edit. */
  announce?(host: HTMLElement, before: D, after: D): void;
  /** Whether two versions hold the same content (history and save metadata aside). */
  sameContent?(a: D, b: D): boolean;
  /**
   * Whether `later` makes `earlier` (the edit just before it) redundant: typing sends an edit a
   * keystroke, and on a server each edit is a command, so only the last of a run is sent.
   */
  supersedes?(earlier: E, later: E, doc: D): boolean;
}
export interface StoredDoc {
  id: string;
  kind: string;
  revision: number;
}

/** An accepted edit not yet saved, with its moment so replays are exact. */
interface PendingEdit<E> {
  event: E;
  at: string;
}
interface Journal<E> {
  id: string;
  actorId: string;
  baseRevision: number;
  edits: PendingEdit<E>[];
}

/** How long typing may pause before a save. Page hide saves at once. */
export const SAVE_DELAY_MS = 600;

export class DocumentController<D extends StoredDoc, E> implements ReactiveController {
  /** The document as this person sees it, with their unsaved edits applied. */
  doc?: D;
  loadState: LoadState = 'idle';
  saveState: SaveState = 'idle';
  /** Why loading or saving failed. */
  error?: Error;
  /** The last refusal from core, shown next to what the person tried. */
  refusal?: Refusal;
  /** Set when the document changed elsewhere and edits touch the same things. */
  conflict?: { theirs: D };
  /** A one-off note for the person (e.g. restored edits), announced politely. */
  notice?: DocumentNotice;
  /** Text from edits core refused when replaying them on a newer version: shown, never discarded silently. */
  dropped: { text: string[]; reason: string; refusal?: Refusal }[] = [];
  /**
   * Set while the store keeps the last save on this device only (an HTTP store offline): `'waiting'`
   * to be sent when the connection is back, `'held'` when the server would not take it. The save
   * state still reads `saved` (nothing is lost, nothing to retry), but the person is told.
   */
  queued?: QueuedState;
  /** On a server connection: this record's edits kept on this device, not yet on the server. */
  waiting = 0;
  /** On a server connection: edits the server would not apply, with core's reason and the person's text. */
  refusedCommands: RefusedCommand[] = [];
  /** On a server connection: the sign-in has ended, so edits wait on this device until a new one. */
  signedOut = false;

  private base?: D;
  private pending: PendingEdit<E>[] = [];
  /** The last edit handed to a server connection (see `edit`). */
  private lastSent?: E;
  private timer?: ReturnType<typeof setTimeout>;
  private saving?: Promise<void>;
  private key = '';
  /**
   * Numbers the questions asked of the store. Each load takes the next number, and so does every
   * change of store, partnership or id (and disconnecting): an answer is used only while its
   * number is still the latest. Its key alone is not enough: a new store under the same key, or
   * a move away and back, leaves an older answer for the same key still on its way.
   */
  private asked = 0;
  private unwatch?: () => void;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onPageHide = () => void this.flush();

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    protected readonly source: () => DocumentSource,
    protected readonly model: DocumentModel<D, E>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
    // Moved in the page: disconnecting stopped the watch, so load and watch again.
    if (!this.key) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    void this.flush();
    this.unwatch?.();
    this.unwatch = undefined;
    this.key = '';
    this.asked++;
  }

  /** Reloads when the store, partnership or document id changes. */
  hostUpdate(): void {
    const { store, id, partnership } = this.source();
    const key = store && id && partnership ? `${partnership.id}/${this.model.kind}/${id}` : '';
    if (key === this.key && (this.storeSeen === store || !key)) return;
    this.key = key;
    this.storeSeen = store;
    this.asked++;
    this.unwatch?.();
    this.unwatch = undefined;
    if (!key || !store || !id) {
      this.loadState = 'idle';
      this.doc = undefined;
      return;
    }
    this.unwatch = store.watch(this.model.kind, id, () => void this.onExternalChange());
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
   * Applies an edit through core for the current actor. Returns the refusal when core refuses
   * (also dispatched as `spp-refused`), or `undefined` when accepted.
   */
  edit(event: E): Refusal | undefined {
    const { actor, partnership } = this.source();
    const type = String((event as { type?: unknown }).type ?? 'edit');
    if (!this.doc || !actor || !partnership) {
      return this.refuse({ code: 'not-allowed', event: type, reason: getCommonStrings(this.source().locale).notConnected });
    }
    const at = new Date().toISOString();
    const result = this.model.apply(this.doc, event, { actor, partnership, now: at, locale: this.source().locale });
    if (!result.ok) return this.refuse(result.refusal);
    this.refusal = undefined;
    const before = this.doc;
    const earlier = this.pending[this.pending.length - 1]?.event ?? this.lastSent;
    this.doc = result.doc;
    this.pending.push({ event, at });
    this.writeJournal();
    this.setSaveState('unsaved');
    this.model.announce?.(this.host, before, result.doc);
    if (this.model.urgent?.(before, result.doc)) void this.flush();
    // On a server an edit goes at once (a colleague sees an added note without waiting), unless it
    // sets again what the edit before it set (typing): that run waits for the pause, sent as its last.
    else if (isCommandStore(this.source().store) && !(earlier && this.model.supersedes?.(earlier, event, before))) void this.flush();
    else this.scheduleSave();
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

  /** Reads the record again (after a change made around this controller, e.g. publishing); not while edits are unsaved. */
  async reload(): Promise<void> {
    if (!this.pending.length && this.key) await this.load();
  }

  /** Retries a failed save. */
  retry(): Promise<void> {
    return this.flush();
  }

  /** Whether the store can settle a held save (`resolveHeld`). */
  get canResolveHeld(): boolean {
    return Boolean(this.source().store?.resolveQueued);
  }

  /**
   * Settles a save the server held back (`queued === 'held'`): send mine over the server's
   * version, or use the server's version (mine is dropped; the widget then shows theirs).
   * If the server's version moved again meanwhile, mine is held again and the person asked again.
   */
  async resolveHeld(choice: 'keep-mine' | 'use-theirs'): Promise<void> {
    const { store, id } = this.source();
    // Not while edits are still to be saved: they would be dropped with mine.
    if (!store?.resolveQueued || !id || this.queued !== 'held' || this.pending.length) return;
    await store.resolveQueued(this.model.kind, id, choice);
    // The store reports the change; read the answer now too, so the state never lags behind.
    this.queued = store.queued?.(this.model.kind, id);
    if (choice === 'use-theirs') {
      this.clearJournal();
      await this.load();
      if (this.loadState === 'ready') this.setSaveState('saved');
    } else if (this.saveState === 'queued' || this.saveState === 'saved' || this.saveState === 'idle') {
      this.setSaveState('saved');
    }
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
    this.doc = this.base;
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
    const { store, id, partnership } = this.source();
    const asked = ++this.asked;
    // What was said of the previous record's saves (e.g. queued on this device) is not this one's.
    this.queued = undefined;
    if (this.saveState === 'queued') this.saveState = 'idle';
    if (!store || !id || !partnership) return;
    this.loadState = 'loading';
    this.host.requestUpdate();
    try {
      const stored = (await store.get(this.model.kind, id)) as D | undefined;
      if (asked !== this.asked) return;
      if (!stored) {
        this.loadState = 'missing';
        this.doc = undefined;
      } else {
        // Another partnership's record under this id: none of it is shown, and it is never written.
        checkPartnership(stored, partnership);
        this.queued = store.queued?.(this.model.kind, id);
        this.base = stored;
        this.doc = stored;
        this.pending = [];
        this.loadState = 'ready';
        // A save of this record still waiting on this device from an earlier visit: hosts are told too.
        if (isCommandStore(store)) this.followConnection(store);
        else if (this.queued) this.setSaveState('queued');
        this.restoreJournal();
      }
    } catch (error) {
      if (asked !== this.asked) return;
      // An unreadable record is reported and left exactly as it is: this widget never writes it.
      this.loadState = 'error';
      this.error = error as Error;
      this.doc = undefined;
    }
    this.host.requestUpdate();
  }

  private async save(): Promise<void> {
    const { store } = this.source();
    if (!store || !this.doc || !this.base) return;
    if (isCommandStore(store)) return this.sendCommands(store);
    const count = this.pending.length;
    this.setSaveState('saving');
    try {
      const saved = (await store.put({ ...this.doc, revision: this.base.revision } as never)) as unknown as D;
      this.base = saved;
      this.pending = this.pending.slice(count);
      // Edits made while saving are replayed on the saved version.
      this.doc = this.pending.length ? this.replay(saved, this.pending).doc : saved;
      this.writeJournal();
      this.error = undefined;
      this.queued = store.queued?.(this.model.kind, saved.id);
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
    let theirs: D | undefined;
    try {
      theirs = (await store.get(this.model.kind, base.id)) as D | undefined;
    } catch (error) {
      this.error = error as Error;
      this.setSaveState('failed', error as Error);
      return;
    }
    if (!theirs) {
      this.error = new Error('This record was deleted elsewhere. Your changes are kept on this device.');
      this.setSaveState('failed', this.error);
      return;
    }
    try {
      // Replaced elsewhere by another partnership's record: never merged into, never written (no retry).
      checkPartnership(theirs, this.source().partnership ?? { id: '' });
    } catch (error) {
      this.error = error instanceof WrongPartnershipError ? Object.assign(error, { message: getCommonStrings(this.source().locale).otherPartnershipKept }) : (error as Error);
      this.setSaveState('failed', this.error);
      return;
    }
    if (this.alreadySaved(theirs)) return;
    if (this.model.clashes(base, theirs, this.pending.map((p) => p.event))) {
      this.conflict = { theirs };
      this.setSaveState('conflict', new ConflictError(`${this.model.kind}/${base.id}`, base.revision, theirs.revision));
      return;
    }
    this.rebase(theirs);
    await this.save();
  }

  /**
   * On a flaky connection a save can reach the store while its reply is lost; the retry then finds
   * the record "changed elsewhere" though it holds exactly these edits. When replaying them changes
   * nothing, adopt the stored version instead of asking.
   */
  private alreadySaved(theirs: D): boolean {
    const { doc, refused } = this.replay(theirs, this.pending);
    if (refused.length || !this.model.sameContent?.(doc, theirs)) return false;
    this.base = theirs;
    this.doc = theirs;
    this.pending = [];
    this.clearJournal();
    this.setSaveState('saved');
    return true;
  }

  /**
   * On a server connection each edit is a command: it goes into the connection's outbox (kept on
   * the device, sent in order, retried) and this controller's journal is cleared once it is there.
   * A command core refuses on what the device knows now keeps its text on screen, like a rebase.
   */
  private async sendCommands(store: CommandStore): Promise<void> {
    const count = this.pending.length;
    this.lastSent = this.pending[count - 1]?.event;
    const edits = this.pending.slice(0, count).filter((edit, i, all) => {
      const next = all[i + 1];
      return !(next && this.base && this.model.supersedes?.(edit.event, next.event, this.base));
    });
    this.setSaveState('saving');
    const refused: (PendingEdit<E> & { reason: string; refusal?: Refusal })[] = [];
    try {
      for (const edit of edits) {
        const sent = await store.send(this.model.kind, this.base!.id, edit.event as unknown as CommandEvent);
        if (!sent.ok) refused.push({ ...edit, reason: sent.refusal.reason, refusal: sent.refusal });
      }
    } catch (error) {
      // The outbox itself could not be written (storage full, blocked): the edits stay in the journal.
      this.error = error as Error;
      this.setSaveState('failed', error as Error);
      return;
    }
    this.pending = this.pending.slice(count);
    if (refused.length) {
      this.notice = { kind: 'dropped', count: refused.length, refusal: refused[0]!.refusal ?? { reason: refused[0]!.reason } };
      this.dropped.push(...refused.map((r) => ({ text: textOfEdit(r.event), reason: r.reason, refusal: r.refusal })).filter((d) => d.text.length));
    }
    this.error = undefined;
    this.followConnection(store);
  }

  /** On a server connection: the record as the connection shows it now, with edits not yet handed to it on top. */
  private followConnection(store: CommandStore): void {
    const { id } = this.source();
    if (!id) return;
    const view = store.connection.view(this.model.kind, id) as D | undefined;
    if (view) {
      this.base = view;
      this.doc = this.pending.length ? this.replay(view, this.pending).doc : view;
    }
    this.writeJournal();
    const state = store.connection.state(this.model.kind, id);
    const status = store.connection.status();
    this.refusedCommands = typeof state === 'object' && 'refused' in state ? state.refused : [];
    this.waiting = typeof state === 'object' && 'waiting' in state ? state.waiting : 0;
    this.signedOut = status.server === 'signed-out' || status.server === 'other-person';
    const reachable = status.server === 'online' || status.server === 'connecting';
    this.queued = this.waiting && !reachable ? 'waiting' : undefined;
    const next: SaveState = this.pending.length ? 'unsaved' : this.waiting ? (reachable ? 'saving' : 'queued') : 'saved';
    // The feed and the connection's status report often: hosts hear of a change of state only.
    if (next !== this.saveState) this.setSaveState(next);
    else this.host.requestUpdate();
    if (this.pending.length && !this.timer) this.scheduleSave();
  }

  /** Forgets a refused edit once its text has been copied or redone. */
  async dismissRefused(commandId: string): Promise<void> {
    const { store } = this.source();
    if (!isCommandStore(store)) return;
    await store.connection.dismiss(commandId);
    this.followConnection(store);
  }

  /** Accepted edits the store does not have yet (kept in this device's journal), oldest first. */
  get pendingEdits(): readonly E[] {
    return this.pending.map((p) => p.event);
  }

  /** Re-applies pending edits through core on top of `onto`; edits core now refuses are reported. */
  private rebase(onto: D): void {
    const { doc, refused } = this.replay(onto, this.pending);
    this.base = onto;
    this.doc = doc;
    if (refused.length) {
      const dropped = new Set<PendingEdit<E>>(refused);
      this.pending = this.pending.filter((p) => !dropped.has(p));
      this.notice = { kind: 'dropped', count: refused.length, refusal: refused[0]!.refusal ?? { reason: refused[0]!.reason } };
      // Their text is kept and shown, so a person can copy it back instead of losing it.
      this.dropped.push(...refused.map((r) => ({ text: textOfEdit(r.event), reason: r.reason, refusal: r.refusal })).filter((d) => d.text.length));
    }
    this.writeJournal();
    this.host.requestUpdate();
  }

  private replay(onto: D, edits: PendingEdit<E>[]): { doc: D; refused: (PendingEdit<E> & { reason: string; refusal?: Refusal })[] } {
    const { actor, partnership } = this.source();
    let doc = onto;
    const refused: (PendingEdit<E> & { reason: string; refusal?: Refusal })[] = [];
    for (const edit of edits) {
      const result = actor && partnership ? this.model.apply(doc, edit.event, { actor, partnership, now: edit.at, locale: this.source().locale }) : undefined;
      if (result?.ok) doc = result.doc;
      else refused.push(Object.assign(edit, result && !result.ok ? { reason: result.refusal.reason, refusal: result.refusal } : { reason: 'not connected' }));
    }
    return { doc, refused };
  }

  private async onExternalChange(): Promise<void> {
    // A document that did not exist yet was created (here or in another tab): load it.
    if (this.loadState === 'missing') return this.load();
    const { store, id, partnership } = this.source();
    if (isCommandStore(store)) {
      // The connection already holds the new state: no read. Edits being typed stay on top of it.
      if (this.loadState === 'ready' && !this.saving) this.followConnection(store);
      return;
    }
    // A save kept on this device may have reached the server (or been held back by it).
    if (this.queued && store && id && !this.saving) {
      const queued = store.queued?.(this.model.kind, id);
      if (queued !== this.queued) {
        this.queued = queued;
        if (this.saveState === 'saved' || this.saveState === 'queued' || this.saveState === 'idle') this.setSaveState('saved');
        else this.host.requestUpdate();
      }
    }
    // Our own saves also notify; only reload when we have nothing unsaved and are not saving.
    if (this.saving || this.pending.length || this.loadState !== 'ready') return;
    if (!store || !id || !partnership) return;
    const asked = this.asked;
    let latest: D | undefined;
    try {
      latest = (await store.get(this.model.kind, id)) as D | undefined;
    } catch {
      return; // The next explicit load or save reports the problem.
    }
    // Another store, record or load since: this answer is not about what is shown now.
    if (asked !== this.asked) return;
    if (latest && this.base && latest.revision !== this.base.revision && !this.pending.length) {
      try {
        checkPartnership(latest, partnership);
      } catch (error) {
        // Replaced elsewhere by another partnership's record: stop showing this one's content.
        this.loadState = 'error';
        this.error = error as Error;
        this.doc = undefined;
        this.base = undefined;
        this.host.requestUpdate();
        return;
      }
      this.base = latest;
      this.doc = latest;
      this.host.requestUpdate();
    }
  }

  private setSaveState(state: SaveState, error?: Error): void {
    // Saved by the store but only on this device (the HTTP adapter's offline queue): say so to hosts too.
    if (state === 'saved' && this.queued) state = 'queued';
    this.saveState = state;
    this.host.dispatchEvent(new SppSaveStateEvent(state, error));
    this.host.requestUpdate();
  }

  // --- The journal: unsaved edits kept synchronously on this device ---------------------------

  private journalKey(): string | undefined {
    const { partnership, id } = this.source();
    return partnership && id ? `spp-journal:${partnership.id}:${this.model.kind}/${id}` : undefined;
  }

  private writeJournal(): void {
    const key = this.journalKey();
    const actor = this.source().actor;
    if (!key || !actor || !this.base) return;
    try {
      if (!this.pending.length) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify({ id: this.base.id, actorId: actor.id, baseRevision: this.base.revision, edits: this.pending } satisfies Journal<E>));
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
    let journal: Journal<E> | undefined;
    try {
      const raw = localStorage.getItem(key);
      journal = raw ? (JSON.parse(raw) as Journal<E>) : undefined;
    } catch {
      return;
    }
    // Another person's unsaved edits on a shared laptop are never replayed as this person.
    if (!journal || journal.actorId !== actor.id || !Array.isArray(journal.edits) || !journal.edits.length) return;
    this.pending = journal.edits;
    const commands = isCommandStore(this.source().store);
    if (!commands && journal.baseRevision !== this.base.revision && this.alreadySaved(this.base)) return;
    this.rebase(this.base);
    if (!commands && this.pending.length && journal.baseRevision !== this.base.revision) {
      // Saved elsewhere since these edits were made: ask rather than overwrite.
      this.conflict = { theirs: this.base };
      this.notice = { kind: 'restored', count: this.pending.length };
      this.setSaveState('conflict');
    } else if (this.pending.length) {
      this.notice ??= { kind: 'restored', count: this.pending.length };
      this.setSaveState('unsaved');
      this.scheduleSave();
    } else {
      this.clearJournal();
    }
  }
}

/** Every piece of typed text in an edit (ids, types and dates aside), for showing it back to its author. */
export function textOfEdit(edit: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (value.trim() && !/(^type$|id$|Id$|Ids$|On$|^date$|^at$|^start$|^activity$|^kind$|^level$|^status$|^category$|^with$|^outcome$)/.test(key)) out.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(edit, '');
  return out;
}
