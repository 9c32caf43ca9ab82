import { z } from 'zod';

// Station ids are checked against `line.stations` by `benchmarkIssues`, which names the
// unknown one; importing the config's IdSchema here would make an import cycle.
const StationRefSchema = z.string().min(1).max(64);
const ActivityTypeRefSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use a lowercase kebab-case activity type such as "meeting-set".');

export const MetricIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lowercase letters, digits and "-" (at most 64), e.g. "renewal-rate".');

/** The percentile band that separates `below`, `within` and `above` (in the metric's better direction). */
export const StatusBandSchema = z
  .strictObject({
    below: z.number().min(0).max(100).default(25).describe('Worse than this percentile of peers is "below".'),
    above: z.number().min(0).max(100).default(75).describe('Better than this percentile of peers is "above".'),
  })
  .describe('Percentile band; default p25–p75.');

const common = {
  id: MetricIdSchema,
  label: z.string().min(1).max(200),
  station: StationRefSchema.describe('Only reps of this station are measured and compared with each other.'),
  direction: z.enum(['higher', 'lower']).default('higher').describe('Which way is better.'),
  target: z.number().finite().optional().describe('A goal value, reported as met or not beside the peer comparison.'),
  status: StatusBandSchema.optional(),
};

export const CountMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('count'),
  type: ActivityTypeRefSchema.describe('The activity type counted, e.g. "dial".'),
  per: z.enum(['workday', 'period']).default('workday').describe('"workday": per workday the rep was active.'),
});

export const RateMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('rate'),
  numerator: ActivityTypeRefSchema.describe('e.g. "renewed"'),
  denominator: ActivityTypeRefSchema.describe('e.g. "renewal-due"'),
});

export const SumMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('sum'),
  type: ActivityTypeRefSchema.describe('The activity type whose `value` is summed, e.g. "won".'),
  per: z.enum(['workday', 'period']).default('period'),
});

export const TimeMetricSchema = z.strictObject({
  ...common,
  kind: z.literal('time'),
  from: ActivityTypeRefSchema.describe('The start, e.g. "lead-created"; may be recorded by anyone.'),
  to: ActivityTypeRefSchema.describe('The end on the same lead, e.g. "first-touch"; credited to the rep who did it.'),
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
      months: z.number().min(0).max(120).default(3).describe('Months after `joinedStationAt` a rep is still ramping.'),
      byStation: z.record(StationRefSchema, z.number().min(0).max(120)).optional(),
    })
    .default({ months: 3 })
    .describe('Ramping reps are shown but left out of their station’s distribution.'),
  workdays: z
    .array(z.int().min(0).max(6))
    .min(1)
    .default([1, 2, 3, 4, 5])
    .describe('Days of the week (0 = Sunday, UTC) that count as workdays for per-workday metrics.'),
  status: StatusBandSchema.default({ below: 25, above: 75 }),
});
export type BenchmarksConfig = z.infer<typeof BenchmarksSchema>;
export type BenchmarksConfigInput = z.input<typeof BenchmarksSchema>;
