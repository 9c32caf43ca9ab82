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
});
