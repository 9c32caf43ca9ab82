import type { SalesLineConfig } from '../config/config-schema.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import type { RunLedger } from './run-ledger.ts';
import type { SimulationLine } from './simulation-line.ts';

/** What the driver needs to know about a simulated lead; it keeps `stage` and `station` current. */
export interface DrivenLead {
  id: string;
  stage: string;
  station: string;
  owner: string | null;
}

export interface LineDriver {
  /**
   * Moves a lead to the nearest of `targets` along the config's transitions, one real move at
   * a time (guards, WIP limits and hand-off routing all apply). Returns false when no path
   * exists or the line refused a move; the lead then stays where the line left it.
   */
  goTo(lead: DrivenLead, targets: readonly string[]): Promise<boolean>;
  /** Applies a decision the line made on its own (a deadline, a re-route) to the simulated lead. */
  follow(lead: DrivenLead, decision: RoutingDecision): void;
  stationOf(stage: string): string | undefined;
}

/** Walks leads through a line by the transitions its config declares. */
export function createLineDriver(line: SimulationLine, config: SalesLineConfig, ledger: RunLedger): LineDriver {
  const stationOfStage = new Map<string, string>();
  for (const station of config.line.stations) for (const stage of station.stages) if (!stationOfStage.has(stage)) stationOfStage.set(stage, station.id);
  const next = new Map<string, string[]>();
  for (const t of config.line.transitions) next.set(t.from, [...(next.get(t.from) ?? []), t.to]);
  const freeMoves = config.line.transitions.length === 0;
  const paths = new Map<string, string[] | null>();

  /**
   * Shortest path of stages after `from` ending in one of `targets` (breadth first, cached).
   * A path inside the lead's own station wins over a shorter one through another station: a
   * no-show goes back to the SDR (`contacted` → `disqualified`), not through a Hunter.
   */
  function path(from: string, targets: readonly string[]): string[] | null {
    return search(from, targets, true) ?? search(from, targets, false);
  }

  function search(from: string, targets: readonly string[], local: boolean): string[] | null {
    if (targets.includes(from)) return [];
    if (freeMoves) return [targets[0] as string];
    const home = stationOfStage.get(from);
    const key = `${from}\u0000${targets.join('\u0001')}\u0000${local}`;
    const known = paths.get(key);
    if (known !== undefined) return known;
    const previous = new Map<string, string>([[from, '']]);
    const queue = [from];
    let found: string | null = null;
    while (queue.length > 0 && found === null) {
      const stage = queue.shift() as string;
      for (const to of next.get(stage) ?? []) {
        if (previous.has(to)) continue;
        if (targets.includes(to)) {
          previous.set(to, stage);
          found = to;
          break;
        }
        if (local && stationOfStage.get(to) !== home) continue;
        previous.set(to, stage);
        queue.push(to);
      }
    }
    let result: string[] | null = null;
    if (found !== null) {
      result = [];
      for (let stage = found; stage !== from; stage = previous.get(stage) as string) result.unshift(stage);
    }
    paths.set(key, result);
    return result;
  }

  function follow(lead: DrivenLead, decision: RoutingDecision): void {
    lead.stage = decision.stage;
    lead.station = decision.station;
    lead.owner = decision.repId;
  }

  async function goTo(lead: DrivenLead, targets: readonly string[]): Promise<boolean> {
    const current = line.getLead !== undefined ? line.getLead(lead.id) : line.getState?.().leads[lead.id];
    if (current !== undefined) {
      lead.stage = current.stage;
      lead.station = current.station;
      lead.owner = current.ownerId;
    }
    const steps = path(lead.stage, targets);
    if (steps === null) {
      ledger.refuse(lead.id, targets.join(' or '), [`no configured path from ${lead.stage}`]);
      return false;
    }
    for (const stage of steps) {
      const result = await ledger.move(lead.id, stage);
      if (!result.ok) return false;
      if (result.decision !== undefined) {
        follow(lead, result.decision);
        // A WIP limit can send the lead elsewhere (overflow): stop where the line put it.
        if (result.decision.stage !== stage) return targets.includes(result.decision.stage);
      } else {
        lead.stage = stage;
        lead.station = stationOfStage.get(stage) ?? lead.station;
      }
    }
    return true;
  }

  return { goTo, follow, stationOf: (stage) => stationOfStage.get(stage) };
}
