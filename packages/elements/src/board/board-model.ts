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
  owners: Array<{ id: string; name: string }>;
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

const byAge = (a: CardData, b: CardData) => (a.stageEnteredAt ?? 0) - (b.stageEnteredAt ?? 0);

/**
 * Groups cards into the line's lanes and columns. Cards whose stage is on no station and is not
 * terminal are left out of the columns but counted in `total`.
 */
export function buildBoardModel(
  config: BoardConfig,
  cards: Iterable<CardData>,
  filter: BoardFilter,
  terminalLaneName: string,
): BoardModel {
  const lanes: LaneView[] = [];
  const columns: ColumnView[] = [];
  const byStage = new Map<string, ColumnView>();
  const addLane = (id: string, name: string, stages: readonly string[], limits: readonly WipLimitView[] = []) => {
    const lane: LaneView = { id, name, columns: [], total: 0 };
    for (const stage of stages) {
      if (byStage.has(stage)) continue;
      const column: ColumnView = {
        key: `${id}/${stage}`,
        stage,
        stationId: id,
        stationName: name,
        cards: [],
        total: 0,
        limit: limits.find((limit) => limit.stage === stage),
        overReps: [],
        over: false,
      };
      lane.columns.push(column);
      columns.push(column);
      byStage.set(stage, column);
    }
    lanes.push(lane);
  };
  for (const station of config.stations) addLane(station.id, station.name, station.stages, station.wipLimits);
  if (config.terminal.length > 0) addLane(TERMINAL_LANE, terminalLaneName, config.terminal);

  const needle = filter.text.trim().toLowerCase();
  const owners = new Map<string, string>();
  const perRep = new Map<ColumnView, Map<string, number>>();
  let total = 0;
  let shown = 0;
  for (const card of cards) {
    total += 1;
    if (card.ownerId !== null) owners.set(card.ownerId, card.ownerName ?? card.ownerId);
    const column = byStage.get(card.stage);
    if (!column) continue;
    column.total += 1;
    if (column.limit?.perRep !== undefined && card.ownerId !== null) {
      const counts = perRep.get(column) ?? new Map<string, number>();
      counts.set(card.ownerId, (counts.get(card.ownerId) ?? 0) + 1);
      perRep.set(column, counts);
    }
    if (matches(card, filter, needle)) {
      column.cards.push(card);
      shown += 1;
    }
  }
  for (const lane of lanes) {
    for (const column of lane.columns) {
      lane.total += column.total;
      column.cards.sort(byAge);
      const limit = column.limit;
      if (!limit) continue;
      for (const [repId, count] of perRep.get(column) ?? []) {
        if (limit.perRep !== undefined && count > limit.perRep) column.overReps.push(owners.get(repId) ?? repId);
      }
      column.over = (limit.total !== undefined && column.total > limit.total) || column.overReps.length > 0;
    }
  }
  const ownerList = [...owners].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return { lanes, columns, byStage, total, shown, owners: ownerList };
}
