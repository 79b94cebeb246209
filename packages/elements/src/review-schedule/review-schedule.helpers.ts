/**
 * Pure helpers for `<spp-review-schedule>`: the links between schools that the map draws, the
 * map's geometry, window choices, dates and the device-kept drafts of the planning options.
 * No rule lives here: who may review, lead or facilitate is always asked of core.
 */
import type { Partnership, ReviewWindow, Schedule } from '@spp/core';

/** One arrow of the map: people of `from` review `to`. */
export interface SchoolLink {
  from: string;
  to: string;
  /** The host reviews the giver too, so the map curves the two arrows apart. */
  reciprocal: boolean;
}

/** Distinct reviewer-school → host-school links of a schedule, in schedule order. */
export function reviewLinks(schedule: Schedule, partnership: Partnership): SchoolLink[] {
  const schoolOf = new Map<string, string>();
  for (const p of [...partnership.people].reverse()) if (p.schoolId) schoolOf.set(p.id, p.schoolId);
  const schools = new Set(partnership.schools.map((s) => s.id));
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const review of schedule.reviews) {
    if (!schools.has(review.hostSchoolId)) continue;
    for (const id of review.memberIds) {
      const from = schoolOf.get(id);
      if (!from || from === review.hostSchoolId || !schools.has(from)) continue;
      const key = `${from}\u0000${review.hostSchoolId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([from, review.hostSchoolId]);
    }
  }
  return pairs.map(([from, to]) => ({ from, to, reciprocal: seen.has(`${to}\u0000${from}`) }));
}

export interface Point {
  x: number;
  y: number;
}

export const MAP = { width: 640, height: 500, radius: 160, node: 22 } as const;

/** Schools evenly on a circle, the first at the top, going clockwise. */
export function circleLayout(count: number): Point[] {
  const cx = MAP.width / 2;
  const cy = MAP.height / 2;
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
    return { x: cx + MAP.radius * Math.cos(angle), y: cy + MAP.radius * Math.sin(angle) };
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A gently curved arrow from the edge of one node to the edge of another, bending to its left
 * so that the arrows of two schools reviewing each other do not lie on top of each other.
 * Returns the path of the line and the triangle of its head.
 */
export function arrow(a: Point, b: Point, bend: number): { line: string; head: string } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = { x: (a.x + b.x) / 2 + (dy / length) * bend, y: (a.y + b.y) / 2 - (dx / length) * bend };
  const unit = (from: Point, to: Point) => {
    const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: (to.x - from.x) / d, y: (to.y - from.y) / d };
  };
  const out = unit(a, control);
  const into = unit(control, b);
  const gap = MAP.node + 3;
  const start = { x: a.x + out.x * gap, y: a.y + out.y * gap };
  const tip = { x: b.x - into.x * gap, y: b.y - into.y * gap };
  const size = 11;
  const base = { x: tip.x - into.x * size, y: tip.y - into.y * size };
  const side = { x: -into.y * (size / 2), y: into.x * (size / 2) };
  const line = `M${round(start.x)} ${round(start.y)} Q${round(control.x)} ${round(control.y)} ${round(base.x)} ${round(base.y)}`;
  const head = `M${round(tip.x)} ${round(tip.y)} L${round(base.x + side.x)} ${round(base.y + side.y)} L${round(base.x - side.x)} ${round(base.y - side.y)} Z`;
  return { line, head };
}

/** Splits a name into at most `lines` lines of about `width` characters; the last one ends in … if cut. */
export function wrapLabel(text: string, width = 18, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if (!current) current = word;
    else if (`${current} ${word}`.length <= width) current = `${current} ${word}`;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out.map((l) => (l.length > width + 4 ? `${l.slice(0, width + 3)}…` : l));
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.length > width - 1 ? last.slice(0, width - 1) : last}…`;
  return kept;
}

// A default window by its season, so one saved in another language is still the same window.
export const windowKey = (w: ReviewWindow) => `${w.season ?? w.term}\u0000${w.from}\u0000${w.to}`;

/** The windows a review can be moved to: the defaults of the year and every window in use, by date. */
export function windowChoices(defaults: readonly ReviewWindow[], schedule: Schedule): ReviewWindow[] {
  const byKey = new Map<string, ReviewWindow>();
  for (const w of [...defaults, ...schedule.reviews.map((r) => r.window)]) if (!byKey.has(windowKey(w))) byKey.set(windowKey(w), w);
  return [...byKey.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** The planning options a person has typed but not used yet, kept on this device. */
export interface PlanDraft {
  teamSize?: number;
  windows?: ReviewWindow[];
}

export class PlanDrafts {
  private key?: string;
  private value: PlanDraft = {};

  /** Switches to the drafts of one person, partnership and schedule (or none). */
  use(key: string | undefined): void {
    if (key === this.key) return;
    this.key = key;
    this.value = {};
    if (!key) return;
    try {
      const raw = localStorage.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : undefined;
      if (parsed && typeof parsed === 'object') this.value = parsed as PlanDraft;
    } catch {
      // Storage may be blocked or hold something unreadable: start afresh.
    }
  }

  get(): PlanDraft {
    return this.value;
  }

  set(change: PlanDraft): void {
    this.value = { ...this.value, ...change };
    if (!this.key) return;
    try {
      localStorage.setItem(this.key, JSON.stringify(this.value));
    } catch {
      // Storage may be blocked (private mode, sandboxed frames): the form still works.
    }
  }

  clear(): void {
    this.value = {};
    if (!this.key) return;
    try {
      localStorage.removeItem(this.key);
    } catch {
      /* see set */
    }
  }
}

