/**
 * Styles of `<spp-self-review>`: only the shared tokens (`--_*`, fed by the documented `--spp-*`
 * properties) and the two properties documented on the class. Single column that stacks at any
 * width (nothing is lost at 320px); forced colours keep every boundary; print reads as a document.
 */
import { css } from 'lit';
import { controls, levelChoices, tokens } from '../shared/styles';

export const selfReviewStyles = [
  tokens,
  controls,
  levelChoices,
  css`
    :host {
      --_gap: var(--spp-self-review-gap, calc(var(--_space) * 2));
      --_question-surface: var(--spp-self-review-question-surface, var(--_surface));
      min-width: 0;
      overflow-wrap: anywhere;
    }
    [part='base'] {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
      min-width: 0;
    }
    section,
    fieldset,
    .question {
      min-width: 0;
    }
    .header p:last-child {
      margin-bottom: 0;
    }

    /* Progress and navigation */
    [part='progress'] {
      display: grid;
      gap: 4px;
    }
    [part='progress'] label {
      font-weight: 600;
    }
    progress {
      appearance: none;
      display: block;
      width: 100%;
      height: 12px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
      overflow: hidden;
    }
    progress::-webkit-progress-bar {
      background: var(--_surface-subtle);
    }
    progress::-webkit-progress-value {
      background: var(--_brand);
    }
    progress::-moz-progress-bar {
      background: var(--_brand);
    }
    [part='nav'] ol {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(20rem, 100%), 1fr));
      gap: 4px var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='nav'] button {
      min-height: 32px;
      text-align: start;
      padding-inline: 0;
      text-decoration: none;
    }
    [part='nav'] .title {
      text-decoration: underline;
    }
    [part='nav'] .count {
      color: var(--_text-muted);
      font-weight: 400;
      text-decoration: none;
      display: block;
    }

    /* Areas, aims and questions */
    .area > h3:focus,
    .area > h3:focus-visible,
    .landing:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .landing:focus:not(:focus-visible) {
      outline: none;
    }
    .area-summary,
    .aim {
      color: var(--_text-muted);
    }
    .aim {
      margin-block: var(--_gap) var(--_space);
      font-style: italic;
    }
    .questions {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    fieldset.question,
    .question {
      margin: 0;
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_question-surface);
    }
    fieldset.question > legend {
      padding: 0;
      float: left; /* keeps the legend inside the box so it wraps like any heading */
      width: 100%;
    }
    fieldset.question > legend + * {
      clear: both;
    }
    .question-text {
      margin: 0 0 var(--_space);
      font-size: 1.05em;
    }
    .marker {
      margin: 0 0 var(--_space);
      padding: 4px var(--_space);
      border-inline-start: 4px solid var(--_border);
      background: var(--_surface-subtle);
    }
    .field {
      display: grid;
      gap: 4px;
      margin-block-start: var(--_gap);
    }
    .level-question {
      margin: 0 0 4px;
      font-weight: 600;
    }
    .levels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(13rem, 100%), 1fr));
      gap: var(--_space);
    }
    .clear-row {
      margin-block-start: 4px;
    }
    .prompts {
      margin: 0;
      color: var(--_text-muted);
    }
    .prompts p {
      margin: 0;
    }
    .prompts ul {
      margin: 2px 0 0;
      padding-inline-start: 1.25em;
    }
    textarea {
      field-sizing: content;
      min-height: 5.5em;
      max-height: 70vh;
    }
    .check {
      display: flex;
      align-items: flex-start;
      gap: var(--_space);
      margin-block-start: var(--_gap);
    }
    .check label {
      min-height: 24px;
      padding-block-start: 2px;
      cursor: pointer;
    }
    .check input {
      flex: none;
      cursor: pointer;
    }
    .print-only {
      display: none;
    }

    /* Read-only answers */
    dl {
      display: grid;
      gap: 4px;
      margin: 0;
    }
    dt {
      font-weight: 600;
      margin-block-start: var(--_space);
    }
    dd {
      margin: 0;
    }

    /* Focus, submit and confirmation */
    [part='focus'],
    [part='submit'],
    [part='confirm'],
    [part='submitted'] {
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    [part='focus'] fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    [part='focus'] legend {
      padding: 0;
      font-weight: 600;
    }
    .focus-list {
      display: grid;
      gap: 4px;
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
    }
    .focus-list .check {
      margin: 0;
    }
    .focus-list label {
      font-weight: 400;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-block-start: var(--_space);
    }
    [part='confirm'] {
      border-color: var(--_brand);
      border-inline-start-width: 4px;
    }
    [part='confirm'] h3:focus-visible,
    [part='submitted'] h3:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    [part='confirm'] ul {
      margin: 0 0 var(--_space);
      padding-inline-start: 1.25em;
    }
    [part='submitted'] {
      border-color: var(--_success);
      border-inline-start-width: 4px;
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

    @media (forced-colors: active) {
      fieldset.question,
      .question,
      .option,
      [part='focus'],
      [part='submit'],
      [part='confirm'],
      [part='submitted'],
      .marker {
        border-color: CanvasText;
      }
      .option:has(input:checked) {
        border-color: Highlight;
        box-shadow: inset 0 0 0 2px Highlight;
      }
      progress {
        forced-color-adjust: none;
        border-color: CanvasText;
        background: Canvas;
      }
      progress::-webkit-progress-bar {
        background: Canvas;
      }
      progress::-webkit-progress-value {
        background: Highlight;
      }
      progress::-moz-progress-bar {
        background: Highlight;
      }
    }

    @media print {
      [part='nav'],
      .clear-row,
      [part='confirm'] {
        display: none !important;
      }
      textarea {
        display: none;
      }
      .print-only {
        display: block;
      }
      fieldset.question,
      .question,
      [part='focus'],
      [part='submit'],
      [part='submitted'] {
        break-inside: avoid;
        border-color: #000;
      }
      .levels {
        align-items: start;
      }
      .option:not(:has(input:checked)) .hint {
        display: none;
      }
    }
  `,
];
