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
