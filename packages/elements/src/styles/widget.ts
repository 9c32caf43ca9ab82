import { css } from 'lit';

/** What every widget shares besides the tokens: the host box, the states, tables and status words. */
export const widgetBase = css`
  @layer sales-line {
    :host {
      display: block;
      font: var(--_font);
      color: var(--_text);
    }
    :host([hidden]) {
      display: none;
    }
    .state {
      padding: var(--_space);
      color: var(--_muted);
    }
    .error {
      color: var(--_danger);
      border: 2px solid currentColor;
      border-radius: var(--_radius);
    }
    .error p {
      margin: 4px 0 0;
    }
    button {
      font: inherit;
      color: inherit;
    }
    button:focus-visible,
    summary:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: 4px 8px;
      border-block-end: 1px solid var(--_border);
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .above,
    .met {
      color: var(--sales-line-color-success, light-dark(#1a7f37, #3fb950));
    }
    .below,
    .missing {
      color: var(--_danger);
    }
    .muted {
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      button:focus-visible,
      summary:focus-visible {
        outline: 3px solid Highlight;
      }
    }
  }
`;
