import type { SalesLineConfig } from '../config/config-schema.ts';
import { presets } from '../config/presets/presets.ts';
import { SalesLineError } from '../errors.ts';
import { band, type Band } from './percentiles.ts';
import { deriveSeed } from './random.ts';
import { runLine } from './run-line.ts';
import { runTraditional } from './run-traditional.ts';
import { salesLineFactory } from './sales-line-factory.ts';
import { STATION_IDS, type ScenarioInput, type StationId } from './scenario-schema.ts';
import type { SimulationLineFactory, SimulationStages } from './simulation-line.ts';
import type { RunResult, RunTotals, SimulationResult, TeamRun } from './simulation-result.ts';
import { parseScenario } from './validate-scenario.ts';
import { validatedConfig } from '../config/validated-config.ts';

export interface SimulateOptions {
  /** Same seed, same scenario, same line → the same result, to the last lead. */
  seed: number;
  /** Workdays to simulate (a month is `workdaysPerMonth` of them). */
  days: number;
  /** Runs over derived seeds; with more than one, `bands` holds p10/p50/p90 of every figure. */
  runs?: number;
  /** The line's config (default `presets.assemblyLine`): its stations, transitions, rules and deadlines apply. */
  config?: SalesLineConfig;
  /** Builds the line the leads flow through (one per run) from `config`; default `createSalesLine`. */
  createLine?: SimulationLineFactory;
  /** Run the traditional team beside the line (default true). */
  compare?: boolean;
  /** The traditional team's config (default `presets.traditional`). */
  traditionalConfig?: SalesLineConfig;
  /** Builds the traditional team's line; default: `createLine`. */
  createTraditionalLine?: SimulationLineFactory;
  /** The generalists' station id in the traditional config (default "generalist"). */
  traditionalStation?: string;
  /** Stage ids of the config, where they differ from the reference line's. */
  stages?: Partial<SimulationStages>;
  /** Day 0 of the simulation, in epoch ms (default 2026-01-05, a Monday). */
  start?: number;
}

/** The stages of `presets.assemblyLine` (and `presets.traditional`) for each step of the funnel. */
export const REFERENCE_STAGES: SimulationStages = {
  meetingSet: 'meeting-set',
  meetingHeld: 'meeting-held',
  proposal: 'proposal',
  hold: 'hold-for-future-close',
  won: 'onboarding',
  lost: ['lost', 'disqualified'],
  onboarded: 'active-customer',
};

const MAX_DAYS = 3_650;
const MAX_RUNS = 1_000;

/**
 * Monte Carlo simulation of the line: leads arrive and are dialled day by day with seeded
 * randomness for connects, meetings, no-shows, wins, parking and recycling, while the line
 * itself routes every lead and hand-off. Run 0 uses `seed`; further runs use derived seeds.
 */
export async function simulate(scenario: ScenarioInput, options: SimulateOptions): Promise<SimulationResult> {
  if (typeof options !== 'object' || options === null) {
    throw new SalesLineError('invalid-input', `simulate: options { seed, days } are required, e.g. simulate(scenario, { seed: 42, days: 252 }); got ${JSON.stringify(options) ?? typeof options}.`);
  }
  const checked = { scenario: parseScenario(scenario) };
  const runs = options.runs ?? 1;
  checkInteger('seed', options.seed, 0, 2 ** 32 - 1);
  checkInteger('days', options.days, 1, MAX_DAYS);
  checkInteger('runs', runs, 1, MAX_RUNS);
  const stages = { ...REFERENCE_STAGES, ...options.stages };
  const start = options.start ?? Date.UTC(2026, 0, 5);
  if (typeof start !== 'number' || !Number.isFinite(start)) throw new SalesLineError('invalid-input', `simulate: start must be epoch milliseconds; got ${JSON.stringify(start) ?? typeof start}.`);
  const createLine = options.createLine ?? salesLineFactory;
  const lineConfig = withHoldCap(validatedConfig(options.config ?? presets.assemblyLine), stages.hold, checked.scenario.hffc.capPerHunter);
  const traditionalConfig = options.compare === false ? null : validatedConfig(options.traditionalConfig ?? presets.traditional);
  for (const config of [lineConfig, traditionalConfig]) if (config !== null) checkStages(config, stages);
  const results: RunResult[] = [];
  const traditional: TeamRun[] = [];
  for (let i = 0; i < runs; i++) {
    const seed = i === 0 ? options.seed : deriveSeed(options.seed, i);
    results.push(await runLine(checked.scenario, { seed, days: options.days, config: lineConfig, createLine, stages, start }));
    if (options.compare !== false) {
      traditional.push(
        await runTraditional(checked.scenario, {
          seed: deriveSeed(seed, 0x7ead),
          days: options.days,
          config: traditionalConfig as SalesLineConfig,
          createLine: options.createTraditionalLine ?? createLine,
          stages,
          start,
          station: options.traditionalStation ?? 'generalist',
        }),
      );
    }
  }
  const first = results[0] as RunResult;
  const team = traditional[0] ?? null;
  return {
    ...first,
    runs,
    bands: runs > 1 ? bandsOf(results, traditional) : null,
    traditional: team,
    ratios: team === null ? null : ratiosOf(first.totals, team.totals),
  };
}

