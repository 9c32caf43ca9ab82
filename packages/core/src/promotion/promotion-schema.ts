import { z } from 'zod';
import { TopLevelConditionSchema } from '../config/condition-schema.ts';
import { DEFAULT_CAREER_PATH } from './career-path.ts';

// Station ids are checked against `line.stations` by `promotionIssues`, which names the
// unknown one; importing the config's IdSchema here would make an import cycle.
const StationRefSchema = z.string().min(1).max(64);

export const PromotionRuleSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  from: StationRefSchema,
  to: StationRefSchema.describe('The next station on the path.'),
  conditions: TopLevelConditionSchema.describe(
    'json-rules-engine conditions over the rep: monthsInStation, metric.<id>.value | percentile | status, competency.<name>, openHeadcount.',
  ),
});
export type PromotionRule = z.infer<typeof PromotionRuleSchema>;

export const ForbiddenPromotionSchema = z.strictObject({
  from: StationRefSchema,
  to: StationRefSchema,
  reason: z.string().min(1).max(1000).describe('Shown to whoever tries the move.'),
});

export const PromotionSchema = z.strictObject({
  path: z
    .array(StationRefSchema)
    .min(2)
    .default([...DEFAULT_CAREER_PATH])
    .describe('Stations in career order; a promotion moves one step along it.'),
  rules: z.array(PromotionRuleSchema).default([]).describe('Eligibility per step; a step without a rule has no conditions.'),
  forbidden: z
    .array(ForbiddenPromotionSchema)
    .default([])
    .describe('Refused jumps with their reason; lead-generation → hunter is always refused.'),
});
export type PromotionConfig = z.infer<typeof PromotionSchema>;
