/**
 * Styles of `<spp-strengths-directory>`. Colours, sizes and fonts come only from the shared `--_*`
 * aliases of the documented `--spp-*` properties (see shared/styles.ts).
 */
import { css } from 'lit';
import { controls, layout, tokens } from '../shared/styles';
import { listNoticeStyles } from '../shared/list-notices';

export const strengthsDirectoryStyles = [
  tokens,
  controls,
  layout,
  listNoticeStyles,
  css`
    header p,
    [part='notice'] {
      margin: 0;
    }
    .hint {
      color: var(--_text-muted);
      font-weight: 400;
      margin: 0 0 var(--_space);
    }
    .search {
      display: grid;
      gap: 4px;
      min-width: 0;
    }
    .search .hint {
      margin: 0;
    }
    .search-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
    }
    .search-row input {
      flex: 1 1 14rem;
      min-width: 0;
      max-width: 32rem;
    }
    .count {
      margin: 4px 0 0;
      font-weight: 600;
    }
    .results {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
      gap: calc(var(--_space) * 1.5);
      align-items: start;
    }
    .school {
      min-width: 0;
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .school.own {
      border-color: var(--_brand);
      box-shadow: inset 4px 0 0 var(--_brand);
    }
    .school h3 {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px var(--_space);
      margin-block-end: 2px;
    }
    .school-name {
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .your-school {
      font-size: 0.75em;
      font-weight: 700;
      padding: 1px 8px;
      border-radius: 999px;
      background: var(--_brand);
      color: var(--_on-brand);
      white-space: nowrap;
    }
    .offers {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .offer {
      padding: var(--_space);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
      min-width: 0;
    }
    .offer-text {
      margin: 0 0 4px;
    }
    .offer .year {
      font-size: 0.92em;
    }
    .offer button {
      max-width: 100%;
    }
    .suggested {
      margin-inline-start: var(--_space);
      font-weight: 600;
      color: var(--_success);
    }
    @container (max-width: 30rem) {
      .school {
        padding: var(--_space);
      }
    }
    @media (forced-colors: active) {
      .school,
      .offer {
        border-color: CanvasText;
      }
      .school.own {
        box-shadow: none;
        border: 3px solid Highlight;
      }
      .your-school {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .suggested {
        color: CanvasText;
      }
    }
    @media print {
      .search-row,
      .search .hint,
      .suggested {
        display: none;
      }
      .results {
        display: block;
      }
      .school,
      .offer {
        break-inside: avoid;
        border-color: #000;
        background: none;
        margin-block-end: var(--_space);
      }
      .your-school {
        background: none;
        color: #000;
        border: 1px solid #000;
      }
    }
  `,
];
