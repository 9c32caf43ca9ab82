import type { Band } from './percentiles.ts';
import type { StationId } from './scenario-schema.ts';
import type { StationCapacity } from './capacity-model.ts';

export interface StationResult {
  station: StationId | 'generalist';
  headcount: number;
  unit: StationCapacity['unit'];
  /** Units the station could have done over the run (headcount × per-day throughput × ramp × days). */
  capacity: number;
  /** Units it did. */
  throughput: number;
  utilisation: number;
  /** The station's payroll over the run (headcount × cost per head, per workday). */
  cost: number;
  /** The first-year value of the deals the station won (0 for stations that do not close). */
  revenue: number;
  /** Leads waiting for the station's work at the end of each day. */
  queue: { final: number; mean: number; max: number };
}

export interface RunTotals {
  inboundLeads: number;
  outboundDials: number;
  leadsWorked: number;
  conversations: number;
  meetingsSet: number;
  meetingsHeld: number;
  noShows: number;
  droppedAtFirstMeeting: number;
  dealsWon: number;
  dealsLost: number;
  /** Deals in hold-for-future-close at the end. */
  parked: number;
  revived: number;
  /** Deals sent on because their Hunter's hold was full. */
  overflow: number;
  onboarded: number;
  revenue: number;
  cost: number;
  profit: number;
  /** Moves the line refused (a guard, a WIP limit); the simulation counts the lead as lost. */
  refusedMoves: number;
}

export interface MonthFigures {
  month: number;
  meetingsHeld: number;
  dealsWon: number;
  revenue: number;
  cost: number;
  profit: number;
}

export interface RunResult {
  seed: number;
  days: number;
  totals: RunTotals;
  stations: StationResult[];
  /** The station with the most days of work left waiting (more than one), else the busiest. */
  bottleneck: StationId | 'generalist';
  months: MonthFigures[];
  /** The first few refused moves, as the line explained them. */
  warnings: string[];
}

/** The traditional team's run over the same days and seed. */
export interface TeamRun {
  totals: RunTotals;
  stations: StationResult[];
  months: MonthFigures[];
  warnings: string[];
}

/** line ÷ traditional; `null` where the traditional team's figure is 0 (nothing to divide by). */
export type RunRatios = Record<'meetingsHeld' | 'dealsWon' | 'revenue' | 'cost' | 'profit', number | null>;

export interface SimulationResult extends RunResult {
  runs: number;
  /** With `runs` > 1: p10/p50/p90 of every total and of each station's utilisation over the seeds. */
  bands: {
    totals: Record<keyof RunTotals, Band>;
    utilisation: Record<StationId, Band>;
    traditional: Record<keyof RunTotals, Band> | null;
  } | null;
  /** The traditional team on the same leads' odds, when a traditional line was given. */
  traditional: TeamRun | null;
  /** line ÷ traditional of run 0, when there is a traditional run. */
  ratios: RunRatios | null;
}
