import type { SalesLineConfig } from '../config/config-schema.ts';
import { SalesLineError } from '../errors.ts';
import type { Rep } from '../line/lead.ts';
import type { Activity } from './activity.ts';
import { toEpochMs } from './to-epoch-ms.ts';
import { BenchmarksSchema, type BenchmarkMetric, type BenchmarksConfig } from './benchmarks-schema.ts';
import type { BenchmarkReport } from './benchmark-report.ts';
import { buildBenchmarkReport, type RepAggregate } from './build-benchmark-report.ts';
import { checkRepList, joinedStationMs } from './check-rep-list.ts';
import { Reservoir } from './reservoir.ts';
import { validatedConfig } from '../config/validated-config.ts';

/** A half-open time range [from, to): ISO date-times, epoch milliseconds or Dates. */
export interface BenchmarkPeriod {
  from: string | number | Date;
  to: string | number | Date;
}

export interface BenchmarkOptions {
  /** Lead pairs kept per rep and `time` metric for the median (default 1,024; exact up to that many). */
  reservoirSize?: number;
  /** Leads awaiting their end activity per `time` metric before the oldest is forgotten (default 200,000). */
  maxPendingLeads?: number;
}

type TimeMetric = Extract<BenchmarkMetric, { kind: 'time' }>;

const DAY_MS = 86_400_000;
const AVERAGE_MONTH_MS = 30.436875 * DAY_MS;

/** Start times of one `time` metric's leads, oldest first, capped so memory stays bounded. */
class PendingStarts {
  readonly metric: TimeMetric;
  readonly #starts = new Map<string, number>();
  readonly #limit: number;
  evicted = 0;

  constructor(metric: TimeMetric, limit: number) {
    this.metric = metric;
    this.#limit = Math.max(1, limit);
  }

  start(leadId: string, at: number): void {
    if (this.#starts.has(leadId)) return;
    this.#starts.set(leadId, at);
    if (this.#starts.size > this.#limit) {
      const oldest = this.#starts.keys().next().value as string;
      this.#starts.delete(oldest);
      this.evicted += 1;
    }
  }

  /** The lead's start when `at` follows it; the pair is then consumed. */
  take(leadId: string, at: number): number | undefined {
    const start = this.#starts.get(leadId);
    if (start === undefined || at < start) return undefined;
    this.#starts.delete(leadId);
    return start;
  }
}

/** Calendar months added in UTC; a fractional part counts as a share of an average month. */
function addMonths(ms: number, months: number): number {
  const whole = Math.floor(months);
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + whole);
  return date.getTime() + (months - whole) * AVERAGE_MONTH_MS;
}

function readInstant(value: string | number | Date | undefined, field: string): number {
  const ms = toEpochMs(value);
  if (!Number.isFinite(ms)) throw new SalesLineError('invalid-input', `period.${field}: "${String(value)}" is not a date-time; use ISO 8601 or epoch milliseconds.`);
  return ms;
}

/**
 * Streams activities into per-rep aggregates (counts, sums, active workdays, a bounded
 * sample of lead-pair durations), never holding the activities themselves, so ten million
 * of them fit in the memory of a few thousand reps. Feed it with `add`/`addMany` in any
 * chunking, then call `report()` (as often as you like).
 */
export class BenchmarkAccumulator {
  readonly #config: SalesLineConfig;
  readonly #benchmarks: BenchmarksConfig;
  readonly #from: number;
  readonly #to: number;
  readonly #reps = new Map<string, RepAggregate>();
  readonly #countTypes = new Map<string, Set<string>>();
  readonly #sumTypes = new Map<string, Set<string>>();
  readonly #timeByFrom = new Map<string, PendingStarts[]>();
  readonly #timeByTo = new Map<string, PendingStarts[]>();
  readonly #workdays: boolean[];
  readonly #reservoirSize: number;
  #counted = 0;
  #ignored = 0;

