import { Almanac, Engine, Operator, OperatorDecorator } from 'json-rules-engine';
import type { TopLevelCondition } from '../config/condition-schema.ts';
import type { RoutingContext } from '../routing/routing-decision.ts';
import { resolvePath } from './resolve-path.ts';
import { routingFacts } from './routing-facts.ts';

/** A rule as both evaluators take it: a route rule, a promotion rule, a transition guard. */
export interface RuleLike {
  name: string;
  priority?: number;
  conditions: TopLevelCondition;
}

export interface ReferenceRuleResult {
  /** Index in the rules as given. */
  index: number;
  matched: boolean;
  error?: string;
}

/** json-rules-engine's run over one lead: every rule's result, in document order. */
export interface ReferenceEngine {
  run(lead: object, context?: Partial<RoutingContext>): Promise<ReferenceRuleResult[]>;
  runRule(index: number, lead: object, context?: Partial<RoutingContext>): Promise<ReferenceRuleResult>;
}

// Engine fields and methods json-rules-engine's hand-written types leave out.
type OperatorInternals = { cb: (a: unknown, b: unknown) => boolean; factValueValidator: (value: unknown) => boolean };
type DecoratorInternals = {
  cb: (a: unknown, b: unknown, next: (a: unknown, b: unknown) => boolean) => boolean;
  factValueValidator: (value: unknown) => boolean;
};
interface EngineInternals {
  operators: { operators: Map<string, OperatorInternals>; decorators: Map<string, DecoratorInternals> };
  rules: { evaluate(almanac: Almanac): Promise<{ result: boolean }> }[];
}

const engineOptions = { allowUndefinedFacts: true, pathResolver: resolvePath } as const;

/**
 * Builds the reference evaluator: json-rules-engine itself, with our two deliberate changes.
 * 1. `pathResolver` is the safe resolver, so a user path never reaches jsonpath-plus.
 * 2. Missing facts: `allowUndefinedFacts` keeps a lead without a fact from rejecting the
 *    run, and every built-in operator and decorator is re-registered so that an `undefined`
 *    fact side fails its validator and an `undefined` value side (a `{ fact }` reference to a
 *    missing fact) fails its callback. `Operator.evaluate` is `validator(f) && cb(f, v)`, so
 *    the condition is false — the same rule as `definedOperator` in operators.ts.
 *
 * Each run gets a fresh Almanac and calls every rule's own `evaluate`, catching per rule:
 * `engine.run` would share `engine.status` between concurrent runs (one run finishing makes
 * another skip its remaining priority sets) and would reject the whole run on one bad rule.
 */
export function createReferenceEngine(
  rules: readonly RuleLike[],
  conditions: Readonly<Record<string, TopLevelCondition>> = {},
): ReferenceEngine {
  const engine = new Engine([], engineOptions);
  const internals = engine as unknown as EngineInternals;
  for (const [name, operator] of [...internals.operators.operators]) {
    const { cb, factValueValidator } = operator;
    engine.addOperator(
      new Operator(name, (a: unknown, b: unknown) => b !== undefined && cb(a, b), (a: unknown) => a !== undefined && factValueValidator(a)),
    );
  }
  for (const [name, decorator] of [...internals.operators.decorators]) {
    const { cb, factValueValidator } = decorator;
    engine.addOperatorDecorator(
      new OperatorDecorator(
        name,
        (a: unknown, b: unknown, next: (a: unknown, b: unknown) => boolean) => b !== undefined && cb(a, b, next),
        (a: unknown) => a !== undefined && factValueValidator(a),
      ),
    );
  }
  for (const [name, condition] of Object.entries(conditions)) engine.setCondition(name, condition as never);
  for (const rule of rules) {
    engine.addRule({ name: rule.name, priority: rule.priority ?? 1, conditions: rule.conditions as never, event: { type: 'route' } });
  }
  const compiled = internals.rules;

  function almanacFor(lead: object, context: Partial<RoutingContext> | undefined): Almanac {
    const almanac = new Almanac(engineOptions);
    for (const [name, value] of routingFacts(lead, context)) almanac.addFact(name, value as never);
    return almanac;
  }

  async function evaluate(index: number, almanac: Almanac): Promise<ReferenceRuleResult> {
    const rule = compiled[index];
    if (rule === undefined) return { index, matched: false, error: `No rule at index ${index}.` };
    try {
      const result = await rule.evaluate(almanac);
      return { index, matched: result.result === true };
    } catch (error) {
      return { index, matched: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    async run(lead, context) {
      const almanac = almanacFor(lead, context);
      return Promise.all(compiled.map((_, index) => evaluate(index, almanac)));
    },
    async runRule(index, lead, context) {
      return evaluate(index, almanacFor(lead, context));
    },
  };
}

/** One-shot reference run, for tests and tools; keep the engine from `createReferenceEngine` for many leads. */
export function runEngine(
  rules: readonly RuleLike[],
  conditions: Readonly<Record<string, TopLevelCondition>> | undefined,
  lead: object,
  context?: Partial<RoutingContext>,
): Promise<ReferenceRuleResult[]> {
  return createReferenceEngine(rules, conditions).run(lead, context);
}
