import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/validate-config.ts';
import { compileRules } from '../../src/rules/compile-rules.ts';
import { createReferenceEngine } from '../../src/rules/run-engine.ts';
import { disagreement } from '../fixtures/differential.ts';
import { generateLeads, routingConfig } from '../fixtures/rules.ts';

describe('the compiled evaluator against json-rules-engine on the realistic rule set', () => {
  it('agrees on every rule for 40,000 generated leads over the realistic 20-rule set', async () => {
    const config = parseConfig(routingConfig());
    const rules = config.routing.rules;
    const compiled = compileRules(rules, config.routing.conditions);
    const reference = createReferenceEngine(rules, config.routing.conditions);
    const cases = generateLeads(40_000, 11);
    const winners = new Set<number>();
    for (const { lead, context } of cases) {
      const report = await disagreement(rules, compiled, reference, lead, context);
      if (report !== null) expect.fail(report);
      winners.add(compiled.firstMatch(lead, context));
    }
    // The generated leads exercise every rule and the fallback.
    expect(winners.size).toBe(rules.length + 1);
  }, 300_000);

  it('gives the same winner with and without a trace on 100,000 generated leads', () => {
    const config = parseConfig(routingConfig());
    const compiled = compileRules(config.routing.rules, config.routing.conditions);
    for (const { lead, context } of generateLeads(100_000, 5)) {
      const fast = compiled.firstMatch(lead, context);
      const traced = compiled.evaluate(lead, context, { trace: true });
      // The traces are built apart from the scan that decides: the winner they show must be the same.
      const shown = traced.rules.find((rule) => rule.matched)?.index ?? -1;
      if (traced.winner !== fast || shown !== fast) expect.fail(`Lead ${JSON.stringify(lead)}: ${fast} without trace, ${traced.winner} with trace, ${shown} in the traces`);
    }
  }, 300_000);
});