  constructor(config: SalesLineConfig, reps: readonly Rep[], period: BenchmarkPeriod, options: BenchmarkOptions = {}) {
    this.#config = validatedConfig(config);
    this.#benchmarks = this.#config.benchmarks ?? BenchmarksSchema.parse({});
    checkRepList(reps);
    // A missing period reads as a missing `from`, which names the place.
    this.#from = readInstant(period?.from, 'from');
    this.#to = readInstant(period?.to, 'to');
    if (this.#to <= this.#from) throw new SalesLineError('invalid-input', 'period: `to` must come after `from`.');
    this.#reservoirSize = options.reservoirSize ?? 1024;
    this.#workdays = Array.from({ length: 7 }, (_, day) => this.#benchmarks.workdays.includes(day));
    for (const metric of this.#benchmarks.metrics) this.#plan(metric, options.maxPendingLeads ?? 200_000);
    for (const rep of reps) this.#addRep(rep);
  }

  #plan(metric: BenchmarkMetric, maxPendingLeads: number): void {
    const types = (table: Map<string, Set<string>>) => table.get(metric.station) ?? table.set(metric.station, new Set()).get(metric.station)!;
    if (metric.kind === 'count') types(this.#countTypes).add(metric.type);
    if (metric.kind === 'rate') types(this.#countTypes).add(metric.numerator).add(metric.denominator);
    if (metric.kind === 'sum') {
      types(this.#sumTypes).add(metric.type);
      // Counted too: how many activities a sum rests on is its basis.
      types(this.#countTypes).add(metric.type);
    }
    if (metric.kind !== 'time') return;
    const pending = new PendingStarts(metric, maxPendingLeads);
    const push = (table: Map<string, PendingStarts[]>, type: string) => table.set(type, [...(table.get(type) ?? []), pending]);
    push(this.#timeByFrom, metric.from);
    push(this.#timeByTo, metric.to);
  }

  #addRep(rep: Rep): void {
    if (this.#reps.has(rep.id)) throw new SalesLineError('invalid-rep', `reps: the id "${rep.id}" appears twice; rep ids must be unique.`);
    const rampMonths = this.#benchmarks.ramp.byStation?.[rep.station] ?? this.#benchmarks.ramp.months;
    const joined = joinedStationMs(rep);
    this.#reps.set(rep.id, {
      rep,
      // Ramping at the period's start: part of the period's figures come from ramp time.
      ramping: Number.isFinite(joined) && addMonths(joined, rampMonths) > this.#from,
      counts: new Map(),
      sums: new Map(),
      activeDays: new Set(),
      durations: new Map(),
    });
  }

  /** Adds one activity. Activities outside the period or by reps not handed in are ignored (and counted as such). */
  add(activity: Activity): void {
    if (typeof activity !== 'object' || activity === null || typeof activity.type !== 'string' || typeof activity.repId !== 'string') {
      throw new SalesLineError('invalid-input', `Not an activity: expected { repId, type, at }, got ${JSON.stringify(activity)}.`);
    }
    const value: unknown = activity.value;
    // `null` (an empty database column) is no value, as it always summed; text would be concatenated into a sum.
    if (value != null && !Number.isFinite(value)) {
      const index = this.#counted + this.#ignored;
      throw new SalesLineError('invalid-input', `activities[${index}].value must be a finite number.`);
    }
    const at = toEpochMs(activity.at);
    if (!(at < this.#to)) {
      this.#ignored += 1;
      return;
    }
    const { type, leadId } = activity;
    // A lead's start may be recorded before the period or by someone outside the line.
    const starts = leadId === undefined ? undefined : this.#timeByFrom.get(type);
    if (starts !== undefined) for (const pending of starts) pending.start(leadId as string, at);
    const state = at >= this.#from ? this.#reps.get(activity.repId) : undefined;
    // The lead is touched whoever does it and whenever: its pair closes even when nobody is credited.
    const ends = leadId === undefined ? undefined : this.#timeByTo.get(type);
    if (ends !== undefined) for (const pending of ends) this.#closePair(pending, leadId as string, at, state);
    if (state === undefined) {
      this.#ignored += 1;
      return;
    }
    this.#counted += 1;
    const day = Math.floor(at / DAY_MS);
    // 1970-01-01 was a Thursday (4).
    if (this.#workdays[(((day + 4) % 7) + 7) % 7]) state.activeDays.add(day);
    const station = state.rep.station;
    if (this.#countTypes.get(station)?.has(type)) state.counts.set(type, (state.counts.get(type) ?? 0) + 1);
    if (this.#sumTypes.get(station)?.has(type)) state.sums.set(type, (state.sums.get(type) ?? 0) + (activity.value ?? 0));
  }

  /** Only a rep of the metric's station, inside the period, is credited with the duration. */
  #closePair(pending: PendingStarts, leadId: string, at: number, state: RepAggregate | undefined): void {
    const start = pending.take(leadId, at);
    if (start === undefined || state === undefined || pending.metric.station !== state.rep.station) return;
    let sample = state.durations.get(pending.metric.id);
    if (sample === undefined) state.durations.set(pending.metric.id, (sample = new Reservoir(this.#reservoirSize, hashSeed(state.rep.id))));
    sample.add((at - start) / 3_600_000);
  }

  /** Adds a chunk of activities in order. */
  addMany(activities: Iterable<Activity>): void {
    if (!(activities as Partial<Iterable<Activity>> | null)?.[Symbol.iterator]) throw new SalesLineError('invalid-input', 'activities must be a list.');
    for (const activity of activities) this.add(activity);
  }

  /** The benchmarks so far. */
  report(): BenchmarkReport {
    let evictedLeads = 0;
    for (const list of this.#timeByTo.values()) for (const pending of list) evictedLeads += pending.evicted;
    return buildBenchmarkReport({
      config: this.#config,
      benchmarks: this.#benchmarks,
      reps: [...this.#reps.values()],
      period: { from: new Date(this.#from).toISOString(), to: new Date(this.#to).toISOString() },
      counted: this.#counted,
      ignored: this.#ignored,
      evictedLeads,
    });
  }
}

/** A stable seed per rep, so each rep's sample is independent of the others and repeatable. */
function hashSeed(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
