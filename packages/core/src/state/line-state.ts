import type { Lead, Rep, RepStatus } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';

/** One credited rotation turn: the rep got this lead from the pool's rotation. */
export interface RotationCredit {
  pool: string;
  repId: string;
}

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
  /** Rotation turns this lead cost, in order; a credit-back removes the last one. */
  rotationCredits: RotationCredit[];
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
  /** Rep ids in the order they joined the line: the deterministic tie-break. */
  repOrder: string[];
  /** Queue id → lead ids waiting in it, oldest first. */
  queues: Record<string, string[]>;
  /** Pool key → rep id → credited assignments (the fairness ledger). */
  ledger: Record<string, Record<string, number>>;
  /**
   * Pool key → rep id → credits granted without an assignment, when a rep joined or came
   * back at the pool's current level. `ledger = ledgerJoins + rotation credits of the leads`.
   */
  ledgerJoins: Record<string, Record<string, number>>;
}

/** The rep with this id on the line; never a member every object inherits, such as `toString`. */
export function repOf(state: Pick<LineState, 'reps'>, repId: string): RepRecord | undefined {
  return Object.hasOwn(state.reps, repId) ? state.reps[repId] : undefined;
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
