import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { computeBenchmarks, evaluatePromotions, validateConfig, type BenchmarkReport, type PromotionReport, type BenchmarkStatus } from '../../src/index.ts';
import { checkPromotion, type PromotionCheck } from '../../src/promotion.ts';

describe('the benchmarks and promotions API', () => {
  it('has the documented return types', () => {
    expectTypeOf(computeBenchmarks).returns.toEqualTypeOf<BenchmarkReport>();
    expectTypeOf(evaluatePromotions).returns.toEqualTypeOf<PromotionReport[]>();
    expectTypeOf(checkPromotion).returns.toEqualTypeOf<PromotionCheck>();
    expectTypeOf<BenchmarkReport['stations'][number]['metrics'][number]['reps'][number]['status']>().toEqualTypeOf<BenchmarkStatus | null>();
    expectTypeOf<PromotionReport['next']>().toEqualTypeOf<string | null>();
  });

  it('accepts the config of example 03', () => {
    const text = readFileSync(new URL('../../../../examples/03-benchmarks/sales-line.json', import.meta.url), 'utf8');
    const result = validateConfig(JSON.parse(text));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
