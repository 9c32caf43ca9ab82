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
import { group, negate } from './compile-group.ts';
import { alwaysRisky, isRiskyValue, leafRisk, specialise, type Risk } from './specialise-leaf.ts';
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
  /**
   * Whether the guards are the whole condition: when every guard passes (a comparison's on a
   * number) it holds, and nothing in it could throw, so a scan decides it without `test`.
   */
  complete: boolean;
  /** The fact slots it reads: a first-match scan reads the context and resolves paths only once a rule needs them. */
  reads: ReadonlySet<number>;
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
  if (operator === 'equal' && value !== undefined && (value === null || typeof value !== 'object')) return [{ kind: 'equal', slot, value }];
  // No NaN: a set finds it where `indexOf` does not, and a complete guard must answer as the test.
  if (operator === 'in' && Array.isArray(value) && value.every((item) => item === item && (item === null || typeof item !== 'object'))) {
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
  /**
   * Slots whose value decides a risk other than `alwaysRisky` (every such risk asks whether
   * one of them holds an object or a symbol): when none does, only `alwaysRisky` can throw.
   */
  readonly riskSlots: ReadonlySet<number>;
}

export function createConditionCompiler(shared: Readonly<Record<string, TopLevelCondition>> = {}): ConditionCompiler {
  const slots: FactSlot[] = [];
  const riskSlots = new Set<number>();
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
      complete: target.complete,
      reads: target.reads,
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
    if (risk !== null && risk !== alwaysRisky) riskSlots.add(factSlot);
    const { fact, operator } = condition;
    const path = condition.path ? condition.path : undefined;
    const guards = isReference ? [] : leafGuards(condition.operator, factSlot, value);
    return {
      priority: condition.priority ?? 1,
      risk,
      guards,
      complete: guards.length > 0,
      reads: new Set(isReference ? [factSlot, valueSlot] : [factSlot]),
      test,
      trace(facts, sink) {
        const factValue = facts[factSlot];
        const expected = isReference ? facts[valueSlot] : value;
        if (factValue === undefined) addMissing(sink, label);
        if (expected === undefined) addMissing(sink, valueLabel);
        let result = false;
        let error: string | undefined;
        // The specialised test gives the composed operator's answer whenever nothing can throw
        // (a risk other than `alwaysRisky` asks whether this leaf's fact value is risky).
        if (risk === null || (risk !== alwaysRisky && !isRiskyValue(factValue))) result = test(facts);
        else {
          try {
            result = evaluate(factValue, expected);
          } catch (thrown) {
            error = thrown instanceof Error ? thrown.message : String(thrown);
            sink.error ??= error;
            sink.errors++;
          }
        }
        const missing = factValue === undefined || expected === undefined;
        // One literal per case, so every trace of this leaf has the same shape from the start.
        const trace: ConditionTrace & { kind: 'fact' } = path === undefined
          ? { kind: 'fact', fact, operator, value: expected, factValue, missing, result }
          : { kind: 'fact', fact, path, operator, value: expected, factValue, missing, result };
        if (isReference) trace.valueFact = valueLabel;
        if (error !== undefined) trace.error = error;
        return trace;
      },
    };
  }

  return { compile, slots, riskSlots };
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
