import { html, nothing } from 'lit';
import type { BoardStrings } from '../i18n/board-strings.ts';
import type { LaneView } from './board-model.ts';

export interface MoveMenuContext {
  text: BoardStrings;
  lanes: readonly LaneView[];
  leadName: string;
  current: string;
  legal: ReadonlySet<string>;
  /** Viewport position of the menu's top-left corner. */
  x: number;
  y: number;
  onKeydown(event: KeyboardEvent): void;
  onClick(event: MouseEvent): void;
}

/**
 * The "Move to…" menu, the non-drag way to move a card (WCAG 2.2 SC 2.5.7). Every stage is
 * listed so the line reads as a whole; those the line does not allow from here are marked and
 * disabled rather than hidden.
 */
export function renderMoveMenu(ctx: MoveMenuContext) {
  return html`<div
    class="menu"
    part="move-menu"
    role="menu"
    aria-label=${ctx.text.moveMenuLabel(ctx.leadName)}
    style="left:${ctx.x}px;top:${ctx.y}px"
    @keydown=${ctx.onKeydown}
    @click=${ctx.onClick}
  >
    ${ctx.lanes.map(
      (lane) => html`<div role="group" aria-label=${lane.name} class="menu-group">
        <div class="menu-group-title" aria-hidden="true">${lane.name}</div>
        ${lane.columns.map((column) => {
          const current = column.stage === ctx.current;
          const allowed = !current && ctx.legal.has(column.stage);
          return html`<button
            type="button"
            role="menuitem"
            class="menu-item"
            part="move-menu-item"
            tabindex="-1"
            data-stage=${column.stage}
            aria-disabled=${allowed ? nothing : 'true'}
          >
            <span>${ctx.text.stageName(column.stage)}</span>
            ${allowed ? nothing : html`<span class="menu-note">(${current ? ctx.text.currentStage : ctx.text.notAllowed})</span>`}
          </button>`;
        })}
      </div>`,
    )}
  </div>`;
}
