/** A connection to @spp/server: filtered reads, edits as commands through a persistent outbox, live changes. */
export {
  serverConnection,
  ServerError,
  type CommandEvent,
  type ConnectionEvent,
  type ConnectionStatus,
  type SaveState,
  type SendResult,
  type ServerConnection,
  type ServerConnectionOptions,
} from './connection';
export { indexedDbOutbox, memoryOutbox, outboxName, type NewOutboxCommand, type Outbox, type OutboxCommand, type RecordSnapshot, type RefusedCommand } from './outbox';
export { connectionStore, isCommandStore, runStoreCommand, type CommandStore, type StoreCommandResult } from './store';
export { readEventStream, type SseMessage } from './sse';
