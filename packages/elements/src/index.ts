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
export { SalesLineRuleEditor } from './rule-editor/rule-editor.component.ts';
export { defaultRuleEditorStrings } from './i18n/rule-editor-strings.ts';
export type { RuleEditorStrings } from './i18n/rule-editor-strings.ts';
export { SalesLineConfigChangeEvent, SalesLinePublishEvent } from './events.ts';
export type { ConfigDetail } from './events.ts';
export { SalesLineBenchmark } from './benchmark/benchmark.component.ts';
export { defaultBenchmarkStrings } from './i18n/benchmark-strings.ts';
export type { BenchmarkStrings } from './i18n/benchmark-strings.ts';
export { SalesLineLeaderboard } from './leaderboard/leaderboard.component.ts';
export { SalesLineSortEvent } from './events.ts';
export type { SortDetail } from './events.ts';
export type { LeaderboardColumn, SortDirection } from './leaderboard/sort-reps.ts';
export { SalesLineRouteTrace } from './route-trace/route-trace.component.ts';
export { defaultRouteTraceStrings } from './i18n/route-trace-strings.ts';
export type { RouteTraceStrings } from './i18n/route-trace-strings.ts';
export { SalesLineCareerPath } from './career-path/career-path.component.ts';
export { SalesLineRepSelectEvent } from './events.ts';
export type { RepSelectDetail } from './events.ts';
export { defaultCareerPathStrings } from './i18n/career-path-strings.ts';
export type { CareerPathStrings } from './i18n/career-path-strings.ts';
export { SalesLineCapacity } from './capacity/capacity.component.ts';
export { defaultCapacityStrings } from './i18n/capacity-strings.ts';
export type { CapacityStrings } from './i18n/capacity-strings.ts';
export type { CapacityFigure } from './capacity/read-capacity.ts';
