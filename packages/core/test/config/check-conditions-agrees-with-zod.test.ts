import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopLevelConditionSchema } from '../../src/config/condition-schema.ts';
import { checkConditions } from '../../src/rules.ts';

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -2, max: 600 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const extraKeys = fc.dictionary(fc.constantFrom('vaule', 'priority', 'name', 'path', 'params', 'all', 'fact', 'weight'), fc.oneof(scalar, fc.constant([])), { maxKeys: 2 });

/** Condition-like trees: mostly well-formed, with typos, wrong types and mixed kinds mixed in. */
const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ fact: fc.constantFrom('industry', 'employees', '', 7), operator: fc.constantFrom('equal', 'in', 'contains', 'not:equal', 'equals', 3), value: fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })) }, { requiredKeys: ['fact'] }),
    fc.tuple(fc.constantFrom('all', 'any'), fc.array(tie('node'), { maxLength: 3 }), extraKeys).map(([kind, list, extra]) => ({ ...extra, [kind]: list })),
    tie('node').map((inner) => ({ not: inner })),
    fc.record({ condition: fc.oneof(fc.constantFrom('isHot', ''), scalar) }),
    scalar,
  ),
}));

describe('checkConditions agrees with the zod schema', () => {
  it('reports at least one issue for every tree zod rejects, so no vague union error is ever needed', () => {
    fc.assert(
      fc.property(node, (tree) => {
        if (!TopLevelConditionSchema.safeParse(tree).success) expect(checkConditions(tree, []).length).toBeGreaterThan(0);
      }),
      { numRuns: 1_000 },
    );
  });
});
