/**
 * The DocumentController for review cycles: edits are core's cycle events, applied with
 * `transition()`. Edits of different things merge with changes made elsewhere; edits of the same
 * thing (read from the other side's audit trail) or stage moves stop and ask.
 */
import type { ReactiveControllerHost } from 'lit';
import { eventSubject, transition, type Cycle, type CycleEvent, type Refusal } from '@spp/core';
import { DocumentController, type DocumentModel, type DocumentSource } from './document-controller';
import { SppCycleChangeEvent, SppStageChangeEvent } from './events';

export { SAVE_DELAY_MS, type LoadState } from './document-controller';

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
  announce(host, before, after) {
    host.dispatchEvent(new SppCycleChangeEvent(after));
    if (before.stage !== after.stage) host.dispatchEvent(new SppStageChangeEvent(before.stage, after.stage, after));
  },
};

export class CycleController extends DocumentController<Cycle, CycleEvent> {
  constructor(host: ReactiveControllerHost & HTMLElement, source: () => DocumentSource) {
    super(host, source, cycleModel);
  }
  /** The cycle as this person sees it, with their unsaved edits applied. */
  get cycle(): Cycle | undefined {
    return this.doc;
  }
  /** Sends a cycle event through core; returns core's refusal, or `undefined` when accepted. */
  send(event: CycleEvent): Refusal | undefined {
    return this.edit(event);
  }
}
