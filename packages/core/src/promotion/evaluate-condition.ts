import type { ConditionNode } from '../config/condition-schema.ts';
import type { ConditionTrace } from '../routing/routing-decision.ts';

type Operator = (factValue: unknown, value: unknown) => boolean;

// json-rules-engine 7.3's numeric operators accept anything parseFloat can read.
const isNumeric = (value: unknown): boolean => !Number.isNaN(Number.parseFloat(value as string));

/** json-rules-engine 7.3's built-in operators, with its semantics (equal is ===, contains needs an array). */
export const PROMOTION_OPERATORS: Record<string, Operator> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

/** Plain property paths only (`$.a.b`, `a.b`): never a filter or script, so nothing in a path runs. */
export const SAFE_PATH = /^(\$\.)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function resolvePath(value: unknown, path: string): unknown {
  if (!SAFE_PATH.test(path)) return undefined;
  let current = value;
  for (const key of path.replace(/^\$\./, '').split('.')) {
    if (FORBIDDEN_KEYS.has(key) || typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export type Facts = Readonly<Record<string, unknown>>;

function factValue(facts: Facts, fact: string, path?: string): unknown {
  const value = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
  return path === undefined ? value : resolvePath(value, path);
}

/** `not:greaterThan` → the operator and whether it is negated; `undefined` for anything else. */
export function readOperator(name: string): { operator: Operator; negated: boolean } | undefined {
  const negated = name.startsWith('not:');
  const operator = PROMOTION_OPERATORS[negated ? name.slice(4) : name];
  return operator === undefined ? undefined : { operator, negated };
}

/**
 * Evaluates a condition tree over plain facts with json-rules-engine's semantics (a
 * missing fact is `undefined`, as with `allowUndefinedFacts`) and traces every leaf.
 * Unlike the engine it never short-circuits, so the trace lists everything a rep misses.
 * Condition references are not resolved here: promotion rules cannot use them.
 */
export function evaluateCondition(node: ConditionNode, facts: Facts): ConditionTrace {
  if ('all' in node) {
    const children = node.all.map((child) => evaluateCondition(child, facts));
    return { kind: 'all', ...(node.name === undefined ? {} : { name: node.name }), result: children.every((c) => c.result), children };
  }
  if ('any' in node) {
    const children = node.any.map((child) => evaluateCondition(child, facts));
    return { kind: 'any', ...(node.name === undefined ? {} : { name: node.name }), result: children.some((c) => c.result), children };
  }
  if ('not' in node) {
    const child = evaluateCondition(node.not, facts);
    return { kind: 'not', ...(node.name === undefined ? {} : { name: node.name }), result: !child.result, children: [child] };
  }
  if ('condition' in node) return { kind: 'condition', reference: node.condition, result: false, children: [] };
  const actual = factValue(facts, node.fact, node.path);
  const reference = node.value as { fact?: unknown } | null;
  const expected =
    typeof reference === 'object' && reference !== null && !Array.isArray(reference) && typeof reference.fact === 'string'
      ? factValue(facts, reference.fact)
      : node.value;
  const read = readOperator(node.operator);
  const outcome = read === undefined ? false : read.operator(actual, expected) !== read.negated;
  return {
    kind: 'fact',
    fact: node.fact,
    ...(node.path === undefined ? {} : { path: node.path }),
    operator: node.operator,
    value: expected,
    factValue: actual,
    missing: actual === undefined,
    result: outcome,
  };
}
