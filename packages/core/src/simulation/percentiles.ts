/** The spread of one figure over the runs of a simulation. */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

/** Percentiles by linear interpolation between closest ranks (the common "type 7" definition). */
export function band(values: readonly number[]): Band {
  if (values.length === 0) return { p10: NaN, p50: NaN, p90: NaN, mean: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const rank = q * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    const lowValue = sorted[low] as number;
    return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
  };
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), mean };
}
