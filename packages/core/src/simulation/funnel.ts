import type { Scenario } from './scenario-schema.ts';

/** Conversion yields per lead and per deal that the capacity model and the simulation share. */
export interface LeadYields {
  conversationsPerInbound: number;
  conversationsPerOutbound: number;
  heldPerInbound: number;
  heldPerOutbound: number;
  /** Wins per meeting held by a Hunter: winRate × closeRateAdvantage. */
  lineWinPerHeld: number;
  /** Wins per qualified deal (after the first-meeting drop) for a Hunter. */
  lineWinPerQualified: number;
  /** Wins per qualified deal at the generalist (base) win rate. */
  baseWinPerQualified: number;
}

export function leadYields(scenario: Scenario): LeadYields {
  const c = scenario.conversion;
  const kept = 1 - c.firstMeetingDrop;
  const lineWinPerHeld = c.winRate * scenario.specialist.closeRateAdvantage;
  return {
    conversationsPerInbound: c.inboundContactRate,
    conversationsPerOutbound: c.connectRate,
    heldPerInbound: c.inboundContactRate * c.conversationToMeeting * c.showRateInbound,
    heldPerOutbound: c.connectRate * c.conversationToMeeting * c.showRateOutbound,
    lineWinPerHeld,
    lineWinPerQualified: kept > 0 ? lineWinPerHeld / kept : 0,
    baseWinPerQualified: kept > 0 ? c.winRate / kept : 0,
  };
}

/**
 * Average productivity over a person's tenure: a hire produces half on average while ramping,
 * and is replaced every `tenureMonths`, so 1 − ramp / (2 × tenure).
 */
export function rampFactor(params: { rampMonths: number; tenureMonths: number }): number {
  return 1 - params.rampMonths / (2 * params.tenureMonths);
}

/** Meetings a Hunter holds per meeting a generalist holds (same ramp): the "up to 7×" factor. */
export function closerCapacityRatio(scenario: Scenario): number {
  const share = scenario.specialist.shareOfTimeClosing / scenario.generalist.shareOfTimeSelling;
  return share * scenario.generalist.taskSwitchingOverhead;
}

/**
 * Meetings a generalist holds per workday: a Hunter's pace, scaled to the share of the day left
 * for selling and slowed by booking their own meetings (the task-switching overhead).
 */
export function generalistMeetingsPerDay(scenario: Scenario): number {
  return (
    (scenario.line.hunter.meetingsPerDay / scenario.specialist.shareOfTimeClosing) *
    (scenario.generalist.shareOfTimeSelling / scenario.generalist.taskSwitchingOverhead)
  );
}
