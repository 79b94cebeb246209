/**
 * Shared styles. Every colour, size and font comes from a documented `--spp-*` custom property
 * that falls back to the Microsoft Fluent 2 token SharePoint pages set, then to a Fluent default.
 * Private `--_*` aliases keep the fallbacks in one place.
 */
import { css } from 'lit';

/**
 * The private aliases alone. For the provider, which wraps the page's own content: it must not
 * reset what that content inherits.
 */
export const aliases = css`
  :host {
    --_brand: var(--spp-color-brand, var(--colorBrandBackground, #0f6cbd));
    --_brand-hover: var(--spp-color-brand-hover, var(--colorBrandBackgroundHover, #115ea3));
    --_on-brand: var(--spp-color-on-brand, var(--colorNeutralForegroundOnBrand, #ffffff));
    --_text: var(--spp-color-text, var(--colorNeutralForeground1, #242424));
    --_text-muted: var(--spp-color-text-muted, var(--colorNeutralForeground3, #5c5c5c));
    --_surface: var(--spp-color-surface, var(--colorNeutralBackground1, #ffffff));
    --_surface-subtle: var(--spp-color-surface-subtle, var(--colorNeutralBackground2, #f5f5f5));
    --_border: var(--spp-color-border, var(--colorNeutralStrokeAccessible, #616161));
    --_border-subtle: var(--spp-color-border-subtle, var(--colorNeutralStroke2, #d1d1d1));
    --_danger: var(--spp-color-danger, var(--colorPaletteRedForeground1, #b10e1c));
    --_success: var(--spp-color-success, var(--colorPaletteGreenForeground1, #0e700e));
    --_warning-bg: var(--spp-color-warning-surface, var(--colorPaletteYellowBackground1, #fff9e5));
    --_focus: var(--spp-color-focus, var(--colorStrokeFocus2, #000000));
    --_radius: var(--spp-radius, var(--borderRadiusMedium, 4px));
    --_font: var(--spp-font-family, var(--fontFamilyBase, 'Segoe UI', 'Segoe UI Web (West European)', system-ui, sans-serif));
    --_font-size: var(--spp-font-size, var(--fontSizeBase300, 14px));
    --_space: var(--spp-space, 8px);
  }
`;

/** The aliases and the reset every widget starts from. */
export const tokens = css`
  ${aliases}
  :host {
    /*
     * Reset what a host page's CSS can push in through inheritance. A page rule that matches the
     * host element itself ("* { white-space: pre }", "body *") beats a plain :host rule, and
     * everything inside would inherit it; an !important declaration in the shadow tree's own
     * styles beats any page rule. Theming goes through the --spp-* properties, never these.
     * Line height, letter and word spacing stay overridable: they are what people's text-spacing
     * tools set on the whole page (WCAG 1.4.12), and the widgets reflow under them.
     * "display" and margins stay the page's to set.
     */
    display: block;
    box-sizing: border-box;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 400 !important;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    cursor: auto !important;
    color: var(--_text) !important;
    background: var(--_surface) !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host: a page's "* { box-sizing: content-box }" reaches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* <details> slots its content with the browser's content-box: full-width fields would overflow. */
  details > * {
    box-sizing: border-box;
  }
`;

export const controls = css`
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
    font-weight: 600;
  }
  h2 {
    font-size: 1.45em;
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    min-height: 32px;
    min-width: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-subtle);
  }
  button.primary {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
    font-weight: 600;
  }
  button.primary:hover {
    background: var(--_brand-hover);
  }
  button[aria-disabled='true'],
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  button.link {
    border-color: transparent;
    background: none;
    color: var(--_brand);
    text-decoration: underline;
    padding-inline: 4px;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    min-height: 32px;
    width: 100%;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  textarea {
    min-height: 5em;
    resize: vertical;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 20px;
    height: 20px;
    margin: 2px;
    accent-color: var(--_brand);
  }
  label {
    font-weight: 600;
  }
  :focus-visible,
  /* In a date or time field focus sits on its day, month, year (or hour, minute) part, where
     :focus-visible does not match the field: outline the field itself. */
  input[type='date']:focus-within,
  input[type='time']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_text-muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error {
    color: var(--_danger);
  }
  .notice {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    margin-block: var(--_space);
  }
  .notice.error {
    border-color: var(--_danger);
  }
  .user-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    button,
    input,
    select,
    textarea {
      border: 1px solid ButtonText;
    }
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible,
    input[type='date']:focus-within,
    input[type='time']:focus-within {
      outline-color: Highlight;
    }
    .notice {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    /* !important like the :host reset it overrides: a light-on-dark theme must not print white on white. */
    :host {
      background: none !important;
      color: #000 !important;
    }
    button,
    .no-print {
      display: none !important;
    }
    textarea,
    input,
    select {
      border: none;
      resize: none;
    }
  }
`;

/** The frame of most widgets: a size container for their own @container rules, never wider than the page, a grid of parts. */
export const layout = css`
  :host {
    container-type: inline-size;
    max-width: 100%;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
`;

/** Sections drawn as cards. */
export const sectionCards = css`
  section {
    min-width: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;

/** One choice on the practice continuum: a card with its radio, label and hint (self-review, impact review). */
export const levelChoices = css`
  .option {
    display: grid;
    grid-template-columns: 24px minmax(0, 1fr);
    column-gap: var(--_space);
    align-items: start;
    align-content: start;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .option:has(input:checked) {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 1px var(--_brand);
  }
  .option label {
    grid-column: 2;
    grid-row: 1;
    min-height: 24px;
    padding-block-start: 2px;
    cursor: pointer;
  }
  .option input {
    grid-column: 1;
    grid-row: 1 / span 2;
    cursor: pointer;
  }
  .option .hint {
    grid-column: 2;
    color: var(--_text-muted);
  }
`;
