/**
 * Styles of `<spp-review-plan>`: only the shared tokens (`--_*`, fed by the documented `--spp-*`
 * properties) and the one property documented on the class. A single column that stacks at any
 * width; the timetable is a real table that reflows into labelled blocks in a narrow container
 * (nothing is lost at 320px); forced colours keep every boundary; print reads as a document.
 */
import { css } from 'lit';
import { controls, sectionCards, tokens } from '../shared/styles';

export const reviewPlanStyles = [
  tokens,
  controls,
  sectionCards,
  css`
    :host {
      --_gap: var(--spp-review-plan-gap, calc(var(--_space) * 2));
      container-type: inline-size;
      max-width: 100%;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    [part='base'] {
      display: grid;
      gap: var(--_gap);
      min-width: 0;
    }
    .header p:last-child {
      margin-bottom: 0;
    }
    h4 {
      margin-block-start: var(--_space);
    }
    ul,
    ol {
      margin: 0 0 var(--_space);
      padding-inline-start: 1.5em;
    }
    li {
      margin-block: 4px;
    }
    textarea {
      field-sizing: content;
      min-height: 4.5em;
      max-height: 70vh;
    }
    textarea.short {
      min-height: 3em;
    }
    fieldset {
      min-width: 0;
      margin: 0 0 var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    legend {
      padding: 0 4px;
      font-weight: 600;
    }
    .field {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 4px;
      margin-block-end: calc(var(--_space) * 1.5);
      min-width: 0;
    }
    /* The contents of <details> inherit from its built-in slot, not from the host: restore ours. */
    details > * {
      box-sizing: border-box;
    }
    .hint {
      color: var(--_text-muted);
      font-weight: 400;
      margin: 0 0 var(--_space);
    }
    .field .hint {
      margin: 0;
    }
    .small {
      font-size: 0.9em;
    }
    .field-error {
      color: var(--_danger);
      margin: 0;
      font-weight: 600;
    }
    .status {
      display: grid;
      gap: 4px;
    }
    .status [part='refusal']:empty {
      display: none;
    }
    .save-state {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px var(--_space);
    }
    .save-state p {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: var(--_space) 0 0;
    }
    .print-only {
      display: none;
    }

    /* The starting point */
    [part='starting-point'] {
      background: var(--_surface-subtle);
    }

    /* Checkbox lists */
    .checks {
      display: grid;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .check {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 4px var(--_space);
      margin: 0;
    }
    .check label {
      flex: 1 1 0;
      min-width: 0;
      min-height: 24px;
      padding-block-start: 2px;
      font-weight: 400;
      cursor: pointer;
    }
    .check input {
      flex: none;
      cursor: pointer;
    }
    .check .problem {
      flex-basis: 100%;
      padding-inline-start: calc(24px + var(--_space));
      font-weight: 400;
    }
    details.more,
    details.editor {
      margin-block-start: var(--_space);
    }
    summary {
      min-height: 24px;
      padding-block: 2px;
      cursor: pointer;
      color: var(--_brand);
      text-decoration: underline;
    }
    details.editor > summary {
      font-weight: 600;
    }
    details[open] > summary {
      margin-block-end: var(--_space);
    }

    /* Lines of enquiry */
    ol.lines {
      display: grid;
      gap: var(--_space);
      padding: 0;
      list-style: none;
    }
    .line {
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
    }
    .line-number {
      margin: 0 0 4px;
    }
    .line-question {
      font-weight: 600;
    }
    .add-line {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_space);
    }
    .add-line .grow {
      flex: 1 1 14rem;
      margin: 0;
    }

    /* Team and dates */
    dl.team {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 4px var(--_gap);
      margin: 0 0 var(--_space);
    }
    dl.team dt {
      font-weight: 600;
    }
    dl.team dd {
      margin: 0;
    }
    dl.team ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    dl.team li {
      margin: 0 0 2px;
    }
    .date-fields {
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .date-fields .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_space);
    }
    .date-fields .field {
      flex: 0 1 16rem;
      margin: 0;
    }

    /* The timetable */
    .day {
      margin-block-end: var(--_gap);
    }
    .table-wrap {
      min-width: 0;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px var(--_space);
      border: 1px solid var(--_border-subtle);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      background: var(--_surface-subtle);
      border-bottom: 2px solid var(--_border);
    }
    tbody th {
      font-weight: 600;
      white-space: normal;
    }
    tbody th > span {
      display: block;
    }
    tr.editing {
      outline: 2px solid var(--_brand);
      outline-offset: -2px;
    }
    td.change-col {
      white-space: nowrap;
    }
    td.change-col button + button {
      margin-inline-start: 4px;
    }
    .cell-label {
      display: none;
    }
    .editor-panel {
      border-color: var(--_brand);
      border-inline-start-width: 4px;
      background: var(--_surface-subtle);
      margin-block-end: var(--_space);
    }
    .editor-panel h4 {
      margin-block-start: 0;
    }
    .editor-panel .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(11rem, 100%), 1fr));
      gap: 0 var(--_gap);
    }
    h3:focus-visible,
    h4:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    h3:focus:not(:focus-visible),
    h4:focus:not(:focus-visible) {
      outline: none;
    }
    .coverage {
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-inline-start: 4px solid var(--_success);
      border-radius: var(--_radius);
    }
    .coverage.gaps {
      border-inline-start-color: var(--_border);
      background: var(--_warning-bg);
    }
    .coverage p:last-child,
    .coverage ul:last-child {
      margin-bottom: 0;
    }
    .ok {
      color: var(--_success);
      font-weight: 600;
    }
    /* A mark, not a word: generated, with empty alternative text so it is not read out. */
    .ok::before {
      content: '✓ ';
      content: '✓ ' / '';
    }

    /* Agreement */
    .parties {
      padding: 0;
      list-style: none;
    }
    .parties li {
      padding-inline-start: var(--_space);
      border-inline-start: 4px solid var(--_border-subtle);
    }
    .parties li.agreed {
      border-inline-start-color: var(--_success);
    }
    .party {
      font-weight: 600;
    }

    /* In a narrow container each timetable row becomes a labelled block: nothing is cut off. */
    @container (max-width: 600px) {
      table,
      thead,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead tr {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      tbody tr {
        margin-block-end: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      th,
      td {
        border: 0;
        border-bottom: 1px solid var(--_border-subtle);
      }
      tbody tr > :last-child {
        border-bottom: 0;
      }
      tbody th {
        background: var(--_surface-subtle);
      }
      .cell-label {
        display: block;
        font-weight: 600;
        font-size: 0.9em;
        color: var(--_text-muted);
      }
      tbody th > .cell-label {
        display: block;
      }
      td.change-col {
        white-space: normal;
      }
      td.note.empty {
        display: none;
      }
      dl.team {
        grid-template-columns: minmax(0, 1fr);
      }
      dl.team dd {
        margin-block-end: var(--_space);
      }
    }

    @media (forced-colors: active) {
      section,
      fieldset,
      .line,
      th,
      td,
      .coverage,
      .parties li {
        border-color: CanvasText;
      }
      .parties li.agreed,
      .editor-panel,
      tr.editing {
        border-color: Highlight;
        outline-color: Highlight;
      }
      summary {
        color: LinkText;
      }
    }

    @media print {
      :host {
        container-type: normal;
      }
      section {
        break-inside: avoid-page;
        border-color: #000;
      }
      textarea,
      .screen-only,
      [part='team-editor'],
      [part='activity-editor'],
      .add-line,
      .change-col,
      fieldset.links,
      details.more {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      th,
      td {
        border-color: #000;
      }
      tr {
        break-inside: avoid;
      }
    }
  `,
];
