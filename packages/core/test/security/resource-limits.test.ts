import { describe, expect, it } from 'vitest';
import { CONFIG_LIMITS, createSalesLine, route, validateConfig } from '../../src/index.ts';
import { deepObject, securityConfig, securityReps } from '../fixtures/security.ts';

// validateConfig's own limits are covered in test/config/document-limits.test.ts; these
// check that every other door applies them too, and returns (no timing asserted).
function oversized(): [string, unknown][] {
  const doc = securityConfig();
  const rule = doc.routing.rules[0]!;
  return [
    ['more than 1 MB of JSON', { ...doc, notes: Array.from({ length: 120 }, () => 'x'.repeat(9_000)) }],
    ['conditions nested 10,000 deep', { ...doc, routing: { ...doc.routing, rules: [{ ...rule, conditions: { all: [deepObject(10_000, 'not')] } }] } }],
    ['a document nested 10,000 deep', deepObject(10_000, 'line')],
    ['too many rules', { ...doc, routing: { ...doc.routing, rules: Array.from({ length: CONFIG_LIMITS.maxRules + 1 }, (_, i) => ({ ...rule, name: `r${i}` })) } }],
    ['a text longer than the limit', { ...doc, routing: { ...doc.routing, rules: [{ ...rule, name: 'x'.repeat(CONFIG_LIMITS.maxStringLength + 1) }] } }],
    ['a path longer than the limit', { ...doc, routing: { ...doc.routing, rules: [{ ...rule, conditions: { all: [{ fact: 'company', path: `$${'.a'.repeat(150)}`, operator: 'equal', value: 1 }] } }] } }],
  ];
}

describe('config resource limits at every entry point', () => {
  it('validateConfig, route, createSalesLine and updateConfig all refuse an oversized config with issues, and the line keeps its config', async () => {
    const line = createSalesLine(securityConfig(), { reps: securityReps() });
    const before = line.getConfig();
    for (const [what, doc] of oversized()) {
      const result = validateConfig(doc);
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.issues.length, what).toBeGreaterThan(0);
      await expect(route(doc, { id: 'l', name: 'L' }), what).rejects.toMatchObject({ code: 'invalid-config' });
      expect(() => createSalesLine(doc), what).toThrow(expect.objectContaining({ code: 'invalid-config' }));
      expect(line.updateConfig(doc).ok, what).toBe(false);
    }
    expect(line.getConfig()).toBe(before);
    expect((await line.addLead({ id: 'still-works', name: 'OK' })).leadId).toBe('still-works');
  });
});
