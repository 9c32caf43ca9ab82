import { describe, expect, it } from 'vitest';
import { computeBenchmarks, evaluatePromotions, type PromotionReport } from '../../src/index.ts';
import { WEEK, weekActivities, weekReps } from '../fixtures/benchmarks.ts';
import { NOW, pathMetrics, pathReps, promotionConfig, rep } from '../fixtures/promotion.ts';

function byRep(reports: PromotionReport[], repId: string): PromotionReport {
  const found = reports.find((r) => r.repId === repId);
  if (found === undefined) throw new Error(`no report for ${repId}`);
  return found;
}

describe('evaluatePromotions', () => {
  const reports = evaluatePromotions(promotionConfig(), pathReps(), pathMetrics(), NOW, { openHeadcount: { hunter: 0 } });

  it('finds an SDR eligible for customer management when every condition is met', () => {
    expect(byRep(reports, 'ana')).toEqual({
      repId: 'ana',
      name: 'Ana',
      station: 'lead-generation',
      next: 'customer-management',
      eligible: true,
      // 9 calendar months since 1 June 2025, and 8 of March's 31 days.
      met: ['Months in station 9.3 — needs ≥ 6', 'Meetings set per conversation percentile 75 — needs ≥ 50'],
      missing: [],
      criteria: [
        { description: 'Months in station 9.3 — needs ≥ 6', fact: 'monthsInStation', actual: expect.closeTo(9 + 8 / 31, 9), required: '≥ 6', met: true },
        { description: 'Meetings set per conversation percentile 75 — needs ≥ 50', fact: 'metric.meeting-rate.percentile', actual: 75, required: '≥ 50', met: true },
      ],
      rule: 'lead-generation → customer-management',
      summary: 'Ana is eligible for Customer management: all 2 criteria are met.',
    });
  });

  it('says in plain language what a rep still misses, with rates as percentages', () => {
    const cam = byRep(reports, 'cam');
    expect(cam.eligible).toBe(false);
    expect(cam.missing).toEqual(['Renewal rate 71% — needs ≥ 80%']);
    // The `not lessThan 12` reads as "needs ≥ 12"; the competency comes from the rep record.
    expect(cam.met).toEqual(['Months in station 14.3 — needs ≥ 12', 'discovery rating 4 — needs ≥ 3']);
    expect(cam.rule).toBe('ready-for-business-development');
    expect(cam.summary).toBe('Cam is not yet eligible for Business development: Renewal rate 71% — needs ≥ 80%.');
  });

  it('reads open headcount of the next station and counts a satisfied "any" by the alternative that carried it', () => {
    const bo = evaluatePromotions(promotionConfig(), [rep('bo', 'business-development')], pathMetrics(), NOW, {
      openHeadcount: { hunter: 0 },
      competencies: { bo: { closing: 4 } },
    })[0]!;
    expect(bo.missing).toEqual(['Open headcount in hunter 0 — needs ≥ 1']);
    expect(bo.met).toEqual(['closing rating 4 — needs ≥ 4']);
    expect(bo.criteria.map((c) => c.met)).toEqual([false, false, true]);
  });

  it('joins the alternatives of a failed "any" into one gap', () => {
    const bo = byRep(reports, 'bo');
    expect(bo.missing).toEqual(['Open headcount in hunter 0 — needs ≥ 1', 'Win rate 10% — needs ≥ 20% or closing rating not measured — needs ≥ 4']);
  });

  it('reports an unmeasured metric as such', () => {
    const [cam] = evaluatePromotions(promotionConfig(), [pathReps()[1]!], { cam: { 'renewal-rate': { value: null, percentile: null, status: null } } }, NOW);
    expect(cam!.missing).toEqual(['Renewal rate not measured — needs ≥ 80%']);
  });

  it('has no next step at the end of the path or off it', () => {
    expect(byRep(reports, 'hal')).toMatchObject({ next: null, eligible: false, missing: [], met: [], rule: null, summary: 'Hal is at the end of the career path (Hunter).' });
    expect(byRep(reports, 'lou')).toMatchObject({ next: null, eligible: false, missing: [], met: [], rule: null, summary: "Lou's station (Lead management) is not on the career path." });
  });

  it('lets a step without a rule through with no criteria', () => {
    const config = promotionConfig({ rules: [] });
    expect(evaluatePromotions(config, [rep('ana', 'lead-generation')], {}, NOW)[0]).toMatchObject({
      eligible: true,
      criteria: [],
      rule: null,
      summary: 'Ana can move to Customer management: no conditions are set for this step.',
    });
  });

  it('never shows a shortfall rounded up to the requirement', () => {
    const [ana] = evaluatePromotions(promotionConfig(), [rep('ana', 'lead-generation', '2025-06-01')], pathMetrics(), '2025-11-30T00:00:00Z');
    // 5 months to 1 November, then 29 of November's 30 days.
    expect(ana!.missing).toEqual(['Months in station 5.96667 — needs ≥ 6']);
  });

  it('refuses an unreadable join date or now with a clear error', () => {
    expect(() => evaluatePromotions(promotionConfig(), [rep('ana', 'lead-generation', 'last spring')], {}, NOW)).toThrow(
      expect.objectContaining({ code: 'invalid-rep', message: expect.stringMatching(/"ana".joinedStationAt "last spring"/) }),
    );
    expect(() => evaluatePromotions(promotionConfig(), [], {}, 'tomorrow')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('counts months in station from the given now', () => {
    const early = evaluatePromotions(promotionConfig(), [rep('ana', 'lead-generation', '2025-06-01')], pathMetrics(), '2025-10-01T00:00:00Z')[0]!;
    expect(early.eligible).toBe(false);
    expect(early.missing).toEqual(['Months in station 4 — needs ≥ 6']);
  });

  it('reads a benchmark report directly', () => {
    const report = computeBenchmarks(promotionConfig(), weekActivities(), weekReps(), WEEK);
    const reps = weekReps().filter((r) => r.station === 'lead-generation');
    const results = evaluatePromotions(promotionConfig(), reps, report, NOW);
    // ana and ben tie on meeting rate (percentile 50); cy was not measured.
    expect(results.map((r) => r.eligible)).toEqual([true, true, false, false]);
    expect(results[2]!.missing).toEqual(['Meetings set per conversation percentile not measured — needs ≥ 50']);
  });

  it('works with the default path when the config has no promotion section', () => {
    const config = { ...promotionConfig() };
    delete config.promotion;
    expect(evaluatePromotions(config, [rep('ana', 'lead-generation')], undefined, NOW)[0]).toMatchObject({ next: 'customer-management', eligible: true });
  });

  it('counts a rep six months in station on the six-month anniversary, whatever the lengths of the months between', () => {
    const sixMonths = (joined: string, now: string) =>
      evaluatePromotions(promotionConfig(), [rep('ana', 'lead-generation', joined)], pathMetrics(), now)[0]!.criteria[0];
    // 181 days, across February: fewer than six average months of 30.44 days.
    expect(sixMonths('2025-09-09', '2026-03-09T00:00:00Z')).toMatchObject({ actual: 6, met: true });
    expect(sixMonths('2026-01-01', '2026-07-01T00:00:00Z')).toMatchObject({ actual: 6, met: true });
    expect(sixMonths('2025-09-09', '2026-03-08T23:59:59Z')).toMatchObject({ met: false });
    // No 31 February: the anniversary of the 31st falls on the month's last day.
    expect(sixMonths('2025-08-31', '2026-02-28T00:00:00Z')).toMatchObject({ actual: 6, met: true });
    expect(sixMonths('2026-01-01T12:00:00Z', '2026-07-01T11:59:59Z')).toMatchObject({ met: false });
  });

  it('accepts a config document as written, and refuses a bad one as parseConfig does', () => {
    const document = {
      version: 1,
      line: { stations: [{ id: 'sdr', name: 'SDR', stages: ['new'] }, { id: 'closer', name: 'Closer', stages: ['deal'] }] },
      routing: { fallback: { station: 'sdr' } },
      promotion: {
        path: ['sdr', 'closer'],
        rules: [{ from: 'sdr', to: 'closer', conditions: { all: [{ fact: 'monthsInStation', operator: 'greaterThanInclusive', value: 6 }] } }],
      },
    };
    const [ana] = evaluatePromotions(document as never, [rep('ana', 'sdr', '2025-06-01')], undefined, NOW);
    expect(ana).toMatchObject({ repId: 'ana', station: 'sdr', next: 'closer', eligible: true, missing: [] });
    expect(() => evaluatePromotions({ ...document, promotion: { path: ['sdr', 'nowhere'] } } as never, [], undefined, NOW)).toThrow(
      expect.objectContaining({ code: 'invalid-config' }),
    );
  });

  it('treats null metrics as none measured, and a null context as no context', () => {
    const [ana] = evaluatePromotions(promotionConfig(), [rep('ana', 'lead-generation', '2025-06-01')], null as never, NOW);
    expect(ana!.missing).toEqual(['Meetings set per conversation percentile not measured — needs ≥ 50']);
    const [bo] = evaluatePromotions(promotionConfig(), [rep('bo', 'business-development')], pathMetrics(), NOW, null as never);
    expect(bo!.missing[0]).toBe('Open headcount in hunter not measured — needs ≥ 1');
  });

  it('refuses reps that are not a list of reps with an error naming the place', () => {
    expect(() => evaluatePromotions(promotionConfig(), null as never, {}, NOW)).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(/reps/) }));
    expect(() => evaluatePromotions(promotionConfig(), [rep('ana', 'hunter'), null as never], {}, NOW)).toThrow(
      expect.objectContaining({ code: 'invalid-rep', message: expect.stringMatching(/reps\[1\]/) }),
    );
  });

  it('refuses an unreadable join date on a step without conditions too', () => {
    const config = promotionConfig({ rules: [] });
    expect(() => evaluatePromotions(config, [rep('ana', 'lead-generation', 'last spring')], {}, NOW)).toThrow(expect.objectContaining({ code: 'invalid-rep' }));
  });
});
