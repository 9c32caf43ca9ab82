import type { SalesLineConfig } from '../config/config-schema.ts';
import { SalesLineError } from '../errors.ts';
import type { Lead, Rep } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import { routingReplayRouter } from './routing-replay-router.ts';

/** Routes leads one at a time, synchronously, for one config (assignment state carried along). */
export interface ReplayRouter {
  /**
   * `explain: false` (the bulk of a replay): only station, stage, owner, queue, rule and
   * fallback must be right; the explanation may be left out. The leads a replay shows as
   * examples are routed with `explain: true`.
   */
  route(lead: Lead, options?: { explain: boolean }): RoutingDecision;
  /** The same decision with its full explanation (every rule's trace), for the examples. Pure. */
  explain?(lead: Lead, decision: RoutingDecision): RoutingDecision;
}

/**
 * Makes the router of one config. A replay streams its leads through two of them, so it never
 * holds a million decisions nor creates a Promise per lead.
 */
export type ReplayRouterFactory = (config: SalesLineConfig, options: { reps?: readonly Rep[] }) => ReplayRouter;

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
  /** The router; defaults to the routing module's synchronous one (`routingReplayRouter`). */
  router?: ReplayRouterFactory;
}

/**
 * What-if: routes the same leads under two configs and reports what changes. The routing is
 * synchronous and in bulk (never one Promise per lead), so a million leads take seconds.
 */
export async function replay(configA: SalesLineConfig, configB: SalesLineConfig, leads: Iterable<Lead>, options: ReplayOptions = {}): Promise<ReplayDiff> {
  return replaySync(configA, configB, leads, options);
}

export function replaySync(configA: SalesLineConfig, configB: SalesLineConfig, leads: Iterable<Lead>, options: ReplayOptions = {}): ReplayDiff {
  if (typeof (leads as Partial<Iterable<Lead>> | null)?.[Symbol.iterator] !== 'function' || typeof leads === 'string') {
    throw new SalesLineError('invalid-input', `replay: leads must be a list (or any iterable) of leads, got ${JSON.stringify(leads) ?? typeof leads}.`);
  }
  const factory = options.router ?? routingReplayRouter;
  const routeOptions = options.reps === undefined ? {} : { reps: options.reps };
  const routerA = factory(configA, routeOptions);
  const routerB = factory(configB, routeOptions);
  const diff = createReplayAccumulator(options.examples ?? 10);
  const examples: { lead: Lead; index: number }[] = [];
  let index = 0;
  for (const lead of leads) {
    // The id rule `route` applies; the lead limits are left to the router, which reads only the facts its rules name.
    if (lead === null || typeof lead !== 'object' || Array.isArray(lead) || typeof lead.id !== 'string' || lead.id === '') {
      throw new SalesLineError('invalid-lead', `leads[${index}] has no non-empty string "id"; every lead needs one, as route requires.`);
    }
    index++;
    // Until the examples are found, every lead may become one: route it with its explanation.
    const explain = { explain: diff.wantsExamples() };
    const before = routerA.route(lead, explain);
    const after = routerB.route(lead, explain);
    if (diff.add(before, after)) examples.push({ lead, index: examples.length });
  }
  const result = diff.result();
  // The bulk pass traces only the winning rule; the few examples get every rule's trace.
  result.examples = result.examples.map((example, i) => {
    const lead = examples[i]?.lead;
    if (lead === undefined) return example;
    return {
      ...example,
      before: routerA.explain?.(lead, example.before) ?? example.before,
      after: routerB.explain?.(lead, example.after) ?? example.after,
    };
  });
  return result;
}

/** Compares two decision lists lead by lead (same order, same leads). Pure. */
export function diffDecisions(before: readonly RoutingDecision[], after: readonly RoutingDecision[], maxExamples = 10): ReplayDiff {
  if (before.length !== after.length) {
    throw new SalesLineError('invalid-input', `diffDecisions needs as many decisions after (${after.length}) as before (${before.length}).`);
  }
  const diff = createReplayAccumulator(maxExamples);
  for (let i = 0; i < before.length; i++) diff.add(before[i] as RoutingDecision, after[i] as RoutingDecision);
  return diff.result();
}

/** Counts differences one pair of decisions at a time; `result()` can be read at any point. */
export function createReplayAccumulator(maxExamples = 10): {
  /** Returns true when the pair became one of the examples. */
  add(before: RoutingDecision, after: RoutingDecision): boolean;
  /** Whether the next changed pair would become an example. */
  wantsExamples(): boolean;
  result(): ReplayDiff;
} {
  const changed: Record<ReplayChange, number> = { station: 0, owner: 0, stage: 0, fallback: 0, queue: 0, rule: 0 };
  const stations = new Map<string, [number, number]>();
  const reps = new Map<string, [number, number]>();
  const queues = new Map<string, [number, number]>();
  const moves = new Map<string, number>();
  const unassigned: [number, number] = [0, 0];
  const examples: ReplayExample[] = [];
  let total = 0;
  let changedLeads = 0;
  function add(a: RoutingDecision, b: RoutingDecision): boolean {
    total++;
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
    if (!(station || owner || stage || fallback || queue || rule)) return false;
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
      return true;
    }
    return false;
  }
  function result(): ReplayDiff {
    return {
      total,
      changedLeads,
      changed: { ...changed },
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
      examples: [...examples],
    };
  }
  return { add, result, wantsExamples: () => examples.length < maxExamples };
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
