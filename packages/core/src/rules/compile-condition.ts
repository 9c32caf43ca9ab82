import type {
  AllCondition,
  AnyCondition,
  ConditionNode,
  ConditionReference,
  FactCondition,
  NotCondition,
  TopLevelCondition,
} from '../config/condition-schema.ts';
import type { ConditionTrace } from '../routing/routing-decision.ts';
import { composeOperator } from './operators.ts';
import { alwaysRisky, leafRisk, specialise, type Risk, type Test } from './specialise-leaf.ts';
import { parsePath, type PathSegment } from './resolve-path.ts';

/** Where a fact (with an optional path) is read into the per-lead fact table. */
export interface FactSlot {
  fact: string | null;
  /** json-rules-engine applies a path only when it is truthy, and only to an object fact value. */
  hasPath: boolean;
  segments: PathSegment[] | null;
  /** How the fact and path read in explanations and missing-fact lists: `company.size`. */
  label: string;
}

/** Collects trace side results; errors and missing facts count only where json-rules-engine would have evaluated. */
export interface TraceSink {
  /** Allocated on the first missing fact: most rules have none. */
  missing: string[] | null;
  /** The first run-time error; `errors` counts them so a node can tell whether its own subtree failed. */
  error: string | undefined;
  errors: number;
}

export interface CompiledCondition {
  priority: number;
  /** Whether evaluating it could throw for these facts (`null`: never); see `leafRisk`. */
  risk: Risk | null;
  /**
   * Fact slots that must hold exactly these values for the condition to hold (from `equal`
   * leaves under `all`). A first-match scan checks one inline and skips the rule without a call.
   */
  guards: readonly Guard[];
  test(facts: readonly unknown[]): boolean;
  trace(facts: readonly unknown[], sink: TraceSink): ConditionTrace;
}

/**
 * A necessary condition on one fact slot, checked inline by a first-match scan: when it
 * fails the rule cannot match. `equal`: the slot must be `value`; `in`: one of `values`;
 * a comparison: a number fact must pass it (other types fall through to the full test).
 */
