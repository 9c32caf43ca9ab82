import type { z } from 'zod';
import { SalesLineError, type ConfigIssue } from '../errors.ts';
import { ConfigSchema, type SalesLineConfig } from './config-schema.ts';
import { benchmarkIssues } from '../benchmarks/benchmark-issues.ts';
import { promotionIssues } from '../promotion/promotion-issues.ts';

export type ValidationResult = { ok: true; config: SalesLineConfig } | { ok: false; issues: ConfigIssue[] };

/** Checks a config document and returns every issue at once. Never throws. */
export function validateConfig(input: unknown): ValidationResult {
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toConfigIssue) };
  const crossIssues = [...benchmarkIssues(parsed.data), ...promotionIssues(parsed.data)];
  if (crossIssues.length > 0) return { ok: false, issues: crossIssues };
  return { ok: true, config: parsed.data };
}

/** Like `validateConfig`, but throws a `SalesLineError` with code `invalid-config` and `.issues`. */
export function parseConfig(input: unknown): SalesLineConfig {
  const result = validateConfig(input);
  if (result.ok) return result.config;
  const first = result.issues[0];
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  throw new SalesLineError('invalid-config', `Invalid config: ${first?.message ?? 'unknown problem'}${more}`, {
    issues: result.issues,
  });
}

function toConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  return { code: issue.code, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message };
}
