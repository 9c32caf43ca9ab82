import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const config = readFileSync(new URL('../../../examples/03-benchmarks/sales-line.json', import.meta.url), 'utf8');
const reps = JSON.stringify([
  { id: 'ana', name: 'Ana', station: 'lead-generation', joinedStationAt: '2025-01-01' },
  { id: 'ben', name: 'Ben', station: 'lead-generation', joinedStationAt: '2025-01-01' },
  { id: 'cy', name: 'Cy', station: 'lead-generation', joinedStationAt: '2025-01-01' },
]);
// Monday 5 and Tuesday 6 October 2026: Ana dials 100 + 140 (two workdays → 120/day), Ben 80 on one day, Cy 200 on one day.
const dials = (rep: string, day: string, n: number) => Array.from({ length: n }, (_, i) => `${rep},dial,2026-10-${day}T09:${String(i % 60).padStart(2, '0')}:00Z`);
const csv = ['repId,type,at', ...dials('ana', '05', 100), ...dials('ana', '06', 140), ...dials('ben', '05', 80), ...dials('cy', '06', 200), 'ghost-line-without-fields'].join('\n');
const files = { 'c.json': config, 'reps.json': reps, 'a.csv': csv };

describe('sales-line benchmarks', () => {
  it('computes per-workday values against the station, as JSON', async () => {
    const result = await runCli(['benchmarks', '--config', 'c.json', '--reps', 'reps.json', '--activities', 'a.csv', '--period', '2026-10', '--json'], files);
    const report = JSON.parse(result.stdout);
    const metric = report.stations.find((s: { station: string }) => s.station === 'lead-generation').metrics.find((m: { id: string }) => m.id === 'dials-per-day');
    const value = (id: string) => metric.reps.find((r: { repId: string }) => r.repId === id).value;
    expect([value('ana'), value('ben'), value('cy')]).toEqual([120, 80, 200]);
    expect(metric.distribution).toMatchObject({ n: 3, median: 120 });
    // The one malformed line is reported with its number, and the exit status says so.
    expect(result.stderr).toContain('a.csv, line 522');
    expect(result.code).toBe(1);
  });

  it('prints a table per metric with the team distribution', async () => {
    const result = await runCli(['benchmarks', '--config', 'c.json', '--reps', 'reps.json', '--activities', 'a.csv', '--period', '2026-10-01..2026-10-31'], files);
    expect(result.stdout).toContain('Lead generation · Dials per day (per-workday; team n=3, median 120');
    expect(result.stdout).toMatch(/^Cy\s+200\s+\d+\s+above$/m);
    expect(result.stdout).toMatch(/^Ben\s+80\s+\d+\s+below$/m);
  });

  it('refuses a period it cannot read, saying which forms it takes', async () => {
    const result = await runCli(['benchmarks', '--config', 'c.json', '--reps', 'reps.json', '--activities', 'a.csv', '--period', 'October'], files);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use a month (2026-10)');
  });

  it('names the rep and field of a bad reps file', async () => {
    const result = await runCli(['benchmarks', '--config', 'c.json', '--reps', 'r.json', '--activities', 'a.csv', '--period', '2026-10'], { ...files, 'r.json': '[{"id":"x","name":"X"}]' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('r.json, item 1: station:');
  });

  it('says in words that an activities file cannot be read, as a usage error rather than a crash', async () => {
    for (const name of ['none.ndjson', 'none.csv', 'none.json']) {
      const result = await runCli(['benchmarks', '--config', 'c.json', '--reps', 'reps.json', '--activities', name, '--period', '2026-10'], files);
      expect(result.code, name).toBe(2);
      expect(result.stderr).toContain(`cannot read ${name}: no such file (ENOENT)`);
      expect(result.stderr).not.toContain('    at ');
    }
  });

  it('reads an NDJSON activities file saved with a byte-order mark', async () => {
    const ndjson = '\uFEFF{"repId":"ana","type":"dial","at":"2026-10-05T09:00:00Z"}\n';
    const result = await runCli(['benchmarks', '--config', 'c.json', '--reps', 'reps.json', '--activities', 'a.ndjson', '--period', '2026-10', '--json'], { ...files, 'a.ndjson': ndjson });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('sales-line promotions', () => {
  it('never offers an SDR the Hunter step, and says what each person still misses', async () => {
    const result = await runCli(['promotions', '--config', 'c.json', '--reps', 'reps.json', '--now', '2026-11-01', '--json'], files);
    expect(result.code).toBe(0);
    const reports = JSON.parse(result.stdout) as { repId: string; next: string; eligible: boolean; missing: string[] }[];
    expect(reports.map((r) => r.next)).toEqual(['customer-management', 'customer-management', 'customer-management']);
    // Without activities there is no meeting-rate percentile: nobody is eligible, and it is named.
    expect(reports.every((r) => !r.eligible && r.missing.some((m) => /meeting/i.test(m)))).toBe(true);
  });

  it('prints a table of next steps', async () => {
    const result = await runCli(['promotions', '--config', 'c.json', '--reps', 'reps.json', '--now', '2026-11-01'], files);
    expect(result.stdout).toMatch(/^Ana\s+lead-generation\s+customer-management\s+not yet\s+/m);
  });
});
