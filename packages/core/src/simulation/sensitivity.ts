import { SalesLineError, formatPath } from '../errors.ts';
import { capacityModel, type CapacityModel } from './capacity-model.ts';
import type { Scenario, ScenarioInput } from './scenario-schema.ts';
import { validateScenario } from './validate-scenario.ts';

/** A parameter to vary: a dot path into the scenario, with optional range ends to try besides ±delta. */
export interface SensitivityParameter {
  path: string;
  low?: number;
  high?: number;
}

export interface SensitivityPoint {
  value: number;
  /** line ÷ traditional at this value; null when the value makes the scenario invalid. */
  ratios: CapacityModel['ratios'] | null;
  issue?: string;
}

export interface SensitivityRow {
  parameter: string;
  base: SensitivityPoint;
  minus: SensitivityPoint;
  plus: SensitivityPoint;
  rangeLow?: SensitivityPoint;
  rangeHigh?: SensitivityPoint;
}

/** The parameters the documentation's table varies; ranges are the public figures' ranges. */
export const DEFAULT_SENSITIVITY_PARAMETERS: readonly SensitivityParameter[] = [
  { path: 'specialist.shareOfTimeClosing' },
  { path: 'generalist.shareOfTimeSelling' },
  { path: 'generalist.taskSwitchingOverhead' },
  { path: 'line.hunter.meetingsPerDay' },
  { path: 'line.hunter.headcount' },
  { path: 'line.lead-generation.headcount' },
  { path: 'line.lead-generation.dialsPerDay', low: 50, high: 200 },
  { path: 'conversion.connectRate', low: 0.05, high: 0.133 },
  { path: 'conversion.conversationToMeeting', low: 0.1, high: 0.15 },
  { path: 'conversion.showRateOutbound', low: 0.65, high: 0.75 },
  { path: 'conversion.winRate', low: 0.15, high: 0.25 },
  { path: 'specialist.closeRateAdvantage' },
  { path: 'hffc.share' },
  { path: 'hffc.recycleRate' },
  { path: 'cycleDays', low: 14, high: 270 },
  { path: 'traditional.headcount' },
  { path: 'line.hunter.costPerHead', low: 120_000, high: 175_000 },
  { path: 'line.lead-generation.costPerHead', low: 72_000, high: 95_000 },
];

/**
 * How the line ÷ traditional ratios move when each parameter moves by ±`delta` (default 20%)
 * and, where given, to the ends of its range. Pure; every variant is validated like a user's
 * scenario, and integers (headcounts, caps) are rounded.
 */
export function sensitivity(
  scenario: ScenarioInput = {},
  parameters: readonly (SensitivityParameter | string)[] = DEFAULT_SENSITIVITY_PARAMETERS,
  options: { delta?: number } = {},
): SensitivityRow[] {
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new SalesLineError('invalid-scenario', 'Invalid scenario; see .issues.', { issues: checked.issues });
  const base = checked.scenario;
  const delta = options.delta ?? 0.2;
  return parameters.map((entry) => {
    const parameter = typeof entry === 'string' ? { path: entry } : entry;
    const path = parameter.path.split('.');
    const value = readNumber(base, path, parameter.path);
    const integer = Number.isInteger(value) && !validateScenario(withValue(base, path, value + 0.5)).ok;
    const row: SensitivityRow = {
      parameter: parameter.path,
      base: point(base, path, value, integer),
      minus: point(base, path, value * (1 - delta), integer),
      plus: point(base, path, value * (1 + delta), integer),
    };
    if (parameter.low !== undefined) row.rangeLow = point(base, path, parameter.low, integer);
    if (parameter.high !== undefined) row.rangeHigh = point(base, path, parameter.high, integer);
    return row;
  });
}

function point(base: Scenario, path: string[], value: number, integer: boolean): SensitivityPoint {
  const attempt = (v: number) => validateScenario(withValue(base, path, v));
  let result = attempt(value);
  // Headcounts and caps are integers: 4 × 0.8 people means 3, not an invalid scenario.
  if (!result.ok && integer && !Number.isInteger(value)) {
    const rounded = Math.round(value);
    const retry = attempt(rounded);
    if (retry.ok) {
      value = rounded;
      result = retry;
    }
  }
  if (!result.ok) {
    const first = result.issues[0];
    return { value, ratios: null, issue: first ? `${formatPath(first.path)}: ${first.message}` : 'invalid' };
  }
  return { value, ratios: capacityModel(result.scenario).ratios };
}

function readNumber(scenario: Scenario, path: string[], name: string): number {
  let node: unknown = scenario;
  for (const key of path) {
    node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (typeof node !== 'number') {
    throw new SalesLineError('invalid-input', `Sensitivity parameter "${name}" is not a number in the scenario; use a dot path such as "conversion.winRate".`);
  }
  return node;
}

function withValue(scenario: Scenario, path: string[], value: number): unknown {
  const copy = structuredClone(scenario) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return copy;
}

/** Renders rows as a Markdown table of one ratio (default `meetingsHeld`), the way docs/simulation.md shows it. */
export function formatSensitivityTable(rows: readonly SensitivityRow[], metric: keyof CapacityModel['ratios'] = 'meetingsHeld'): string {
  const cell = (p: SensitivityPoint | undefined) => {
    if (p === undefined) return '';
    const ratio = p.ratios === null ? 'invalid' : `${round(p.ratios[metric], 2)}×`;
    return `${round(p.value, 4)} → ${ratio}`;
  };
  const lines = [
    `| parameter | base → ${metric} ratio | −20% | +20% | range low | range high |`,
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| \`${r.parameter}\` | ${cell(r.base)} | ${cell(r.minus)} | ${cell(r.plus)} | ${cell(r.rangeLow)} | ${cell(r.rangeHigh)} |`),
  ];
  return lines.join('\n');
}

function round(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}
