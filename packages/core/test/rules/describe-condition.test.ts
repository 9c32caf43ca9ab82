import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile-rules.ts';
import { describeCondition, describeMatch, describeMiss, formatValue } from '../../src/rules/describe-condition.ts';

describe('describeCondition', () => {
  it('reads a rule as plain language', () => {
    expect(
      describeCondition({ all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }, { fact: 'employees', operator: 'greaterThanInclusive', value: 500 }] }),
    ).toBe('industry is fintech and employees ≥ 500');
  });

  it('brackets nested groups, names references and spells out decorators', () => {
    expect(
      describeCondition({
        any: [
          { all: [{ fact: 'region', operator: 'in', value: ['APAC', 'ANZ'] }, { fact: 'company', path: '$.size', operator: 'lessThan', value: 1000 }] },
          { condition: 'isHot' },
          { not: { fact: 'tags', operator: 'contains', value: 'cold' } },
          { fact: 'tags', operator: 'not:someFact:equal', value: 'spam' },
          { fact: 'budget', operator: 'greaterThan', value: { fact: 'price' } },
        ],
      }),
    ).toBe(
      '(region is one of APAC or ANZ and company.size < 1,000) or "isHot" or not (tags contains cold) or not (some item of tags is spam) or budget > the value of price',
    );
  });

  it('formats every whole number as Intl does for English readers', () => {
    const intl = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 999, 1000, -1000, 100000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER)), (value) => {
      expect(formatValue(value)).toBe(intl.format(value));
    }));
  });

  it('formats numbers for English readers', () => {
    expect(formatValue(1200)).toBe('1,200');
    expect(formatValue(1234567.891)).toBe('1,234,567.89');
    expect(formatValue(['a', 'b', 'c'])).toBe('a, b or c');
    expect(formatValue(undefined)).toBe('missing');
  });
});

describe('describeMatch and describeMiss', () => {
  const compiled = compileRules([
    { name: 'fintech-enterprise', conditions: { all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }, { fact: 'employees', operator: 'greaterThanInclusive', value: 500 }] } },
  ]);
  const traceFor = (lead: object) => compiled.traceRule(0, lead).conditions!;

  it('says why a rule held, with the lead’s values', () => {
    expect(describeMatch(traceFor({ industry: 'fintech', employees: 1200 }))).toBe('industry is fintech and employees 1,200 ≥ 500');
  });

  it('says why a rule failed, naming only the conditions that failed', () => {
    expect(describeMiss(traceFor({ industry: 'retail', employees: 1200 }))).toBe('industry is retail, not fintech');
    expect(describeMiss(traceFor({ industry: 'retail', employees: 40 }))).toBe('industry is retail, not fintech and employees 40 is not ≥ 500');
    expect(describeMiss(traceFor({ employees: 'lots' }))).toBe('industry is missing and employees is lots, not a number');
  });
});
