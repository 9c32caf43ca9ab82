import type { SalesLineConfig } from '../config/config-schema.ts';
import type { Rep } from '../line/lead.ts';
import type { BenchmarkMetric, BenchmarksConfig } from './benchmarks-schema.ts';
import type { BenchmarkReport, BenchmarkStatus, BenchmarkUnit, MetricBenchmark, RepBenchmark } from './benchmark-report.ts';
import { percentileRank, quantile, summarize } from './distribution.ts';
import type { Reservoir } from './reservoir.ts';

/** What the accumulator keeps per rep: aggregates only, never activities. */
export interface RepAggregate {
  rep: Rep;
  ramping: boolean;
  /** Activity type → count, for the types the rep's station's metrics name. */
  counts: Map<string, number>;
  /** Activity type → sum of `value`. */
  sums: Map<string, number>;
  /** UTC day numbers of workdays with any activity. */
  activeDays: Set<number>;
  /** `time` metric id → sample of durations in hours. */
  durations: Map<string, Reservoir>;
}

interface Measured {
  value: number | null;
  basis: number;
}

type Measure<K extends BenchmarkMetric['kind']> = (metric: Extract<BenchmarkMetric, { kind: K }>, rep: RepAggregate) => Measured;

const perDay = (total: number, rep: RepAggregate): number | null => (rep.activeDays.size === 0 ? null : total / rep.activeDays.size);

const MEASURES: { [K in BenchmarkMetric['kind']]: Measure<K> } = {
  count: (metric, rep) => {
    const count = rep.counts.get(metric.type) ?? 0;
    return { value: metric.per === 'workday' ? perDay(count, rep) : count, basis: count };
  },
  rate: (metric, rep) => {
    const denominator = rep.counts.get(metric.denominator) ?? 0;
    return { value: denominator === 0 ? null : (rep.counts.get(metric.numerator) ?? 0) / denominator, basis: denominator };
  },
  sum: (metric, rep) => {
    const sum = rep.sums.get(metric.type) ?? 0;
    return { value: metric.per === 'workday' ? perDay(sum, rep) : sum, basis: rep.counts.get(metric.type) ?? 0 };
  },
  time: (metric, rep) => {
    const sample = rep.durations.get(metric.id);
    return { value: sample?.quantile(50) ?? null, basis: sample?.seen ?? 0 };
  },
};

const UNITS: { [K in BenchmarkMetric['kind']]: (metric: Extract<BenchmarkMetric, { kind: K }>) => BenchmarkUnit } = {
  count: (metric) => (metric.per === 'workday' ? 'per-workday' : 'per-period'),
  rate: () => 'ratio',
  sum: (metric) => (metric.per === 'workday' ? 'per-workday' : 'per-period'),
  time: () => 'hours',
};

function measure(metric: BenchmarkMetric, rep: RepAggregate): Measured {
  return (MEASURES[metric.kind] as Measure<typeof metric.kind>)(metric as never, rep);
}

/**
 * The band is in the better direction: for a lower-is-better metric "below" means a value
 * above the (100 − below)th quantile. Status compares with the quantiles the distribution
 * shows, so a table's p25/p75 columns explain every status.
 */
function statusOf(value: number, sorted: readonly number[], metric: BenchmarkMetric, band: { below: number; above: number }): BenchmarkStatus {
  const higher = metric.direction === 'higher';
  const low = quantile(sorted, higher ? band.below : 100 - band.below) as number;
  const high = quantile(sorted, higher ? band.above : 100 - band.above) as number;
  if (higher ? value < low : value > low) return 'below';
  if (higher ? value > high : value < high) return 'above';
  return 'within';
}

function meetsTarget(value: number, metric: BenchmarkMetric): boolean | null {
  if (metric.target === undefined) return null;
  return metric.direction === 'higher' ? value >= metric.target : value <= metric.target;
}

function benchmarkMetric(metric: BenchmarkMetric, reps: readonly RepAggregate[], benchmarks: BenchmarksConfig): MetricBenchmark {
  const band = { ...benchmarks.status, ...metric.status };
  const measured = reps.map((rep) => ({ rep, ...measure(metric, rep) }));
  const peers = measured.filter((entry) => !entry.rep.ramping && entry.value !== null).map((entry) => entry.value as number);
  const sorted = [...peers].sort((a, b) => a - b);
  const repBenchmarks: RepBenchmark[] = measured.map(({ rep, value, basis }) => ({
    repId: rep.rep.id,
    name: rep.rep.name,
    value,
    percentile: value === null ? null : percentileRank(peers, value, metric.direction),
    status: value === null || sorted.length === 0 ? null : statusOf(value, sorted, metric, band),
    ramping: rep.ramping,
    meetsTarget: value === null ? null : meetsTarget(value, metric),
    basis,
  }));
  return {
    id: metric.id,
    label: metric.label,
    kind: metric.kind,
    station: metric.station,
    direction: metric.direction,
    unit: (UNITS[metric.kind] as (m: BenchmarkMetric) => BenchmarkUnit)(metric),
    target: metric.target ?? null,
    band,
    distribution: summarize(peers),
    reps: repBenchmarks,
  };
}

export interface BuildReportInput {
  config: SalesLineConfig;
  benchmarks: BenchmarksConfig;
  reps: readonly RepAggregate[];
  period: { from: string; to: string };
  counted: number;
  ignored: number;
  evictedLeads: number;
}

/** Turns per-rep aggregates into the report: stations in line order, metrics in config order. */
export function buildBenchmarkReport(input: BuildReportInput): BenchmarkReport {
  const stations = input.config.line.stations
    .map((station) => {
      // A rep is only ever compared with reps of the same station.
      const reps = input.reps.filter((rep) => rep.rep.station === station.id);
      const metrics = input.benchmarks.metrics.filter((metric) => metric.station === station.id);
      return { station: station.id, name: station.name, metrics: metrics.map((metric) => benchmarkMetric(metric, reps, input.benchmarks)) };
    })
    .filter((station) => station.metrics.length > 0);
  return {
    period: input.period,
    stations,
    activities: { counted: input.counted, ignored: input.ignored },
    evictedLeads: input.evictedLeads,
  };
}
