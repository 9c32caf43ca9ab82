/**
 * For tools that write or show rules (the rule editor): operators,
 * routing-context facts, plain-language descriptions and the condition checker.
 *
 * @module @sales-line/core/rules
 */
export { describeCondition, describeMatch, describeMiss, formatValue } from './rules/describe-condition.ts';
export { OPERATORS, DECORATORS, parseOperator, composeOperator } from './rules/operators.ts';
export type { OperatorSpec, DecoratorSpec, ParsedOperator } from './rules/operators.ts';
export { CONTEXT_FACTS } from './rules/routing-facts.ts';
export { checkConditions } from './config/check-conditions.ts';
export type { ConditionCheckContext, ConditionKind } from './config/check-conditions.ts';
export { parseFactPath } from './config/fact-path.ts';
export type { FactPathResult } from './config/fact-path.ts';
