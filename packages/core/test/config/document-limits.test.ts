import { describe, expect, it } from 'vitest';
import { CONFIG_LIMITS, SalesLineError, parseConfig, validateConfig, type ConfigIssue } from '../../src/index.ts';
import { docWithConditions, minimalDoc, nestedNot, validDoc } from '../fixtures/config.ts';

function issuesOf(input: unknown): ConfigIssue[] {
  const result = validateConfig(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('the limits and safety pass', () => {
  it('refuses a 10,000-deep condition without overflowing the stack', () => {
    const issues = issuesOf(docWithConditions(nestedNot(10_000)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too-deep' });
    expect(issues[0]!.path.length).toBe(CONFIG_LIMITS.maxDepth + 1);
  });

  it('refuses 100,000-deep lists handed in as the whole document', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(issuesOf(deep)).toMatchObject([{ code: 'too-deep' }]);
  });

  it('refuses a document of more than a megabyte of JSON as too large', () => {
    const doc = validDoc();
    doc.routing.rules = Array.from({ length: 600 }, (_, i) => ({ ...doc.routing.rules[1], name: `rule-${i}-${'x'.repeat(2_000)}` }));
    expect(JSON.stringify(doc).length).toBeGreaterThan(1_000_000);
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'too-large', path: [] })]);
  });

  it('refuses a document with too many values even when its text is short', () => {
    const doc = minimalDoc();
    doc.line.stations[0].stages = new Array(CONFIG_LIMITS.maxNodes + 1).fill(0);
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'too-large', path: [] })]);
  });

  it('refuses a sparse list claiming a billion items without walking it', () => {
    const doc = minimalDoc();
    const huge: unknown[] = [];
    huge.length = 1_000_000_000;
    doc.line.transitions = huge;
    expect(issuesOf(doc)).toMatchObject([{ code: 'too-large' }]);
  });

  it('refuses "__proto__" from JSON.parse and changes no prototype', () => {
    const text = '{"version":1,"line":{"stations":[{"id":"a","name":"A","stages":["new"]}]},"routing":{"conditions":{"__proto__":{"polluted":true}},"fallback":{"station":"a"}},"__proto__":{"polluted":true}}';
    const issues = issuesOf(JSON.parse(text));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual(
      expect.arrayContaining([
        ['forbidden-key', ['__proto__']],
        ['forbidden-key', ['routing', 'conditions', '__proto__']],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('refuses "constructor" and "prototype" keys anywhere', () => {
    const doc = validDoc();
    doc.line.stations[0].prototype = {};
    doc.routing.fallback.constructor = 'x';
    expect(issuesOf(doc).map((issue) => issue.code)).toEqual(['forbidden-key', 'forbidden-key']);
  });

  it.each([
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
  ])('names %s as not JSON data, at its path', (_, value) => {
    const doc = validDoc();
    doc.line.stations[0].name = value;
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'not-json', path: ['line', 'stations', 0, 'name'] })]);
  });

  it('refuses a value that contains itself', () => {
    const doc = validDoc();
    doc.routing.rules[0].conditions.all.push(doc.routing.rules[0].conditions);
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'self-reference', path: ['routing', 'rules', 0, 'conditions', 'all', 2] })]);
  });

  it('accepts the same object used twice, which is not a cycle', () => {
    const doc = validDoc();
    doc.routing.rules[1].conditions = doc.routing.rules[0].conditions;
    expect(validateConfig(doc).ok).toBe(true);
  });

  it('answers, without throwing, for objects whose fields throw when read', () => {
    const doc = validDoc();
    Object.defineProperty(doc.line, 'stations', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'unreadable', path: [] })]);
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(validateConfig(trap).ok).toBe(false);
  });

  it('counts stations, stages, rules and shared conditions against their limits', () => {
    const doc = minimalDoc();
    doc.line.stations = Array.from({ length: CONFIG_LIMITS.maxStations + 1 }, (_, i) => ({ id: `s${i}`, name: 'S', stages: [`st${i}`] }));
    doc.routing.conditions = Object.fromEntries(Array.from({ length: CONFIG_LIMITS.maxNamedConditions + 1 }, (_, i) => [`c${i}`, { all: [] }]));
    expect(issuesOf(doc).map((issue) => [issue.code, issue.path])).toEqual([
      ['too-many', ['line', 'stations']],
      ['too-many', ['routing', 'conditions']],
    ]);
    const stages = minimalDoc();
    stages.line.stations[0].stages = Array.from({ length: CONFIG_LIMITS.maxStages + 1 }, (_, i) => `s${i}`);
    expect(issuesOf(stages)).toMatchObject([{ code: 'too-many', path: ['line'] }]);
  });

  it('publishes its limits as a frozen object', () => {
    expect(Object.isFrozen(CONFIG_LIMITS)).toBe(true);
    expect(CONFIG_LIMITS).toMatchObject({ maxDocumentChars: 1_000_000, maxConditionDepth: 32, maxRules: 1_000 });
  });
});

describe('parseConfig', () => {
  it('returns the validated config', () => {
    expect(parseConfig(minimalDoc())).toMatchObject({ version: 1, line: { terminal: [], transitions: [], deadlines: [] }, routing: { rules: [] } });
  });

  it('throws a SalesLineError "invalid-config" carrying every issue, and names the first in its message', () => {
    const doc = validDoc();
    doc.version = 3;
    doc.routing.fallback.station = 'nowhere';
    let caught: unknown;
    try {
      parseConfig(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SalesLineError);
    const error = caught as SalesLineError;
    expect(error.code).toBe('invalid-config');
    expect(error.issues.map((issue) => issue.code)).toEqual(['invalid-value', 'unknown-station']);
    expect(error.message).toMatch(/^Invalid config: version: .* \(and 1 more\)$/);
  });
});
