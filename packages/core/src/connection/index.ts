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
export { indexedDbOutbox, memoryOutbox, outboxName, type NewOutboxCommand, type Outbox, type OutboxCommand, type RefusedCommand } from './outbox';
export { readEventStream, type SseMessage } from './sse';
