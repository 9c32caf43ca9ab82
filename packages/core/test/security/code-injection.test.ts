import { afterEach, describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile-rules.ts';
import { createReferenceEngine, runEngine } from '../../src/rules/run-engine.ts';
import { createSalesLine, evaluatePromotions, parseConfig, route, validateConfig, type SalesLineConfig } from '../../src/index.ts';
import { evaluateGuard } from '../../src/line/evaluate-guard.ts';
import { evaluateCondition } from '../../src/promotion/evaluate-condition.ts';
import { NOW, pathMetrics, pathReps, promotionConfig } from '../fixtures/promotion.ts';
import { injectionPaths, pathRule, PWN_FLAG, pwned, securityConfig, securityReps } from '../fixtures/security.ts';

type Doc = ReturnType<typeof securityConfig> & Record<string, unknown>;

/** Every place a condition (and so a `path`) can sit in a config document. */
function configsCarrying(path: string): [string, unknown][] {
  const withRule = (valueSide: boolean) => {
    const doc = securityConfig() as Doc;
    return { ...doc, routing: { ...doc.routing, rules: [pathRule(path, valueSide), ...doc.routing.rules] } };
  };
  const withShared = () => {
    const doc = securityConfig() as Doc;
    return { ...doc, routing: { ...doc.routing, conditions: { ...doc.routing.conditions, injected: pathRule(path).conditions } } };
  };
  const withGuard = () => {
    const doc = securityConfig() as Doc;
    const [first, ...rest] = doc.line.transitions;
    return { ...doc, line: { ...doc.line, transitions: [{ ...first, conditions: pathRule(path).conditions }, ...rest] } };
  };
  const withPromotion = () => {
    const doc = securityConfig() as Doc;
    return { ...doc, promotion: { rules: [{ from: 'lead-generation', to: 'customer-management', conditions: pathRule(path).conditions }] } };
  };
  return [
    ['a routing rule (fact side)', withRule(false)],
    ['a routing rule (value side)', withRule(true)],
    ['a shared condition', withShared()],
    ['a transition guard', withGuard()],
    ['a promotion rule', withPromotion()],
  ];
}

const lead = { id: 'victim', name: 'Victim', source: 'inbound', company: { size: 1, name: 'Acme' } };

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[PWN_FLAG];
});

describe('code injection through fact paths', () => {
  it('validateConfig refuses every jsonpath filter or script path wherever a condition can sit, naming the path field', () => {
    for (const path of injectionPaths()) {
      for (const [where, doc] of configsCarrying(path)) {
        const result = validateConfig(doc);
        expect(result.ok, `${where}: ${path}`).toBe(false);
        if (!result.ok) expect(result.issues.some((issue) => issue.path.at(-1) === 'path'), where).toBe(true);
        expect(() => parseConfig(doc)).toThrow(expect.objectContaining({ code: 'invalid-config' }));
      }
    }
    expect(pwned()).toBeUndefined();
  });

  it('route, createSalesLine and updateConfig refuse such a config and leave the running line on its old config', async () => {
    const line = createSalesLine(securityConfig(), { reps: securityReps() });
    const before = line.getConfig();
    for (const path of injectionPaths()) {
      for (const [where, doc] of configsCarrying(path)) {
        await expect(route(doc, lead), where).rejects.toMatchObject({ code: 'invalid-config' });
        expect(() => createSalesLine(doc, { reps: securityReps() }), where).toThrow(expect.objectContaining({ code: 'invalid-config' }));
        expect(line.updateConfig(doc).ok, where).toBe(false);
      }
    }
    expect(line.getConfig()).toBe(before);
    await line.addLead(lead);
    await line.moveLead('victim', 'contacted');
    expect(pwned()).toBeUndefined();
  });

  it('evaluatePromotions never runs a path handed to it in an unvalidated config', () => {
    for (const path of injectionPaths()) {
      const base = promotionConfig();
      const rule = { from: 'lead-generation', to: 'customer-management', conditions: { all: [{ fact: 'competency', path, operator: 'equal', value: 1 }] } };
      // Built around validation on purpose: a host may hand over a config object it assembled itself.
      const config = { ...base, promotion: { ...base.promotion!, rules: [rule] } } as SalesLineConfig;
      try {
        evaluatePromotions(config, pathReps(), pathMetrics(), NOW, { openHeadcount: { hunter: 0 } });
      } catch {
        // Refusing is as good as ignoring: what matters is that nothing ran.
      }
      expect(evaluateCondition({ all: [{ fact: 'x', path, operator: 'equal', value: 1 }] }, { x: { a: 1 } }).trace.result).toBe(false);
    }
    expect(pwned()).toBeUndefined();
  });

  it('a transition guard handed an unvalidated path evaluates it safely (as a missing fact) and refuses the move', async () => {
    const config = parseConfig(securityConfig()) as SalesLineConfig;
    for (const path of injectionPaths()) {
      for (const valueSide of [false, true]) {
        const result = await evaluateGuard(config, pathRule(path, valueSide).conditions as never, { ...lead }, { trigger: 'move' } as never);
        expect(result.passed).toBe(false);
      }
    }
    expect(pwned()).toBeUndefined();
  });

  it('the reference engine (json-rules-engine) never hands a path to jsonpath-plus, even for a rule that skipped validation', async () => {
    for (const path of injectionPaths()) {
      for (const valueSide of [false, true]) {
        const rule = pathRule(path, valueSide);
        const results = await runEngine([rule as never], undefined, lead);
        expect(results.map((r) => r.matched)).toEqual([false]);
        const engine = createReferenceEngine([rule as never], { shared: rule.conditions as never });
        await engine.run(lead);
        await engine.runRule(0, { ...lead, company: [{ constructor: 1 }] });
        const compiled = compileRules([rule as never], {}, {
          reference: (all, named) => {
            const reference = createReferenceEngine(all, named);
            return (index, l, context) => reference.runRule(index, l, context);
          },
        });
        await compiled.evaluateAsync(lead, {}, { trace: true });
        compiled.evaluate(lead, {}, { trace: true });
      }
    }
    expect(pwned()).toBeUndefined();
  });
});
