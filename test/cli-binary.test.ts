import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { presets } from '@sales-line/core';
import { runIn } from './helpers/node-process.ts';

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('@sales-line/cli/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
// pnpm links a bin only when its file exists at install time, i.e. not before the first build:
// run the declared bin file itself, as npm's shim would.
const bin = join(dirname(manifestPath), manifest.bin['sales-line']!);
const scratch = mkdtempSync(join(tmpdir(), 'sales-line-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a file for the binary to read; returns its path. */
function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the binary with its stderr closed from the start; resolves to its exit code and how many lines it printed. */
function withStderrClosed(args: string[]): Promise<{ code: number | null; lines: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    child.stderr.destroy();
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => (lines += chunk.toString().split('\n').length - 1));
    child.on('close', (code) => resolve({ code, lines }));
  });
}

/** Runs the binary, closes its stdout after the first chunk, and resolves to how it ended. */
function readFirstChunk(args: string[]): Promise<{ code: number | null; first: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let first = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString();
      child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ code, first, stderr }));
  });
}

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

  it('stops quietly with exit 0 when the reader closes stdout early, as `| head -1` does', async () => {
    const config = file('config.json', JSON.stringify(presets.assemblyLine));
    const leads = file('leads.ndjson', Array.from({ length: 50_000 }, (_, i) => JSON.stringify({ id: `L${i}`, name: `Lead ${i}` })).join('\n'));
    const result = await readFirstChunk(['route', '--config', config, '--leads', leads]);
    expect(result.first).toMatch(/^\{"leadId":"L0"/);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('prints its version', () => {
    const result = runIn(process.execPath, [bin, '--version']);
    expect(result).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(manifestPath, 'utf8')).version}\n`, stderr: '' });
  });

  it('routes a spreadsheet export as written: byte-order mark, CRLF, quoted line breaks, numeric ids, a bad row named on stderr', () => {
    const config = file('config.json', JSON.stringify(presets.assemblyLine));
    const csv = '\uFEFFid,name,notes\r\n1001,Acme,"two\r\nlines"\r\n1002,Globex, Inc,oops\r\n1003,"Initech, Ltd",\r\n';
    const result = runIn(process.execPath, [bin, 'route', '--config', config, '--leads', file('leads.csv', csv), '--no-trace']);
    expect(result.code).toBe(1);
    const decisions = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { leadId: string });
    expect(decisions.map((d) => d.leadId)).toEqual(['1001', '1003']);
    expect(result.stderr).toMatch(/leads\.csv, line 4: 4 cells, but the header names 3 columns/);
  });

  it('keeps routing when the reader of stderr is gone, and still says so in its exit code', async () => {
    const config = file('config.json', JSON.stringify(presets.assemblyLine));
    const leads = file('half-bad.ndjson', Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '{bad' : JSON.stringify({ id: `L${i}`, name: `Lead ${i}` }))).join('\n'));
    expect(await withStderrClosed(['route', '--config', config, '--leads', leads, '--no-trace'])).toEqual({ code: 1, lines: 10_000 });
  });
});
