import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/rules/compile-rules.ts';
import { createReferenceEngine } from '../../src/rules/run-engine.ts';
import type { RoutingContext } from '../../src/routing/routing-decision.ts';
import { disagreement } from '../fixtures/differential.ts';
import { arbitraryLead, arbitraryRuleSet } from '../fixtures/random-rules.ts';

describe('the compiled evaluator against json-rules-engine on random rule sets', () => {
  it('agrees on random rule sets: every operator and decorator, nesting, references, priorities, missing facts', async () => {
    let leads = 0;
    await fc.assert(
      fc.asyncProperty(
        arbitraryRuleSet(),
        fc.array(fc.tuple(arbitraryLead(), fc.option(fc.record({ trigger: fc.constantFrom('enter', 'deadline') }), { nil: undefined })), { minLength: 40, maxLength: 40 }),
        async ({ rules, conditions }, cases) => {
          const compiled = compileRules(rules, conditions);
          const reference = createReferenceEngine(rules, conditions);
          for (const [lead, context] of cases) {
            leads++;
            const report = await disagreement(rules, compiled, reference, lead, context as Partial<RoutingContext> | undefined);
            if (report !== null) throw new Error(`${report}\nShared conditions ${JSON.stringify(conditions)}`);
          }
        },
      ),
      { numRuns: 1_500, seed: 20_261_127 },
    );
    expect(leads).toBe(60_000);
  }, 90_000);

});
