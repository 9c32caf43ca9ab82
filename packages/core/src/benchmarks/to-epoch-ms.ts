/**
 * An instant as epoch milliseconds, or `NaN` when it cannot be read. Its own module so that
 * promotions, which read dates too, do not ship the activity schema.
 */
export function toEpochMs(at: unknown): number {
  if (typeof at === 'number') return at;
  if (at instanceof Date) return at.getTime();
  // Anything but text (undefined from a missing field, null) parses to NaN: unreadable.
  return Date.parse(at as string);
}
