import { describe, expectTypeOf, it } from 'vitest';
import { checkConditions, parseFactPath } from '../../src/rules.ts';
import { parseConfig, presets, validateConfig, type ConfigIssue, type ConfigIssueCode, type SalesLineConfig, type ValidationResult } from '../../src/index.ts';

describe('the config API types', () => {
  it('types validation results as a union a caller narrows on ok', () => {
    expectTypeOf(validateConfig).parameter(0).toBeUnknown();
    expectTypeOf(validateConfig).returns.toEqualTypeOf<ValidationResult>();
    expectTypeOf<Extract<ValidationResult, { ok: true }>['config']>().toEqualTypeOf<SalesLineConfig>();
    expectTypeOf<Extract<ValidationResult, { ok: false }>['issues']>().toEqualTypeOf<ConfigIssue[]>();
    expectTypeOf(parseConfig).returns.toEqualTypeOf<SalesLineConfig>();
  });

  it('types the presets as ready configs and the reusable checks by what they return', () => {
    expectTypeOf(presets.assemblyLine).toEqualTypeOf<SalesLineConfig>();
    expectTypeOf(presets.traditional).toEqualTypeOf<SalesLineConfig>();
    expectTypeOf(checkConditions).returns.toEqualTypeOf<ConfigIssue[]>();
    expectTypeOf(parseFactPath('$.a')).toEqualTypeOf<{ ok: true; segments: (string | number)[] } | { ok: false; reason: string }>();
    expectTypeOf<'unknown-stage'>().toExtend<ConfigIssueCode>();
  });
});
