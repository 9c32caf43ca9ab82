/**
 * The career path, promotion eligibility and the forbidden moves.
 *
 * @module @sales-line/core/promotion
 */
export { PromotionSchema, PromotionRuleSchema } from './promotion/promotion-schema.ts';
export type { PromotionConfig, PromotionRule } from './promotion/promotion-schema.ts';
export { DEFAULT_CAREER_PATH, DEFAULT_FORBIDDEN_PROMOTIONS, forbiddenPromotions } from './promotion/career-path.ts';
export type { ForbiddenPromotion } from './promotion/career-path.ts';
export { evaluatePromotions } from './promotion/evaluate-promotions.ts';
export type { PromotionReport } from './promotion/evaluate-promotions.ts';
export type { PromotionCriterion } from './promotion/describe-criterion.ts';
export type { PromotionContext } from './promotion/promotion-facts.ts';
export { checkPromotion, assertPromotion } from './promotion/check-promotion.ts';
export type { PromotionCheck } from './promotion/check-promotion.ts';
export { promotionIssues } from './promotion/promotion-issues.ts';
