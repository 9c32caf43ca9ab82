import type { Lead, Rep } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import type { MoveResult } from '../state/line-state.ts';

/**
 * The narrow part of a sales line the simulation drives: every lead the simulation creates or
 * hands on goes through it, so routing rules, pools, WIP limits and deadlines decide for real.
 * `createSalesLine(config, { reps, clock })` satisfies it.
 */
export interface SimulationLine {
  addLeads(leads: Lead[]): Promise<readonly RoutingDecision[]>;
  moveLead(leadId: string, toStage: string): Promise<MoveResult>;
  tick?(now?: number): Promise<readonly RoutingDecision[]>;
}

/** Builds the line for one run; `clock` is the simulated time in epoch milliseconds. */
export type SimulationLineFactory = (init: { reps: Rep[]; clock: () => number }) => SimulationLine;

/** The stage ids the simulation moves leads to, for each step of the funnel. */
export interface SimulationStages {
  /** A meeting booked by an SDR: the hand-off to the Hunters. */
  meetingSet: string;
  meetingHeld: string;
  proposal: string;
  /** Hold for future close (parked under the Hunter's cap). */
  hold: string;
  /** Where an SDR or Hunter sends a deal that is over the Hunter's hold cap. */
  overflow: string;
  won: string;
  lost: string;
  /** Where customer management moves a customer once onboarded; null to leave them. */
  onboarded: string | null;
}
