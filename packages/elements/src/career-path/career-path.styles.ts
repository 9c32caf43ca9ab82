import { css } from 'lit';
import { tokens } from '../styles/tokens.ts';
import { widgetBase } from '../styles/widget.ts';

const careerPath = css`
  @layer sales-line {
    .path {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      list-style: none;
      margin: 0;
      padding: 0;
      counter-reset: step;
    }
    .step {
      flex: 1 1 180px;
      background: var(--_column);
      border-radius: var(--_radius);
      padding: var(--_space);
      counter-increment: step;
    }
    .step h3 {
      margin: 0 0 4px;
      font-size: 1em;
    }
    .step h3::before {
      content: counter(step) '. ';
    }
    .step.off h3::before {
      content: none;
    }
    .reps {
      list-style: none;
      margin: 8px 0;
      padding: 0;
      display: grid;
      gap: 4px;
    }
    .rep {
      width: 100%;
      text-align: start;
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 4px 8px;
      cursor: pointer;
    }
    .rep[aria-pressed='true'] {
      border: 2px solid var(--_accent);
    }
    .rep-status {
      display: block;
      font-size: 0.9em;
    }
    .forbidden {
      color: var(--_danger);
      font-size: 0.9em;
    }
    .details {
      margin-block-start: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .details h3 {
      margin: 0 0 4px;
      font-size: 1em;
    }
    @media (forced-colors: active) {
      .rep[aria-pressed='true'] {
        border: 3px solid Highlight;
      }
    }
  }
`;

export const careerPathStyles = [tokens, widgetBase, careerPath];
