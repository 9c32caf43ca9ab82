export { SalesLineBoard } from '../board/board.ts';
export { SalesLineBenchmark } from '../benchmark/benchmark.ts';
export {
  SalesLineBeforeMoveEvent,
  SalesLineMoveEvent,
  SalesLineMoveRejectedEvent,
  SalesLineSelectEvent,
} from '../events.ts';
