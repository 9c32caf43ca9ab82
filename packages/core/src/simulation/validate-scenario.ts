import { z } from 'zod';
import { SalesLineError, formatPath, type ConfigIssue } from '../errors.ts';
import { ScenarioSchema, type Scenario } from './scenario-schema.ts';

export type ScenarioValidation = { ok: true; scenario: Scenario } | { ok: false; issues: ConfigIssue[] };

/** Checks a (partial) scenario, merges it over the defaults and returns every issue at once. Never throws. */
export function validateScenario(input: unknown): ScenarioValidation {
  const parsed = ScenarioSchema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      code: issue.code,
      path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      message: issue.message,
    })),
  };
}

/** Like `validateScenario`, but throws a `SalesLineError` with code `invalid-scenario` and `.issues`. */
export function parseScenario(input: unknown): Scenario {
  const result = validateScenario(input);
  if (result.ok) return result.scenario;
  const first = result.issues[0];
  const where = first === undefined ? '' : `${formatPath(first.path)}: `;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  throw new SalesLineError('invalid-scenario', `Invalid scenario: ${where}${first?.message ?? 'unknown problem'}${more}`, {
    issues: result.issues,
  });
}

/** Every parameter with its default, as the parsed result of an empty scenario. */
export function defaultScenario(): Scenario {
  return ScenarioSchema.parse({});
}

/** The scenario document's JSON Schema (what a user writes: every field optional, defaults shown). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
