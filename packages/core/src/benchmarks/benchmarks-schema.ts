import { z } from 'zod';
import { ID_PATTERN } from '../config/limits.ts';

// Station ids are checked against `line.stations` by `benchmarkIssues`, which names the
// unknown one; importing the config's IdSchema here would make an import cycle.
const StationRefSchema = z.string().min(1).max(64);
const ActivityTypeRefSchema = z
  .string()
  .regex(ID_PATTERN, 'Use a lowercase kebab-case activity type such as "meeting-set".');

export const MetricIdSchema = z
  .string()
  .regex(ID_PATTERN, 'Use lowercase letters, digits and "-" (at most 64), e.g. "renewal-rate".');

const PercentileSchema = z.number().min(0).max(100);
const MonthsSchema = z.number().min(0).max(120);
/** Whether a count or a sum is read per working day or over the whole period. */
const PerSchema = z.enum(['workday', 'period']);

/** The percentile band that separates `below`, `within` and `above` (in the metric's better direction). */
export const StatusBandSchema = z.strictObject({
  below: PercentileSchema.default(25),
  above: PercentileSchema.default(75),
});

const common = {
  id: MetricIdSchema,
  label: z.string().min(1).max(200),
  station: StationRefSchema,
  direction: z.enum(['higher', 'lower']).default('higher'),
  target: z.number().finite().optional(),
  status: StatusBandSchema.optional(),
};

export const CountMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('count'),
  type: ActivityTypeRefSchema,
  per: PerSchema.default('workday'),
});

export const RateMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('rate'),
  numerator: ActivityTypeRefSchema,
  denominator: ActivityTypeRefSchema,
});

export const SumMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('sum'),
  type: ActivityTypeRefSchema,
  per: PerSchema.default('period'),
});

export const TimeMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('time'),
  from: ActivityTypeRefSchema,
  to: ActivityTypeRefSchema,
});

export const BenchmarkMetricSchema = z.discriminatedUnion('kind', [
  CountMetricSchema,
  RateMetricSchema,
  SumMetricSchema,
  TimeMetricSchema,
]);
export type BenchmarkMetric = z.infer<typeof BenchmarkMetricSchema>;
export type BenchmarkMetricKind = BenchmarkMetric['kind'];

export const BenchmarksSchema = z.strictObject({
  metrics: z.array(BenchmarkMetricSchema).default([]),
  ramp: z
    .strictObject({
      months: MonthsSchema.default(3),
      byStation: z.record(StationRefSchema, MonthsSchema).optional(),
    })
    .default({ months: 3 }),
  workdays: z.array(z.int().min(0).max(6)).min(1).default([1, 2, 3, 4, 5]),
  status: StatusBandSchema.default({ below: 25, above: 75 }),
});
export type BenchmarksConfig = z.infer<typeof BenchmarksSchema>;
export type BenchmarksConfigInput = z.input<typeof BenchmarksSchema>;
