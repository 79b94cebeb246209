/**
 * The live change feed of each partnership, for Server-Sent Events. Each applied command is sent
 * to every open feed of its partnership, each person getting only what core's filters let them
 * see. Commands are announced by NOTIFY (from this process or, on PostgreSQL, any other), read
 * back from the log in order, and resumable: a feed opened with `Last-Event-ID` first catches up.
 */
import { visibleDocument, type Actor, type DocumentKind, type Partnership, type SppDocument } from '@spp/core';
import type { Database } from './db/driver';
import { CHANGES_CHANNEL, changesSince, formatCursor, getPartnership, getRecord, latestCursor, type FeedCursor, type LogEntry } from './records';

/** One change as a person receives it: `document` is their view, or null when it is not shared with them. */
export interface FeedChange {
  kind: DocumentKind;
  id: string;
  revision: number;
  document: SppDocument | null;
}
export interface FeedMessage {
  /** The feed position (`tx.seq`): the SSE event id, sent back as Last-Event-ID to resume. */
  id: string;
  seq: number;
  actorId: string;
  at: string;
  type: string;
  changes: FeedChange[];
}

interface Subscriber {
  actor: Actor;
  send(message: FeedMessage): void;
  /** The last position this subscriber has been sent (or skipped). */
  cursor: FeedCursor;
}

interface PartnershipFeed {
  subscribers: Set<Subscriber>;
  /** Everything up to here has been read from the log and handed to subscribers. */
  last: FeedCursor;
  /** Runs pumps one after another, so messages go out in log order. */
  chain: Promise<void>;
  dirty: boolean;
}

const after = (a: FeedCursor, b: FeedCursor) => a.tx > b.tx || (a.tx === b.tx && a.seq > b.seq);
const PAGE = 500;

export class ChangeFeed {
  readonly #db: Database;
  readonly #feeds = new Map<string, PartnershipFeed>();
  #stop: (() => Promise<void>) | undefined;
  #closed = false;

  constructor(db: Database) {
    this.#db = db;
  }

  async start(): Promise<void> {
    this.#stop = await this.#db.listen(CHANGES_CHANNEL, (partnershipId) => {
      const feed = this.#feeds.get(partnershipId);
      if (feed) this.#schedule(partnershipId, feed);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#stop?.();
    for (const feed of this.#feeds.values()) feed.subscribers.clear();
  }

  /** Opens a feed for `actor`; `since` (Last-Event-ID) catches up first. Returns the unsubscribe. */
  async subscribe(partnershipId: string, actor: Actor, since: FeedCursor | undefined, send: (message: FeedMessage) => void): Promise<() => void> {
    let feed = this.#feeds.get(partnershipId);
    if (!feed) {
      feed = { subscribers: new Set(), last: await latestCursor(this.#db, partnershipId), chain: Promise.resolve(), dirty: false };
      this.#feeds.set(partnershipId, feed);
    }
    const current = feed;
    const subscriber: Subscriber = { actor, send, cursor: since ?? current.last };
    // Joining goes through the chain too: the catch-up is sent before any later live message.
    current.chain = current.chain
      .then(async () => {
        if (since !== undefined && after(current.last, since)) {
          let cursor = since;
          for (;;) {
            const { entries } = await changesSince(this.#db, partnershipId, cursor, PAGE);
            const upTo = entries.filter((e) => !after(e.cursor, current.last));
            if (!upTo.length) break;
            await this.#deliver(partnershipId, upTo, [subscriber]);
            cursor = upTo.at(-1)!.cursor;
            if (upTo.length < entries.length || entries.length < PAGE) break;
          }
        }
        if (after(current.last, subscriber.cursor)) subscriber.cursor = current.last;
        current.subscribers.add(subscriber);
      })
      .catch(() => {});
    await current.chain;
    return () => {
      current.subscribers.delete(subscriber);
    };
  }

  #schedule(partnershipId: string, feed: PartnershipFeed, delayMs = 0): void {
    if (feed.dirty || this.#closed) return; // a pump is already queued: it will read this change too
    feed.dirty = true;
    const pump = async () => {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      feed.dirty = false;
      const { entries, pending } = await changesSince(this.#db, partnershipId, feed.last, PAGE);
      if (entries.length) {
        feed.last = entries.at(-1)!.cursor;
        await this.#deliver(partnershipId, entries, [...feed.subscribers]);
      }
      // More to read, or a change behind a transaction still running: look again shortly.
      if (entries.length === PAGE) this.#schedule(partnershipId, feed);
      else if (pending) this.#schedule(partnershipId, feed, 20);
    };
    feed.chain = feed.chain.then(pump).catch(() => {
      // The database was unreachable for a moment: the next change reads from `last` again.
    });
  }

  async #deliver(partnershipId: string, entries: LogEntry[], subscribers: Subscriber[]): Promise<void> {
    if (!subscribers.length) return;
    const partnership = await getPartnership(this.#db, partnershipId);
    if (!partnership) return;
    // The record as stored now: a later change in the same batch is sent with the newer state.
    const records = new Map<string, SppDocument | undefined>();
    for (const entry of entries) {
      for (const touched of entry.touched) {
        const key = `${touched.kind}/${touched.id}`;
        if (!records.has(key)) records.set(key, await getRecord(this.#db, touched.kind, touched.id).then((r) => r?.doc).catch(() => undefined));
      }
    }
    for (const subscriber of subscribers) {
      for (const entry of entries) {
        if (!after(entry.cursor, subscriber.cursor)) continue;
        subscriber.cursor = entry.cursor;
        const message = messageFor(entry, records, subscriber.actor, partnership);
        if (message) subscriber.send(message);
      }
    }
  }
}

function messageFor(entry: LogEntry, records: Map<string, SppDocument | undefined>, actor: Actor, partnership: Partnership): FeedMessage | undefined {
  const changes: FeedChange[] = [];
  for (const touched of entry.touched) {
    const doc = records.get(`${touched.kind}/${touched.id}`);
    const view = doc && visibleDocument(doc, actor, partnership);
    // A record not shared with this person is not announced at all.
    if (view) changes.push({ kind: touched.kind, id: touched.id, revision: (doc as { revision?: number }).revision ?? touched.revision, document: view });
  }
  if (!changes.length) return undefined;
  return { id: formatCursor(entry.cursor), seq: entry.seq, actorId: entry.actorId, at: entry.at, type: entry.type, changes };
}
