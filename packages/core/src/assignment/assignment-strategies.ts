import type { Strategy } from '../config/config-schema.ts';
import type { RepRecord } from '../state/line-state.ts';

/** An eligible rep as a strategy sees them. */
export interface Contender {
  rep: RepRecord;
  order: number;
  load: number;
  credits: number;
}

export interface StrategyPick {
  chosen: Contender;
  /** Why this rep, e.g. "fewest assignments in pool hunter/team fintech". */
  why: string;
  /** Set when the first criterion left a tie. */
  tieBreak?: string;
}

interface StrategyRule {
  /** Lowest score wins; equal scores fall to the later keys, finally to rep order. */
  keys: ((c: Contender) => number)[];
  why: (chosen: Contender, pool: string) => string;
  /** What broke a tie on the first key, on the first two, … */
  ties: string[];
}

const BY_REP_ORDER = ['tie broken by rep order'];

/** How each strategy picks one person among the eligible; `queue` picks nobody and has no entry. */
const STRATEGY_RULES: Record<Exclude<Strategy, 'queue'>, StrategyRule> = {
  'round-robin': { keys: [(c) => c.credits], why: (_, pool) => `fewest assignments in pool ${pool}`, ties: BY_REP_ORDER },
  // Smooth weighted rotation: the next lead goes to whoever stays lowest after taking it,
  // per unit of weight, so weights hold exactly over time with no randomness.
  weighted: {
    keys: [(c) => (c.credits + 1) / (c.rep.weight ?? 1)],
    why: (chosen, pool) => `fewest assignments per unit of weight in pool ${pool} (weight ${chosen.rep.weight ?? 1})`,
    ties: BY_REP_ORDER,
  },
  'least-loaded': {
    keys: [(c) => c.load, (c) => c.credits],
    why: (chosen, pool) => `fewest open leads (${chosen.load}) in pool ${pool}`,
    ties: ['tie broken by fewest assignments', 'tie broken by fewest assignments, then rep order'],
  },
};

/** The strategy's pick among `contenders` (at least one) of the pool labelled `pool`. */
export function pickContender(strategy: Exclude<Strategy, 'queue'>, contenders: readonly Contender[], pool: string): StrategyPick {
  const { keys, why, ties } = STRATEGY_RULES[strategy];
  // One pass keeping the best two: the same winner and runner-up as sorting, without sorting.
  const scored = contenders.map((c) => ({ c, s: keys.map((key) => key(c)) }));
  const before = (a: (typeof scored)[number], b: (typeof scored)[number]) => {
    for (let i = 0; i < keys.length; i++) {
      const diff = (a.s[i] as number) - (b.s[i] as number);
      if (diff !== 0) return diff < 0;
    }
    return a.c.order < b.c.order;
  };
  let first = scored[0] as (typeof scored)[number];
  let second: (typeof scored)[number] | undefined;
  for (let i = 1; i < scored.length; i++) {
    const next = scored[i] as (typeof scored)[number];
    if (before(next, first)) {
      second = first;
      first = next;
    } else if (second === undefined || before(next, second)) {
      second = next;
    }
  }
  let equalKeys = 0;
  if (second) while (equalKeys < keys.length && first.s[equalKeys] === second.s[equalKeys]) equalKeys++;
  return { chosen: first.c, why: why(first.c, pool), tieBreak: equalKeys === 0 ? undefined : ties[equalKeys - 1] };
}

/** The rule every strategy ends on, as the explanation states it. */
export const TIE_BREAK_RULE = 'rep order (the order reps were added to the line)';
