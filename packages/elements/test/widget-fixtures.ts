import type { BenchmarkReport, MetricBenchmark, RepBenchmark } from '@sales-line/core';

export const HOSTILE = '<img src=x onerror="window.__pwned = true">';

export function rep(repId: string, name: string, value: number | null, percentile: number | null, status: RepBenchmark['status'], extra: Partial<RepBenchmark> = {}): RepBenchmark {
  return { repId, name, value, percentile, status, ramping: false, meetsTarget: value === null ? null : value >= 100, basis: 10, ...extra };
}

export function dialsMetric(reps: RepBenchmark[] = defaultReps()): MetricBenchmark {
  return {
    id: 'dials',
    label: 'Dials',
    kind: 'count',
    station: 'lead-generation',
    direction: 'higher',
    unit: 'per-workday',
    target: 100,
    band: { below: 25, above: 75 },
    distribution: { n: 4, mean: 95, median: 92, p25: 80, p75: 110, p90: 118, min: 60, max: 125 },
    reps,
  };
}

export function defaultReps(): RepBenchmark[] {
  return [
    rep('r-ana', 'Ana', 120, 78, 'above'),
    rep('r-ben', 'Ben', 60, 5, 'below'),
    rep('r-cy', 'Cy', 92, 50, 'within'),
    rep('r-dee', 'Dee', 104, 66, 'within'),
    rep('r-eve', 'Eve', 30, null, null, { ramping: true }),
  ];
}

export function benchmarkReport(metric: MetricBenchmark = dialsMetric()): BenchmarkReport {
  const rate: MetricBenchmark = {
    ...dialsMetric(),
    id: 'win-rate',
    label: 'Win rate',
    kind: 'rate',
    station: 'hunter',
    unit: 'ratio',
    target: null,
    distribution: { n: 2, mean: 0.25, median: 0.25, p25: 0.2, p75: 0.3, p90: 0.33, min: 0.15, max: 0.35 },
    reps: [rep('r-hal', 'Hal', 0.35, 100, 'above', { meetsTarget: null }), rep('r-ida', 'Ida', 0.15, 0, 'below', { meetsTarget: null })],
  };
  return {
    period: { from: '2026-10-01', to: '2026-10-31' },
    stations: [
      { station: 'lead-generation', name: 'Lead generation', metrics: [metric] },
      { station: 'hunter', name: 'Hunter', metrics: [rate] },
    ],
    activities: { counted: 100, ignored: 0 },
    evictedLeads: 0,
  };
}
