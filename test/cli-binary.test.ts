import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from './helpers/node-process.ts';

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('@sales-line/cli/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
// pnpm links a bin only when its file exists at install time, i.e. not before the first build:
// run the declared bin file itself, as npm's shim would.
const bin = join(dirname(manifestPath), manifest.bin['sales-line']!);

describe('the built sales-line binary', () => {
  it('is a node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints its commands with --help', () => {
    const result = runIn(process.execPath, [bin, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: sales-line <command>');
    expect(result.stdout).toMatch(/^\s+validate\s/m);
  });

  it('exits 2 on an unknown command', () => {
    const result = runIn(process.execPath, [bin, 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "nope"');
  });
});
