import { describe, expect, it } from 'vitest';
import { presets } from '@sales-line/core';
import { runCli } from './run-cli.ts';

describe('sales-line simulate', () => {
  it('prints the capacity model and a seeded simulation, the same for the same seed', async () => {
    const first = await runCli(['simulate', '--days', '10', '--seed', '7']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Capacity model (per month, deterministic):');
    expect(first.stdout).toContain('Simulated 10 days (seed 7)');
    expect(first.stdout).toMatch(/^Bottleneck: [a-z-]+$/m);
    const second = await runCli(['simulate', '--days', '10', '--seed', '7']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('reads a partial scenario over the defaults and gives machine output with --json', async () => {
    const result = await runCli(['simulate', '--scenario', 's.json', '--days', '5', '--json'], { 's.json': '{}' });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.simulation.days).toBe(5);
    expect(out.capacity.line).toBeDefined();
  });

  it('names the place of a bad scenario value', async () => {
    const result = await runCli(['simulate', '--scenario', 's.json'], { 's.json': '{"workdaysPerMonth":"many"}' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('workdaysPerMonth');
  });

  it('refuses a seed that is not a whole number', async () => {
    const result = await runCli(['simulate', '--seed', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--seed "abc"');
  });

  it('refuses numbers written in other ways (empty, hex, exponent, padded, fractional) rather than guessing', async () => {
    for (const seed of ['', '0x10', '1e3', ' 5', '1.0', '+3']) {
      const result = await runCli(['simulate', `--seed=${seed}`, '--days', '1']);
      expect(result.code, `--seed "${seed}"`).toBe(2);
      expect(result.stderr).toContain(`--seed "${seed}"`);
    }
  });

  it('refuses zero days or zero runs as a usage error, not a crash', async () => {
    for (const [flag, value] of [['--days', '0'], ['--runs', '0'], ['--days', '3651'], ['--runs', '201']]) {
      const result = await runCli(['simulate', flag!, value!]);
      expect(result.code, `${flag} ${value}`).toBe(2);
      expect(result.stderr).toContain(`${flag} "${value}": a whole number from 1`);
      expect(result.stderr).not.toContain('    at ');
    }
  });

  it('names the document itself when a scenario is not an object', async () => {
    const result = await runCli(['simulate', '--scenario', 's.json'], { 's.json': '[]' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ {2}\(document\): /m);
  });
});

describe('sales-line replay', () => {
  const from = JSON.stringify(presets.assemblyLine);
  const draft = structuredClone(presets.assemblyLine) as { routing: { rules: unknown[] } };
  draft.routing.rules.unshift({
    name: 'fintech-to-business-development',
    priority: 500,
    conditions: { all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }] },
    event: { type: 'route', params: { station: 'business-development' } },
  });
  const leads = ['id,name,industry,source', 'a,Ana,fintech,inbound', 'b,Bo,retail,inbound', 'c,Cy,fintech,import', 'broken'].join('\n');
  const files = { 'a.json': from, 'b.json': JSON.stringify(draft), 'l.csv': leads };

  it('counts the leads a draft would route differently, per station, with examples', async () => {
    const result = await runCli(['replay', '--from', 'a.json', '--to', 'b.json', '--leads', 'l.csv', '--json'], files);
    const diff = JSON.parse(result.stdout);
    expect(diff.total).toBe(3);
    expect(diff.changedLeads).toBe(2);
    expect(diff.stations['business-development']).toMatchObject({ before: 0, after: 2, delta: 2 });
    expect(diff.examples.map((e: { leadId: string }) => e.leadId)).toEqual(['a', 'c']);
    // The malformed last line is skipped and named; the exit status says so.
    expect(result.stderr).toContain('l.csv, line 5');
    expect(result.code).toBe(1);
  });

  it('prints a summary table', async () => {
    const result = await runCli(['replay', '--from', 'a.json', '--to', 'b.json', '--leads', 'l.csv'], files);
    expect(result.stdout).toContain('2 of 3 leads (67%) would be routed differently.');
    expect(result.stdout).toMatch(/^business-development\s+0\s+2\s+\+2$/m);
  });

  it('says "lead", not "leads", of a file with one lead', async () => {
    const result = await runCli(['replay', '--from', 'a.json', '--to', 'b.json', '--leads', 'one.csv'], { ...files, 'one.csv': 'id,name,industry\na,Ana,fintech\n' });
    expect(result.stdout).toContain('1 of 1 lead (100%) would be routed differently.');
  });

  it('keeps CSV ids that look like numbers as text, and names a skipped lead of a JSON array by its item', async () => {
    const csv = await runCli(['replay', '--from', 'a.json', '--to', 'b.json', '--leads', 'n.csv', '--json'], { ...files, 'n.csv': 'id,name,industry\n101,Ana,fintech\n' });
    expect(csv.stderr).toBe('');
    expect(JSON.parse(csv.stdout)).toMatchObject({ total: 1, changedLeads: 1 });
    const json = await runCli(['replay', '--from', 'a.json', '--to', 'b.json', '--leads', 'l.json', '--json'], { ...files, 'l.json': '[{"id":"a","name":"A"}, {"id":2}]' });
    expect(json.stderr).toMatch(/^l\.json, item 2: id: /m);
    expect(json.code).toBe(1);
  });
});
