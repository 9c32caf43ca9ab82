/**
 * The simulator, the capacity model and what-if replay.
 *
 * @module @sales-line/core/simulation
 */
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
