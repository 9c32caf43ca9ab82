import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/index.ts';
import { STATIONS } from '../fixtures/benchmarks.ts';
import { PROMOTION_METRICS, PROMOTION_RULES } from '../fixtures/promotion.ts';

function withPromotion(promotion: unknown) {
  return validateConfig({
    version: 1,
    line: { stations: STATIONS },
    routing: { fallback: { station: 'lead-generation' } },
    benchmarks: { metrics: PROMOTION_METRICS },
    promotion,
  });
}

const byPath = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);

function issues(promotion: unknown): [string, string][] {
  const result = withPromotion(promotion);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path.join('.')]);
}

describe('promotion validation', () => {
  it('accepts the reference rules and defaults the path to the reference career path', () => {
    const result = withPromotion({ rules: PROMOTION_RULES });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.promotion?.path).toEqual(['lead-generation', 'customer-management', 'business-development', 'hunter']);
  });

  it('names unknown and repeated stations in the path, and a forbidden step, with a message', () => {
    expect(issues({ path: ['lead-generation', 'closers', 'lead-generation', 'hunter'] })).toEqual([
      ['unknown-station', 'promotion.path.1'],
      ['duplicate-station', 'promotion.path.2'],
      ['forbidden-step', 'promotion.path.3'],
    ]);
    const result = withPromotion({ path: ['lead-generation', 'hunter'] });
    expect(!result.ok && result.issues[0]?.message).toMatch(/lead-generation → hunter, which is forbidden: An SDR/);
  });

  it('asks for the missing stations of a step as stations a person moves between, not as stages', () => {
    const result = withPromotion({ rules: [{ conditions: { all: [] } }], forbidden: [{ reason: 'Too big a step.' }] });
    const messages = result.ok ? [] : result.issues.filter((issue) => issue.code === 'missing').map((issue) => [issue.path.join('.'), issue.message]);
    expect(messages).toEqual([
      ['promotion.rules.0.from', 'Add "from": the station a person moves from, such as "lead-generation".'],
      ['promotion.rules.0.to', 'Add "to": the station a person moves to, such as "customer-management".'],
      ['promotion.forbidden.0.from', 'Add "from": the station a person moves from, such as "lead-generation".'],
      ['promotion.forbidden.0.to', 'Add "to": the station a person moves to, such as "customer-management".'],
    ]);
  });

  it('refuses rules for steps off the path, twice for one step, or naming unknown stations', () => {
    const rule = PROMOTION_RULES[0]!;
    expect(issues({ rules: [rule, rule, { ...rule, to: 'hunter' }, { ...rule, from: 'nowhere' }] })).toEqual([
      ['duplicate-rule', 'promotion.rules.1'],
      ['off-path-rule', 'promotion.rules.2.to'],
      ['unknown-station', 'promotion.rules.3.from'],
      ['off-path-rule', 'promotion.rules.3.to'],
    ]);
  });

  it('refuses unknown facts, metrics of another station, unknown operators, unsafe paths and shared references', () => {
    const conditions = {
      all: [
        { fact: 'salary', operator: 'greaterThan', value: 1 },
        { fact: 'metric.nope.value', operator: 'greaterThan', value: 1 },
        { fact: 'metric.win-rate.value', operator: 'greaterThan', value: 1 },
        { fact: 'monthsInStation', operator: 'atLeast', value: 1 },
        { fact: 'competency', path: '$..[?(@.x)]', operator: 'equal', value: 1 },
        { fact: 'monthsInStation', operator: 'not:equal', value: { fact: 'tenure' } },
        { condition: 'isHot' },
        { fact: 'competency.x', operator: 'in', value: 'abc' },
      ],
    };
    expect(issues({ rules: [{ from: 'lead-generation', to: 'customer-management', conditions }] }).sort(byPath)).toEqual([
      ['unknown-fact', 'promotion.rules.0.conditions.all.0.fact'],
      ['unknown-metric', 'promotion.rules.0.conditions.all.1.fact'],
      ['unknown-metric', 'promotion.rules.0.conditions.all.2.fact'],
      ['unknown-operator', 'promotion.rules.0.conditions.all.3.operator'],
      ['unsafe-path', 'promotion.rules.0.conditions.all.4.path'],
      ['unknown-fact', 'promotion.rules.0.conditions.all.5.value.fact'],
      ['unsupported-reference', 'promotion.rules.0.conditions.all.6.condition'],
      ['invalid-operator-value', 'promotion.rules.0.conditions.all.7.value'],
    ]);
  });

  it('refuses conditions nested too deep before anything evaluates them', () => {
    let node: unknown = { fact: 'monthsInStation', operator: 'equal', value: 1 };
    for (let i = 0; i < 40; i += 1) node = { all: [node] };
    const found = issues({ rules: [{ from: 'lead-generation', to: 'customer-management', conditions: node }] });
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe('too-deep');
  });

  it('refuses forbidden jumps naming unknown stations and a rule without conditions', () => {
    expect(issues({ forbidden: [{ from: 'lead-generation', to: 'ceo', reason: 'no' }] })).toEqual([['unknown-station', 'promotion.forbidden.0.to']]);
    expect(issues({ rules: [{ from: 'lead-generation', to: 'customer-management' }] })[0]?.[1]).toBe('promotion.rules.0.conditions');
  });
});
