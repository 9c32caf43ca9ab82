import type { SalesLineConfig } from '../config/config-schema.ts';
import { configIssue, unknownStationIssues } from '../config/config-issue-code.ts';
import type { ConfigIssue } from '../errors.ts';

function bandIssue(band: { below: number; above: number } | undefined, path: (string | number)[]): ConfigIssue[] {
  if (band === undefined || band.below <= band.above) return [];
  return [configIssue('invalid-band', path, `The band's "below" (${band.below}) must not exceed its "above" (${band.above}).`)];
}

/**
 * Checks what the schema cannot: every metric names a station of the line, metric ids are
 * unique (promotion rules refer to them), rates and times compare two different types,
 * and status bands are ordered.
 */
export function benchmarkIssues(config: SalesLineConfig): ConfigIssue[] {
  const benchmarks = config.benchmarks;
  if (benchmarks === undefined) return [];
  const stations = config.line.stations.map((station) => station.id);
  const issues: ConfigIssue[] = [...bandIssue(benchmarks.status, ['benchmarks', 'status'])];
  const seen = new Map<string, number>();
  benchmarks.metrics.forEach((metric, index) => {
    const path = ['benchmarks', 'metrics', index];
    issues.push(...unknownStationIssues(metric.station, stations, [...path, 'station']));
    const first = seen.get(metric.id);
    if (first !== undefined) {
      issues.push(configIssue('duplicate-metric', [...path, 'id'], `The metric id "${metric.id}" is already used by benchmarks.metrics[${first}]; ids must be unique.`));
    } else seen.set(metric.id, index);
    if (metric.kind === 'rate' && metric.numerator === metric.denominator) {
      issues.push(configIssue('invalid-metric', [...path, 'denominator'], `A rate of "${metric.numerator}" over itself is always 1; name two different activity types.`));
    }
    if (metric.kind === 'time' && metric.from === metric.to) {
      issues.push(configIssue('invalid-metric', [...path, 'to'], `A time from "${metric.from}" to itself is always 0; name two different activity types.`));
    }
    issues.push(...bandIssue(metric.status, [...path, 'status']));
  });
  for (const station of Object.keys(benchmarks.ramp.byStation ?? {})) {
    issues.push(...unknownStationIssues(station, stations, ['benchmarks', 'ramp', 'byStation', station]));
  }
  return issues;
}
