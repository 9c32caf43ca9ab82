import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, monthsBetween } from '../../src/benchmarks/calendar-months.ts';

const at = (iso: string) => Date.parse(iso);

describe('calendar months', () => {
  it('keeps the day of the month, clamped to the last day of a shorter month', () => {
    expect(new Date(addCalendarMonths(at('2026-01-31T08:00:00Z'), 1)).toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(new Date(addCalendarMonths(at('2024-01-31T00:00:00Z'), 1)).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(new Date(addCalendarMonths(at('2025-09-09T00:00:00Z'), 6)).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });

  it('counts whole months on every monthly anniversary, and grows with time in between', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.integer({ min: -240, max: 240 }), fc.integer({ min: 1, max: 86_400_000 * 27 }), (from, months, step) => {
        const anniversary = addCalendarMonths(from, months);
        if (months >= 0) expect(monthsBetween(from, anniversary)).toBe(months);
        const later = monthsBetween(from, anniversary + step);
        expect(later).toBeGreaterThan(monthsBetween(from, anniversary));
      }),
    );
  });
});
