/**
 * Pieces both read-only list widgets (`<spp-cycle-tracker>`, `<spp-strengths-directory>`) render:
 * the notice naming cycle records the store could not read, and the warning sign. Styles are in
 * `listNoticeStyles` (below).
 */
import { css, html, nothing } from 'lit';
import type { UnreadableRecordError } from '@spp/core';
import { format, type Plural } from './strings';

export type { Plural };
/** A plural entry's sentence for `count` (its form chosen by the locale's plural rules). */
export const plural = (forms: Plural, count: number, values: Record<string, string | number> = {}) => forms(count, values);

/** A warning sign next to text: the text says it, the shape shows it, colour only adds to both. */
export const warningIcon = html`<svg class="icon warning" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path class="icon-fill" d="M8 1.2 15.4 14.6H.6Z"></path>
  <path class="icon-mark" d="M8 5.6v4.6M8 11.6v1.4"></path>
</svg>`;

export interface UnreadableStrings {
  heading: Plural;
  /** Said when one record could not be read, or several (no number in it). */
  intro: Plural;
  /** One record: `{key}` is where it is saved, `{reason}` what is wrong with it. */
  item: string;
}

/**
 * An alert naming every record that could not be read, by the key it is saved under, with the
 * store's reason. Nothing when there are none.
 */
export function unreadableNotice(errors: readonly UnreadableRecordError[], t: UnreadableStrings) {
  if (!errors.length) return nothing;
  return html`<div part="unreadable" class="notice error" role="alert">
    <h3>${warningIcon} ${plural(t.heading, errors.length)}</h3>
    <p>${t.intro(errors.length)}</p>
    <ul>
      ${errors.map((e) => html`<li data-unreadable=${e.key}>${format(t.item, { key: e.key, reason: e.cause instanceof Error ? e.cause.message : e.message })}</li>`)}
    </ul>
  </div>`;
}

/** Styles both widgets that read the partnership's cycles share: notices naming unreadable records, icons. */
export const listNoticeStyles = css`
  [part='unreadable'] h3 {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 1.05em;
  }
  [part='unreadable'] ul {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  [part='unreadable'] li {
    overflow-wrap: anywhere;
  }
  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    vertical-align: -0.15em;
    margin-inline-end: 4px;
  }
  .icon .icon-fill {
    fill: currentColor;
  }
  .icon .icon-mark {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 1.8;
    stroke-linecap: round;
  }
  .icon .icon-tick {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .icon .icon-fill {
      fill: CanvasText;
    }
    .icon .icon-mark {
      stroke: Canvas;
    }
    .icon .icon-tick {
      stroke: CanvasText;
    }
  }
`;
