export { SalesLineBoard } from '../board/board.ts';
export { SalesLineBenchmark } from '../benchmark/benchmark.ts';
export { SalesLineLeaderboard } from '../leaderboard/leaderboard.ts';
export { SalesLineRouteTrace } from '../route-trace/route-trace.ts';
export {
  SalesLineBeforeMoveEvent,
  SalesLineMoveEvent,
  SalesLineMoveRejectedEvent,
  SalesLineSelectEvent,
  SalesLineSortEvent,
} from '../events.ts';
