import type { Lead, Rep, RepStatus } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';

/** Where one lead stands. Plain data: a `LineState` round-trips through JSON unchanged. */
export interface LeadRecord {
  id: string;
  /** The lead as the host handed it in (its fields are the routing facts). */
  lead: Lead;
  station: string;
  stage: string;
  ownerId: string | null;
  queue: string | null;
  /** Epoch milliseconds from the line's clock. */
  createdAt: number;
  stageEnteredAt: number;
  updatedAt: number;
  /** When the current stage's deadline falls due, or null when it has none. */
  dueAt: number | null;
  previousOwners: string[];
}

export interface RepRecord extends Rep {
  status: RepStatus;
  /** Epoch ms when the rep last became active: the fairness ledger's join point. */
  activeSince: number;
}

export interface LineState {
  /** Increments with every committed change. */
  version: number;
  leads: Record<string, LeadRecord>;
  reps: Record<string, RepRecord>;
  /** Queue id → lead ids waiting in it, oldest first. */
  queues: Record<string, string[]>;
  /** Pool key → rep id → credited assignments (the fairness ledger). */
  ledger: Record<string, Record<string, number>>;
}

export type MoveResult = { ok: true; decision?: RoutingDecision } | { ok: false; reasons: string[] };

export interface AuditEntry {
  at: number;
  command: 'addLead' | 'moveLead' | 'tick' | 'setRepStatus' | 'updateConfig' | 'undo' | 'addRep' | 'removeRep';
  actor: string | null;
  leadId?: string;
  repId?: string;
  /** What changed, in plain language. */
  summary: string;
  decision?: RoutingDecision;
}
