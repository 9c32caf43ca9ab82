import { css } from 'lit';
import { tokens } from '../styles/tokens.ts';
import { widgetBase } from '../styles/widget.ts';

const capacity = css`
  @layer sales-line {
    .capacity {
      display: grid;
      gap: var(--_space);
    }
    h3 {
      margin: 0;
      font-size: 1em;
    }
    .period,
    .bottleneck-text {
      margin: 0;
    }
    .bottleneck-text {
      font-weight: 600;
    }
    svg {
      width: 100%;
      max-width: var(--sales-line-chart-width, 560px);
      height: auto;
      overflow: visible;
    }
    svg text {
      fill: var(--_text);
      font-size: 12px;
    }
    .bar-line {
      fill: var(--sales-line-color-line, var(--_accent));
    }
    .bar-traditional {
      fill: var(--sales-line-color-traditional, var(--_muted));
    }
    .bar-station {
      fill: var(--_border);
    }
    .bar-station.bottleneck {
      fill: var(--_danger);
    }
    .band {
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .full {
      stroke: var(--_muted);
      stroke-dasharray: 3 3;
    }
    @media (forced-colors: active) {
      .bar-line,
      .bar-station.bottleneck {
        fill: Highlight;
      }
      .bar-traditional,
      .bar-station {
        fill: GrayText;
      }
      .band,
      .full {
        stroke: CanvasText;
      }
      svg text {
        fill: CanvasText;
      }
    }
  }
`;

export const capacityStyles = [tokens, widgetBase, capacity];
