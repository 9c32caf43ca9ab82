import type { LaneView } from './board-model.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The direction an arrow key means; in right-to-left text, ← goes to the next column. */
export function directionOf(key: string, rtl: boolean): Direction | undefined {
  const direction = arrows[key];
  if (!rtl || (direction !== 'left' && direction !== 'right')) return direction;
  return direction === 'left' ? 'right' : 'left';
}

/**
 * Where a lifted card's target goes on an arrow key: ←/→ walk the stages in reading order
 * (continuing into the next lane), ↑/↓ jump to the lane above or below at the same column.
 * Collapsed lanes are skipped. Returns the current stage at the board's edges.
 */
export function nextDropStage(lanes: readonly LaneView[], collapsed: ReadonlySet<string>, current: string, direction: Direction): string {
  const open = lanes.filter((lane) => !collapsed.has(lane.id) && lane.columns.length > 0);
  const flat = open.flatMap((lane) => lane.columns.map((column) => column.stage));
  if (direction === 'left' || direction === 'right') {
    const index = flat.indexOf(current);
    const next = index < 0 ? 0 : index + (direction === 'right' ? 1 : -1);
    return flat[Math.min(Math.max(next, 0), flat.length - 1)] ?? current;
  }
  const laneIndex = open.findIndex((lane) => lane.columns.some((column) => column.stage === current));
  const columnIndex = Math.max(0, open[laneIndex]?.columns.findIndex((column) => column.stage === current) ?? 0);
  const lane = open[laneIndex + (direction === 'down' ? 1 : -1)];
  if (!lane) return current;
  return lane.columns[Math.min(columnIndex, lane.columns.length - 1)]!.stage;
}
