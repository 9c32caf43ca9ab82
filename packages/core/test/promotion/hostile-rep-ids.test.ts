import { afterEach, describe, expect, it } from 'vitest';
import { computeBenchmarks, evaluatePromotions } from '../../src/index.ts';
import { toRepMetrics } from '../../src/benchmarks.ts';
import { WEEK } from '../fixtures/benchmarks.ts';
import { NOW, promotionConfig, rep } from '../fixtures/promotion.ts';

const HOSTILE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

/** Every metric id a polluted prototype would show, cleaned up so one failure cannot spill into other tests. */
const METRIC_IDS = ['dials-per-day', 'meeting-rate', 'speed-to-lead'];

describe('rep ids named like Object.prototype keys', () => {
  afterEach(() => {
    for (const id of METRIC_IDS) delete (Object.prototype as Record<string, unknown>)[id];
    for (const id of METRIC_IDS) delete (Object as unknown as Record<string, unknown>)[id];
  });

  it('are plain keys of toRepMetrics, which never writes to Object.prototype', () => {
    const reps = HOSTILE_IDS.map((id) => rep(id, 'lead-generation'));
    const activities = HOSTILE_IDS.map((id) => ({ repId: id, type: 'dial', at: '2026-03-03T10:00:00Z' }));
    const flat = toRepMetrics(computeBenchmarks(promotionConfig(), activities, reps, WEEK));
    expect(({} as Record<string, unknown>)['dials-per-day']).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>)['dials-per-day']).toBeUndefined();
    expect(Object.keys(flat).sort()).toEqual([...HOSTILE_IDS].sort());
    for (const id of HOSTILE_IDS) expect(Object.getOwnPropertyDescriptor(flat, id)?.value['dials-per-day']).toMatchObject({ value: 1 });
  });

  it('read their own metrics and competencies, never an inherited value', () => {
    const reps = HOSTILE_IDS.map((id) => rep(id, 'lead-generation', '2025-01-01'));
    const metrics = JSON.parse('{"__proto__": {"meeting-rate": {"value": 0.5, "percentile": 90, "status": "above"}}, "constructor": {"meeting-rate": {"value": 0.5, "percentile": 90, "status": "above"}}}');
    const reports = evaluatePromotions(promotionConfig(), reps, metrics, NOW);
    expect(reports.map((r) => [r.repId, r.eligible])).toEqual([
      ['__proto__', true],
      ['constructor', true],
      ['toString', false],
      ['hasOwnProperty', false],
    ]);
    expect(reports[2]!.missing).toEqual(['Meetings set per conversation percentile not measured — needs ≥ 50']);
    expect(({} as Record<string, unknown>)['meeting-rate']).toBeUndefined();
  });

  it('leave a metric given as null unmeasured instead of failing', () => {
    const [ana] = evaluatePromotions(promotionConfig(), [rep('ana', 'lead-generation')], { ana: { 'meeting-rate': null as never } }, NOW);
    expect(ana!.missing).toEqual(['Meetings set per conversation percentile not measured — needs ≥ 50']);
  });
});
