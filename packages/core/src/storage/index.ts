/** Storage: a typed, validating store over a raw compare-and-set adapter (memory or IndexedDB). */
export {
  checkRevision,
  decodeValue,
  recordKey,
  NO_RECORD,
  parseRecordKey,
  revisionOf,
  type QueuedState,
  type RawRecord,
  type StorageAdapter,
  type StoreChange,
} from './adapter';
export { memoryAdapter, type MemoryAdapterOptions } from './memory';
export { indexedDbAdapter, type IndexedDbAdapter, type IndexedDbAdapterOptions } from './indexeddb';
export { checkPartnership, createStore, partnershipIdOf, type ListResult, type PutOptions, type Store, type StoredDocument, type StoredMeta } from './store';
export {
  httpAdapter,
  localStorageQueue,
  memoryQueue,
  type HttpAdapter,
  type HttpAdapterOptions,
  type HttpConflict,
  type HttpStoreChange,
  type OfflineQueue,
  type QueuedWrite,
} from './http';
