import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { jsonPathRange, offsetAt } from './json-path-range.ts';

type Path = (string | number)[];

/** Every path in a parsed JSON value, the root's `[]` included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (value !== null && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return [path];
}

const at = (value: unknown, path: Path): unknown => path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], value);

describe('jsonPathRange', () => {
  it('gives, for every path in any JSON document however indented, a range whose text parses to the value at that path', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const parsed = JSON.parse(text) as unknown;
        for (const path of pathsOf(parsed)) {
          const range = jsonPathRange(text, path)!;
          expect(range.depth, JSON.stringify(path)).to.equal(path.length);
          expect(JSON.parse(text.slice(range.from, range.to)), JSON.stringify(path)).to.deep.equal(at(parsed, path));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stops at the deepest value a path reaches when the rest is missing', () => {
    const text = '{"routing": {"rules": [{"name": "a"}]}}';
    const range = jsonPathRange(text, ['routing', 'rules', 0, 'event', 'params'])!;
    expect(text.slice(range.from, range.to)).to.equal('{"name": "a"}');
    expect(range.depth).to.equal(3);
    expect(jsonPathRange(text, ['routing', 'rules', 5])!.depth).to.equal(2);
    expect(jsonPathRange(text, ['routing', 'rules', '0'])!.depth, 'a key is not an index').to.equal(2);
  });

  it('reads keys with escapes, and takes the last of duplicate keys as JSON.parse does', () => {
    const text = '{"a\\"b": 1, "x": [1], "x": {"y": true}}';
    const quoted = jsonPathRange(text, ['a"b'])!;
    expect(text.slice(quoted.from, quoted.to)).to.equal('1');
    const last = jsonPathRange(text, ['x', 'y'])!;
    expect(text.slice(last.from, last.to)).to.equal('true');
  });

  it('gives undefined for text that is not JSON', () => {
    for (const text of ['', '{', '{"a": }', '[1,]', '{"a": 1} x', 'nul', '{"a" 1}']) expect(jsonPathRange(text, ['a']), text).to.equal(undefined);
  });

  it('turns a 1-based line and column into an offset', () => {
    const text = '{\n  "a": x\n}';
    expect(offsetAt(text, 2, 8)).to.equal(text.indexOf('x'));
    expect(offsetAt(text, 9, 1)).to.equal(text.length);
  });
});
