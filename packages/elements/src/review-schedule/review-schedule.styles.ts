/**
 * Styles of `<spp-review-schedule>`. Colours, sizes and fonts come only from the shared `--_*`
 * aliases of the documented `--spp-*` properties (see shared/styles.ts).
 */
import { css } from 'lit';
import { controls, layout, sectionCards, tokens } from '../shared/styles';

export const reviewScheduleStyles = [
  tokens,
  controls,
  layout,
  sectionCards,
  css`
    .header p {
      margin: 0 0 var(--_space);
    }
    h2:focus,
    h3:focus,
    h4:focus,
    .notice:focus {
      outline: none;
    }
    h2:focus-visible,
    h3:focus-visible,
    h4:focus-visible,
    .notice:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    ul,
    ol {
      margin: 0 0 var(--_space);
      padding-inline-start: 1.5em;
    }
    li {
      margin-block: 4px;
    }
    .hint {
      color: var(--_text-muted);
      font-weight: 400;
      margin: 0 0 var(--_space);
    }
    .field {
      display: grid;
      gap: 4px;
      min-width: 0;
      margin-block-end: var(--_space);
    }
    .field.narrow {
      max-width: 20rem;
    }
    .field-error {
      color: var(--_danger);
      font-weight: 600;
      margin: var(--_space) 0 0;
    }
    fieldset {
      min-width: 0;
      margin: 0 0 var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    legend {
      font-weight: 600;
      padding-inline: 4px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .status-bar {
      display: grid;
      gap: 4px;
    }
    .status-bar [part='refusal']:empty,
    .status-bar .save-state.idle p:empty,
    .status-bar [part='outcome']:empty,
    .status-bar .announcement:empty {
      display: none;
    }
    .announcement {
      margin: 0;
    }
    .outcome {
      margin: 0;
      padding: var(--_space);
      border-inline-start: 4px solid var(--_success);
      background: var(--_surface-subtle);
      font-weight: 600;
    }
    .published {
      border-color: var(--_success);
    }

    /* Planning */
    .window-list {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: var(--_space);
    }
    .window {
      margin: 0;
    }

    /* Problems */
    .problems {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .problem {
      padding: 4px var(--_space);
      border-inline-start: 4px solid var(--_border);
      margin-block: 4px;
      overflow-wrap: anywhere;
    }
    .problem.error {
      border-color: var(--_danger);
    }
    .problem.error strong {
      color: var(--_danger);
    }
    .problem .rule {
      color: var(--_text-muted);
    }
    .problem.warning {
      background: var(--_warning-bg);
    }
    .problems.compact .problem {
      padding-block: 2px;
    }
    .problems-box {
      border: 2px solid var(--_danger);
    }
    [part='checks'] .summary {
      font-weight: 600;
      margin: 0 0 var(--_space);
    }
    [part='checks'].has-errors {
      border: 2px solid var(--_danger);
    }
    [part='checks'].clear .summary,
    .ok {
      color: var(--_success);
    }
    .error {
      color: var(--_danger);
    }

    /* Tables */
    .scroll {
      max-width: 100%;
      overflow-x: auto;
      margin-block-end: var(--_space);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      min-width: 32rem;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 4px;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 6px var(--_space);
      border-block-end: 1px solid var(--_border-subtle);
    }
    thead th {
      background: var(--_surface-subtle);
      border-block-end: 2px solid var(--_border);
    }
    tbody th {
      font-weight: 600;
    }
    .plain {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .plain li {
      margin: 0;
    }
    [data-person-stats] td,
    [data-school-stats] td {
      font-variant-numeric: tabular-nums;
    }
    tr.over td {
      font-weight: 600;
    }

    /* The map */
    .map-layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(12rem, 2fr);
      gap: calc(var(--_space) * 2);
      align-items: start;
    }
    .map {
      display: block;
      width: 100%;
      height: auto;
      max-width: 40rem;
    }
    .map .link .line {
      fill: none;
      stroke: var(--_brand);
      stroke-width: 2;
    }
    .map .link .head {
      fill: var(--_brand);
      stroke: none;
    }
    .map .school circle {
      fill: var(--_brand);
      stroke: var(--_surface);
      stroke-width: 3;
    }
    .map .number {
      fill: var(--_on-brand);
      font-size: 17px;
      font-weight: 700;
    }
    .map .name {
      fill: var(--_text);
      font-size: 14px;
    }
    .map-key ol {
      padding-inline-start: 1.8em;
    }

    /* Hand adjustments */
    .reviews {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .review {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      min-width: 0;
    }
    .review.has-errors {
      border: 2px solid var(--_danger);
    }
    .review-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 0 calc(var(--_space) * 1.5);
    }
    .review-fields .members {
      grid-column: 1 / -1;
    }
    .checkboxes {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: 0 var(--_space);
    }
    .checkboxes li {
      display: flex;
      align-items: flex-start;
      gap: 4px;
      min-height: 24px;
      margin: 0;
    }
    .checkboxes input {
      flex: none;
    }
    .checkboxes label {
      font-weight: 400;
      padding-block: 2px;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .mark {
      color: var(--_text-muted);
    }
    .mark.error {
      color: var(--_danger);
    }
    .review-checks {
      margin-block-start: var(--_space);
    }
    .review-checks .ok {
      margin: 0;
    }

    /* Publishing */
    [part='confirm'] {
      padding: var(--_space);
      border: 2px solid var(--_brand);
      border-radius: var(--_radius);
      margin-block: var(--_space);
    }

    @container (max-width: 40rem) {
      .map-layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    @container (max-width: 30rem) {
      section {
        padding: var(--_space);
      }
      .review {
        padding: 6px;
      }
    }

    @media (forced-colors: active) {
      section,
      .review,
      fieldset,
      .problem,
      [part='confirm'] {
        border-color: CanvasText;
      }
      .problem.error,
      .review.has-errors,
      [part='checks'].has-errors,
      .problems-box {
        border-color: Highlight;
      }
      .ok,
      .error,
      .problem.error strong,
      .mark.error,
      .field-error {
        color: CanvasText;
      }
      .map .link .line {
        stroke: CanvasText;
      }
      .map .link .head {
        fill: CanvasText;
      }
      .map .school circle {
        fill: Canvas;
        stroke: CanvasText;
      }
      .map .number,
      .map .name {
        fill: CanvasText;
      }
    }

    @media print {
      section,
      .review,
      tr {
        break-inside: avoid;
        border-color: #000;
      }
      .scroll {
        overflow: visible;
      }
      table {
        min-width: 0;
      }
      .status-bar,
      [part='adjust'],
      [part='publish'],
      [part='plan'] {
        display: none;
      }
      .map .link .line {
        stroke: #000;
      }
      .map .link .head,
      .map .name {
        fill: #000;
      }
      .map .school circle {
        fill: #fff;
        stroke: #000;
      }
      .map .number {
        fill: #000;
      }
    }
  `,
];
