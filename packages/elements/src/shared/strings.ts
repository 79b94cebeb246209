/**
 * User-facing text. Every widget's en-GB strings are registered here by name, and a page can
 * replace any of them for another locale with `setStrings()`, before or after widgets render.
 */
import type { PracticeLevel, Stage } from '@spp/core';

export const commonStrings = {
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'All changes saved',
  queued: 'Saved on this device only: it will be sent when the connection is back.',
  queuedHeld: 'Saved on this device only, not sent: this record changed on the server in the meantime, so nothing there was overwritten.',
  /** On the shared server, while it cannot be reached. */
  waitingToSend: {
    one: 'Saved on this device only: 1 change is waiting to be sent when the connection is back.',
    many: 'Saved on this device only: {count} changes are waiting to be sent when the connection is back.',
  },
  /** On the shared server, after the sign-in ended. */
  waitingSignedOut: {
    one: 'Your sign-in has ended: 1 change is kept on this device and will be sent once you are signed in again.',
    many: 'Your sign-in has ended: {count} changes are kept on this device and will be sent once you are signed in again.',
  },
  refusedTitle: 'Not saved on the server',
  refusedReason: 'The service did not accept this change: {reason} What you wrote is kept below: copy it, or make the change again.',
  dismissRefused: 'I have copied it: dismiss',
  unsaved: 'Unsaved changes',
  saveFailed: 'Not saved: {reason} Your changes are kept on this device.',
  retry: 'Try saving again',
  conflict: 'Someone changed this elsewhere (perhaps in another tab) while you were editing. Nothing has been overwritten.',
  keepMine: 'Keep my changes',
  heldChoose: 'Choose which version to keep: yours replaces the one on the server, or the one on the server replaces yours.',
  sendMine: 'Send my changes',
  useServerVersion: 'Use the version on the server',
  useTheirs: 'Use the other version',
  restored: 'Restored {count} unsaved change(s) from this device.',
  droppedTitle: 'Text that could not be saved',
  droppedHelp: 'The record moved on elsewhere before these changes were saved, so they could not be applied. Your text is kept here: copy it to where it belongs.',
  dropped: '{count} unsaved change(s) could not be applied: {reason}',
  readOnly: 'You can read this but not change it.',
  missingCycle: 'No review cycle called "{id}" was found.',
  missingRecord: 'This record was not found.',
  notConnected: 'This widget is not connected to its record yet.',
  unreadable: 'This record could not be opened. {reason}',
  otherPartnership: 'This record belongs to a different partnership, so none of it is shown here. It has been left untouched.',
  otherPartnershipKept: 'this record has been replaced in storage by one of a different partnership, which is left untouched.',
  refused: 'Not done: {reason}',
  notYourCycle: 'You are not a member of this partnership.',
  stage: {
    'self-review': 'Self-review',
    'pre-review': 'Pre-review meeting',
    review: 'Peer review',
    workshop: 'Improvement workshop',
    'action-plan': 'Action plan',
    'check-in': 'Check-in',
    complete: 'Complete',
    paused: 'Paused',
    withdrawn: 'Withdrawn',
  } satisfies Record<Stage, string>,
  /** The "how far is this part of our practice" continuum: about practice, never a grade. */
  practice: {
    'not-yet': { label: 'Not yet part of our practice', hint: 'We have not started on this, or are only thinking about it.' },
    beginning: { label: 'Beginning', hint: 'Some early steps; it is not yet part of everyday practice.' },
    developing: { label: 'Developing', hint: 'Happening in parts of the school, not yet everywhere or every time.' },
    embedded: { label: 'Embedded', hint: 'Part of everyday practice across the school, and we can show it.' },
  } satisfies Record<PracticeLevel, { label: string; hint: string }>,
};

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type DeepPartial<T> = T extends string ? string : { [K in keyof T]?: DeepPartial<T[K]> };

const registry = new Map<string, unknown>([['common', commonStrings]]);
const overrides = new Map<string, unknown>();
const listeners = new Set<() => void>();

/** Registers a widget's default (en-GB) strings; returns a getter that applies any overrides. */
export function defineStrings<T extends object>(name: string, defaults: T): () => Widen<T> {
  registry.set(name, defaults);
  return () => merge(defaults, overrides.get(name)) as Widen<T>;
}

export const getCommonStrings = defineStrings('common', commonStrings);

/**
 * Replaces strings for another locale or a partnership's own wording, e.g.
 * `setStrings({ common: { saved: 'Wedi cadw' }, 'self-review': { submit: '…' } })`.
 * Widgets already on the page re-render.
 */
export function setStrings(next: Record<string, DeepPartial<object>>): void {
  for (const [name, value] of Object.entries(next)) overrides.set(name, merge(overrides.get(name) ?? {}, value));
  for (const listener of listeners) listener();
}

/** Names of the registered string sets, for translators. */
export const stringSets = () => [...registry.keys()];

export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** An academic year as written in prose: `2026-27` → `2026–27` (en dash). */
export const yearText = (academicYear: string) => academicYear.replace('-', '–');

/** Fills `{name}` placeholders. Values are text; templates render them as text, never as markup. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

function merge(base: unknown, extra: unknown): unknown {
  if (!extra || typeof extra !== 'object' || !base || typeof base !== 'object') return extra ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) out[key] = merge(out[key], value);
  return out;
}
