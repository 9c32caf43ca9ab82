import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BenchmarkAccumulator } from '../../src/benchmarks.ts';
import { computeBenchmarks, type Activity, type Rep } from '../../src/index.ts';
import { summarize } from '../../src/benchmarks/distribution.ts';
import { benchmarkConfig, rep, WEEK } from '../fixtures/benchmarks.ts';

const FROM = Date.parse(WEEK.from);
const TYPES = ['dial', 'conversation', 'meeting-set', 'lead-created', 'first-touch', 'meeting-held', 'won'];
const REP_IDS = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];

const repsArb = fc
  .tuple(...REP_IDS.map(() => fc.record({ station: fc.constantFrom('lead-generation', 'hunter'), ramping: fc.boolean() })))
  .map((specs): Rep[] => specs.map((spec, i) => rep(REP_IDS[i]!, spec.station, spec.ramping ? '2026-02-15' : '2025-01-01')));

const activityArb: fc.Arbitrary<Activity> = fc.record({
  repId: fc.constantFrom(...REP_IDS, 'outsider'),
  type: fc.constantFrom(...TYPES),
  // A day before the period to a day after it.
  at: fc.integer({ min: FROM - 86_400_000, max: FROM + 8 * 86_400_000 }),
  leadId: fc.constantFrom('l1', 'l2', 'l3', 'l4', 'l5'),
  value: fc.integer({ min: 0, max: 5000 }),
});

const config = benchmarkConfig();

describe('benchmark invariants', () => {
  it('gives the same report whether activities come in chunks or all at once', () => {
    fc.assert(
      fc.property(repsArb, fc.array(activityArb, { maxLength: 200 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1 }), (reps, activities, sizes) => {
        const whole = computeBenchmarks(config, activities, reps, WEEK);
        const accumulator = new BenchmarkAccumulator(config, reps, WEEK);
        let start = 0;
        for (let i = 0; start < activities.length; i += 1) {
          const size = sizes[i % sizes.length]!;
          accumulator.addMany(activities.slice(start, start + size));
          start += size;
        }
        expect(accumulator.report()).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('never compares a rep with another station: other stations’ activity changes nothing', () => {
    fc.assert(
      fc.property(repsArb, fc.array(activityArb, { maxLength: 150 }), fc.array(activityArb, { maxLength: 80 }), (reps, activities, noise) => {
        const hunters = new Set(reps.filter((r) => r.station === 'hunter').map((r) => r.id));
        // Noise by Hunters, without lead ids so it cannot close an SDR's lead pair.
        const hunterNoise = noise.filter((a) => hunters.has(a.repId)).map(({ leadId: _unused, ...a }) => a);
        const base = computeBenchmarks(config, activities, reps, WEEK);
        const noisy = computeBenchmarks(config, [...activities, ...hunterNoise], reps, WEEK);
        const sdrMetrics = (report: typeof base) => report.stations.find((s) => s.station === 'lead-generation');
        expect(sdrMetrics(noisy)).toEqual(sdrMetrics(base));
        for (const station of base.stations) {
          for (const metric of station.metrics) {
            for (const row of metric.reps) expect(reps.find((r) => r.id === row.repId)?.station).toBe(station.station);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never puts a ramping rep in the distribution', () => {
    fc.assert(
      fc.property(repsArb, fc.array(activityArb, { maxLength: 200 }), (reps, activities) => {
        const report = computeBenchmarks(config, activities, reps, WEEK);
        for (const metric of report.stations.flatMap((s) => s.metrics)) {
          const peers = metric.reps.filter((r) => !r.ramping && r.value !== null).map((r) => r.value as number);
          expect(metric.distribution).toEqual(summarize(peers));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('agrees with a naive computation of the distribution, percentiles and statuses, ties and negative sums included', () => {
    const naiveQuantile = (sorted: number[], p: number) => {
      const h = ((sorted.length - 1) * p) / 100;
      const low = Math.floor(h);
      return sorted[low]! + (h - low) * ((sorted[Math.min(low + 1, sorted.length - 1)] ?? 0) - sorted[low]!);
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 0, maxLength: 8 }), (amounts) => {
        // One won deal per Hunter: the revenue metric (a sum per period, higher is better) is each amount.
        const reps = amounts.map((_, i) => rep(`h${i}`, 'hunter'));
        const activities = amounts.map((value, i) => ({ repId: `h${i}`, type: 'won', at: '2026-03-03T10:00:00Z', value: value * 1000 }));
        const revenue = computeBenchmarks(config, activities, reps, WEEK).stations.find((s) => s.station === 'hunter')!.metrics.find((m) => m.id === 'revenue')!;
        const values = amounts.map((value) => value * 1000);
        const sorted = [...values].sort((a, b) => a - b);
        const n = values.length;
        expect(revenue.distribution.n).toBe(n);
        if (n === 0) {
          expect(revenue.distribution.median).toBeNull();
          return;
        }
        expect(revenue.distribution.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / n, 9);
        for (const [key, p] of [['p25', 25], ['median', 50], ['p75', 75], ['p90', 90]] as const) expect(revenue.distribution[key]).toBeCloseTo(naiveQuantile(sorted, p), 9);
        revenue.reps.forEach((row, i) => {
          const value = values[i]!;
          const beaten = values.filter((v) => v < value).length;
          const tied = values.filter((v) => v === value).length;
          expect(row.value).toBe(value);
          expect(row.percentile).toBeCloseTo((100 * (beaten + tied / 2)) / n, 9);
          const status = value < naiveQuantile(sorted, 25) ? 'below' : value > naiveQuantile(sorted, 75) ? 'above' : 'within';
          expect(row.status).toBe(status);
        });
      }),
      { numRuns: 200 },
    );
  });
});
