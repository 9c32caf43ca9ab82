import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../src/json-error-offset.ts';

/** JSON text with one character changed, inserted or removed, or cut off: mostly broken, sometimes still valid. */
const damagedJson = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom('insert', 'replace', 'remove', 'cut'), fc.constantFrom(...'{}[],:"\\ -0123.eE+tfnu\n\u0001x'))
  .map(([text, at, edit, char]) => {
    const i = at % (text.length + 1);
    if (edit === 'insert') return text.slice(0, i) + char + text.slice(i);
    if (edit === 'replace') return text.slice(0, i) + char + text.slice(i + 1);
    if (edit === 'remove') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i);
  });

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonErrorOffset', () => {
  it('answers -1 exactly for the texts JSON.parse accepts', () => {
    fc.assert(fc.property(damagedJson, (text) => (jsonErrorOffset(text) === -1) === parses(text)), { numRuns: 5000 });
  });

  it('finds the offset V8 names whenever V8 names one', () => {
    fc.assert(
      fc.property(damagedJson, (text) => {
        try {
          JSON.parse(text);
        } catch (error) {
          const position = /at position (\d+)/.exec((error as Error).message);
          if (position) expect(jsonErrorOffset(text)).toBe(Number(position[1]));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('points at the first wrong character, and at the end of a cut-off text', () => {
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": "x\\q"}')).toBe(9);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{} {}')).toBe(3);
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('[1.5e+]')).toBe(6);
    expect(jsonErrorOffset('[01]')).toBe(2);
  });

  it('scans any nesting depth without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000) + ',';
    expect(jsonErrorOffset(deep)).toBe(deep.length - 1);
  });
});
