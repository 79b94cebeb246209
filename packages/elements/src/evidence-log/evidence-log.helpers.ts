/**
 * Pure helpers for `<spp-evidence-log>`: ids for new items, grouping and ordering evidence, dates,
 * and the device-kept draft of the capture form. No role or stage rule lives here: those are core's.
 */
import type { EvidenceItem, LineOfEnquiry } from '@spp/core';

/**
 * A new id made on this device (`<prefix>-<uuid>`), so a re-sent edit names the same item and core
 * updates it instead of adding a second one. `crypto.randomUUID()` needs a secure context; pages
 * served over plain http get a version-4 UUID from `crypto.getRandomValues()` instead.
 */
export function newId(prefix: string): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return `${prefix}-${crypto.randomUUID()}`;
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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

/** A calendar date (`YYYY-MM-DD`) written out, e.g. "14 October 2026". */
export function longDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant in the reader's time zone, e.g. "14 Oct 2026, 10:00". */
export function dateTime(instant: string, locale: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * What is typed into the capture form before "Add evidence", and the line and activity chosen,
 * kept on this device per person and cycle so a reload or a closed tab does not lose it.
 */
export class Drafts {
  private values: Record<string, string> = {};
  private key?: string;

  /** Points the drafts at a person's cycle, reading what was kept. */
  use(key: string | undefined): void {
    if (key === this.key) return;
    this.key = key;
    this.values = {};
    if (!key) return;
    try {
      const raw = localStorage.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (parsed && typeof parsed === 'object') {
        for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') this.values[name] = value;
      }
    } catch {
      // Storage may be blocked (private mode, sandboxed frames): drafts then live in memory only.
    }
  }

  get(name: string): string {
    return this.values[name] ?? '';
  }

  set(name: string, value: string): void {
    if (value) this.values[name] = value;
    else delete this.values[name];
    if (!this.key) return;
    try {
      if (Object.keys(this.values).length) localStorage.setItem(this.key, JSON.stringify(this.values));
      else localStorage.removeItem(this.key);
    } catch {
      /* see use() */
    }
  }
}
