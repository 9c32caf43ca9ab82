import { SalesLineError } from '../errors.ts';
import { formatPath } from '../errors.ts';
import { RepSchema, type Rep } from '../line/lead.ts';
import { isKnownTimeZone } from '../assignment/working-hours.ts';
import { leadLimitIssue } from '../line/lead-limits.ts';
import type { LineState, RepRecord } from './line-state.ts';

/** Checks a rep as a host hands it in and turns it into the record the state keeps. */
export function toRepRecord(input: unknown, now: number): RepRecord {
  // A rep is host data like a lead: the same limits keep a 10,000-deep field from overflowing the stack in zod and immer.
  const tooBig = input !== null && typeof input === 'object' ? leadLimitIssue(input) : undefined;
  if (tooBig) throw new SalesLineError('invalid-rep', `Rep is invalid at ${formatPath(tooBig.path)}: ${tooBig.message.replace('lead', 'rep')}`);
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
  // Checked before the copy below: JSON.stringify and immer's freeze recurse, so a 10,000-deep lead would overflow the stack.
  for (const [field, records] of [['leads', value.leads], ['reps', value.reps]] as const) {
    for (const [id, record] of Object.entries(records ?? {})) {
      const data = field === 'leads' ? (record as { lead?: unknown }).lead : record;
      const tooBig = data !== null && typeof data === 'object' ? leadLimitIssue(data) : undefined;
      if (tooBig) throw new SalesLineError('invalid-state', `Saved state ${field}[${JSON.stringify(id.slice(0, 200))}] is refused at ${formatPath(tooBig.path)}: ${tooBig.message}`);
    }
  }
  return JSON.parse(JSON.stringify({ ...value, ledgerJoins: value.ledgerJoins ?? {} })) as LineState;
}
