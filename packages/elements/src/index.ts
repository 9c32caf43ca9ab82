// Class modules only: importing this defines no tag. Import `@sales-line/elements/define` to register them.
export { SalesLineBoard } from './board/board.component.ts';
export type { BoardLine } from './board/board-line.ts';
export { defaultBoardStrings } from './i18n/board-strings.ts';
export type { BoardStrings } from './i18n/board-strings.ts';
export {
  SalesLineBeforeMoveEvent,
  SalesLineMoveEvent,
  SalesLineMoveRejectedEvent,
  SalesLineSelectEvent,
} from './events.ts';
export type { MoveDetail, MoveSource, MoveCommittedDetail, MoveRejectedDetail, SelectDetail } from './events.ts';
export { defineElement } from './define-element.ts';
