import { CONTEXT_FACTS } from '@sales-line/core/rules';
import { type Lead } from '@sales-line/core';

/** The kind of value a fact holds, which decides the operators offered and the value input. */
export type FactType = 'number' | 'text' | 'list' | 'boolean';

export interface FactOption {
  name: string;
  type: FactType;
  context: boolean;
}

const CONTEXT_TYPES: Readonly<Record<(typeof CONTEXT_FACTS)[number], FactType>> = {
  trigger: 'text',
  fromStage: 'text',
  toStage: 'text',
  toStation: 'text',
  hoursInStage: 'number',
  previousOwners: 'list',
};

const typeOfValue = (value: unknown): FactType | undefined =>
  typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : Array.isArray(value) ? 'list' : typeof value === 'string' ? 'text' : undefined;

/** The facts a rule can test: every lead field seen in the samples (typed by its first value), then the routing context. */
export function factOptions(leads: readonly Lead[]): FactOption[] {
  const seen = new Map<string, FactType>();
  for (const lead of leads) {
    // A malformed sample (null, a string) offers no fields; the dry run says what is wrong with it.
    if (lead === null || typeof lead !== 'object') continue;
    for (const [name, value] of Object.entries(lead)) {
      const type = typeOfValue(value);
      if (type !== undefined && !seen.has(name) && !Object.hasOwn(CONTEXT_TYPES, name)) seen.set(name, type);
    }
  }
  const leadFacts = [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([name, type]) => ({ name, type, context: false }));
  return [...leadFacts, ...CONTEXT_FACTS.map((name) => ({ name, type: CONTEXT_TYPES[name], context: true }))];
}

/** The type of a fact in a condition: from the options, else guessed from the value the condition compares with. */
export function factType(options: readonly FactOption[], fact: string, value: unknown): FactType {
  const known = options.find((option) => option.name === fact);
  if (known) return known.type;
  const sample = Array.isArray(value) ? value[0] : value;
  return typeOfValue(sample) ?? 'text';
}

/** Operators that fit each type of fact, in the order offered. */
export const OPERATORS_FOR: Readonly<Record<FactType, readonly string[]>> = {
  number: ['equal', 'notEqual', 'greaterThan', 'greaterThanInclusive', 'lessThan', 'lessThanInclusive', 'in', 'notIn'],
  text: ['equal', 'notEqual', 'in', 'notIn'],
  list: ['contains', 'doesNotContain'],
  boolean: ['equal', 'notEqual'],
};

/** Operators whose value is a list ("is one of"). */
export const LIST_OPERATORS: ReadonlySet<string> = new Set(['in', 'notIn']);

/** The value a condition gets when its fact or operator changes, kept when it still fits. */
export function coerceValue(value: unknown, type: FactType, operator: string): unknown {
  const one = (item: unknown): unknown => {
    if (type === 'number') {
      const number = typeof item === 'number' ? item : Number.parseFloat(String(item ?? ''));
      return Number.isFinite(number) ? number : 0;
    }
    if (type === 'boolean') return item === true || item === 'true';
    return item === undefined || item === null || typeof item === 'object' ? '' : String(item);
  };
  if (LIST_OPERATORS.has(operator)) return (Array.isArray(value) ? value : value === '' || value === undefined ? [] : [value]).map(one);
  return one(Array.isArray(value) ? value[0] : value);
}

/** Reads a list typed as "a, b, c"; numbers for a number fact. Empty items are dropped. */
export function parseListInput(text: string, type: FactType): unknown[] {
  const items = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return type === 'number' ? items.map((item) => (Number.isFinite(Number(item)) ? Number(item) : item)) : items;
}
