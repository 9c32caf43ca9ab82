import { describe, expect, it } from 'vitest';
import { SalesLineError } from '../../src/errors.ts';
import { capacityModel } from '../../src/simulation/capacity-model.ts';
import { DEFAULT_SENSITIVITY_PARAMETERS, formatSensitivityTable, sensitivity } from '../../src/simulation/sensitivity.ts';
import { handCheckedScenario } from '../fixtures/simulation.ts';

describe('sensitivity', () => {
  it('reports the base ratios of the scenario itself', () => {
    const [row] = sensitivity(handCheckedScenario(), ['conversion.winRate']);
    expect(row?.base.ratios).toEqual(capacityModel(handCheckedScenario()).ratios);
  });

  it('moves a parameter by ±20% and recomputes the ratios', () => {
    const [row] = sensitivity(handCheckedScenario(), ['generalist.taskSwitchingOverhead']);
    // The closer ratio is (0.8 / 0.4) × overhead: 2 × 1.6 and 2 × 2.4.
    expect(row?.minus.value).toBeCloseTo(1.6, 12);
    expect(row?.minus.ratios?.meetingsHeld).toBeCloseTo(3.2, 9);
    expect(row?.plus.ratios?.meetingsHeld).toBeCloseTo(4.8, 9);
  });

  it('honours a custom delta', () => {
    const [row] = sensitivity(handCheckedScenario(), ['generalist.taskSwitchingOverhead'], { delta: 0.5 });
    expect(row?.minus.value).toBeCloseTo(1, 12);
    expect(row?.plus.value).toBeCloseTo(3, 12);
  });

  it('rounds integer parameters such as headcounts', () => {
    const [row] = sensitivity({}, ['line.hunter.headcount']);
    expect(row?.minus.value).toBe(3);
    expect(row?.plus.value).toBe(5);
    expect(row?.plus.ratios).not.toBeNull();
  });

  it('marks a variant that leaves the valid range instead of inventing a value', () => {
    const [row] = sensitivity({}, ['specialist.shareOfTimeClosing']);
    expect(row?.plus.ratios).toBeNull();
    expect(row?.plus.issue).toContain('specialist.shareOfTimeClosing');
    expect(row?.minus.ratios).not.toBeNull();
  });

  it('tries the ends of a given range', () => {
    const [row] = sensitivity({}, [{ path: 'line.lead-generation.dialsPerDay', low: 50, high: 200 }]);
    expect(row?.rangeLow?.value).toBe(50);
    expect(row?.rangeLow?.ratios?.meetingsHeld).toBeLessThan(row?.base.ratios?.meetingsHeld ?? 0);
    expect(row?.rangeHigh?.ratios).toEqual(row?.base.ratios);
  });

  it('refuses a path that is not a number in the scenario', () => {
    expect(() => sensitivity({}, ['conversion'])).toThrow(SalesLineError);
    expect(() => sensitivity({}, ['conversion.nope'])).toThrow(/conversion\.nope/);
  });

  it('covers the documented parameters by default and renders them as a Markdown table', () => {
    const rows = sensitivity();
    expect(rows.map((r) => r.parameter)).toEqual(DEFAULT_SENSITIVITY_PARAMETERS.map((p) => p.path));
    const table = formatSensitivityTable(rows);
    expect(table.split('\n')).toHaveLength(rows.length + 2);
    expect(table).toContain('| `generalist.taskSwitchingOverhead` | 2.3 → 6.9× | 1.84 → 5.52× | 2.76 → 8.28× |');
  });
});
