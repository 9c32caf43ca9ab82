import type { ConfigIssue } from '../errors.ts';
import { checkOperatorName, splitOperator } from './check-operator.ts';
import { configIssue } from './config-issue-code.ts';
import { describeValue, listOf, quote, someOf } from './describe-value.ts';
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
}

const KIND_KEYS = ['all', 'any', 'not', 'condition', 'fact'] as const;
type Kind = (typeof KIND_KEYS)[number];
const COMMON_KEYS = ['priority', 'name'];
const FIELDS: Record<Kind, readonly string[]> = {
  all: ['all', ...COMMON_KEYS],
  any: ['any', ...COMMON_KEYS],
  not: ['not', ...COMMON_KEYS],
  condition: ['condition', ...COMMON_KEYS],
  fact: ['fact', 'operator', 'value', 'path', 'params', ...COMMON_KEYS],
};
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
const LIST_VALUE_OPERATORS = new Set(['in', 'notIn']);
const ITEM_VALUE_OPERATORS = new Set(['contains', 'doesNotContain']);
const NUMBER_OPERATORS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

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
  const maxDepth = context.maxDepth ?? CONFIG_LIMITS.maxConditionDepth;
  if (context.suggest === undefined) context = { ...context, suggest: createSuggest() };
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
    const children = checkNode(item, context, issues);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (item.depth + 1 > maxDepth) {
        issues.push(
          configIssue(
            'too-deep',
            child.path,
            `Conditions nest more than ${maxDepth} levels deep here (the limit). Flatten them: "all" inside "all" can be merged into one list.`,
          ),
        );
        break;
      }
      stack.push({ node: child.node, path: child.path, depth: item.depth + 1, top: false });
    }
  }
  return issues;
}

