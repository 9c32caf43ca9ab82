import type { SalesLineConfig } from '../config/config-schema.ts';
import type { Lead, Rep } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import type { LeadRecord, LineState, MoveResult } from '../state/line-state.ts';

/**
 * The narrow part of a sales line the simulation drives: every lead the simulation creates or
 * hands on goes through it, so routing rules, pools, WIP limits and deadlines decide for real.
 * `createSalesLine(config, { reps, clock })` satisfies it.
 */
export interface SimulationLine {
  addLeads(leads: Lead[]): Promise<readonly RoutingDecision[]>;
  moveLead(leadId: string, toStage: string): Promise<MoveResult>;
  tick?(now?: number): Promise<readonly RoutingDecision[]>;
  /** When given, the simulation reads each lead's real stage before moving it on. */
  getState?(): LineState;
  /** One lead's record; preferred over `getState()`, which may snapshot the whole line. */
  getLead?(leadId: string): LeadRecord | undefined;
}

/**
 * Builds the line for one run from `config` (the simulation may have set the hold cap from the
 * scenario); `clock` is the simulated time in epoch milliseconds. With `state`, the line
 * continues from it (the simulation drops finished leads every simulated week).
 */
export type SimulationLineFactory = (init: { config: SalesLineConfig; reps: Rep[]; clock: () => number; state?: LineState }) => SimulationLine;

/** The stage ids the simulation moves leads to; it walks the config's transitions to reach them. */
export interface SimulationStages {
  /** A meeting booked by an SDR. */
  meetingSet: string;
  /** The meeting happened: on the reference line, the hand-off to a Hunter. */
  meetingHeld: string;
  proposal: string;
  /** Hold for future close (parked; the config's WIP limit caps it per Hunter). */
  hold: string;
  /** A won deal: on the reference line, the hand-off to customer management. */
  won: string;
  /** Where a lost lead ends: the nearest of these. */
  lost: string[];
  /** Where customer management moves a customer once onboarded; null to leave them. */
  onboarded: string | null;
}

/** A lead as a run tracks it beside the line: where it is and when its next step can happen. */
export interface SimLead {
  id: string;
  kind: 'inbound' | 'outbound';
  stage: string;
  station: string;
  owner: string | null;
  /** First workday the lead's next step can happen (a meeting booked today is held tomorrow). */
  readyDay: number;
  /** The work queue the lead waits in, if any. */
  queuedIn?: SimLead[] | undefined;
}

/** What one seeded run of a team needs. */
export interface RunOptions {
  seed: number;
  days: number;
  config: SalesLineConfig;
  createLine: SimulationLineFactory;
  stages: SimulationStages;
  /** Epoch ms of day 0. */
  start: number;
}
