/**
 * Styles of `<spp-workshop-planner>`. Colours, sizes and fonts come only from the shared `--_*`
 * aliases of the documented `--spp-*` properties (see shared/styles.ts).
 */
import { css } from 'lit';
import { controls, layout, sectionCards, tokens } from '../shared/styles';

export const workshopPlannerStyles = [
  tokens,
  controls,
  layout,
  sectionCards,
  css`
    /* Textareas grow with what is typed (where supported), so long answers are never hidden on screen or on paper. */
    textarea {
      field-sizing: content;
      min-height: 4.5em;
    }
    .header p {
      margin: 0 0 var(--_space);
    }
    ul,
    ol {
      margin: 0 0 var(--_space);
      padding-inline-start: 1.5em;
    }
    li {
      margin-block: 4px;
    }
    .field {
      display: grid;
      gap: 4px;
      margin-block-end: calc(var(--_space) * 1.5);
      min-width: 0;
    }
    .field:last-child {
      margin-block-end: 0;
    }
    .hint {
      color: var(--_text-muted);
      font-weight: 400;
      margin: 0;
    }
    .field-error {
      color: var(--_danger);
      margin: 0;
      font-weight: 600;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: flex-end;
    }
    .row > .grow {
      flex: 1 1 12rem;
      min-width: 0;
    }
    .row > .field {
      margin-block-end: 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .plain-list {
      list-style: none;
      padding: 0;
    }
    .plain-list > li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      justify-content: space-between;
      padding: 4px 0;
      border-block-end: 1px solid var(--_border-subtle);
    }
    .plain-list > li > .user-text {
      flex: 1 1 10rem;
      min-width: 0;
    }

    /* Starting point */
    .findings {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: var(--_space);
    }
    .priority {
      padding: var(--_space);
      border-inline-start: 4px solid var(--_brand);
      background: var(--_surface-subtle);
      margin: 0;
    }

    /* Agenda */
    .agenda {
      list-style: none;
      padding: 0;
      counter-reset: section;
    }
    .agenda > li {
      margin-block-end: var(--_space);
    }
    .agenda fieldset {
      display: grid;
      gap: var(--_space);
      grid-template-columns: minmax(0, 1fr) 7rem;
      align-items: start;
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      min-width: 0;
    }
    .agenda legend {
      font-weight: 600;
      padding-inline: 4px;
    }
    .agenda fieldset > .buttons {
      grid-column: 1 / -1;
    }
    .agenda fieldset > .field {
      margin: 0;
    }
    .agenda > li[aria-current='step'] > fieldset {
      border-color: var(--_brand);
      border-width: 2px;
      border-inline-start-width: 6px;
    }
    .agenda-record > li[aria-current='step'] {
      font-weight: 600;
    }
    .now {
      display: inline-block;
      padding: 0 6px;
      margin-inline-start: 4px;
      border-radius: var(--_radius);
      background: var(--_brand);
      color: var(--_on-brand);
      font-size: 0.85em;
      font-weight: 600;
    }
    .total {
      font-weight: 600;
    }
    .total.over {
      color: var(--_danger);
    }

    /* Timer */
    [part='timer'] {
      display: grid;
      gap: 4px;
      padding: var(--_space);
      border: 2px solid var(--_brand);
      border-radius: var(--_radius);
      margin-block: var(--_space);
    }
    .timer-now {
      font-size: 1.2em;
      font-weight: 600;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .timer-left {
      font-size: 1.6em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      margin: 0;
    }

    /* Five whys and the cause map */
    [part='root-causes'] h4:not(:first-of-type) {
      margin-block-start: calc(var(--_space) * 2.5);
    }
    .whys {
      list-style: none;
      padding: 0;
    }
    .whys > li {
      padding-inline-start: calc(var(--_space) * 1.5);
      border-inline-start: 3px solid var(--_border-subtle);
      margin-block-end: var(--_space);
    }
    [part='cause-map'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
      gap: var(--_space);
      margin-block: var(--_space);
    }
    .category {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
      min-width: 0;
      break-inside: avoid;
    }
    .category h5 {
      margin: 0 0 4px;
      font-size: 1em;
      font-weight: 600;
    }
    .category ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .category li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      align-items: center;
      justify-content: space-between;
      padding-block: 4px;
      border-block-start: 1px solid var(--_border-subtle);
    }
    .category li > .user-text {
      flex: 1 1 8rem;
      min-width: 0;
    }
    .category .empty {
      color: var(--_text-muted);
      margin: 0;
    }

    /* Actions */
    .action {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-end: var(--_space);
      break-inside: avoid;
    }
    .action-fields {
      display: grid;
      gap: 0 var(--_space);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    }
    .action-fields > .wide {
      grid-column: 1 / -1;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 4px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0 0 var(--_space);
    }

    /* Finishing */
    [part='confirm'] {
      padding: var(--_space);
      border: 2px solid var(--_brand);
      border-radius: var(--_radius);
      margin-block: var(--_space);
    }
    [part='check-in-due'] {
      padding: calc(var(--_space) * 1.5);
      border: 2px solid var(--_success);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
    }
    [part='check-in-due'] h3 {
      font-size: 1.45em;
      color: var(--_success);
    }
    [part='check-in-due'] h3:focus {
      outline: none;
    }
    [part='check-in-due'] h3:focus-visible {
      outline: 2px solid var(--_focus);
    }
    .status-bar {
      display: grid;
      gap: 4px;
    }
    .status-bar [part='refusal']:empty,
    .status-bar .save-state.idle p:empty {
      display: none;
    }

    @container (max-width: 30rem) {
      section {
        padding: var(--_space);
      }
      .agenda fieldset {
        grid-template-columns: minmax(0, 1fr);
      }
    }

    @media (forced-colors: active) {
      section,
      .category,
      .action,
      .agenda fieldset,
      [part='timer'],
      [part='confirm'],
      [part='check-in-due'] {
        border-color: CanvasText;
      }
      .agenda > li[aria-current='step'] > fieldset {
        border-color: Highlight;
      }
      .now {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .total.over,
      .field-error,
      [part='check-in-due'] h3 {
        color: CanvasText;
      }
      .priority {
        border-color: CanvasText;
      }
    }

    @media print {
      section,
      .category,
      .action,
      .agenda fieldset {
        break-inside: avoid;
        border-color: #000;
      }
      [part='timer'],
      .status-bar {
        display: none;
      }
    }
  `,
];
