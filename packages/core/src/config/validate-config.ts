import { SalesLineError, formatPath, type ConfigIssue } from '../errors.ts';
import { checkConditionReferences } from './check-condition-references.ts';
import { checkContextFactValues } from './check-context-facts.ts';
import type { ConditionCheckContext } from './check-conditions.ts';
import { checkDocumentLimits } from './check-document-limits.ts';
import { checkLine } from './check-line.ts';
import { checkRouting } from './check-routing.ts';
import { configIssue, dedupeIssues } from './config-issue-code.ts';
import { createSuggest } from './did-you-mean.ts';
import { ConfigSchema, type SalesLineConfig } from './config-schema.ts';
import { fromZodIssues } from './from-zod-issues.ts';
import { isPlainObject, own } from './json-guards.ts';
import { buildLineIndex } from './line-index.ts';
import { benchmarkIssues } from '../benchmarks/benchmark-issues.ts';
import { promotionIssues } from '../promotion/promotion-issues.ts';

export type ValidationResult = { ok: true; config: SalesLineConfig } | { ok: false; issues: ConfigIssue[] };

/**
 * Checks a config document and returns every issue at once. Never throws, whatever it is
 * given. Three passes: the limits and safety pass (a document that fails it is not read
 * further), the shape (zod), then the meaning (ids, references, operators, paths).
 */
export function validateConfig(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (error) {
    // Reached only through hostile objects (throwing getters, proxies): plain JSON never throws.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [configIssue('unreadable', [], `This document could not be read (${reason}). Pass plain JSON data.`)] };
  }
}

/** Like `validateConfig`, but throws a `SalesLineError` with code `invalid-config` and `.issues`. */
export function parseConfig(input: unknown): SalesLineConfig {
  const result = validateConfig(input);
  if (result.ok) return result.config;
  const first = result.issues[0]!;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  throw new SalesLineError('invalid-config', `Invalid config: ${formatPath(first.path)}: ${first.message}${more}`, { issues: result.issues });
}

function validate(input: unknown): ValidationResult {
  const unsafe = checkDocumentLimits(input);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  const parsed = ConfigSchema.safeParse(input);
  // The condition walker words condition problems precisely; zod's union errors there are vague.
  const zodIssues = parsed.success ? [] : parsed.error.issues;
  const shape = fromZodIssues(
    zodIssues.filter((issue) => !insideConditions(issue.path)),
    input,
    ConfigSchema,
  );
  const issues = dedupeIssues([...shape, ...checkMeaning(input)]);
  if (issues.length > 0) return { ok: false, issues };
  if (!parsed.success) return { ok: false, issues: fromZodIssues(zodIssues, input, ConfigSchema) };
  const crossIssues = [...benchmarkIssues(parsed.data), ...promotionIssues(parsed.data)];
  if (crossIssues.length > 0) return { ok: false, issues: crossIssues };
  return { ok: true, config: parsed.data };
}

function checkMeaning(input: unknown): ConfigIssue[] {
  const line = own(input, 'line');
  const routing = own(input, 'routing');
  const named = own(routing, 'conditions');
  const shared = isPlainObject(named) ? named : {};
  const references = checkConditionReferences(shared, ['routing', 'conditions']);
  const index = buildLineIndex(line);
  const suggest = createSuggest();
  const contextFacts: ConfigIssue[] = [];
  const context: ConditionCheckContext = {
    conditionNames: new Set(Object.keys(shared)),
    conditionDepths: references.depths,
    suggest,
    visit: checkContextFactValues(index, suggest, contextFacts),
  };
  return [...checkLine(line, index, context), ...checkRouting(routing, index, context), ...references.issues, ...contextFacts];
}

/** Paths under a condition tree: `routing.conditions.<name>`, `routing.rules[i].conditions`, `line.transitions[i].conditions`. */
function insideConditions(path: readonly PropertyKey[]): boolean {
  const [a, b, c, d] = path;
  if (a === 'routing' && b === 'conditions') return path.length >= 3;
  return typeof c === 'number' && d === 'conditions' && ((a === 'routing' && b === 'rules') || (a === 'line' && b === 'transitions'));
}
