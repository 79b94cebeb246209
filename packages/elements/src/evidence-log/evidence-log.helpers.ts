/**
 * Pure helpers for `<spp-evidence-log>`: grouping and ordering evidence, dates (ids and drafts:
 * shared/drafts.ts). No role or stage rule lives here: those are core's.
 */
import type { EvidenceItem, LineOfEnquiry } from '@spp/core';

/** Newest first; items recorded in the same instant keep the later-recorded one first. */
export function newestFirst(items: readonly EvidenceItem[]): EvidenceItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.recordedAt === b.item.recordedAt ? b.index - a.index : a.item.recordedAt < b.item.recordedAt ? 1 : -1))
    .map(({ item }) => item);
}

export interface EvidenceGroup {
  /** The line of enquiry, or `undefined` for evidence not linked to a line in the plan. */
  line?: LineOfEnquiry;
  items: EvidenceItem[];
}

/**
 * Evidence grouped by line of enquiry in the plan's order (every line, even with no evidence yet),
 * then the evidence linked to no line (or to a line no longer in the plan). Newest first in each.
 */
export function groupByLine(items: readonly EvidenceItem[], lines: readonly LineOfEnquiry[]): EvidenceGroup[] {
  const sorted = newestFirst(items);
  const known = new Set(lines.map((l) => l.id));
  const groups: EvidenceGroup[] = lines.map((line) => ({ line, items: sorted.filter((e) => e.lineId === line.id) }));
  const rest = sorted.filter((e) => !e.lineId || !known.has(e.lineId));
  if (rest.length) groups.push({ items: rest });
  return groups;
}

/** What identifies the content of an evidence item, to tell a saved item from one changed since. */
export const evidenceKey = (item: Pick<EvidenceItem, 'note' | 'lineId' | 'activity'>): string =>
  JSON.stringify([item.note, item.lineId ?? null, item.activity ?? null]);


