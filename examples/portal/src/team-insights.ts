import { computeBenchmarks, evaluatePromotions, type BenchmarkReport, type PromotionReport, type Rep } from '@sales-line/core';
import type { CommittedLine } from './portal.ts';
import type { Store } from './store.ts';

const DAY = 86_400_000;

/** The periods the page offers, in days up to the end of the last day with activity. */
export const BENCHMARK_PERIODS = { week: 7, month: 30, quarter: 91 } as const;
export type BenchmarkPeriodName = keyof typeof BENCHMARK_PERIODS;

/**
 * Open seats the promotion rules may read (`openHeadcount`): the demo company is hiring one
 * Hunter. A real host reads them from its HR system.
 */
export const OPEN_HEADCOUNT: Record<string, number> = { hunter: 1 };

/**
 * `[from, to)` of a named period, ending at the end of the newest activity's UTC day (or today
 * without any), so an old data folder still shows its last weeks rather than an empty month.
 */
export function benchmarkPeriod(store: Store, name: BenchmarkPeriodName, now = Date.now()): { from: string; to: string } {
  const latest = store.latestActivityAt();
  const end = (Math.floor((latest === null ? now : Date.parse(latest)) / DAY) + 1) * DAY;
  return { from: new Date(end - BENCHMARK_PERIODS[name] * DAY).toISOString(), to: new Date(end).toISOString() };
}

function repsOf(line: CommittedLine): Rep[] {
  const { reps, repOrder } = line.state;
  return repOrder.map((id) => reps[id]!).filter(Boolean);
}

/** What the published config measures, or why there is nothing to show. */
export type BenchmarksAnswer = { report: BenchmarkReport | null; reason?: string };

interface Cached {
  config: unknown;
  reps: unknown;
  latest: string | null;
  answer: BenchmarksAnswer;
}
/**
 * Reading and measuring a month of activities takes a noticeable moment, and neither changes
 * until the config, the reps or the activities do: the line's state shares unchanged parts,
 * so the identity of `config` and `state.reps` says when to measure again.
 */
const cache = new WeakMap<Store, Map<BenchmarkPeriodName, Cached>>();

/** Measure afresh after activities were added (an older activity would not move `latestActivityAt`). */
export function forgetBenchmarks(store: Store): void {
  cache.delete(store);
}

/** Every rep against the peers of their station over the period, from the stored activities. */
export function teamBenchmarks(store: Store, line: CommittedLine, name: BenchmarkPeriodName): BenchmarksAnswer {
  const { config } = line;
  const reps = line.state.reps;
  const latest = store.latestActivityAt();
  const perStore = cache.get(store) ?? new Map<BenchmarkPeriodName, Cached>();
  cache.set(store, perStore);
  const hit = perStore.get(name);
  if (hit && hit.config === config && hit.reps === reps && hit.latest === latest) return hit.answer;
  const answer = measure(store, line, name);
  perStore.set(name, { config, reps, latest, answer });
  return answer;
}

function measure(store: Store, line: CommittedLine, name: BenchmarkPeriodName): BenchmarksAnswer {
  const { config } = line;
  if (!config.benchmarks || config.benchmarks.metrics.length === 0) {
    return { report: null, reason: 'The published config defines no benchmark metrics: add a "benchmarks" section to compare reps.' };
  }
  const period = benchmarkPeriod(store, name);
  // A week before the period too: a `time` metric pairs a lead created just before it with a touch inside.
  const activities = store.activities({ from: new Date(Date.parse(period.from) - 7 * DAY).toISOString(), to: period.to });
  return { report: computeBenchmarks(config, activities, repsOf(line), period) };
}

/** Who is eligible for the next career step, judged on the period's benchmarks, as of its end. */
export function teamPromotions(
  store: Store,
  line: CommittedLine,
  name: BenchmarkPeriodName,
): { reports: PromotionReport[]; period: { from: string; to: string }; reason?: string } {
  const { config } = line;
  const period = benchmarkPeriod(store, name);
  // Without rules every step would read "no conditions": say so instead of calling everyone eligible.
  if (!config.promotion) return { period, reports: [], reason: 'The published config defines no career path: add a "promotion" section.' };
  const { report } = teamBenchmarks(store, line, name);
  return {
    period,
    reports: evaluatePromotions(config, repsOf(line), report ?? undefined, period.to, { openHeadcount: OPEN_HEADCOUNT }),
  };
}
