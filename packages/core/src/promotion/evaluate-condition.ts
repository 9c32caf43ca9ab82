import type { TopLevelCondition } from '../config/condition-schema.ts';
import { createConditionCompiler, type CompiledCondition, type FactSlot, type TraceSink } from '../rules/compile-condition.ts';
import { resolveSegments } from '../rules/resolve-path.ts';
import type { ConditionTrace } from '../routing/routing-decision.ts';

export type Facts = Readonly<Record<string, unknown>>;

interface Compiled {
  condition: CompiledCondition;
  slots: readonly FactSlot[];
}

// Rules come from a validated (frozen in practice) config: compile each tree once.
const cache = new WeakMap<object, Compiled | Error>();

function compile(node: TopLevelCondition): Compiled | Error {
  const known = cache.get(node);
  if (known !== undefined) return known;
  let compiled: Compiled | Error;
  try {
    // No shared conditions: promotion rules cannot reference routing's (validation says so).
    const compiler = createConditionCompiler();
    compiled = { condition: compiler.compile(node), slots: compiler.slots };
  } catch (error) {
    compiled = error instanceof Error ? error : new Error(String(error));
  }
  cache.set(node, compiled);
  return compiled;
}

/** As json-rules-engine's almanac: a path applies to an object value only; other values pass through. */
function readSlot(facts: Facts, slot: FactSlot): unknown {
  if (slot.fact === null || !Object.hasOwn(facts, slot.fact)) return undefined;
  const value = facts[slot.fact];
  if (!slot.hasPath || value === null || typeof value !== 'object') return value;
  return slot.segments === null ? undefined : resolveSegments(value, slot.segments);
}

/**
 * Evaluates a condition tree over plain facts with the routing engine's compiled evaluator
 * (json-rules-engine's semantics, a missing fact is `undefined`), and traces every leaf:
 * the trace evaluates every condition, so it lists everything a rep misses. A tree that
 * cannot be compiled (it slipped past validation) fails as a whole with the reason.
 */
export function evaluateCondition(node: TopLevelCondition, facts: Facts): { trace: ConditionTrace; error?: string } {
  const compiled = compile(node);
  if (compiled instanceof Error) return { trace: { kind: 'all', result: false, children: [] }, error: compiled.message };
  const table = compiled.slots.map((slot) => readSlot(facts, slot));
  const sink: TraceSink = { missing: null, error: undefined, errors: 0 };
  const trace = compiled.condition.trace(table, sink);
  return sink.error === undefined ? { trace } : { trace: { ...trace, result: false }, error: sink.error };
}
