/**
 * The document store: typed, validated access on top of a raw adapter. Every record read comes
 * through parseDocument; anything it cannot read is reported and left exactly as it is.
 */
import { InvalidDocumentError, UnreadableRecordError, WrongPartnershipError } from '../errors';
import { isDocumentKind, parseDocument, type DocumentKind, type DocumentOf } from '../schema/documents';
import { decodeValue, recordKey, type QueuedState, type RawRecord, type StorageAdapter, type StoreChange } from './adapter';

/** Metadata the store keeps on every saved document, whether or not its schema declares it. */
export interface StoredMeta {
  /** Increases by one on every save; a save must name the revision it started from. */
  revision: number;
  /** When the document was last saved (ISO 8601). */
  updatedAt?: string;
}
export type StoredDocument<K extends DocumentKind> = DocumentOf<K> & StoredMeta;

export interface PutOptions {
  /**
   * The revision the save is based on. Default: the document's own `revision`, i.e. the caller
   * passes back the document they last read. Revision 0 (never saved) creates the record, or
   * replaces one that was seeded with revision 0. `null`: the record must not exist yet.
   */
  expectedRevision?: number | null;
}

export interface ListResult<K extends DocumentKind> {
  documents: StoredDocument<K>[];
  /** Records of this kind that could not be read: reported, never dropped, never deleted. */
  unreadable: UnreadableRecordError[];
}

export interface Store {
  /** Throws UnreadableRecordError for corrupt, invalid or newer-version records. */
  get<K extends DocumentKind>(kind: K, id: string): Promise<StoredDocument<K> | undefined>;
  /**
   * Validates, then saves with revision + 1 and a fresh `updatedAt`. Throws InvalidDocumentError
   * (nothing written), ConflictError (saved elsewhere since read), UnreadableRecordError (the
   * stored record cannot be read, so it is not overwritten) or StorageFailedError.
   */
  put<K extends DocumentKind>(doc: DocumentOf<K> & { kind: K }, options?: PutOptions): Promise<StoredDocument<K>>;
  list<K extends DocumentKind>(kind: K, filter?: (doc: StoredDocument<K>) => boolean): Promise<ListResult<K>>;
  /**
   * Deletes if the stored revision still equals `expectedRevision` (else ConflictError); a missing
   * record is a no-op; an unreadable one is refused (UnreadableRecordError), like in `put`.
   */
  delete(kind: DocumentKind, id: string, expectedRevision: number): Promise<void>;
  /** Every change to a document (from this tab or, with shared storage, another). Returns unsubscribe. */
  watch(listener: (change: StoreChange<DocumentKind>) => void): () => void;
  watch(kind: DocumentKind, id: string, listener: (change: StoreChange<DocumentKind>) => void): () => void;
  /**
   * Whether the last save of this document is kept on this device only (`'waiting'` to be sent
   * when the connection is back, or `'held'` because the server would not take it), or
   * `undefined` when it is stored for good. `watch` reports when this changes.
   */
  queued?(kind: DocumentKind, id: string): QueuedState | undefined;
  /**
   * Settles a save of this document that is `'held'` (see `queued`): send mine over the server's
   * version, or use theirs and drop mine. Present when the adapter can hold saves back.
   */
  resolveQueued?(kind: DocumentKind, id: string, choice: 'keep-mine' | 'use-theirs'): Promise<void>;
}

/**
 * The partnership a document belongs to: its `partnershipId`, or its own id for the partnership
 * record; `undefined` for documents that belong to none (framework packs).
 */
export function partnershipIdOf(doc: { kind: string; id: string; partnershipId?: unknown }): string | undefined {
  if (doc.kind === 'partnership') return doc.id;
  return typeof doc.partnershipId === 'string' ? doc.partnershipId : undefined;
}

/**
 * Throws WrongPartnershipError when `doc` belongs to a partnership other than `partnership`.
 * Whoever opens a record for a partnership calls this before showing or editing any of it.
 */
export function checkPartnership(doc: { kind: string; id: string; partnershipId?: unknown }, partnership: { id: string }): void {
  const found = partnershipIdOf(doc);
  if (found !== undefined && found !== partnership.id) throw new WrongPartnershipError(recordKey(doc.kind, doc.id), found, partnership.id);
}

