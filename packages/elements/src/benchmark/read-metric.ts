import type { BenchmarkReport, MetricBenchmark } from '@sales-line/core';

export type MetricLookup = { metric: MetricBenchmark; stationName: string } | { error: 'no-metric' | 'malformed'; detail: string } | undefined;

const isNumberOrNull = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));

/** Checks the shape the widgets draw from; returns what is wrong, in the host's words. */
export function metricProblem(metric: unknown): string | undefined {
  if (typeof metric !== 'object' || metric === null) return 'the metric must be an object';
  const m = metric as Partial<MetricBenchmark>;
  if (typeof m.id !== 'string' || typeof m.label !== 'string') return 'the metric needs a string id and label';
  const d = m.distribution;
  if (typeof d !== 'object' || d === null) return `${m.id}.distribution must be an object`;
  for (const key of ['median', 'p25', 'p75', 'min', 'max'] as const) {
    if (!isNumberOrNull(d[key])) return `${m.id}.distribution.${key} must be a number or null`;
  }
  if (!Array.isArray(m.reps)) return `${m.id}.reps must be a list`;
  const bad = m.reps.findIndex((rep) => typeof rep !== 'object' || rep === null || typeof rep.repId !== 'string' || !isNumberOrNull(rep.value) || !isNumberOrNull(rep.percentile));
  if (bad !== -1) return `${m.id}.reps[${bad}] needs a repId and a number or null value and percentile`;
  if (!isNumberOrNull(m.target ?? null)) return `${m.id}.target must be a number or null`;
  return undefined;
}

/** Finds a metric by id (in one station when given) in a report, or takes the one handed in. */
export function readMetric(report: BenchmarkReport | undefined, metric: MetricBenchmark | undefined, metricId: string, station: string): MetricLookup {
  // null (a host still loading) is no data, as undefined is.
  if (metric != null) {
    const problem = metricProblem(metric);
    return problem ? { error: 'malformed', detail: problem } : { metric, stationName: metric.station };
  }
  if (report == null) return undefined;
  if (typeof report !== 'object' || report === null || !Array.isArray(report.stations)) return { error: 'malformed', detail: 'report.stations must be a list' };
  for (const entry of report.stations) {
    if (typeof entry !== 'object' || entry === null || !Array.isArray(entry.metrics)) return { error: 'malformed', detail: 'every station needs a list of metrics' };
    if (station !== '' && entry.station !== station) continue;
    const found = entry.metrics.find((m) => m?.id === metricId);
    if (found === undefined) continue;
    const problem = metricProblem(found);
    return problem ? { error: 'malformed', detail: problem } : { metric: found, stationName: entry.name ?? entry.station };
  }
  return { error: 'no-metric', detail: metricId };
}

/** A metric value for display: ratios as percentages, the rest with one decimal at most. */
export function formatValue(format: { number(value: number): string; percent(ratio: number): string }, value: number, unit: string): string {
  return unit === 'ratio' ? format.percent(value) : format.number(Math.round(value * 10) / 10);
}
