import { afterEach, describe, expect, it } from 'vitest';
import { presets } from '@sales-line/core';
import { runCli } from './run-cli.ts';

const FLAG = '__slCliPwned';
const pwned = () => (globalThis as Record<string, unknown>)[FLAG];
const PATHS = [
  `$..[?(@.constructor[( @.getPrototypeOf(@).constructor('globalThis.${FLAG}=1')() )])]`,
  `$..[?(@.constructor[( @.getPrototypeOf(@).constructor.call(0, 'globalThis.${FLAG}=1')() )])]`,
];

function injected(path: string, valueSide: boolean): string {
  const doc = structuredClone(presets.assemblyLine) as { routing: { rules: unknown[] } };
  const leaf = valueSide ? { fact: 'source', operator: 'equal', value: { fact: 'company', path } } : { fact: 'company', path, operator: 'equal', value: 1 };
  doc.routing.rules.unshift({ name: 'injected', priority: 10, conditions: { all: [leaf] }, event: { type: 'route', params: { station: 'hunter' } } });
  return JSON.stringify(doc);
}

const leads = JSON.stringify([{ id: 'a', name: 'Acme', source: 'inbound', company: { size: 1 } }]);

afterEach(() => {
  expect(pwned()).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('sales-line CLI against hostile input', () => {
  it('validate refuses a config whose rule path carries a jsonpath script, and runs nothing', async () => {
    for (const path of PATHS) {
      for (const valueSide of [false, true]) {
        const result = await runCli(['validate', 'c.json'], { 'c.json': injected(path, valueSide) });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('.path');
      }
    }
  });

  it('route refuses such a config before reading any lead', async () => {
    for (const path of PATHS) {
      const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.json'], { 'c.json': injected(path, false), 'l.json': leads });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
    }
  });

  it('validate refuses __proto__ and constructor.prototype in a config and changes no prototype', async () => {
    const doc = JSON.stringify(presets.assemblyLine);
    for (const poison of ['"__proto__":{"polluted":1},', '"constructor":{"prototype":{"polluted":1}},']) {
      const result = await runCli(['validate', 'c.json'], { 'c.json': doc.replace('{', `{${poison}`) });
      expect(result.code).toBe(1);
    }
  });

  it('route reports hostile leads one by one (proto keys, 10,000-deep, 1 MB text) and routes the good ones', async () => {
    const deep = `${'{"x":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const ndjson = [
      '{"id":"good-1","name":"Acme"}',
      '{"id":"proto","name":"P","__proto__":{"polluted":1}}',
      `{"id":"deep","name":"D","nested":${deep}}`,
      `{"id":"huge","name":"H","notes":"${'x'.repeat(1_000_000)}"}`,
      '{"id":"good-2","name":"Globex"}',
    ].join('\n');
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson'], { 'c.json': JSON.stringify(presets.assemblyLine), 'l.ndjson': ndjson });
    expect(result.code).toBe(1);
    const out = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { leadId?: string });
    expect(out.map((decision) => decision.leadId)).toEqual(['good-1', 'good-2']);
    for (const line of [2, 3, 4]) expect(result.stderr).toMatch(new RegExp(`^l\\.ndjson, line ${line}: `, 'm'));
    // A refusal names the place without echoing the megabyte back.
    expect(result.stderr.length).toBeLessThan(10_000);
  });

  it('never prints a control character from the user\'s files to a terminal: escape sequences show as \\u001b', async () => {
    const esc = '\u001b]0;owned\u0007\u001b[2J\u009b31m';
    const config = JSON.stringify(presets.assemblyLine);
    const draft = structuredClone(presets.assemblyLine) as { routing: { rules: { name: string }[] } };
    draft.routing.rules.reverse();
    const files = {
      'c.json': config,
      'd.json': JSON.stringify(draft),
      'l.ndjson': [JSON.stringify({ id: `a${esc}`, name: 'Acme', source: 'inbound' }), `{"id":"b","name":${esc}}`].join('\n'),
      'bad.json': JSON.stringify({ ...presets.assemblyLine, [`x${esc}`]: 1 }),
    };
    const runs = [
      await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson'], files),
      await runCli(['replay', '--from', 'c.json', '--to', 'd.json', '--leads', 'l.ndjson'], files),
      await runCli(['validate', 'bad.json'], files),
      await runCli([`nope${esc}`], files),
    ];
    // The route decisions are JSON, where the lead id keeps its exact characters, escaped.
    expect(JSON.parse(runs[0]!.stdout.trim()).leadId).toBe(`a${esc}`);
    for (const [i, result] of runs.entries()) {
      const human = i === 0 ? result.stderr : result.stdout + result.stderr;
      expect(human, `run ${i}`).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(human, `run ${i}`).toContain('\\u001b');
    }
  });
});
