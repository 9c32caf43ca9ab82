import { CONFIG_LIMITS, FORBIDDEN_KEYS } from './limits.ts';

export type FactPathResult = { ok: true; segments: (string | number)[] } | { ok: false; reason: string };

const EXAMPLE = 'e.g. "$.company.size" or "$.tags[0]"';
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*/;
const INDEX = /^\[(0|[1-9][0-9]{0,8})\]/;

/**
 * Parses a condition's `path` into plain property steps, or says why it is refused.
 *
 * This is a security boundary: json-rules-engine hands `path` to jsonpath-plus, whose
 * filter and script syntax runs code (escapes unfixed in 10.4). Only `$` followed by
 * `.name` and `[index]` steps is accepted; the rules module resolves the steps itself, and
 * its `parsePath` is this function, so run time resolves exactly the paths validation accepts.
 */
export function parseFactPath(path: string): FactPathResult {
  if (path.length > CONFIG_LIMITS.maxPathLength) {
    return refuse(`it is ${path.length} characters long; the limit is ${CONFIG_LIMITS.maxPathLength}`);
  }
  const unsafe = UNSAFE_SYNTAX.find(([syntax]) => syntax.test(path));
  if (unsafe !== undefined) return refuse(unsafe[1]);
  if (!path.startsWith('$')) return refuse(`start it with "$", ${EXAMPLE}`);
  const segments: (string | number)[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    if (rest.startsWith('.')) {
      const name = NAME.exec(rest.slice(1))?.[0];
      if (name === undefined) return refuse(`after "." write a property name made of letters, digits, "_" or "-", ${EXAMPLE}`);
      if (FORBIDDEN_KEYS.has(name)) return refuse(`"${name}" is not allowed in a path`);
      segments.push(name);
      rest = rest.slice(1 + name.length);
    } else if (rest.startsWith('[')) {
      const index = INDEX.exec(rest);
      if (index === null) return refuse(`inside [ ] only a list position such as [0] is allowed; write names with ".", ${EXAMPLE}`);
      segments.push(Number(index[1]));
      rest = rest.slice(index[0].length);
    } else {
      return refuse(`only ".name" and "[0]" steps may follow "$", ${EXAMPLE}`);
    }
    if (segments.length > CONFIG_LIMITS.maxPathSegments) return refuse(`it has more than ${CONFIG_LIMITS.maxPathSegments} steps`);
  }
  if (segments.length === 0) return refuse(`name at least one property after "$", ${EXAMPLE}`);
  return { ok: true, segments };
}

/** The syntax jsonpath-plus would execute or expand, each with a reason that says what to remove. */
const UNSAFE_SYNTAX: readonly [RegExp, string][] = [
  [/\.\./, `recursive search ("..") is not allowed; name each step, ${EXAMPLE}`],
  [/\*/, `wildcards ("*") are not allowed; name each step, ${EXAMPLE}`],
  [/[?()@]/, 'filters and scripts ("?(…)", "(…)", "@") are not allowed; a path may only name properties and list positions'],
  [/['"`\\]/, `quoted names are not supported; use plain names, ${EXAMPLE}`],
  [/[~^%]/, `"~", "^" and "%" are not allowed; use plain names, ${EXAMPLE}`],
];

function refuse(reason: string): FactPathResult {
  return { ok: false, reason };
}