/** Reads a raw record as a document of `kind` saved under `id`, or throws UnreadableRecordError. */
function readRecord<K extends DocumentKind>(record: RawRecord, kind: K, id: string): StoredDocument<K> {
  const raw = decodeValue(record.key, record.value);
  try {
    const doc = parseDocument(raw, kind) as StoredDocument<K>;
    if (doc.id !== id) {
      throw new InvalidDocumentError(`The ${kind} "${doc.id}"`, [`id: saved under "${id}", which does not match`]);
    }
    // Schemas without `revision` (framework packs) would strip it: keep it, the next save needs it.
    if (typeof doc.revision !== 'number') doc.revision = typeof raw['revision'] === 'number' ? raw['revision'] : 0;
    if (doc.updatedAt === undefined && typeof raw['updatedAt'] === 'string') doc.updatedAt = raw['updatedAt'];
    return doc;
  } catch (error) {
    throw new UnreadableRecordError(record.key, error instanceof Error ? error : new Error(String(error)));
  }
}

export function createStore(adapter: StorageAdapter): Store {
  const watch = (
    ...args: [(change: StoreChange<DocumentKind>) => void] | [DocumentKind, string, (change: StoreChange<DocumentKind>) => void]
  ) => {
    const [kind, id, listener] = args.length === 1 ? [undefined, undefined, args[0]] : args;
    return adapter.subscribe((change) => {
      if (!isDocumentKind(change.kind)) return; // keys of other software sharing the storage
      if (kind !== undefined && (change.kind !== kind || change.id !== id)) return;
      listener({ key: change.key, kind: change.kind, id: change.id });
    });
  };

  return {
    async get(kind, id) {
      const record = await adapter.read(recordKey(kind, id));
      return record && readRecord(record, kind, id);
    },

    async put<K extends DocumentKind>(doc: DocumentOf<K> & { kind: K }, options: PutOptions = {}) {
      // parseDocument copies: later changes to `doc` by the caller cannot reach the store.
      const parsed = parseDocument(doc, doc.kind);
      const key = recordKey(parsed.kind, parsed.id);
      const current = await adapter.read(key);
      // Refuse to overwrite what we cannot read (corrupt, or saved by a newer version).
      if (current) readRecord(current, doc.kind, parsed.id);
      const docRevision = (doc as { revision?: unknown }).revision;
      let expected = options.expectedRevision !== undefined ? options.expectedRevision : typeof docRevision === 'number' ? docRevision : 0;
      // Revision 0 was never saved by a store: it may create the record. The adapter's
      // compare-and-set still catches anyone creating or saving it between our read and write.
      if (expected === 0 && !current) expected = null;
      const saved = { ...parsed, revision: (expected ?? 0) + 1, updatedAt: new Date().toISOString() } as StoredDocument<K>;
      await adapter.write(key, saved, expected);
      return saved;
    },

    async list(kind, filter) {
      const documents: StoredDocument<typeof kind>[] = [];
      const unreadable: UnreadableRecordError[] = [];
      for (const record of await adapter.list(kind)) {
        try {
          const doc = readRecord(record, kind, record.key.slice(kind.length + 1));
          if (!filter || filter(doc)) documents.push(doc);
        } catch (error) {
          if (error instanceof UnreadableRecordError) unreadable.push(error);
          else throw error;
        }
      }
      return { documents, unreadable };
    },

    async delete(kind, id, expectedRevision) {
      const key = recordKey(kind, id);
      const current = await adapter.read(key);
      if (!current) return;
      readRecord(current, kind, id); // never delete what we cannot read (e.g. a newer version's data)
      await adapter.remove(key, expectedRevision);
    },

    watch: watch as Store['watch'],

    queued: (kind, id) => adapter.queued?.(recordKey(kind, id)),
    ...(adapter.resolveConflict
      ? { resolveQueued: (kind: DocumentKind, id: string, choice: 'keep-mine' | 'use-theirs') => adapter.resolveConflict!(recordKey(kind, id), choice) }
      : {}),
  };
}
