import type { RepBenchmark } from '@sales-line/core';

export type LeaderboardColumn = 'name' | 'value' | 'percentile';
export type SortDirection = 'ascending' | 'descending';

export interface RankedRep {
  rep: RepBenchmark;
  /** 1 + how many peers have a strictly higher percentile; `null` without a percentile. */
  rank: number | null;
}

/** Ranks on core's percentile (already in the better direction); ties share a rank. */
export function rankReps(reps: readonly RepBenchmark[]): RankedRep[] {
  const percentiles = reps.map((rep) => rep.percentile).filter((p): p is number => p !== null);
  return reps.map((rep) => ({ rep, rank: rep.percentile === null ? null : 1 + percentiles.filter((p) => p > rep.percentile!).length }));
}

/** Whether a value (an attribute, say) names a sortable column. */
export const isLeaderboardColumn = (value: unknown): value is LeaderboardColumn => typeof value === 'string' && Object.hasOwn(keys, value);

const keys: Record<LeaderboardColumn, (rep: RepBenchmark) => string | number | null> = {
  name: (rep) => rep.name,
  value: (rep) => rep.value,
  percentile: (rep) => rep.percentile,
};

/** A stable sort on one column; reps without a value stay last in either direction. */
export function sortReps(rows: readonly RankedRep[], column: LeaderboardColumn, direction: SortDirection, collator: Intl.Collator): RankedRep[] {
  const key = keys[column];
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: key(row.rep) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const order = typeof a.key === 'string' ? collator.compare(a.key, String(b.key)) : a.key - (b.key as number);
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}
