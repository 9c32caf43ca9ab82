import { StrategySchema, type Pool, type RouteTarget, type Strategy } from '../config/config-schema.ts';

/** A pool of people as the fairness ledger knows it. */
export interface PoolRef {
  /** Ledger key: station, filters and strategy; equal pools share one rotation. */
  key: string;
  /** How people read it: "hunter/team fintech". */
  label: string;
  station: string;
  pool: Pool;
  strategy: Strategy;
}

export const DEFAULT_STRATEGY: Strategy = 'round-robin';

const refs = new WeakMap<RouteTarget, PoolRef>();

export function poolRef(target: RouteTarget): PoolRef {
  // Targets come from a parsed config and are reused for every lead: work each one out once.
  let ref = refs.get(target);
  if (ref === undefined) refs.set(target, (ref = buildPoolRef(target)));
  return ref;
}

function buildPoolRef(target: RouteTarget): PoolRef {
  const pool = target.pool ?? {};
  const strategy = target.strategy ?? DEFAULT_STRATEGY;
  const facets: [string, string][] = [];
  if (pool.team !== undefined) facets.push(['team', pool.team]);
  if (pool.skills?.length) facets.push(['skills', [...pool.skills].sort().join('+')]);
  if (pool.territory !== undefined) facets.push(['territory', pool.territory]);
  if (pool.reps?.length) facets.push(['reps', [...pool.reps].sort().join('+')]);
  const key = [target.station, ...facets.map(([k, v]) => `${k}=${v}`)].join('/') + `#${strategy}`;
  const label = [target.station, ...facets.map(([k, v]) => `${k} ${v}`)].join('/');
  return { key, label, station: target.station, pool, strategy };
}

/** The strategy a ledger key was written by (ledger levels are weighted only in weighted pools). */
export function strategyOfPoolKey(key: string): Strategy {
  const strategy = StrategySchema.safeParse(key.slice(key.lastIndexOf('#') + 1));
  return strategy.success ? strategy.data : DEFAULT_STRATEGY;
}
