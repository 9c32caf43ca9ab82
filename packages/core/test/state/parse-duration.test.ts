import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/line/parse-duration.ts';

describe('parseDuration', () => {
  it('reads ISO 8601 durations into milliseconds', () => {
    expect(parseDuration('PT5M')).toBe(300_000);
    expect(parseDuration('PT48H')).toBe(48 * 3_600_000);
    expect(parseDuration('P3D')).toBe(3 * 86_400_000);
    expect(parseDuration('P1W')).toBe(7 * 86_400_000);
    expect(parseDuration('P1DT1H30M')).toBe(86_400_000 + 5_400_000);
    expect(parseDuration('PT0.5S')).toBe(500);
  });

  it('counts a month as 30 days and a year as 365', () => {
    expect(parseDuration('P1M')).toBe(30 * 86_400_000);
    expect(parseDuration('P1Y')).toBe(365 * 86_400_000);
  });

  it('returns null for text that is not a duration', () => {
    for (const text of ['', 'P', 'PT', '5M', 'P1H', 'PT5X']) expect(parseDuration(text)).toBeNull();
  });
});
