import type { SalesLineConfig } from '../config/config-schema.ts';
import { SalesLineError } from '../errors.ts';
import type { Lead, Rep } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';

/**
 * Routes a batch of leads synchronously, in order, with the assignment state (rotation, loads)
 * carried from one lead to the next. The routing module's bulk function has this shape.
 */
export type RouteLeadsSync = (config: SalesLineConfig, leads: readonly Lead[], options: { reps?: readonly Rep[] }) => readonly RoutingDecision[];

export type ReplayChange = 'station' | 'owner' | 'stage' | 'fallback' | 'queue' | 'rule';

export interface ReplayCount {
  before: number;
  after: number;
  delta: number;
}

export interface ReplayExample {
  leadId: string;
  changes: ReplayChange[];
  before: RoutingDecision;
  after: RoutingDecision;
}

export interface ReplayDiff {
  total: number;
  /** Leads whose decision differs in at least one of the fields. */
  changedLeads: number;
  changed: Record<ReplayChange, number>;
  /** Leads per station, before and after. */
  stations: Record<string, ReplayCount>;
  /** Leads per rep, before and after (unassigned leads are not counted here: see `unassigned`). */
  reps: Record<string, ReplayCount>;
  queues: Record<string, ReplayCount>;
  unassigned: ReplayCount;
  /** Leads that moved from one station to another, largest flows first. */
  moves: { from: string; to: string; count: number }[];
  /** Up to `options.examples` changed leads with both decisions and their explanations, in lead order. */
  examples: ReplayExample[];
}

export interface ReplayOptions {
  reps?: readonly Rep[];
  /** How many changed leads to show with both explanations (default 10). */
  examples?: number;
  /** The bulk router; defaults to the routing module's. */
  route?: RouteLeadsSync;
}

/**
 * What-if: routes the same leads under two configs and reports what changes. The routing is
 * synchronous and in bulk (never one Promise per lead), so a million leads take seconds.
 */
export async function replay(configA: SalesLineConfig, configB: SalesLineConfig, leads: readonly Lead[], options: ReplayOptions = {}): Promise<ReplayDiff> {
  return replaySync(configA, configB, leads, options);
}

export function replaySync(configA: SalesLineConfig, configB: SalesLineConfig, leads: readonly Lead[], options: ReplayOptions = {}): ReplayDiff {
  const route = options.route;
  if (route === undefined) throw new SalesLineError('invalid-input', 'replay needs a router: pass options.route.');
  const routeOptions = options.reps === undefined ? {} : { reps: options.reps };
  const before = route(configA, leads, routeOptions);
  const after = route(configB, leads, routeOptions);
  if (before.length !== leads.length || after.length !== leads.length) {
    throw new SalesLineError('invalid-state', `The router returned ${before.length} and ${after.length} decisions for ${leads.length} leads.`);
  }
  return diffDecisions(before, after, options.examples ?? 10);
}

/** Compares two decision lists lead by lead (same order, same leads). Pure. */
export function diffDecisions(before: readonly RoutingDecision[], after: readonly RoutingDecision[], maxExamples = 10): ReplayDiff {
  const changed: Record<ReplayChange, number> = { station: 0, owner: 0, stage: 0, fallback: 0, queue: 0, rule: 0 };
  const stations = new Map<string, [number, number]>();
  const reps = new Map<string, [number, number]>();
  const queues = new Map<string, [number, number]>();
  const moves = new Map<string, number>();
  const unassigned: [number, number] = [0, 0];
  const examples: ReplayExample[] = [];
  let changedLeads = 0;
  for (let i = 0; i < before.length; i++) {
    const a = before[i] as RoutingDecision;
    const b = after[i] as RoutingDecision;
    bump(stations, a.station, 0);
    bump(stations, b.station, 1);
    if (a.repId === null) unassigned[0]++;
    else bump(reps, a.repId, 0);
    if (b.repId === null) unassigned[1]++;
    else bump(reps, b.repId, 1);
    if (a.queue !== null) bump(queues, a.queue, 0);
    if (b.queue !== null) bump(queues, b.queue, 1);
    const station = a.station !== b.station;
    const owner = a.repId !== b.repId;
    const stage = a.stage !== b.stage;
    const fallback = a.fallback !== b.fallback;
    const queue = a.queue !== b.queue;
    const rule = a.rule !== b.rule;
    if (!(station || owner || stage || fallback || queue || rule)) continue;
    changedLeads++;
    if (station) {
      changed.station++;
      const key = `${a.station}\u0000${b.station}`;
      moves.set(key, (moves.get(key) ?? 0) + 1);
    }
    if (owner) changed.owner++;
    if (stage) changed.stage++;
    if (fallback) changed.fallback++;
    if (queue) changed.queue++;
    if (rule) changed.rule++;
    if (examples.length < maxExamples) {
      const changes = (Object.entries({ station, owner, stage, fallback, queue, rule }) as [ReplayChange, boolean][])
        .filter(([, yes]) => yes)
        .map(([name]) => name);
      examples.push({ leadId: a.leadId, changes, before: a, after: b });
    }
  }
  return {
    total: before.length,
    changedLeads,
    changed,
    stations: counts(stations),
    reps: counts(reps),
    queues: counts(queues),
    unassigned: { before: unassigned[0], after: unassigned[1], delta: unassigned[1] - unassigned[0] },
    moves: [...moves]
      .map(([key, count]) => {
        const [from = '', to = ''] = key.split('\u0000');
        return { from, to, count };
      })
      .sort((x, y) => y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to)),
    examples,
  };
}

function bump(map: Map<string, [number, number]>, key: string, side: 0 | 1): void {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = [0, 0];
    map.set(key, entry);
  }
  entry[side]++;
}

function counts(map: Map<string, [number, number]>): Record<string, ReplayCount> {
  // fromEntries defines own properties, so a rep id such as "__proto__" stays a plain key.
  return Object.fromEntries(
    [...map.keys()].sort().map((key) => {
      const [before, after] = map.get(key) as [number, number];
      return [key, { before, after, delta: after - before }];
    }),
  );
}
