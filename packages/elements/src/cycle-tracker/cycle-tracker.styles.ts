/**
 * Styles of `<spp-cycle-tracker>`. Colours, sizes and fonts come only from the shared `--_*`
 * aliases of the documented `--spp-*` properties (see shared/styles.ts).
 */
import { css } from 'lit';
import { controls, layout, tokens } from '../shared/styles';
import { listNoticeStyles } from '../shared/list-notices';

export const cycleTrackerStyles = [
  tokens,
  controls,
  layout,
  listNoticeStyles,
  css`
    section,
    [part='filters'] {
      min-width: 0;
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    header p {
      margin: 0 0 var(--_space);
    }
    [part='notice'] {
      margin: 0;
    }
    .hint {
      color: var(--_text-muted);
      font-weight: 400;
      margin: 0 0 var(--_space);
    }
    .summary {
      margin: 0;
      font-weight: 600;
    }
    .summary.attention {
      padding: var(--_space);
      border: 1px solid var(--_danger);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: var(--_warning-bg);
    }
    .summary.attention .icon,
    .flag,
    .tag {
      color: var(--_danger);
    }

    /* Filters */
    .filter-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      gap: var(--_space) calc(var(--_space) * 2);
      align-items: start;
    }
    .field {
      display: grid;
      gap: 4px;
      min-width: 0;
    }
    .check {
      display: flex;
      align-items: flex-start;
      gap: 6px;
      min-width: 0;
      padding-block-start: 4px;
    }
    .check .hint {
      margin: 0;
    }
    .count-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      margin-block-start: var(--_space);
    }
    .count-line p {
      margin: 0;
      font-weight: 600;
    }

    /* Tables */
    .scroll {
      /* Positioned, so the visually hidden text of its buttons is clipped here, not widening the page. */
      position: relative;
      max-width: 100%;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      min-width: 50rem;
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
      padding: 6px;
      border-block-end: 1px solid var(--_border-subtle);
    }
    thead th {
      background: var(--_surface-subtle);
      border-block-end: 2px solid var(--_border);
    }
    tbody th {
      font-weight: 600;
      min-width: 8.5rem;
    }
    .school-name {
      display: block;
      overflow-wrap: anywhere;
    }
    .group {
      display: block;
      font-weight: 400;
    }
    .tag {
      display: inline-flex;
      align-items: center;
      margin-block-start: 4px;
      font-size: 0.92em;
    }
    tr.attention th,
    tr.attention td {
      background: var(--_warning-bg);
    }
    tr.attention th {
      box-shadow: inset 4px 0 0 var(--_danger);
    }
    .flag {
      display: inline-flex;
      align-items: flex-start;
      font-weight: 700;
    }
    .held .icon {
      color: var(--_success);
    }
    td button {
      min-height: 32px;
      padding-inline: 8px;
    }

    /* Timeline */
    .timeline-wrap {
      min-width: 0;
    }
    svg.timeline:not(.key-sample) {
      display: block;
      width: 100%;
      min-width: 50rem;
      height: auto;
    }
    .timeline .band {
      fill: var(--_surface-subtle);
    }
    .timeline .month {
      stroke: var(--_border-subtle);
      stroke-width: 1;
    }
    .timeline .month-name,
    .timeline .today-label {
      fill: var(--_text-muted);
      font-size: 14px;
    }
    .timeline .today-label {
      fill: var(--_text);
      font-weight: 700;
    }
    .timeline .name {
      fill: var(--_text);
      font-size: 15px;
    }
    .timeline .attention .name {
      font-weight: 700;
    }
    .timeline .window {
      fill: var(--_surface-subtle);
      stroke: var(--_border);
      stroke-width: 1;
      stroke-dasharray: 3 2;
    }
    .timeline .review-day {
      fill: var(--_brand);
    }
    .timeline .workshop,
    .timeline .check-in {
      stroke: var(--_brand);
      stroke-width: 2;
    }
    .timeline .workshop.held,
    .timeline .check-in.held {
      fill: var(--_brand);
    }
    .timeline .workshop.planned,
    .timeline .check-in.due {
      fill: var(--_surface);
    }
    .timeline .check-in.due.overdue {
      stroke: var(--_danger);
      stroke-width: 3;
    }
    .timeline .attention-mark {
      fill: var(--_danger);
    }
    .timeline .attention-bang {
      stroke: var(--_surface);
      stroke-width: 2;
      stroke-linecap: round;
    }
    .timeline .today line {
      stroke: var(--_text);
      stroke-width: 2;
      stroke-dasharray: 6 4;
    }
    .key ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px calc(var(--_space) * 2);
    }
    .key li {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .key h4 {
      margin-block: var(--_space) 4px;
    }
    svg.key-sample {
      width: 24px;
      height: 24px;
      flex: none;
    }

    .print-only {
      display: none;
    }
    [part='export'] [data-export-status]:empty {
      display: none;
    }
    [part='export'] [data-export-status] {
      margin: var(--_space) 0 0;
    }

    @container (max-width: 30rem) {
      section,
      [part='filters'] {
        padding: var(--_space);
      }
    }

    @media (forced-colors: active) {
      section,
      [part='filters'],
      .summary.attention {
        border-color: CanvasText;
      }
      .flag,
      .tag,
      .summary.attention .icon,
      .held .icon {
        color: CanvasText;
      }
      tr.attention th {
        box-shadow: none;
        border-inline-start: 4px solid CanvasText;
      }
      .timeline .band,
      .timeline .window,
      .timeline .workshop.planned,
      .timeline .check-in.due {
        fill: Canvas;
      }
      .timeline .month,
      .timeline .window,
      .timeline .workshop,
      .timeline .check-in,
      .timeline .check-in.due.overdue,
      .timeline .today line {
        stroke: CanvasText;
      }
      .timeline .review-day,
      .timeline .workshop.held,
      .timeline .check-in.held,
      .timeline .attention-mark,
      .timeline .name,
      .timeline .month-name,
      .timeline .today-label {
        fill: CanvasText;
      }
      .timeline .attention-bang {
        stroke: Canvas;
      }
    }

    @media print {
      section,
      [part='filters'],
      tr {
        break-inside: avoid;
        border-color: #000;
      }
      [part='filters'] {
        border: none;
        padding: 0;
      }
      .scroll {
        overflow: visible;
      }
      table,
      svg.timeline:not(.key-sample) {
        min-width: 0;
      }
      tr.attention th,
      tr.attention td {
        background: none;
      }
      .flag,
      .tag,
      .timeline .name,
      .timeline .month-name,
      .timeline .today-label {
        color: #000;
        fill: #000;
      }
      .timeline .band,
      .timeline .window {
        fill: #fff;
      }
      .no-print {
        display: none !important;
      }
      .print-only {
        display: block;
        margin: 0;
      }
    }
  `,
];
