export { SalesLineBoard } from '../board/board.ts';
export { SalesLineRuleEditor } from '../rule-editor/rule-editor.ts';
export {
  SalesLineBeforeMoveEvent,
  SalesLineMoveEvent,
  SalesLineMoveRejectedEvent,
  SalesLineSelectEvent,
  SalesLineConfigChangeEvent,
  SalesLinePublishEvent,
} from '../events.ts';
