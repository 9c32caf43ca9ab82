import type { RouteRule, RouteTarget, Station } from '../config/config-schema.ts';
import type { Lead } from '../line/lead.ts';
import type { RuleError, RuleEvaluation } from '../rules/compile-rules.ts';
import type { CompiledRouting } from './compile-routing.ts';
import type { RoutingContext, RuleTrace } from './routing-decision.ts';

/**
 * Where the rules send a lead, before anyone is assigned: the seam between routing and
 * assignment. Assignment takes `target.pool` / `target.strategy`; the decision is built after.
 */
export interface TargetChoice {
  target: RouteTarget;
  station: Station;
  stage: string;
  /** The winning rule, or `null` when the fallback took the lead. */
  rule: RouteRule | null;
  fallback: boolean;
  /** Every rule in evaluation order with its trace; with `trace: false` only the winner's. */
  rules: RuleTrace[];
  /** How many rules the lead was checked against. */
  rulesTried: number;
  errors: RuleError[];
}

export interface ChooseOptions {
  /** Record every rule's trace (default true). Bulk callers pass false: only the winner is traced. */
  trace?: boolean;
}

/** Runs the compiled rules over a lead (synchronously) and picks the target. */
export function chooseTarget(routing: CompiledRouting, lead: Lead, context?: RoutingContext, options: ChooseOptions = {}): TargetChoice {
  const trace = options.trace ?? true;
  return toChoice(routing, lead, context, trace, routing.rules.evaluate(lead, context, { trace }));
}

/** As `chooseTarget`, but rules the compiler could not take run through json-rules-engine. */
export async function chooseTargetAsync(
  routing: CompiledRouting,
  lead: Lead,
  context?: RoutingContext,
  options: ChooseOptions = {},
): Promise<TargetChoice> {
  const trace = options.trace ?? true;
  return toChoice(routing, lead, context, trace, await routing.rules.evaluateAsync(lead, context, { trace }));
}

function toChoice(
  routing: CompiledRouting,
  lead: Lead,
  context: RoutingContext | undefined,
  traced: boolean,
  evaluation: RuleEvaluation,
): TargetChoice {
  const rules = routing.config.routing.rules;
  const winner = evaluation.winner === -1 ? null : (rules[evaluation.winner] as RouteRule);
  const target = winner === null ? routing.config.routing.fallback : winner.event.params;
  // Validation refuses a target naming a station the line does not have.
  const station = routing.stations.get(target.station) as Station;
  let ruleTraces = evaluation.rules;
  if (!traced && evaluation.winner !== -1) ruleTraces = [routing.rules.traceRule(evaluation.winner, lead, context)];
  const rulesTried = evaluation.winner === -1 ? rules.length : routing.rules.order.findIndex((rule) => rule.index === evaluation.winner) + 1;
  return {
    target,
    station,
    stage: target.stage ?? (station.stages[0] as string),
    rule: winner,
    fallback: winner === null,
    rules: ruleTraces,
    rulesTried,
    errors: evaluation.errors,
  };
}
