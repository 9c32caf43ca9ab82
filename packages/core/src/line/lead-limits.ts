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
  const tooLarge = (at: Frame | null) => issue('too-large', pathOf(at), `This lead holds more than ${fmt(limits.maxValues)} values (the limit).`);
  const fields = Array.isArray(lead) ? null : Object.keys(lead);
  if (fields !== null && fields.length > limits.maxFields) {
    return issue('too-many', [], `This lead has ${fmt(fields.length)} fields; the limit is ${fmt(limits.maxFields)}.`);
  }
  // Each value's place is its parent's frame and its key: a path is built only for the value at fault.
  const stack: Frame[] = [{ value: lead, parent: null, key: '', depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    values += 1;
    if (values > limits.maxValues) return tooLarge(null);
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        return issue('too-long', pathOf(frame), `This text is ${fmt(value.length)} characters long; the limit for a lead is ${fmt(limits.maxStringLength)}.`);
      }
      continue;
    }
    if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') continue;
    if (!Array.isArray(value) && !isPlainObject(value)) {
      const { what, fix } = nonJsonKind(value);
      return issue('not-json', pathOf(frame), `This is ${what}${fix ? `; ${fix}` : ''}. A lead holds only JSON data: text, numbers, true/false, null, lists and objects.`);
    }
    if (frame.depth >= limits.maxDepth) return issue('too-deep', pathOf(frame), `This lead nests more than ${limits.maxDepth} levels deep (the limit).`);
    const keys = Array.isArray(value) ? null : value === lead ? fields : Object.keys(value);
    if (values + stack.length + (keys ?? (value as unknown[])).length > limits.maxValues) return tooLarge(frame);
    const depth = frame.depth + 1;
    if (keys === null) {
      const items = value as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push({ value: items[i], parent: frame, key: i, depth });
      continue;
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return issue('forbidden-key', [...pathOf(frame), key], `The field name "${key}" is not allowed in a lead, because it can change how every object behaves.`);
      if (key.length > limits.maxKeyLength) return issue('too-long', [...pathOf(frame), key], `This field name is ${fmt(key.length)} characters long; the limit is ${limits.maxKeyLength}.`);
      stack.push({ value: (value as Record<string, unknown>)[key], parent: frame, key, depth });
    }
  }
  return undefined;
}

interface Frame {
  value: unknown;
  parent: Frame | null;
  key: string | number;
  depth: number;
}

function pathOf(frame: Frame | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = frame; at !== null && at.parent !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

function issue(code: string, path: (string | number)[], message: string): ConfigIssue {
  return { code, path, message };
}
