const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Calendar units have no fixed length; a deadline needs one, so a month is 30 days and a year 365. */
const UNIT_MS = [365 * DAY, 30 * DAY, 7 * DAY, DAY, HOUR, 60_000, 1_000] as const;

/** Milliseconds in an ISO 8601 duration such as "PT5M" or "P3D"; null when it is not one. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  let total = 0;
  UNIT_MS.forEach((unit, i) => {
    const part = match[i + 1];
    if (part !== undefined) total += Number(part) * unit;
  });
  return total;
}
