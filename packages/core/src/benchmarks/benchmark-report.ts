import type { Distribution } from './distribution.ts';
import type { BenchmarkMetricKind } from './benchmarks-schema.ts';

export type BenchmarkStatus = 'below' | 'within' | 'above';

/** What a metric's value is measured in, for display. */
export type BenchmarkUnit = 'per-workday' | 'per-period' | 'ratio' | 'hours';

/** One rep on one metric, compared only with the non-ramping reps of their own station. */
export interface RepBenchmark {
  repId: string;
  name: string;
  /** `null` when there is nothing to measure: no active workday, a zero denominator, no lead pair. */
  value: number | null;
  /** 0–100 in the better direction (100 = better than every peer); `null` without value or peers. */
  percentile: number | null;
  status: BenchmarkStatus | null;
  /** Still ramping: shown, but left out of the distribution. */
  ramping: boolean;
  /** `null` when the metric has no target or the rep no value. */
  meetsTarget: boolean | null;
  /** What the value rests on: activities of the type counted or summed, the rate's denominator, or the lead pairs timed. */
  basis: number;
}

export interface MetricBenchmark {
  id: string;
  label: string;
  kind: BenchmarkMetricKind;
  station: string;
  direction: 'higher' | 'lower';
  unit: BenchmarkUnit;
  target: number | null;
  /** The percentile band used for status. */
  band: { below: number; above: number };
  distribution: Distribution;
  reps: RepBenchmark[];
}

export interface StationBenchmark {
  station: string;
  name: string;
  metrics: MetricBenchmark[];
}

export interface BenchmarkReport {
  period: { from: string; to: string };
  stations: StationBenchmark[];
  activities: {
    /** Activities inside the period by a known rep. */
    counted: number;
    /** Activities outside the period, by an unknown rep, or with an unreadable time. */
    ignored: number;
  };
  /** Start activities of `time` metrics forgotten to keep memory bounded (their pairs were missed). */
  evictedLeads: number;
}

/** A rep's standing per metric id: what promotion rules read as `metric.<id>.value` etc. */
export type RepMetrics = Record<string, Record<string, { value: number | null; percentile: number | null; status: BenchmarkStatus | null }>>;

/** Flattens a report into `repId → metricId → { value, percentile, status }`. */
export function toRepMetrics(report: BenchmarkReport): RepMetrics {
  // Keyed by rep id in a Map: `out["__proto__"]` on a plain object would be Object.prototype, and writing to it pollutes every object.
  const byRep = new Map<string, RepMetrics[string]>();
  for (const station of report.stations) {
    for (const metric of station.metrics) {
      for (const rep of metric.reps) {
        let metrics = byRep.get(rep.repId);
        if (metrics === undefined) byRep.set(rep.repId, (metrics = {}));
        metrics[metric.id] = { value: rep.value, percentile: rep.percentile, status: rep.status };
      }
    }
  }
  // fromEntries defines own properties, so "__proto__" stays a plain key.
  return Object.fromEntries(byRep);
}
