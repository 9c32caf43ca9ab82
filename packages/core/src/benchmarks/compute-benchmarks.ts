import type { SalesLineConfig } from '../config/config-schema.ts';
import type { Rep } from '../line/lead.ts';
import type { Activity } from './activity.ts';
import { BenchmarkAccumulator, type BenchmarkOptions, type BenchmarkPeriod } from './benchmark-accumulator.ts';
import type { BenchmarkReport } from './benchmark-report.ts';

/**
 * Benchmarks every rep against the peers of their own station over one period: per station
 * and metric, the team distribution and each rep's value, percentile and status. For
 * streams too large to hold, feed a `BenchmarkAccumulator` instead.
 */
export function computeBenchmarks(
  config: SalesLineConfig,
  activities: Iterable<Activity>,
  reps: readonly Rep[],
  period: BenchmarkPeriod,
  options?: BenchmarkOptions,
): BenchmarkReport {
  const accumulator = new BenchmarkAccumulator(config, reps, period, options);
  accumulator.addMany(activities);
  return accumulator.report();
}
