import { describe, expect, it } from 'vitest';
import { computeBenchmarks, type BenchmarkReport, type MetricBenchmark } from '../../src/index.ts';
import { benchmarkConfig, rep, times, WEEK, weekActivities, weekReps } from '../fixtures/benchmarks.ts';

function metric(report: BenchmarkReport, id: string): MetricBenchmark {
  const found = report.stations.flatMap((station) => station.metrics).find((m) => m.id === id);
  if (found === undefined) throw new Error(`no metric ${id}`);
  return found;
}

function repRow(report: BenchmarkReport, metricId: string, repId: string) {
  const row = metric(report, metricId).reps.find((r) => r.repId === repId);
  if (row === undefined) throw new Error(`no rep ${repId}`);
  return row;
}

describe('computeBenchmarks', () => {
  const report = computeBenchmarks(benchmarkConfig(), weekActivities(), weekReps(), WEEK);

  it('divides counts by the workdays each rep was active', () => {
    expect(repRow(report, 'dials-per-day', 'ana').value).toBe(110);
    expect(repRow(report, 'dials-per-day', 'ben').value).toBe(80);
    expect(repRow(report, 'dials-per-day', 'cy').value).toBe(60);
  });

  it('computes the team distribution with linearly interpolated quantiles', () => {
    // Non-ramping SDRs: 60, 80, 110.
    expect(metric(report, 'dials-per-day').distribution).toEqual({
      n: 3,
      mean: 250 / 3,
      median: 80,
      p25: 70,
      p75: 95,
      p90: 104,
      min: 60,
      max: 110,
    });
  });

  it('ranks each rep among peers with mid-rank percentiles and bands them by p25 and p75', () => {
    expect(repRow(report, 'dials-per-day', 'ana')).toMatchObject({ percentile: 250 / 3, status: 'above' });
    expect(repRow(report, 'dials-per-day', 'ben')).toMatchObject({ percentile: 50, status: 'within' });
    expect(repRow(report, 'dials-per-day', 'cy')).toMatchObject({ percentile: 50 / 3, status: 'below' });
  });

  it('shows a ramping rep, flagged, but leaves them out of the distribution', () => {
    expect(repRow(report, 'dials-per-day', 'dee')).toMatchObject({ value: 200, ramping: true, percentile: 100, status: 'above' });
    expect(metric(report, 'dials-per-day').distribution.max).toBe(110);
  });

  it('computes rates and leaves a rep with no denominator unmeasured', () => {
    expect(repRow(report, 'meeting-rate', 'ana')).toMatchObject({ value: 0.2, basis: 10 });
    expect(repRow(report, 'meeting-rate', 'ben').value).toBe(0.2);
    expect(repRow(report, 'meeting-rate', 'cy')).toMatchObject({ value: null, percentile: null, status: null });
    expect(metric(report, 'meeting-rate').distribution.n).toBe(2);
  });

  it('takes the median hours between the two activity types on the same lead, credited to the closing rep', () => {
    expect(repRow(report, 'speed-to-lead', 'ana')).toMatchObject({ value: 1.25, basis: 2 });
    expect(repRow(report, 'speed-to-lead', 'ben')).toMatchObject({ value: 12.5, basis: 2 });
    // cy touched l4 after ben did: that lead's first touch was already counted.
    expect(repRow(report, 'speed-to-lead', 'cy').value).toBeNull();
  });

  it('treats lower as better for lower-is-better metrics', () => {
    expect(repRow(report, 'speed-to-lead', 'ana')).toMatchObject({ percentile: 75, status: 'above' });
    expect(repRow(report, 'speed-to-lead', 'ben')).toMatchObject({ percentile: 25, status: 'below' });
  });

  it('sums values and reports targets', () => {
    expect(repRow(report, 'revenue', 'hal')).toMatchObject({ value: 4000, basis: 2 });
    expect(repRow(report, 'revenue', 'hana').value).toBe(500);
    expect(repRow(report, 'win-rate', 'hal')).toMatchObject({ value: 0.5, meetsTarget: true });
    expect(repRow(report, 'win-rate', 'hana')).toMatchObject({ value: 0.2, meetsTarget: false });
    expect(metric(report, 'win-rate').target).toBe(0.25);
  });

  it('never puts a rep among another station’s peers', () => {
    expect(metric(report, 'dials-per-day').reps.map((r) => r.repId)).toEqual(['ana', 'ben', 'cy', 'dee']);
    expect(metric(report, 'win-rate').reps.map((r) => r.repId)).toEqual(['hal', 'hana']);
  });

  it('lists stations in line order and skips stations without metrics', () => {
    expect(report.stations.map((s) => s.station)).toEqual(['lead-generation', 'hunter', 'customer-management']);
    expect(metric(report, 'renewal-rate').reps).toEqual([expect.objectContaining({ repId: 'cam', value: null })]);
  });

  it('counts activities outside the period or by unknown reps as ignored', () => {
    // 4 lead-created by "ops" and 3 dials by "ghost" are not a known rep's; one dial is after the period.
    expect(report.activities).toEqual({ counted: weekActivities().length - 8, ignored: 8 });
    expect(report.period).toEqual({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-09T00:00:00.000Z' });
  });

  it('adds weekend work to the total without adding a workday', () => {
    const saturday = computeBenchmarks(
      benchmarkConfig(),
      [...times(40, { repId: 'ana', type: 'dial', at: '2026-03-02T10:00:00Z' }), ...times(20, { repId: 'ana', type: 'dial', at: '2026-03-07T10:00:00Z' })],
      [rep('ana', 'lead-generation')],
      WEEK,
    );
    expect(repRow(saturday, 'dials-per-day', 'ana').value).toBe(60);
  });

  it('uses the configured workdays and per-station ramp', () => {
    const config = benchmarkConfig({}, { workdays: [1, 2, 3, 4, 5, 6], ramp: { months: 0, byStation: { hunter: 24 } } });
    const result = computeBenchmarks(
      config,
      [...times(40, { repId: 'ana', type: 'dial', at: '2026-03-02T10:00:00Z' }), ...times(20, { repId: 'ana', type: 'dial', at: '2026-03-07T10:00:00Z' })],
      [rep('ana', 'lead-generation', '2026-03-01'), rep('hal', 'hunter', '2025-01-01')],
      WEEK,
    );
    expect(repRow(result, 'dials-per-day', 'ana')).toMatchObject({ value: 30, ramping: false });
    expect(repRow(result, 'win-rate', 'hal').ramping).toBe(true);
  });

  it('counts a rep as ramping until their ramp months have passed at the period start', () => {
    const reps = [rep('early', 'lead-generation', '2025-12-02T00:00:00Z'), rep('late', 'lead-generation', '2025-12-02T00:00:01Z')];
    const result = computeBenchmarks(benchmarkConfig(), [], reps, WEEK);
    expect(metric(result, 'dials-per-day').reps.map((r) => r.ramping)).toEqual([false, true]);
  });

  it('reads epoch milliseconds as well as ISO strings', () => {
    const at = Date.parse('2026-03-03T10:00:00Z');
    const result = computeBenchmarks(benchmarkConfig(), times(7, { repId: 'ana', type: 'dial', at }), [rep('ana', 'lead-generation')], WEEK);
    expect(repRow(result, 'dials-per-day', 'ana').value).toBe(7);
  });

  it('works on a config without benchmarks', () => {
    const config = { ...benchmarkConfig() };
    delete config.benchmarks;
    expect(computeBenchmarks(config, weekActivities(), weekReps(), WEEK).stations).toEqual([]);
  });

  it('refuses an empty or reversed period and duplicate reps with clear errors', () => {
    expect(() => computeBenchmarks(benchmarkConfig(), [], [], { from: WEEK.to, to: WEEK.from })).toThrow(/`to` must come after `from`/);
    expect(() => computeBenchmarks(benchmarkConfig(), [], [], { from: 'soon', to: WEEK.to })).toThrow(/period.from/);
    expect(() => computeBenchmarks(benchmarkConfig(), [], [rep('a', 'hunter'), rep('a', 'hunter')], WEEK)).toThrow(
      expect.objectContaining({ code: 'invalid-rep' }),
    );
  });

  it('refuses a rep whose join date cannot be read', () => {
    expect(() => computeBenchmarks(benchmarkConfig(), [], [rep('ana', 'lead-generation', 'soon')], WEEK)).toThrow(expect.objectContaining({ code: 'invalid-rep' }));
  });

  it('refuses something that is not an activity', () => {
    expect(() => computeBenchmarks(benchmarkConfig(), [null as never], [], WEEK)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('forgets the oldest waiting lead beyond maxPendingLeads and says how many were forgotten', () => {
    const created = (lead: string, hour: number) => ({ repId: 'ops', type: 'lead-created', leadId: lead, at: `2026-03-02T0${hour}:00:00Z` });
    const touched = (lead: string, hour: number) => ({ repId: 'ana', type: 'first-touch', leadId: lead, at: `2026-03-02T0${hour}:00:00Z` });
    const activities = [created('a', 1), created('b', 2), created('c', 3), touched('a', 4), touched('b', 5), touched('c', 9)];
    const result = computeBenchmarks(benchmarkConfig(), activities, [rep('ana', 'lead-generation')], WEEK, { maxPendingLeads: 2 });
    expect(result.evictedLeads).toBe(1);
    // a was forgotten; b took 3 h, c 6 h.
    expect(repRow(result, 'speed-to-lead', 'ana')).toMatchObject({ value: 4.5, basis: 2 });
  });

  it('closes a lead pair touched before the period or by someone not handed in, without crediting anyone', () => {
    const activities = [
      { repId: 'ops', type: 'lead-created', leadId: 'a', at: '2026-03-01T01:00:00Z' },
      { repId: 'ana', type: 'first-touch', leadId: 'a', at: '2026-03-01T02:00:00Z' },
      { repId: 'ana', type: 'first-touch', leadId: 'a', at: '2026-03-02T02:00:00Z' },
      { repId: 'ops', type: 'lead-created', leadId: 'b', at: '2026-03-02T01:00:00Z' },
      { repId: 'temp', type: 'first-touch', leadId: 'b', at: '2026-03-02T02:00:00Z' },
      { repId: 'ana', type: 'first-touch', leadId: 'b', at: '2026-03-02T03:00:00Z' },
    ];
    const result = computeBenchmarks(benchmarkConfig(), activities, [rep('ana', 'lead-generation')], WEEK);
    expect(repRow(result, 'speed-to-lead', 'ana')).toMatchObject({ value: null, basis: 0 });
  });

  it('ignores an end activity that comes before its lead started', () => {
    const activities = [
      { repId: 'ana', type: 'first-touch', leadId: 'a', at: '2026-03-02T01:00:00Z' },
      { repId: 'ops', type: 'lead-created', leadId: 'a', at: '2026-03-02T02:00:00Z' },
      { repId: 'ana', type: 'first-touch', leadId: 'a', at: '2026-03-02T05:00:00Z' },
    ];
    const result = computeBenchmarks(benchmarkConfig(), activities, [rep('ana', 'lead-generation')], WEEK);
    expect(repRow(result, 'speed-to-lead', 'ana')).toMatchObject({ value: 3, basis: 1 });
  });

  it('ranks the top earner above the team even when revenues are near the largest double', () => {
    const reps = [rep('hal', 'hunter'), rep('hana', 'hunter')];
    const activities = [
      { repId: 'hal', type: 'won', at: '2026-03-03T10:00:00Z', value: 1e308 },
      { repId: 'hana', type: 'won', at: '2026-03-03T10:00:00Z', value: -1e308 },
    ];
    const revenue = metric(computeBenchmarks(benchmarkConfig(), activities, reps, WEEK), 'revenue');
    expect(revenue.distribution).toMatchObject({ n: 2, mean: 0, median: 0, min: -1e308, max: 1e308 });
    expect(revenue.reps.map((r) => [r.repId, r.status])).toEqual([
      ['hal', 'above'],
      ['hana', 'below'],
    ]);
  });

  it('accepts a config document as written, validating it like parseConfig', () => {
    const document = {
      version: 1,
      line: { stations: [{ id: 'sdr', name: 'SDR', stages: ['new'] }] },
      routing: { fallback: { station: 'sdr' } },
      benchmarks: { metrics: [{ id: 'dials', label: 'Dials', station: 'sdr', kind: 'count', type: 'dial' }] },
    };
    const activities = [...times(30, { repId: 'ana', type: 'dial', at: '2026-03-02T10:00:00Z' }), ...times(10, { repId: 'bo', type: 'dial', at: '2026-03-02T10:00:00Z' })];
    const report = computeBenchmarks(document as never, activities, [rep('ana', 'sdr'), rep('bo', 'sdr')], WEEK);
    expect(metric(report, 'dials').reps.map((r) => [r.repId, r.value, r.percentile, r.status])).toEqual([
      ['ana', 30, 75, 'above'],
      ['bo', 10, 25, 'below'],
    ]);
    expect(() => computeBenchmarks({ version: 1 } as never, [], [], WEEK)).toThrow(expect.objectContaining({ code: 'invalid-config' }));
  });

  it('refuses a missing period, activities or reps with an error naming the argument', () => {
    const config = benchmarkConfig();
    expect(() => computeBenchmarks(config, [], [], null as never)).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(/period/) }));
    expect(() => computeBenchmarks(config, null as never, [], WEEK)).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(/activities/) }));
    expect(() => computeBenchmarks(config, [], null as never, WEEK)).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(/reps/) }));
    expect(() => computeBenchmarks(config, [], [null as never], WEEK)).toThrow(expect.objectContaining({ code: 'invalid-rep', message: expect.stringMatching(/reps\[0\]/) }));
  });

  it('refuses an activity whose value is not a finite number, naming the activity, instead of adding text to a sum', () => {
    const activities = [
      { repId: 'hal', type: 'won', at: '2026-03-03T10:00:00Z', value: 100 },
      { repId: 'hal', type: 'won', at: '2026-03-03T10:00:00Z', value: '100' as never },
    ];
    expect(() => computeBenchmarks(benchmarkConfig(), activities, [rep('hal', 'hunter')], WEEK)).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(/activities\[1\]\.value/) }),
    );
    const withNull = [activities[0]!, { ...activities[0]!, value: null as never }];
    expect(repRow(computeBenchmarks(benchmarkConfig(), withNull, [rep('hal', 'hunter')], WEEK), 'revenue', 'hal')).toMatchObject({ value: 100, basis: 2 });
  });
});
