import { DECORATOR_NAMES, OPERATOR_NAMES } from '../rules/operator-names.ts';
import { listOf } from './describe-value.ts';
import { didYouMeanHint } from './did-you-mean.ts';

export interface OperatorParts {
  decorators: string[];
  operator: string;
}

const OPERATORS: ReadonlySet<string> = new Set(OPERATOR_NAMES);
const DECORATORS: ReadonlySet<string> = new Set(DECORATOR_NAMES);

/** Names people bring from spreadsheets, SQL and other rule engines, by the json-rules-engine operator they mean. */
const ALIASES_BY_OPERATOR: Record<string, readonly string[]> = {
  equal: ['=', '==', '===', 'eq', 'equals', 'is'],
  notEqual: ['!=', '!==', '<>', 'ne', 'neq', 'notEquals'],
  lessThan: ['<', 'lt'],
  lessThanInclusive: ['<=', 'lte', 'lessThanOrEqual', 'lessThanOrEqualTo'],
  greaterThan: ['>', 'gt'],
  greaterThanInclusive: ['>=', 'gte', 'greaterThanOrEqual', 'greaterThanOrEqualTo'],
  contains: ['includes'],
  doesNotContain: ['notContains', 'excludes'],
  in: ['oneOf'],
  notIn: ['nin', 'notOneOf'],
};
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIASES_BY_OPERATOR).flatMap(([operator, aliases]) => aliases.map((alias) => [alias, operator] as const)),
);

/** `not:someFact:equal` → decorators `['not', 'someFact']`, operator `equal` (json-rules-engine's notation). */
export function splitOperator(name: string): OperatorParts {
  const parts = name.split(':');
  return { decorators: parts.slice(0, -1), operator: parts[parts.length - 1] ?? '' };
}

/**
 * Why an operator name is unknown, or `undefined` when json-rules-engine 7.3 knows it.
 * `extraOperators` are operators a host registered besides the built-in ones.
 */
export function checkOperatorName(name: string, extraOperators?: ReadonlySet<string>): string | undefined {
  if (OPERATORS.has(name) || extraOperators?.has(name)) return undefined;
  const { decorators, operator } = splitOperator(name);
  for (const decorator of decorators) {
    if (!DECORATORS.has(decorator)) {
      return `"${decorator}" in "${name}" is not an operator decorator.${didYouMeanHint(decorator, DECORATORS)} Decorators go before the operator, separated by ":", e.g. "not:equal" or "everyFact:in"; they are ${listOf(DECORATOR_NAMES, 'and')}.`;
    }
  }
  if (!OPERATORS.has(operator) && extraOperators?.has(operator) !== true) {
    const known = [...OPERATORS, ...(extraOperators ?? [])];
    const where = decorators.length > 0 ? ` in "${name}"` : '';
    const alias = ALIASES.get(operator);
    const hint = alias !== undefined ? ` Did you mean "${alias}"?` : didYouMeanHint(operator, known);
    return `"${operator}"${where} is not an operator.${hint} Use one of ${listOf(known)}.`;
  }
  return undefined;
}
