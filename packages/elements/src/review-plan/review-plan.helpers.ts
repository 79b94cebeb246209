/**
 * Pure helpers for `<spp-review-plan>`: ids for new items, times and dates as people read them,
 * the timetable (activities per day, by start time), the coverage check, and the drafts kept on
 * this device. No role or stage rule lives here: those are core's.
 */
import type { LineOfEnquiry, PlannedActivity } from '@spp/core';

/** A new id for a line of enquiry or a planned activity (letters, digits and `-`, as core's ids allow). */
export function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().slice(0, 13)
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return `${prefix}-${random}`;
}

export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** A calendar date (`YYYY-MM-DD`) written out, e.g. "Wednesday 14 October 2026" in en-GB. */
export function longDate(isoDate: string, locale: string, weekday = false): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant written out with its local time, e.g. "1 October 2026 at 11:00". */
export function dateTime(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

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

/**
 * What a person has typed or chosen that is not in the cycle yet (a new line of enquiry being
 * written, review dates or a team core has not accepted). Kept on this device, per person and
 * cycle, so a reload or a closed tab does not lose it.
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

  /** A JSON draft, or `undefined` when there is none (or it cannot be read). */
  getJson<T>(name: string, check: (value: unknown) => value is T): T | undefined {
    const raw = this.values[name];
    if (!raw) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      return check(value) ? value : undefined;
    } catch {
      return undefined;
    }
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

  setJson(name: string, value: unknown): void {
    this.set(name, value === undefined ? '' : JSON.stringify(value));
  }
}
