import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const valid = JSON.stringify({
  version: 1,
  line: { stations: [{ id: 'lead-generation', name: 'Lead generation', stages: ['new'] }] },
  routing: { fallback: { station: 'lead-generation' } },
});

describe('sales-line validate', () => {
  it('exits 0 for a valid document', async () => {
    const result = await runCli(['validate', 'c.json'], { 'c.json': valid });
    expect(result).toMatchObject({ code: 0, stdout: 'c.json: valid\n' });
  });

  it('exits 1 and prints each issue as path: message', async () => {
    const bad = JSON.parse(valid);
    bad.line.stations[0].stages = 'new';
    const result = await runCli(['validate', 'c.json'], { 'c.json': JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^line\.stations\[0\]\.stages: /m);
  });

  it('prints machine-readable issues with --json', async () => {
    const result = await runCli(['validate', '--json', 'c.json'], { 'c.json': '{"version":2}' });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, issues: expect.any(Array) });
  });

  it('names the file when it is not JSON', async () => {
    const result = await runCli(['validate', 'c.json'], { 'c.json': '{ nope' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('c.json is not valid JSON');
  });

  it('refuses an unknown command with the list of commands', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('validate');
  });
});
