import { monthsBetween } from '../benchmarks/calendar-months.ts';
import { joinedStationMs } from '../benchmarks/check-rep-list.ts';
import type { BenchmarkReport, RepMetrics } from '../benchmarks/benchmark-report.ts';
import { toRepMetrics } from '../benchmarks/benchmark-report.ts';
import type { Rep } from '../line/lead.ts';
import type { Facts } from './evaluate-condition.ts';

/** What the host knows that core cannot compute: ratings from reviews, and open seats. */
export interface PromotionContext {
  /** repId → competency name → rating (any scale the rules use). Falls back to `rep.competencies`. */
  competencies?: Record<string, Record<string, number>>;
  /** station → open headcount; a rule reads the next station's as `openHeadcount`. */
  openHeadcount?: Record<string, number>;
}

/** Accepts a benchmark report or the flat `repId → metricId → { value, percentile }` form. */
export function readRepMetrics(metrics: BenchmarkReport | RepMetrics | null | undefined): RepMetrics {
  if (metrics === undefined || metrics === null) return {};
  return Array.isArray((metrics as BenchmarkReport).stations) ? toRepMetrics(metrics as BenchmarkReport) : (metrics as RepMetrics);
}

/** A host's table read by rep id through own properties only: "constructor" or "__proto__" must not find Object's. */
function ownValue<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table !== undefined && table !== null && Object.hasOwn(table, key) ? table[key] : undefined;
}

function competenciesOf(rep: Rep, context: PromotionContext): Record<string, number> {
  const own = (rep as { competencies?: unknown }).competencies;
  const fromRep = typeof own === 'object' && own !== null ? (own as Record<string, number>) : {};
  return { ...fromRep, ...ownValue(context.competencies, rep.id) };
}

/**
 * The facts a promotion rule reads about one rep, both flat (`metric.renewal-rate.value`,
 * as a rule's `fact`) and nested (`metric` with path `$.renewal-rate.value`).
 */
export function promotionFacts(rep: Rep, next: string | null, metrics: RepMetrics, now: number, context: PromotionContext): Facts {
  const joined = joinedStationMs(rep);
  const own = ownValue(metrics, rep.id) ?? {};
  const competencies = competenciesOf(rep, context);
  const facts: Record<string, unknown> = {
    station: rep.station,
    nextStation: next,
    monthsInStation: Number.isFinite(joined) ? monthsBetween(joined, now) : undefined,
    openHeadcount: next === null ? undefined : context.openHeadcount?.[next],
    metric: own,
    competency: competencies,
  };
  for (const [id, standing] of Object.entries(own)) {
    // A metric without a value (nothing measured) stays a missing fact, as json-rules-engine would see it.
    facts[`metric.${id}.value`] = standing?.value ?? undefined;
    facts[`metric.${id}.percentile`] = standing?.percentile ?? undefined;
    facts[`metric.${id}.status`] = standing?.status ?? undefined;
  }
  for (const [name, rating] of Object.entries(competencies)) facts[`competency.${name}`] = rating;
  return facts;
}
