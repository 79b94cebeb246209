/**
 * Pure helpers for `<spp-action-plan>`: dates, ids for new actions, the JSON export file and the
 * device-kept drafts of what a person is typing. No role or stage rule lives here: those are core's.
 */
import type { ImprovementAction } from '@spp/core';

/** A new id for an action (letters, digits and `-`, as core's ids allow). */
export function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().slice(0, 13)
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return `${prefix}-${random}`;
}

export const isIsoDate = (value: string | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** The calendar date where the person is (a UK school in summer time is an hour ahead of UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysFrom = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A calendar date written out, e.g. "2 February 2027" in en-GB. */
export function longDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant written out with its local time, e.g. "14 January 2027 at 10:05". */
export function dateTime(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** The name of the JSON export file: ids are already safe in file names (core's Id pattern). */
export const exportFileName = (cycleId: string, today: string): string => `spp-cycle-${cycleId.replace(/[^A-Za-z0-9_.-]/g, '-')}-${today}.json`;

/**
 * Offers `data` as a JSON file download: a Blob, an object URL and a temporary `<a download>`
 * (no inline script, no `data:` URL, so it works under a strict CSP).
 */
export function downloadJson(data: unknown, fileName: string, parent: Node & ParentNode): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked a little later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/**
 * Text a person has typed but that is not in the cycle yet (an action field being edited, a new
 * action, the check-in form). Kept on this device, per person and cycle, so a reload, a closed
 * tab or a crash does not lose it.
 */
export class Drafts {
  private values: Record<string, string> = {};
  private key?: string;

  /** Points the drafts at a person's cycle, reading what was kept. Returns true when it changed. */
  use(key: string | undefined): boolean {
    if (key === this.key) return false;
    this.key = key;
    this.values = {};
    if (!key) return true;
    try {
      const raw = localStorage.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (parsed && typeof parsed === 'object') {
        for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') this.values[name] = value;
      }
    } catch {
      // Storage may be blocked (private mode, sandboxed frames): drafts then live in memory only.
    }
    return true;
  }

  has(name: string): boolean {
    return name in this.values;
  }

  get(name: string): string | undefined {
    return this.values[name];
  }

  /** Names of kept drafts starting with `prefix`. */
  names(prefix = ''): string[] {
    return Object.keys(this.values).filter((name) => name.startsWith(prefix));
  }

  set(name: string, value: string): void {
    this.values[name] = value;
    this.write();
  }

  delete(...names: string[]): void {
    let changed = false;
    for (const name of names) {
      if (name in this.values) {
        delete this.values[name];
        changed = true;
      }
    }
    if (changed) this.write();
  }

  private write(): void {
    if (!this.key) return;
    try {
      if (Object.keys(this.values).length) localStorage.setItem(this.key, JSON.stringify(this.values));
      else localStorage.removeItem(this.key);
    } catch {
      /* see use() */
    }
  }
}
