import { SalesLineError } from '../errors.ts';
import type { Rep } from '../line/lead.ts';
import { toEpochMs } from './to-epoch-ms.ts';

/** Reps as the analytics read them: a list of objects with a string `id` and `station`, refused by place otherwise. */
export function checkRepList(reps: readonly Rep[]): void {
  if (!Array.isArray(reps)) throw new SalesLineError('invalid-input', 'reps: expected a list of reps.');
  reps.forEach((rep: Partial<Rep> | null, index) => {
    // A primitive has no own `id`, so only objects get through.
    if (typeof rep?.id !== 'string' || typeof rep.station !== 'string') {
      throw new SalesLineError('invalid-rep', `reps[${index}]: expected a rep { id, name, station }.`);
    }
  });
}

/** When the rep joined their station, `NaN` when not given; throws when given but unreadable. */
export function joinedStationMs(rep: Rep): number {
  const joined = rep.joinedStationAt === undefined ? Number.NaN : toEpochMs(rep.joinedStationAt);
  if (rep.joinedStationAt !== undefined && !Number.isFinite(joined)) {
    throw new SalesLineError('invalid-rep', `reps: "${rep.id}".joinedStationAt "${rep.joinedStationAt}" is not a date; use ISO 8601 such as "2025-06-01".`);
  }
  return joined;
}
