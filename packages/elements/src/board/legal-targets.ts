import type { BoardConfig } from './read-board-input.ts';

/**
 * The stages the config lets a lead in `from` move to, for the "Move to…" menu. A line that
 * declares no transitions allows every move; one that does allows only those it lists.
 * Guards (`conditions`) depend on the lead and are judged by core when the move is made,
 * so a stage offered here may still be refused with the guard's reason.
 */
export function legalTargets(config: BoardConfig, from: string): ReadonlySet<string> {
  const all = [...config.stations.flatMap((station) => station.stages), ...config.terminal];
  if (config.transitions.length === 0) return new Set(all.filter((stage) => stage !== from));
  return new Set(config.transitions.filter((t) => t.from === from && t.to !== from).map((t) => t.to));
}
