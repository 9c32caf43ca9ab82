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
export { LeadSchema, RepSchema, RepStatusSchema } from './line/lead.ts';
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
export { ScenarioSchema, STATION_IDS } from './simulation/scenario-schema.ts';
export type { Scenario, ScenarioInput, StationId } from './simulation/scenario-schema.ts';
export { defaultScenario, validateScenario, parseScenario, scenarioJsonSchema } from './simulation/validate-scenario.ts';
export type { ScenarioValidation } from './simulation/validate-scenario.ts';
export { capacityModel } from './simulation/capacity-model.ts';
export type { CapacityModel, TeamFigures, StationCapacity } from './simulation/capacity-model.ts';
export { sensitivity, formatSensitivityTable, DEFAULT_SENSITIVITY_PARAMETERS } from './simulation/sensitivity.ts';
export type { SensitivityParameter, SensitivityPoint, SensitivityRow } from './simulation/sensitivity.ts';
export { simulate, REFERENCE_STAGES } from './simulation/simulate.ts';
export type { SimulateOptions } from './simulation/simulate.ts';
export type { SimulationLine, SimulationLineFactory, SimulationStages } from './simulation/simulation-line.ts';
export type { SimulationResult, RunResult, RunTotals, StationResult, MonthFigures, TeamRun, RunRatios } from './simulation/simulation-result.ts';
export type { Band } from './simulation/percentiles.ts';
export { replay, diffDecisions, createReplayAccumulator } from './simulation/replay.ts';
export type { ReplayDiff, ReplayOptions, ReplayChange, ReplayCount, ReplayExample, ReplayRouter, ReplayRouterFactory } from './simulation/replay.ts';
export { formatCapacityTable } from './simulation/format-capacity-table.ts';
export { ActivitySchema, KNOWN_ACTIVITY_TYPES } from './benchmarks/activity.ts';
export type { Activity } from './benchmarks/activity.ts';
export { readActivities, parseActivitiesNdjson, parseActivitiesCsv, readActivityLines } from './benchmarks/read-activities.ts';
export type { ActivityIssue, ActivityReadResult } from './benchmarks/read-activities.ts';
export type { ActivityFormat, ActivityLineResult } from './benchmarks/activity-line-parser.ts';
export { BenchmarksSchema, BenchmarkMetricSchema } from './benchmarks/benchmarks-schema.ts';
export type { BenchmarkMetric, BenchmarkMetricKind, BenchmarksConfig, BenchmarksConfigInput } from './benchmarks/benchmarks-schema.ts';
export { computeBenchmarks } from './benchmarks/compute-benchmarks.ts';
export { BenchmarkAccumulator } from './benchmarks/benchmark-accumulator.ts';
export type { BenchmarkPeriod, BenchmarkOptions } from './benchmarks/benchmark-accumulator.ts';
export { toRepMetrics } from './benchmarks/benchmark-report.ts';
export type {
  BenchmarkReport,
  StationBenchmark,
  MetricBenchmark,
  RepBenchmark,
  RepMetrics,
  BenchmarkStatus,
  BenchmarkUnit,
} from './benchmarks/benchmark-report.ts';
export type { Distribution } from './benchmarks/distribution.ts';
export { benchmarkIssues } from './benchmarks/benchmark-issues.ts';
export { PromotionSchema, PromotionRuleSchema } from './promotion/promotion-schema.ts';
export type { PromotionConfig, PromotionRule } from './promotion/promotion-schema.ts';
export { DEFAULT_CAREER_PATH, DEFAULT_FORBIDDEN_PROMOTIONS } from './promotion/career-path.ts';
export type { ForbiddenPromotion } from './promotion/career-path.ts';
export { evaluatePromotions } from './promotion/evaluate-promotions.ts';
export type { PromotionReport } from './promotion/evaluate-promotions.ts';
export type { PromotionCriterion } from './promotion/describe-criterion.ts';
export type { PromotionContext } from './promotion/promotion-facts.ts';
export { checkPromotion, assertPromotion } from './promotion/check-promotion.ts';
export type { PromotionCheck } from './promotion/check-promotion.ts';
export { promotionIssues } from './promotion/promotion-issues.ts';
export { generateActivities } from './benchmarks/generate-activities.ts';
export type { ActivityScenario } from './benchmarks/generate-activities.ts';
export { splitLines } from './records/split-lines.ts';
export { createRecordLineParser, splitCsvLine, coerceCell } from './records/record-line-parser.ts';
export type { RecordFormat, RecordLineResult, RecordLineParser, CsvOptions } from './records/record-line-parser.ts';
export { route, routeSync } from './routing/route.ts';
export { compileRouting } from './routing/compile-routing.ts';
export type { CompiledRouting } from './routing/compile-routing.ts';
export { chooseTarget, chooseTargetAsync } from './routing/choose-target.ts';
export type { TargetChoice, ChooseOptions } from './routing/choose-target.ts';
export { buildDecision } from './routing/build-decision.ts';
export { explainChoice, describeTarget, describeRuleMiss } from './routing/explain-route.ts';
export { assertLead } from './routing/validate-lead.ts';
export { compileRules } from './rules/compile-rules.ts';
export type {
  CompiledRules,
  CompiledRuleInfo,
  CompileRulesOptions,
  EvaluateOptions,
  RuleEvaluation,
  RuleError,
  ReferenceRunner,
} from './rules/compile-rules.ts';
export { describeCondition, describeMatch, describeMiss, formatValue } from './rules/describe-condition.ts';
export { createReferenceEngine, runEngine } from './rules/run-engine.ts';
export type { RuleLike, ReferenceEngine, ReferenceRuleResult } from './rules/run-engine.ts';
export { parsePath, resolvePath } from './rules/resolve-path.ts';
export type { PathSegment } from './rules/resolve-path.ts';
export { OPERATORS, DECORATORS, parseOperator, composeOperator } from './rules/operators.ts';
export type { OperatorSpec, DecoratorSpec, ParsedOperator } from './rules/operators.ts';
export { CONTEXT_FACTS } from './rules/routing-facts.ts';
export { createSalesLine } from './sales-line.ts';
export type { SalesLine, SalesLineInit, SalesLineListener } from './sales-line.ts';
export type { RotationCredit } from './state/line-state.ts';
export { reduceLine, LINE_RECIPES } from './state/line-recipes.ts';
export type { LineChange, Placement } from './state/line-recipes.ts';
export { createLineState } from './state/create-line-state.ts';
export { assignLead } from './assignment/assign-lead.ts';
export type { Assignment, AssignmentRequest } from './assignment/assign-lead.ts';
export { createAssignmentView } from './assignment/assignment-view.ts';
export type { AssignmentView } from './assignment/assignment-view.ts';
export { ASSIGNMENT_STRATEGIES } from './assignment/assignment-strategies.ts';
export { ELIGIBILITY_POLICIES } from './assignment/eligibility-policies.ts';
export { poolRef } from './assignment/pool-ref.ts';
export type { PoolRef } from './assignment/pool-ref.ts';
export { FREE_MAIL_DOMAINS } from './assignment/free-mail-domains.ts';
export { WorkingHoursSchema } from './line/lead.ts';
export type { WorkingHours } from './line/lead.ts';
export { parseDuration } from './line/parse-duration.ts';
export type { RouteContext } from './routing/route.ts';
export type { AssignmentContext } from './assignment/assign-routed-lead.ts';
