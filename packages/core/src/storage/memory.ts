/**
 * An in-memory adapter for tests, demos and server-side use. It keeps JSON text, like real storage,
 * so a caller mutating an object after saving it cannot change what was saved.
 */
import { StorageFailedError } from '../errors';
import { checkRevision, describeRecord, parseRecordKey, type RawRecord, type StorageAdapter, type StoreChange } from './adapter';

export interface MemoryAdapterOptions {
  /** Seed records by key. Strings are stored verbatim (so tests can seed truncated JSON); other values as JSON. */
  initial?: Record<string, unknown>;
  /** Simulates a full disk: a write that would take the total (UTF-8 bytes of keys and values) past this fails. */
  quotaBytes?: number;
}

const encoder = new TextEncoder();
const bytes = (key: string, text: string) => encoder.encode(key).length + encoder.encode(text).length;

export function memoryAdapter(options: MemoryAdapterOptions = {}): StorageAdapter {
  const records = new Map<string, string>();
  for (const [key, value] of Object.entries(options.initial ?? {})) {
    records.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const listeners = new Set<(change: StoreChange) => void>();
  const current = (key: string): RawRecord | undefined => {
    const value = records.get(key);
    return value === undefined ? undefined : { key, value };
  };
  // Listeners run after the write, on their own microtask: a throwing listener cannot undo a save.
  const notify = (key: string) => {
    const change = { key, ...parseRecordKey(key) };
    for (const listener of [...listeners]) queueMicrotask(() => listener(change));
  };

  // Every method checks and mutates synchronously (no await in between): that is what makes
  // compare-and-set atomic here.
  return {
    async read(key) {
      return current(key);
    },
    async list(kind) {
      const prefix = `${kind}/`;
      return [...records.keys()]
        .filter((key) => key.startsWith(prefix))
        .sort()
        .map((key) => ({ key, value: records.get(key) }));
    },
    async write(key, value, expectedRevision) {
      const existing = current(key);
      checkRevision(key, existing, expectedRevision);
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch (error) {
        throw new StorageFailedError(`Could not save ${describeRecord(key)}: the data cannot be stored (${String(error)}).`, { cause: error });
      }
      if (text === undefined) throw new StorageFailedError(`Could not save ${describeRecord(key)}: there is no data to store.`);
      if (options.quotaBytes !== undefined) {
        let total = 0;
        for (const [k, v] of records) if (k !== key) total += bytes(k, v);
        if (total + bytes(key, text) > options.quotaBytes) {
          throw new StorageFailedError(
            `Could not save ${describeRecord(key)}: storage is full (limit ${options.quotaBytes} bytes). Nothing was changed; free some space and try again.`,
          );
        }
      }
      records.set(key, text);
      notify(key);
    },
    async remove(key, expectedRevision) {
      const existing = current(key);
      if (!existing) return;
      checkRevision(key, existing, expectedRevision);
      records.delete(key);
      notify(key);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
