import { describe, expect, it } from 'vitest';
import { runIn } from './helpers/node-process.ts';

describe('the built sales-line binary', () => {
  it('prints its commands with --help', () => {
    const result = runIn('node_modules/.bin/sales-line', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: sales-line <command>');
    expect(result.stdout).toMatch(/^\s+validate\s/m);
  });

  it('exits 2 on an unknown command', () => {
    const result = runIn('node_modules/.bin/sales-line', ['nope']);
    expect(result.code).toBe(2);
  });
});
