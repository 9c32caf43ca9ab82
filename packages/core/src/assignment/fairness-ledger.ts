import type { Strategy } from '../config/config-schema.ts';
import { repOf, type LineState, type RepRecord } from '../state/line-state.ts';
import type { LedgerJoin } from './assignment-view.ts';
import { strategyOfPoolKey } from './pool-ref.ts';

/** A rep's standing in a pool: credits, per unit of weight in weighted pools. */
export function ledgerLevel(credits: number, rep: Pick<RepRecord, 'weight'> | undefined, strategy: Strategy): number {
  return strategy === 'weighted' ? credits / (rep?.weight ?? 1) : credits;
}

/** Credits that put a rep at `level` in a pool of this strategy. */
export function creditsAtLevel(level: number, rep: Pick<RepRecord, 'weight'> | undefined, strategy: Strategy): number {
  return strategy === 'weighted' ? level * (rep?.weight ?? 1) : level;
}

/**
 * Joins that bring a rep who (re)becomes active up to the lowest level of the other active
 * people in every pool they have a standing in: a comeback is not a burst of catch-up leads.
 * A rep above that level keeps their credits.
 */
export function rejoinLedger(state: LineState, repId: string): LedgerJoin[] {
  const rep = repOf(state, repId);
  const joins: LedgerJoin[] = [];
  for (const [pool, entries] of Object.entries(state.ledger)) {
    const own = entries[repId];
    if (own === undefined) continue;
    const strategy = strategyOfPoolKey(pool);
    let lowest = Infinity;
    for (const [otherId, credits] of Object.entries(entries)) {
      const other = repOf(state, otherId);
      if (otherId === repId || other?.status !== 'active') continue;
      lowest = Math.min(lowest, ledgerLevel(credits, other, strategy));
    }
    if (lowest === Infinity) continue;
    const target = creditsAtLevel(lowest, rep, strategy);
    if (target > own) joins.push({ pool, repId, amount: target - own });
  }
  return joins;
}
