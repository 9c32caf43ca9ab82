import type { ConfigIssue } from '../errors.ts';
import { NUMERIC_OPERATORS } from '../rules/operator-names.ts';
import { checkOperatorName, splitOperator } from './check-operator.ts';
import { PRIORITY_RULE } from './condition-schema.ts';
import { configIssue } from './config-issue-code.ts';
import { AN_OBJECT, describeValue, listOf, mustBe, quote, someOf } from './describe-value.ts';
import { createSuggest, didYouMean, didYouMeanHint, type Suggest } from './did-you-mean.ts';
import { parseFactPath } from './fact-path.ts';
import { hasOwn, isPlainObject, type JsonObject } from './json-guards.ts';
import { CONFIG_LIMITS, FORBIDDEN_KEYS } from './limits.ts';

type Path = readonly (string | number)[];

export interface ConditionCheckContext {
  /** Names of the shared conditions (`routing.conditions`). Without it, `{ "condition": … }` references are not checked. */
  conditionNames?: ReadonlySet<string>;
  /** How deeply each shared condition nests, counting the shared conditions it uses itself. */
  conditionDepths?: ReadonlyMap<string, number>;
  /** Operators registered besides json-rules-engine's built-in ones. */
  extraOperators?: ReadonlySet<string>;
  /** Defaults to `CONFIG_LIMITS.maxConditionDepth`. */
  maxDepth?: number;
  /** Suggests near-miss names; pass a budgeted one (`createSuggest`) when checking many trees of one document. */
  suggest?: Suggest;
  /**
   * Called with every node that has exactly one kind, in document order, so a caller can add
   * its own checks (the facts promotion rules may use) without walking the tree again.
   */
  visit?: (node: JsonObject, path: Path, kind: ConditionKind) => void;
}

const KIND_KEYS = ['all', 'any', 'not', 'condition', 'fact'] as const;
export type ConditionKind = (typeof KIND_KEYS)[number];
type Kind = ConditionKind;
const COMMON_KEYS = ['priority', 'name'];
const FACT_FIELDS = ['fact', 'operator', 'value', 'path', 'params', ...COMMON_KEYS];
/** A node's own key, then the fields every node may carry; a fact test has more. */
const fieldsOf = (kind: Kind): readonly string[] => (kind === 'fact' ? FACT_FIELDS : [kind, ...COMMON_KEYS]);
const KIND_LABEL: Record<Kind, string> = {
  all: 'an "all" condition',
  any: 'an "any" condition',
  not: 'a "not" condition',
  condition: 'a shared-condition reference',
  fact: 'a fact condition',
};
const FACT_REFERENCE_KEYS = ['fact', 'path', 'params'];
const EXACTLY_ONE = 'A condition needs exactly one of "all", "any", "not", "condition", or a "fact" with "operator" and "value"';
const FACT_EXAMPLE = '{ "fact": "industry", "operator": "equal", "value": "fintech" }';
/** A whole condition tree, as a rule's `conditions` holds one. */
export const CONDITIONS_EXAMPLE = `{ "all": [ ${FACT_EXAMPLE} ] }`;
const LIST_VALUE_OPERATORS = new Set(['in', 'notIn']);
const ITEM_VALUE_OPERATORS = new Set(['contains', 'doesNotContain']);

/** The context with its defaults filled in. */
type Checking = ConditionCheckContext & { maxDepth: number; suggest: Suggest };

interface Item {
  node: unknown;
  path: Path;
  depth: number;
  top: boolean;
}

/**
 * Checks one condition tree (a rule's `conditions`, a transition guard, a shared condition,
 * or any other json-rules-engine condition) and returns every problem in it with its path.
 * Iterative, so no input can overflow the stack. Other modules call it for their own
 * condition documents.
 */
export function checkConditions(node: unknown, path: Path, context: ConditionCheckContext = {}): ConfigIssue[] {
  const checking: Checking = { ...context, maxDepth: context.maxDepth ?? CONFIG_LIMITS.maxConditionDepth, suggest: context.suggest ?? createSuggest() };
  const { maxDepth } = checking;
  const issues: ConfigIssue[] = [];
  const stack: Item[] = [{ node, path, depth: 1, top: true }];
  // Callers may hand in trees that never passed the limits check, with shared or cyclic parts.
  let visits = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (++visits > CONFIG_LIMITS.maxNodes) {
      issues.push(configIssue('too-large', path, `These conditions have more than ${CONFIG_LIMITS.maxNodes} parts (the limit). Simplify them.`));
      break;
    }
    const children = checkNode(item, checking, issues);
    if (children.length > 0 && item.depth >= maxDepth) {
      // Reported once per node, at its last child: the one the walk would have reached first.
      const message = `Conditions nest more than ${maxDepth} levels deep here (the limit). Flatten them: "all" inside "all" can be merged into one list.`;
      issues.push(configIssue('too-deep', children.at(-1)!.path, message));
      continue;
    }
    // Pushed last to first, so they are checked, and their issues listed, in document order.
    for (const child of children.reverse()) stack.push({ ...child, depth: item.depth + 1, top: false });
  }
  return issues;
}

