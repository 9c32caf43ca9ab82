import { NUMERIC_OPERATORS } from './operator-names.ts';
import { isNumberLike, parseOperator } from './operators.ts';

export type Test = (facts: readonly unknown[]) => boolean;

type Compare = (fact: number, value: number) => boolean;

/**
 * json-rules-engine's comparison: a fact `parseFloat` reads as a number, then `<` and
 * friends with JavaScript's coercions. For a text fact against a primitive value the
 * comparison runs first: neither side can run code then, and `parseFloat` is only needed
 * when the comparison holds (`"" < 5` does, and `parseFloat("")` is NaN).
 */
function comparison(compare: Compare): (slot: number, value: unknown) => Test {
  return (slot, literal) => {
    const value = literal as number;
    if (isRiskyValue(literal)) {
      return (facts) => {
        const f = facts[slot] as number;
        return f !== undefined && isNumberLike(f) && compare(f, value);
      };
    }
    return (facts) => {
      const f = facts[slot] as number;
      if (typeof f === 'number') return compare(f, value);
      if (typeof f === 'string') return compare(f, value) && isNumberLike(f);
      return f !== undefined && isNumberLike(f) && compare(f, value);
    };
  };
}

// Plain operators with a literal value get their own closure each, so V8 sees one shape per
// call site and the per-link `undefined` checks collapse where the literal makes them moot.
const specialisations: Record<string, (slot: number, value: unknown) => Test | null> = {
  equal: (slot, value) => (facts) => facts[slot] === value,
  notEqual: (slot, value) => (facts) => {
    const f = facts[slot];
    return f !== undefined && f !== value;
  },
  lessThan: comparison((f, v) => f < v),
  lessThanInclusive: comparison((f, v) => f <= v),
  greaterThan: comparison((f, v) => f > v),
  greaterThanInclusive: comparison((f, v) => f >= v),
  in: (slot, value) => {
    if (!Array.isArray(value)) return null;
    return (facts) => {
      const f = facts[slot];
      return f !== undefined && value.indexOf(f) > -1;
    };
  },
  notIn: (slot, value) => {
    if (!Array.isArray(value)) return null;
    return (facts) => {
      const f = facts[slot];
      return f !== undefined && value.indexOf(f) === -1;
    };
  },
  contains: (slot, value) => (facts) => {
    const f = facts[slot];
    return Array.isArray(f) && f.indexOf(value) > -1;
  },
  doesNotContain: (slot, value) => (facts) => {
    const f = facts[slot];
    return Array.isArray(f) && f.indexOf(value) === -1;
  },
};

export function specialise(operator: string, slot: number, value: unknown): Test | null {
  if (!Object.hasOwn(specialisations, operator)) return null;
  return (specialisations[operator] as (slot: number, value: unknown) => Test | null)(slot, value);
}

/** Whether evaluating a condition could throw for these facts; sound, not exact (true may not throw). */
export type Risk = (facts: readonly unknown[]) => boolean;

export const alwaysRisky: Risk = () => true;

/**
 * Objects (a null-prototype one, or one whose `toString` throws) and symbols can make the
 * conversions inside `parseFloat`, `<` and `String.prototype.indexOf` throw; primitives never do.
 */
export function isRiskyValue(value: unknown): boolean {
  return (typeof value === 'object' && value !== null) || typeof value === 'symbol' || typeof value === 'function';
}

const neverThrows = new Set(['equal', 'notEqual', 'contains', 'doesNotContain']);

/**
 * When a condition with a literal value can throw at run time, as a cheap check on the
 * facts; `null` when it never can. json-rules-engine evaluates a whole priority set with
 * Promise.all, so a sibling that throws fails the rule even after another decided it: the
 * compiled short-circuit asks this before skipping a sibling.
 */
export function leafRisk(operator: string, slot: number, value: unknown): Risk | null {
  const parsed = parseOperator(operator);
  if (parsed === null) return alwaysRisky;
  const plainChain = parsed.decorators.every((decorator) => decorator === 'not' || decorator === 'someFact' || decorator === 'everyFact');
  if (!plainChain) return alwaysRisky;
  const base = parsed.operator;
  if (neverThrows.has(base)) return null;
  if (base === 'in' || base === 'notIn') {
    if (Array.isArray(value)) return null;
    if (typeof value !== 'string') return alwaysRisky;
  } else if (NUMERIC_OPERATORS.has(base) && isRiskyValue(value)) {
    return alwaysRisky;
  }
  // A comparison (or `in` on text) converts the fact value; only with a plain operator do we know it is the fact itself.
  if (parsed.decorators.some((decorator) => decorator !== 'not')) return alwaysRisky;
  return (facts) => isRiskyValue(facts[slot]);
}
