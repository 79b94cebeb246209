/**
 * Dates as people read them. Calendar dates (`YYYY-MM-DD`) are formatted in UTC so a date never
 * moves by a day with the device's time zone; anything that is not a date is shown as stored.
 */

/** A calendar date written out, e.g. `14 October 2026` (with `weekday`: `Wednesday 14 October 2026`). */
export function longDate(iso: string, locale = 'en-GB', options: { weekday?: boolean; month?: 'long' | 'short' } = {}): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    ...(options.weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: options.month ?? 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant as a date and time of day in the device's time zone, e.g. `14 October 2026 at 09:30`. */
export function dateTime(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** Whether `value` is a real calendar date `YYYY-MM-DD` (not 2026-02-30). */
export const isIsoDate = (value: string | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
