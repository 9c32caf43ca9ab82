export { SalesLineError, formatPath } from './errors.ts';
export type { ConfigIssue, SalesLineErrorCode } from './errors.ts';
export { ConfigSchema } from './config/config-schema.ts';
export type {
  SalesLineConfig,
  SalesLineConfigInput,
  RouteRule,
  RouteTarget,
  Station,
  Transition,
  Deadline,
  WipLimit,
  Pool,
  Strategy,
} from './config/config-schema.ts';
export type { ConditionNode, TopLevelCondition, FactCondition } from './config/condition-schema.ts';
export { validateConfig, parseConfig } from './config/validate-config.ts';
export type { ValidationResult } from './config/validate-config.ts';
export { LeadSchema, RepSchema } from './line/lead.ts';
export type { Lead, Rep, RepStatus } from './line/lead.ts';
export type {
  RoutingDecision,
  RoutingContext,
  RoutingTrigger,
  Explanation,
  RuleTrace,
  ConditionTrace,
  CandidateTrace,
} from './routing/routing-decision.ts';
export type { LineState, LeadRecord, RepRecord, MoveResult, AuditEntry } from './state/line-state.ts';
export { presets } from './config/presets/presets.ts';
export { configJsonSchema } from './config/config-json-schema.ts';
export { CONFIG_LIMITS } from './config/limits.ts';
export type { ConfigLimits } from './config/limits.ts';
export { checkConditions } from './config/check-conditions.ts';
export type { ConditionCheckContext } from './config/check-conditions.ts';
export { parseFactPath } from './config/fact-path.ts';
export type { FactPathResult } from './config/fact-path.ts';
export type { ConfigIssueCode } from './config/config-issue-code.ts';
