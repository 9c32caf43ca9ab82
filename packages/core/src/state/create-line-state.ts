import { SalesLineError, formatPath } from '../errors.ts';
import { RepSchema } from '../line/lead.ts';
import { isKnownTimeZone } from '../assignment/working-hours.ts';
import { leadLimitIssue } from '../line/lead-limits.ts';
import { FORBIDDEN_KEYS } from '../config/limits.ts';
import { repOf, type LineState, type RepRecord } from './line-state.ts';

/** Checks a rep as a host hands it in and turns it into the record the state keeps. */
export function toRepRecord(input: unknown, now: number): RepRecord {
  // A rep is host data like a lead: the same limits keep a 10,000-deep field from overflowing the stack in zod and immer.
  const tooBig = leadLimitIssue(input);
  const parsed = tooBig ? undefined : RepSchema.safeParse(input);
  if (!parsed?.success) {
    const issue = tooBig ? { path: tooBig.path, message: tooBig.message.replace('lead', 'rep') } : parsed?.error.issues[0];
    const id = (input as { id?: unknown }).id;
    const which = typeof id === 'string' ? ` "${id}"` : '';
    throw new SalesLineError('invalid-rep', `Rep${which} is invalid at ${formatPath((issue?.path ?? []) as (string | number)[])}: ${issue?.message ?? 'unknown problem'}`);
  }
  const rep = parsed.data;
  // The state keys reps by id: an id every object already has would find that member instead of the rep.
  if (Object.hasOwn(Object.prototype, rep.id) || FORBIDDEN_KEYS.has(rep.id)) {
    throw new SalesLineError('invalid-rep', `Rep id "${rep.id}" is reserved (every object has a member by that name); give the rep another id.`);
  }
  if (rep.timeZone !== undefined && !isKnownTimeZone(rep.timeZone)) {
    throw new SalesLineError('invalid-rep', `Rep "${rep.id}" has an unknown time zone "${rep.timeZone}"; use an IANA name such as "Europe/Madrid".`);
  }
  return { ...rep, status: rep.status ?? 'active', activeSince: now };
}

/** A rep must work in one of the line's stations. */
export function checkRepStation(rep: RepRecord, stations: ReadonlyMap<string, unknown>): void {
  if (!stations.has(rep.station)) {
    throw new SalesLineError('invalid-rep', `Rep "${rep.id}" works in station "${rep.station}", which the line does not have (stations: ${[...stations.keys()].join(', ')}).`);
  }
}

/** An empty line with these people on it, in the order given (the tie-break order). */
export function createLineState(reps: readonly unknown[], now: number): LineState {
  const state: LineState = { version: 0, leads: {}, reps: {}, repOrder: [], queues: {}, ledger: {}, ledgerJoins: {} };
  for (const input of reps) {
    const rep = toRepRecord(input, now);
    if (repOf(state, rep.id)) throw new SalesLineError('invalid-rep', `Rep id "${rep.id}" appears twice; every rep needs a unique id.`);
    state.reps[rep.id] = rep;
    state.repOrder.push(rep.id);
  }
  return state;
}

function refuseState(why: string): never {
  throw new SalesLineError('invalid-state', `Saved state ${why}`);
}

/** Accepts a state saved from `getState()` (for example after a JSON round trip). */
export function restoreLineState(input: unknown): LineState {
  const value = input as Partial<LineState> | null;
  if (typeof value !== 'object' || value === null) refuseState('must be the object `getState()` returned.');
  if (typeof value.version !== 'number') refuseState('has no numeric `version`.');
  const saved = { ...value, ledgerJoins: value.ledgerJoins ?? {} };
  for (const field of ['leads', 'reps', 'queues', 'ledger', 'ledgerJoins'] as const) {
    if (typeof saved[field] !== 'object' || saved[field] === null) refuseState(`field \`${field}\` must be an object.`);
  }
  if (!Array.isArray(value.repOrder)) refuseState('field `repOrder` must be an array of rep ids.');
  // Checked before the copy below: JSON.stringify and immer's freeze recurse, so a 10,000-deep lead would overflow the stack.
  for (const field of ['leads', 'reps'] as const) {
    for (const [id, record] of Object.entries(saved[field] ?? {})) {
      const tooBig = leadLimitIssue(field === 'leads' ? (record as { lead?: unknown }).lead : record);
      if (tooBig) refuseState(`${field}[${JSON.stringify(id.slice(0, 200))}] is refused at ${formatPath(tooBig.path)}: ${tooBig.message}`);
    }
  }
  return JSON.parse(JSON.stringify(saved)) as LineState;
}
