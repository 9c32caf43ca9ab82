import { z } from 'zod';
import { TopLevelConditionSchema } from './condition-schema.ts';
import { BenchmarksSchema } from '../benchmarks/benchmarks-schema.ts';
import { PromotionSchema } from '../promotion/promotion-schema.ts';

/** Station, stage, team and queue ids: lowercase kebab-case, so they are safe as keys, CSS parts and URLs. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'Use lowercase letters, digits and "-" (at most 64), e.g. "hold-for-future-close".');

/** ISO 8601 duration such as "PT5M", "PT48H" or "P3D". */
export const DurationSchema = z.iso.duration({ message: 'Use an ISO 8601 duration such as "PT5M", "PT48H" or "P3D".' });

export const StrategySchema = z.enum(['round-robin', 'weighted', 'least-loaded', 'queue']);
export type Strategy = z.infer<typeof StrategySchema>;

export const PoolSchema = z.strictObject({
  team: z.string().min(1).optional(),
  skills: z.array(z.string().min(1)).optional(),
  territory: z.string().min(1).optional(),
  reps: z.array(z.string().min(1)).optional().describe('An explicit list of rep ids.'),
});
export type Pool = z.infer<typeof PoolSchema>;

/** Where a lead goes: a station, optionally a stage in it, a pool of people and how to pick one. */
export const RouteTargetSchema = z.strictObject({
  station: IdSchema,
  stage: IdSchema.optional().describe("Defaults to the station's first stage."),
  pool: PoolSchema.optional(),
  strategy: StrategySchema.optional(),
  queue: IdSchema.optional().describe('Queue used when nobody in the pool is eligible, or with strategy "queue".'),
});
export type RouteTarget = z.infer<typeof RouteTargetSchema>;

export const WipLimitSchema = z.strictObject({
  stage: IdSchema,
  perRep: z.int().min(1).optional().describe('The most leads one person may hold in the stage.'),
  total: z.int().min(1).optional().describe('The most leads the whole station may hold in the stage.'),
  overflowTo: IdSchema.optional().describe('Stage that takes leads over the limit, e.g. back to lead generation.'),
});
export type WipLimit = z.infer<typeof WipLimitSchema>;

export const StationSchema = z.strictObject({
  id: IdSchema.describe('The station id, e.g. "hunter". Rules and the fallback send leads to it by this id.'),
  name: z.string().min(1).max(200).describe('The name people read, e.g. "Hunter".'),
  stages: z.array(IdSchema).min(1).describe('The stages this station works, in board order. A stage belongs to exactly one station.'),
  wipLimits: z.array(WipLimitSchema).optional().describe('Caps on how many leads may sit in a stage of this station.'),
  queue: IdSchema.optional().describe("The station's default queue for leads nobody can take."),
});
export type Station = z.infer<typeof StationSchema>;

export const TransitionSchema = z.strictObject({
  from: IdSchema,
  to: IdSchema,
  name: z.string().max(200).optional(),
  conditions: TopLevelConditionSchema.optional().describe('A guard over the lead and the move; the move is refused when it fails.'),
});
export type Transition = z.infer<typeof TransitionSchema>;

export const DeadlineSchema = z.strictObject({
  stage: IdSchema,
  within: DurationSchema.meta({ description: 'How long a lead may stay in the stage, e.g. "PT5M" or "P14D".', examples: ['PT5M', 'PT1H', 'P1D', 'P14D'] }),
  then: z.enum(['reroute', 'move']).describe('"reroute": route again to someone else; "move": move to `to`.'),
  to: IdSchema.optional().describe('With "then": "move", the stage the lead moves to.'),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const LineSchema = z.strictObject({
  stations: z.array(StationSchema).min(1).describe('The stations of the line, in order.'),
  terminal: z.array(IdSchema).default([]).describe('Stages that end the line (e.g. "lost", "disqualified", "churned"); they belong to no station.'),
  transitions: z.array(TransitionSchema).default([]).describe('The moves allowed between stages; a move may carry a guard.'),
  deadlines: z.array(DeadlineSchema).default([]).describe('What happens to a lead that stays in a stage too long.'),
});

export const RouteRuleSchema = z.strictObject({
  name: z.string().min(1).max(200).describe('A unique name; decisions and the audit log quote it.'),
  priority: z.int().min(1).optional().describe('Higher runs first; equal priorities keep document order. Default 1.'),
  conditions: TopLevelConditionSchema,
  event: z.strictObject({ type: z.literal('route'), params: RouteTargetSchema }),
});
export type RouteRule = z.infer<typeof RouteRuleSchema>;

export const RoutingSchema = z.strictObject({
  conditions: z
    .record(IdOrNameSchema(), TopLevelConditionSchema)
    .optional()
    .describe('Shared conditions by name, used in rules as { "condition": "name" }.'),
  rules: z.array(RouteRuleSchema).default([]).describe('Routing rules: the matching rule with the highest priority decides (document order breaks ties).'),
  fallback: RouteTargetSchema.describe('Where a lead goes when no rule matches.'),
});

function IdOrNameSchema() {
  return z.string().min(1).max(200);
}

export { PromotionSchema };

export { BenchmarksSchema };

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema editors use to check and complete this document.'),
  version: z.literal(1).describe('The document format version: 1.'),
  line: LineSchema.describe('The stations and stages of the line, the moves between them, and deadlines.'),
  routing: RoutingSchema.describe('How each lead is sent to a station and a person.'),
  promotion: PromotionSchema.optional(),
  benchmarks: BenchmarksSchema.optional(),
});

/** A validated config document. Only `validateConfig`/`parseConfig` produce one. */
export type SalesLineConfig = z.infer<typeof ConfigSchema>;
export type SalesLineConfigInput = z.input<typeof ConfigSchema>;
