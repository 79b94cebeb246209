/**
 * Pure helpers for `<spp-review-plan>`: times and dates as people read them, the timetable
 * (activities per day, by start time) and the coverage check (ids and drafts: shared/drafts.ts).
 * No role or stage rule lives here: those are core's.
 */
import type { LineOfEnquiry, PlannedActivity } from '@spp/core';
import { hasIntlDates } from '../shared/dates';

/** Minutes since midnight of an `HH:MM` time, or `undefined`. */
export function minutesOf(time: string | undefined): number | undefined {
  const match = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** `HH:MM` of a number of minutes since midnight (wrapping past midnight). */
export function timeOf(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * A time of day (`HH:MM`) as `locale` writes it, on the 24-hour clock (`09:15` in en-GB and cy).
 * Where the browser has no date data for the locale (Debian's Chromium has none for Welsh, and
 * would fall back to "9:15 AM"), it is shown as stored, which is how Welsh writes it.
 */
export function timeText(time: string, locale: string): string {
  const minutes = minutesOf(time);
  if (minutes === undefined || !hasIntlDates(locale)) return time;
  let f = timeFormats.get(locale);
  if (!f) timeFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })));
  return f.format(new Date(Date.UTC(1970, 0, 1, Math.floor(minutes / 60), minutes % 60)));
}

/** When an activity ends, `HH:MM`, or `undefined` when it has no start time. */
export function endOf(activity: Pick<PlannedActivity, 'start' | 'minutes'>): string | undefined {
  const start = minutesOf(activity.start);
  return start === undefined ? undefined : timeOf(start + activity.minutes);
}

/** Activities of one day, by start time; those without a start time come last, in the order planned. */
export function dayTimetable(plan: readonly PlannedActivity[], day: number): PlannedActivity[] {
  return plan
    .map((activity, index) => ({ activity, index }))
    .filter(({ activity }) => activity.day === day)
    .sort((a, b) => (minutesOf(a.activity.start) ?? Infinity) - (minutesOf(b.activity.start) ?? Infinity) || a.index - b.index)
    .map(({ activity }) => activity);
}

/**
 * The days the timetable shows: every review day with a date, at least `planned` days (the
 * partnership's length of review for this school), and any later day an activity is planned on.
 */
export function timetableDays(plan: readonly PlannedActivity[], dates: readonly string[], planned: number): number[] {
  const last = Math.max(1, planned, dates.length, ...plan.map((a) => a.day));
  return Array.from({ length: last }, (_, i) => i + 1);
}

/** Lines of enquiry no planned activity covers yet (a display-only helper, not a rule). */
export function uncoveredLines(lines: readonly LineOfEnquiry[], plan: readonly PlannedActivity[]): LineOfEnquiry[] {
  const covered = new Set(plan.flatMap((a) => a.lineIds));
  return lines.filter((line) => !covered.has(line.id));
}

/** A whole number of minutes typed into a box, or `undefined` when it is not one. */
export function parseMinutes(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Toggles `id` in a list, keeping the order of `order` (ids not in it keep theirs, at the end). */
export function toggled(list: readonly string[], id: string, on: boolean, order: readonly string[] = []): string[] {
  const next = on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id);
  const rank = new Map(order.map((x, i) => [x, i] as const));
  return next.map((x, i) => ({ x, i })).sort((a, b) => (rank.get(a.x) ?? Infinity) - (rank.get(b.x) ?? Infinity) || a.i - b.i).map(({ x }) => x);
}

