/** The spread of a figure over a simulation's seeds (core's `Band`). */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

interface StationFigures {
  station: string;
  headcount: number;
  utilisation: number;
}

interface TeamFigures {
  leadsWorked: number;
  meetingsHeld: number;
  dealsWon: number;
  costPerWonDeal: number;
  profit: number;
  stations: StationFigures[];
  bottleneck: string;
}

/**
 * What the widget reads of core's `CapacityModel` (`capacityModel(scenario)`). The element's
 * properties are typed with core's own types and handed here, so a change in core that
 * breaks this reading fails to compile.
 */
export interface CapacityModel {
  line: TeamFigures;
  traditional: TeamFigures;
}

interface Totals {
  leadsWorked: number;
  meetingsHeld: number;
  dealsWon: number;
  cost: number;
  profit: number;
}

/** What the widget reads of core's `SimulationResult` (`simulate(…)`). */
export interface SimulationResult {
  days: number;
  runs: number;
  totals: Totals;
  stations: StationFigures[];
  bottleneck: string;
  bands: { totals: Partial<Record<keyof Totals, Band>>; utilisation: Partial<Record<string, Band>>; traditional: Partial<Record<keyof Totals, Band>> | null } | null;
  traditional: { totals: Totals; stations: StationFigures[] } | null;
}

export type CapacityFigure = 'leadsWorked' | 'meetingsHeld' | 'dealsWon' | 'costPerWonDeal' | 'profit';

export interface FigureRow {
  figure: CapacityFigure;
  money: boolean;
  line: number;
  traditional: number | null;
  lineBand?: Band;
  traditionalBand?: Band;
}

export interface StationRow {
  station: string;
  headcount: number;
  utilisation: number;
  band?: Band;
}

export interface CapacityView {
  figures: FigureRow[];
  stations: StationRow[];
  /** A station id, or 'lead-supply' when no station is full. */
  bottleneck: string;
  days: number | null;
  runs: number | null;
}

const FIGURES: readonly CapacityFigure[] = ['leadsWorked', 'meetingsHeld', 'dealsWon', 'costPerWonDeal', 'profit'];
const MONEY = new Set<CapacityFigure>(['costPerWonDeal', 'profit']);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function need(condition: boolean, problem: string): void {
  if (!condition) throw new Error(problem);
}

function stationsOf(stations: unknown, where: string, bands?: Partial<Record<string, Band>>): StationRow[] {
  need(Array.isArray(stations), `${where}.stations must be a list`);
  return (stations as Array<Record<string, unknown>>).map((s, index) => {
    need(typeof s === 'object' && s !== null && typeof s.station === 'string' && finite(s.utilisation), `${where}.stations[${index}] needs a station and a utilisation`);
    const band = bands?.[s.station as string];
    return { station: s.station as string, headcount: finite(s.headcount) ? s.headcount : 0, utilisation: s.utilisation as number, ...(band ? { band } : {}) };
  });
}

/** The capacity model's steady-state month, line beside the traditional team. */
function fromModel(model: CapacityModel): CapacityView {
  need(typeof model.line === 'object' && model.line !== null && typeof model.traditional === 'object' && model.traditional !== null, 'model needs line and traditional figures');
  const figures = FIGURES.map((figure) => {
    const line = model.line[figure];
    const traditional = model.traditional[figure];
    need(typeof line === 'number' && typeof traditional === 'number', `model.line.${figure} and model.traditional.${figure} must be numbers`);
    return { figure, money: MONEY.has(figure), line, traditional: Number.isFinite(traditional) ? traditional : null };
  });
  const stations = [...stationsOf(model.line.stations, 'model.line'), ...stationsOf(model.traditional.stations, 'model.traditional')];
  return { figures, stations, bottleneck: String(model.line.bottleneck), days: null, runs: null };
}

/**
 * A simulation's run 0 (with its bands when several seeds ran). Cost per deal is the run's
 * cost over its deals, the one figure a simulation does not state itself.
 */
function fromSimulation(result: SimulationResult): CapacityView {
  need(typeof result.totals === 'object' && result.totals !== null, 'result.totals must be an object');
  const traditional = result.traditional?.totals ?? null;
  const bands = result.bands ?? null;
  const read = (totals: SimulationResult['totals'], figure: CapacityFigure): number => {
    if (figure === 'costPerWonDeal') return totals.dealsWon > 0 ? totals.cost / totals.dealsWon : NaN;
    need(finite(totals[figure]), `totals.${figure} must be a number`);
    return totals[figure];
  };
  const figures = FIGURES.map((figure) => {
    const lineBand = figure === 'costPerWonDeal' ? undefined : bands?.totals?.[figure];
    const traditionalBand = figure === 'costPerWonDeal' ? undefined : (bands?.traditional?.[figure] ?? undefined);
    const t = traditional ? read(traditional, figure) : null;
    return {
      figure,
      money: MONEY.has(figure),
      line: read(result.totals, figure),
      traditional: t !== null && Number.isFinite(t) ? t : null,
      ...(lineBand ? { lineBand } : {}),
      ...(traditionalBand ? { traditionalBand } : {}),
    };
  });
  const stations = [
    ...stationsOf(result.stations, 'result', bands?.utilisation),
    ...(result.traditional ? stationsOf(result.traditional.stations, 'result.traditional') : []),
  ];
  return { figures, stations, bottleneck: String(result.bottleneck), days: finite(result.days) ? result.days : null, runs: finite(result.runs) && result.runs > 1 ? result.runs : null };
}

const isPromise = (value: unknown): boolean => typeof (value as { then?: unknown } | null)?.then === 'function';

/** Reads either input into what the widget draws; throws a message naming what is wrong. */
export function readCapacity(model: CapacityModel | undefined, result: SimulationResult | undefined): CapacityView | undefined {
  // `simulate` is async: handing in its promise is the easy slip, so it is named as such.
  need(!isPromise(result), 'result is a Promise: set the awaited SimulationResult (simulate is async)');
  // null (a host still loading) is no data, as undefined is.
  if (result != null) {
    need(typeof result === 'object' && result !== null, 'result must be an object');
    return fromSimulation(result);
  }
  if (model != null) {
    need(typeof model === 'object' && model !== null, 'model must be an object');
    return fromModel(model);
  }
  return undefined;
}
