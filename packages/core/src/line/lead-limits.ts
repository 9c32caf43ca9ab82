import type { ConfigIssue } from '../errors.ts';
import { formatCount as fmt, isPlainObject, nonJsonKind } from '../config/json-guards.ts';
import { FORBIDDEN_KEYS } from '../config/limits.ts';

/**
 * The limits every lead must stay within. Leads come from web forms and imports, so a
 * hostile or broken one must be refused before routing copies, freezes or walks it.
 * Documented in docs/security.md.
 */
export const LEAD_LIMITS = Object.freeze({
  /** Fields of the lead itself (its facts). */
  maxFields: 1_000,
  /** Values of any kind in the whole lead, nested ones included. */
  maxValues: 10_000,
  /** How deeply objects and lists may nest inside a lead. */
  maxDepth: 16,
  /** Characters in one piece of text (100 KB of notes is plenty for a lead). */
  maxStringLength: 100_000,
  /** Characters in one field name. */
  maxKeyLength: 200,
});

export type LeadLimits = typeof LEAD_LIMITS;

/**
 * One bounded, iterative walk over a lead (no recursion, so a 10,000-deep lead cannot
 * overflow the stack). Returns the first problem found, or `undefined` when the lead is
 * within the limits; anything but an object is left to the schema. Refuses what is not JSON
 * data (functions, bigints, Maps, Dates, typed arrays: routing copies, freezes and prints a
 * lead, and those break it), and refuses `__proto__`, `constructor` and `prototype` as field
 * names anywhere: they reach `Object.prototype` when a host or library copies the lead naively.
 */
export function leadLimitIssue(lead: unknown, limits: LeadLimits = LEAD_LIMITS): ConfigIssue | undefined {
  if (lead === null || typeof lead !== 'object') return undefined;
  const tooLarge = (path: (string | number)[]) => issue('too-large', path, `This lead holds more than ${fmt(limits.maxValues)} values (the limit).`);
  if (!Array.isArray(lead) && Object.keys(lead).length > limits.maxFields) {
    return issue('too-many', [], `This lead has ${fmt(Object.keys(lead).length)} fields; the limit is ${fmt(limits.maxFields)}.`);
  }
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: lead, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    values += 1;
    if (values > limits.maxValues) return tooLarge([]);
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        return issue('too-long', path, `This text is ${fmt(value.length)} characters long; the limit for a lead is ${fmt(limits.maxStringLength)}.`);
      }
      continue;
    }
    if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') continue;
    if (!Array.isArray(value) && !isPlainObject(value)) {
      const { what, fix } = nonJsonKind(value);
      return issue('not-json', path, `This is ${what}${fix ? `; ${fix}` : ''}. A lead holds only JSON data: text, numbers, true/false, null, lists and objects.`);
    }
    if (path.length >= limits.maxDepth) return issue('too-deep', path, `This lead nests more than ${limits.maxDepth} levels deep (the limit).`);
    const keys = Array.isArray(value) ? null : Object.keys(value);
    if (values + stack.length + (keys ?? (value as unknown[])).length > limits.maxValues) return tooLarge(path);
    if (keys === null) {
      const items = value as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push({ value: items[i], path: [...path, i] });
      continue;
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return issue('forbidden-key', [...path, key], `The field name "${key}" is not allowed in a lead, because it can change how every object behaves.`);
      if (key.length > limits.maxKeyLength) return issue('too-long', [...path, key], `This field name is ${fmt(key.length)} characters long; the limit is ${limits.maxKeyLength}.`);
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}

function issue(code: string, path: (string | number)[], message: string): ConfigIssue {
  return { code, path, message };
}
