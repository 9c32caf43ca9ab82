import { css } from 'lit';
import { tokens } from '../styles/tokens.ts';
import { widgetBase } from '../styles/widget.ts';

const leaderboard = css`
  @layer sales-line {
    table {
      width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 4px;
    }
    th {
      font-weight: 600;
      white-space: nowrap;
    }
    th button {
      background: none;
      border: 0;
      padding: 0;
      font-weight: inherit;
      cursor: pointer;
      display: inline-flex;
      gap: 4px;
    }
    .sort-icon {
      color: var(--_muted);
    }
    .ramping {
      color: var(--_muted);
      font-style: italic;
    }
    tr.ramping-row td {
      background: var(--_surface);
    }
  }
`;

export const leaderboardStyles = [tokens, widgetBase, leaderboard];
