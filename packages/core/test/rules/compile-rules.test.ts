import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopLevelCondition } from '../../src/config/condition-schema.ts';
import { compileRules } from '../../src/rules/compile-rules.ts';
import { createReferenceEngine, type RuleLike } from '../../src/rules/run-engine.ts';

function rule(name: string, conditions: TopLevelCondition, priority?: number): RuleLike {
  return priority === undefined ? { name, conditions } : { name, priority, conditions };
}
const isFintech: TopLevelCondition = { all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }] };

describe('compileRules', () => {
  it('orders rules by priority, highest first, then document order', () => {
    const compiled = compileRules([rule('a', isFintech, 1), rule('b', isFintech, 5), rule('c', isFintech, 5), rule('d', isFintech)]);
    expect(compiled.order.map((entry) => entry.name)).toEqual(['b', 'c', 'a', 'd']);
    expect(compiled.firstMatch({ industry: 'fintech' })).toBe(1);
  });

  it('stops at the first match and traces later rules as skipped', () => {
    const compiled = compileRules([rule('first', isFintech, 2), rule('second', isFintech, 1)]);
    const outcome = compiled.evaluate({ industry: 'fintech' }, undefined, { trace: true });
    expect(outcome.winner).toBe(0);
    expect(outcome.rules.map((trace) => [trace.name, trace.matched, trace.skipped ?? false])).toEqual([
      ['first', true, false],
      ['second', false, true],
    ]);
    expect(outcome.rules[1]?.conditions).toBeUndefined();
  });

  it('records no trace unless asked', () => {
    const compiled = compileRules([rule('first', isFintech)]);
    expect(compiled.evaluate({ industry: 'fintech' }).rules).toEqual([]);
  });

  it('evaluates every rule when asked for all matches', () => {
    const compiled = compileRules([rule('a', isFintech), rule('b', { all: [] }), rule('c', { any: [] }), rule('d', { not: isFintech })]);
    expect(compiled.evaluate({ industry: 'fintech' }, undefined, { all: true }).matched).toEqual([0, 1, 2]);
  });

  it('traces each condition with its fact, path, operator, expected value, fact value and result', () => {
    const compiled = compileRules([
      rule('big-fintech', { all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }, { fact: 'company', path: '$.size', operator: 'greaterThanInclusive', value: 500 }] }),
    ]);
    const [trace] = compiled.evaluate({ industry: 'fintech', company: { size: 1200 } }, undefined, { trace: true }).rules;
    expect(trace?.conditions).toEqual({
      kind: 'all',
      result: true,
      children: [
        { kind: 'fact', fact: 'industry', operator: 'equal', value: 'fintech', factValue: 'fintech', missing: false, result: true },
        { kind: 'fact', fact: 'company', path: '$.size', operator: 'greaterThanInclusive', value: 500, factValue: 1200, missing: false, result: true },
      ],
    });
  });

  it('lists the missing facts of a lead and makes their conditions false', () => {
    const compiled = compileRules([
      rule('r', { any: [{ fact: 'industry', operator: 'notEqual', value: 'retail' }, { fact: 'company', path: '$.size', operator: 'lessThan', value: 5 }, { fact: 'score', operator: 'equal', value: { fact: 'target' } }] }),
    ]);
    const [trace] = compiled.evaluate({ company: {}, score: 3 }, undefined, { trace: true }).rules;
    expect(trace?.matched).toBe(false);
    expect(trace?.missingFacts).toEqual(['industry', 'company.size', 'target']);
  });

  it('reads the routing context, which wins over a lead field of the same name', () => {
    const compiled = compileRules([rule('late', { all: [{ fact: 'trigger', operator: 'equal', value: 'deadline' }, { fact: 'hoursInStage', operator: 'greaterThan', value: 48 }] })]);
    expect(compiled.firstMatch({ trigger: 'deadline', hoursInStage: 72 }, { trigger: 'enter' })).toBe(-1);
    expect(compiled.firstMatch({}, { trigger: 'deadline', hoursInStage: 72 })).toBe(0);
  });

  it('reads only a lead’s own fields', () => {
    const compiled = compileRules([rule('proto', { all: [{ fact: 'constructor', operator: 'notEqual', value: 1 }] }), rule('to-string', { all: [{ fact: 'toString', operator: 'notEqual', value: 1 }] })]);
    expect(compiled.evaluate({}, undefined, { all: true }).matched).toEqual([]);
  });

  it('keeps the other rules when one fails at run time, and says why', () => {
    const compiled = compileRules([
      rule('bad', { all: [{ fact: 'region', operator: 'swap:in', value: 'EMEA' }] }, 2),
      rule('good', { all: [{ fact: 'region', operator: 'equal', value: 7 }] }, 1),
    ]);
    const outcome = compiled.evaluate({ region: 7 }, undefined, { trace: true });
    expect(outcome.winner).toBe(1);
    expect(outcome.errors).toEqual([{ index: 0, name: 'bad', message: expect.stringMatching(/needs a list or text/) }]);
    expect(outcome.rules[0]?.error).toMatch(/needs a list or text/);
    expect(compiled.firstMatch({ region: 7 })).toBe(1);
  });

  it('fails a rule when a member of the deciding priority set throws, as json-rules-engine does', async () => {
    const rules = [rule('r', { all: [{ fact: 'a', operator: 'equal', value: 1 }, { fact: 'b', operator: 'greaterThan', value: 5 }] })];
    const lead = { a: 2, b: Object.create(null) };
    const [reference] = await createReferenceEngine(rules).run(lead);
    expect(reference?.error).toBeDefined();
    const compiled = compileRules(rules);
    expect(compiled.evaluate(lead).errors).toHaveLength(1);
    const traced = compiled.evaluate(lead, undefined, { trace: true });
    expect(traced.errors).toHaveLength(1);
    expect(traced.rules[0]?.error).toBe(traced.errors[0]?.message);
    expect(compiled.firstMatch(lead)).toBe(-1);
  });

  it('builds the traces when they are first read, from the facts the evaluation read', () => {
    const compiled = compileRules([rule('fintech', isFintech, 2), rule('any', { all: [] }, 1)]);
    const lead: Record<string, unknown> = { industry: 'retail' };
    const outcome = compiled.evaluate(lead, undefined, { trace: true });
    lead.industry = 'fintech';
    compiled.evaluate({ industry: 'saas' }, undefined, { trace: true });
    expect(outcome.winner).toBe(1);
    expect(outcome.rules.map((trace) => trace.matched)).toEqual([false, true]);
    expect(outcome.rules[0]?.conditions).toMatchObject({ children: [{ factValue: 'retail', result: false }] });
    expect(outcome.rules).toBe(outcome.rules);
    expect(JSON.parse(JSON.stringify(outcome))).toEqual({ winner: 1, matched: [1], errors: [], rules: JSON.parse(JSON.stringify(outcome.rules)) });
  });

  it('skips lower condition priority sets once a higher one decides, as json-rules-engine does', () => {
    const rules = [rule('r', { all: [{ fact: 'a', operator: 'equal', value: 1, priority: 2 }, { fact: 'b', operator: 'in', value: 5, priority: 1 }] })];
    const outcome = compileRules(rules).evaluate({ a: 2, b: 'x' }, undefined, { trace: true });
    expect(outcome.errors).toEqual([]);
    const children = outcome.rules[0]?.conditions?.kind === 'all' ? outcome.rules[0].conditions.children : [];
    expect(children[1]).toMatchObject({ skipped: true });
  });

  it('hands a rule it cannot compile to the reference engine through the hook', async () => {
    const rules = [rule('custom', { all: [{ fact: 'a', operator: 'near', value: 1 }] }), rule('plain', isFintech)];
    const calls: number[] = [];
    const compiled = compileRules(rules, {}, {
      reference: () => async (index) => {
        calls.push(index);
        return { matched: true };
      },
    });
    expect(compiled.needsReference).toBe(true);
    expect(compiled.order[0]).toMatchObject({ compiled: false, reason: 'Unknown operator "near"' });
    expect((await compiled.evaluateAsync({ industry: 'fintech' })).winner).toBe(0);
    expect(calls).toEqual([0]);
    expect(compiled.evaluate({ industry: 'fintech' }).errors[0]?.message).toMatch(/needs the reference engine/);
    expect(compiled.evaluate({ industry: 'fintech' }).winner).toBe(1);
  });

  it('compiles a shared condition once and traces the reference', () => {
    const compiled = compileRules([rule('hot', { condition: 'isHot' })], { isHot: { any: [{ fact: 'score', operator: 'greaterThan', value: 80 }] } });
    const [trace] = compiled.evaluate({ score: 90 }, undefined, { trace: true }).rules;
    expect(trace?.conditions).toMatchObject({ kind: 'condition', reference: 'isHot', result: true });
  });

  it('agrees with json-rules-engine on a value reference whose path is not text', async () => {
    const rules = [rule('odd-path', { all: [{ fact: 'budget', operator: 'notEqual', value: { fact: 'deal', path: 5 } }] })];
    for (const lead of [{ budget: 1, deal: { x: 1 } }, { budget: 1, deal: 7 }]) {
      const [reference] = await createReferenceEngine(rules).run(lead);
      expect(compileRules(rules).evaluate(lead, undefined, { all: true }).matched.length === 1).toBe(reference?.matched);
      expect(reference?.error).toBeUndefined();
    }
  });

  it('compares text facts as json-rules-engine does, odd numerals included', async () => {
    const texts = ['', ' ', '0x10', '12abc', 'abc', '5', '-1', 'Infinity', '1e3', '5.0', '\n7'];
    for (const operator of ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']) {
      for (const value of [5, '5', 0, true]) {
        const rules = [rule('r', { all: [{ fact: 'a', operator, value }] } as TopLevelCondition)];
        const compiled = compileRules(rules);
        for (const text of texts) {
          const [reference] = await createReferenceEngine(rules).run({ a: text });
          expect({ operator, value, text, matched: compiled.firstMatch({ a: text }) === 0 }).toEqual({ operator, value, text, matched: reference?.matched });
        }
      }
    }
  });

  it('decides a rule its equalities, sets and number comparisons make up without its test, and lets the test decide text', async () => {
    const rules = [
      rule('enterprise', { all: [{ fact: 'region', operator: 'in', value: ['EMEA', 'APAC'] }, { fact: 'employees', operator: 'greaterThanInclusive', value: 1000 }, { fact: 'customer', operator: 'equal', value: false }] }),
      rule('any', { all: [] }, 0),
    ];
    const compiled = compileRules(rules);
    const reference = createReferenceEngine(rules);
    const employees = [1000, 999, '1000', '1e3', ' 1200', 'many', null, true, [1000], Number.NaN, undefined];
    for (const value of employees) {
      for (const lead of [{ region: 'EMEA', employees: value, customer: false }, { region: 'NA', employees: value, customer: false }, { region: 'APAC', employees: value }]) {
        const [first] = await reference.run(lead);
        const expected = first?.matched ? 0 : 1;
        expect({ lead, winner: compiled.firstMatch(lead) }).toEqual({ lead, winner: expected });
        expect({ lead, winner: compiled.evaluate(lead).winner }).toEqual({ lead, winner: expected });
      }
    }
  });

  it('resolves paths for the first rule that reads one, however far down the order it is', () => {
    const compiled = compileRules([
      rule('fintech', isFintech, 3),
      rule('over-deal-minimum', { all: [{ fact: 'budget', operator: 'greaterThan', value: { fact: 'deal', path: '$.min' } }] }, 1),
      rule('large-company', { all: [{ fact: 'company', path: '$.size', operator: 'greaterThanInclusive', value: 500 }] }, 2),
    ]);
    expect(compiled.firstMatch({ industry: 'retail', company: { size: 800 } })).toBe(2);
    expect(compiled.firstMatch({ industry: 'retail', company: { size: 80 }, budget: 10, deal: { min: 5 } })).toBe(1);
    expect(compiled.firstMatch({ industry: 'retail', company: { size: 80 }, budget: 10, deal: { max: 5 } })).toBe(-1);
    expect(compiled.firstMatch({ industry: 'fintech', company: { size: 800 } })).toBe(0);
  });

  it('reads the context for the first rule that needs it, a path into a context fact included', () => {
    const compiled = compileRules([
      rule('fintech', isFintech, 3),
      rule('first-owner', { all: [{ fact: 'previousOwners', path: '$[0]', operator: 'equal', value: 'rep-1' }] }, 2),
      rule('deadline', { all: [{ fact: 'trigger', operator: 'equal', value: 'deadline' }] }, 1),
    ]);
    expect(compiled.firstMatch({ industry: 'retail', previousOwners: ['rep-1'] }, { trigger: 'enter', previousOwners: ['rep-2'] })).toBe(-1);
    expect(compiled.firstMatch({ industry: 'retail', previousOwners: ['rep-2'] }, { trigger: 'enter', previousOwners: ['rep-1'] })).toBe(1);
    expect(compiled.firstMatch({ industry: 'retail', trigger: 'enter' }, { trigger: 'deadline' })).toBe(2);
    expect(compiled.firstMatch({ industry: 'retail', trigger: 'deadline' }, { trigger: 'enter' })).toBe(-1);
  });

  it('traces one rule on demand', () => {
    const compiled = compileRules([rule('a', isFintech), rule('b', isFintech)]);
    expect(compiled.traceRule(1, { industry: 'fintech' })).toMatchObject({ name: 'b', matched: true, index: 1 });
  });
});

