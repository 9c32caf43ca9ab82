import type { SalesLineConfig } from '../config/config-schema.ts';
import { SalesLineError, formatPath } from '../errors.ts';
import { RepStatusSchema } from '../line/lead.ts';
import { lineGraph } from '../line/line-graph.ts';
import { repOf, type LeadRecord, type LineState } from './line-state.ts';

type Path = (string | number)[];

function refuse(path: Path, why: string): never {
  throw new SalesLineError('invalid-state', `Saved state ${formatPath(path)}: ${why}`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string';
const isTextList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCredit = (value: unknown) => isObject(value) && typeof value.pool === 'string' && typeof value.repId === 'string';

/** The fields of a lead record, what each must hold, and how a message says it. */
const RECORD_FIELDS: readonly [field: keyof LeadRecord, valid: (value: unknown) => boolean, expected: string][] = [
  ['lead', isObject, 'the lead as it was added, an object'],
  ['station', (value) => typeof value === 'string', 'a station id'],
  ['ownerId', isTextOrNull, 'a rep id or null'],
  ['queue', isTextOrNull, 'a queue id or null'],
  ['createdAt', isTime, 'epoch milliseconds'],
  ['stageEnteredAt', isTime, 'epoch milliseconds'],
  ['updatedAt', isTime, 'epoch milliseconds'],
  ['dueAt', (value) => value === null || isTime(value), 'epoch milliseconds or null'],
  ['previousOwners', isTextList, 'a list of rep ids'],
  ['rotationCredits', (value) => Array.isArray(value) && value.every(isCredit), 'a list of { pool, repId }'],
];

/**
 * A saved state must be one the line could have made, and fit the config it is handed with:
 * every lead in a known stage, owned by a known rep or waiting in exactly one queue, every
 * queue naming such leads, every rep in the tie-break order. A damaged state is refused here,
 * naming the place, instead of losing or doubling leads later.
 */
export function checkSavedState(config: SalesLineConfig, state: LineState): void {
  const graph = lineGraph(config);
  const queued = checkQueues(state);
  for (const [id, record] of Object.entries(state.leads)) checkRecord(graph.terminal, graph.isKnownStage, state, queued, id, record);
  checkReps(state);
  for (const table of ['ledger', 'ledgerJoins'] as const) {
    for (const [pool, entries] of Object.entries(state[table])) {
      if (!isObject(entries)) refuse([table, pool], 'must map rep ids to counts.');
      for (const [repId, count] of Object.entries(entries)) if (!isTime(count)) refuse([table, pool, repId], 'must be a number.');
    }
  }
}

function checkRecord(
  terminal: ReadonlySet<string>,
  isKnownStage: (stage: string) => boolean,
  state: LineState,
  queued: ReadonlyMap<string, string>,
  id: string,
  record: unknown,
) {
  const at: Path = ['leads', id];
  if (!isObject(record)) refuse(at, 'must be the lead record getState() saved.');
  if (record.id !== id) refuse([...at, 'id'], `must be "${id}", the key it is saved under.`);
  for (const [field, valid, expected] of RECORD_FIELDS) if (!valid(record[field])) refuse([...at, field], `must be ${expected}.`);
  if ((record.lead as Record<string, unknown>).id !== id) refuse([...at, 'lead', 'id'], `must be "${id}", the key it is saved under.`);
  const stage = record.stage;
  if (typeof stage !== 'string' || !isKnownStage(stage)) refuse([...at, 'stage'], `the lead is in stage "${String(stage)}", which this config does not have.`);
  const { ownerId, queue } = record as unknown as LeadRecord;
  const finished = terminal.has(stage);
  // A finished lead keeps a removed rep as its owner for the record.
  if (ownerId !== null && !finished && !repOf(state, ownerId)) refuse([...at, 'ownerId'], `the lead is owned by "${ownerId}", who is not among the saved reps.`);
  if (finished && queue !== null) refuse([...at, 'queue'], `must be null: the lead is in the terminal stage "${stage}".`);
  if (!finished && (ownerId === null) === (queue === null)) refuse(at, 'an open lead needs exactly one of an owner and a queue.');
  if (queue !== null && queued.get(id) !== queue) refuse([...at, 'queue'], `is "${queue}", but that queue does not list the lead.`);
}

/** Each queue lists leads that wait in it, once; returns the queue of every queued lead. */
function checkQueues(state: LineState): Map<string, string> {
  const queued = new Map<string, string>();
  for (const [queue, ids] of Object.entries(state.queues)) {
    if (!isTextList(ids)) refuse(['queues', queue], 'must be a list of lead ids.');
    for (const id of ids) {
      const record = Object.hasOwn(state.leads, id) ? state.leads[id] : undefined;
      if (queued.get(id) === queue) refuse(['queues', queue], `lists lead "${id}" twice.`);
      if (record?.queue !== queue) refuse(['queues', queue], `lists lead "${id}", which ${record ? 'does not wait in it' : 'is not among the saved leads'}.`);
      queued.set(id, queue);
    }
  }
  return queued;
}

function checkReps(state: LineState) {
  for (const [id, rep] of Object.entries(state.reps)) {
    if (!isObject(rep) || rep.id !== id) refuse(['reps', id], `must be the rep saved under "${id}".`);
    if (!RepStatusSchema.safeParse(rep.status).success) refuse(['reps', id], `has status ${JSON.stringify(rep.status)}; it must be one of ${RepStatusSchema.options.join(', ')}.`);
  }
  const order = new Set(state.repOrder);
  if (order.size !== state.repOrder.length || order.size !== Object.keys(state.reps).length || state.repOrder.some((id) => !repOf(state, id))) {
    refuse(['repOrder'], 'must list every saved rep exactly once, and no one else.');
  }
}
