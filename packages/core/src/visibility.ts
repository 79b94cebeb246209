/**
 * What each person may see of each kind of record: the filters a server applies to every read and
 * every change it sends, so nothing the role rules keep from a person reaches their browser.
 * Cycles go through `visibleCycle`; the rest are shared with the partnership's members, except a
 * schedule still being drafted, which stays with the partnership lead until it is published.
 */
import type { Cycle } from './schema/cycle';
import type { Partnership } from './schema/partnership';
import type { Schedule } from './schema/schedule';
import type { DocumentKind, SppDocument } from './schema/documents';
import { can, findPerson, type Actor } from './policy';
import { visibleCycle } from './machine/cycle';

/**
 * The record as `actor` may see it, or `undefined` when they may see none of it (they are not a
 * member of the partnership, or it is a draft they are not part of). Never changes its input.
 */
export function visibleDocument<D extends SppDocument>(doc: D, actor: Actor, partnership: Partnership): D | undefined {
  if (!findPerson(partnership, actor.id)) return undefined;
  switch (doc.kind) {
    case 'cycle':
      return visibleCycle(doc as Cycle, actor, partnership) as D;
    case 'schedule':
      return (doc as Schedule).publishedAt || can(actor, 'view-schedule-draft', null, partnership).allowed ? structuredClone(doc) : undefined;
    default:
      return structuredClone(doc);
  }
}

/** One entry of a record's history as kept by a server: who did what, when, and what came of it. */
export interface HistoryEntry {
  seq: number;
  kind: DocumentKind;
  id: string;
  actorId: string;
  at: string;
  /** The event's type (`RECORD_EVIDENCE`, `SAVE_ACTION`, …). */
  type: string;
  status: 'applied' | 'refused';
  /** The revision the change made (applied entries). */
  revision?: number;
  /** Why it was refused (refused entries). */
  reason?: string;
}

/**
 * Whether `actor` may see an entry of the history of `doc` (the record as stored now): only entries
 * of records they may see, and a refusal only by the person it refused. Entries carry who, when and
 * what kind of change, never its content, which stays behind the record's own filter.
 */
export function visibleHistoryEntry(entry: HistoryEntry, doc: SppDocument | undefined, actor: Actor, partnership: Partnership): boolean {
  if (!doc || !visibleDocument(doc, actor, partnership)) return false;
  return entry.status === 'applied' || entry.actorId === actor.id;
}
