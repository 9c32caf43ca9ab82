import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConditionNode, TopLevelCondition } from '../../src/index.ts';
import { evaluatePromotions } from '../../src/index.ts';
import { evaluateCondition } from '../../src/promotion/evaluate-condition.ts';
import { runEngine } from '../../src/rules/run-engine.ts';
import { promotionConfig, rep } from '../fixtures/promotion.ts';

const FACTS = ['monthsInStation', 'openHeadcount', 'metric.meeting-rate.value', 'competency.x'];
const OPERATORS = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn'];

// `in`/`notIn` need an array (promotionIssues refuses anything else; the engine would throw).
const leafArb: fc.Arbitrary<ConditionNode> = fc
  .record({ fact: fc.constantFrom(...FACTS), operator: fc.constantFrom(...OPERATORS), scalar: fc.integer({ min: 0, max: 5 }), list: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }) })
  .map(({ fact, operator, scalar, list }) => ({ fact, operator, value: operator === 'in' || operator === 'notIn' ? list : scalar }));

const { tree } = fc.letrec<{ tree: ConditionNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('tree') }),
  ),
}));
const topArb = fc.oneof(fc.record({ all: fc.array(tree, { minLength: 1, maxLength: 3 }) }), fc.record({ any: fc.array(tree, { minLength: 1, maxLength: 3 }) })) as fc.Arbitrary<TopLevelCondition>;

const factsArb = fc.record(
  Object.fromEntries(FACTS.map((fact) => [fact, fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined })])),
) as fc.Arbitrary<Record<string, number | undefined>>;

/** The project's reference run: json-rules-engine with the safe path resolver and our missing-fact rule. */
async function engineSays(conditions: TopLevelCondition, facts: Record<string, unknown>): Promise<boolean> {
  const defined = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
  const [result] = await runEngine([{ name: 'eligible', conditions }], undefined, defined);
  return result!.matched;
}

describe('evaluateCondition', () => {
  it('agrees with the json-rules-engine reference run on random conditions and facts', async () => {
    await fc.assert(
      fc.asyncProperty(topArb, factsArb, async (conditions, facts) => {
        expect(evaluateCondition(conditions, facts).trace.result).toBe(await engineSays(conditions, facts));
      }),
      { numRuns: 150 },
    );
  });

  it('reads numbers from numeric strings like json-rules-engine, nothing from null, and fails any condition on a missing fact', () => {
    const leaf = (factValue: unknown) => evaluateCondition({ all: [{ fact: 'f', operator: 'greaterThan', value: 50 }] }, { f: factValue }).trace.result;
    expect(leaf('100')).toBe(true);
    expect(leaf(null)).toBe(false);
    expect(evaluateCondition({ all: [{ fact: 'f', operator: 'notEqual', value: 1 }] }, {}).trace.result).toBe(false);
    expect(evaluateCondition({ not: { fact: 'f', operator: 'equal', value: 1 } }, {}).trace.result).toBe(true);
  });

  it('applies a path to an object fact only, through own properties', () => {
    const at = (facts: Record<string, unknown>, path: string) =>
      evaluateCondition({ all: [{ fact: 'c', path, operator: 'equal', value: 2 }] }, facts).trace.result;
    expect(at({ c: { a: { b: 2 } } }, '$.a.b')).toBe(true);
    expect(at({ c: 2 }, '$.a.b')).toBe(true);
    expect(at({ c: {} }, '$.constructor')).toBe(false);
  });

  it('fails a rule that errors at run time, with the reason, as json-rules-engine rejects the run', () => {
    const result = evaluateCondition({ not: { fact: 'c', operator: 'in', value: 5 as never } }, { c: 1 });
    expect(result.trace.result).toBe(false);
    expect(result.error).toMatch(/needs a list/);
  });

  it('fails a tree it cannot compile, with the reason', () => {
    const result = evaluateCondition({ condition: 'isHot' }, {});
    expect(result).toMatchObject({ trace: { result: false }, error: expect.stringMatching(/isHot/) });
  });
});

describe('promotion reports', () => {
  it('are eligible exactly when nothing is missing, whatever the rule and facts', () => {
    fc.assert(
      fc.property(topArb, factsArb, (conditions, facts) => {
        const config = promotionConfig({ rules: [{ from: 'lead-generation', to: 'customer-management', conditions }] });
        const ana = { ...rep('ana', 'lead-generation', '2025-06-01'), competencies: { x: facts['competency.x'] } };
        const [report] = evaluatePromotions(config, [ana], { ana: { 'meeting-rate': { value: facts['metric.meeting-rate.value'] ?? null, percentile: null, status: null } } }, '2026-01-01', {
          openHeadcount: facts.openHeadcount === undefined ? {} : { 'customer-management': facts.openHeadcount },
        });
        expect(report!.eligible).toBe(report!.missing.length === 0);
      }),
      { numRuns: 150 },
    );
  });
});
