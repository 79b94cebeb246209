/**
 * The outbox: every edit a person makes, stored on the device before it is sent to @spp/server,
 * and kept until the server has answered. One outbox per person and per partnership (its
 * IndexedDB database is named after both), so on a shared laptop one person's unsent changes are
 * never sent with another person's sign-in. The device id lives in the outbox too, and each
 * command gets the device's next sequence number in the same transaction that stores it.
 * `indexedDB` is only touched when used: core is imported in Node too.
 */
import { SppError, StorageFailedError } from '../errors';
import type { DocumentKind } from '../schema/documents';
import type { Refusal } from '../machine/machine';

/** One command waiting to be sent: the body of POST /api/v1/{kinds}/{id}/events, and where it goes. */
export interface OutboxCommand {
  /** Made on the device for this change; a retry sends the same one, so the server applies it once. */
  commandId: string;
  deviceId: string;
  /** The device's count of its commands (1, 2, 3, …): the server applies them in this order. */
  seq: number;
  partnershipId: string;
  kind: DocumentKind;
  id: string;
  /** The event as the person made it (it carries their text). */
  event: Record<string, unknown>;
  /** When it was stored (ISO 8601). */
  queuedAt: string;
}

/** What is needed to store a new command; the outbox adds the device id and sequence number. */
export type NewOutboxCommand = Omit<OutboxCommand, 'deviceId' | 'seq'>;

/**
 * A command the server would not apply: core refused it on the latest state (`code`, `rule`,
 * `reason` are core's), or the server turned it away (`code` and `reason` are the server's
 * `code` and `message`). Kept with the event, so the person's text can be copied or redone.
 */
export interface RefusedCommand {
  commandId: string;
  kind: DocumentKind;
  id: string;
  event: Record<string, unknown>;
  refusal: { code: Refusal['code'] | (string & {}); rule?: string; reason: string; messageId?: Refusal['messageId']; params?: Refusal['params'] };
  /** When the answer came (ISO 8601). */
  at: string;
}

/**
 * The record as the server last showed this person, kept beside the outbox so a page reloaded
 * offline can still show it (and the edits waiting on top of it). `document` null: none, or not shared.
 */
export interface RecordSnapshot {
  kind: DocumentKind;
  id: string;
  revision: number;
  document: unknown;
}

