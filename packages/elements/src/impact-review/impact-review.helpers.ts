/**
 * Pure helpers for `<spp-impact-review>`: impact areas grouped as the programme reports them, the
 * words and the picture for movement along the practice continuum, and dates. No rule lives here:
 * who may record is asked of core, and the comparison itself is core's `compareReflections`.
 */
import { svg, html, nothing, type TemplateResult } from 'lit';
import { IMPACT_AREAS, PRACTICE_LEVELS, type ImpactArea, type PracticeLevel, type QuestionChange } from '@spp/core';
import { format, type Plural } from '../shared/strings';

// --- Impact areas ------------------------------------------------------------------------------

export type ImpactGroup = 'schools' | 'staff' | 'organisation' | 'others';

/** The four groups the programme looks for impact in (SPP model §5), each with its areas. */
const GROUP_OF: Record<ImpactArea, ImpactGroup> = {
  'pupil-outcomes': 'schools',
  'attendance-behaviour': 'schools',
  'closing-gaps': 'schools',
  'in-school-variation': 'schools',
  'staff-confidence': 'staff',
  'teaching-quality': 'staff',
  'professional-development': 'staff',
  'staff-morale': 'staff',
  leadership: 'staff',
  'self-evaluation': 'organisation',
  'planning-priorities': 'organisation',
  'parents-governors-community': 'others',
};

export const IMPACT_GROUPS: readonly { id: ImpactGroup; areas: readonly ImpactArea[] }[] = (['schools', 'staff', 'organisation', 'others'] as const).map((id) => ({
  id,
  areas: IMPACT_AREAS.filter((area) => (GROUP_OF[area] ?? 'others') === id),
}));

export const groupOf = (area: ImpactArea): ImpactGroup => GROUP_OF[area] ?? 'others';

/** A new impact note id: unique enough for one reflection, and a valid core `Id`. */
export function newImpactId(): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `impact-${Date.now().toString(36)}-${random}`;
}

// --- Dates -------------------------------------------------------------------------------------

// --- Movement along the continuum --------------------------------------------------------------

export interface MovementStrings {
  /** Plural entries of the number of steps, with `{question}`, `{from}` and `{to}`. */
  trackFurther: Plural;
  trackBack: Plural;
  trackUnchanged: string;
  trackOnlyNow: string;
  trackOnlyBaseline: string;
  trackNeither: string;
  /** One whole sentence per way of moving, a plural entry of how many questions moved that way. */
  summary: Readonly<Record<keyof MovementSummary, Plural>>;
  summaryNone: string;
}

/** One question's movement in words, e.g. "Sharing practice: from Beginning to Developing, 1 step further on". */
export function describeChange(change: QuestionChange, question: string, levelName: (level: PracticeLevel) => string, t: MovementStrings): string {
  const { baseline, latest } = change;
  if (baseline && latest) {
    const delta = change.change ?? 0;
    if (delta === 0) return format(t.trackUnchanged, { question, level: levelName(latest) });
    return (delta > 0 ? t.trackFurther : t.trackBack)(Math.abs(delta), { question, from: levelName(baseline), to: levelName(latest) });
  }
  if (latest) return format(t.trackOnlyNow, { question, level: levelName(latest) });
  if (baseline) return format(t.trackOnlyBaseline, { question, level: levelName(baseline) });
  return format(t.trackNeither, { question });
}

export interface MovementSummary {
  further: number;
  unchanged: number;
  back: number;
  notYet: number;
  noBaseline: number;
}

/** How many questions moved which way. A question not answered now counts as "not yet answered". */
export function summariseChanges(changes: readonly QuestionChange[]): MovementSummary {
  const out: MovementSummary = { further: 0, unchanged: 0, back: 0, notYet: 0, noBaseline: 0 };
  for (const c of changes) {
    if (!c.latest) out.notYet++;
    else if (!c.baseline) out.noBaseline++;
    else if ((c.change ?? 0) > 0) out.further++;
    else if (c.change === 0) out.unchanged++;
    else out.back++;
  }
  return out;
}

/**
 * The summary as whole sentences, one per way of moving that any question took (e.g. "3
 * questions have moved further on.", "1 question is unchanged."); empty when there is nothing to
 * compare.
 */
export function summarySentences(summary: MovementSummary, t: MovementStrings): string[] {
  const order = ['further', 'unchanged', 'back', 'notYet', 'noBaseline'] as const;
  return order.filter((key) => summary[key] > 0).map((key) => t.summary[key](summary[key]));
}

/** The track's geometry, in SVG user units: one tick per practice level, evenly spaced. */
export const TRACK = { width: 320, height: 30, y: 15, step: 80, first: 40 } as const;
const xOf = (level: PracticeLevel) => TRACK.first + TRACK.step * PRACTICE_LEVELS.indexOf(level);

/**
 * A small horizontal track of the practice levels with a ring where the partnership stood at the
 * baseline and an arrow to a dot where it stands now. The SVG is one image (`role="img"`) whose
 * label says the same in words.
 */
export function movementTrack(change: QuestionChange, label: string): TemplateResult {
  const { baseline, latest } = change;
  const bx = baseline ? xOf(baseline) : undefined;
  const nx = latest ? xOf(latest) : undefined;
  const y = TRACK.y;
  let arrow: TemplateResult | typeof nothing = nothing;
  if (bx !== undefined && nx !== undefined && bx !== nx) {
    const dir = Math.sign(nx - bx);
    const tip = nx - dir * 7;
    const base = nx - dir * 17;
    arrow = svg`<line class="arrow" x1=${bx + dir * 11} y1=${y} x2=${base + dir} y2=${y}></line>
      <polygon class="arrow-head" points=${`${tip},${y} ${base},${y - 6} ${base},${y + 6}`}></polygon>`;
  }
  return html`<svg class="movement" part="track" role="img" aria-label=${label} viewBox=${`0 0 ${TRACK.width} ${TRACK.height}`} preserveAspectRatio="xMidYMid meet" focusable="false">
    <line class="track-line" x1=${TRACK.first} y1=${y} x2=${TRACK.first + TRACK.step * (PRACTICE_LEVELS.length - 1)} y2=${y}></line>
    ${PRACTICE_LEVELS.map((level) => svg`<circle class="tick" cx=${xOf(level)} cy=${y} r="3.5"></circle>`)}
    ${bx !== undefined ? svg`<circle class="baseline" cx=${bx} cy=${y} r="10"></circle>` : nothing} ${arrow}
    ${nx !== undefined ? svg`<circle class="now" cx=${nx} cy=${y} r="6"></circle>` : nothing}
  </svg>`;
}

/** The key's two symbols, drawn as in the tracks. */
export const keySymbol = (which: 'baseline' | 'now') =>
  html`<svg class="movement key-symbol" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${which === 'baseline' ? svg`<circle class="baseline" cx="12" cy="12" r="8"></circle>` : svg`<circle class="now" cx="12" cy="12" r="6"></circle>`}
  </svg>`;
