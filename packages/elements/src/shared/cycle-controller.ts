/**
 * The DocumentController for review cycles: edits are core's cycle events, applied with
 * `transition()`. Edits of different things merge with changes made elsewhere; edits of the same
 * thing (read from the other side's audit trail) or stage moves stop and ask.
 */
import type { ReactiveControllerHost } from 'lit';
import { eventSubject, transition, visibleCycle, type Cycle, type CycleEvent, type Refusal } from '@spp/core';
import { DocumentController, type DocumentModel, type DocumentSource } from './document-controller';
import { SppCycleChangeEvent, SppStageChangeEvent } from './events';

export { SAVE_DELAY_MS, type LoadState } from './document-controller';

/** A cycle's content as JSON with sorted keys, leaving out its history and save metadata. */
function content(cycle: Cycle): string {
  const { audit: _audit, revision: _revision, updatedAt: _updatedAt, ...rest } = cycle;
  return JSON.stringify(rest, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

export const cycleModel: DocumentModel<Cycle, CycleEvent> = {
  kind: 'cycle',
  apply(cycle, event, context) {
    const result = transition(cycle, event, context);
    return result.ok ? { ok: true, doc: result.cycle } : result;
  },
  clashes(base, theirs, pending) {
    // What changed elsewhere, read from their audit trail: anything past the shared history.
    const theirChanges = theirs.audit.filter((entry, i) => JSON.stringify(entry) !== JSON.stringify(base.audit[i]));
    const mine = new Set(pending.map((event) => eventSubject(base.stage, event)));
    return mine.has(undefined) || theirChanges.some((entry) => entry.subject === undefined || mine.has(entry.subject));
  },
  urgent: (before, after) => before.stage !== after.stage,
  // The same field of the same thing set again (a keystroke after a keystroke): only the last counts.
  supersedes(earlier, later, cycle) {
    if (earlier.type !== later.type) return false;
    const keys = (e: object) => Object.keys(e).sort().join();
    const subject = eventSubject(cycle.stage, earlier);
    return keys(earlier) === keys(later) && subject !== undefined && subject === eventSubject(cycle.stage, later);
  },
  sameContent: (a, b) => content(a) === content(b),
  announce(host, before, after) {
    host.dispatchEvent(new SppCycleChangeEvent(after));
    if (before.stage !== after.stage) host.dispatchEvent(new SppStageChangeEvent(before.stage, after.stage, after));
  },
};

export class CycleController extends DocumentController<Cycle, CycleEvent> {
  constructor(host: ReactiveControllerHost & HTMLElement, source: () => DocumentSource) {
    super(host, source, cycleModel);
  }
  private view?: { doc: Cycle; actorId: string; partnership: object; cycle: Cycle };

  /**
   * The cycle as this person may see it (core's `visibleCycle`), with their unsaved edits applied.
   * Widgets render this, so no widget can show what the role rules keep from this person.
   */
  get cycle(): Cycle | undefined {
    const doc = this.doc;
    const { actor, partnership } = this.source();
    if (!doc || !partnership) return doc;
    // Nobody signed in sees what a stranger would.
    const actorId = actor?.id ?? '';
    const v = this.view;
    if (v && v.doc === doc && v.actorId === actorId && v.partnership === partnership) return v.cycle;
    const cycle = visibleCycle(doc, { id: actorId }, partnership);
    this.view = { doc, actorId, partnership, cycle };
    return cycle;
  }
  /** Sends a cycle event through core; returns core's refusal, or `undefined` when accepted. */
  send(event: CycleEvent): Refusal | undefined {
    return this.edit(event);
  }
}
