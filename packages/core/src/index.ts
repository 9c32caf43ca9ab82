/**
 * The line: validate a config, route leads and run a line. The analytics (simulation,
 * benchmarks, promotion, presets) are re-exported below for the public contract and also have
 * their own entry points; with `sideEffects: false` a bundler ships only what is imported.
 *
 * @module @sales-line/core
 */
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
export type { ConfigIssueCode } from './config/config-issue-code.ts';
export { CONFIG_LIMITS } from './config/limits.ts';
export type { ConfigLimits } from './config/limits.ts';
export { LEAD_LIMITS } from './line/lead-limits.ts';
export type { LeadLimits } from './line/lead-limits.ts';
export { LeadSchema, RepSchema, RepStatusSchema, WorkingHoursSchema } from './line/lead.ts';
export type { Lead, Rep, RepStatus, WorkingHours } from './line/lead.ts';
export type {
  RoutingDecision,
  RoutingContext,
  RoutingTrigger,
  Explanation,
  RuleTrace,
  ConditionTrace,
  CandidateTrace,
} from './routing/routing-decision.ts';
export { route, routeSync } from './routing/route.ts';
export type { RouteContext } from './routing/route.ts';
export type { LineState, LeadRecord, RepRecord, MoveResult, AuditEntry, RotationCredit } from './state/line-state.ts';
export { createSalesLine } from './sales-line.ts';
export type { SalesLine, SalesLineInit, SalesLineListener } from './sales-line.ts';

export { presets } from './presets.ts';
export { simulate, replay } from './simulation.ts';
export type { Scenario, ScenarioInput, SimulateOptions, SimulationResult, ReplayDiff, ReplayOptions, CapacityModel } from './simulation.ts';
export { computeBenchmarks } from './benchmarks.ts';
export type {
  Activity,
  BenchmarkPeriod,
  BenchmarkReport,
  StationBenchmark,
  MetricBenchmark,
  RepBenchmark,
  RepMetrics,
  BenchmarkStatus,
  BenchmarkUnit,
  BenchmarksConfig,
} from './benchmarks.ts';
export { evaluatePromotions } from './promotion.ts';
export type { PromotionReport, PromotionConfig, ForbiddenPromotion } from './promotion.ts';