function checkNode(item: Item, context: ConditionCheckContext, issues: ConfigIssue[]): { node: unknown; path: Path }[] {
  const { node, path, top } = item;
  if (!isPlainObject(node)) {
    const example = top ? `{ "all": [ ${FACT_EXAMPLE} ] }` : FACT_EXAMPLE;
    issues.push(configIssue('invalid-condition', path, `A condition must be an object such as ${example}; this is ${describeValue(node)}.`));
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
  for (const key of Object.keys(node)) {
    if (!FIELDS[kind].includes(key)) {
      issues.push(
        configIssue(
          'unknown-key',
          [...path, key],
          `"${key}" is not a field of ${KIND_LABEL[kind]}.${didYouMeanHint(key, FIELDS[kind])} Its fields are ${listOf(FIELDS[kind], 'and')}.`,
        ),
      );
    }
  }
  checkCommonFields(node, path, issues);
  if (kind === 'all' || kind === 'any') {
    const list = node[kind];
    if (!Array.isArray(list)) {
      issues.push(configIssue('wrong-type', [...path, kind], `"${kind}" must be a list of conditions, such as [ ${FACT_EXAMPLE} ]; this is ${describeValue(list)}.`));
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

function checkCommonFields(node: JsonObject, path: Path, issues: ConfigIssue[]): void {
  if (hasOwn(node, 'priority')) {
    const priority = node.priority;
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1) {
      issues.push(
        configIssue(
          'invalid-priority',
          [...path, 'priority'],
          `"priority" must be a whole number of 1 or more (higher is checked first); this is ${describeValue(priority)}.`,
        ),
      );
    }
  }
  if (hasOwn(node, 'name') && (typeof node.name !== 'string' || node.name.length > 200)) {
    issues.push(configIssue('wrong-type', [...path, 'name'], `"name" must be text of at most 200 characters; this is ${describeValue(node.name)}.`));
  }
}

function checkReference(node: JsonObject, path: Path, depth: number, context: ConditionCheckContext, issues: ConfigIssue[]): void {
  const name = node.condition;
  const at = [...path, 'condition'];
  if (typeof name !== 'string' || name === '') {
    issues.push(configIssue('wrong-type', at, `"condition" must be the name of a shared condition in routing.conditions; this is ${describeValue(name)}.`));
    return;
  }
  const names = context.conditionNames;
  if (names === undefined) return;
  if (!names.has(name)) {
    const suggest = context.suggest ?? didYouMeanHint;
    const fix =
      names.size === 0
        ? 'There are no shared conditions: add it under "routing.conditions", or remove this reference.'
        : suggest(name, names).trim() || `Add it under "routing.conditions", or use one of ${someOf(names)}.`;
    issues.push(configIssue('unknown-condition', at, `There is no shared condition named ${quote(name)}. ${fix}`));
    return;
  }
  const nested = context.conditionDepths?.get(name);
  const maxDepth = context.maxDepth ?? CONFIG_LIMITS.maxConditionDepth;
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
  if (typeof fact !== 'string' || fact === '' || FORBIDDEN_KEYS.has(fact)) {
    issues.push(configIssue('invalid-value', [...path, 'fact'], `"fact" must name a lead field or routing fact, e.g. "industry"; this is ${describeValue(fact)}.`));
  }
  const operator = node.operator;
  if (!hasOwn(node, 'operator')) {
    issues.push(configIssue('missing', [...path, 'operator'], 'Add "operator": how to compare, e.g. "equal", "in" or "greaterThan".'));
  } else if (typeof operator !== 'string') {
    issues.push(configIssue('wrong-type', [...path, 'operator'], `"operator" must be text such as "equal"; this is ${describeValue(operator)}.`));
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
  if (hasOwn(node, 'path')) checkPath(node.path, [...path, 'path'], issues);
  if (hasOwn(node, 'params') && !isPlainObject(node.params)) {
    issues.push(configIssue('wrong-type', [...path, 'params'], `"params" must be an object { … }; this is ${describeValue(node.params)}.`));
  }
}

function isFactReference(value: unknown): value is JsonObject {
  return isPlainObject(value) && hasOwn(value, 'fact');
}

/** `{ "fact": "budget", "path": "$.max" }` as a value compares with another fact. */
function checkFactReference(value: JsonObject, path: Path, issues: ConfigIssue[]): void {
  for (const key of Object.keys(value)) {
    if (!FACT_REFERENCE_KEYS.includes(key)) {
      issues.push(
        configIssue(
          'unknown-key',
          [...path, key],
          `"${key}" is not a field of a fact reference.${didYouMeanHint(key, FACT_REFERENCE_KEYS)} Its fields are ${listOf(FACT_REFERENCE_KEYS, 'and')}.`,
        ),
      );
    }
  }
  if (typeof value.fact !== 'string' || value.fact === '' || FORBIDDEN_KEYS.has(value.fact)) {
    issues.push(configIssue('invalid-value', [...path, 'fact'], `"fact" must name the lead field to compare with, e.g. "budget"; this is ${describeValue(value.fact)}.`));
  }
  if (hasOwn(value, 'path')) checkPath(value.path, [...path, 'path'], issues);
  if (hasOwn(value, 'params') && !isPlainObject(value.params)) {
    issues.push(configIssue('wrong-type', [...path, 'params'], `"params" must be an object { … }; this is ${describeValue(value.params)}.`));
  }
}

function checkPath(value: unknown, path: Path, issues: ConfigIssue[]): void {
  if (typeof value !== 'string') {
    issues.push(configIssue('wrong-type', path, `"path" must be text such as "$.company.size"; this is ${describeValue(value)}.`));
    return;
  }
  const parsed = parseFactPath(value);
  if (!parsed.ok) issues.push(configIssue('unsafe-path', path, `The path ${quote(value)} is refused: ${parsed.reason}.`));
}

/** Values json-rules-engine would accept but compare in a way nobody means. */
function operatorValueProblem(name: string, value: unknown): string | undefined {
  const { decorators, operator } = splitOperator(name);
  if (decorators.includes('someValue') || decorators.includes('everyValue')) {
    return Array.isArray(value) ? undefined : `"${name}" compares with each item of a list, so "value" must be a list such as [1, 2]; this is ${describeValue(value)}.`;
  }
  if (decorators.includes('swap')) return undefined;
  if (LIST_VALUE_OPERATORS.has(operator) && !Array.isArray(value)) {
    return `"${operator}" checks whether the lead's value is one of a list, so "value" must be a list such as ["fintech", "insurance"]; this is ${describeValue(value)}. With text, parts of words would match. To compare with another field, write { "fact": "…" }.`;
  }
  if (ITEM_VALUE_OPERATORS.has(operator) && Array.isArray(value)) {
    return `"${operator}" looks for one item in the lead's list, so "value" must be one item such as "vip", not a list. To test several items, use one "${operator}" condition per item inside "any" or "all".`;
  }
  if (NUMBER_OPERATORS.has(operator) && typeof value !== 'number') {
    return `"${operator}" compares numbers, so "value" must be a number such as 500 (without quotes); this is ${describeValue(value)}.`;
  }
  return undefined;
}
