import { css } from 'lit';
import { tokens } from '../styles/tokens.ts';

const board = css`
  @layer sales-line {
    :host {
      display: block;
      font: var(--_font);
      color: var(--_text);
      background: var(--_surface);
      --_column-width: var(--sales-line-column-width, 240px);
    }
    :host([hidden]) {
      display: none;
    }
    .board {
      padding: var(--_space);
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
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      margin-block-end: var(--_space);
    }
    .toolbar label {
      display: inline-flex;
      gap: 6px;
      align-items: center;
    }
    .toolbar-note,
    .toolbar-count {
      color: var(--_muted);
    }
    input,
    select,
    button {
      font: inherit;
      color: inherit;
    }
    input,
    select {
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 4px 8px;
    }
    .notice {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_card);
      padding: 8px var(--_space);
      margin-block-end: var(--_space);
    }
    .notice.refused {
      border-inline-start-color: var(--_danger);
    }
    .notice p {
      margin: 0;
    }
    .notice-text {
      flex: 1;
    }
    .notice-why {
      color: var(--_muted);
    }
    .lane {
      margin-block-end: var(--_space);
    }
    .lane-title {
      margin: 0 0 6px;
      font-size: 1em;
    }
    .lane-toggle {
      display: inline-flex;
      gap: 8px;
      align-items: baseline;
      background: none;
      border: 0;
      padding: 2px 4px;
      font-weight: 600;
      cursor: pointer;
      border-radius: var(--_radius);
    }
    .chevron::before {
      content: '▾';
      display: inline-block;
    }
    [aria-expanded='false'] .chevron::before {
      content: '▸';
    }
    .lane-count {
      font-weight: 400;
      color: var(--_muted);
    }
    .columns {
      display: flex;
      gap: var(--_space);
      overflow-x: auto;
      padding-block-end: 4px;
    }
    .column {
      flex: 0 0 var(--_column-width);
      width: var(--_column-width);
      background: var(--_column);
      border: 2px solid transparent;
      border-radius: var(--_radius);
      padding: 8px;
      box-sizing: border-box;
    }
    .column.over {
      border-color: var(--_danger);
      border-style: dashed;
    }
    .column.drop-target {
      border-color: var(--_accent);
      border-style: solid;
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    .column-header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 8px;
      margin-block-end: 6px;
    }
    .column-title {
      font-size: 0.95em;
      margin: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .count {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
    .wip,
    .drop-hint {
      margin: 0 0 6px;
      font-size: 0.85em;
      color: var(--_muted);
    }
    .wip.over {
      color: var(--_danger);
      font-weight: 600;
    }
    .drop-hint {
      color: var(--_accent);
      font-weight: 600;
    }
    .column-body {
      /* One column's layout and paint never touch another's: a drag frame stays within a frame. */
      contain: strict;
      overflow-y: auto;
      position: relative;
      width: 100%;
    }
    .column-empty {
      margin: 8px 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .track {
      position: relative;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .card {
      position: absolute;
      inset-inline: 0;
      top: 0;
      height: var(--_card-height, 100px);
      box-sizing: border-box;
      display: grid;
      align-content: space-between;
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 6px 8px;
      overflow: hidden;
      user-select: none;
      touch-action: manipulation;
      cursor: grab;
      contain: layout paint style;
    }
    .card:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .card.lifted {
      border: 2px dashed var(--_accent);
      box-shadow: var(--_shadow);
    }
    .card.dragging {
      opacity: 0.4;
      border-style: dashed;
    }
    .card.busy {
      opacity: 0.6;
      cursor: progress;
    }
    .card.snap-back {
      animation: snap-back 0.35s ease-out;
      border-color: var(--_danger);
    }
    .drag-ghost {
      z-index: 10;
      pointer-events: none;
      box-shadow: var(--_shadow);
      transform: rotate(2deg);
      cursor: grabbing;
    }
    .card-row {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 6px;
      min-width: 0;
      white-space: nowrap;
    }
    .card-row > * {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .card-name {
      font-weight: 600;
      /* The lead's name wins the row: a long deadline badge shrinks (and ellipsises) first. */
      flex: 1 0 auto;
      min-width: 6ch;
      max-width: 100%;
    }
    .card-company,
    .card-owner,
    .card-age {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .card-value {
      font-variant-numeric: tabular-nums;
      flex: none;
    }
    .badge {
      flex: 0 1 auto;
      min-width: 0;
      font-size: 0.8em;
      border: 1px solid currentColor;
      border-radius: 999px;
      padding: 0 6px;
      color: var(--_muted);
    }
    .badge.due-soon {
      color: var(--_warning);
      font-weight: 600;
    }
    .badge.overdue {
      color: var(--_danger);
      font-weight: 600;
      border-width: 2px;
    }
    .move-button,
    .notice-dismiss {
      flex: none;
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0 8px;
      cursor: pointer;
    }
    .menu {
      position: fixed;
      z-index: 20;
      min-width: 200px;
      max-height: 60vh;
      overflow: auto;
      background: var(--_card);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--_shadow);
      padding: 4px;
    }
    .menu-group-title {
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_muted);
      padding: 4px 8px 2px;
    }
    .menu-item {
      display: flex;
      width: 100%;
      justify-content: space-between;
      gap: 8px;
      text-align: start;
      background: none;
      border: 0;
      border-radius: var(--_radius);
      padding: 4px 8px;
      cursor: pointer;
    }
    .menu-item:focus-visible,
    .menu-item:hover {
      background: var(--_column);
    }
    .menu-item[aria-disabled='true'] {
      color: var(--_muted);
      cursor: not-allowed;
    }
    .menu-note {
      font-size: 0.85em;
    }
    @keyframes snap-back {
      0%,
      100% {
        transform: translateX(0);
      }
      30% {
        transform: translateX(-6px);
      }
      60% {
        transform: translateX(6px);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .card.snap-back {
        animation: none;
      }
      .drag-ghost {
        transform: none;
      }
      .columns,
      .column-body {
        scroll-behavior: auto;
      }
    }
    @media (forced-colors: active) {
      .column,
      .card,
      .badge,
      .notice,
      .menu {
        border: 1px solid CanvasText;
      }
      .column.over,
      .card.lifted,
      .badge.overdue {
        border: 3px dashed CanvasText;
      }
      .column.drop-target {
        outline: 3px solid Highlight;
      }
      .card:focus-visible,
      button:focus-visible,
      .menu-item:focus-visible {
        outline: 3px solid Highlight;
      }
      .menu-item[aria-disabled='true'] {
        color: GrayText;
      }
    }
  }
`;

export const boardStyles = [tokens, board];
