/**
 * Styles of `<spp-partnership-goals>`: only the shared tokens (`--_*`, fed by the documented
 * `--spp-*` properties) and the one property documented on the class. A single column that stacks
 * at any width (nothing is lost at 320px); forced colours keep every boundary; print reads as a
 * document (fields give way to their text).
 */
import { css } from 'lit';
import { controls, tokens } from '../shared/styles';

export const partnershipGoalsStyles = [
  tokens,
  controls,
  css`
    :host {
      --_gap: var(--spp-partnership-goals-gap, calc(var(--_space) * 2));
      min-width: 0;
      overflow-wrap: anywhere;
    }
    [part='base'] {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
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
    .status:empty {
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
    [part='goals'],
    [part='agreements'] {
      min-width: 0;
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    .fields,
    .agreement-list {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    .field {
      display: grid;
      gap: 4px;
      min-width: 0;
    }
    .field + .field {
      margin-block-start: var(--_space);
    }
    .hint {
      margin: 0;
      color: var(--_text-muted);
    }
    textarea {
      field-sizing: content;
      min-height: 4.5em;
      max-height: 60vh;
    }
    textarea.short {
      min-height: 3em;
    }
    .date-field input {
      max-width: 14rem;
    }
    .field-error {
      margin: 0;
      font-weight: 600;
    }
    .saved-link {
      margin: 0;
    }
    a {
      color: var(--_brand);
      display: inline-block;
      min-height: 24px;
      padding-block: 2px;
    }
    a:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    fieldset.agreement,
    section.agreement {
      margin: 0;
      min-width: 0;
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
    }
    fieldset.agreement > legend {
      padding: 0;
      float: left; /* keeps the legend inside the box so it wraps like any heading */
      width: 100%;
    }
    fieldset.agreement > legend + * {
      clear: both;
    }
    fieldset.agreement input,
    fieldset.agreement textarea {
      background: var(--_surface);
    }
    .goal-list,
    dl {
      display: grid;
      gap: 4px;
      margin: 0;
    }
    .goal + .goal {
      margin-block-start: var(--_space);
    }
    dt {
      font-weight: 600;
    }
    .agreement dt:not(:first-child) {
      margin-block-start: var(--_space);
    }
    dd {
      margin: 0;
    }
    .print-only {
      display: none;
    }

    @media (forced-colors: active) {
      [part='goals'],
      [part='agreements'],
      fieldset.agreement,
      section.agreement {
        border-color: CanvasText;
      }
      a {
        color: LinkText;
      }
      [aria-invalid='true'] {
        border-width: 2px;
      }
    }

    @media print {
      textarea,
      input {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      .hint {
        display: none;
      }
      [part='goals'],
      [part='agreements'],
      fieldset.agreement,
      section.agreement {
        break-inside: avoid;
        border-color: #000;
        background: none;
      }
      a {
        color: #000;
      }
      a::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
    }
  `,
];
