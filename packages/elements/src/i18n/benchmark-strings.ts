import type { BenchmarkStatus, BenchmarkUnit } from '@sales-line/core';

/**
 * Every visible string of `<sales-line-benchmark>` and `<sales-line-leaderboard>`. Values
 * arrive already formatted with `Intl` in the element's `lang`.
 */
export interface BenchmarkStrings {
  errorTitle: string;
  empty: string;
  noMetric: (metric: string) => string;
  noRep: (rep: string) => string;
  malformed: (detail: string) => string;
  /** A value with its unit: "120 per workday", "25%", "3.5 h". */
  value: (value: string, unit: BenchmarkUnit) => string;
  /** The value with the metric's name: "120 dials per workday", "Win rate 35%", "Time to first touch 3.5 h". */
  measure: (label: string, value: string, unit: BenchmarkUnit) => string;
  noValue: string;
  statusWord: (status: BenchmarkStatus | null) => string;
  /** "Ana: 120 dials per workday — above the team (p78)"; `measure` is already worded. */
  status: (name: string, measure: string, status: string, percentile: string | null) => string;
  /** The chart's accessible name and description. */
  chartTitle: (label: string, station: string) => string;
  chartDesc: (summary: string, median: string, p25: string, p75: string, min: string, max: string, n: string) => string;
  target: string;
  targetMet: string;
  targetMissed: string;
  ramping: string;
  tableCaption: (label: string) => string;
  statistic: string;
  valueHeader: string;
  min: string;
  p25: string;
  median: string;
  p75: string;
  p90: string;
  max: string;
  repValue: (name: string) => string;
  // Leaderboard.
  leaderboardLabel: (label: string, station: string) => string;
  rank: string;
  rep: string;
  percentile: string;
  statusHeader: string;
  percentileValue: (percentile: string) => string;
  sortBy: (column: string) => string;
  repCount: (count: string, n: number) => string;
}

const words: Record<BenchmarkStatus, string> = { above: 'above the team', within: 'within the team', below: 'below the team' };
const units: Record<BenchmarkUnit, (value: string) => string> = {
  'per-workday': (value) => `${value} per workday`,
  'per-period': (value) => value,
  ratio: (value) => value,
  hours: (value) => `${value} h`,
};

export const defaultBenchmarkStrings: BenchmarkStrings = {
  errorTitle: 'This benchmark cannot be shown',
  empty: 'No benchmark to show.',
  noMetric: (metric) => `No metric "${metric}" in the report.`,
  noRep: (rep) => `No rep "${rep}" in this metric.`,
  malformed: (detail) => `The benchmark is malformed: ${detail}`,
  value: (value, unit) => (units[unit] ?? units['per-period'])(value),
  measure: (label, value, unit) =>
    unit === 'per-workday' ? `${value} ${label.toLowerCase()} per workday` : unit === 'per-period' ? `${value} ${label.toLowerCase()}` : `${label} ${units[unit](value)}`,
  noValue: 'no value yet',
  statusWord: (status) => (status === null ? 'not compared' : words[status]),
  status: (name, measure, status, percentile) => `${name}: ${measure} — ${status}${percentile === null ? '' : ` (p${percentile})`}`,
  chartTitle: (label, station) => `${label}, ${station}`,
  chartDesc: (summary, median, p25, p75, min, max, n) =>
    `${summary}. Team of ${n}: median ${median}, middle half ${p25} to ${p75}, range ${min} to ${max}.`,
  target: 'Target',
  targetMet: 'target met',
  targetMissed: 'target missed',
  ramping: 'ramping',
  tableCaption: (label) => `${label}: the team's distribution`,
  statistic: 'Statistic',
  valueHeader: 'Value',
  min: 'Minimum',
  p25: '25th percentile',
  median: 'Median',
  p75: '75th percentile',
  p90: '90th percentile',
  max: 'Maximum',
  repValue: (name) => name,
  leaderboardLabel: (label, station) => `${station}: ${label}`,
  rank: 'Rank',
  rep: 'Rep',
  percentile: 'Percentile',
  statusHeader: 'Status',
  percentileValue: (percentile) => `p${percentile}`,
  sortBy: (column) => `Sort by ${column}`,
  repCount: (count, n) => `${count} ${n === 1 ? 'rep' : 'reps'}`,
};
