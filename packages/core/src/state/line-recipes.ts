import { freeze, produce, type Draft } from 'immer';
import type { LedgerJoin } from '../assignment/assignment-view.ts';
import type { Lead, RepStatus } from '../line/lead.ts';
import type { LineGraph } from '../line/line-graph.ts';
import type { LeadRecord, LineState, RepRecord, RotationCredit } from './line-state.ts';

/** Where one lead ends up after a command: everything the state needs, decided beforehand. */
export interface Placement {
  leadId: string;
  /** Present when the lead is new to the line. */
  lead?: Lead;
  station: string;
  stage: string;
  ownerId: string | null;
  queue: string | null;
  credit: RotationCredit | null;
  joins: LedgerJoin[];
  /** Gives back the owner's last rotation credit (a lead disqualified as bad). */
  creditBack?: boolean;
  /** The stage's deadline starts again (a new owner or another try from the queue). */
  restartClock?: boolean;
}

export interface PlaceLeadsInput {
  placements: readonly Placement[];
  now: number;
  graph: LineGraph;
}

/**
 * The lead records a change reads and replaces. Records are never edited in place: a recipe
 * writes a new frozen record, so a change costs the records it touches, never a copy of all.
 */
export interface LeadWriter {
  get(leadId: string): LeadRecord | undefined;
  set(record: LeadRecord): void;
  /** Every lead id, the ones this change added included. */
  ids(): string[];
}

type Recipe<I> = (draft: Draft<LineState>, input: I, leads: LeadWriter) => void;

function dueAt(graph: LineGraph, stage: string, from: number): number | null {
  const deadline = graph.deadline(stage);
  return deadline && !graph.terminal.has(stage) ? from + deadline.ms : null;
}

/** The own entry of `record` under `key`, created when absent: a key such as "constructor" must not find the inherited member. */
function ownEntry<T>(record: Record<string, T>, key: string, create: () => T): T {
  return Object.hasOwn(record, key) ? (record[key] as T) : (record[key] = create());
}

function bumpLedger(draft: Draft<LineState>, table: 'ledger' | 'ledgerJoins', pool: string, repId: string, by: number) {
  const entries = ownEntry<Record<string, number>>(draft[table], pool, () => ({}));
  entries[repId] = (Object.hasOwn(entries, repId) ? (entries[repId] as number) : 0) + by;
}

/** A join counts in the ledger and, as credits granted without an assignment, in `ledgerJoins`. */
function applyJoins(draft: Draft<LineState>, joins: readonly LedgerJoin[]) {
  for (const join of joins) {
    bumpLedger(draft, 'ledger', join.pool, join.repId, join.amount);
    if (join.amount !== 0) bumpLedger(draft, 'ledgerJoins', join.pool, join.repId, join.amount);
  }
}

function removeFromQueue(draft: Draft<LineState>, queue: string, leadId: string) {
  if (!Object.hasOwn(draft.queues, queue)) return;
  const waiting = draft.queues[queue] as string[];
  const at = waiting.indexOf(leadId);
  if (at >= 0) waiting.splice(at, 1);
  if (waiting.length === 0) delete draft.queues[queue];
}

/** Writes placements decided by assignment: new leads, moves, re-routes, hand-offs. */
const placeLeads: Recipe<PlaceLeadsInput> = (draft, { placements, now, graph }, leads) => {
  for (const p of placements) {
    applyJoins(draft, p.joins);
    const record = leads.get(p.leadId);
    const lead = record?.lead ?? p.lead;
    if (!lead) continue;
    const terminal = graph.terminal.has(p.stage);
    const queue = terminal ? null : p.queue;
    if (queue !== null && record?.queue !== queue) ownEntry<string[]>(draft.queues, queue, () => []).push(p.leadId);
    if (record?.queue != null && record.queue !== queue) removeFromQueue(draft, record.queue, p.leadId);
    const previousOwners = record?.previousOwners ?? [];
    const credits = [...(record?.rotationCredits ?? [])];
    if (p.creditBack) {
      const last = credits.pop();
      if (last) bumpLedger(draft, 'ledger', last.pool, last.repId, -1);
    }
    if (p.credit) {
      bumpLedger(draft, 'ledger', p.credit.pool, p.credit.repId, 1);
      credits.push({ ...p.credit });
    }
    const entersStage = !record || record.stage !== p.stage;
    const owner = record?.ownerId ?? null;
    leads.set(
      freeze({
        ...record,
        id: p.leadId,
        lead,
        station: p.station,
        stage: p.stage,
        ownerId: p.ownerId,
        queue,
        createdAt: record?.createdAt ?? now,
        stageEnteredAt: entersStage ? now : record.stageEnteredAt,
        updatedAt: now,
        dueAt: terminal ? null : entersStage || p.restartClock ? dueAt(graph, p.stage, now) : record.dueAt,
        previousOwners: owner !== null && owner !== p.ownerId && !previousOwners.includes(owner) ? [...previousOwners, owner] : previousOwners,
        rotationCredits: credits,
      }, true),
    );
  }
};

