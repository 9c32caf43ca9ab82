/** json-rules-engine's built-in operators (7.3): the only ones a config may name. */
export const OPERATOR_NAMES = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type OperatorName = (typeof OPERATOR_NAMES)[number];

/** The comparisons: json-rules-engine checks both sides are numbers. */
export const NUMERIC_OPERATORS: ReadonlySet<string> = new Set<OperatorName>(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/** json-rules-engine's operator decorators, written `decorator:operator` (they chain: `not:someFact:equal`). */
export const DECORATOR_NAMES = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'] as const;
export type DecoratorName = (typeof DECORATOR_NAMES)[number];
