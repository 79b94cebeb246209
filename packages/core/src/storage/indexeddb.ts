/**
 * IndexedDB adapter, on the browser API directly. Compare-and-set runs inside one readwrite
 * transaction, which IndexedDB serialises across tabs, so two tabs can never both win a save.
 * `indexedDB` and `BroadcastChannel` are only touched when used: core is imported in Node too.
 */
import { SppError, StorageFailedError } from '../errors';
import { checkRevision, describeRecord, parseRecordKey, type RawRecord, type StorageAdapter, type StoreChange } from './adapter';

/** The object store holding every record, keyed by `${kind}/${id}`. */
export const IDB_OBJECT_STORE = 'records';
const DB_VERSION = 1;

export interface IndexedDbAdapterOptions {
  /** Database name; also names the BroadcastChannel other tabs listen on. */
  name?: string;
}

export interface IndexedDbAdapter extends StorageAdapter {
  /** Closes the connection and the channel; a later call reopens them. */
  close(): void;
}

function failure(error: unknown, key?: string): Error {
  if (error instanceof SppError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const what = key ? `Could not save ${describeRecord(key)}` : 'The browser storage could not be used';
  if (name === 'QuotaExceededError') {
    return new StorageFailedError(`${what}: the browser's storage for this site is full. Nothing was changed; free some space and try again.`, { cause: error });
  }
  const detail = (error as { message?: unknown } | null)?.message ?? String(error);
  return new StorageFailedError(`${what}: ${detail || 'unknown error'}`, { cause: error });
}

export function indexedDbAdapter(options: IndexedDbAdapterOptions = {}): IndexedDbAdapter {
  const name = options.name ?? 'spp-peer-review';
  const listeners = new Set<(change: StoreChange) => void>();
  let database: Promise<IDBDatabase> | undefined;
  let channel: BroadcastChannel | undefined;

  const open = (): Promise<IDBDatabase> =>
    (database ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new StorageFailedError('IndexedDB is not available here (private browsing or a non-browser environment).'));
      const request = indexedDB.open(name, DB_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(IDB_OBJECT_STORE)) request.result.createObjectStore(IDB_OBJECT_STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading or deleting the database: let it, and reopen on next use.
        db.onversionchange = () => {
          db.close();
          database = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(failure(request.error));
    }).catch((error: unknown) => {
      database = undefined; // let a later call try again
      throw error;
    }));

  const deliver = (change: StoreChange) => {
    for (const listener of [...listeners]) queueMicrotask(() => listener(change));
  };

  // Created on first use: it carries this tab's changes out and other tabs' changes in.
  const bus = (): BroadcastChannel | undefined => {
    if (!channel && typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(`spp-storage:${name}`);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        const key = (event.data as { key?: unknown } | null)?.key;
        if (typeof key === 'string') deliver({ key, ...parseRecordKey(key) });
      };
    }
    return channel;
  };

  const changed = (key: string) => {
    deliver({ key, ...parseRecordKey(key) });
    bus()?.postMessage({ key });
  };

  /**
   * Runs `body` in one transaction and resolves with its result once the transaction commits.
   * `abort` rolls everything back and rejects with the given error.
   */
  const transact = async <T>(
    mode: IDBTransactionMode,
    key: string | undefined,
    body: (store: IDBObjectStore, abort: (error: unknown) => void) => () => T,
  ): Promise<T> => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      let reason: unknown;
      let result: () => T = () => undefined as T;
      let tx: IDBTransaction;
      try {
        tx = db.transaction(IDB_OBJECT_STORE, mode);
      } catch (error) {
        return reject(failure(error, key));
      }
      const abort = (error: unknown) => {
        reason = error;
        try {
          tx.abort();
        } catch {
          // already finished: onabort/oncomplete settles the promise
        }
      };
      tx.oncomplete = () => resolve(result());
      // Quota errors surface here, as the transaction's error, often only at commit.
      tx.onabort = () => reject(failure(reason ?? tx.error, key));
      try {
        result = body(tx.objectStore(IDB_OBJECT_STORE), abort);
      } catch (error) {
        abort(error);
      }
    });
  };

  /** Compare-and-set: the check and the change happen in the same readwrite transaction. */
  const compareAndSet = (key: string, expected: number | null, change: (store: IDBObjectStore) => void, skipIfMissing: boolean) =>
    transact('readwrite', key, (store, abort) => {
      let applied = false;
      const request = store.openCursor(key);
      request.onsuccess = () => {
        try {
          const cursor = request.result;
          if (!cursor && skipIfMissing) return;
          checkRevision(key, cursor ? { key, value: cursor.value as unknown } : undefined, expected);
          change(store);
          applied = true;
        } catch (error) {
          abort(error);
        }
      };
      return () => applied;
    }).then((applied) => {
      if (applied) changed(key);
    });

  return {
    read: (key) =>
      transact('readonly', undefined, (store) => {
        // A cursor, not get(): it tells a stored `undefined` apart from a missing key.
        const request = store.openCursor(key);
        return (): RawRecord | undefined => (request.result ? { key, value: request.result.value as unknown } : undefined);
      }),
    list: (kind) =>
      transact('readonly', undefined, (store) => {
        const records: RawRecord[] = [];
        // '0' is the character after '/': the range is exactly the keys starting with `${kind}/`.
        const request = store.openCursor(IDBKeyRange.bound(`${kind}/`, `${kind}0`, false, true));
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return;
          records.push({ key: String(cursor.key), value: cursor.value as unknown });
          cursor.continue();
        };
        return () => records;
      }),
    write: (key, value, expectedRevision) => compareAndSet(key, expectedRevision, (store) => store.put(value, key), false),
    remove: (key, expectedRevision) => compareAndSet(key, expectedRevision, (store) => store.delete(key), true),
    subscribe(listener) {
      bus();
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      void database?.then((db) => db.close(), () => undefined);
      database = undefined;
      channel?.close();
      channel = undefined;
    },
  };
}
