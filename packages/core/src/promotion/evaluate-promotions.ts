import type { BenchmarkReport, RepMetrics } from '../benchmarks/benchmark-report.ts';
import type { SalesLineConfig } from '../config/config-schema.ts';
import type { Rep } from '../line/lead.ts';
import { SalesLineError } from '../errors.ts';
import type { ConditionTrace } from '../routing/routing-decision.ts';
import { DEFAULT_CAREER_PATH, findForbidden } from './career-path.ts';
import { describeCriterion, type PromotionCriterion } from './describe-criterion.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import { promotionFacts, readRepMetrics, type PromotionContext } from './promotion-facts.ts';
import { toEpochMs } from '../benchmarks/to-epoch-ms.ts';
import { validatedConfig } from '../config/validated-config.ts';
import { checkRepList, joinedStationMs } from '../benchmarks/check-rep-list.ts';

/** Where one rep stands on the career path and what they still miss for the next step. */
export interface PromotionReport {
  repId: string;
  name: string;
  station: string;
  /** The next station on the path; `null` at its end or off it. */
  next: string | null;
  eligible: boolean;
  /** Plain-language criteria met and missed, e.g. "Renewal rate 71% — needs ≥ 80%". */
  met: string[];
  missing: string[];
  criteria: PromotionCriterion[];
  /** The rule that decided, by name or "from → to"; `null` when the step has none. */
  rule: string | null;
  summary: string;
}

interface Collected {
  criteria: PromotionCriterion[];
  met: string[];
  missing: string[];
}

const empty = (): Collected => ({ criteria: [], met: [], missing: [] });
const merge = (into: Collected, from: Collected, keepMissing = true) => {
  into.criteria.push(...from.criteria);
  into.met.push(...from.met);
  if (keepMissing) into.missing.push(...from.missing);
};

type Describe = (trace: Extract<ConditionTrace, { kind: 'fact' }>, negated: boolean) => PromotionCriterion;

/**
 * Flattens a trace into criteria. Under `not` an `all` behaves as an `any` (De Morgan).
 * A satisfied `any` reports only the alternatives that carried it; a failed one reports
 * its alternatives as a single "A or B" gap, since any one of them would do.
 */
function collect(trace: ConditionTrace, negated: boolean, describe: Describe, out: Collected): void {
  if (trace.kind === 'fact') {
    const criterion = describe(trace, negated);
    out.criteria.push(criterion);
    (criterion.met ? out.met : out.missing).push(criterion.description);
    return;
  }
  if (trace.kind === 'condition') {
    out.missing.push(`the shared condition "${trace.reference}" cannot be used in a promotion rule`);
    return;
  }
  if (trace.kind === 'not') {
    for (const child of trace.children) collect(child, !negated, describe, out);
    return;
  }
  const every = (trace.kind === 'all') !== negated;
  if (every) {
    for (const child of trace.children) collect(child, negated, describe, out);
    return;
  }
  const satisfied = trace.result !== negated;
  const gaps: string[] = [];
  for (const child of trace.children) {
    const part = empty();
    collect(child, negated, describe, part);
    const carried = child.result !== negated;
    if (satisfied && !carried) {
      out.criteria.push(...part.criteria);
      continue;
    }
    merge(out, part, false);
    if (!satisfied) gaps.push(part.missing.join(' and '));
  }
  if (!satisfied) out.missing.push(gaps.filter((gap) => gap !== '').join(' or '));
}

function nextOnPath(path: readonly string[], station: string): string | null {
  const index = path.indexOf(station);
  return index === -1 ? null : (path[index + 1] ?? null);
}

/** Every rep is read before any is reported on, so one bad record fails the call, naming its place. */
function checkReps(reps: readonly Rep[]): void {
  checkRepList(reps);
  for (const rep of reps) joinedStationMs(rep);
}

function stationName(config: SalesLineConfig, id: string): string {
  return config.line.stations.find((station) => station.id === id)?.name ?? id;
}

/**
 * For every rep: the next step on the career path, whether they are eligible for it, and
 * in plain language what they meet and what they still miss. `metrics` is a
 * `computeBenchmarks` report or the flat `toRepMetrics` form; `now` defaults to the clock.
 * A step with no rule has no conditions (the path allows it); a forbidden step is never eligible.
 */
export function evaluatePromotions(
  config: SalesLineConfig,
  reps: readonly Rep[],
  metrics?: BenchmarkReport | RepMetrics | null,
  now: string | number | Date = Date.now(),
  context: PromotionContext = {},
): PromotionReport[] {
  const line = validatedConfig(config);
  const hostContext = context ?? {};
  checkReps(reps);
  const promotion = line.promotion;
  const path = promotion?.path ?? [...DEFAULT_CAREER_PATH];
  const standings = readRepMetrics(metrics);
  const nowMs = toEpochMs(now);
  if (!Number.isFinite(nowMs)) throw new SalesLineError('invalid-input', `now: "${String(now)}" is not a date-time; use ISO 8601 or epoch milliseconds.`);
  const definitions = line.benchmarks?.metrics ?? [];
  return reps.map((rep) => {
    const next = nextOnPath(path, rep.station);
    const base = { repId: rep.id, name: rep.name, station: rep.station, next, met: [], missing: [], criteria: [], rule: null };
    if (!path.includes(rep.station)) {
      return { ...base, eligible: false, summary: `${rep.name}'s station (${stationName(line, rep.station)}) is not on the career path.` };
    }
    if (next === null) return { ...base, eligible: false, summary: `${rep.name} is at the end of the career path (${stationName(line, rep.station)}).` };
    const nextName = stationName(line, next);
    const forbidden = findForbidden(rep.station, next, promotion?.forbidden);
    if (forbidden !== undefined) return { ...base, eligible: false, missing: [forbidden.reason], summary: `${rep.name} cannot move to ${nextName}: ${forbidden.reason}` };
    const rule = promotion?.rules.find((r) => r.from === rep.station && r.to === next);
    if (rule === undefined) return { ...base, eligible: true, summary: `${rep.name} can move to ${nextName}: no conditions are set for this step.` };
    const repFacts = promotionFacts(rep, next, standings, nowMs, hostContext);
    const { trace, error } = evaluateCondition(rule.conditions, repFacts);
    const out = empty();
    collect(trace, false, (leaf, negated) => describeCriterion(leaf, negated, definitions, next), out);
    if (error !== undefined) out.missing.push(`the rule could not be evaluated (${error})`);
    const ruleName = rule.name ?? `${rule.from} → ${rule.to}`;
    const eligible = trace.result && error === undefined;
    const summary = eligible
      ? `${rep.name} is eligible for ${nextName}: ${out.met.length === 1 ? 'the criterion is' : `all ${out.met.length} criteria are`} met.`
      : `${rep.name} is not yet eligible for ${nextName}: ${out.missing.join('; ')}.`;
    return { ...base, eligible, met: out.met, missing: out.missing, criteria: out.criteria, rule: ruleName, summary };
  });
}
