/**
 * `ms` plus whole calendar months in UTC, the day kept but clamped to the month's last:
 * 31 August plus six months is 28 February, so every monthly anniversary exists.
 */
export function addCalendarMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/**
 * Months from one instant to another as people count them: whole months up to the last monthly
 * anniversary, plus the share of the month after it. Six months after 9 September is 9 March
 * exactly, whatever February's length; negative when `toMs` comes first.
 */
export function monthsBetween(fromMs: number, toMs: number): number {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  let whole = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (addCalendarMonths(fromMs, whole) > toMs) whole -= 1;
  const anniversary = addCalendarMonths(fromMs, whole);
  return whole + (toMs - anniversary) / (addCalendarMonths(fromMs, whole + 1) - anniversary);
}