function checkNode(item: Item, context: Checking, issues: ConfigIssue[]): { node: unknown; path: Path }[] {
  const { node, path, top } = item;
  if (!isPlainObject(node)) {
    const example = top ? CONDITIONS_EXAMPLE : FACT_EXAMPLE;
    issues.push(configIssue('invalid-condition', path, mustBe('A condition', `an object such as ${example}`, node)));
    return [];
  }
  const kinds = KIND_KEYS.filter((key) => hasOwn(node, key));
  if (kinds.length !== 1) {
    issues.push(configIssue('invalid-condition', path, `${EXACTLY_ONE}; ${kindsHint(node, kinds)}`));
    return [];
  }
  const kind = kinds[0]!;
  if (top && kind === 'fact') {
    issues.push(
      configIssue(
        'invalid-condition',
        path,
        'At the top, conditions must be "all", "any", "not" or a shared "condition". Wrap this test in a list: { "all": [ { "fact": … } ] }.',
      ),
    );
  }
  checkKeys(node, path, fieldsOf(kind), KIND_LABEL[kind], issues);
  checkCommonFields(node, path, issues);
  context.visit?.(node, path, kind);
  if (kind === 'all' || kind === 'any') {
    const list = node[kind];
    if (!Array.isArray(list)) {
      issues.push(wrongType([...path, kind], `a list of conditions, such as [ ${FACT_EXAMPLE} ]`, list));
      return [];
    }
    return list.map((child, index) => ({ node: child, path: [...path, kind, index] }));
  }
  if (kind === 'not') return [{ node: node.not, path: [...path, 'not'] }];
  if (kind === 'condition') {
    checkReference(node, path, item.depth, context, issues);
    return [];
  }
  checkFactCondition(node, path, context, issues);
  return [];
}

function kindsHint(node: JsonObject, kinds: readonly Kind[]): string {
  if (kinds.length > 1) {
    return `this one has ${listOf(kinds, 'and')}. Give each its own condition, e.g. { "all": [ { "any": [ … ] }, { "fact": … } ] }.`;
  }
  const keys = Object.keys(node);
  for (const key of keys) {
    const guess = didYouMean(key, KIND_KEYS);
    if (guess !== undefined) return `this one has none of them. Did you mean "${guess}" instead of "${key}"?`;
  }
  if (hasOwn(node, 'operator') || hasOwn(node, 'value')) {
    return 'this one has "operator" or "value" but no "fact". Add "fact": the lead field to test, e.g. "industry".';
  }
  return keys.length === 0 ? 'this one is empty.' : `this one has only ${listOf(keys, 'and')}.`;
}

/** One issue per key that is not one of `fields`, with the nearest field if it looks like a typo. */
function checkKeys(node: JsonObject, path: Path, fields: readonly string[], label: string, issues: ConfigIssue[]): void {
  for (const key of Object.keys(node)) {
    if (!fields.includes(key)) {
      issues.push(
        configIssue('unknown-key', [...path, key], `"${key}" is not a field of ${label}.${didYouMeanHint(key, fields)} Its fields are ${listOf(fields, 'and')}.`),
      );
    }
  }
}

/** The issue for a field of the wrong type; `at` ends with the field's name. */
function wrongType(at: Path, expected: string, actual: unknown): ConfigIssue {
  return configIssue('wrong-type', at, mustBe(`"${String(at.at(-1))}"`, expected, actual));
}

function checkCommonFields(node: JsonObject, path: Path, issues: ConfigIssue[]): void {
  if (hasOwn(node, 'priority')) {
    const priority = node.priority;
    if (typeof priority !== 'number' || !Number.isSafeInteger(priority) || priority < 1) {
      issues.push(configIssue('invalid-priority', [...path, 'priority'], mustBe('"priority"', PRIORITY_RULE, priority)));
    }
  }
  if (hasOwn(node, 'name') && (typeof node.name !== 'string' || node.name.length > 200)) {
    issues.push(wrongType([...path, 'name'], 'text of at most 200 characters', node.name));
  }
}

function checkReference(node: JsonObject, path: Path, depth: number, context: Checking, issues: ConfigIssue[]): void {
  const name = node.condition;
  const at = [...path, 'condition'];
  if (typeof name !== 'string' || name === '') {
    issues.push(wrongType(at, 'the name of a shared condition in routing.conditions', name));
    return;
  }
  const names = context.conditionNames;
  if (names === undefined) return;
  if (!names.has(name)) {
    const fix =
      names.size === 0
        ? 'There are no shared conditions: add it under "routing.conditions", or remove this reference.'
        : context.suggest(name, names).trim() || `Add it under "routing.conditions", or use one of ${someOf(names)}.`;
    issues.push(configIssue('unknown-condition', at, `There is no shared condition named ${quote(name)}. ${fix}`));
    return;
  }
  const nested = context.conditionDepths?.get(name);
  const { maxDepth } = context;
  // A shared condition already too deep by itself is reported there, not at every use.
  if (nested !== undefined && nested <= maxDepth && depth - 1 + nested > maxDepth) {
    issues.push(
      configIssue(
        'too-deep',
        at,
        `Together with the shared condition "${name}", conditions nest ${depth - 1 + nested} levels deep here; the limit is ${maxDepth}. Flatten them.`,
      ),
    );
  }
}

