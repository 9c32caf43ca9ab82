import type { SalesLineConfig } from '../config/config-schema.ts';
import type { ConfigIssue } from '../errors.ts';
import { lineGraph, type LineGraph } from '../line/line-graph.ts';
import type { LeadRecord, LineState } from './line-state.ts';

type Path = (string | number)[];

/** Where a stage is written in a document: its place in a station's `stages` or in `terminal`. */
function placeOf(config: SalesLineConfig, stage: string): Path {
  const terminal = config.line.terminal.indexOf(stage);
  if (terminal >= 0) return ['line', 'terminal', terminal];
  for (const [i, station] of config.line.stations.entries()) {
    const at = station.stages.indexOf(stage);
    if (at >= 0) return ['line', 'stations', i, 'stages', at];
  }
  return ['line', 'stations'];
}

/** What a new config would do to the leads in one stage, or null when they can stay as they are. */
type Change = { kind: 'dropped' | 'ends' | 'reopens' | 'moves'; to?: string };

function changeFor(record: LeadRecord, before: LineGraph, after: LineGraph): Change | null {
  if (!after.isKnownStage(record.stage)) return { kind: 'dropped' };
  const wasTerminal = before.terminal.has(record.stage);
  if (!wasTerminal && after.terminal.has(record.stage)) return { kind: 'ends' };
  if (wasTerminal && !after.terminal.has(record.stage)) return { kind: 'reopens' };
  const station = after.stationOfStage.get(record.stage);
  return station !== undefined && station !== record.station ? { kind: 'moves', to: station } : null;
}

const MESSAGES: Record<Change['kind'], (stage: string, n: number, change: Change) => string> = {
  dropped: (stage, n) => `Stage "${stage}" still holds ${n} lead(s); keep it in a station (or in line.terminal) or move them out first.`,
  ends: (stage, n) => `Stage "${stage}" holds ${n} open lead(s) and would become terminal, which would end them where they stand; move them out first or keep it a station stage.`,
  reopens: (stage, n) => `Stage "${stage}" holds ${n} finished lead(s) and would become a working stage, where they would have no one and no queue; keep it in line.terminal.`,
  moves: (stage, n, change) => `Stage "${stage}" holds ${n} lead(s) and would move to station "${change.to}", away from the people who hold them; move them out first or keep it in its station.`,
};

/**
 * A new config may not change what a stage holding leads is: dropped, made terminal or
 * working, or moved to another station, those leads would be left where the line cannot
 * keep them (in no stage, queued in a terminal stage, with neither owner nor queue). Nor may
 * it drop a station people still work in.
 */
export function configSwapIssues(current: SalesLineConfig, next: SalesLineConfig, state: LineState): ConfigIssue[] {
  const before = lineGraph(current);
  const after = lineGraph(next);
  const found = new Map<string, { change: Change; n: number }>();
  for (const record of Object.values(state.leads)) {
    const change = changeFor(record, before, after);
    if (change === null) continue;
    const seen = found.get(record.stage);
    if (seen) seen.n += 1;
    else found.set(record.stage, { change, n: 1 });
  }
  const stages = [...found].map(([stage, { change, n }]) => ({
    code: 'stage-in-use',
    path: change.kind === 'dropped' ? ['line', 'stations'] : placeOf(next, stage),
    message: MESSAGES[change.kind](stage, n, change),
  }));
  return [...stages, ...stationsInUse(after, state)];
}

/** A station people still work in may not go: they would be on the line in no station at all. */
function stationsInUse(after: LineGraph, state: LineState): ConfigIssue[] {
  const left = new Map<string, string[]>();
  for (const id of state.repOrder) {
    const rep = state.reps[id];
    if (rep && !after.stations.has(rep.station)) left.set(rep.station, [...(left.get(rep.station) ?? []), rep.name]);
  }
  return [...left].map(([station, names]) => ({
    code: 'station-in-use',
    path: ['line', 'stations'],
    message: `Station "${station}" still has ${names.length} rep(s): ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}. Keep it, or take them off the line (removeRep) or into another station first.`,
  }));
}
