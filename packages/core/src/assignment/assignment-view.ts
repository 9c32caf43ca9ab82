import type { Lead } from '../line/lead.ts';
import type { LineState, RepRecord, RotationCredit } from '../state/line-state.ts';
import { accountKeys, createLeadIndex, type LeadIndex } from './lead-index.ts';
import { createLoadCounts } from './load-counts.ts';

/** Who owns an account, as the stickiness policy finds it. */
export interface AccountOwner {
  repId: string;
  /** 'account' (same accountId) or 'domain' (same company email domain). */
  via: 'account' | 'domain';
  key: string;
  leadId: string;
}

/** A change the view must know about while a batch is being planned. */
export interface PlacementChange {
  leadId: string;
  lead: Lead;
  /** Where the lead stood (null: new to the line) and where it goes; leads in terminal stages count nowhere. */
  before: { ownerId: string | null; stage: string } | null;
  after: { ownerId: string | null; stage: string };
  credit: RotationCredit | null;
  joins: LedgerJoin[];
}

export interface LedgerJoin {
  pool: string;
  repId: string;
  amount: number;
}

/**
 * What assignment reads about a `LineState` (load, WIP per stage, ledger, account owners):
 * the line's `LeadIndex` seen through the changes of the batch being planned, so 10,000 leads
 * cost no scan at all and the index itself only changes when the batch is committed. Plain
 * Maps: planning never touches immer.
 */
export interface AssignmentView {
  reps: readonly RepRecord[];
  repOrder: (repId: string) => number;
  openLeads: (repId: string) => number;
  inStage: (repId: string, stage: string) => number;
  stageTotal: (stage: string) => number;
  /** Pool key → rep id → credits, with the batch's changes so far. */
  ledger: (pool: string) => ReadonlyMap<string, number>;
  accountOwner: (lead: Lead) => AccountOwner | undefined;
  apply: (change: PlacementChange) => void;
}

/**
 * The view of `state`. `index` must describe `state.leads` with these terminal stages; without
 * it, one is built by a scan of every lead (fine for a one-off, not per command).
 */
export function createAssignmentView(state: LineState, terminal: ReadonlySet<string>, index: LeadIndex = createLeadIndex(state.leads, terminal)): AssignmentView {
  const { reps, order } = rosterOf(state);
  /** The batch's changes to the index's counts. */
  const batch = createLoadCounts();
  /** Owners noted by this batch: always newer than anything stored. */
  const owners = new Map<string, { repId: string; leadId: string }>();
  const ledger = new Map<string, Map<string, number>>();

  /** A pool's ledger as stored, copied on first read so the batch can add to it. */
  const poolLedger = (pool: string): Map<string, number> => {
    let entries = ledger.get(pool);
    if (entries === undefined) ledger.set(pool, (entries = new Map(Object.entries(state.ledger[pool] ?? {}))));
    return entries;
  };
  const bumpLedger = (pool: string, repId: string, by: number) => {
    const entries = poolLedger(pool);
    entries.set(repId, (entries.get(repId) ?? 0) + by);
  };

  return {
    reps,
    repOrder: (repId) => order.get(repId) ?? Number.MAX_SAFE_INTEGER,
    openLeads: (repId) => index.openLeads(repId) + batch.openLeads(repId),
    inStage: (repId, stage) => index.inStage(repId, stage) + batch.inStage(repId, stage),
    stageTotal: (stage) => index.stageTotal(stage) + batch.stageTotal(stage),
    ledger: poolLedger,
    accountOwner(lead) {
      for (const key of accountKeys(lead)) {
        const known = owners.get(key) ?? index.accountOwner(key);
        if (known && known.leadId !== lead.id) {
          return { repId: known.repId, via: key.startsWith('account:') ? 'account' : 'domain', key: key.slice(key.indexOf(':') + 1), leadId: known.leadId };
        }
      }
      return undefined;
    },
    apply(change) {
      const { before, after } = change;
      if (before && !terminal.has(before.stage)) batch.add(before.ownerId, before.stage, -1);
      if (!terminal.has(after.stage)) batch.add(after.ownerId, after.stage, 1);
      if (after.ownerId) for (const key of accountKeys(change.lead)) owners.set(key, { repId: after.ownerId, leadId: change.leadId });
      for (const join of change.joins) bumpLedger(join.pool, join.repId, join.amount);
      if (change.credit) bumpLedger(change.credit.pool, change.credit.repId, 1);
    },
  };
}

/** The reps in tie-break order, shared by every view of states with the same reps (most commands change no rep). */
const rosters = new WeakMap<LineState['reps'], WeakMap<LineState['repOrder'], { reps: readonly RepRecord[]; order: ReadonlyMap<string, number> }>>();

function rosterOf(state: LineState): { reps: readonly RepRecord[]; order: ReadonlyMap<string, number> } {
  let byOrder = rosters.get(state.reps);
  if (byOrder === undefined) rosters.set(state.reps, (byOrder = new WeakMap()));
  let roster = byOrder.get(state.repOrder);
  if (roster === undefined) {
    const reps = state.repOrder.map((id) => state.reps[id]).filter((r): r is RepRecord => r !== undefined);
    roster = { reps, order: new Map(state.repOrder.map((id, i) => [id, i])) };
    // Only frozen containers are safe to remember: a caller may still change its own.
    if (Object.isFrozen(state.reps) && Object.isFrozen(state.repOrder)) byOrder.set(state.repOrder, roster);
  }
  return roster;
}

export { accountKeys };
