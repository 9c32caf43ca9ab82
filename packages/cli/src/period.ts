import { UsageError } from './io.ts';

/**
 * Reads `--period`: a month (`2026-10`), a quarter (`2026-Q4`), a year (`2026`) or a range of
 * days (`2026-10-01..2026-10-31`, both inclusive), in UTC. `to` is exclusive.
 */
export function parsePeriod(text: string): { from: string; to: string } {
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString();
  let match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const [y, m] = [Number(match[1]), Number(match[2]) - 1];
    if (m >= 0 && m < 12) return { from: day(y, m, 1), to: day(y, m + 1, 1) };
  }
  match = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (match) {
    const [y, q] = [Number(match[1]), Number(match[2]) - 1];
    return { from: day(y, q * 3, 1), to: day(y, q * 3 + 3, 1) };
  }
  match = /^(\d{4})$/.exec(text);
  if (match) return { from: day(Number(match[1]), 0, 1), to: day(Number(match[1]) + 1, 0, 1) };
  match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (match) {
    const from = Date.parse(`${match[1]}T00:00:00Z`);
    const to = Date.parse(`${match[2]}T00:00:00Z`) + 86_400_000;
    if (Number.isFinite(from) && Number.isFinite(to) && to > from) return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  }
  throw new UsageError(`--period "${text}": use a month (2026-10), a quarter (2026-Q4), a year (2026) or days (2026-10-01..2026-10-31)`);
}
