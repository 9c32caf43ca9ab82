/** A seeded source of randomness: same seed, same sequence, on every runtime. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** true with probability p. */
  chance(p: number): boolean;
  /** Successes in n independent trials of probability p (exact, by geometric skips). */
  binomial(n: number, p: number): number;
  /** A Poisson count with mean `mean` (exact, Knuth's method in slices). */
  poisson(mean: number): number;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, passes gjrand/PractRand up to
 * sizes far beyond a simulation's draws, and is tiny. Not for anything security-related.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed and a stream number into a new seed, so runs of one simulation do not overlap. */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const chance = (p: number) => p >= 1 || (p > 0 && next() < p);
  function binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - binomial(n, 1 - p);
    // Jump from success to success: the gap is geometric, so the work is ~n·p draws, not n.
    const logQ = Math.log(1 - p);
    let successes = 0;
    let position = 0;
    for (;;) {
      position += Math.floor(Math.log(1 - next()) / logQ) + 1;
      if (position > n) return successes;
      successes++;
    }
  }
  function poisson(mean: number): number {
    let count = 0;
    let left = mean;
    // exp(−mean) underflows for large means; a Poisson splits into a sum of smaller ones.
    while (left > 0) {
      const slice = Math.min(left, 30);
      left -= slice;
      const limit = Math.exp(-slice);
      let product = next();
      while (product > limit) {
        count++;
        product *= next();
      }
    }
    return count;
  }
  return { next, chance, binomial, poisson };
}
