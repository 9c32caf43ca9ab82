import { mulberry32 } from '../simulation/random.ts';

/** The simulator's seeded generator, in [0, 1); seed 0 counts as 1. No Math.random, so runs repeat. */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed >>> 0 || 1);
}
