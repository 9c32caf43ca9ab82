/** Guards for reading a document that has passed the limits check but not the shape check. */

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function hasOwn(object: object, key: string): boolean {
  return Object.hasOwn(object, key);
}

/** The own value of `key`, or `undefined` (never an inherited one). */
export function own(object: unknown, key: string): unknown {
  return isPlainObject(object) && hasOwn(object, key) ? object[key] : undefined;
}

/** The value at `path`, or `undefined` when any step is missing. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const segment of path) current = typeof segment === 'string' ? own(current, segment) : Array.isArray(current) ? current[segment] : undefined;
  return current;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** What a value that is not JSON data is, and how to write it instead, for messages about leads and configs. */
export function nonJsonKind(value: unknown): { what: string; fix?: string } {
  if (typeof value === 'function') return { what: 'a function, not data' };
  if (typeof value === 'bigint') return { what: 'a bigint', fix: 'write it as an ordinary number or as text' };
  if (typeof value === 'symbol') return { what: 'a symbol, not data' };
  if (value instanceof Date) return { what: 'a Date object', fix: 'write dates as text, such as "2026-01-31"' };
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return { what: typeof name === 'string' && name !== '' ? `a ${name} object` : 'not a plain object' };
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/**
 * Replaces the nested lists and objects of a fresh top-level copy (what zod's loose objects
 * return) with copies, so freezing the record does not freeze the caller's own data.
 */
export function detachNested<T extends JsonObject>(copy: T): T {
  for (const key of Object.keys(copy)) {
    const value = copy[key];
    if (typeof value === 'object' && value !== null) (copy as JsonObject)[key] = structuredClone(value);
  }
  return copy;
}
