import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFactPath } from '../../src/config/fact-path.ts';
import { parsePath, resolvePath } from '../../src/rules/resolve-path.ts';

describe('resolvePath', () => {
  const company = { company: { size: 1200, tags: ['a', 'b'], 'first name': 'Ada' } };

  it('reads plain property paths from the $ root', () => {
    expect(resolvePath(company, '$.company.size')).toBe(1200);
    expect(resolvePath(company, '$.company.tags[1]')).toBe('b');
  });

  it('resolves no path that validation refuses: no bare first step, quoted name or lone $', () => {
    for (const path of ['company.size', "$.company['first name']", '$', '$.company.__proto__', '$.company.constructor']) {
      expect(parseFactPath(path).ok, path).toBe(false);
      expect(resolvePath(company, path), path).toBeUndefined();
    }
  });

  it('accepts exactly the paths validation accepts, with the same steps', () => {
    const piece = fc.constantFrom('$', '.', '[', ']', '0', '12', 'a', 'size', '-', '_', "'", '*', '..', '?', '(', ')', '@', ' ', '$.x', '[1]', '__proto__');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const path = pieces.join('');
        const validated = parseFactPath(path);
        expect(parsePath(path)).toEqual(validated.ok ? validated.segments : null);
      }),
    );
  });

  it('returns undefined when a step is absent or walks into a primitive', () => {
    expect(resolvePath(company, '$.company.revenue')).toBeUndefined();
    expect(resolvePath(company, '$.company.size.value')).toBeUndefined();
    expect(resolvePath(company, '$.company.tags[5]')).toBeUndefined();
    expect(resolvePath(null, '$.a')).toBeUndefined();
  });

  it('never walks into a prototype', () => {
    expect(resolvePath({}, '$.constructor')).toBeUndefined();
    expect(resolvePath({}, '$.__proto__')).toBeUndefined();
    expect(resolvePath({}, '$.constructor.prototype')).toBeUndefined();
    expect(resolvePath('text', '$.length')).toBeUndefined();
  });

  it('refuses jsonpath syntax instead of interpreting it', () => {
    for (const path of ['$..size', '$.*', '$.tags[?(@.x)]', '$..[?(@.constructor)]', '$.a[0:2]', '$.a[-1]', '$[(1+1)]', 'a..b', '']) {
      expect(parsePath(path), path).toBeNull();
    }
    let ran = false;
    (globalThis as { __pathProbe?: () => void }).__pathProbe = () => (ran = true);
    expect(resolvePath({ a: 1 }, "$..[?(@.constructor[( @.getPrototypeOf(@).constructor('globalThis.__pathProbe()')() )])]")).toBeUndefined();
    expect(ran).toBe(false);
  });

  it('agrees with a plain walk for any own-property path', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/);
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 4 }), fc.integer(), (keys, leaf) => {
        const value = keys.reduceRight<unknown>((inner, name) => ({ [name]: inner }), leaf);
        expect(resolvePath(value, `$.${keys.join('.')}`)).toBe(leaf);
      }),
    );
  });
});
