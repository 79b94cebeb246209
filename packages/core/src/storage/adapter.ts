/**
 * The raw storage adapter: the only I/O in core. Adapters move opaque values by key and enforce
 * compare-and-set on `revision`; they never validate documents (the store does, via parseDocument).
 */
import { ConflictError, InvalidDocumentError, UnreadableRecordError } from '../errors';

/** What an adapter holds under a key. `value` is exactly what was stored: possibly garbage. */
export interface RawRecord {
  key: string;
  value: unknown;
}

/** A record was written or removed (in this tab or, for shared storage, another one). */
export interface StoreChange<K extends string = string> {
  key: string;
  kind: K;
  id: string;
}

export interface StorageAdapter {
  read(key: string): Promise<RawRecord | undefined>;
  /** Every record of `kind`, unreadable ones included, in key order. */
  list(kind: string): Promise<RawRecord[]>;
  /**
   * Atomic compare-and-set. `expectedRevision` null: the key must not exist yet; a number: the
   * stored record's `revision` must equal it, else ConflictError. A stored value without a usable
   * revision throws UnreadableRecordError. Either way nothing is written.
   */
  write(key: string, value: unknown, expectedRevision: number | null): Promise<void>;
  /** Compare-and-delete with the same rules as `write`; removing a missing key is a no-op. */
  remove(key: string, expectedRevision: number): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (change: StoreChange) => void): () => void;
  /**
   * For adapters that keep saves on this device when the server cannot be reached (HTTP): whether
   * the newest save of `key` is still only here, `'waiting'` to be sent or `'held'` back because
   * the server would not take it (a conflict); `undefined` when it is stored for good. Adapters
   * that save at once leave this out. A change is reported (`subscribe`) whenever the answer changes.
   */
  queued?(key: string): QueuedState | undefined;
  /**
   * For such adapters: settles a save `'held'` back by the server. `'keep-mine'` sends it over the
   * server's version the person was shown; `'use-theirs'` drops it for the server's version.
   */
  resolveConflict?(key: string, choice: 'keep-mine' | 'use-theirs'): Promise<void>;
}

/** Where a save kept on this device stands: waiting to be sent, or held back for a decision. */
export type QueuedState = 'waiting' | 'held';

/** `ConflictError.expected` / `.actual` when there is no record on that side. */
export const NO_RECORD = -1;

export const recordKey = (kind: string, id: string): string => `${kind}/${id}`;

export function parseRecordKey(key: string): { kind: string; id: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { kind: '', id: key } : { kind: key.slice(0, slash), id: key.slice(slash + 1) };
}

const unreadable = (key: string, issue: string) =>
  new UnreadableRecordError(key, new InvalidDocumentError('The saved data', [issue]));

/**
 * Turns a stored value into a plain object. Serialising adapters store JSON text, so a string is
 * parsed; text cut short by a crash or a full disk becomes UnreadableRecordError, never a SyntaxError.
 */
export function decodeValue(key: string, value: unknown): Record<string, unknown> {
  let decoded = value;
  if (typeof value === 'string') {
    try {
      decoded = JSON.parse(value);
    } catch {
      throw unreadable(key, '(document): not valid JSON, it may have been cut short while saving');
    }
  }
  if (!decoded || typeof decoded !== 'object' || Array.isArray(decoded)) {
    throw unreadable(key, `(document): expected an object, found ${Array.isArray(decoded) ? 'an array' : decoded === null ? 'null' : typeof decoded}`);
  }
  return decoded as Record<string, unknown>;
}

/**
 * The stored record's revision. Missing means 0, as the schemas default it (hand-written or
 * pre-release data); anything else that is not a whole number makes the record unreadable.
 */
export function revisionOf(record: RawRecord): number {
  const revision = decodeValue(record.key, record.value)['revision'];
  if (revision === undefined) return 0;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
    throw unreadable(record.key, 'revision: expected a whole number');
  }
  return revision;
}

/** The compare-and-set check every adapter runs inside its atomic section, before writing. */
export function checkRevision(key: string, current: RawRecord | undefined, expected: number | null): void {
  const actual = current === undefined ? NO_RECORD : revisionOf(current);
  if (actual !== (expected ?? NO_RECORD)) throw new ConflictError(key, expected ?? NO_RECORD, actual);
}

const RECORD_NAMES: Record<string, string> = {
  cycle: 'this review cycle',
  partnership: 'the partnership',
  framework: 'the framework pack',
  schedule: 'the schedule',
  reflection: 'this reflection',
};
/** How a person would name a record in a message ("this review cycle"), never its storage key. */
export function describeRecord(key: string): string {
  return RECORD_NAMES[key.slice(0, key.indexOf('/'))] ?? 'this record';
}
