/**
 * Pure helpers for `<spp-action-plan>`: dates and the JSON export file (ids and drafts: shared/drafts.ts).
 * No role or stage rule lives here: those are core's.
 */
import type { ImprovementAction } from '@spp/core';

/** The calendar date where the person is (a UK school in summer time is an hour ahead of UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysFrom = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

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

