import type { Lead } from '../line/lead.ts';
import type { LineState, RepRecord, RotationCredit } from '../state/line-state.ts';
import { companyDomain } from './free-mail-domains.ts';

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
  before: { ownerId: string | null; stage: string; open: boolean } | null;
  after: { ownerId: string | null; stage: string; open: boolean };
  credit: RotationCredit | null;
  joins: LedgerJoin[];
}

export interface LedgerJoin {
  pool: string;
  repId: string;
  amount: number;
}

/**
 * Indexes over a `LineState` that assignment reads (load, WIP per stage, ledger, account
 * owners), built once per command and updated as a batch is planned, so 10,000 leads cost
 * one scan instead of one per lead. Plain Maps: planning never touches immer.
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

export function createAssignmentView(state: LineState, terminal: ReadonlySet<string>): AssignmentView {
  const reps = state.repOrder.map((id) => state.reps[id]).filter((r): r is RepRecord => r !== undefined);
  const order = new Map(state.repOrder.map((id, i) => [id, i]));
  const open = new Map<string, number>();
  const byStage = new Map<string, number>();
  const stageTotals = new Map<string, number>();
  const owners = new Map<string, { repId: string; updatedAt: number; leadId: string }>();
  const ledger = new Map<string, Map<string, number>>();
  for (const [pool, entries] of Object.entries(state.ledger)) ledger.set(pool, new Map(Object.entries(entries)));

  const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);
  const noteOwner = (lead: Lead, repId: string, updatedAt: number, leadId: string) => {
    for (const key of accountKeys(lead)) {
      const known = owners.get(key);
      if (!known || known.updatedAt <= updatedAt) owners.set(key, { repId, updatedAt, leadId });
    }
  };

  for (const record of Object.values(state.leads)) {
    if (!terminal.has(record.stage)) bump(stageTotals, record.stage, 1);
    if (record.ownerId === null) continue;
    noteOwner(record.lead, record.ownerId, record.updatedAt, record.id);
    if (terminal.has(record.stage)) continue;
    bump(open, record.ownerId, 1);
    bump(byStage, `${record.ownerId}\u0000${record.stage}`, 1);
  }

  let clock = Number.MAX_SAFE_INTEGER / 2;
  return {
    reps,
    repOrder: (repId) => order.get(repId) ?? Number.MAX_SAFE_INTEGER,
    openLeads: (repId) => open.get(repId) ?? 0,
    inStage: (repId, stage) => byStage.get(`${repId}\u0000${stage}`) ?? 0,
    stageTotal: (stage) => stageTotals.get(stage) ?? 0,
    ledger: (pool) => ledger.get(pool) ?? new Map(),
    accountOwner(lead) {
      for (const key of accountKeys(lead)) {
        const known = owners.get(key);
        if (known && known.leadId !== lead.id) {
          return { repId: known.repId, via: key.startsWith('account:') ? 'account' : 'domain', key: key.slice(key.indexOf(':') + 1), leadId: known.leadId };
        }
      }
      return undefined;
    },
    apply(change) {
      const { before, after } = change;
      if (before?.open) bump(stageTotals, before.stage, -1);
      if (after.open) bump(stageTotals, after.stage, 1);
      if (before?.ownerId && before.open) {
        bump(open, before.ownerId, -1);
        bump(byStage, `${before.ownerId}\u0000${before.stage}`, -1);
      }
      if (after.ownerId && after.open) {
        bump(open, after.ownerId, 1);
        bump(byStage, `${after.ownerId}\u0000${after.stage}`, 1);
      }
      // Later placements in a batch are newer than anything already stored.
      if (after.ownerId) noteOwner(change.lead, after.ownerId, (clock += 1), change.leadId);
      for (const join of change.joins) bumpLedger(ledger, join.pool, join.repId, join.amount);
      if (change.credit) bumpLedger(ledger, change.credit.pool, change.credit.repId, 1);
    },
  };
}

function bumpLedger(ledger: Map<string, Map<string, number>>, pool: string, repId: string, by: number) {
  let entries = ledger.get(pool);
  if (!entries) ledger.set(pool, (entries = new Map()));
  entries.set(repId, (entries.get(repId) ?? 0) + by);
}

/** The keys under which a lead's account is remembered: its account id, then its company email domain. */
export function accountKeys(lead: Lead): string[] {
  const keys: string[] = [];
  if (typeof lead.accountId === 'string' && lead.accountId !== '') keys.push(`account:${lead.accountId}`);
  const domain = companyDomain(lead['email']);
  if (domain) keys.push(`domain:${domain}`);
  return keys;
}