function ratiosOf(line: RunTotals, team: RunTotals): NonNullable<SimulationResult['ratios']> {
  // Nothing to divide by (no meeting held yet on a short run): no ratio rather than NaN or Infinity.
  const ratio = (key: keyof RunTotals) => (team[key] === 0 ? null : line[key] / team[key]);
  return { meetingsHeld: ratio('meetingsHeld'), dealsWon: ratio('dealsWon'), revenue: ratio('revenue'), cost: ratio('cost'), profit: ratio('profit') };
}

function totalsBands(results: { totals: RunTotals }[]): Record<keyof RunTotals, Band> {
  const keys = Object.keys((results[0] as { totals: RunTotals }).totals) as (keyof RunTotals)[];
  return Object.fromEntries(keys.map((key) => [key, band(results.map((r) => r.totals[key]))])) as Record<keyof RunTotals, Band>;
}

function bandsOf(results: RunResult[], traditional: TeamRun[]): NonNullable<SimulationResult['bands']> {
  const utilisation = Object.fromEntries(
    STATION_IDS.map((id) => [id, band(results.map((r) => r.stations.find((s) => s.station === id)?.utilisation ?? 0))]),
  ) as Record<StationId, Band>;
  return { totals: totalsBands(results), utilisation, traditional: traditional.length > 0 ? totalsBands(traditional) : null };
}

function checkInteger(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new SalesLineError('invalid-input', `simulate: ${name} must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}.`);
  }
}

/** Every stage the simulation aims for must be one of the config's: an unknown one would silently never be reached. */
function checkStages(config: SalesLineConfig, stages: SimulationStages): void {
  const known = new Set([...config.line.stations.flatMap((station) => station.stages), ...config.line.terminal]);
  const unknown = Object.entries(stages).flatMap(([step, stage]) =>
    (Array.isArray(stage) ? (stage.some((s) => known.has(s)) ? [] : [[step, stage.join(' or ')]]) : stage === null || known.has(stage) ? [] : [[step, stage]]),
  );
  if (unknown.length === 0) return;
  const [step, stage] = unknown[0] as [string, string];
  throw new SalesLineError('invalid-input', `simulate: stages.${step} "${stage}" is not a stage of the config (${[...known].join(', ')}); pass options.stages with the config's own stage ids.`);
}

/**
 * The scenario's hold cap is the one the line enforces: a WIP limit per rep on the hold stage
 * takes `capPerHunter`, so the simulation and the capacity model park the same number of deals.
 */
function withHoldCap(config: SalesLineConfig, hold: string, cap: number): SalesLineConfig {
  const limited = config.line.stations.some((station) => station.wipLimits?.some((limit) => limit.stage === hold && limit.perRep !== undefined));
  if (!limited) return config;
  const copy = structuredClone(config) as SalesLineConfig;
  for (const station of copy.line.stations) {
    for (const limit of station.wipLimits ?? []) if (limit.stage === hold && limit.perRep !== undefined) limit.perRep = Math.max(1, cap);
  }
  return copy;
}
