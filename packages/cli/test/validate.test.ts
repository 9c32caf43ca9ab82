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

  it('answers --json on stdout also for a file that is not JSON or cannot be read, still exiting 2', async () => {
    const notJson = await runCli(['validate', '--json', 'c.json'], { 'c.json': '{ nope' });
    expect(notJson.code).toBe(2);
    expect(JSON.parse(notJson.stdout)).toEqual({ ok: false, issues: [{ code: 'not-json', path: [], message: expect.stringContaining('c.json:1:3 is not valid JSON') }] });
    const missing = await runCli(['validate', '--json', 'none.json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, issues: [{ code: 'unreadable', message: 'cannot read none.json: no such file (ENOENT)' }] });
  });

  it('names the file when it is not JSON', async () => {
    const result = await runCli(['validate', 'c.json'], { 'c.json': '{ nope' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('c.json:1:3 is not valid JSON');
  });

  it('points at the line and column of a JSON syntax error, as editors take it', async () => {
    const broken = '{\n  "version": 1,\n  "line": {\n    "stations": [,]\n  }\n}\n';
    expect((await runCli(['validate', 'c.json'], { 'c.json': broken })).stderr).toContain('c.json:4:18 is not valid JSON: unexpected ","');
    // A cut-off file: the end of it.
    expect((await runCli(['validate', 'c.json'], { 'c.json': '{\n  "version": 1,\n' })).stderr).toContain(
      'c.json:3:1 is not valid JSON: the text ends before the JSON does',
    );
  });

  it('reads a file saved with a byte-order mark', async () => {
    const result = await runCli(['validate', 'c.json'], { 'c.json': '\uFEFF{"version":2}' });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('not valid JSON');
  });

  it('refuses an unknown command with the list of commands', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('validate');
  });
});
