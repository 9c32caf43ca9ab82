import { SalesLineError } from '../errors.ts';
import { formatPath } from '../errors.ts';
import { RepSchema, type Rep } from '../line/lead.ts';
import { isKnownTimeZone } from '../assignment/working-hours.ts';
import type { LineState, RepRecord } from './line-state.ts';

/** Checks a rep as a host hands it in and turns it into the record the state keeps. */
export function toRepRecord(input: unknown, now: number): RepRecord {
  const parsed = RepSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const id = typeof (input as { id?: unknown })?.id === 'string' ? ` "${(input as { id: string }).id}"` : '';
    throw new SalesLineError('invalid-rep', `Rep${id} is invalid at ${formatPath((issue?.path ?? []) as (string | number)[])}: ${issue?.message ?? 'unknown problem'}`);
  }
  const rep: Rep = parsed.data;
  if (rep.timeZone !== undefined && !isKnownTimeZone(rep.timeZone)) {
    throw new SalesLineError('invalid-rep', `Rep "${rep.id}" has an unknown time zone "${rep.timeZone}"; use an IANA name such as "Europe/Madrid".`);
  }
  return { ...rep, status: rep.status ?? 'active', activeSince: now };
}

/** An empty line with these people on it, in the order given (the tie-break order). */
export function createLineState(reps: readonly unknown[], now: number): LineState {
  const state: LineState = { version: 0, leads: {}, reps: {}, repOrder: [], queues: {}, ledger: {}, ledgerJoins: {} };
  for (const input of reps) {
    const rep = toRepRecord(input, now);
    if (state.reps[rep.id]) throw new SalesLineError('invalid-rep', `Rep id "${rep.id}" appears twice; every rep needs a unique id.`);
    state.reps[rep.id] = rep;
    state.repOrder.push(rep.id);
  }
  return state;
}

const OBJECT_FIELDS = ['leads', 'reps', 'queues', 'ledger', 'ledgerJoins'] as const;

/** Accepts a state saved from `getState()` (for example after a JSON round trip). */
export function restoreLineState(input: unknown): LineState {
  const value = input as Partial<LineState> | null;
  if (typeof value !== 'object' || value === null) throw new SalesLineError('invalid-state', 'A saved state must be the object `getState()` returned.');
  if (typeof value.version !== 'number') throw new SalesLineError('invalid-state', 'Saved state has no numeric `version`.');
  for (const field of OBJECT_FIELDS) {
    if (field === 'ledgerJoins' && value[field] === undefined) continue;
    if (typeof value[field] !== 'object' || value[field] === null) throw new SalesLineError('invalid-state', `Saved state field \`${field}\` must be an object.`);
  }
  if (!Array.isArray(value.repOrder)) throw new SalesLineError('invalid-state', 'Saved state field `repOrder` must be an array of rep ids.');
  return JSON.parse(JSON.stringify({ ...value, ledgerJoins: value.ledgerJoins ?? {} })) as LineState;
}
