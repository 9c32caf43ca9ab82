export { SalesLineBoard } from '../board/board.ts';
export { SalesLineRuleEditor } from '../rule-editor/rule-editor.ts';
export { SalesLineBenchmark } from '../benchmark/benchmark.ts';
export { SalesLineLeaderboard } from '../leaderboard/leaderboard.ts';
export { SalesLineRouteTrace } from '../route-trace/route-trace.ts';
export { SalesLineCareerPath } from '../career-path/career-path.ts';
export { SalesLineCapacity } from '../capacity/capacity.ts';
export {
  SalesLineBeforeMoveEvent,
  SalesLineMoveEvent,
  SalesLineMoveRejectedEvent,
  SalesLineSelectEvent,
  SalesLineConfigChangeEvent,
  SalesLinePublishEvent,
  SalesLineSortEvent,
  SalesLineRepSelectEvent,
} from '../events.ts';
