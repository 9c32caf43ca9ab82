import type { SalesLineConfig } from '../config/config-schema.ts';
import type { TopLevelCondition } from '../config/condition-schema.ts';
import type { RoutingContext } from '../routing/routing-decision.ts';
import { compileRules, type CompiledRules } from '../rules/compile-rules.ts';
import { describeCondition, describeMiss } from '../rules/describe-condition.ts';
import { REFERENCE_ENGINE } from '../routing/compile-routing.ts';

export interface GuardResult {
  passed: boolean;
  /** Plain language, one line per failed guard; empty when the guard held. */
  reasons: string[];
}

// Compiled once per guard object and shared-conditions table: a config is never edited in place.
const compiled = new WeakMap<TopLevelCondition, WeakMap<object, CompiledRules>>();
const NO_SHARED = {};

function compileGuard(config: SalesLineConfig, conditions: TopLevelCondition): CompiledRules {
  const shared = config.routing.conditions ?? NO_SHARED;
  let byShared = compiled.get(conditions);
  if (!byShared) compiled.set(conditions, (byShared = new WeakMap()));
  let rules = byShared.get(shared);
  if (!rules) {
    rules = compileRules([{ name: 'guard', conditions }], shared, REFERENCE_ENGINE);
    byShared.set(shared, rules);
  }
  return rules;
}

/**
 * Evaluates a transition's guard with the same rule machinery as routing (the compiled
 * evaluator, json-rules-engine for what it cannot compile), over the lead's fields and the
 * move's facts. A guard that fails at run time refuses the move, saying why.
 */
export async function evaluateGuard(
  config: SalesLineConfig,
  conditions: TopLevelCondition,
  facts: Readonly<Record<string, unknown>>,
  context: Partial<RoutingContext>,
): Promise<GuardResult> {
  const evaluation = await compileGuard(config, conditions).evaluateAsync(facts, context, { trace: true });
  if (evaluation.winner === 0) return { passed: true, reasons: [] };
  const needs = `This move needs ${describeCondition(conditions)}`;
  const error = evaluation.errors[0];
  if (error) return { passed: false, reasons: [`${needs}, and checking it failed: ${error.message}.`] };
  const trace = evaluation.rules[0]?.conditions;
  return { passed: false, reasons: [trace ? `${needs}; here ${describeMiss(trace)}.` : `${needs}.`] };
}
