import type { Lead } from '../line/lead.ts';
import type { LeadRecord } from '../state/line-state.ts';
import { companyDomain } from './free-mail-domains.ts';
import { createLoadCounts, type LoadCounts } from './load-counts.ts';

/** The stored owner of an account key: the newest owned lead carrying it. */
export interface KeyOwner {
  repId: string;
  leadId: string;
}

/**
 * Counts over a line's leads that assignment reads (open leads per rep, per rep and stage,
 * per stage) and the owner of every account key, kept up to date lead by lead as records
 * change, so a command costs what it changes rather than a scan of every lead on the line.
 */
export interface LeadIndex extends Omit<LoadCounts, 'add'> {
  readonly terminal: ReadonlySet<string>;
  accountOwner(key: string): KeyOwner | undefined;
  /** One lead's record changed (`undefined`: absent before or after). */
  update(leadId: string, before: LeadRecord | undefined, after: LeadRecord | undefined): void;
}

interface Best {
  repId: string;
  leadId: string;
  updatedAt: number;
  rank: number;
}

// Object keys that are array indices come first, in numeric order; the rest in insertion order.
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
const STRING_KEYS = 2 ** 32;

/**
 * Builds the index of `leads` (one scan), then keeps it current through `update`. `leads` is
 * read again later: its holder writes each record there before it reports the change.
 */
export function createLeadIndex(leads: Readonly<Record<string, LeadRecord>>, terminal: ReadonlySet<string>): LeadIndex {
  const counts = createLoadCounts();
  const keysOf = new Map<string, readonly string[]>();
  const leadsOf = new Map<string, Set<string>>();
  /** Cached owner per key; a key missing here is worked out again from `leadsOf`. */
  const best = new Map<string, Best | null>();
  const ranks = new Map<string, number>();
  let inserted = 0;

  const rankOf = (leadId: string): number => {
    let rank = ranks.get(leadId);
    if (rank === undefined) {
      rank = INDEX_KEY.test(leadId) && Number(leadId) < STRING_KEYS - 1 ? Number(leadId) : STRING_KEYS + inserted++;
      ranks.set(leadId, rank);
    }
    return rank;
  };
  // The newest update wins; on a tie, the lead later in the state's key order (as a scan would find it).
  const beats = (a: Best, b: Best) => a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.rank >= b.rank);
  const ownership = (leadId: string, record: LeadRecord): Best | null =>
    record.ownerId === null ? null : { repId: record.ownerId, leadId, updatedAt: record.updatedAt, rank: rankOf(leadId) };
  const count = (record: LeadRecord | undefined, by: number) => {
    if (record !== undefined && !terminal.has(record.stage)) counts.add(record.ownerId, record.stage, by);
  };

  function keysOfLead(leadId: string, lead: Lead): readonly string[] {
    let keys = keysOf.get(leadId);
    if (keys === undefined) keysOf.set(leadId, (keys = accountKeys(lead)));
    return keys;
  }

  function update(leadId: string, before: LeadRecord | undefined, after: LeadRecord | undefined) {
    count(before, -1);
    count(after, 1);
    if (before === undefined && after !== undefined) rankOf(leadId);
    const lead = (after ?? before)?.lead;
    if (lead === undefined) return;
    const keys = keysOfLead(leadId, lead);
    if (after === undefined) {
      ranks.delete(leadId);
      keysOf.delete(leadId);
    }
    for (const key of keys) {
      let members = leadsOf.get(key);
      if (members === undefined) leadsOf.set(key, (members = new Set()));
      if (after === undefined) members.delete(leadId);
      else members.add(leadId);
      const cached = best.get(key);
      if (cached === undefined) continue;
      const candidate = after === undefined ? null : ownership(leadId, after);
      if (candidate !== null && (cached === null || beats(candidate, cached))) best.set(key, candidate);
      else if (cached?.leadId === leadId) best.delete(key);
    }
  }

  function ownerOf(key: string): Best | null {
    const cached = best.get(key);
    if (cached !== undefined) return cached;
    let found: Best | null = null;
    for (const leadId of leadsOf.get(key) ?? []) {
      const record = Object.hasOwn(leads, leadId) ? leads[leadId] : undefined;
      const candidate = record === undefined ? null : ownership(leadId, record);
      if (candidate !== null && (found === null || beats(candidate, found))) found = candidate;
    }
    best.set(key, found);
    return found;
  }

  for (const id of Object.keys(leads)) update(id, undefined, leads[id]);

  return {
    terminal,
    openLeads: counts.openLeads,
    inStage: counts.inStage,
    stageTotal: counts.stageTotal,
    accountOwner: (key) => ownerOf(key) ?? undefined,
    update,
  };
}

/** The keys under which a lead's account is remembered: its account id, then its company email domain. */
export function accountKeys(lead: Lead): string[] {
  const keys: string[] = [];
  if (typeof lead.accountId === 'string' && lead.accountId !== '') keys.push(`account:${lead.accountId}`);
  const domain = companyDomain(lead['email']);
  if (domain) keys.push(`domain:${domain}`);
  return keys;
}
