import { SalesLineError } from '../errors.ts';
import type { DecoratorName, OperatorName } from './operator-names.ts';

export type OperatorEvaluate = (factValue: unknown, value: unknown) => boolean;

/** An operator as json-rules-engine 7.3 defines it: a fact validator, then the comparison. */
export interface OperatorSpec {
  validate: (factValue: unknown) => boolean;
  evaluate: OperatorEvaluate;
}

/** A decorator wraps the next operator in the chain (`not:someFact:equal`). */
export interface DecoratorSpec {
  validate: (factValue: unknown) => boolean;
  evaluate: (factValue: unknown, value: unknown, next: OperatorEvaluate) => boolean;
}

const always = (): boolean => true;
const isArray = (value: unknown): boolean => Array.isArray(value);

/** json-rules-engine's check: `parseFloat` must not give NaN, so "100", "12abc" and [5] pass. */
export function isNumberLike(factValue: unknown): boolean {
  return typeof factValue === 'number' ? !Number.isNaN(factValue) : !Number.isNaN(Number.parseFloat(factValue as string));
}

type Indexable = { indexOf(item: unknown): number };
type Iterable = { some(test: (item: unknown) => boolean): boolean; every(test: (item: unknown) => boolean): boolean };

// json-rules-engine calls `b.indexOf` / `value.some` unguarded and the run rejects with a
// TypeError; we throw the same failure with a message that names the operator.
function indexable(operator: string, value: unknown): Indexable {
  if (typeof (value as Partial<Indexable> | null | undefined)?.indexOf === 'function') return value as Indexable;
  throw new SalesLineError('rule-runtime', `Operator "${operator}" needs a list or text to search in, got ${describeType(value)}.`);
}
function iterable(decorator: string, value: unknown): Iterable {
  if (typeof (value as Partial<Iterable> | null | undefined)?.some === 'function') return value as Iterable;
  throw new SalesLineError('rule-runtime', `Decorator "${decorator}" needs a list as the condition's value, got ${describeType(value)}.`);
}
function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** json-rules-engine 7.3's default operators, quirks included: `in` with text does substring matching. */
export const OPERATORS: Readonly<Record<OperatorName, OperatorSpec>> = {
  equal: { validate: always, evaluate: (a, b) => a === b },
  notEqual: { validate: always, evaluate: (a, b) => a !== b },
  in: { validate: always, evaluate: (a, b) => indexable('in', b).indexOf(a) > -1 },
  notIn: { validate: always, evaluate: (a, b) => indexable('notIn', b).indexOf(a) === -1 },
  contains: { validate: isArray, evaluate: (a, b) => (a as unknown[]).indexOf(b) > -1 },
  doesNotContain: { validate: isArray, evaluate: (a, b) => (a as unknown[]).indexOf(b) === -1 },
  lessThan: { validate: isNumberLike, evaluate: (a, b) => (a as number) < (b as number) },
  lessThanInclusive: { validate: isNumberLike, evaluate: (a, b) => (a as number) <= (b as number) },
  greaterThan: { validate: isNumberLike, evaluate: (a, b) => (a as number) > (b as number) },
  greaterThanInclusive: { validate: isNumberLike, evaluate: (a, b) => (a as number) >= (b as number) },
};

/** json-rules-engine 7.3's default decorators. */
export const DECORATORS: Readonly<Record<DecoratorName, DecoratorSpec>> = {
  someFact: { validate: isArray, evaluate: (f, v, next) => (f as unknown[]).some((item) => next(item, v)) },
  someValue: { validate: always, evaluate: (f, v, next) => iterable('someValue', v).some((item) => next(f, item)) },
  everyFact: { validate: isArray, evaluate: (f, v, next) => (f as unknown[]).every((item) => next(item, v)) },
  everyValue: { validate: always, evaluate: (f, v, next) => iterable('everyValue', v).every((item) => next(f, item)) },
  swap: { validate: always, evaluate: (f, v, next) => next(v, f) },
  not: { validate: always, evaluate: (f, v, next) => !next(f, v) },
};

export interface ParsedOperator {
  /** Outermost first: `not:someFact:equal` → ['not', 'someFact']. */
  decorators: DecoratorName[];
  operator: OperatorName;
}

/** Splits a decorated operator name the way json-rules-engine's OperatorMap.get does; `null` when unknown. */
export function parseOperator(name: string): ParsedOperator | null {
  const decorators: DecoratorName[] = [];
  let rest = name;
  while (!Object.hasOwn(OPERATORS, rest)) {
    const colon = rest.indexOf(':');
    if (colon <= 0) return null;
    const decorator = rest.slice(0, colon);
    if (!Object.hasOwn(DECORATORS, decorator)) return null;
    decorators.push(decorator as DecoratorName);
    rest = rest.slice(colon + 1);
  }
  return { decorators, operator: rest as OperatorName };
}

/**
 * Our missing-fact rule, applied at every link of the chain exactly as the reference run
 * registers it with json-rules-engine: a link whose fact side or value side is `undefined`
 * is false. So a condition on a missing fact (or a `{ fact }` value reference to one) is
 * false, decorated or not, instead of `notEqual` being true on nothing.
 */
export function definedOperator(spec: OperatorSpec): OperatorEvaluate {
  const { validate, evaluate } = spec;
  return (f, v) => f !== undefined && validate(f) && v !== undefined && evaluate(f, v);
}

export function definedDecorator(spec: DecoratorSpec, next: OperatorEvaluate): OperatorEvaluate {
  const { validate, evaluate } = spec;
  return (f, v) => f !== undefined && validate(f) && v !== undefined && evaluate(f, v, next);
}

/** The full evaluator of a (decorated) operator name, or `null` when it is not a json-rules-engine operator. */
export function composeOperator(name: string): OperatorEvaluate | null {
  const parsed = parseOperator(name);
  if (parsed === null) return null;
  let evaluate = definedOperator(OPERATORS[parsed.operator]);
  for (let i = parsed.decorators.length - 1; i >= 0; i--) {
    evaluate = definedDecorator(DECORATORS[parsed.decorators[i] as DecoratorName], evaluate);
  }
  return evaluate;
}
