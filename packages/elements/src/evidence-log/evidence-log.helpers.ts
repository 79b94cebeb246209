/**
 * Pure helpers for `<spp-evidence-log>`: grouping and ordering evidence, dates (ids and drafts:
 * shared/drafts.ts). No role or stage rule lives here: those are core's.
 */
import type { EvidenceItem, LineOfEnquiry } from '@spp/core';
import { longDate } from '../shared/dates';
import { format } from '../shared/strings';

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

/** Month and weekday names and date patterns from a widget's catalogue (its `calendar`). */
export interface CalendarText {
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
  readonly weekdays: readonly string[];
  readonly date: string;
  readonly dateWithWeekday: string;
  readonly dateTime: string;
}

const intlDates = new Map<string, boolean>();
/** Whether this browser has date data for `locale` (Chromium has none for Welsh, and writes "October 14, 2026"). */
export function hasIntlDates(locale: string): boolean {
  let has = intlDates.get(locale);
  if (has === undefined) {
    try {
      has = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    } catch {
      has = false;
    }
    intlDates.set(locale, has);
  }
  return has;
}

/**
 * A calendar date (`YYYY-MM-DD`, or the date of an instant) written out in `locale`: by `Intl`
 * where the browser has the locale's data, else from the catalogue's month and weekday names.
 */
export function calendarDate(iso: string, locale: string, calendar: CalendarText, options: { weekday?: boolean; month?: 'long' | 'short' } = {}): string {
  if (hasIntlDates(locale)) return longDate(iso, locale, options);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const month = (options.month === 'short' ? calendar.monthsShort : calendar.months)[date.getUTCMonth()] ?? '';
  const values = { day: String(date.getUTCDate()), month, year: String(date.getUTCFullYear()), weekday: calendar.weekdays[date.getUTCDay()] ?? '' };
  return format(options.weekday ? calendar.dateWithWeekday : calendar.date, values);
}

/** An instant in the reader's time zone, e.g. "14 Oct 2026, 10:00" (from the catalogue's names where the browser has no data for `locale`). */
export function dateTime(instant: string, locale: string, calendar?: CalendarText): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  if (!calendar || hasIntlDates(locale)) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  const day = format(calendar.date, { day: String(date.getDate()), month: calendar.monthsShort[date.getMonth()] ?? '', year: String(date.getFullYear()) });
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return format(calendar.dateTime, { date: day, time });
}

