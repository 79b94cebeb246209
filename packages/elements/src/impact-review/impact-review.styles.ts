/**
 * Styles of `<spp-impact-review>`: only the shared tokens (`--_*`, fed by the documented `--spp-*`
 * properties) and the one property documented on the class. A single column that stacks at any
 * width (the comparison chart puts each question's name above its track when narrow, so nothing is
 * lost at 320px); forced colours keep every boundary and mark; print reads as a document.
 */
import { css } from 'lit';
import { controls, levelChoices, tokens } from '../shared/styles';

export const impactReviewStyles = [
  tokens,
  controls,
  levelChoices,
  css`
    :host {
      --_gap: var(--spp-impact-review-gap, calc(var(--_space) * 2));
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
    .header > :last-child,
    section > :last-child {
      margin-bottom: 0;
    }
    .subtitle {
      color: var(--_text-muted);
      font-weight: 600;
    }
    .landing:focus-visible,
    .landing:focus {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .landing:focus:not(:focus-visible) {
      outline: none;
    }
    .status {
      display: grid;
      gap: 4px;
    }
    .status > [role='alert']:empty,
    .announcement:empty {
      display: none;
    }
    .announcement {
      margin: 0;
      color: var(--_success);
      font-weight: 600;
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
    [part='not-started'] h3 {
      margin-bottom: 4px;
    }
    .details {
      display: grid;
      gap: 4px;
      justify-items: start;
    }
    .details p {
      margin: 0;
    }
    .details input {
      max-width: 14rem;
    }
    .baseline-note {
      margin: 0;
      padding: var(--_space);
      border-inline-start: 4px solid var(--_border-subtle);
      color: var(--_text-muted);
    }

    /* Navigation */
    [part='nav'] ol {
      display: flex;
      flex-wrap: wrap;
      gap: 4px calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='nav'] button {
      min-height: 32px;
      padding-inline: 0;
      text-align: start;
    }

    /* Sections */
    [part='comparison'],
    [part='questions'],
    [part='impact'],
    [part='next-steps'] {
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    [part='questions'] {
      padding: 0;
      border: 0;
    }

    /* The comparison chart */
    [part='comparison'] {
      container-type: inline-size;
    }
    .summary {
      font-size: 1.1em;
      font-weight: 600;
    }
    ul.summary {
      margin: 0 0 var(--_space);
      padding-inline-start: 1.25em;
    }
    .key {
      display: flex;
      flex-wrap: wrap;
      gap: 4px calc(var(--_space) * 2);
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .key li {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    svg.movement.key-symbol {
      width: 24px;
      height: 24px;
      flex: none;
    }
    .chart {
      display: grid;
      gap: 2px;
    }
    .tracks {
      display: grid;
      gap: 2px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .track-row {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: center;
      gap: var(--_space);
      padding-block: 2px;
    }
    .tracks .track-row + .track-row {
      border-top: 1px solid var(--_border-subtle);
    }
    .scale {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      text-align: center;
      font-size: 0.85em;
      line-height: 1.2;
      color: var(--_text-muted);
      overflow-wrap: normal;
      hyphens: auto;
    }
    .scale,
    .tracks svg.movement {
      max-width: 30rem;
    }
    .scale span {
      padding-inline: 2px;
    }
    svg.movement {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .movement .track-line {
      stroke: var(--_border);
      stroke-width: 2;
    }
    .movement .tick {
      fill: var(--_border);
    }
    .movement .baseline {
      fill: none;
      stroke: var(--_text-muted);
      stroke-width: 3;
    }
    .movement .now {
      fill: var(--_brand);
      stroke: var(--_surface);
      stroke-width: 1.5;
    }
    .movement .arrow {
      stroke: var(--_brand);
      stroke-width: 3;
    }
    .movement .arrow-head {
      fill: var(--_brand);
    }
    @container (max-width: 32rem) {
      .track-row {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
      .scale-row > :first-child {
        display: none;
      }
    }

    /* Areas and questions */
    .area {
      display: flex;
      flex-direction: column;
      margin-block-start: var(--_gap);
    }
    .area-summary,
    .aim {
      color: var(--_text-muted);
    }
    .aim {
      margin-block: var(--_space);
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
      background: var(--_surface);
    }
    fieldset.question > legend,
    fieldset.note > legend {
      padding: 0;
      float: left; /* keeps the legend inside the box so it wraps like any heading */
      width: 100%;
    }
    fieldset.question > legend + *,
    fieldset.note > legend + * {
      clear: both;
    }
    h5 {
      margin: 0 0 var(--_space);
      font-size: 1.05em;
      font-weight: 600;
      line-height: 1.3;
    }
    .marker,
    .at-baseline {
      margin: 0 0 var(--_space);
      padding: 4px var(--_space);
      border-inline-start: 4px solid var(--_border);
      background: var(--_surface-subtle);
    }
    fieldset.levels {
      margin: var(--_space) 0 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    fieldset.levels > legend {
      padding: 0;
      margin-bottom: 4px;
      font-weight: 600;
    }
    .options {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
      gap: var(--_space);
    }
    .clear-row {
      margin: 4px 0 0;
    }
    .field {
      display: grid;
      gap: 4px;
      margin-block-start: var(--_gap);
      min-width: 0;
    }
    .hint {
      margin: 0;
      color: var(--_text-muted);
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
      min-height: 4.5em;
      max-height: 60vh;
    }
    .print-only {
      display: none;
    }
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

    /* Impact */
    .impact-groups {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    .impact-group > h4 {
      padding-bottom: 4px;
      border-bottom: 1px solid var(--_border-subtle);
    }
    .notes {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .note {
      margin: 0;
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
      min-width: 0;
    }
    .note .field:first-of-type {
      margin-block-start: 0;
    }
    .note textarea,
    .note select {
      background: var(--_surface);
    }
    .note p.user-text {
      margin-bottom: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: var(--_space) 0 0;
    }
    .confirm {
      margin-block-start: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .confirm p {
      margin: 0;
    }
    .subheading {
      font-size: 1em;
    }

    @media (forced-colors: active) {
      [part='comparison'],
      [part='impact'],
      [part='next-steps'],
      fieldset.question,
      .question,
      .option,
      .note,
      .confirm,
      .marker,
      .at-baseline {
        border-color: CanvasText;
      }
      .option:has(input:checked) {
        border-color: Highlight;
        box-shadow: inset 0 0 0 2px Highlight;
      }
      svg.movement {
        forced-color-adjust: none;
      }
      .movement .track-line {
        stroke: CanvasText;
      }
      .movement .tick {
        fill: CanvasText;
      }
      .movement .baseline {
        stroke: CanvasText;
      }
      .movement .now,
      .movement .arrow-head {
        fill: Highlight;
        stroke: Canvas;
      }
      .movement .arrow {
        stroke: Highlight;
      }
    }

    @media print {
      [part='nav'],
      .date-chosen,
      .clear-row,
      .confirm {
        display: none !important;
      }
      textarea,
      input[type='date'],
      .note select {
        display: none;
      }
      .print-only {
        display: block;
      }
      fieldset.question,
      .question,
      .note,
      [part='comparison'],
      [part='impact'],
      [part='next-steps'] {
        border-color: #000;
        background: none;
      }
      fieldset.question,
      .question,
      .note,
      .track-row {
        break-inside: avoid;
      }
      .option:not(:has(input:checked)) {
        display: none;
      }
      .option .hint {
        display: none;
      }
    }
  `,
];
