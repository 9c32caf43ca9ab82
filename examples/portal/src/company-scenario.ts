import type { CapacityModel, LineState, ScenarioInput } from '@sales-line/core';
import { STATION_IDS, capacityModel } from '@sales-line/core/simulation';

const DAY = 86_400_000;
const MONTH_DAYS = 365 / 12;
/** Sources that arrive by themselves (the rest is dialled from lists). */
const INBOUND_SOURCES = new Set(['inbound', 'referral', 'event']);

/**
 * The capacity scenario of the company the portal runs: its people per station (active or
 * away, not inactive), the inbound leads of the last four weeks as a monthly rate, and the
 * average value of its leads. Everything else keeps the public defaults. The traditional
 * team gets the same number of people, as generalists.
 */
export function companyScenario(state: LineState, now = Date.now()): ScenarioInput {
  const headcount: Record<string, number> = {};
  for (const rep of Object.values(state.reps)) if (rep.status !== 'inactive') headcount[rep.station] = (headcount[rep.station] ?? 0) + 1;
  const line = Object.fromEntries(STATION_IDS.map((station) => [station, { headcount: headcount[station] ?? 0 }]));
  const people = STATION_IDS.reduce((sum, station) => sum + (headcount[station] ?? 0), 0);

  const window = 28 * DAY;
  let inbound = 0;
  let valueSum = 0;
  let valued = 0;
  for (const record of Object.values(state.leads)) {
    const { source, value } = record.lead as { source?: unknown; value?: unknown };
    if (record.createdAt >= now - window && typeof source === 'string' && INBOUND_SOURCES.has(source)) inbound++;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
      valueSum += value;
      valued++;
    }
  }
  return {
    name: 'This company',
    ...(valued > 0 ? { dealValue: Math.round(valueSum / valued) } : {}),
    leads: { inboundPerMonth: Math.round((inbound * MONTH_DAYS * DAY) / window) },
    line: line as ScenarioInput['line'],
    traditional: { headcount: people },
  };
}

/** The steady-state month of this company as an assembly line beside the same people as generalists. */
export function companyCapacity(
  state: LineState,
  overrides: { inboundPerMonth?: number; dealValue?: number } = {},
  now = Date.now(),
): { scenario: ScenarioInput; model: CapacityModel } {
  const measured = companyScenario(state, now);
  const scenario: ScenarioInput = {
    ...measured,
    ...(overrides.dealValue === undefined ? {} : { dealValue: overrides.dealValue }),
    ...(overrides.inboundPerMonth === undefined ? {} : { leads: { inboundPerMonth: overrides.inboundPerMonth } }),
  };
  return { scenario, model: capacityModel(scenario) };
}
