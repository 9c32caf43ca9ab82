import type { ConditionTrace } from '../routing/routing-decision.ts';
import type { CompiledCondition, TraceSink } from './compile-condition.ts';
import { alwaysRisky, type Risk, type Test } from './specialise-leaf.ts';

/** `not`: the inverse of its child; a failure inside stays a failure. */
export function negate(child: CompiledCondition, priority: number | undefined, name: string | undefined): CompiledCondition {
  const test = child.test;
  return {
    priority: priority ?? 1,
    risk: child.risk,
    guards: [],
    complete: false,
    reads: child.reads,
    test: (facts) => !test(facts),
    trace(facts, sink) {
      const before = sink.errors;
      const inner = child.trace(facts, sink);
      const trace: ConditionTrace = { kind: 'not', result: sink.errors === before && !inner.result, children: [inner] };
      if (name !== undefined) trace.name = name;
      return trace;
    },
  };
}

/** `all` / `any` with json-rules-engine's condition priority sets. */
export function group(
  kind: 'all' | 'any',
  children: readonly CompiledCondition[],
  priority: number | undefined,
  name: string | undefined,
): CompiledCondition {
  const isAll = kind === 'all';
  const node = (result: boolean, traces: ConditionTrace[]): ConditionTrace =>
    name === undefined ? { kind, result, children: traces } : { kind, name, result, children: traces };
  // json-rules-engine: an empty `all` and an empty `any` are both true.
  if (children.length === 0) {
    return { priority: priority ?? 1, risk: null, guards: [], complete: true, reads: new Set(), test: () => true, trace: () => node(true, []) };
  }
  const groups = prioritise(children);
  return {
    priority: priority ?? 1,
    risk: anyRisk(children),
    guards: isAll ? children.flatMap((child) => child.guards) : [],
    complete: isAll && children.every((child) => child.complete),
    reads: new Set(children.flatMap((child) => [...child.reads])),
    test: groupTest(isAll, groups.map((indices) => indices.map((i) => children[i] as CompiledCondition))),
    trace: (facts, sink) => {
      const traces: ConditionTrace[] = new Array(children.length);
      let decided = false;
      let result = isAll;
      for (const indices of groups) {
        if (decided) {
          const scratch: TraceSink = { missing: null, error: undefined, errors: 0 };
          for (const i of indices) traces[i] = { ...(children[i] as CompiledCondition).trace(facts, scratch), skipped: true };
          continue;
        }
        const before = sink.errors;
        let hit = false;
        for (const i of indices) {
          const trace = (children[i] as CompiledCondition).trace(facts, sink);
          if (trace.result !== isAll) hit = true;
          traces[i] = trace;
        }
        if (sink.errors > before) {
          result = false;
          decided = true;
        } else if (hit) {
          result = !isAll;
          decided = true;
        }
      }
      return node(result, traces);
    },
  };
}

/** json-rules-engine's condition priority sets: highest first, each set evaluated whole, short-circuit between sets. */
function prioritise(children: readonly CompiledCondition[]): number[][] {
  const byPriority = new Map<number, number[]>();
  children.forEach((child, i) => {
    const set = byPriority.get(child.priority);
    if (set === undefined) byPriority.set(child.priority, [i]);
    else set.push(i);
  });
  return [...byPriority.entries()].sort(([a], [b]) => b - a).map(([, indices]) => indices);
}

function anyRisk(children: readonly CompiledCondition[]): Risk | null {
  const risks = children.map((child) => child.risk).filter((risk): risk is Risk => risk !== null);
  if (risks.length === 0) return null;
  if (risks.includes(alwaysRisky)) return alwaysRisky;
  const count = risks.length;
  // A loop, not `risks.some(…)`: that would make a closure on every call.
  return (facts) => {
    for (let i = 0; i < count; i++) if ((risks[i] as Risk)(facts)) return true;
    return false;
  };
}

function groupTest(isAll: boolean, groups: readonly (readonly CompiledCondition[])[]): Test {
  const stages = groups.map((set) => shortCircuit(isAll, set));
  if (stages.length === 1) return stages[0] as Test;
  return isAll
    ? (facts) => {
        for (const stage of stages) if (!stage(facts)) return false;
        return true;
      }
    : (facts) => {
        for (const stage of stages) if (stage(facts)) return true;
        return false;
      };
}

/**
 * One priority set. json-rules-engine runs every member (Promise.all), so a member that
 * throws fails the rule even after a sibling decided the answer: once decided, the members
 * left are still run when their risk check says they could throw.
 */
function shortCircuit(isAll: boolean, set: readonly CompiledCondition[]): Test {
  const tests = set.map((child) => child.test);
  // One member decides alone: no sibling is left to run after it.
  if (tests.length === 1) return tests[0] as Test;
  const risks = set.map((child) => child.risk);
  const count = tests.length;
  return (facts) => {
    for (let i = 0; i < count; i++) {
      if ((tests[i] as Test)(facts) !== isAll) {
        for (let j = i + 1; j < count; j++) {
          const risk = risks[j];
          if (risk !== null && risk !== undefined && risk(facts)) (tests[j] as Test)(facts);
        }
        return !isAll;
      }
    }
    return isAll;
  };
}
