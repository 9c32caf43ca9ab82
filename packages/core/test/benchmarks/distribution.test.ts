import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileRank, quantile, summarize } from '../../src/benchmarks/distribution.ts';
import { Reservoir } from '../../src/benchmarks/reservoir.ts';

describe('quantile', () => {
  it('interpolates linearly between closest ranks', () => {
    expect(quantile([1, 2, 3, 4], 25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(quantile([10], 90)).toBe(10);
    expect(quantile([], 50)).toBeNull();
  });

  it('is never below the minimum nor above the maximum, and grows with p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (values, a, b) => {
        const sorted = [...values].sort((x, y) => x - y);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const qa = quantile(sorted, lo) as number;
        const qb = quantile(sorted, hi) as number;
        expect(qa).toBeGreaterThanOrEqual(sorted[0] as number);
        expect(qb).toBeLessThanOrEqual(sorted[sorted.length - 1] as number);
        expect(qa).toBeLessThanOrEqual(qb + 1e-9);
      }),
    );
  });

  it('interpolates between values of opposite sign near the largest double without overflowing', () => {
    expect(quantile([-1e308, 1e308], 50)).toBe(0);
    expect(quantile([-1e308, 1e308], 0)).toBe(-1e308);
    expect((quantile([-Number.MAX_VALUE, Number.MAX_VALUE], 25) as number) / (-Number.MAX_VALUE / 2)).toBeCloseTo(1, 12);
  });

  it('stays a finite number between the minimum and the maximum for any finite doubles', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }), fc.double({ min: 0, max: 100, noNaN: true }), (values, p) => {
        const sorted = [...values].sort((x, y) => x - y);
        const q = quantile(sorted, p) as number;
        expect(Number.isFinite(q)).toBe(true);
        expect(q).toBeGreaterThanOrEqual(sorted[0] as number);
        expect(q).toBeLessThanOrEqual(sorted[sorted.length - 1] as number);
      }),
    );
  });
});

describe('summarize', () => {
  it('gives nulls for an empty station', () => {
    expect(summarize([])).toEqual({ n: 0, mean: null, median: null, p25: null, p75: null, p90: null, min: null, max: null });
  });

  it('gives the mean of values whose sum overflows a double', () => {
    expect(summarize([1e308, 1e308]).mean).toBe(1e308);
    expect(summarize([Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE]).mean).toBeCloseTo(Number.MAX_VALUE, -300);
  });

  it('matches a naive computation for ordinary values, and its mean lies between the minimum and the maximum for any finite doubles', () => {
    expect(summarize([60, 110, 80])).toEqual({ n: 3, mean: 250 / 3, median: 80, p25: 70, p75: 95, p90: 104, min: 60, max: 110 });
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }), (values) => {
        const { mean, min, max } = summarize(values);
        expect(Number.isFinite(mean)).toBe(true);
        expect(mean as number).toBeGreaterThanOrEqual(min as number);
        expect(mean as number).toBeLessThanOrEqual(max as number);
      }),
    );
  });
});

describe('percentileRank', () => {
  it('uses mid-ranks so ties share the middle', () => {
    expect(percentileRank([1, 2, 2, 3], 2, 'higher')).toBe(50);
    expect(percentileRank([1, 2, 3, 4], 4, 'higher')).toBe(87.5);
    expect(percentileRank([1, 2, 3, 4], 1, 'lower')).toBe(87.5);
    expect(percentileRank([], 1, 'higher')).toBeNull();
  });

  it('is monotone in the value, in the metric’s better direction', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1 }), fc.integer({ min: -5, max: 55 }), fc.integer({ min: -5, max: 55 }), (peers, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(percentileRank(peers, lo, 'higher')!).toBeLessThanOrEqual(percentileRank(peers, hi, 'higher')!);
        expect(percentileRank(peers, lo, 'lower')!).toBeGreaterThanOrEqual(percentileRank(peers, hi, 'lower')!);
      }),
    );
  });
});

describe('Reservoir', () => {
  it('is exact while the stream fits', () => {
    const sample = new Reservoir(8);
    [5, 1, 4, 2, 3].forEach((v) => sample.add(v));
    expect(sample.quantile(50)).toBe(3);
    expect(sample.seen).toBe(5);
  });

  it('estimates the median of a long stream within a few percentile points', () => {
    const sample = new Reservoir(1024, 7);
    for (let i = 0; i < 100_000; i += 1) sample.add((i * 7919) % 100_000);
    // True median ≈ 50,000; 4 standard deviations of rank error at 1,024 ≈ ±6.3 points.
    expect(Math.abs((sample.quantile(50) as number) - 50_000)).toBeLessThan(6_300);
    expect(sample.seen).toBe(100_000);
  });

  it('gives the same sample for the same stream and seed', () => {
    const a = new Reservoir(16, 3);
    const b = new Reservoir(16, 3);
    for (let i = 0; i < 1000; i += 1) {
      a.add(i);
      b.add(i);
    }
    expect(a.quantile(50)).toBe(b.quantile(50));
  });
});
