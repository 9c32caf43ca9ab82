/** A span of text: `from` inclusive, `to` exclusive, in UTF-16 code units (as the editor counts). */
export interface TextRange {
  from: number;
  to: number;
}

/** Where a path leads in JSON text: the range of the deepest value it reaches, and how many of its steps it got through. */
export interface PathRange extends TextRange {
  /** `depth === path.length` when the whole path exists; less when it names a missing key (a validation issue often does). */
  depth: number;
}

class Malformed extends Error {}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];

function skip(text: string, at: number): number {
  while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  return at;
}

function endOfString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  throw new Malformed();
}

function endOfNumber(text: string, at: number): number {
  const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
  if (!match) throw new Malformed();
  return at + match[0].length;
}

/** Calls `visit(key, from, to)` for each member of the object or array that starts at `at`; returns its end. */
function members(text: string, at: number, visit?: (key: string | number, from: number, to: number) => void): number {
  const close = text[at] === '{' ? '}' : ']';
  let i = skip(text, at + 1);
  if (text[i] === close) return i + 1;
  for (let index = 0; ; index++) {
    let key: string | number = index;
    if (close === '}') {
      if (text[i] !== '"') throw new Malformed();
      const keyEnd = endOfString(text, i);
      key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skip(text, keyEnd);
      if (text[i] !== ':') throw new Malformed();
      i = skip(text, i + 1);
    }
    const end = endOfValue(text, i);
    visit?.(key, i, end);
    i = skip(text, end);
    if (text[i] === close) return i + 1;
    if (text[i] !== ',') throw new Malformed();
    i = skip(text, i + 1);
  }
}

function endOfValue(text: string, at: number): number {
  const c = text[at];
  if (c === '{' || c === '[') return members(text, at);
  if (c === '"') return endOfString(text, at);
  const literal = LITERALS.find((word) => text.startsWith(word, at));
  return literal ? at + literal.length : endOfNumber(text, at);
}

/** The value's range inside the container at `from`, by key (last one wins, as in `JSON.parse`) or index. */
function child(text: string, from: number, step: string | number): TextRange | undefined {
  const isObject = text[from] === '{';
  if (!isObject && text[from] !== '[') return undefined;
  let found: TextRange | undefined;
  members(text, from, (key, start, end) => {
    if (isObject ? key === String(step) : key === step) found = { from: start, to: end };
  });
  return found;
}

/**
 * Maps a validation issue's `path` (keys and indexes) to the text of the value it names, so
 * the JSON tab can mark it. A path that runs past what exists (a missing key) ends at the
 * deepest value it reaches. `undefined` when the text is not JSON.
 */
export function jsonPathRange(text: string, path: readonly PropertyKey[]): PathRange | undefined {
  try {
    const from = skip(text, 0);
    let range: TextRange = { from, to: endOfValue(text, from) };
    if (skip(text, range.to) !== text.length) return undefined;
    let depth = 0;
    for (const step of path) {
      if (typeof step === 'symbol') break;
      const next = child(text, range.from, step);
      if (next === undefined) break;
      range = next;
      depth++;
    }
    return { ...range, depth };
  } catch (error) {
    // RangeError: nesting deeper than the stack; such a document is refused by validation anyway.
    if (error instanceof Malformed || error instanceof SyntaxError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The offset of a 1-based line and column, for a parse error's position. */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}
