import type { Deadline, SalesLineConfig, Station, Transition, WipLimit } from '../config/config-schema.ts';
import { parseDuration } from './parse-duration.ts';

/** The station/stage graph of a config, indexed once so every command looks things up in O(1). */
export interface LineGraph {
  stations: ReadonlyMap<string, Station>;
  /** Stage id → the station that owns it (terminal stages belong to none). */
  stationOfStage: ReadonlyMap<string, string>;
  terminal: ReadonlySet<string>;
  /** When no transition is declared at all, every move is allowed (a routing-only document still gets a usable board). */
  freeMoves: boolean;
  transitions: (from: string, to: string) => Transition | undefined;
  deadline: (stage: string) => { deadline: Deadline; ms: number } | undefined;
  wipLimit: (stage: string) => WipLimit | undefined;
  /** The queue a station's unassignable leads wait in. */
  stationQueue: (station: string) => string;
  firstStage: (station: string) => string;
  isKnownStage: (stage: string) => boolean;
  /** Every stage, the stations' then the terminal ones, as messages list them: "new, contacted, lost". */
  knownStages: string;
}

const graphs = new WeakMap<SalesLineConfig, LineGraph>();

export function lineGraph(config: SalesLineConfig): LineGraph {
  const cached = graphs.get(config);
  if (cached) return cached;
  const graph = buildGraph(config);
  graphs.set(config, graph);
  return graph;
}

function buildGraph(config: SalesLineConfig): LineGraph {
  const stations = new Map(config.line.stations.map((s) => [s.id, s]));
  const stationOfStage = new Map<string, string>();
  const wip = new Map<string, WipLimit>();
  for (const station of config.line.stations) {
    for (const stage of station.stages) if (!stationOfStage.has(stage)) stationOfStage.set(stage, station.id);
    for (const limit of station.wipLimits ?? []) wip.set(limit.stage, limit);
  }
  const terminal = new Set(config.line.terminal);
  const transitions = new Map(config.line.transitions.map((t) => [`${t.from}\u0000${t.to}`, t]));
  const deadlines = new Map<string, { deadline: Deadline; ms: number }>();
  for (const deadline of config.line.deadlines) {
    const ms = parseDuration(deadline.within);
    if (ms !== null && !deadlines.has(deadline.stage)) deadlines.set(deadline.stage, { deadline, ms });
  }
  return {
    stations,
    stationOfStage,
    terminal,
    freeMoves: config.line.transitions.length === 0,
    transitions: (from, to) => transitions.get(`${from}\u0000${to}`),
    deadline: (stage) => deadlines.get(stage),
    wipLimit: (stage) => wip.get(stage),
    stationQueue: (station) => stations.get(station)?.queue ?? station,
    firstStage: (station) => stations.get(station)?.stages[0] ?? station,
    isKnownStage: (stage) => stationOfStage.has(stage) || terminal.has(stage),
    knownStages: [...stationOfStage.keys(), ...terminal].join(', '),
  };
}
