/**
 * Typed events every widget dispatches. They bubble and are composed, so a host page can listen on
 * `document` or on a wrapper, across shadow roots.
 */
import type { Cycle, Refusal, Stage } from '@spp/core';

export type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'failed' | 'conflict';

const init = { bubbles: true, composed: true } as const;

/** The cycle changed (an edit was accepted by core). `cycle` is the new state. */
export class SppCycleChangeEvent extends Event {
  static readonly type = 'spp-cycle-change';
  constructor(readonly cycle: Cycle) {
    super(SppCycleChangeEvent.type, init);
  }
}

/** The cycle moved to another stage. */
export class SppStageChangeEvent extends Event {
  static readonly type = 'spp-stage-change';
  constructor(readonly from: Stage, readonly to: Stage, readonly cycle: Cycle) {
    super(SppStageChangeEvent.type, init);
  }
}

/** Core refused an action: a role rule or a missing step. `refusal.reason` says why. */
export class SppRefusedEvent extends Event {
  static readonly type = 'spp-refused';
  constructor(readonly refusal: Refusal) {
    super(SppRefusedEvent.type, init);
  }
}

/** Save state changed: saving, saved, failed (with the error) or conflict. */
export class SppSaveStateEvent extends Event {
  static readonly type = 'spp-save-state';
  constructor(readonly state: SaveState, readonly error?: Error) {
    super(SppSaveStateEvent.type, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'spp-cycle-change': SppCycleChangeEvent;
    'spp-stage-change': SppStageChangeEvent;
    'spp-refused': SppRefusedEvent;
    'spp-save-state': SppSaveStateEvent;
  }
}
