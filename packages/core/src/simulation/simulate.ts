import { SalesLineError } from '../errors.ts';
import { band } from './percentiles.ts';
import { deriveSeed } from './random.ts';
import { runLine } from './run-line.ts';
import { STATION_IDS, type ScenarioInput, type StationId } from './scenario-schema.ts';
import type { SimulationLineFactory, SimulationStages } from './simulation-line.ts';
import type { RunResult, RunTotals, SimulationResult } from './simulation-result.ts';
import { validateScenario } from './validate-scenario.ts';

export interface SimulateOptions {
  /** Same seed, same scenario, same line → the same result, to the last lead. */
  seed: number;
  /** Workdays to simulate (a month is `workdaysPerMonth` of them). */
  days: number;
  /** Runs over derived seeds; with more than one, `bands` holds p10/p50/p90 of every figure. */
  runs?: number;
  /** Builds the line the leads flow through (one per run). */
  createLine: SimulationLineFactory;
  /** Stage ids of the config, where they differ from the reference line's. */
  stages?: Partial<SimulationStages>;
  /** Day 0 of the simulation, in epoch ms (default 2026-01-05, a Monday). */
  start?: number;
}

export const REFERENCE_STAGES: SimulationStages = {
  meetingSet: 'meeting-set',
  meetingHeld: 'meeting-held',
  proposal: 'proposal',
  hold: 'hold-for-future-close',
  overflow: 'recycled',
  won: 'won',
  lost: 'lost',
  onboarded: null,
};

const MAX_DAYS = 3_650;
const MAX_RUNS = 1_000;

/**
 * Monte Carlo simulation of the line: leads arrive and are dialled day by day with seeded
 * randomness for connects, meetings, no-shows, wins, parking and recycling, while the line
 * itself routes every lead and hand-off. Run 0 uses `seed`; further runs use derived seeds.
 */
export async function simulate(scenario: ScenarioInput, options: SimulateOptions): Promise<SimulationResult> {
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new SalesLineError('invalid-scenario', 'Invalid scenario; see .issues.', { issues: checked.issues });
  const runs = options.runs ?? 1;
  checkInteger('seed', options.seed, 0, 2 ** 32 - 1);
  checkInteger('days', options.days, 1, MAX_DAYS);
  checkInteger('runs', runs, 1, MAX_RUNS);
  const stages = { ...REFERENCE_STAGES, ...options.stages };
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(
      await runLine(checked.scenario, {
        seed: i === 0 ? options.seed : deriveSeed(options.seed, i),
        days: options.days,
        createLine: options.createLine,
        stages,
        start: options.start ?? Date.UTC(2026, 0, 5),
      }),
    );
  }
  const first = results[0] as RunResult;
  return { ...first, runs, bands: runs > 1 ? bandsOf(results) : null };
}

function bandsOf(results: RunResult[]): NonNullable<SimulationResult['bands']> {
  const keys = Object.keys((results[0] as RunResult).totals) as (keyof RunTotals)[];
  const totals = Object.fromEntries(keys.map((key) => [key, band(results.map((r) => r.totals[key]))])) as Record<keyof RunTotals, ReturnType<typeof band>>;
  const utilisation = Object.fromEntries(
    STATION_IDS.map((id) => [id, band(results.map((r) => r.stations.find((s) => s.station === id)?.utilisation ?? 0))]),
  ) as Record<StationId, ReturnType<typeof band>>;
  return { totals, utilisation };
}

function checkInteger(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new SalesLineError('invalid-input', `simulate: ${name} must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}.`);
  }
}
