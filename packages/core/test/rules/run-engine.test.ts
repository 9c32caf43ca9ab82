import { describe, expect, it } from 'vitest';
import type { TopLevelCondition } from '../../src/config/condition-schema.ts';
import { createReferenceEngine, runEngine, type RuleLike } from '../../src/rules/run-engine.ts';

function rule(name: string, conditions: TopLevelCondition, priority = 1): RuleLike {
  return { name, priority, conditions };
}

describe('the reference engine (json-rules-engine)', () => {
  it('treats a condition on a missing fact as false instead of rejecting the run', async () => {
    const results = await runEngine(
      [
        rule('not-equal-on-nothing', { all: [{ fact: 'industry', operator: 'notEqual', value: 'retail' }] }),
        rule('not-in-on-nothing', { all: [{ fact: 'industry', operator: 'notIn', value: ['retail'] }] }),
        rule('decorated', { all: [{ fact: 'industry', operator: 'not:equal', value: 'retail' }] }),
        rule('reference-to-nothing', { all: [{ fact: 'industry', operator: 'notEqual', value: { fact: 'budget' } }] }),
      ],
      {},
      { id: 'l1', industry: undefined },
    );
    expect(results.map((result) => result.matched)).toEqual([false, false, false, false]);
    expect(results.every((result) => result.error === undefined)).toBe(true);
  });

  it('still matches a not around a condition on a missing fact', async () => {
    const [result] = await runEngine([rule('not-fintech', { not: { fact: 'industry', operator: 'equal', value: 'fintech' } })], {}, { id: 'l1' });
    expect(result?.matched).toBe(true);
  });

  it('keeps the other rules when one rule fails at run time', async () => {
    const results = await runEngine(
      [
        rule('bad-in', { all: [{ fact: 'region', operator: 'in', value: 5 }] }),
        rule('good', { all: [{ fact: 'region', operator: 'equal', value: 'EMEA' }] }),
        rule('unknown-operator', { all: [{ fact: 'region', operator: 'near', value: 'EMEA' }] }),
        rule('unknown-reference', { condition: 'nope' }),
      ],
      {},
      { id: 'l1', region: 'EMEA' },
    );
    expect(results.map((result) => result.matched)).toEqual([false, true, false, false]);
    expect(results[0]?.error).toMatch(/indexOf/);
    expect(results[1]?.error).toBeUndefined();
    expect(results[2]?.error).toMatch(/Unknown operator/);
    expect(results[3]?.error).toMatch(/No condition nope/);
  });

  it('resolves paths with the safe resolver, never jsonpath', async () => {
    (globalThis as { __enginePathProbe?: boolean }).__enginePathProbe = false;
    const payload = "$..[?(@.constructor[( @.getPrototypeOf(@).constructor('globalThis.__enginePathProbe = true')() )])]";
    const results = await runEngine(
      [
        rule('size', { all: [{ fact: 'company', path: '$.size', operator: 'greaterThan', value: 100 }] }),
        rule('attack', { all: [{ fact: 'company', path: payload, operator: 'notEqual', value: 1 }] }),
        rule('prototype', { all: [{ fact: 'company', path: '$.constructor', operator: 'notEqual', value: 1 }] }),
      ],
      {},
      { id: 'l1', company: { size: 500 } },
    );
    expect(results.map((result) => result.matched)).toEqual([true, false, false]);
    expect((globalThis as { __enginePathProbe?: boolean }).__enginePathProbe).toBe(false);
  });

  it('uses named shared conditions', async () => {
    const engine = createReferenceEngine([rule('hot', { condition: 'isHot' })], {
      isHot: { any: [{ fact: 'score', operator: 'greaterThanInclusive', value: 80 }] },
    });
    expect((await engine.run({ id: 'a', score: 90 }))[0]?.matched).toBe(true);
    expect((await engine.run({ id: 'b', score: 10 }))[0]?.matched).toBe(false);
  });

  it('lets the routing context override a lead field of the same name', async () => {
    const engine = createReferenceEngine([rule('deadline', { all: [{ fact: 'trigger', operator: 'equal', value: 'deadline' }] })]);
    expect((await engine.run({ id: 'a', trigger: 'deadline' }, { trigger: 'enter' }))[0]?.matched).toBe(false);
    expect((await engine.run({ id: 'a', trigger: 'deadline' }))[0]?.matched).toBe(true);
  });

  it('loses no result when many runs share one engine concurrently', async () => {
    const engine = createReferenceEngine([
      rule('high', { all: [{ fact: 'n', operator: 'greaterThanInclusive', value: 500 }] }, 10),
      rule('low', { all: [{ fact: 'n', operator: 'lessThan', value: 500 }] }, 1),
    ]);
    const runs = await Promise.all(Array.from({ length: 2_000 }, (_, n) => engine.run({ id: String(n), n })));
    runs.forEach((results, n) => {
      expect(results.map((result) => result.matched)).toEqual([n >= 500, n < 500]);
    });
  });
});
