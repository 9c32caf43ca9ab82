import { parseFactPath } from '../config/fact-path.ts';

/** One step of a parsed path: a property name or an array index. */
export type PathSegment = string | number;

/**
 * Parses a path into property steps with the one grammar validation uses
 * (`parseFactPath`): `$` then `.name` and `[index]` steps. Returns `null` for anything
 * else — jsonpath filters, wildcards, recursive descent and scripts, but also quoted names,
 * a missing `$` and forbidden names — so a path validation refuses never resolves at run
 * time either, and a user path never reaches jsonpath.
 */
export function parsePath(path: string): PathSegment[] | null {
  const parsed = parseFactPath(path);
  return parsed.ok ? parsed.segments : null;
}

/**
 * Walks parsed segments through own properties only, so `__proto__`, `constructor` and
 * friends never reach a prototype. Anything absent (or a step into a primitive) is `undefined`.
 */
export function resolveSegments(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/**
 * The safe resolver handed to json-rules-engine as `pathResolver` and used by the compiler.
 * An unparseable path resolves to `undefined` (validation refuses such paths up front).
 */
export function resolvePath(value: unknown, path: string): unknown {
  // A `{ fact, path }` value is free JSON, so its path may be any type: not a path at all.
  if (typeof path !== 'string') return undefined;
  const segments = parsePath(path);
  return segments === null ? undefined : resolveSegments(value, segments);
}
