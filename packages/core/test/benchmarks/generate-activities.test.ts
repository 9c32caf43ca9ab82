import { describe, expect, it } from 'vitest';
import { ActivitySchema, generateActivities } from '../../src/benchmarks.ts';
import { computeBenchmarks } from '../../src/index.ts';
import { benchmarkConfig, rep, WEEK } from '../fixtures/benchmarks.ts';

const reps = [rep('ana', 'lead-generation'), rep('hal', 'hunter'), rep('cam', 'customer-management'), rep('lou', 'lead-management')];

describe('generateActivities', () => {
  it('gives the same activities for the same seed and different ones for another', () => {
    const a = [...generateActivities(reps, WEEK, { seed: 5 })];
    expect([...generateActivities(reps, WEEK, { seed: 5 })]).toEqual(a);
    expect([...generateActivities(reps, WEEK, { seed: 6 })]).not.toEqual(a);
  });

  it('produces valid activities on workdays inside the period only', () => {
    const from = Date.parse(WEEK.from);
    const to = Date.parse(WEEK.to);
    for (const activity of generateActivities(reps, WEEK)) {
      expect(ActivitySchema.safeParse(activity).success).toBe(true);
      const at = activity.at as number;
      expect(at >= from && at < to).toBe(true);
      expect([0, 6]).not.toContain(new Date(at).getUTCDay());
    }
  });

  it('follows the scenario’s rates', () => {
    const activities = [...generateActivities([rep('ana', 'lead-generation')], WEEK, { dialsPerDay: 100, connectRate: 0 })];
    expect(activities.filter((a) => a.type === 'conversation')).toEqual([]);
    const report = computeBenchmarks(benchmarkConfig(), activities, [rep('ana', 'lead-generation')], WEEK);
    const dials = report.stations[0]!.metrics[0]!.reps[0]!.value as number;
    // 100 × a skill factor in [0.7, 1.3] × a daily spread in [0.5, 1.5].
    expect(dials).toBeGreaterThan(35);
    expect(dials).toBeLessThan(195);
    // Every inbound lead is touched, so speed to lead is measured.
    expect(report.stations[0]!.metrics[2]!.reps[0]!.value).toBeGreaterThan(0);
  });

  it('starts every lead pair before its end', () => {
    const starts = new Map<string, number>();
    for (const activity of generateActivities(reps, WEEK)) {
      if (activity.type === 'lead-created') starts.set(activity.leadId!, activity.at as number);
      if (activity.type === 'first-touch') expect(starts.get(activity.leadId!)).toBeLessThanOrEqual(activity.at as number);
    }
    expect(starts.size).toBeGreaterThan(0);
  });
});
