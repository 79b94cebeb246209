/**
 * Styles of `<spp-evidence-log>`. Colours, sizes and fonts come only from the shared `--_*`
 * aliases of the documented `--spp-*` properties (see shared/styles.ts), plus
 * `--spp-evidence-log-target-size` (documented on the class). One column that stacks at any width
 * (nothing is lost at 320px); touch-sized targets; forced colours keep every boundary; print reads
 * as a document (no form, text instead of fields).
 */
import { css } from 'lit';
import { controls, sectionCards, tokens } from '../shared/styles';

export const evidenceLogStyles = [
  tokens,
  controls,
  sectionCards,
  css`
    :host {
      --_target: var(--spp-evidence-log-target-size, 44px);
      container-type: inline-size;
      max-width: 100%;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    [part='base'] {
      display: grid;
      gap: calc(var(--_space) * 2);
      min-width: 0;
    }
    .header p {
      margin: 0 0 4px;
    }
    ul,
    ol {
      margin: 0 0 var(--_space);
      padding-inline-start: 1.5em;
    }
    .status p:empty {
      margin: 0;
    }
    .status [part='refusal'].notice {
      margin: 0;
    }
    textarea {
      field-sizing: content;
      max-height: 24em;
    }
    [part='notice'] p:last-child {
      margin-bottom: 0;
    }
    [part='notice']:focus-visible {
      outline-offset: 2px;
    }

    /* Touch-sized targets throughout: this widget is used on a tablet on the review day. */
    button,
    select,
    input:not([type='checkbox']):not([type='radio']) {
      min-height: var(--_target);
    }
    button {
      padding-inline: 16px;
    }
    .field {
      display: grid;
      gap: 4px;
      margin-block-end: calc(var(--_space) * 1.5);
      min-width: 0;
    }
    .hint {
      color: var(--_text-muted);
      font-weight: 400;
      margin: 0;
    }
    section > .hint {
      margin-bottom: var(--_space);
    }
    .field-error {
      color: var(--_danger);
      font-weight: 600;
      margin: 0;
    }
    .row {
      display: grid;
      gap: 0 var(--_space);
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 36rem) {
      .row {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    select {
      text-overflow: ellipsis;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .meta {
      color: var(--_text-muted);
      margin: 0;
    }

    /* Save banner */
    .save-banner {
      border: 2px solid var(--_border);
      border-inline-start-width: 8px;
      padding: var(--_space) calc(var(--_space) * 1.5);
    }
    .save-banner.saved {
      border-color: var(--_success);
    }
    .save-banner.sending {
      border-color: var(--_border);
    }
    .save-banner.device-only {
      border-color: var(--_danger);
      background: var(--_warning-bg);
    }
    .save-banner .headline {
      display: flex;
      gap: var(--_space);
      align-items: baseline;
      font-size: 1.2em;
      font-weight: 600;
      margin: 0;
    }
    /* The headline's mark, drawn here so no text is written in the template (the words say it). */
    .save-banner .icon::before {
      content: '…';
    }
    .save-banner.saved .icon::before {
      content: '✓';
    }
    .save-banner.device-only .icon::before {
      content: '!';
    }
    .save-banner.saved .headline {
      color: var(--_success);
    }
    .save-banner.device-only .headline {
      color: var(--_danger);
    }
    .save-banner .detail {
      margin: 4px 0 0;
    }
    .save-banner .count {
      font-weight: 600;
    }
    .save-banner [part='save-state'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      margin-top: 4px;
    }
    .save-banner [part='save-state'] p {
      margin: 0;
    }
    /* The banner's headline says the routine states; the live region still announces them. */
    .save-banner.saved [part='save-state'] > p.muted:first-child,
    .save-banner.sending [part='save-state'] > p.muted:first-child {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    /* Quick capture */
    [part='capture'] {
      border-color: var(--_brand);
      border-width: 2px;
    }
    [part='capture'] textarea {
      min-height: 6em;
    }
    [part='capture-button'] {
      width: 100%;
      min-height: max(var(--_target), 44px);
      font-size: 1.1em;
    }
    @container (min-width: 36rem) {
      [part='capture-button'] {
        width: auto;
        min-width: 12rem;
      }
    }

    /* Evidence */
    .group + .group {
      margin-top: calc(var(--_space) * 1.5);
    }
    .evidence-list,
    .findings-list,
    .finding-cards,
    .checks {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: var(--_space);
    }
    .finding-cards {
      margin-bottom: var(--_space);
    }
    .item {
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    .item .note {
      margin: 0 0 4px;
    }
    .item.unsaved {
      border-color: var(--_border);
      border-inline-start-width: 4px;
      background: var(--_warning-bg);
    }
    .badge {
      display: inline-block;
      margin: 4px 0 0;
      padding: 0 8px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font-weight: 600;
      font-size: 0.92em;
    }

    /* Findings */
    .kind {
      margin-bottom: calc(var(--_space) * 2);
    }
    .finding {
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
    }
    .finding textarea {
      background: var(--_surface);
    }
    .findings-list > li {
      padding: var(--_space);
      border-inline-start: 4px solid var(--_border-subtle);
      background: var(--_surface-subtle);
    }
    .findings-list p {
      margin: 0 0 4px;
    }
    .drawn-from {
      margin: 0;
    }
    details.links {
      margin-block-end: var(--_space);
    }
    details.links summary {
      display: flex;
      align-items: center;
      min-height: var(--_target);
      cursor: pointer;
      font-weight: 600;
    }
    details.links summary::before {
      content: '▸';
      margin-inline-end: 8px;
    }
    details.links[open] summary::before {
      content: '▾';
    }
    details.links summary::-webkit-details-marker {
      display: none;
    }
    details.links summary:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .check {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 4px 8px;
      align-items: start;
    }
    .check label {
      font-weight: 400;
      padding-block: 2px;
    }
    .check input {
      margin-top: 2px;
    }
    .confirm-remove {
      padding: var(--_space);
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .priority {
      padding: var(--_space);
      border-inline-start: 4px solid var(--_brand);
      background: var(--_surface-subtle);
      margin: 0;
    }
    [part='priority'] {
      margin-top: var(--_space);
    }
    [part='priority'] h4 {
      margin-bottom: 0;
    }
    [part='confirm'] {
      padding: var(--_space);
      border: 2px solid var(--_brand);
      border-radius: var(--_radius);
    }
    .print-only {
      display: none;
    }

    @media (forced-colors: active) {
      .save-banner,
      .item,
      .item.unsaved,
      .finding,
      .badge,
      [part='confirm'],
      .confirm-remove {
        border-color: CanvasText;
      }
      .priority,
      .findings-list > li {
        border-inline-start-color: CanvasText;
      }
    }

    @media print {
      :host {
        container-type: normal;
      }
      section {
        border: none;
        padding: 0;
      }
      .save-banner,
      details.links,
      [part='agree'],
      [part='confirm'],
      .confirm-remove,
      details.links summary::before {
        display: none !important;
      }
      textarea,
      select {
        display: none;
      }
      .print-only {
        display: block;
      }
      .item,
      .finding,
      .findings-list > li {
        break-inside: avoid;
        border-color: #000;
        background: none;
      }
    }
  `,
];
