import type { SalesLineConfig, Station } from '../config/config-schema.ts';
import { validatedConfig } from '../config/validated-config.ts';
import { lineGraph } from '../line/line-graph.ts';
import { compileRules, type CompiledRules, type CompileRulesOptions } from '../rules/compile-rules.ts';
import { createReferenceEngine } from '../rules/run-engine.ts';

/** A validated config with its rules compiled: what every routing call works from. */
export interface CompiledRouting {
  readonly config: SalesLineConfig;
  readonly rules: CompiledRules;
  readonly stations: ReadonlyMap<string, Station>;
}

/** Rules the compiler cannot take run through json-rules-engine, one rule at a time. */
export const REFERENCE_ENGINE: CompileRulesOptions = {
  reference: (rules, conditions) => {
    const engine = createReferenceEngine(rules, conditions);
    return (index, lead, context) => engine.runRule(index, lead, context);
  },
};

const cache = new WeakMap<SalesLineConfig, CompiledRouting>();

/**
 * Validates (`validatedConfig`) and compiles a config once per config object, so `route` in a
 * loop pays for it once. Throws `SalesLineError` `invalid-config` with `.issues`.
 */
export function compileRouting(config: unknown): CompiledRouting {
  const parsed = validatedConfig(config);
  let compiled = cache.get(parsed);
  if (compiled === undefined) {
    compiled = {
      config: parsed,
      rules: compileRules(parsed.routing.rules, parsed.routing.conditions ?? {}, REFERENCE_ENGINE),
      stations: lineGraph(parsed).stations,
    };
    cache.set(parsed, compiled);
  }
  return compiled;
}
