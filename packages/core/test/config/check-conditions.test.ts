import { describe, expect, it } from 'vitest';
import { checkConditions } from '../../src/rules.ts';
import { validateConfig } from '../../src/index.ts';
import { docWithConditions, nestedNot } from '../fixtures/config.ts';

const leaf = { fact: 'industry', operator: 'equal', value: 'fintech' };

describe('checkConditions, the reusable condition check', () => {
  it('finds nothing wrong with a well-formed tree', () => {
    const tree = { all: [leaf, { any: [{ not: leaf }, { fact: 'tags', operator: 'everyFact:in', value: ['a'] }] }] };
    expect(checkConditions(tree, ['promotion', 'rules', 0, 'conditions'])).toEqual([]);
  });

  it('prefixes every issue path with the path it is given', () => {
    const issues = checkConditions({ all: [{ ...leaf, operator: 'equals' }] }, ['promotion', 'rules', 2, 'conditions']);
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown-operator', path: ['promotion', 'rules', 2, 'conditions', 'all', 0, 'operator'] })]);
  });

  it('accepts decorated operators in any chain, as json-rules-engine does', () => {
    for (const operator of ['not:equal', 'not:someFact:equal', 'everyFact:in', 'swap:in', 'someValue:greaterThan']) {
      const value = operator.startsWith('someValue') ? [1] : ['a'];
      expect(checkConditions({ all: [{ ...leaf, operator, value }] }, []), operator).toEqual([]);
    }
  });

  it('asks for a list with someValue and everyValue', () => {
    expect(checkConditions({ all: [{ ...leaf, operator: 'everyValue:equal', value: 1 }] }, [])).toMatchObject([{ code: 'invalid-operator-value', path: ['all', 0, 'value'] }]);
  });

  it('accepts "in" compared with another fact', () => {
    expect(checkConditions({ all: [{ ...leaf, operator: 'in', value: { fact: 'allowedIndustries' } }] }, [])).toEqual([]);
  });

  it('checks a value-side fact reference field by field', () => {
    const issues = checkConditions({ all: [{ ...leaf, value: { fact: '', pth: '$.a' } }] }, []);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown-key', ['all', 0, 'value', 'pth']],
      ['invalid-value', ['all', 0, 'value', 'fact']],
    ]);
    expect(issues[0]!.message).toContain('Did you mean "path"?');
  });

  it('leaves shared-condition references alone when no names are given, and checks them when they are', () => {
    const tree = { any: [{ condition: 'isHot' }] };
    expect(checkConditions(tree, [])).toEqual([]);
    expect(checkConditions(tree, [], { conditionNames: new Set(['isHot']) })).toEqual([]);
    const issues = checkConditions(tree, [], { conditionNames: new Set(['isHtt', 'isCold']) });
    expect(issues).toMatchObject([{ code: 'unknown-condition', path: ['any', 0, 'condition'] }]);
    expect(issues[0]!.message).toContain('Did you mean "isHtt"?');
  });

  it.each([
    ['>=', 'greaterThanInclusive'],
    ['greaterThanOrEqual', 'greaterThanInclusive'],
    ['equals', 'equal'],
    ['!=', 'notEqual'],
    ['equl', 'equal'],
  ])('suggests the json-rules-engine name for the operator %s', (operator, suggestion) => {
    const [issue] = checkConditions({ all: [{ ...leaf, operator }] }, []);
    expect(issue).toMatchObject({ code: 'unknown-operator', path: ['all', 0, 'operator'] });
    expect(issue!.message).toContain(`Did you mean "${suggestion}"?`);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])('suggests no JavaScript internals for an operator named %s', (operator) => {
    const [issue] = checkConditions({ all: [{ ...leaf, operator }] }, []);
    expect(issue).toMatchObject({ code: 'unknown-operator' });
    expect(issue!.message).not.toMatch(/function|native code/);
  });

  it('accepts operators a host registered', () => {
    const tree = { all: [{ ...leaf, operator: 'startsWith' }] };
    expect(checkConditions(tree, [])).toMatchObject([{ code: 'unknown-operator' }]);
    expect(checkConditions(tree, [], { extraOperators: new Set(['startsWith']) })).toEqual([]);
  });

  it('stops at its depth limit, and never overflows the stack even when handed a 20,000-deep tree directly', () => {
    expect(checkConditions(nestedNot(31), [])).toEqual([]);
    expect(checkConditions(nestedNot(32), [])).toMatchObject([{ code: 'too-deep' }]);
    expect(checkConditions(nestedNot(4), [], { maxDepth: 3 })).toMatchObject([{ code: 'too-deep', path: ['not', 'not', 'not'] }]);
    expect(checkConditions(nestedNot(20_000), [])).toMatchObject([{ code: 'too-deep' }]);
  });

  it('stops, without hanging, on a tree that shares or contains itself', () => {
    let shared: unknown = leaf;
    for (let i = 0; i < 30; i++) shared = { all: [shared, shared] };
    expect(checkConditions(shared, [])).toContainEqual(expect.objectContaining({ code: 'too-large' }));
    const cyclic: { any: unknown[] } = { any: [] };
    cyclic.any.push(cyclic, cyclic);
    expect(checkConditions(cyclic, [])).toContainEqual(expect.objectContaining({ code: 'too-deep' }));
  });

  it('counts the depth a shared condition adds where it is used', () => {
    const depths = new Map([['deep', 31]]);
    const tree = { all: [{ all: [{ condition: 'deep' }] }] };
    expect(checkConditions(tree, [], { conditionNames: new Set(['deep']), conditionDepths: depths })).toMatchObject([
      { code: 'too-deep', path: ['all', 0, 'all', 0, 'condition'] },
    ]);
  });

  it('finds, through validateConfig, a rule too deep only once its shared conditions are expanded', () => {
    let wrapper: unknown = { condition: 'deep' };
    for (let i = 0; i < 14; i++) wrapper = { not: wrapper };
    const doc = docWithConditions({ all: [{ condition: 'wrapper' }] });
    doc.routing.conditions = { deep: nestedNot(20), wrapper };
    const result = validateConfig(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toMatchObject([{ code: 'too-deep', path: ['routing', 'conditions', 'wrapper', ...Array(14).fill('not'), 'condition'] }]);
  });

  it('explains precisely what a malformed condition lacks', () => {
    const [mixed] = checkConditions({ all: [{ all: [], any: [] }] }, ['routing', 'rules', 0, 'conditions']);
    expect(mixed!.message).toBe(
      'A condition needs exactly one of "all", "any", "not", "condition", or a "fact" with "operator" and "value"; this one has "all" and "any". Give each its own condition, e.g. { "all": [ { "any": [ … ] }, { "fact": … } ] }.',
    );
    const [noFact] = checkConditions({ all: [{ operator: 'equal', value: 1 }] }, []);
    expect(noFact!.message).toContain('no "fact"');
    const [typo] = checkConditions({ all: [{ fatc: 'a', operator: 'equal', value: 1 }] }, []);
    expect(typo!.message).toContain('Did you mean "fact" instead of "fatc"?');
  });

  it('hands every well-formed node to "visit" in document order, with its path and kind, so callers add checks without a second walk', () => {
    const tree = { all: [leaf, { not: { condition: 'isHot' } }, { any: [{ ...leaf, fact: 'region' }] }] };
    const seen: string[] = [];
    checkConditions(tree, ['x'], { visit: (node, path, kind) => void seen.push(`${kind} ${path.join('.')}${kind === 'fact' ? ` ${String(node.fact)}` : ''}`) });
    expect(seen).toEqual(['all x', 'fact x.all.0 industry', 'not x.all.1', 'condition x.all.1.not', 'any x.all.2', 'fact x.all.2.any.0 region']);
  });

  it('does not hand "visit" a node without exactly one kind, nor one nested past the depth limit', () => {
    const seen: string[] = [];
    checkConditions({ all: [{ all: [], any: [] }, 3, { not: { not: leaf } }] }, [], { maxDepth: 3, visit: (_node, path) => void seen.push(path.join('.')) });
    expect(seen).toEqual(['', 'all.2', 'all.2.not']);
  });

  it('follows a loop through 500 shared conditions, the most a document may hold, to where it closes', () => {
    const names = Array.from({ length: 500 }, (_, i) => `c${i}`);
    const doc = docWithConditions({ all: [{ condition: 'c0' }] });
    doc.routing.conditions = Object.fromEntries(names.map((name, i) => [name, { all: [{ condition: names[(i + 1) % names.length] }] }]));
    const result = validateConfig(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ code: 'condition-cycle', path: ['routing', 'conditions', 'c499', 'all', 0, 'condition'] }));
  });

  it('refuses a priority too large to be a safe whole number, as the schema does', () => {
    expect(checkConditions({ all: [], priority: 2 ** 53 }, [])).toMatchObject([{ code: 'invalid-priority', path: ['priority'] }]);
    expect(checkConditions({ all: [], priority: 2 ** 53 - 1 }, [])).toEqual([]);
  });
});
