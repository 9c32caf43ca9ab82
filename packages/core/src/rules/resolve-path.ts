/** One step of a parsed path: a property name or an array index. */
export type PathSegment = string | number;

const SEGMENT = /\.([\w$-]+)|\[(\d+)\]|\['([^'\\]*)'\]|\["([^"\\]*)"\]/y;
const FIRST_BARE = /^[\w-][\w$-]*/;

/**
 * Parses a plain property path: `$.company.size`, `$.tags[0]`, `$['first name']` or
 * `company.size`. Returns `null` for anything else (filters, wildcards, recursive descent,
 * scripts): those are jsonpath syntax, and a user path must never reach jsonpath.
 */
export function parsePath(path: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  let position = 0;
  if (path.startsWith('$')) position = 1;
  else {
    const bare = FIRST_BARE.exec(path);
    if (bare === null) return null;
    segments.push(bare[0]);
    position = bare[0].length;
  }
  while (position < path.length) {
    SEGMENT.lastIndex = position;
    const match = SEGMENT.exec(path);
    if (match === null) return null;
    const [, dotted, index, single, double] = match;
    segments.push(index !== undefined ? Number(index) : (dotted ?? single ?? double ?? ''));
    position = SEGMENT.lastIndex;
  }
  return segments;
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