export type Guard =
  | { kind: 'equal'; slot: number; value: unknown }
  | { kind: 'in'; slot: number; values: ReadonlySet<unknown> }
  | { kind: 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive'; slot: number; value: number };

function leafGuards(operator: string, slot: number, value: unknown): Guard[] {
  if (operator === 'equal' && (value === null || typeof value !== 'object')) return [{ kind: 'equal', slot, value }];
  if (operator === 'in' && Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    return [{ kind: 'in', slot, values: new Set(value) }];
  }
  if ((operator === 'lessThan' || operator === 'lessThanInclusive' || operator === 'greaterThan' || operator === 'greaterThanInclusive') && typeof value === 'number') {
    return [{ kind: operator, slot, value }];
  }
  return [];
}

/** Raised at compile time for what only the reference engine can evaluate. */
export class Uncompilable extends Error {}

export interface ConditionCompiler {
  compile(node: ConditionNode): CompiledCondition;
  readonly slots: readonly FactSlot[];
}

export function createConditionCompiler(shared: Readonly<Record<string, TopLevelCondition>> = {}): ConditionCompiler {
  const slots: FactSlot[] = [];
  const slotIndex = new Map<string, number>();
  const named = new Map<string, CompiledCondition>();
  const naming = new Set<string>();

  function slotOf(fact: unknown, path: unknown): number {
    const name = typeof fact === 'string' && fact !== '' ? fact : null;
    const hasPath = Boolean(path);
    const key = JSON.stringify([name, hasPath ? path : null]);
    const known = slotIndex.get(key);
    if (known !== undefined) return known;
    const segments = hasPath && typeof path === 'string' ? parsePath(path) : null;
    slots.push({ fact: name, hasPath, segments, label: factLabel(String(fact), hasPath ? String(path) : undefined) });
    slotIndex.set(key, slots.length - 1);
    return slots.length - 1;
  }

  function compile(node: ConditionNode): CompiledCondition {
    // json-rules-engine's precedence when keys are mixed: any, all, not, condition, fact.
    if (Object.hasOwn(node, 'any')) return group('any', (node as AnyCondition).any.map(compile), node.priority, node.name);
    if (Object.hasOwn(node, 'all')) return group('all', (node as AllCondition).all.map(compile), node.priority, node.name);
    if (Object.hasOwn(node, 'not')) return negate(compile((node as NotCondition).not), node.priority, node.name);
    if (Object.hasOwn(node, 'condition')) return reference((node as ConditionReference).condition, node.priority);
    return leaf(node as FactCondition);
  }

  function reference(name: string, priority: number | undefined): CompiledCondition {
    const target = resolveNamed(name);
    return {
      priority: priority ?? 1,
      risk: target.risk,
      guards: target.guards,
      test: target.test,
      trace(facts, sink) {
        const child = target.trace(facts, sink);
        return { kind: 'condition', reference: name, result: child.result, children: [child] };
      },
    };
  }

  function resolveNamed(name: string): CompiledCondition {
    const known = named.get(name);
    if (known !== undefined) return known;
    const definition = Object.hasOwn(shared, name) ? shared[name] : undefined;
    if (definition === undefined) throw new Uncompilable(`No shared condition "${name}"`);
    if (naming.has(name)) throw new Uncompilable(`Shared condition "${name}" refers to itself`);
    naming.add(name);
    const compiled = compile(definition);
    naming.delete(name);
    named.set(name, compiled);
    return compiled;
  }

  function leaf(condition: FactCondition): CompiledCondition {
    const evaluate = composeOperator(condition.operator);
    if (evaluate === null) throw new Uncompilable(`Unknown operator "${condition.operator}"`);
    const factSlot = slotOf(condition.fact, condition.path);
    const value = condition.value;
    const isReference = value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact');
    const valueSlot = isReference ? slotOf((value as { fact: unknown }).fact, (value as { path?: unknown }).path) : -1;
    const label = (slots[factSlot] as FactSlot).label;
    const valueLabel = isReference ? (slots[valueSlot] as FactSlot).label : '';
    const test = isReference
      ? (facts: readonly unknown[]) => evaluate(facts[factSlot], facts[valueSlot])
      : specialise(condition.operator, factSlot, value) ?? ((facts: readonly unknown[]) => evaluate(facts[factSlot], value));
    const risk = isReference ? alwaysRisky : leafRisk(condition.operator, factSlot, value);
    return {
      priority: condition.priority ?? 1,
      risk,
      guards: isReference ? [] : leafGuards(condition.operator, factSlot, value),
      test,
      trace(facts, sink) {
        const factValue = facts[factSlot];
        const expected = isReference ? facts[valueSlot] : value;
        if (factValue === undefined) addMissing(sink, label);
        if (expected === undefined) addMissing(sink, valueLabel);
        let result = false;
        let error: string | undefined;
        if (risk === null) result = test(facts);
        else {
          try {
            result = evaluate(factValue, expected);
          } catch (thrown) {
            error = thrown instanceof Error ? thrown.message : String(thrown);
            sink.error ??= error;
            sink.errors++;
          }
        }
        const trace: ConditionTrace & { kind: 'fact' } = {
          kind: 'fact',
          fact: condition.fact,
          operator: condition.operator,
          value: expected,
          factValue,
          missing: factValue === undefined || expected === undefined,
          result,
        };
        if (condition.path) trace.path = condition.path;
        if (isReference) trace.valueFact = valueLabel;
        if (error !== undefined) trace.error = error;
        return trace;
      },
    };
  }

  return { compile, slots };
}

function addMissing(sink: TraceSink, label: string): void {
  if (sink.missing === null) sink.missing = [label];
  else if (!sink.missing.includes(label)) sink.missing.push(label);
}

/** `company` + `$.size` reads as `company.size`. */
export function factLabel(fact: string, path: string | undefined): string {
  if (!path) return fact;
  if (path.startsWith('$')) return `${fact}${path.slice(1)}`;
  return path.startsWith('[') ? `${fact}${path}` : `${fact}.${path}`;
}

function negate(child: CompiledCondition, priority: number | undefined, name: string | undefined): CompiledCondition {
  const test = child.test;
  return {
    priority: priority ?? 1,
    risk: child.risk,
    guards: [],
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

function group(
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
    return { priority: priority ?? 1, risk: null, guards: [], test: () => true, trace: () => node(true, []) };
  }
  if (children.length === 1) {
    const only = children[0] as CompiledCondition;
    return {
      priority: priority ?? 1,
      risk: only.risk,
      guards: isAll ? only.guards : [],
      test: only.test,
      trace(facts, sink) {
        const before = sink.errors;
        const inner = only.trace(facts, sink);
        return node(sink.errors === before && inner.result, [inner]);
      },
    };
  }
  const groups = prioritise(children);
  return {
    priority: priority ?? 1,
    risk: anyRisk(children),
    guards: isAll ? children.flatMap((child) => child.guards) : [],
    test: groupTest(isAll, groups.map((indices) => indices.map((i) => children[i] as CompiledCondition))),
    trace: groups.length === 1 ? (facts, sink) => {
      const before = sink.errors;
      const traces: ConditionTrace[] = [];
      let hit = false;
      for (const child of children) {
        const trace = child.trace(facts, sink);
        if (trace.result !== isAll) hit = true;
        traces.push(trace);
      }
      return node(sink.errors === before && (hit ? !isAll : isAll), traces);
    } : (facts, sink) => {
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
  return (facts) => risks.some((risk) => risk(facts));
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
  if (set.every((child) => child.risk === null)) {
    const [a, b, c] = tests as [Test, Test, Test | undefined];
    if (tests.length === 2) return isAll ? (facts) => a(facts) && b(facts) : (facts) => a(facts) || b(facts);
    if (tests.length === 3 && c !== undefined) {
      return isAll ? (facts) => a(facts) && b(facts) && c(facts) : (facts) => a(facts) || b(facts) || c(facts);
    }
  }
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