function checkFactCondition(node: JsonObject, path: Path, context: ConditionCheckContext, issues: ConfigIssue[]): void {
  const fact = node.fact;
  checkFactName(fact, [...path, 'fact'], 'a lead field or routing fact, e.g. "industry"', issues);
  const operator = node.operator;
  if (!hasOwn(node, 'operator')) {
    issues.push(configIssue('missing', [...path, 'operator'], 'Add "operator": how to compare, e.g. "equal", "in" or "greaterThan".'));
  } else if (typeof operator !== 'string') {
    issues.push(wrongType([...path, 'operator'], 'text such as "equal"', operator));
  } else {
    const unknown = checkOperatorName(operator, context.extraOperators);
    if (unknown !== undefined) issues.push(configIssue('unknown-operator', [...path, 'operator'], unknown));
  }
  const value = node.value;
  if (value === undefined) {
    issues.push(configIssue('missing', [...path, 'value'], `Add "value": what to compare ${typeof fact === 'string' ? `"${fact}"` : 'the fact'} with, e.g. "value": "fintech" or "value": 500.`));
  } else if (isFactReference(value)) {
    checkFactReference(value, [...path, 'value'], issues);
  } else if (typeof operator === 'string') {
    const problem = operatorValueProblem(operator, value);
    if (problem !== undefined) issues.push(configIssue('invalid-operator-value', [...path, 'value'], problem));
  }
  checkPathAndParams(node, path, issues);
}

/** `fact` names a lead field: what it names (`meaning`) differs between a test and a fact reference. */
function checkFactName(fact: unknown, at: Path, meaning: string, issues: ConfigIssue[]): void {
  if (typeof fact !== 'string' || fact === '' || FORBIDDEN_KEYS.has(fact)) {
    issues.push(configIssue('invalid-value', at, `"fact" must name ${meaning}; this is ${describeValue(fact)}.`));
  }
}

function checkPathAndParams(node: JsonObject, path: Path, issues: ConfigIssue[]): void {
  if (hasOwn(node, 'path')) checkPath(node.path, [...path, 'path'], issues);
  if (hasOwn(node, 'params') && !isPlainObject(node.params)) issues.push(wrongType([...path, 'params'], AN_OBJECT, node.params));
}

function isFactReference(value: unknown): value is JsonObject {
  return isPlainObject(value) && hasOwn(value, 'fact');
}

/** `{ "fact": "budget", "path": "$.max" }` as a value compares with another fact. */
function checkFactReference(value: JsonObject, path: Path, issues: ConfigIssue[]): void {
  checkKeys(value, path, FACT_REFERENCE_KEYS, 'a fact reference', issues);
  checkFactName(value.fact, [...path, 'fact'], 'the lead field to compare with, e.g. "budget"', issues);
  checkPathAndParams(value, path, issues);
}

function checkPath(value: unknown, path: Path, issues: ConfigIssue[]): void {
  if (typeof value !== 'string') {
    issues.push(wrongType(path, 'text such as "$.company.size"', value));
    return;
  }
  const parsed = parseFactPath(value);
  if (!parsed.ok) issues.push(configIssue('unsafe-path', path, `The path ${quote(value)} is refused: ${parsed.reason}.`));
}

/** Values json-rules-engine would accept but compare in a way nobody means. */
function operatorValueProblem(name: string, value: unknown): string | undefined {
  const { decorators, operator } = splitOperator(name);
  if (decorators.includes('someValue') || decorators.includes('everyValue')) {
    return Array.isArray(value) ? undefined : mustBe(`"${name}" compares with each item of a list, so "value"`, 'a list such as [1, 2]', value);
  }
  if (decorators.includes('swap')) return undefined;
  if (LIST_VALUE_OPERATORS.has(operator) && !Array.isArray(value)) {
    const list = mustBe(`"${operator}" checks whether the lead's value is one of a list, so "value"`, 'a list such as ["fintech", "insurance"]', value);
    return `${list} With text, parts of words would match. To compare with another field, write { "fact": "…" }.`;
  }
  if (ITEM_VALUE_OPERATORS.has(operator) && Array.isArray(value)) {
    return `"${operator}" looks for one item in the lead's list, so "value" must be one item such as "vip", not a list. To test several items, use one "${operator}" condition per item inside "any" or "all".`;
  }
  if (NUMERIC_OPERATORS.has(operator) && typeof value !== 'number') {
    return mustBe(`"${operator}" compares numbers, so "value"`, 'a number such as 500 (without quotes)', value);
  }
  return undefined;
}
