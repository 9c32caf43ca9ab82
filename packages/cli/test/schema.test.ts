import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('sales-line schema', () => {
  it('prints the JSON Schema that core ships', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    const shipped = JSON.parse(readFileSync(new URL('../../core/schema/config.schema.json', import.meta.url), 'utf8'));
    expect(JSON.parse(result.stdout)).toEqual(shipped);
  });

  it('refuses arguments it does not take', async () => {
    const result = await runCli(['schema', '--pretty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--pretty'");
  });
});
