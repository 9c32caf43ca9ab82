import type { Lead, Rep, SalesLineConfig } from '@sales-line/core';

/** The slice of a config the board draws. Checked by shape, so a malformed one shows an error instead of throwing. */
export interface BoardConfig {
  stations: ReadonlyArray<{ id: string; name: string; stages: readonly string[]; wipLimits?: ReadonlyArray<WipLimitView> }>;
  terminal: readonly string[];
  transitions: ReadonlyArray<{ from: string; to: string }>;
}

export interface WipLimitView {
  stage: string;
  perRep?: number;
  total?: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

function checkStation(station: unknown, at: string): string | null {
  if (!isObject(station)) return `${at} must be an object`;
  if (typeof station.id !== 'string' || station.id === '') return `${at}.id must be a non-empty string`;
  if (typeof station.name !== 'string') return `${at}.name must be a string`;
  if (!isStringArray(station.stages) || station.stages.length === 0) return `${at}.stages must be a non-empty list of stage ids`;
  if (station.wipLimits !== undefined) {
    if (!Array.isArray(station.wipLimits)) return `${at}.wipLimits must be a list`;
    const bad = station.wipLimits.findIndex((limit) => !isObject(limit) || typeof limit.stage !== 'string');
    if (bad >= 0) return `${at}.wipLimits[${bad}] must name a stage`;
  }
  return null;
}

export function readBoardConfig(input: SalesLineConfig | unknown): Checked<BoardConfig> {
  if (!isObject(input) || !isObject(input.line)) return fail('line is missing');
  const line = input.line;
  if (!Array.isArray(line.stations) || line.stations.length === 0) return fail('line.stations must be a non-empty list');
  for (const [index, station] of line.stations.entries()) {
    const problem = checkStation(station, `line.stations[${index}]`);
    if (problem) return fail(problem);
  }
  if (line.terminal !== undefined && !isStringArray(line.terminal)) return fail('line.terminal must be a list of stage ids');
  if (line.transitions !== undefined) {
    if (!Array.isArray(line.transitions)) return fail('line.transitions must be a list');
    const bad = line.transitions.findIndex((t) => !isObject(t) || typeof t.from !== 'string' || typeof t.to !== 'string');
    if (bad >= 0) return fail(`line.transitions[${bad}] must have "from" and "to" stage ids`);
  }
  return {
    ok: true,
    value: {
      stations: line.stations as BoardConfig['stations'],
      terminal: (line.terminal as string[] | undefined) ?? [],
      transitions: (line.transitions as BoardConfig['transitions'] | undefined) ?? [],
    },
  };
}

function checkNamed<T>(input: unknown, what: string): Checked<readonly T[]> {
  if (!Array.isArray(input)) return fail(`${what} must be a list`);
  // Cards and owners are keyed by id: a second record with an id would silently replace the first.
  const firstAt = new Map<string, number>();
  for (const [index, item] of input.entries()) {
    if (!isObject(item)) return fail(`${what}[${index}] must be an object`);
    if (typeof item.id !== 'string' || item.id === '') return fail(`${what}[${index}].id must be a non-empty string`);
    if (typeof item.name !== 'string') return fail(`${what}[${index}].name must be a string`);
    const first = firstAt.get(item.id);
    if (first !== undefined) return fail(`${what}[${index}].id ${JSON.stringify(item.id)} is already used by ${what}[${first}]`);
    firstAt.set(item.id, index);
  }
  return { ok: true, value: input as T[] };
}

/**
 * Read-only leads: each is drawn in the column of its `stage`, so a lead with no stage, or one
 * the line does not have, is named rather than left off the board.
 */
export function readLeads(input: unknown, config: BoardConfig): Checked<readonly Lead[]> {
  const leads = checkNamed<Lead>(input, 'leads');
  if (!leads.ok) return leads;
  const stages = new Set([...config.stations.flatMap((station) => station.stages), ...config.terminal]);
  const bad = leads.value.findIndex((lead) => typeof lead.stage !== 'string' || !stages.has(lead.stage));
  if (bad < 0) return leads;
  const stage = leads.value[bad]!.stage;
  const what = stage === undefined ? 'it is missing' : `${JSON.stringify(stage)} is not`;
  return fail(`leads[${bad}].stage must be one of the line's stages; ${what}`);
}

export const readReps = (input: unknown): Checked<readonly Rep[]> => checkNamed<Rep>(input, 'reps');
