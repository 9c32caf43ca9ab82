import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SalesLineError } from '../../src/errors.ts';
import { compileRouting } from '../../src/routing/compile-routing.ts';
import { describeRuleMiss } from '../../src/routing/explain-route.ts';
import { route, routeSync, validateConfig, type RoutingDecision } from '../../src/index.ts';
import { arbitraryLead, arbitraryRuleSet } from '../fixtures/random-rules.ts';
import { lead } from '../fixtures/routing.ts';
import { generateLeads, routingConfig } from '../fixtures/rules.ts';

describe('route', () => {
  it('routes by the winning rule with its station, first stage and queue', async () => {
    const decision = await route(routingConfig(), lead({ industry: 'fintech', employees: 1200 }), { trigger: 'enter' });
    expect(decision).toMatchObject({
      leadId: 'lead-1',
      station: 'hunter',
      stage: 'meeting-held',
      repId: null,
      queue: 'hunter',
      rule: 'fintech-enterprise',
      fallback: false,
    });
    expect(decision.explanation.text).toBe("Routed to Hunter (team fintech) by rule 'fintech-enterprise': industry is fintech and employees 1,200 ≥ 500.");
    expect(decision.explanation.strategy).toBe('round-robin');
    expectTypeOf(decision).toEqualTypeOf<RoutingDecision>();
  });

  it('takes the stage and queue from the rule, else the station queue', () => {
    const nurture = routeSync(routingConfig(), lead({ score: 5 }));
    expect(nurture).toMatchObject({ station: 'lead-management', stage: 'nurture', queue: 'nurture', rule: 'low-score-nurture' });
    const midmarket = routeSync(routingConfig(), lead({ region: 'NA', employees: 300 }));
    expect(midmarket).toMatchObject({ station: 'lead-generation', stage: 'new', queue: 'sdr-queue' });
  });

  it('sends a lead no rule takes to the fallback and says why the first rules missed; the trace has every rule', () => {
    const decision = routeSync(routingConfig(), lead({ industry: 'retail', employees: 40 }));
    expect(decision).toMatchObject({ station: 'lead-generation', queue: 'unassigned', rule: null, fallback: true });
    expect(decision.explanation.text).toMatch(/^No rule matched — 'inbound-demo-request': source is missing and score is missing; /);
    expect(decision.explanation.text).toContain("'existing-customer': customer is missing; 17 more rules did not match either — ");
    expect(decision.explanation.text).toMatch(/ — so it went to the fallback: Lead generation\.$/);
    const fintech = decision.explanation.rules.find((rule) => rule.name === 'fintech-enterprise')!;
    expect(describeRuleMiss(fintech)).toBe("'fintech-enterprise': industry is retail, not fintech and employees 40 is not ≥ 500");
    expect(decision.explanation.rules).toHaveLength(20);
  });

  it('explains every rule tried in order, with each condition', () => {
    const decision = routeSync(routingConfig(), lead({ source: 'partner', score: 50 }));
    const tried = decision.explanation.rules.filter((rule) => !rule.skipped);
    expect(tried.at(-1)).toMatchObject({ name: 'partner-referral', matched: true });
    expect(tried.slice(0, -1).every((rule) => !rule.matched && rule.conditions !== undefined)).toBe(true);
    expect(decision.explanation.rules.map((rule) => rule.priority)).toEqual([...decision.explanation.rules.map((rule) => rule.priority)].sort((a, b) => b - a));
  });

  it('traces only the winner when bulk callers ask for no trace, with the same decision', () => {
    const config = routingConfig();
    for (const { lead: generated, context } of generateLeads(500, 3)) {
      const full = routeSync(config, generated, context);
      const lean = routeSync(config, generated, context, { trace: false });
      expect({ ...lean, explanation: undefined }).toEqual({ ...full, explanation: undefined });
      if (!full.fallback) expect(lean.explanation.text).toBe(full.explanation.text);
    }
  });

  it('gives the same decision asynchronously and synchronously', async () => {
    const config = routingConfig();
    for (const { lead: generated, context } of generateLeads(200, 9)) {
      expect(await route(config, generated, context)).toEqual(routeSync(config, generated, context));
    }
  });

  it('validates and compiles a config object once', () => {
    const config = routingConfig();
    expect(compileRouting(config)).toBe(compileRouting(config));
    expect(compileRouting(config).rules).toBe(compileRouting(compileRouting(config).config).rules);
  });

  it('refuses an invalid config with its issues', () => {
    const broken = { ...routingConfig(), version: 2 };
    expect(() => routeSync(broken, lead())).toThrow(SalesLineError);
    try {
      routeSync(broken, lead());
    } catch (error) {
      expect((error as SalesLineError).code).toBe('invalid-config');
      expect((error as SalesLineError).issues[0]?.path).toEqual(['version']);
    }
  });

  it('refuses a lead without a string id, naming the field', async () => {
    await expect(route(routingConfig(), { name: 'x' } as never)).rejects.toMatchObject({ code: 'invalid-lead', issues: [{ path: ['id'] }] });
    expect(() => routeSync(routingConfig(), { id: 12, name: 'x' } as never)).toThrow(/Lead field "id" must be a non-empty string, got 12/);
    expect(() => routeSync(routingConfig(), null as never)).toThrow(/got null/);
  });

  it('keeps routing when a rule fails at run time and says so', () => {
    const config = routingConfig([
      { name: 'bad', priority: 5, conditions: { all: [{ fact: 'region', operator: 'in', value: { fact: 'regions' } }] }, event: { type: 'route', params: { station: 'hunter' } } },
      { name: 'emea', conditions: { all: [{ fact: 'region', operator: 'equal', value: 'EMEA' }] }, event: { type: 'route', params: { station: 'customer-management' } } },
    ]);
    const decision = routeSync(config, lead({ region: 'EMEA', regions: 42 }));
    expect(decision).toMatchObject({ station: 'customer-management', rule: 'emea' });
    expect(decision.explanation.rules[0]?.error).toMatch(/needs a list or text/);
    expect(decision.explanation.text).toContain("Rule 'bad' failed at run time and was skipped");
  });
});

