const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const DIGITS = /\d*/y;
const HEX = /^[0-9a-fA-F]$/;
const LITERALS = ['true', 'false', 'null'];

/** What the scanner expects next. */
type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';

/**
 * Where JSON text first goes wrong: the offset of the first character the grammar does not
 * allow there, the text's length when it ends too early, or -1 when it is valid. V8's own
 * message names no position for some errors ("Unexpected token"), so the CLI finds it here.
 * Iterative: no nesting depth can overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const closers: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  while (true) {
    skipWhitespace();
    if (i >= text.length) return expect === 'after' && closers.length === 0 ? -1 : text.length;
    const char = text[i]!;
    if (expect === 'after') {
      const closer = closers.at(-1);
      if (closer === undefined) return i;
      if (char === closer) {
        closers.pop();
        i++;
      } else if (char === ',') {
        expect = closer === '}' ? 'key' : 'value';
        i++;
      } else return i;
    } else if (expect === 'colon') {
      if (char !== ':') return i;
      expect = 'value';
      i++;
    } else if (expect === 'key' || expect === 'first-key') {
      if (expect === 'first-key' && char === '}') {
        closers.pop();
        expect = 'after';
        i++;
      } else if (char !== '"') return i;
      else {
        const end = stringEnd(text, i);
        if (end < 0) return -end - 1;
        [i, expect] = [end, 'colon'];
      }
    } else if (expect === 'first-value' && char === ']') {
      closers.pop();
      expect = 'after';
      i++;
    } else {
      const end = valueEnd(text, i);
      if (end < 0) return -end - 1;
      if (text[i] === '{' || text[i] === '[') {
        closers.push(text[i] === '{' ? '}' : ']');
        expect = text[i] === '{' ? 'first-key' : 'first-value';
      } else expect = 'after';
      i = end;
    }
  }
}

/** End of the scalar (or just past the opening bracket) at `start`; `-(bad offset) - 1` when it is not a value. */
function valueEnd(text: string, start: number): number {
  const char = text[start]!;
  if (char === '{' || char === '[') return start + 1;
  if (char === '"') return stringEnd(text, start);
  if (char === '-' || (char >= '0' && char <= '9')) return numberEnd(text, start);
  // As V8 does, a misspelt literal is wrong at its first wrong letter.
  const literal = LITERALS.find((word) => word[0] === char);
  if (literal === undefined) return -start - 1;
  for (let k = 1; k < literal.length; k++) if (text[start + k] !== literal[k]) return -(start + k) - 1;
  return start + literal.length;
}

/** End of the number at `start`; `-(bad offset) - 1` where a digit is missing (after "-", "." or an exponent). */
function numberEnd(text: string, start: number): number {
  let i = text[start] === '-' ? start + 1 : start;
  const digits = () => {
    DIGITS.lastIndex = i;
    DIGITS.test(text);
    const found = DIGITS.lastIndex > i;
    i = DIGITS.lastIndex;
    return found;
  };
  // A leading zero stands alone: "01" is the number 0, then a stray "1".
  if (text[i] === '0') i++;
  else if (!digits()) return -i - 1;
  if (text[i] === '.') {
    i++;
    if (!digits()) return -i - 1;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!digits()) return -i - 1;
  }
  return i;
}

/** End of the string opening at `start`; `-(bad offset) - 1` at a control character, a bad escape or the text's end. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') return i + 1;
    if (char < ' ') return -i - 1;
    if (char !== '\\') continue;
    const escaped = text[i + 1];
    if (escaped === 'u') {
      for (let k = i + 2; k < i + 6; k++) if (!HEX.test(text[k] ?? '')) return -k - 1;
      i += 5;
    } else if (escaped !== undefined && ESCAPES.has(escaped)) i++;
    else return -(i + 1) - 1;
  }
  return -text.length - 1;
}
