// Class modules only: importing this defines no tag. Import `@sales-line/elements/define` to register them.
export { SalesLineBoard } from './board/board.component.ts';
export {
  SalesLineBeforeMoveEvent,
  SalesLineMoveEvent,
  SalesLineMoveRejectedEvent,
  SalesLineSelectEvent,
} from './events.ts';
export type { MoveDetail, MoveSource } from './events.ts';
export { defineElement } from './define-element.ts';