export interface SetRepStatusInput {
  repId: string;
  status: RepStatus;
  now: number;
  /** Ledger joins for a rep coming back (see `rejoinLedger`). */
  joins: LedgerJoin[];
}

const setRepStatus: Recipe<SetRepStatusInput> = (draft, { repId, status, now, joins }) => {
  if (!Object.hasOwn(draft.reps, repId)) return;
  const rep = draft.reps[repId] as Draft<RepRecord>;
  if (status === 'active' && rep.status !== 'active') rep.activeSince = now;
  rep.status = status;
  applyJoins(draft, joins);
};

const addRep: Recipe<{ rep: RepRecord }> = (draft, { rep }) => {
  draft.reps[rep.id] = rep as Draft<RepRecord>;
  if (!draft.repOrder.includes(rep.id)) draft.repOrder.push(rep.id);
};

const removeRep: Recipe<{ repId: string }> = (draft, { repId }) => {
  delete draft.reps[repId];
  const at = draft.repOrder.indexOf(repId);
  if (at >= 0) draft.repOrder.splice(at, 1);
};

/** Deadlines follow a new config: every open lead's due time counts from its stage entry. */
const refreshDeadlines: Recipe<{ graph: LineGraph }> = (_draft, { graph }, leads) => {
  for (const id of leads.ids()) {
    const record = leads.get(id) as LeadRecord;
    const due = dueAt(graph, record.stage, record.stageEnteredAt);
    if (record.dueAt !== due) leads.set(Object.freeze({ ...record, dueAt: due }));
  }
};

/** Every change to a `LineState` is one of these named recipes. */
export const LINE_RECIPES = { placeLeads, setRepStatus, addRep, removeRep, refreshDeadlines } as const;
export type LineRecipes = typeof LINE_RECIPES;
export type LineChange = { [K in keyof LineRecipes]: { type: K; input: Parameters<LineRecipes[K]>[1] } }[keyof LineRecipes];

/** Stands in for `leads` in the part of the state immer drafts: lead records are written apart. */
export const NO_LEADS: Readonly<Record<string, LeadRecord>> = Object.freeze({});

/** One lead record a change replaced (`undefined`: the lead was absent before or is after). */
export type LeadChange = readonly [leadId: string, before: LeadRecord | undefined, after: LeadRecord | undefined];

export interface AppliedChanges {
  /** The state without its leads (`leads` is `NO_LEADS`), frozen. */
  rest: LineState;
  /** The lead records that changed, in the order they were first written. */
  leads: LeadChange[];
}

/**
 * Runs the recipes with immer over everything but the leads, and hands them the lead records
 * through a `LeadWriter`. `leads` is only read; the caller writes the returned lead changes
 * where it keeps them.
 */
export function applyLineChanges(rest: LineState, leads: Readonly<Record<string, LeadRecord>>, changes: readonly LineChange[]): AppliedChanges {
  const stored = (id: string) => (Object.hasOwn(leads, id) ? leads[id] : undefined);
  const written = new Map<string, LeadRecord>();
  const writer: LeadWriter = {
    get: (id) => written.get(id) ?? stored(id),
    set: (record) => void written.set(record.id, record),
    ids: () => [...Object.keys(leads), ...[...written.keys()].filter((id) => !Object.hasOwn(leads, id))],
  };
  const next = produce(rest, (draft) => {
    for (const change of changes) (LINE_RECIPES[change.type] as Recipe<unknown>)(draft, change.input, writer);
    draft.version += 1;
  });
  return { rest: Object.freeze(next), leads: [...written].map(([id, after]) => [id, stored(id), after]) };
}

/** Stores a record under its id as an own property, even under the id "__proto__". */
export function setLead(leads: Record<string, LeadRecord>, id: string, record: LeadRecord): void {
  if (id === '__proto__') Object.defineProperty(leads, id, { value: record, writable: true, enumerable: true, configurable: true });
  else leads[id] = record;
}

/** The state without its leads, as `applyLineChanges` takes it. */
export function restOf(state: LineState): LineState {
  return state.leads === NO_LEADS ? state : Object.freeze({ ...state, leads: NO_LEADS });
}

/** Pure reducer: `(state, changes) → state`; lead records a change does not touch are shared. */
export function reduceLine(state: LineState, changes: readonly LineChange[]): LineState {
  const applied = applyLineChanges(restOf(state), state.leads, changes);
  let leads = state.leads;
  if (applied.leads.length > 0) {
    const copy = { ...state.leads };
    for (const [id, , after] of applied.leads) setLead(copy, id, after as LeadRecord);
    leads = Object.freeze(copy);
  }
  return Object.freeze({ ...applied.rest, leads });
}

/** A state built outside a reducer (a new line, a restored one) is frozen like every produced one. */
export function frozenState(state: LineState): LineState {
  return freeze(state, true);
}