describe('facts from a lead', () => {
  const rules = [rule('fintech', isFintech)];

  it('are its own enumerable fields, as JSON and spread see them', async () => {
    const hidden = Object.defineProperty({ id: 'l' }, 'industry', { value: 'fintech', enumerable: false });
    expect(compileRules(rules).firstMatch(hidden)).toBe(-1);
    expect((await createReferenceEngine(rules).run(hidden))[0]?.matched).toBe(false);
    class Account {
      industry = 'fintech';
    }
    expect(compileRules(rules).firstMatch(new Account())).toBe(0);
    expect((await createReferenceEngine(rules).run(new Account()))[0]?.matched).toBe(true);
  });

  it('are read the same whatever order a lead lists its fields in, and however many it has', () => {
    const facts = ['a', 'b', 'c', 'd', 'e'];
    const compiled = compileRules(facts.map((fact) => rule(fact, { all: [{ fact, operator: 'notEqual', value: 'x' }] })));
    const field = fc.oneof(fc.constantFrom(...facts), fc.string({ maxLength: 3 }).map((name) => `extra-${name}`));
    const lead = fc.uniqueArray(fc.tuple(field, fc.integer()), { selector: ([name]) => name, maxLength: 12 }).map((entries) => Object.fromEntries(entries));
    const many = fc.integer({ min: 0, max: 400 }).map((size) => Object.fromEntries(Array.from({ length: size }, (_, i) => [`field-${size}-${i}`, i])));
    fc.assert(
      fc.property(fc.array(fc.oneof(lead, many.map((fields) => ({ ...fields, e: 1 }))), { maxLength: 20 }), (leads) => {
        for (const each of leads) {
          const traces = compiled.evaluate(each, undefined, { trace: true, all: true }).rules;
          const read = traces.map((trace) => (trace.conditions?.kind === 'all' ? trace.conditions.children[0] : undefined));
          expect(read.map((leaf) => (leaf?.kind === 'fact' ? leaf.factValue : 'none'))).toEqual(facts.map((fact) => (each as Record<string, unknown>)[fact]));
        }
      }),
    );
  });

  it('never come from a polluted prototype', async () => {
    const compiled = compileRules(rules);
    Object.defineProperty(Object.prototype, 'industry', { value: 'fintech', enumerable: true, configurable: true, writable: true });
    try {
      expect(compiled.firstMatch({ id: 'l' })).toBe(-1);
      expect(compiled.firstMatch(Object.assign(Object.create(null), { industry: 'fintech' }))).toBe(0);
      expect((await createReferenceEngine(rules).run({ id: 'l' }))[0]?.matched).toBe(false);
    } finally {
      delete (Object.prototype as { industry?: unknown }).industry;
    }
  });
});
