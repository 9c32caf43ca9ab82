import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/index.ts';
import { METRICS, STATIONS } from '../fixtures/benchmarks.ts';

function withBenchmarks(benchmarks: unknown) {
  return validateConfig({ version: 1, line: { stations: STATIONS }, routing: { fallback: { station: 'lead-generation' } }, benchmarks });
}

describe('benchmark validation', () => {
  it('accepts the reference metrics and fills in defaults', () => {
    const result = withBenchmarks({ metrics: METRICS });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.benchmarks).toMatchObject({ workdays: [1, 2, 3, 4, 5], ramp: { months: 3 }, status: { below: 25, above: 75 } });
    expect(result.config.benchmarks?.metrics[0]).toMatchObject({ direction: 'higher', per: 'workday' });
  });

  it('names an unknown station with its path and the stations the line has', () => {
    const result = withBenchmarks({ metrics: [{ ...METRICS[0], station: 'closers' }] });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'unknown-station',
          path: ['benchmarks', 'metrics', 0, 'station'],
          message: expect.stringMatching(/Unknown station "closers"; the line has: lead-management, lead-generation/),
        },
      ],
    });
  });

  it('refuses duplicate metric ids, self-rates, self-times and inverted bands', () => {
    const result = withBenchmarks({
      metrics: [
        METRICS[0],
        { ...METRICS[0] },
        { id: 'r', label: 'R', station: 'hunter', kind: 'rate', numerator: 'won', denominator: 'won' },
        { id: 't', label: 'T', station: 'hunter', kind: 'time', from: 'won', to: 'won', status: { below: 80, above: 20 } },
      ],
      ramp: { months: 3, byStation: { nowhere: 2 } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['duplicate-metric', 'benchmarks.metrics.1.id'],
      ['invalid-metric', 'benchmarks.metrics.2.denominator'],
      ['invalid-metric', 'benchmarks.metrics.3.to'],
      ['invalid-band', 'benchmarks.metrics.3.status'],
      ['unknown-station', 'benchmarks.ramp.byStation.nowhere'],
    ]);
  });

  it('refuses an unknown metric kind and a typo in a field with the schema’s path', () => {
    const result = withBenchmarks({ metrics: [{ ...METRICS[0], kind: 'ratio' }, { ...METRICS[0], id: 'x', tpye: 'dial' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['benchmarks.metrics.0.kind']));
    expect(result.issues.some((issue) => issue.path[2] === 1)).toBe(true);
  });
});