describe('route over random rule sets', () => {
  const stations = ['lead-management', 'lead-generation', 'hunter', 'customer-management', 'business-development'] as const;

  it('decides for every lead: a known station and stage, the winning rule or the fallback, never an error', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRuleSet(), fc.array(fc.constantFrom(...stations), { minLength: 5, maxLength: 5 }), fc.array(arbitraryLead(), { minLength: 1, maxLength: 10 }), async ({ rules, conditions }, targets, leads) => {
        const config = routingConfig(
          JSON.parse(JSON.stringify(rules.map((rule, i) => ({ ...rule, event: { type: 'route', params: { station: targets[i % targets.length] } } })))),
          JSON.parse(JSON.stringify(conditions)),
        );
        // The generator also makes rules json-rules-engine accepts but validation refuses (for the differential tests).
        fc.pre(validateConfig(config).ok);
        const compiled = compileRouting(config);
        for (const [n, generated] of leads.entries()) {
          const sync = routeSync(config, { ...generated, id: `lead-${n}`, name: `Lead ${n}` });
          const station = compiled.stations.get(sync.station);
          expect(station?.stages).toContain(sync.stage);
          expect(sync.fallback).toBe(sync.rule === null);
          if (sync.rule !== null) expect(sync.explanation.rules.find((rule) => rule.matched)?.name).toBe(sync.rule);
          expect(sync.explanation.text.length).toBeGreaterThan(0);
          expect(await route(config, { ...generated, id: `lead-${n}`, name: `Lead ${n}` })).toEqual(sync);
        }
      }),
      { numRuns: 150 },
    );
  });
});
