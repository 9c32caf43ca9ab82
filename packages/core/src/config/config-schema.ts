import { z } from 'zod';
import { PrioritySchema, TopLevelConditionSchema } from './condition-schema.ts';
import { BenchmarksSchema } from '../benchmarks/benchmarks-schema.ts';
import { PromotionSchema } from '../promotion/promotion-schema.ts';
import { ID_PATTERN } from './limits.ts';

/** How an id is written; the schema's message and validateConfig's both say it. */
export const ID_RULE = 'lowercase letters, digits and "-" (at most 64 characters), e.g. "hold-for-future-close"';
/** How a duration is written; the schema's message and validateConfig's both say it. */
export const DURATION_RULE = 'an ISO 8601 duration such as "PT5M" (5 minutes), "PT48H" (48 hours) or "P3D" (3 days)';

export const IdSchema = z.string().regex(ID_PATTERN, `Use ${ID_RULE}.`);

export const DurationSchema = z.iso.duration({ message: `Use ${DURATION_RULE}.` });

export const StrategySchema = z.enum(['round-robin', 'weighted', 'least-loaded', 'queue']);
export type Strategy = z.infer<typeof StrategySchema>;

const NonEmptyText = z.string().min(1);
/** What people read: a station's or a rule's name, a shared condition's. */
const NameSchema = NonEmptyText.max(200);

export const PoolSchema = z.strictObject({
  team: NonEmptyText.optional(),
  skills: z.array(NonEmptyText).optional(),
  territory: NonEmptyText.optional(),
  reps: z.array(NonEmptyText).optional(),
});
export type Pool = z.infer<typeof PoolSchema>;

/** Where a lead goes: a station, optionally a stage in it, a pool of people and how to pick one. */
export const RouteTargetSchema = z.strictObject({
  station: IdSchema,
  stage: IdSchema.optional(),
  pool: PoolSchema.optional(),
  strategy: StrategySchema.optional(),
  queue: IdSchema.optional(),
});
export type RouteTarget = z.infer<typeof RouteTargetSchema>;

export const WipLimitSchema = z.strictObject({
  stage: IdSchema,
  perRep: z.int().min(1).optional(),
  total: z.int().min(1).optional(),
  overflowTo: IdSchema.optional(),
});
export type WipLimit = z.infer<typeof WipLimitSchema>;

export const StationSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  stages: z.array(IdSchema).min(1),
  wipLimits: z.array(WipLimitSchema).optional(),
  queue: IdSchema.optional(),
});
export type Station = z.infer<typeof StationSchema>;

export const TransitionSchema = z.strictObject({
  from: IdSchema,
  to: IdSchema,
  name: z.string().max(200).optional(),
  conditions: TopLevelConditionSchema.optional(),
});
export type Transition = z.infer<typeof TransitionSchema>;

export const DeadlineSchema = z.strictObject({
  stage: IdSchema,
  within: DurationSchema,
  then: z.enum(['reroute', 'move']),
  to: IdSchema.optional(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const LineSchema = z.strictObject({
  stations: z.array(StationSchema).min(1),
  terminal: z.array(IdSchema).default([]),
  transitions: z.array(TransitionSchema).default([]),
  deadlines: z.array(DeadlineSchema).default([]),
});

export const RouteRuleSchema = z.strictObject({
  name: NameSchema,
  priority: PrioritySchema,
  conditions: TopLevelConditionSchema,
  event: z.strictObject({ type: z.literal('route'), params: RouteTargetSchema }),
});
export type RouteRule = z.infer<typeof RouteRuleSchema>;

export const RoutingSchema = z.strictObject({
  conditions: z.record(NameSchema, TopLevelConditionSchema).optional(),
  rules: z.array(RouteRuleSchema).default([]),
  fallback: RouteTargetSchema,
});

export { PromotionSchema };

export { BenchmarksSchema };

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  line: LineSchema,
  routing: RoutingSchema,
  promotion: PromotionSchema.optional(),
  benchmarks: BenchmarksSchema.optional(),
});

/** A validated config document. Only `validateConfig`/`parseConfig` produce one. */
export type SalesLineConfig = z.infer<typeof ConfigSchema>;
export type SalesLineConfigInput = z.input<typeof ConfigSchema>;
