import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets, validateConfig, type ConfigIssue } from '../../src/index.ts';

/** An issue's path must lead into the input, except that its last step may name a missing key. */
function pathResolves(input: unknown, path: readonly (string | number)[]): boolean {
  let current = input;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof current !== 'object' || current === null) return false;
    const exists = Object.prototype.hasOwnProperty.call(current, segment);
    if (!exists) return i === path.length - 1;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return true;
}

function expectWellFormed(input: unknown, issues: ConfigIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.code).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(pathResolves(input, issue.path), `${issue.code} at ${JSON.stringify(issue.path)}`).toBe(true);
  }
}

type Step = { pick: number; op: 'delete' | 'replace' | 'insert'; key: string; value: unknown };

const KEYS = ['vaule', 'all', 'any', 'not', 'condition', 'fact', 'operator', 'value', 'path', 'stage', 'station', 'to', 'then', 'priority', 'name', 'id', 'stages', '__proto__', 'constructor'];
const INTERESTING = ['new', 'hunter', 'lost', 'onboarding', 'isInbound', 'equal', 'in', 'not:equal', 'someValue:in', '$..x', '$.a[0]', 'PT5M', 'move', 'reroute', 0, -1, 1.5, 140, null, true, [], {}];
const valueArb = fc.oneof(fc.constantFrom<unknown>(...INTERESTING), fc.jsonValue({ maxDepth: 3 }));
const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'insert'),
  key: fc.constantFrom(...KEYS),
  value: valueArb,
});

/** Every (container, key) pair in the document, so a mutation can land anywhere, deep or shallow. */
function slots(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      out.push([node as Record<string | number, unknown>, key]);
      stack.push((node as Record<string | number, unknown>)[key]);
    }
  }
  return out;
}

function mutate(doc: unknown, steps: Step[]): unknown {
  for (const step of steps) {
    const all = slots(doc);
    if (all.length === 0) return doc;
    const [container, key] = all[step.pick % all.length]!;
    const value = structuredClone(step.value);
    if (step.op === 'delete') {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete container[key];
    } else if (step.op === 'replace') {
      container[key] = value;
    } else {
      const target = container[key];
      if (Array.isArray(target)) target.push(value);
      // defineProperty makes "__proto__" an own key, as JSON.parse does.
      else if (typeof target === 'object' && target !== null) Object.defineProperty(target, step.key, { value, enumerable: true, writable: true, configurable: true });
      else container[key] = { [step.key]: value };
    }
  }
  return doc;
}

describe('validateConfig properties', () => {
  it('never throws on any JSON value and answers with issues that point into it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateConfig(input);
        if (!result.ok) expectWellFormed(input, result.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on values that are not JSON at all', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), (input) => {
        const result = validateConfig(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.keys(presets) as (keyof typeof presets)[])('never throws on the %s preset mutated deep inside, and every issue points into it', (name) => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 4 }), (steps) => {
        const doc = mutate(structuredClone(presets[name]), steps);
        const result = validateConfig(doc);
        if (!result.ok) expectWellFormed(doc, result.issues);
      }),
      { numRuns: 250 },
    );
  });

  it('accepts what it returns: a validated config validates again to the same config', () => {
    for (const preset of Object.values(presets)) {
      const first = validateConfig(preset);
      expect(first.ok).toBe(true);
      if (!first.ok) continue;
      expect(validateConfig(first.config)).toEqual(first);
      expect(first.config).toEqual(preset);
    }
  });
});
