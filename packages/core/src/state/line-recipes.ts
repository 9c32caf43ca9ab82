import { enablePatches, freeze, produce, produceWithPatches, type Draft, type Patch } from 'immer';
import type { LedgerJoin } from '../assignment/assignment-view.ts';
import type { Lead, RepStatus } from '../line/lead.ts';
import type { LineGraph } from '../line/line-graph.ts';
import type { LeadRecord, LineState, RepRecord, RotationCredit } from './line-state.ts';

enablePatches();

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

function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeDeep(child);
  }
  return value;
}

type Recipe<I> = (draft: Draft<LineState>, input: I) => void;

function dueAt(graph: LineGraph, stage: string, from: number): number | null {
  const deadline = graph.deadline(stage);
  return deadline && !graph.terminal.has(stage) ? from + deadline.ms : null;
}

function bumpLedger(draft: Draft<LineState>, pool: string, repId: string, by: number, joins = false) {
  const table = joins ? draft.ledgerJoins : draft.ledger;
  const entries = (table[pool] ??= {});
  entries[repId] = (entries[repId] ?? 0) + by;
}

function removeFromQueue(draft: Draft<LineState>, queue: string, leadId: string) {
  const waiting = draft.queues[queue];
  if (!waiting) return;
  const at = waiting.indexOf(leadId);
  if (at >= 0) waiting.splice(at, 1);
  if (waiting.length === 0) delete draft.queues[queue];
}

