import type { WorkingHours } from '../line/lead.ts';

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', hour: '2-digit', minute: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The weekday (1 = Monday) and minute of the day at `now` in `timeZone`. */
export function localTime(now: number, timeZone = 'UTC'): { weekday: number; minute: number } {
  const parts = formatter(timeZone).formatToParts(new Date(now));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS[get('weekday')] ?? 1, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

function minutes(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whether `now` falls inside the hours; a shift whose end is before its start runs past midnight. */
export function isWithinWorkingHours(hours: WorkingHours, now: number, timeZone?: string): boolean {
  const { weekday, minute } = localTime(now, timeZone);
  if (hours.days && !hours.days.includes(weekday)) return false;
  const start = minutes(hours.start);
  const end = minutes(hours.end);
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}
