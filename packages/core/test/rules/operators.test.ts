import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeOperator, OPERATORS, parseOperator } from '../../src/rules/operators.ts';
import { createReferenceEngine } from '../../src/rules/run-engine.ts';
import { arbitraryOperator, arbitraryValue } from '../fixtures/random-rules.ts';

describe('the operator table', () => {
  it('keeps json-rules-engine quirks', () => {
    const greater = composeOperator('greaterThan')!;
    expect(greater('100', 50)).toBe(true);
    // '12abc' passes the parseFloat check, then JS compares NaN: false.
    expect(greater('12abc', 5)).toBe(false);
    expect(composeOperator('lessThan')!(null, 5)).toBe(false);
    expect(greater(null, -1)).toBe(false);
    expect(greater([60], 50)).toBe(true);
    expect(composeOperator('in')!('fin', 'fintech')).toBe(true);
    expect(composeOperator('contains')!('fintech', 'fin')).toBe(false);
    expect(composeOperator('equal')!('1', 1)).toBe(false);
  });

  it('makes a condition on a missing fact false, decorated or not', () => {
    for (const name of ['equal', 'notEqual', 'notIn', 'doesNotContain', 'not:equal', 'not:in', 'swap:notEqual', 'everyValue:notEqual']) {
      expect(composeOperator(name)!(undefined, ['x']), name).toBe(false);
      expect(composeOperator(name)!('y', undefined), `${name} with a missing value reference`).toBe(false);
    }
  });

  it('splits decorator chains like json-rules-engine', () => {
    expect(parseOperator('not:someFact:equal')).toEqual({ decorators: ['not', 'someFact'], operator: 'equal' });
    expect(parseOperator('equal')).toEqual({ decorators: [], operator: 'equal' });
    expect(parseOperator('maybe:equal')).toBeNull();
    expect(parseOperator(':equal')).toBeNull();
    expect(parseOperator('not:')).toBeNull();
    expect(parseOperator('constructor')).toBeNull();
  });

  it('throws where json-rules-engine throws, with a message naming the operator', () => {
    expect(() => composeOperator('in')!('a', 5)).toThrow(/"in" needs a list or text/);
    expect(() => composeOperator('someValue:equal')!('a', 'abc')).toThrow(/"someValue" needs a list/);
  });

  it('lists every json-rules-engine default operator', () => {
    expect(Object.keys(OPERATORS).sort()).toEqual(
      ['contains', 'doesNotContain', 'equal', 'greaterThan', 'greaterThanInclusive', 'in', 'lessThan', 'lessThanInclusive', 'notEqual', 'notIn'],
    );
  });

  it('gives the same result as json-rules-engine for any operator chain and values', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryOperator(), fc.option(arbitraryValue(), { nil: undefined }), arbitraryValue(), async (operator, fact, value) => {
        const rules = [{ name: 'r', conditions: { all: [{ fact: 'f', operator, value: value as never }] } }];
        const [reference] = await createReferenceEngine(rules).run(fact === undefined ? {} : { f: fact });
        let ours: boolean | 'error';
        try {
          ours = composeOperator(operator)!(fact, value);
        } catch {
          ours = 'error';
        }
        expect(ours, `${operator}(${JSON.stringify(fact)}, ${JSON.stringify(value)})`).toBe(reference?.error === undefined ? reference?.matched : 'error');
      }),
      { numRuns: 3_000 },
    );
  });
});
