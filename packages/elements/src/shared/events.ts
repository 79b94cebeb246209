/**
 * Typed events every widget dispatches. They bubble and are composed, so a host page can listen on
 * `document` or on a wrapper, across shadow roots.
 */
import type { Cycle, Refusal, Stage } from '@spp/core';

/**
 * Where the person's changes are. `queued`: the store (the HTTP adapter, offline) kept the save on
 * this device and will send it when the connection is back; it becomes `saved` once sent.
 */
export type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'queued' | 'failed' | 'conflict';

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

/**
 * The shared server says the sign-in has ended (`expired`) or belongs to someone else
 * (`other-person`). Edits wait on this device. Give the provider a token function that returns a
 * new token (it is asked again every few seconds), or call `provider.connection.retry()`.
 */
export class SppTokenExpiredEvent extends Event {
  static readonly type = 'spp-token-expired';
  constructor(
    readonly reason: 'expired' | 'other-person',
    readonly message?: string,
  ) {
    super(SppTokenExpiredEvent.type, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'spp-token-expired': SppTokenExpiredEvent;
    'spp-cycle-change': SppCycleChangeEvent;
    'spp-stage-change': SppStageChangeEvent;
    'spp-refused': SppRefusedEvent;
    'spp-save-state': SppSaveStateEvent;
  }
}
