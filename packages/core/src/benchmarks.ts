/**
 * Activities in, per-station distributions and each rep's standing out.
 *
 * @module @sales-line/core/benchmarks
 */
export { ActivitySchema, KNOWN_ACTIVITY_TYPES } from './benchmarks/activity.ts';
export type { Activity } from './benchmarks/activity.ts';
export { readActivities, parseActivitiesNdjson, parseActivitiesCsv, readActivityLines } from './benchmarks/read-activities.ts';
export type { ActivityIssue, ActivityReadResult } from './benchmarks/read-activities.ts';
export type { ActivityFormat, ActivityLineResult } from './benchmarks/activity-line-parser.ts';
export { BenchmarksSchema, BenchmarkMetricSchema } from './benchmarks/benchmarks-schema.ts';
export type { BenchmarkMetric, BenchmarkMetricKind, BenchmarksConfig, BenchmarksConfigInput } from './benchmarks/benchmarks-schema.ts';
export { computeBenchmarks } from './benchmarks/compute-benchmarks.ts';
export { BenchmarkAccumulator } from './benchmarks/benchmark-accumulator.ts';
export type { BenchmarkPeriod, BenchmarkOptions } from './benchmarks/benchmark-accumulator.ts';
export { toRepMetrics } from './benchmarks/benchmark-report.ts';
export type {
  BenchmarkReport,
  StationBenchmark,
  MetricBenchmark,
  RepBenchmark,
  RepMetrics,
  BenchmarkStatus,
  BenchmarkUnit,
} from './benchmarks/benchmark-report.ts';
export type { Distribution } from './benchmarks/distribution.ts';
export { benchmarkIssues } from './benchmarks/benchmark-issues.ts';
export { generateActivities } from './benchmarks/generate-activities.ts';
export type { ActivityScenario } from './benchmarks/generate-activities.ts';
