import { isNumberLike, parseOperator } from './operators.ts';

export type Test = (facts: readonly unknown[]) => boolean;

// Plain operators with a literal value get their own closure each, so V8 sees one shape per
// call site and the per-link `undefined` checks collapse where the literal makes them moot.
const specialisations: Record<string, (slot: number, value: unknown) => Test | null> = {
  equal: (slot, value) => (facts) => facts[slot] === value,
  notEqual: (slot, value) => (facts) => {
    const f = facts[slot];
    return f !== undefined && f !== value;
  },
  lessThan: (slot, value) => (facts) => {
    const f = facts[slot] as number;
    return typeof f === 'number' ? f < (value as number) : f !== undefined && isNumberLike(f) && f < (value as number);
  },
  lessThanInclusive: (slot, value) => (facts) => {
    const f = facts[slot] as number;
    return typeof f === 'number' ? f <= (value as number) : f !== undefined && isNumberLike(f) && f <= (value as number);
  },
  greaterThan: (slot, value) => (facts) => {
    const f = facts[slot] as number;
    return typeof f === 'number' ? f > (value as number) : f !== undefined && isNumberLike(f) && f > (value as number);
  },
  greaterThanInclusive: (slot, value) => (facts) => {
    const f = facts[slot] as number;
    return typeof f === 'number' ? f >= (value as number) : f !== undefined && isNumberLike(f) && f >= (value as number);
  },
  in: (slot, value) => {
    if (!Array.isArray(value)) return null;
    if (value.length > 8 && value.every((item) => item === null || typeof item !== 'object')) {
      const members = new Set(value);
      return (facts) => {
        const f = facts[slot];
        return f !== undefined && members.has(f);
      };
    }
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

/** Whether a literal value proves the operator chain cannot throw (only `in`/`notIn` and `someValue`/`everyValue` can). */
export function literalIsSafe(operator: string, value: unknown): boolean {
  const parsed = parseOperator(operator);
  if (parsed === null) return false;
  const safe = (depth: number, current: unknown): boolean => {
    const decorator = parsed.decorators[depth];
    if (decorator === undefined) {
      return parsed.operator !== 'in' && parsed.operator !== 'notIn' ? true : typeof current === 'string' || Array.isArray(current);
    }
    if (decorator === 'swap') return false;
    if (decorator === 'someValue' || decorator === 'everyValue') {
      return Array.isArray(current) && current.every((item) => safe(depth + 1, item));
    }
    return safe(depth + 1, current);
  };
  return safe(0, value);
}

