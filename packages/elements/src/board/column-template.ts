import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CardData, ColumnView } from './board-model.ts';
import { renderCard, type CardContext } from './card-template.ts';

export interface ColumnContext extends CardContext {
  /** The stage a lifted or dragged card would drop into. */
  dropStage: string | undefined;
  focusedId: string | undefined;
  scrollTops: ReadonlyMap<string, number>;
  /** Visible height of a column body, in px (measured; a default until then). */
  viewport: number;
  onScroll(event: Event): void;
  cardById(id: string): CardData | undefined;
}

/** Cards rendered above and below the visible window, so fast scrolling shows no blank. */
const OVERSCAN = 3;

interface Placed {
  card: CardData;
  index: number;
}

/**
 * The cards of a column worth rendering: the visible window, plus the first card (the
 * column's tab stop) and any card that has focus, is lifted, dragged or has its menu open.
 * Recycling a focused card would drop focus to the body (lit#4945).
 */
export function windowOf(column: ColumnView, ctx: ColumnContext): Placed[] {
  const cards = column.cards;
  const top = ctx.scrollTops.get(column.key) ?? 0;
  const first = Math.max(0, Math.floor(top / ctx.pitch) - OVERSCAN);
  const last = Math.min(cards.length, Math.ceil((top + ctx.viewport) / ctx.pitch) + OVERSCAN);
  const placed: Placed[] = [];
  for (let index = first; index < last; index++) placed.push({ card: cards[index]!, index });
  if (first > 0 && cards[0]) placed.push({ card: cards[0], index: 0 });
  for (const id of new Set([ctx.focusedId, ctx.liftedId, ctx.draggingId, ctx.menuId])) {
    const card = id === undefined ? undefined : ctx.cardById(id);
    if (card?.stage !== column.stage) continue;
    const index = cards.indexOf(card);
    if (index > 0 && (index < first || index >= last)) placed.push({ card, index });
  }
  return placed;
}

export function renderColumn(column: ColumnView, ctx: ColumnContext) {
  const { text, format } = ctx;
  const count = column.cards.length;
  const titleId = `column-${column.stage}`;
  const limit = column.limit?.total === undefined ? undefined : format.number(column.limit.total);
  const totalText = format.number(column.total);
  const drop = ctx.dropStage === column.stage;
  const parts = ['column', column.over ? 'column-over-limit' : '', drop ? 'drop-target' : ''].filter(Boolean).join(' ');
  const focused = ctx.focusedId === undefined ? undefined : ctx.cardById(ctx.focusedId);
  const focusedHere = focused?.stage === column.stage && column.cards.includes(focused);
  const cardCtx: CardContext = { ...ctx, tabbableId: focusedHere ? ctx.focusedId : column.cards[0]?.id };
  return html`<div
    class="column ${column.over ? 'over' : ''} ${drop ? 'drop-target' : ''}"
    part=${parts}
    data-drop-stage=${column.stage}
    role="group"
    aria-labelledby=${titleId}
  >
    <div class="column-header" part="column-header">
      <h3 class="column-title" id=${titleId}>${text.stageName(column.stage)}</h3>
      <span class="count" part="column-count"
        ><span aria-hidden="true">${text.count(totalText, limit)}</span
        ><span class="visually-hidden">${text.countLabel(totalText, limit, column.total)}</span></span
      >
    </div>
    ${column.over
      ? html`<p class="wip over" part="wip-badge">
          <span aria-hidden="true">⚠ </span>${column.overReps.length > 0 ? text.overLimitFor(format.list(column.overReps)) : text.overLimit}
        </p>`
      : nothing}
    ${column.limit?.perRep === undefined ? nothing : html`<p class="wip" part="wip-per-rep">${text.perRepLimit(format.number(column.limit.perRep))}</p>`}
    ${drop ? html`<p class="drop-hint" part="drop-hint">${text.dropHere}</p>` : nothing}
    <div
      class="column-body"
      part="column-body"
      data-key=${column.key}
      style="height:min(var(--sales-line-column-height, 420px), ${Math.max(count * ctx.pitch, 40)}px)"
      @scroll=${ctx.onScroll}
    >
      ${count === 0
        ? html`<p class="column-empty" part="column-empty">${text.emptyColumn}</p>`
        : html`<ul class="track" style="height:${count * ctx.pitch}px" aria-labelledby=${titleId}>
            ${repeat(
              windowOf(column, ctx),
              (placed) => placed.card.id,
              (placed) => renderCard(placed.card, placed.index, count, cardCtx),
            )}
          </ul>`}
    </div>
  </div>`;
}
