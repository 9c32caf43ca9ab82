import { css } from 'lit';
import { tokens } from '../styles/tokens.ts';

const editor = css`
  @layer sales-line {
    :host {
      display: block;
      font: var(--_font);
      color: var(--_text);
      background: var(--_surface);
    }
    :host([hidden]),
    [hidden] {
      display: none !important;
    }
    .editor {
      display: grid;
      gap: var(--_space);
      padding: var(--_space);
    }
    input,
    select,
    button,
    textarea {
      font: inherit;
      color: inherit;
    }
    input,
    select,
    textarea {
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 4px 8px;
    }
    button {
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 4px 10px;
      cursor: pointer;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    button.primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: light-dark(#fff, #0d1117);
    }
    button.link {
      background: none;
      border: none;
      padding: 0;
      text-align: start;
      text-decoration: underline;
    }
    :is(input, select, textarea, button, [tabindex]):focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    [aria-invalid='true'] {
      border: 2px solid var(--_danger);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .spacer {
      flex: 1;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom: 3px solid var(--_accent);
      font-weight: 600;
    }
    .heading {
      margin: 0 0 6px;
      font-size: 1em;
    }
    .issues {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 8px var(--_space);
      margin: 0;
    }
    .issues:not(.ok) {
      border: 2px solid var(--_danger);
    }
    .issue {
      color: var(--_danger);
      flex-basis: 100%;
    }
    .muted {
      color: var(--_muted);
    }
    .checking table {
      opacity: 0.6;
    }
    .rules,
    .conditions {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .rule {
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      display: grid;
      gap: 8px;
      /* Hundreds of rules: the browser lays out only those near the screen. */
      content-visibility: auto;
      contain-intrinsic-size: auto 16em;
    }
    .rule-head,
    .condition,
    .group-head,
    .group-actions,
    .target {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .rule-actions {
      margin-inline-start: auto;
      display: flex;
      gap: 4px;
    }
    .add-rule {
      margin-block: 8px;
    }
    .drag-handle {
      cursor: grab;
      color: var(--_muted);
    }
    .conditions .conditions {
      padding-inline-start: var(--_space);
      border-inline-start: 2px solid var(--_border);
    }
    .group {
      display: grid;
      gap: 6px;
    }
    .plain {
      margin: 0;
      color: var(--_muted);
      font-style: italic;
    }
    .target {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0;
    }
    textarea {
      display: block;
      width: 100%;
      box-sizing: border-box;
      min-height: 24em;
      font-family: ui-monospace, monospace;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--_border);
      padding: 4px 6px;
    }
    .notice {
      margin: 0;
      font-weight: 600;
    }
    @media (forced-colors: active) {
      [aria-invalid='true'],
      .issues:not(.ok) {
        border-color: Mark;
      }
    }
  }
`;

export const ruleEditorStyles = [tokens, editor];
