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
    details {
      margin-block: 2px;
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
