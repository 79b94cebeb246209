/**
 * A server connection seen as a `Store`, so everything that reads a store (widgets, lists,
 * watchers) reads the server's filtered records the same way it reads the browser's own store.
 * Changes do not go through `put`: a server takes commands, so a `CommandStore` adds `send`, and
 * whoever edits asks `isCommandStore` which door to use (see `runStoreCommand`).
 */
import { ConflictError, StorageFailedError, UnreadableRecordError } from '../errors';
import { runCommand } from '../commands';
import type { EditContext } from '../document-edits';
import type { Refusal } from '../machine/machine';
import type { Cycle } from '../schema/cycle';
import type { DocumentKind, SppDocument } from '../schema/documents';
import { recordKey, type QueuedState, type StoreChange } from '../storage/adapter';
import type { Store, StoredDocument } from '../storage/store';
import type { CommandEvent, SendResult, ServerConnection } from './connection';

export interface CommandStore extends Store {
  /** The connection this store reads and sends through. */
  readonly connection: ServerConnection;
  /** Applies an edit here at once (through core), keeps it in the outbox and sends it: see `ServerConnection.send`. */
  send<K extends DocumentKind>(kind: K, id: string, event: CommandEvent): Promise<SendResult<K>>;
}

/** Whether edits to `store` go as commands (`send`) rather than as whole documents (`put`). */
export function isCommandStore(store: Store | undefined): store is CommandStore {
  return typeof (store as Partial<CommandStore> | undefined)?.send === 'function' && Boolean((store as Partial<CommandStore>).connection);
}

const notByPut = () =>
  new StorageFailedError('Records on the peer review service are changed by commands (send), not saved whole: nothing was changed.');

/** The records `connection` shows this person, as a read-only `Store` with `send` for changes. */
export function connectionStore(connection: ServerConnection): CommandStore {
  const watch = (...args: [(change: StoreChange<DocumentKind>) => void] | [DocumentKind, string, (change: StoreChange<DocumentKind>) => void]) => {
    const [kind, id, listener] = args.length === 1 ? [undefined, undefined, args[0]] : args;
    return connection.subscribe((event) => {
      if (event.type === 'record' && (kind === undefined || (event.kind === kind && event.id === id))) {
        listener({ key: recordKey(event.kind, event.id), kind: event.kind, id: event.id });
      } else if (event.type === 'status' && kind !== undefined) {
        // Waiting or sent: whoever shows a save state reads it again.
        listener({ key: recordKey(kind, id!), kind, id: id! });
      }
    });
  };
  return {
    connection,
    get: async (kind, id) => (await connection.get(kind, id)) as StoredDocument<typeof kind> | undefined,
    async list(kind, filter) {
      if (kind === 'partnership') {
        const own = await connection.get('partnership', connection.partnershipId);
        const documents = own ? [own as unknown as StoredDocument<typeof kind>] : [];
        return { documents: filter ? documents.filter(filter) : documents, unreadable: [] };
      }
      const result = await connection.list(kind as Exclude<DocumentKind, 'partnership'>);
      const documents = result.documents as StoredDocument<typeof kind>[];
      return {
        documents: filter ? documents.filter(filter) : documents,
        unreadable: result.unreadable.map((u) => new UnreadableRecordError(recordKey(kind, u.id), new Error(u.message))),
      };
    },
    put: () => Promise.reject(notByPut()),
    delete: () => Promise.reject(notByPut()),
    watch: watch as CommandStore['watch'],
    queued(kind, id): QueuedState | undefined {
      const state = connection.state(kind, id);
      return typeof state === 'object' && 'waiting' in state ? 'waiting' : undefined;
    },
    send: (kind, id, event) => connection.send(kind, id, event),
  };
}

export type StoreCommandResult = { ok: true; document: SppDocument | undefined } | { ok: false; refusal: Refusal };

/**
 * Runs one command (an event for a record, `CREATE_*` or `PUBLISH_SCHEDULE` included) through
 * whichever store a widget has: sent to the server on a `CommandStore`, or run through core's
 * `runCommand` on the stored record and saved on any other store (cycles a publication makes are
 * created first; one made elsewhere meanwhile is left as it is). Either way core decides, and a
 * refusal comes back in the same shape.
 */
export async function runStoreCommand(store: Store, target: { kind: DocumentKind; id: string }, event: CommandEvent, ctx: EditContext): Promise<StoreCommandResult> {
  const { kind, id } = target;
  if (isCommandStore(store)) {
    const sent = await store.send(kind, id, event);
    return sent.ok ? { ok: true, document: sent.document as SppDocument | undefined } : sent;
  }
  const current = (await store.get(kind, id)) as SppDocument | undefined;
  const existing = event.type === 'PUBLISH_SCHEDULE' ? ((await store.list('cycle')).documents as Cycle[]) : [];
  const result = runCommand({ kind, id, current }, event, ctx, existing);
  if (!result.ok) return result;
  for (const cycle of result.created) {
    try {
      await store.put(cycle, { expectedRevision: null });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  const saved = await store.put(result.doc as never, current ? { expectedRevision: (current as { revision?: number }).revision ?? 0 } : { expectedRevision: null });
  return { ok: true, document: saved as unknown as SppDocument };
}
