import { css } from 'lit';
import { tokens } from '../styles/tokens.ts';
import { widgetBase } from '../styles/widget.ts';

const routeTrace = css`
  @layer sales-line {
    .trace {
      display: grid;
      gap: var(--_space);
    }
    .text {
      margin: 0;
      font-weight: 600;
    }
    .outcome {
      margin: 0;
      color: var(--_muted);
    }
    h3 {
      font-size: 1em;
      margin: 0 0 4px;
    }
    ol,
    ul {
      margin: 0;
      padding-inline-start: 1.4em;
    }
    /*
     * The rule numbers are in-flow counters, not outside list markers: an outside marker
     * hangs in the padding, and "10." or "100." is wider than any fixed padding.
     */
    ol {
      list-style: none;
      padding-inline-start: 0;
      counter-reset: rule;
    }
    ol > li {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.4em;
      align-items: start;
    }
    ol > li::before {
      counter-increment: rule;
      content: counter(rule) '.';
      min-width: 2ch;
      margin-block: 2px;
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    details {
      margin-block: 2px;
      min-width: 0;
    }
    summary {
      cursor: pointer;
    }
    .rule-skipped summary {
      color: var(--_muted);
    }
    .mark {
      display: inline-block;
      width: 1.2em;
    }
    .chosen {
      font-weight: 600;
    }
  }
`;

export const routeTraceStyles = [tokens, widgetBase, routeTrace];