/** Durable storage for a connection's commands. Every method stores or returns copies. */
export interface Outbox {
  /** Set when the outbox is shared by several tabs (IndexedDB): their sending is then serialised under this name. */
  readonly name?: string;
  /** This device's id, made and stored on first use. */
  deviceId(): Promise<string>;
  /** Stores a command with the device's next sequence number, in one step; resolves with what was stored. */
  add(command: NewOutboxCommand): Promise<OutboxCommand>;
  /** The commands waiting, in sequence order. */
  pending(): Promise<OutboxCommand[]>;
  /** Drops a command the server has applied (nothing happens if it is not there). */
  remove(commandId: string): Promise<void>;
  /** Moves a command from the waiting ones to the refused ones, in one step. */
  refuse(commandId: string, refused: RefusedCommand): Promise<void>;
  /** The refused commands not yet dismissed, oldest first. */
  refused(): Promise<RefusedCommand[]>;
  /** Forgets a refused command once the person has dealt with it. */
  dismiss(commandId: string): Promise<void>;
  /**
   * Numbers the waiting commands again from `from`, keeping their order (the server expects
   * `from` next: an earlier command never reached it, or the device's count moved on elsewhere).
   * The next new command follows the last of them. Resolves with the waiting commands.
   */
  renumber(from: number): Promise<OutboxCommand[]>;
  /** Keeps the server's latest state of a record (replacing the one kept before). */
  saveRecord(snapshot: RecordSnapshot): Promise<void>;
  /** Notes that every record of `kind` this person may see has been listed (so a list can be answered offline). */
  saveListed(kinds: DocumentKind[]): Promise<void>;
  /** The records kept, and the kinds listed in full. */
  records(): Promise<{ snapshots: RecordSnapshot[]; listed: DocumentKind[] }>;
  /** Closes what the outbox holds open; a later call reopens it. */
  close(): void;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const bySeq = (a: OutboxCommand, b: OutboxCommand) => a.seq - b.seq;
const byTime = (a: RefusedCommand, b: RefusedCommand) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** A random id of letters and digits, valid as a record, device or command id. */
export function randomId(prefix: string): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** An outbox in memory: lost on reload. For tests, and where no durable storage can be used. */
export function memoryOutbox(options: { deviceId?: string } = {}): Outbox {
  const deviceId = options.deviceId ?? randomId('d');
  let lastSeq = 0;
  const commands = new Map<string, OutboxCommand>();
  const refused = new Map<string, RefusedCommand>();
  const snapshots = new Map<string, RecordSnapshot>();
  let listed: DocumentKind[] = [];
  return {
    deviceId: async () => deviceId,
    async add(command) {
      const stored: OutboxCommand = { ...copy(command), deviceId, seq: ++lastSeq };
      commands.set(stored.commandId, stored);
      return copy(stored);
    },
    pending: async () => copy([...commands.values()].sort(bySeq)),
    async remove(commandId) {
      commands.delete(commandId);
    },
    async refuse(commandId, entry) {
      commands.delete(commandId);
      refused.set(commandId, copy(entry));
    },
    refused: async () => copy([...refused.values()].sort(byTime)),
    async dismiss(commandId) {
      refused.delete(commandId);
    },
    async renumber(from) {
      const waiting = [...commands.values()].sort(bySeq);
      waiting.forEach((command, index) => (command.seq = from + index));
      lastSeq = from + waiting.length - 1;
      return copy(waiting);
    },
    async saveRecord(snapshot) {
      snapshots.set(`${snapshot.kind}/${snapshot.id}`, copy(snapshot));
    },
    async saveListed(kinds) {
      listed = [...kinds];
    },
    records: async () => copy({ snapshots: [...snapshots.values()], listed }),
    close() {},
  };
}

const COMMANDS = 'commands';
const REFUSED = 'refused';
const META = 'meta';
const RECORDS = 'records';
/** 2: the records kept for reading offline. */
const DB_VERSION = 2;

interface DeviceMeta {
  deviceId: string;
  lastSeq: number;
}

/** The database name of the outbox of one person in one partnership. */
export const outboxName = (partnershipId: string, personId: string) => `spp-outbox:${partnershipId}:${personId}`;

function failure(error: unknown): Error {
  if (error instanceof SppError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new StorageFailedError("The browser storage could not be used: the browser's storage for this site is full. Nothing was changed; free some space and try again.", { cause: error });
  }
  const detail = (error as { message?: unknown } | null)?.message ?? String(error);
  return new StorageFailedError(`The browser storage could not be used: ${detail || 'unknown error'}`, { cause: error });
}

/**
 * The outbox in IndexedDB (database `spp-outbox:<partnershipId>:<personId>` unless `name` is
 * given): survives a reload and a closed laptop. Each method is one transaction, so a command and
 * its sequence number, or a refusal and the removal of its command, are stored together or not at all.
 */
export function indexedDbOutbox(options: { partnershipId: string; personId: string; name?: string }): Outbox {
  const name = options.name ?? outboxName(options.partnershipId, options.personId);
  let database: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> =>
    (database ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new StorageFailedError('IndexedDB is not available here (private browsing or a non-browser environment).'));
      const request = indexedDB.open(name, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(COMMANDS)) db.createObjectStore(COMMANDS, { keyPath: 'commandId' });
        if (!db.objectStoreNames.contains(REFUSED)) db.createObjectStore(REFUSED, { keyPath: 'commandId' });
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
        if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS);
      };
      request.onsuccess = () => {
        const db = request.result;
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

  /** Runs `body` in one transaction over `stores`; resolves with its result once the transaction commits. */
  const transact = async <T>(mode: IDBTransactionMode, stores: string[], body: (tx: IDBTransaction) => () => T): Promise<T> => {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = db.transaction(stores, mode);
      } catch (error) {
        return reject(failure(error));
      }
      let result: () => T = () => undefined as T;
      tx.oncomplete = () => resolve(result());
      tx.onabort = () => reject(failure(tx.error));
      try {
        result = body(tx);
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already finished
        }
        reject(failure(error));
      }
    });
  };

  /** Reads the device's row, making it first when there is none; `then` runs in the same transaction. */
  const withMeta = (tx: IDBTransaction, then: (meta: DeviceMeta) => void) => {
    const store = tx.objectStore(META);
    const request = store.get('device');
    request.onsuccess = () => {
      const found = request.result as DeviceMeta | undefined;
      const meta = found && typeof found.deviceId === 'string' && Number.isInteger(found.lastSeq) ? found : { deviceId: randomId('d'), lastSeq: 0 };
      if (meta !== found) store.put(meta, 'device');
      then(meta);
    };
  };

  const all = <T>(tx: IDBTransaction, storeName: string, done: (items: T[]) => void) => {
    const request = tx.objectStore(storeName).getAll();
    request.onsuccess = () => done(request.result as T[]);
  };

  return {
    name,
    deviceId: () =>
      transact('readwrite', [META], (tx) => {
        let id = '';
        withMeta(tx, (meta) => (id = meta.deviceId));
        return () => id;
      }),
    add: (command) =>
      transact('readwrite', [META, COMMANDS], (tx) => {
        let stored: OutboxCommand | undefined;
        const value = copy(command);
        withMeta(tx, (meta) => {
          meta.lastSeq += 1;
          tx.objectStore(META).put(meta, 'device');
          stored = { ...value, deviceId: meta.deviceId, seq: meta.lastSeq };
          tx.objectStore(COMMANDS).put(stored);
        });
        return () => stored!;
      }),
    pending: () =>
      transact('readonly', [COMMANDS], (tx) => {
        let items: OutboxCommand[] = [];
        all<OutboxCommand>(tx, COMMANDS, (found) => (items = found.sort(bySeq)));
        return () => items;
      }),
    remove: (commandId) =>
      transact('readwrite', [COMMANDS], (tx) => {
        tx.objectStore(COMMANDS).delete(commandId);
        return () => undefined;
      }),
    refuse: (commandId, refused) =>
      transact('readwrite', [COMMANDS, REFUSED], (tx) => {
        tx.objectStore(COMMANDS).delete(commandId);
        tx.objectStore(REFUSED).put(copy(refused));
        return () => undefined;
      }),
    refused: () =>
      transact('readonly', [REFUSED], (tx) => {
        let items: RefusedCommand[] = [];
        all<RefusedCommand>(tx, REFUSED, (found) => (items = found.sort(byTime)));
        return () => items;
      }),
    dismiss: (commandId) =>
      transact('readwrite', [REFUSED], (tx) => {
        tx.objectStore(REFUSED).delete(commandId);
        return () => undefined;
      }),
    renumber: (from) =>
      transact('readwrite', [META, COMMANDS], (tx) => {
        let items: OutboxCommand[] = [];
        withMeta(tx, (meta) => {
          all<OutboxCommand>(tx, COMMANDS, (found) => {
            items = found.sort(bySeq);
            items.forEach((command, index) => {
              command.seq = from + index;
              tx.objectStore(COMMANDS).put(command);
            });
            meta.lastSeq = from + items.length - 1;
            tx.objectStore(META).put(meta, 'device');
          });
        });
        return () => items;
      }),
    saveRecord: (snapshot) =>
      transact('readwrite', [RECORDS], (tx) => {
        tx.objectStore(RECORDS).put(copy(snapshot), `${snapshot.kind}/${snapshot.id}`);
        return () => undefined;
      }),
    saveListed: (kinds) =>
      transact('readwrite', [META], (tx) => {
        tx.objectStore(META).put([...kinds], 'listed');
        return () => undefined;
      }),
    records: () =>
      transact('readonly', [RECORDS, META], (tx) => {
        let snapshots: RecordSnapshot[] = [];
        let listed: DocumentKind[] = [];
        all<RecordSnapshot>(tx, RECORDS, (found) => (snapshots = found));
        const request = tx.objectStore(META).get('listed');
        request.onsuccess = () => (listed = Array.isArray(request.result) ? (request.result as DocumentKind[]) : []);
        return () => ({ snapshots, listed });
      }),
    close() {
      void database?.then((db) => db.close(), () => undefined);
      database = undefined;
    },
  };
}
