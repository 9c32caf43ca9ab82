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

type Pick = (contenders: readonly Contender[], poolLabel: string) => StrategyPick;

/** Lowest score wins; equal scores fall to the later keys, finally to rep order. */
function pickBy(contenders: readonly Contender[], keys: ((c: Contender) => number)[]): { chosen: Contender; equalKeys: number } {
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
  return { chosen: first.c, equalKeys };
}

const TIE_NAMES: Record<string, string[]> = {
  'round-robin': ['tie broken by rep order'],
  weighted: ['tie broken by rep order'],
  'least-loaded': ['tie broken by fewest assignments', 'tie broken by fewest assignments, then rep order'],
};

function tieText(strategy: string, equalKeys: number): string | undefined {
  return equalKeys === 0 ? undefined : TIE_NAMES[strategy]?.[equalKeys - 1];
}

/** How each strategy picks one person among the eligible; `queue` picks nobody and has no entry. */
export const ASSIGNMENT_STRATEGIES: Record<Exclude<Strategy, 'queue'>, Pick> = {
  'round-robin': (contenders, pool) => {
    const { chosen, equalKeys } = pickBy(contenders, [(c) => c.credits]);
    return { chosen, why: `fewest assignments in pool ${pool}`, tieBreak: tieText('round-robin', equalKeys) };
  },
  weighted: (contenders, pool) => {
    // Smooth weighted rotation: the next lead goes to whoever stays lowest after taking it,
    // per unit of weight, so weights hold exactly over time with no randomness.
    const { chosen, equalKeys } = pickBy(contenders, [(c) => (c.credits + 1) / (c.rep.weight ?? 1)]);
    return { chosen, why: `fewest assignments per unit of weight in pool ${pool} (weight ${chosen.rep.weight ?? 1})`, tieBreak: tieText('weighted', equalKeys) };
  },
  'least-loaded': (contenders, pool) => {
    const { chosen, equalKeys } = pickBy(contenders, [(c) => c.load, (c) => c.credits]);
    return { chosen, why: `fewest open leads (${chosen.load}) in pool ${pool}`, tieBreak: tieText('least-loaded', equalKeys) };
  },
};

/** The rule every strategy ends on, as the explanation states it. */
export const TIE_BREAK_RULE = 'rep order (the order reps were added to the line)';
