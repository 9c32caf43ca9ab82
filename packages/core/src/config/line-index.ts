import { ID_PATTERN } from './limits.ts';
import { asArray, own } from './json-guards.ts';

/** What the cross-checks need to know about a line, read defensively from a raw document. */
export interface LineIndex {
  /** Station id → its stages, first definition wins. */
  stations: Map<string, ReadonlySet<string>>;
  /** Stage id → the station that owns it. */
  stageStation: Map<string, string>;
  terminal: ReadonlySet<string>;
  /** Station stages and terminal stages. */
  stages: ReadonlySet<string>;
  /**
   * False when a station id or a stage list could not be read: a name that looks unknown may
   * then be one of the unreadable ones, so references are not reported until the line is fixed.
   */
  stationsReadable: boolean;
  stagesReadable: boolean;
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function buildLineIndex(line: unknown): LineIndex {
  const stations = new Map<string, ReadonlySet<string>>();
  const stageStation = new Map<string, string>();
  const listed = own(line, 'stations');
  const terminalListed = own(line, 'terminal');
  let stationsReadable = Array.isArray(listed) && listed.length > 0;
  let stagesReadable = stationsReadable && Array.isArray(terminalListed ?? []);
  for (const station of asArray(listed)) {
    const id = own(station, 'id');
    const list = own(station, 'stages');
    if (!isId(id)) stationsReadable = false;
    if (!Array.isArray(list) || list.length === 0 || !list.every(isId)) stagesReadable = false;
    if (isId(id) && stations.has(id)) continue;
    // A station whose id is malformed still owns its stages, so moves into them are not also reported.
    const owner = typeof id === 'string' ? id : '(no id)';
    const stages = new Set<string>();
    for (const stage of asArray(list)) {
      if (!isId(stage) || stageStation.has(stage)) continue;
      stages.add(stage);
      stageStation.set(stage, owner);
    }
    if (isId(id)) stations.set(id, stages);
  }
  const terminal = new Set(asArray(terminalListed).filter(isId));
  if (!asArray(terminalListed).every(isId)) stagesReadable = false;
  return { stations, stageStation, terminal, stages: new Set([...stageStation.keys(), ...terminal]), stationsReadable, stagesReadable };
}
