/**
 * Dates as people read them, in the widget's language. Calendar dates (`YYYY-MM-DD`) are
 * formatted in UTC so a date never moves by a day with the device's time zone; anything that is
 * not a date is shown as stored. Where the browser has no date data for the language (Debian's
 * and Google's Chromium have none for Welsh, and write "October 14, 2026"), the month and
 * weekday names and the patterns come from the common catalogue's `calendar`.
 */
import { format, getCommonStrings } from './strings';

const intlDates = new Map<string, boolean>();
/** Whether this browser has date data for `locale`. */
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

const calendarDay = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : new Date(Number.NaN));

/** A calendar date written out, e.g. `14 October 2026` (with `weekday`: `Wednesday 14 October 2026`; in Welsh `dydd Mercher 14 Hydref 2026`). */
export function longDate(iso: string, locale = 'en-GB', options: { weekday?: boolean; month?: 'long' | 'short' } = {}): string {
  const date = calendarDay(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (hasIntlDates(locale)) {
    return new Intl.DateTimeFormat(locale, { ...(options.weekday ? { weekday: 'long' } : {}), day: 'numeric', month: options.month ?? 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const calendar = getCommonStrings(locale).calendar;
  const month = (options.month === 'short' ? calendar.monthsShort : calendar.months)[date.getUTCMonth()] ?? '';
  const values = { day: date.getUTCDate(), month, year: date.getUTCFullYear(), weekday: calendar.weekdays[date.getUTCDay()] ?? '' };
  return format(options.weekday ? calendar.dateWithWeekday : calendar.date, values);
}

/** An instant as a date and time of day in the device's time zone, e.g. `14 October 2026, 09:30`. */
export function dateTime(instant: string, locale: string, options: { month?: 'long' | 'short' } = {}): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  if (hasIntlDates(locale)) return new Intl.DateTimeFormat(locale, { day: 'numeric', month: options.month ?? 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
  const calendar = getCommonStrings(locale).calendar;
  const day = format(calendar.date, { day: date.getDate(), month: (options.month === 'short' ? calendar.monthsShort : calendar.months)[date.getMonth()] ?? '', year: date.getFullYear() });
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return format(calendar.dateTime, { date: day, time });
}

/** Whether `value` is a real calendar date `YYYY-MM-DD` (not 2026-02-30). */
export const isIsoDate = (value: string | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
