/** Dates derived from a cycle: check-in due dates and overdue detection. Calendar dates are UTC. */
import type { Cycle, ImprovementAction } from '../schema/cycle';
import type { Partnership } from '../schema/partnership';

/** `YYYY-MM-DD` plus `days` (may be negative). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // `Date` rolls 30 February over to March: refuse dates that do not exist instead.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) throw new RangeError(`Not a calendar date: ${isoDate}`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The calendar date of an instant where the person is (local time: a UK school in summer time is UTC+1). */
export function toIsoDate(instant: Date | string = new Date()): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * When the next check-in is due: the open check-in's date, or, before the workshop has finished,
 * the workshop date plus the partnership's check-in interval.
 */
export function checkInDueOn(cycle: Cycle, partnership: Partnership): string | undefined {
  const open = cycle.checkIns.find((c) => !c.heldOn);
  if (open?.dueOn) return open.dueOn;
  if (cycle.checkIns.length === 0 && cycle.workshop.date) return addDays(cycle.workshop.date, partnership.config.checkInDays);
  return undefined;
}

const FOLLOW_UP_STAGES = new Set(['action-plan', 'check-in']);

/** A check-in is overdue when its due date has passed and it has not been held. */
export function isCheckInOverdue(cycle: Cycle, partnership: Partnership, today: string): boolean {
  if (!FOLLOW_UP_STAGES.has(cycle.stage)) return false;
  const due = checkInDueOn(cycle, partnership);
  return due !== undefined && due < today;
}

/** A cycle's position for trackers: what happens next, by when, and whether follow-up happened. */
export interface CycleStatus {
  stage: Cycle['stage'];
  /** The date the next step is due, when the cycle knows one. */
  dueOn?: string;
  overdue: boolean;
  workshopHeld: boolean;
  checkInHeld: boolean;
}

export function cycleStatus(cycle: Cycle, partnership: Partnership, today: string): CycleStatus {
  const workshopHeld = Boolean(cycle.workshop.finishedAt);
  const checkInHeld = cycle.checkIns.some((c) => c.heldOn);
  let dueOn: string | undefined;
  switch (cycle.stage) {
    case 'self-review':
    case 'pre-review':
      dueOn = cycle.review.dates[0] ?? cycle.window?.from;
      break;
    case 'review':
      dueOn = cycle.review.dates.at(-1);
      break;
    case 'workshop':
      dueOn = cycle.workshop.date;
      break;
    case 'action-plan':
    case 'check-in':
      dueOn = checkInDueOn(cycle, partnership);
      break;
    default:
      dueOn = undefined;
  }
  const active = !['complete', 'paused', 'withdrawn'].includes(cycle.stage);
  return { stage: cycle.stage, dueOn, overdue: active && dueOn !== undefined && dueOn < today, workshopHeld, checkInHeld };
}

/** An action is overdue when its due date has passed and it is neither done nor stopped. */
export function isActionOverdue(action: Pick<ImprovementAction, 'dueOn' | 'status'>, today: string): boolean {
  return Boolean(action.dueOn && action.dueOn < today && action.status !== 'done' && action.status !== 'stopped');
}
