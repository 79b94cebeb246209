/**
 * Pure helpers for `<spp-workshop-planner>`: agenda arithmetic, where a running workshop is in its
 * agenda and date formatting (ids and drafts: shared/drafts.ts).
 * No role or stage rule lives here: those are core's.
 */
import type { AgendaSection } from '@spp/core';
import { newId } from '../shared/drafts';
import { hasIntlDates } from '../shared/dates';

export const agendaTotal = (agenda: readonly AgendaSection[]): number => agenda.reduce((sum, s) => sum + s.minutes, 0);

/**
 * A suggested agenda whose sections share out `length` minutes in the proportions of a 90-minute
 * workshop (10, 30, 20, 25, 5); the last section absorbs rounding so the total is exact.
 */
export function suggestedAgenda(titles: readonly string[], length: number, id: (prefix: string) => string = newId): AgendaSection[] {
  const shares = [10, 30, 20, 25, 5];
  const base = shares.reduce((a, b) => a + b, 0);
  const count = Math.min(titles.length, shares.length);
  const minutes = shares.slice(0, count).map((share) => Math.max(1, Math.round((share / base) * length)));
  const rest = length - minutes.slice(0, -1).reduce((a, b) => a + b, 0);
  if (count > 0) minutes[count - 1] = Math.max(1, rest);
  return titles.slice(0, count).map((title, i) => ({ id: id('ag'), title, minutes: minutes[i]! }));
}

/** Moves the item at `from` to `to`, returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

export interface AgendaPosition {
  /** Index of the current section, or -1 once the planned time is over. */
  index: number;
  section?: AgendaSection;
  /** Milliseconds left in the current section. */
  sectionLeftMs: number;
  /** Milliseconds left in the whole agenda (0 when over). */
  totalLeftMs: number;
  over: boolean;
}

/** Where a workshop that started at `startedAt` is in its agenda at `now` (ms since the epoch). */
export function agendaPosition(agenda: readonly AgendaSection[], startedAt: string, now: number): AgendaPosition {
  const elapsed = Math.max(0, now - Date.parse(startedAt));
  const total = agendaTotal(agenda) * 60_000;
  let end = 0;
  for (const [index, section] of agenda.entries()) {
    end += section.minutes * 60_000;
    if (elapsed < end) return { index, section, sectionLeftMs: end - elapsed, totalLeftMs: total - elapsed, over: false };
  }
  return { index: -1, sectionLeftMs: 0, totalLeftMs: 0, over: true };
}

/** `m:ss` (or `h:mm:ss`), rounding up so a section never shows 0:00 while it is still running. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * The local time of an instant, e.g. "10:05": from `Intl` in the widget's language where the
 * browser has its date data, else on the 24-hour clock (as en-GB and Welsh write it; Chromium has
 * no Welsh data and would write "10:05 AM").
 */
export function timeOfDay(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  if (hasIntlDates(locale)) return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

