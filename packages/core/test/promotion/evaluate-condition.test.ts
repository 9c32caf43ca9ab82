import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import type { ConditionNode, TopLevelCondition } from '../../src/index.ts';
import { evaluatePromotions } from '../../src/index.ts';
import { evaluateCondition, resolvePath } from '../../src/promotion/evaluate-condition.ts';
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

async function engineSays(conditions: TopLevelCondition, facts: Record<string, unknown>): Promise<boolean> {
  // No `path` here, and the resolver is plain anyway: a user path must never reach jsonpath-plus.
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (value: unknown, path: string) => resolvePath(value, path) });
  engine.addRule({ conditions: conditions as never, event: { type: 'eligible' } });
  const defined = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
  const { events } = await engine.run(defined);
  return events.length === 1;
}

describe('evaluateCondition', () => {
  it('agrees with json-rules-engine on random conditions and facts', async () => {
    await fc.assert(
      fc.asyncProperty(topArb, factsArb, async (conditions, facts) => {
        expect(evaluateCondition(conditions, facts).result).toBe(await engineSays(conditions, facts));
      }),
      { numRuns: 150 },
    );
  });

  it('reads numbers from numeric strings like json-rules-engine, and nothing from null', () => {
    const leaf = (factValue: unknown) => evaluateCondition({ fact: 'f', operator: 'greaterThan', value: 50 }, { f: factValue }).result;
    expect(leaf('100')).toBe(true);
    expect(leaf(null)).toBe(false);
    expect(evaluateCondition({ fact: 'f', operator: 'notEqual', value: 1 }, {}).result).toBe(true);
  });

  it('resolves only plain own-property paths', () => {
    expect(resolvePath({ a: { b: 2 } }, '$.a.b')).toBe(2);
    expect(resolvePath({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(resolvePath({}, '$.constructor')).toBeUndefined();
    expect(resolvePath({ a: 1 }, '$..[?(@.a)]')).toBeUndefined();
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
