import { css } from 'lit';

export const boardStyles = css`
  @layer sales-line {
    :host {
      display: block;
      font: var(--sales-line-font, 14px/1.4 system-ui, sans-serif);
      color: var(--sales-line-color-text, #1f2328);
      background: var(--sales-line-color-surface, #f6f8fa);
    }
    :host([hidden]) {
      display: none;
    }
    .swimlane {
      margin-block-end: var(--sales-line-space, 12px);
    }
    .swimlane-title {
      font-weight: 600;
      margin: 0 0 4px;
      font-size: 1em;
    }
    .columns {
      display: flex;
      gap: var(--sales-line-space, 12px);
      overflow-x: auto;
    }
    .column {
      flex: 0 0 var(--sales-line-column-width, 240px);
      background: var(--sales-line-color-column, #eaeef2);
      border-radius: 6px;
      padding: 8px;
    }
    .column-title {
      display: flex;
      justify-content: space-between;
      font-size: 0.9em;
      margin: 0 0 8px;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .card {
      background: var(--sales-line-color-card, #fff);
      border: 1px solid var(--sales-line-color-border, #d0d7de);
      border-radius: 6px;
      padding: 6px 8px;
    }
  }
`;
