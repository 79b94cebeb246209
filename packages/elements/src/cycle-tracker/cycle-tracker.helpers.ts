/**
 * Pure helpers of `<spp-cycle-tracker>`: one row per cycle (everything from core's
 * `visibleCycle`, `cycleStatus`, `checkInDueOn` and `isCheckInOverdue`), the filters, the
 * timeline's scale and the file download.
 */
import {
  checkInDueOn,
  cycleStatus,
  daysBetween,
  findPerson,
  isCheckInOverdue,
  visibleCycle,
  type Actor,
  type Cycle,
  type CycleStatus,
  type Partnership,
  type School,
  type Stage,
} from '@spp/core';
import { hasIntlDates, longDate } from '../shared/dates';
import { getCommonStrings } from '../shared/strings';

export interface TrackerRow {
  /** The stored cycle, as kept in the store. */
  id: string;
  /** The cycle as the actor may see it (core's `visibleCycle`): everything shown comes from here. */
  cycle: Cycle;
  school?: School;
  schoolName: string;
  /** From core's `cycleStatus`. */
  status: CycleStatus;
  /** Core's `checkInDueOn`: the date the open check-in is due, if any. */
  checkInDue?: string;
  /** Core's `isCheckInOverdue`. */
  checkInOverdue: boolean;
  /** The cycle waits for its improvement workshop and the date core gives for it has passed. */
  workshopNotHeld: boolean;
  /** Overdue, or a follow-up step (workshop, check-in) that has not happened on time. */
  needsAttention: boolean;
  leadReviewer?: string;
  facilitator?: string;
}

/** The rows of the cycles, in the partnership's order of schools. */
export function trackerRows(cycles: readonly Cycle[], actor: Actor, partnership: Partnership, today: string): TrackerRow[] {
  const order = new Map(partnership.schools.map((s, i) => [s.id, i] as const));
  return [...cycles]
    .sort((a, b) => (order.get(a.hostSchoolId) ?? Infinity) - (order.get(b.hostSchoolId) ?? Infinity) || a.id.localeCompare(b.id))
    .map((stored) => {
      const cycle = visibleCycle(stored, actor, partnership);
      const status = cycleStatus(cycle, partnership, today);
      const school = partnership.schools.find((s) => s.id === cycle.hostSchoolId);
      const checkInOverdue = isCheckInOverdue(cycle, partnership, today);
      const workshopNotHeld = cycle.stage === 'workshop' && !status.workshopHeld && status.overdue;
      return {
        id: stored.id,
        cycle,
        ...(school ? { school } : {}),
        schoolName: school?.name ?? cycle.hostSchoolId,
        status,
        ...(checkInDueOrUndefined(cycle, partnership)),
        checkInOverdue,
        workshopNotHeld,
        needsAttention: status.overdue || checkInOverdue || workshopNotHeld,
        ...nameOf('leadReviewer', partnership, cycle.review.team.leadReviewerId),
        ...nameOf('facilitator', partnership, cycle.workshop.facilitatorId),
      };
    });
}

function checkInDueOrUndefined(cycle: Cycle, partnership: Partnership): { checkInDue?: string } {
  const due = checkInDueOn(cycle, partnership);
  return due ? { checkInDue: due } : {};
}

function nameOf<K extends 'leadReviewer' | 'facilitator'>(key: K, partnership: Partnership, id: string | undefined): Partial<Record<K, string>> {
  const person = findPerson(partnership, id);
  return (person ? { [key]: person.name } : id ? { [key]: id } : {}) as Partial<Record<K, string>>;
}

export interface TrackerFilters {
  stage: Stage | '';
  group: string;
  needsAttention: boolean;
}

/** The group value for schools that are not in a sub-group. */
export const NO_GROUP = '\u0000none';

export function matches(row: TrackerRow, filters: TrackerFilters): boolean {
  if (filters.stage && row.cycle.stage !== filters.stage) return false;
  if (filters.group && (row.school?.group ?? NO_GROUP) !== filters.group) return false;
  if (filters.needsAttention && !row.needsAttention) return false;
  return true;
}

/** The academic year `2026-27` as its first and last days (September to August). */
export function academicYearRange(year: string): { from: string; to: string } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(year);
  if (!match) return undefined;
  const start = Number(match[1]);
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date as people read it in the widget's language, e.g. "2 Feb 2027", "2 Chwef 2027" (calendar dates are UTC in core). */
export const shortDate = (iso: string, locale: string): string => longDate(iso, locale, { month: 'short' });

/**
 * The month of a calendar date, e.g. "Sept" or "September" ("Medi" in Welsh): from `Intl` where
 * the browser has date data for the language, else from the common catalogue's month names.
 */
export function monthName(iso: string, locale: string, width: 'long' | 'short'): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  if (hasIntlDates(locale)) return new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(date);
  const calendar = getCommonStrings(locale).calendar;
  return (width === 'short' ? calendar.monthsShort : calendar.months)[date.getUTCMonth()] ?? iso;
}

/** Where dates fall across the timeline. */
export class YearScale {
  readonly days: number;
  constructor(
    readonly from: string,
    readonly to: string,
    readonly left: number,
    readonly right: number,
  ) {
    this.days = daysBetween(from, to) + 1;
  }
  /** Whether a date falls in the year shown. */
  has(date: string | undefined): date is string {
    return Boolean(date && ISO_DATE.test(date) && date >= this.from && date <= this.to);
  }
  /** The x position of the middle of a day. */
  x(date: string): number {
    return this.left + ((daysBetween(this.from, date) + 0.5) / this.days) * (this.right - this.left);
  }
  /** The first day of every month in the year. */
  months(): string[] {
    const out: string[] = [];
    let [y, m] = this.from.split('-').map(Number) as [number, number];
    while (out.length < 24) {
      const first = `${y}-${String(m).padStart(2, '0')}-01`;
      if (first > this.to) break;
      out.push(first);
      m = m === 12 ? 1 : m + 1;
      if (m === 1) y++;
    }
    return out;
  }
}

/** Shortens text for the timeline's name column; the table gives every name in full. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Saves `content` as a file: a Blob behind an object URL and a temporary `<a download>` in
 * `root`, clicked and removed. No script is put in the page and nothing is sent anywhere.
 */
export function downloadFile(root: Node & ParentNode, filename: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser has taken the file by the time the click returns; give it a moment anyway.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** A file name part from an id or date: letters, digits, `-`, `_` and `.` only. */
export const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, '-');
