import type { RoutingDecision } from '../routing/routing-decision.ts';
import type { SimulationLine } from './simulation-line.ts';
import type { MonthFigures, RunTotals } from './simulation-result.ts';

const MAX_WARNINGS = 5;

export interface RunLedger {
  totals: RunTotals;
  months: MonthFigures[];
  warnings: string[];
  /** Moves a lead on the line; a refused move is counted and its reasons kept. */
  move(leadId: string, stage: string): Promise<{ ok: boolean; decision?: RoutingDecision }>;
  /** Counts a move the simulation could not make, with its reasons. */
  refuse(leadId: string, stage: string, reasons: readonly string[]): void;
  meetingHeld(): void;
  dealWon(value: number): void;
  /** Books the day's payroll and closes the month every `workdaysPerMonth` days. */
  endDay(day: number, lastDay: boolean): void;
  finish(): void;
}

/** What both runs (the line and the traditional team) count the same way. */
export function createRunLedger(line: SimulationLine, workdaysPerMonth: number, costPerDay: number): RunLedger {
  const totals: RunTotals = {
    inboundLeads: 0, outboundDials: 0, leadsWorked: 0, conversations: 0, meetingsSet: 0, meetingsHeld: 0,
    noShows: 0, droppedAtFirstMeeting: 0, dealsWon: 0, dealsLost: 0, parked: 0, revived: 0, overflow: 0,
    onboarded: 0, revenue: 0, cost: 0, profit: 0, refusedMoves: 0,
  };
  const months: MonthFigures[] = [];
  const warnings: string[] = [];
  const newMonth = (n: number): MonthFigures => ({ month: n, meetingsHeld: 0, dealsWon: 0, revenue: 0, cost: 0, profit: 0 });
  let month = newMonth(1);
  function refuse(leadId: string, stage: string, reasons: readonly string[]): void {
    totals.refusedMoves++;
    if (warnings.length < MAX_WARNINGS) warnings.push(`${leadId} → ${stage}: ${reasons.join('; ')}`);
  }
  return {
    totals,
    months,
    warnings,
    async move(leadId, stage) {
      const result = await line.moveLead(leadId, stage);
      if (result.ok) return result;
      refuse(leadId, stage, result.reasons);
      return { ok: false };
    },
    refuse,
    meetingHeld() {
      totals.meetingsHeld++;
      month.meetingsHeld++;
    },
    dealWon(value) {
      totals.dealsWon++;
      month.dealsWon++;
      totals.revenue += value;
      month.revenue += value;
    },
    endDay(day, lastDay) {
      totals.cost += costPerDay;
      month.cost += costPerDay;
      if ((day + 1) % workdaysPerMonth === 0 || lastDay) {
        month.profit = month.revenue - month.cost;
        months.push(month);
        month = newMonth(month.month + 1);
      }
    },
    finish() {
      totals.profit = totals.revenue - totals.cost;
    },
  };
}
