import { SalesLineError } from '../errors.ts';
import type { Rep } from '../line/lead.ts';

/** Reps as the analytics read them: a list of objects with a string `id` and `station`, refused by place otherwise. */
export function checkRepList(reps: readonly Rep[]): void {
  if (!Array.isArray(reps)) throw new SalesLineError('invalid-input', 'reps: expected a list of reps.');
  reps.forEach((rep: Partial<Rep> | null, index) => {
    if (typeof rep !== 'object' || rep === null || typeof rep.id !== 'string' || typeof rep.station !== 'string') {
      throw new SalesLineError('invalid-rep', `reps[${index}]: expected a rep { id, name, station }.`);
    }
  });
}
