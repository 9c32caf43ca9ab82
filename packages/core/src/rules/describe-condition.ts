import type { ConditionNode, FactCondition } from '../config/condition-schema.ts';
import { clip, joinList } from '../config/describe-value.ts';
import type { ConditionTrace } from '../routing/routing-decision.ts';
import { factLabel } from './compile-condition.ts';
import { NUMERIC_OPERATORS } from './operator-names.ts';
import { isNumberLike, parseOperator, type ParsedOperator } from './operators.ts';

type FactTrace = ConditionTrace & { kind: 'fact' };

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A value as people read it: `1,200`, `fintech`, `APAC or ANZ`. */
export function formatValue(value: unknown, joiner = 'or'): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? groupDigits(value) : numberFormat.format(value);
  if (typeof value === 'string') return value === '' ? '""' : clip(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '(nothing)';
    return joinList(
      value.map((item) => formatValue(item)),
      joiner,
    );
  }
  if (value !== null && typeof value === 'object') {
    return clip(JSON.stringify(value));
  }
  return String(value);
}

/**
 * What `numberFormat` gives for a whole number, at a fraction of its cost: explanations
 * format a value or two per rule, and `Intl` took a tenth of a routed lead's time.
 */
function groupDigits(value: number): string {
  const digits = String(Math.abs(value));
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${text}` : text;
}

// How each operator reads after its subject; symbols for comparisons so numbers stay readable.
const predicates: Record<string, { is: string; isNot: string; list?: boolean }> = {
  equal: { is: 'is', isNot: 'is not' },
  notEqual: { is: 'is not', isNot: 'is' },
  in: { is: 'is one of', isNot: 'is not one of', list: true },
  notIn: { is: 'is not one of', isNot: 'is one of', list: true },
  contains: { is: 'contains', isNot: 'does not contain' },
  doesNotContain: { is: 'does not contain', isNot: 'contains' },
  lessThan: { is: '<', isNot: 'is not <' },
  lessThanInclusive: { is: '≤', isNot: 'is not ≤' },
  greaterThan: { is: '>', isNot: 'is not >' },
  greaterThanInclusive: { is: '≥', isNot: 'is not ≥' },
};

function valueText(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'fact')) {
    const reference = value as { fact: unknown; path?: unknown };
    return `the value of ${factLabel(String(reference.fact), typeof reference.path === 'string' ? reference.path : undefined)}`;
  }
  return formatValue(value);
}

/** A decorated operator as words: `not:someFact:equal` → `not (some item of tags is hot)`. */
function phrase(parsed: ParsedOperator | null, operator: string, subject: string, value: string): string {
  if (parsed === null) return `${subject} ${operator} ${value}`;
  let text = (s: string, v: string) => `${s} ${(predicates[parsed.operator] as { is: string }).is} ${v}`;
  for (let i = parsed.decorators.length - 1; i >= 0; i--) {
    const inner = text;
    const decorator = parsed.decorators[i];
    if (decorator === 'not') text = (s, v) => `not (${inner(s, v)})`;
    else if (decorator === 'someFact') text = (s, v) => inner(`some item of ${s}`, v);
    else if (decorator === 'everyFact') text = (s, v) => inner(`every item of ${s}`, v);
    else if (decorator === 'someValue') text = (s, v) => inner(s, `any of ${v}`);
    else if (decorator === 'everyValue') text = (s, v) => inner(s, `each of ${v}`);
    else text = (s, v) => inner(v, s);
  }
  return text(subject, value);
}

/**
 * A condition tree in plain language, for the rule editor and refusal messages:
 * `industry is fintech and employees ≥ 500`.
 */
export function describeCondition(node: ConditionNode): string {
  if (Object.hasOwn(node, 'any')) return joinGroup((node as { any: ConditionNode[] }).any.map(describeNested), 'or', 'always');
  if (Object.hasOwn(node, 'all')) return joinGroup((node as { all: ConditionNode[] }).all.map(describeNested), 'and', 'always');
  if (Object.hasOwn(node, 'not')) return `not (${describeCondition((node as { not: ConditionNode }).not)})`;
  if (Object.hasOwn(node, 'condition')) return `"${(node as { condition: string }).condition}"`;
  const fact = node as FactCondition;
  return phrase(parseOperator(fact.operator), fact.operator, factLabel(fact.fact, fact.path), valueText(fact.value));
}

function describeNested(node: ConditionNode): string {
  const text = describeCondition(node);
  const isGroup = Object.hasOwn(node, 'all') || Object.hasOwn(node, 'any');
  const size = isGroup ? ((node as { all?: unknown[] }).all ?? (node as { any: unknown[] }).any).length : 1;
  return size > 1 ? `(${text})` : text;
}

function joinGroup(parts: string[], joiner: string, empty: string): string {
  return parts.length === 0 ? empty : parts.join(` ${joiner} `);
}

/** Why a condition that held, held, with the lead's values: `industry is fintech and employees 1,200 ≥ 500`. */
export function describeMatch(trace: ConditionTrace): string {
  switch (trace.kind) {
    case 'fact':
      return factMatch(trace);
    case 'all':
      return joinGroup(trace.children.filter((c) => !c.skipped).map(nestedMatch), 'and', 'no conditions');
    case 'any':
      return joinGroup(trace.children.filter((c) => c.result && !c.skipped).map(nestedMatch), 'and', 'no conditions');
    case 'not':
      return trace.children[0] === undefined ? 'not' : describeMiss(trace.children[0]);
    case 'condition':
      return trace.children[0] === undefined ? `"${trace.reference}"` : `"${trace.reference}" (${describeMatch(trace.children[0])})`;
  }
}

/** Why a condition that failed, failed: `industry is retail, not fintech`. */
export function describeMiss(trace: ConditionTrace): string {
  switch (trace.kind) {
    case 'fact':
      return factMiss(trace);
    case 'all':
      return joinGroup(trace.children.filter((c) => !c.result && !c.skipped).map(nestedMiss), 'and', 'failed');
    case 'any':
      return joinGroup(trace.children.filter((c) => !c.skipped).map(nestedMiss), 'and', 'failed');
    case 'not':
      return trace.children[0] === undefined ? 'not' : `${describeMatch(trace.children[0])}, which the rule excludes`;
    case 'condition':
      return trace.children[0] === undefined ? `"${trace.reference}" failed` : `"${trace.reference}" failed (${describeMiss(trace.children[0])})`;
  }
}

function nestedMatch(trace: ConditionTrace): string {
  return wrap(trace, describeMatch(trace));
}
function nestedMiss(trace: ConditionTrace): string {
  return wrap(trace, describeMiss(trace));
}
function wrap(trace: ConditionTrace, text: string): string {
  return (trace.kind === 'all' || trace.kind === 'any') && (text.includes(' and ') || text.includes(' or ')) ? `(${text})` : text;
}

function subjectOf(trace: FactTrace): string {
  return factLabel(trace.fact, trace.path);
}

function factMatch(trace: FactTrace): string {
  const subject = subjectOf(trace);
  const parsed = parseOperator(trace.operator);
  const value = trace.valueFact === undefined ? formatValue(trace.value) : `${trace.valueFact} (${formatValue(trace.value)})`;
  if (parsed !== null && parsed.decorators.length === 0) {
    if (parsed.operator === 'equal') return `${subject} is ${value}`;
    if (NUMERIC_OPERATORS.has(parsed.operator)) return `${subject} ${formatValue(trace.factValue)} ${(predicates[parsed.operator] as { is: string }).is} ${value}`;
    if (parsed.operator === 'in') return `${subject} is ${formatValue(trace.factValue)}, one of ${value}`;
    if (parsed.operator === 'notIn') return `${subject} is ${formatValue(trace.factValue)}, not one of ${value}`;
    if (parsed.operator === 'contains' || parsed.operator === 'doesNotContain') return `${subject} ${(predicates[parsed.operator] as { is: string }).is} ${value}`;
    if (parsed.operator === 'notEqual') return `${subject} is ${formatValue(trace.factValue)}, not ${value}`;
  }
  return `${phrase(parsed, trace.operator, subject, value)} (it is ${formatValue(trace.factValue, 'and')})`;
}

function factMiss(trace: FactTrace): string {
  const subject = subjectOf(trace);
  if (trace.error !== undefined) return `${subject}: ${trace.error}`;
  if (trace.factValue === undefined) return `${subject} is missing`;
  if (trace.value === undefined) return `${trace.valueFact ?? 'the compared fact'} is missing`;
  const parsed = parseOperator(trace.operator);
  const value = trace.valueFact === undefined ? formatValue(trace.value) : `${trace.valueFact} (${formatValue(trace.value)})`;
  const actual = formatValue(trace.factValue, 'and');
  if (parsed !== null && parsed.decorators.length === 0) {
    const predicate = predicates[parsed.operator] as { is: string; isNot: string; list?: boolean };
    if (parsed.operator === 'equal') return `${subject} is ${actual}, not ${value}`;
    if (parsed.operator === 'notEqual') return `${subject} is ${actual}`;
    if (NUMERIC_OPERATORS.has(parsed.operator)) {
      return isNumberLike(trace.factValue) && (typeof trace.factValue === 'number' || typeof trace.factValue === 'string')
        ? `${subject} ${actual} ${predicate.isNot} ${value}`
        : `${subject} is ${actual}, not a number`;
    }
    if ((parsed.operator === 'contains' || parsed.operator === 'doesNotContain') && !Array.isArray(trace.factValue)) {
      return `${subject} is ${actual}, not a list`;
    }
    return `${subject} ${Array.isArray(trace.factValue) ? `(${actual})` : actual} ${predicate.isNot} ${value}`;
  }
  return `not (${phrase(parsed, trace.operator, subject, value)}): it is ${actual}`;
}
