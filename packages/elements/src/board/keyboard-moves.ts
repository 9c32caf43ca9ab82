import type { SalesLineBoard } from './board.component.ts';
import type { CardData } from './board-model.ts';
import { directionOf, nextDropStage } from './keyboard-target.ts';
import { SalesLineSelectEvent } from '../events.ts';

/**
 * Keys on a focused card. Without a lifted card: ↑/↓/Home/End move focus within the column,
 * ←/→ to the next column with cards. Space/Enter lift; then ←/→ choose the stage, ↑/↓ the
 * lane, Space/Enter drop, Escape cancels. Shift+Enter selects.
 */
export function onCardKeydown(board: SalesLineBoard, card: CardData, event: KeyboardEvent): void {
  const lifted = board.lifted?.id === card.id ? board.lifted : undefined;
  const direction = directionOf(event.key, getComputedStyle(board).direction === 'rtl');
  const { text, format } = board;
  const model = board.model!;
  const handled = () => event.preventDefault();
  if (event.key === 'Enter' && event.shiftKey) {
    handled();
    board.dispatchEvent(new SalesLineSelectEvent({ leadId: card.id, lead: card.lead }));
  } else if (event.key === ' ' || event.key === 'Enter') {
    handled();
    if (board.readOnly || board.busy.has(card.id)) return;
    if (!lifted) {
      const cards = model.byStage.get(card.stage)!.cards;
      board.lifted = { id: card.id, from: card.stage, target: card.stage };
      const position = format.number(cards.indexOf(card) + 1);
      board.announcer.announce(text.lifted(card.lead.name, text.stageName(card.stage), position, format.number(cards.length)));
    } else if (lifted.target === lifted.from) cancelLift(board, card);
    else {
      board.lifted = undefined;
      void board.requestMove(card, lifted.target, 'keyboard');
    }
  } else if (event.key === 'Escape' && lifted) {
    handled();
    cancelLift(board, card);
  } else if (direction && lifted) {
    handled();
    const target = nextDropStage(model.lanes, new Set(board.collapsed), lifted.target, direction);
    board.lifted = { ...lifted, target };
    board.announcer.announce(text.over(card.lead.name, text.stageName(target), model.byStage.get(target)!.stationName));
  } else if (direction || event.key === 'Home' || event.key === 'End') {
    handled();
    const next = neighbour(board, card, direction ?? event.key);
    if (next) void board.focusCard(next.id);
  }
}

export function cancelLift(board: SalesLineBoard, card: CardData): void {
  board.lifted = undefined;
  board.announcer.announce(board.text.cancelled(card.lead.name, board.text.stageName(card.stage)));
}

function neighbour(board: SalesLineBoard, card: CardData, key: string): CardData | undefined {
  const collapsed = new Set(board.collapsed);
  const columns = board.model!.columns.filter((column) => column.cards.length > 0 && !collapsed.has(column.stationId));
  const at = columns.findIndex((column) => column.stage === card.stage);
  const column = columns[at];
  if (!column) return undefined;
  const index = column.cards.indexOf(card);
  const nearest = (other: (typeof columns)[number] | undefined) => other?.cards[Math.min(index, other.cards.length - 1)];
  const moves: Record<string, () => CardData | undefined> = {
    up: () => column.cards[Math.max(0, index - 1)],
    down: () => column.cards[Math.min(column.cards.length - 1, index + 1)],
    Home: () => column.cards[0],
    End: () => column.cards.at(-1),
    left: () => nearest(columns[at - 1]),
    right: () => nearest(columns[at + 1]),
  };
  return moves[key]?.();
}
