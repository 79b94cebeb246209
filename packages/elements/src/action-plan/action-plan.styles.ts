/**
 * Styles of `<spp-action-plan>`. Colours, sizes and fonts come only from the shared `--_*` aliases
 * of the documented `--spp-*` properties (see shared/styles.ts). On paper the plan reads as a
 * document: forms give way to their record, and controls, history and the status bar are left out.
 */
import { css } from 'lit';
import { controls, layout, sectionCards, tokens } from '../shared/styles';

export const actionPlanStyles = [
  tokens,
  controls,
  layout,
  sectionCards,
  css`
    .header p {
      margin: 0 0 var(--_space);
    }
    .stage {
      font-weight: 600;
    }
    h5 {
      margin: var(--_space) 0 4px;
      font-size: 1em;
      font-weight: 600;
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
      align-content: start;
    }
    .field.narrow {
      max-width: 16rem;
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
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    fieldset {
      min-width: 0;
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    legend {
      font-weight: 600;
      padding-inline: 4px;
    }

    /* What is due */
    [part='check-in-due'] {
      border: 2px solid var(--_success);
      background: var(--_surface-subtle);
    }
    [part='check-in-due'].overdue {
      border-color: var(--_danger);
      border-inline-start-width: 8px;
      background: var(--_warning-bg);
    }
    [part='check-in-due'] h3 {
      font-size: 1.3em;
    }
    [part='check-in-due'] p {
      margin-block: 4px;
    }
    .due-detail {
      font-weight: 600;
    }
    h3:focus,
    h4:focus {
      outline: none;
    }
    h3:focus-visible,
    h4:focus-visible {
      outline: 2px solid var(--_focus);
    }

    /* Priority */
    .priority {
      padding: var(--_space);
      border-inline-start: 4px solid var(--_brand);
      background: var(--_surface-subtle);
      margin: var(--_space) 0;
      font-size: 1.1em;
    }

    /* Actions */
    .actions {
      list-style: none;
      padding: 0;
    }
    .actions > li {
      margin-block: 0 var(--_space);
    }
    .action {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-width: 0;
    }
    .action.is-overdue {
      border-inline-start: 6px solid var(--_danger);
    }
    .badge {
      display: inline-block;
      padding: 0 8px;
      margin-inline-start: 4px;
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
      background: var(--_warning-bg);
      color: var(--_danger);
      font-size: 0.85em;
      font-weight: 600;
      vertical-align: middle;
    }
    .badge::before {
      /* A mark for the eye only: the word "Overdue" is what is read out. */
      content: '! ';
      content: '! ' / '';
    }
    .overdue-text {
      color: var(--_danger);
      font-weight: 600;
      margin: 0;
    }
    .action-fields {
      display: grid;
      gap: 0 var(--_space);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    }
    .action-fields > .wide {
      grid-column: 1 / -1;
    }
    textarea {
      /* Grows with what is typed where supported, so long text is read without scrolling a box. */
      field-sizing: content;
      max-height: 24em;
    }
    .pending {
      font-style: italic;
    }
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
      gap: 4px var(--_space);
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .new-action {
      border-color: var(--_brand);
      border-width: 2px;
    }

    /* History */
    .history {
      margin-block-start: var(--_space);
    }
    .history > summary {
      display: list-item;
      min-height: 24px;
      padding-block: 4px;
      cursor: pointer;
      color: var(--_brand);
      font-weight: 600;
    }
    .history > summary .muted {
      font-weight: 400;
    }
    .changes {
      margin-block-start: 4px;
    }
    .changes > li {
      padding-block: 4px;
      border-block-end: 1px solid var(--_border-subtle);
    }
    .changes p {
      margin: 0 0 4px;
    }
    .changes ul {
      margin: 0;
    }
    /* A field's earlier value is text people typed, inside a catalogue sentence. */
    .changes ul li {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }

    /* Confirmations, the check-in form and the record of check-ins */
    .confirm {
      padding: var(--_space);
      border: 2px solid var(--_brand);
      border-radius: var(--_radius);
      margin-block: var(--_space);
    }
    .progress > .user-text {
      margin-block: 0 var(--_space);
    }
    .choice {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 0 var(--_space);
      align-items: center;
      margin-block: 4px var(--_space);
    }
    .choice > .hint {
      grid-column: 2;
    }
    .check-ins {
      list-style: none;
      padding: 0;
    }
    .check-ins > li {
      padding-block: var(--_space);
      border-block-end: 1px solid var(--_border-subtle);
    }
    .check-ins > li:last-child {
      border-block-end: none;
    }

    .status-bar {
      display: grid;
      gap: 4px;
    }
    /* With nothing to say, the status bar takes no room (its live regions stay in place). */
    .status-bar:not(:has(.save-state p:not(:empty), .notice, button)) {
      height: 0;
      overflow: hidden;
      margin-block-end: calc(var(--_space) * -2);
    }
    .status-bar [part='refusal']:empty,
    .status-bar .save-state.idle p:empty {
      display: none;
    }
    .print-only {
      display: none;
    }

    @container (max-width: 30rem) {
      section {
        padding: var(--_space);
      }
      dl {
        grid-template-columns: minmax(0, 1fr);
      }
      dd {
        margin-block-end: var(--_space);
      }
    }

    @media (forced-colors: active) {
      section,
      fieldset,
      .action,
      .confirm,
      [part='check-in-due'] {
        border-color: CanvasText;
      }
      .badge {
        forced-color-adjust: none;
        border-color: Mark;
        background: Mark;
        color: MarkText;
      }
      .overdue-text,
      .field-error,
      .history > summary {
        color: CanvasText;
      }
      .priority,
      .action.is-overdue {
        border-color: CanvasText;
      }
    }

    @media print {
      :host {
        container-type: normal;
      }
      [part='base'] {
        display: block;
      }
      section {
        border: none;
        padding: 0;
        margin-block-end: calc(var(--_space) * 2);
      }
      [part='check-in-due'],
      [part='check-in-due'].overdue {
        border: 1px solid #000;
        padding: var(--_space);
        background: none;
      }
      .action {
        break-inside: avoid;
        border-color: #000;
      }
      .badge {
        border-color: #000;
        background: none;
        color: #000;
      }
      .overdue-text {
        color: #000;
      }
      .intro,
      .hint,
      .status-bar,
      .screen-only {
        display: none !important;
      }
      .print-only {
        display: block;
      }
    }
  `,
];
