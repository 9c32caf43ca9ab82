import { z } from 'zod';
import { TopLevelConditionSchema } from '../config/condition-schema.ts';
import { DEFAULT_CAREER_PATH } from './career-path.ts';

// Station ids are checked against `line.stations` by `promotionIssues`, which names the
// unknown one; importing the config's IdSchema here would make an import cycle.
const StationRefSchema = z.string().min(1).max(64);

export const PromotionRuleSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  from: StationRefSchema,
  to: StationRefSchema,
  conditions: TopLevelConditionSchema,
});
export type PromotionRule = z.infer<typeof PromotionRuleSchema>;

export const ForbiddenPromotionSchema = z.strictObject({
  from: StationRefSchema,
  to: StationRefSchema,
  reason: z.string().min(1).max(1000),
});

export const PromotionSchema = z.strictObject({
  path: z.array(StationRefSchema).min(2).default([...DEFAULT_CAREER_PATH]),
  rules: z.array(PromotionRuleSchema).default([]),
  forbidden: z.array(ForbiddenPromotionSchema).default([]),
});
export type PromotionConfig = z.infer<typeof PromotionSchema>;
