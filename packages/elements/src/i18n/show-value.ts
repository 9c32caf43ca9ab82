import type { Formatters } from './formatters.ts';

/** A value from a lead or a rule, shown as a manager reads it: quoted text, localised numbers, lists in brackets. */
export function showValue(format: Formatters, value: unknown): string {
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return `[${value.map((item) => showValue(format, item)).join(', ')}]`;
  if (value === undefined) return '—';
  if (value === null || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