/** Writes placements decided by assignment: new leads, moves, re-routes, hand-offs. */
const placeLeads: Recipe<PlaceLeadsInput> = (draft, { placements, now, graph }) => {
  for (const p of placements) {
    for (const join of p.joins) {
      bumpLedger(draft, join.pool, join.repId, join.amount);
      if (join.amount !== 0) bumpLedger(draft, join.pool, join.repId, join.amount, true);
    }
    const terminal = graph.terminal.has(p.stage);
    const queue = terminal ? null : p.queue;
    const record = draft.leads[p.leadId];
    if (!record && !p.lead) continue;
    if (queue !== null && record?.queue !== queue) (draft.queues[queue] ??= []).push(p.leadId);
    if (p.credit) bumpLedger(draft, p.credit.pool, p.credit.repId, 1);
    if (!record) {
      // Frozen before it enters the draft, so immer's finalize does not walk 10,000 new records.
      draft.leads[p.leadId] = freezeDeep({
        id: p.leadId,
        lead: p.lead as Lead,
        station: p.station,
        stage: p.stage,
        ownerId: p.ownerId,
        queue,
        createdAt: now,
        stageEnteredAt: now,
        updatedAt: now,
        dueAt: dueAt(graph, p.stage, now),
        previousOwners: [],
        rotationCredits: p.credit ? [{ ...p.credit }] : [],
      });
      continue;
    }
    if (record.queue !== null && record.queue !== queue) removeFromQueue(draft, record.queue, p.leadId);
    if (record.ownerId !== null && record.ownerId !== p.ownerId && !record.previousOwners.includes(record.ownerId)) {
      record.previousOwners.push(record.ownerId);
    }
    const stageChanged = record.stage !== p.stage;
    if (stageChanged) record.stageEnteredAt = now;
    if (stageChanged || p.restartClock) record.dueAt = dueAt(graph, p.stage, now);
    Object.assign(record, { station: p.station, stage: p.stage, ownerId: p.ownerId, queue, updatedAt: now });
    if (terminal) record.dueAt = null;
    if (p.creditBack) {
      const last = record.rotationCredits.pop();
      if (last) bumpLedger(draft, last.pool, last.repId, -1);
    }
    if (p.credit) record.rotationCredits.push({ ...p.credit });
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
  const rep = draft.reps[repId];
  if (!rep) return;
  if (status === 'active' && rep.status !== 'active') rep.activeSince = now;
  rep.status = status;
  for (const join of joins) {
    bumpLedger(draft, join.pool, join.repId, join.amount);
    if (join.amount !== 0) bumpLedger(draft, join.pool, join.repId, join.amount, true);
  }
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
const refreshDeadlines: Recipe<{ graph: LineGraph }> = (draft, { graph }) => {
  for (const record of Object.values(draft.leads)) {
    const due = dueAt(graph, record.stage, record.stageEnteredAt);
    if (record.dueAt !== due) record.dueAt = due;
  }
};

/** Every change to a `LineState` is one of these named recipes. */
export const LINE_RECIPES = { placeLeads, setRepStatus, addRep, removeRep, refreshDeadlines } as const;
export type LineRecipes = typeof LINE_RECIPES;
export type LineChange = { [K in keyof LineRecipes]: { type: K; input: Parameters<LineRecipes[K]>[1] } }[keyof LineRecipes];

function applyChanges(draft: Draft<LineState>, changes: readonly LineChange[]) {
  for (const change of changes) (LINE_RECIPES[change.type] as Recipe<unknown>)(draft, change.input);
  draft.version += 1;
}

/** Stands in for `leads` in the part of the state immer drafts: lead records are drafted one by one. */
export const NO_LEADS: Readonly<Record<string, LeadRecord>> = Object.freeze({});

/** One lead record a change replaced (`undefined`: the lead was absent before or is after). */
export type LeadChange = readonly [leadId: string, before: LeadRecord | undefined, after: LeadRecord | undefined];

export interface AppliedChanges {
  /** The state without its leads (`leads` is `NO_LEADS`), frozen. */
  rest: LineState;
  /** Patches that undo `rest`'s part of the change (empty unless asked for). */
  inverse: Patch[];
  /** The lead records that changed, in the order they were first written. */
  leads: LeadChange[];
}

/**
 * Runs the recipes with immer over everything but the leads, and over each lead record a
 * recipe touches on its own: a change costs what it touches, never a copy of every lead.
 * `leads` is only read; the caller writes the returned lead changes where it keeps them.
 */
export function applyLineChanges(rest: LineState, leads: Readonly<Record<string, LeadRecord>>, changes: readonly LineChange[], withPatches: boolean): AppliedChanges {
  const drafts = new Map<string, LeadRecord>();
  const written = new Map<string, LeadRecord | undefined>();
  const has = (id: string) => (written.has(id) ? written.get(id) !== undefined : Object.hasOwn(leads, id));
  const read = (id: string): LeadRecord | undefined => {
    if (written.has(id)) return written.get(id);
    const known = drafts.get(id);
    if (known !== undefined) return known;
    const record = Object.hasOwn(leads, id) ? leads[id] : undefined;
    if (record === undefined) return undefined;
    const draft = draftLead(record);
    drafts.set(id, draft);
    return draft;
  };
  const draftLeads = new Proxy({} as Record<string, LeadRecord>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    set(_, key, value: LeadRecord) {
      if (typeof key !== 'string') return false;
      drafts.delete(key);
      written.set(key, value);
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return false;
      drafts.delete(key);
      written.set(key, undefined);
      return true;
    },
    has: (_, key) => typeof key === 'string' && has(key),
    ownKeys: () => [...Object.keys(leads).filter(has), ...[...written.keys()].filter((id) => !Object.hasOwn(leads, id) && has(id))],
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && has(key) ? { value: read(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
  const recipe = (draft: Draft<LineState>) => {
    const withLeads = new Proxy(draft, { get: (target, key) => (key === 'leads' ? draftLeads : Reflect.get(target, key)) });
    applyChanges(withLeads, changes);
  };
  let next: LineState;
  let inverse: Patch[] = [];
  if (withPatches) [next, , inverse] = produceWithPatches(rest, recipe);
  else next = produce(rest, recipe);
  const changed: LeadChange[] = [];
  for (const [id, draft] of drafts) {
    const before = leads[id];
    const after = finishLead(before as LeadRecord, draft);
    if (after !== before) changed.push([id, before, after]);
  }
  for (const [id, after] of written) changed.push([id, Object.hasOwn(leads, id) ? leads[id] : undefined, after]);
  return { rest: Object.isFrozen(next) ? next : Object.freeze(next), inverse, leads: changed };
}

/**
 * A writable copy of a lead record for the recipes. A record is flat but for two arrays of
 * plain values, so a copy does what an immer draft would, at a fraction of its cost per
 * command (measured: a draft and its finish cost more than the rest of a move).
 */
function draftLead(record: LeadRecord): LeadRecord {
  return { ...record, previousOwners: [...record.previousOwners], rotationCredits: [...record.rotationCredits] };
}

/** The record after the recipes: the same object when nothing changed, as immer would give. */
function finishLead(before: LeadRecord, draft: LeadRecord): LeadRecord {
  const same = (Object.keys(draft) as (keyof LeadRecord)[]).every((key) => {
    const a = before[key];
    const b = draft[key];
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
    return Object.is(a, b);
  });
  return same && Object.keys(before).length === Object.keys(draft).length ? before : freezeDeep(draft);
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
  const applied = applyLineChanges(restOf(state), state.leads, changes, false);
  let leads = state.leads;
  if (applied.leads.length > 0) {
    const copy = { ...state.leads };
    for (const [id, , after] of applied.leads) {
      if (after === undefined) delete copy[id];
      else setLead(copy, id, after);
    }
    leads = Object.freeze(copy);
  }
  return Object.freeze({ ...applied.rest, leads });
}

/** A state built outside a reducer (a new line, a restored one) is frozen like every produced one. */
export function frozenState(state: LineState): LineState {
  return freeze(state, true);
}
