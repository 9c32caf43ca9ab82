import { css } from 'lit';
import { tokens } from '../styles/tokens.ts';
import { widgetBase } from '../styles/widget.ts';

const benchmark = css`
  @layer sales-line {
    .benchmark {
      display: grid;
      gap: 4px;
    }
    .summary {
      margin: 0;
    }
    .chart {
      width: 100%;
      max-width: var(--sales-line-chart-width, 480px);
      height: auto;
      overflow: visible;
    }
    .whisker,
    .box,
    .median {
      stroke: var(--_muted);
      stroke-width: 1.5;
    }
    .box {
      fill: var(--_column);
    }
    .median {
      stroke: var(--_text);
      stroke-width: 2.5;
    }
    .target {
      stroke: var(--_warning);
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }
    .marker {
      fill: var(--_accent);
      stroke: var(--_card);
      stroke-width: 2;
    }
    .axis {
      fill: var(--_muted);
      font-size: 11px;
    }
    @media (forced-colors: active) {
      .box {
        fill: Canvas;
      }
      .whisker,
      .box,
      .median,
      .target {
        stroke: CanvasText;
      }
      .marker {
        fill: Highlight;
      }
    }
  }
`;

export const benchmarkStyles = [tokens, widgetBase, benchmark];
