import type { Lead, LeadRecord } from '@sales-line/core';
import type { BoardConfig, WipLimitView } from './read-board-input.ts';

/** One card's data; the card itself is a template, not an element. */
export interface CardData {
  id: string;
  lead: Lead;
  stage: string;
  station: string;
  ownerId: string | null;
  ownerName: string | null;
  /** Epoch ms, when known. */
  stageEnteredAt: number | null;
  dueAt: number | null;
}

export interface ColumnView {
  key: string;
  stage: string;
  stationId: string;
  stationName: string;
  /** Cards after the filter, oldest in stage first. */
  cards: CardData[];
  /** Leads in the column before the filter: WIP limits count these. */
  total: number;
  limit: WipLimitView | undefined;
  /** Names of reps over the per-rep limit. */
  overReps: string[];
  over: boolean;
}

export interface LaneView {
  id: string;
  name: string;
  columns: ColumnView[];
  total: number;
}

export interface BoardModel {
  lanes: LaneView[];
  /** Every column in reading order: lanes top to bottom, stages left to right. */
  columns: ColumnView[];
  byStage: Map<string, ColumnView>;
  total: number;
  shown: number;
}

export interface BoardFilter {
  text: string;
  /** '' for everyone, `UNASSIGNED` for leads nobody owns, otherwise a rep id. */
  owner: string;
}

export const UNASSIGNED = '-';
export const TERMINAL_LANE = 'terminal';

/** Accepts epoch ms or an ISO date: read-only hosts hand in either. */
function toEpoch(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

export function cardFromRecord(record: LeadRecord, repNames: ReadonlyMap<string, string>): CardData {
  return {
    id: record.id,
    lead: record.lead,
    stage: record.stage,
    station: record.station,
    ownerId: record.ownerId,
    ownerName: record.ownerId === null ? null : (repNames.get(record.ownerId) ?? record.ownerId),
    stageEnteredAt: record.stageEnteredAt,
    dueAt: record.dueAt,
  };
}

export function cardFromLead(lead: Lead, station: string, repNames: ReadonlyMap<string, string>): CardData {
  const ownerId = typeof lead.ownerId === 'string' ? lead.ownerId : null;
  return {
    id: lead.id,
    lead,
    stage: lead.stage ?? '',
    station,
    ownerId,
    ownerName: ownerId === null ? null : (repNames.get(ownerId) ?? ownerId),
    stageEnteredAt: toEpoch(lead.stageEnteredAt),
    dueAt: toEpoch(lead.dueAt),
  };
}

function matches(card: CardData, filter: BoardFilter, needle: string): boolean {
  if (filter.owner === UNASSIGNED ? card.ownerId !== null : filter.owner !== '' && card.ownerId !== filter.owner) return false;
  if (needle === '') return true;
  const company = typeof card.lead.company === 'string' ? card.lead.company : '';
  return `${card.lead.name}\n${company}\n${card.ownerName ?? ''}\n${card.id}`.toLowerCase().includes(needle);
}

/** What the model reads cards from: a `CardIndex`. */
export interface CardSource {
  readonly size: number;
  stage(stage: string): readonly CardData[];
}

/**
 * Groups cards into the line's lanes and columns. Without a filter, a column shows its stage's
 * cards as they are (no copy); cards whose stage is on no station and is not terminal are left
 * out of the columns but counted in `total`.
 */
export function buildBoardModel(config: BoardConfig, source: CardSource, filter: BoardFilter, terminalLaneName: string): BoardModel {
  const lanes: LaneView[] = [];
  const columns: ColumnView[] = [];
  const byStage = new Map<string, ColumnView>();
  const needle = filter.text.trim().toLowerCase();
  const filtering = needle !== '' || filter.owner !== '';
  let shown = 0;
  const addLane = (id: string, name: string, stages: readonly string[], limits: readonly WipLimitView[] = []) => {
    const lane: LaneView = { id, name, columns: [], total: 0 };
    for (const stage of stages) {
      if (byStage.has(stage)) continue;
      const all = source.stage(stage);
      const cards = filtering ? all.filter((card) => matches(card, filter, needle)) : (all as CardData[]);
      const limit = limits.find((candidate) => candidate.stage === stage);
      const overReps = limit?.perRep === undefined ? [] : repsOver(all, limit.perRep);
      const column: ColumnView = {
        key: `${id}/${stage}`,
        stage,
        stationId: id,
        stationName: name,
        cards,
        total: all.length,
        limit,
        overReps,
        over: (limit?.total !== undefined && all.length > limit.total) || overReps.length > 0,
      };
      shown += cards.length;
      lane.total += all.length;
      lane.columns.push(column);
      columns.push(column);
      byStage.set(stage, column);
    }
    lanes.push(lane);
  };
  for (const station of config.stations) addLane(station.id, station.name, station.stages, station.wipLimits);
  if (config.terminal.length > 0) addLane(TERMINAL_LANE, terminalLaneName, config.terminal);
  return { lanes, columns, byStage, total: source.size, shown };
}

function repsOver(cards: readonly CardData[], perRep: number): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const card of cards) {
    if (card.ownerId === null) continue;
    const entry = counts.get(card.ownerId) ?? { name: card.ownerName ?? card.ownerId, count: 0 };
    entry.count += 1;
    counts.set(card.ownerId, entry);
  }
  return [...counts.values()].filter((entry) => entry.count > perRep).map((entry) => entry.name);
}
