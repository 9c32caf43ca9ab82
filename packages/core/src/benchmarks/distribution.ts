/** A station's spread on one metric. Quantiles use linear interpolation between closest ranks. */
export interface Distribution {
  n: number;
  mean: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
}

/**
 * The p-th quantile (0–100) of ascending `sorted` values, by linear interpolation between
 * closest ranks (Hyndman–Fan type 7; numpy's default, Excel's PERCENTILE.INC): position
 * h = (n − 1)·p/100, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = ((sorted.length - 1) * Math.min(100, Math.max(0, p))) / 100;
  const low = Math.floor(h);
  const lower = sorted[low] as number;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  const fraction = h - low;
  if (fraction === 0) return lower;
  const step = upper - lower;
  // Values of opposite sign near the largest double overflow their difference: weigh them instead.
  return Number.isFinite(step) ? lower + fraction * step : lower * (1 - fraction) + upper * fraction;
}

/** The mean, kept between the extremes: rounding could step past them, and a sum past the largest double. */
function meanOf(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const mean = Number.isFinite(total) ? total / n : sorted.reduce((sum, value) => sum + value / n, 0);
  return Math.min(sorted[n - 1] as number, Math.max(sorted[0] as number, mean));
}

/** n, mean, min, max and the quantiles of `values` (any order; not modified). */
export function summarize(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    mean: meanOf(sorted),
    median: quantile(sorted, 50),
    p25: quantile(sorted, 25),
    p75: quantile(sorted, 75),
    p90: quantile(sorted, 90),
    min: n === 0 ? null : (sorted[0] as number),
    max: n === 0 ? null : (sorted[n - 1] as number),
  };
}

/**
 * Percentile rank (0–100) of `value` among `peers`, in the better direction: the share of
 * peers it beats plus half the share it ties (mid-rank), so 100 means better than everyone,
 * and a sole rep compared with only themselves sits at 50.
 */
export function percentileRank(peers: readonly number[], value: number, direction: 'higher' | 'lower'): number | null {
  if (peers.length === 0) return null;
  let beaten = 0;
  let tied = 0;
  for (const peer of peers) {
    if (peer === value) tied += 1;
    else if (direction === 'higher' ? peer < value : peer > value) beaten += 1;
  }
  return (100 * (beaten + tied / 2)) / peers.length;
}
