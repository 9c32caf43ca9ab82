import { describe, expect, it } from 'vitest';
import { presets } from '@sales-line/core';
import { main } from '../src/index.ts';
import { runCli } from './run-cli.ts';

const config = JSON.stringify(presets.assemblyLine);
const decisions = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line));

describe('sales-line route', () => {
  it('prints one decision per lead as NDJSON, from a JSON array', async () => {
    const leads = JSON.stringify([
      { id: 'a', name: 'Acme', source: 'inbound' },
      { id: 'b', name: 'Globex', source: 'import' },
    ]);
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.json'], { 'c.json': config, 'l.json': leads });
    expect(result.code).toBe(0);
    const out = decisions(result.stdout);
    expect(out.map((d) => d.leadId)).toEqual(['a', 'b']);
    expect(out[0]).toMatchObject({ station: 'lead-generation', fallback: false });
    expect(out[0].explanation.text).toContain('Lead generation');
  });

  it('reads CSV with numbers as numbers', async () => {
    const csv = 'id,name,industry,employees,source\nf,Fin Bank,fintech,1200,outbound\n';
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.csv'], { 'c.json': config, 'l.csv': csv });
    expect(result.code).toBe(0);
    const [decision] = decisions(result.stdout);
    expect(decision.leadId).toBe('f');
    expect(decision.explanation.rules.length).toBeGreaterThan(0);
  });

  it('reports a malformed NDJSON line on stderr with its number, routes the rest, and exits 1', async () => {
    const ndjson = '{"id":"a","name":"Acme"}\n{broken\n{"id":"c","name":"Initech"}\n{"name":"no id"}\n';
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson'], { 'c.json': config, 'l.ndjson': ndjson });
    expect(result.code).toBe(1);
    // stdout carries decisions only, so `| jq .station` and friends never meet an error record.
    expect(decisions(result.stdout).map((d) => d.leadId)).toEqual(['a', 'c']);
    expect(result.stderr).toMatch(/^l\.ndjson, line 2: invalid JSON/m);
    expect(result.stderr).toMatch(/^l\.ndjson, line 4: .*id/m);
    expect(result.stderr).toContain('2 leads could not be routed');
  });

  it('names the item, not a line, of a bad lead in a JSON array', async () => {
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.json'], { 'c.json': config, 'l.json': '[{"id":"a","name":"A"}, 7]' });
    expect(result.code).toBe(1);
    expect(decisions(result.stdout).map((d) => d.leadId)).toEqual(['a']);
    expect(result.stderr).toMatch(/^l\.json, item 2: expected an object/m);
  });

  it('prints nothing and exits 0 for a file with no leads', async () => {
    for (const [name, text] of [['l.ndjson', ''], ['l.csv', 'id,name\n'], ['l.json', '[]'], ['l.csv', '']]) {
      const result = await runCli(['route', '--config', 'c.json', '--leads', name!], { 'c.json': config, [name!]: text! });
      expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  it('reads an NDJSON file saved with a byte-order mark and CRLF line ends', async () => {
    const ndjson = '\uFEFF{"id":"a","name":"Acme"}\r\n\r\n{"id":"b","name":"Globex"}\r\n';
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson'], { 'c.json': config, 'l.ndjson': ndjson });
    expect(result.stderr).toBe('');
    expect(decisions(result.stdout).map((d) => d.leadId)).toEqual(['a', 'b']);
  });

  it('refuses an invalid config before reading any lead', async () => {
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.json'], { 'c.json': '{"version":1}', 'l.json': '[]' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid config');
  });

  it('refuses a lead file of an unknown kind', async () => {
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.xml'], { 'c.json': config, 'l.xml': '<x/>' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use a .json, .ndjson, .jsonl or .csv file');
  });
});

describe('sales-line route with a JSON file too large to read whole', () => {
  it('points to the line-by-line formats', async () => {
    let stderr = '';
    const code = await main(['route', '--config', 'c.json', '--leads', 'l.json'], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
      readText: async (file) => {
        if (file === 'c.json') return config;
        throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
      },
      readLines: async function* () {},
      interactive: false,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read l.json: too large to read whole; use .ndjson or .csv');
  });
});

describe('sales-line route writing to a slow reader', () => {
  it('waits until stdout takes more before routing the next lead', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `L${i}`, name: `Lead ${i}` }));
    const written: string[] = [];
    let release = () => {};
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const run = main(['route', '--config', 'c.json', '--leads', 'l.ndjson'], {
      stdout: (text) => written.push(text),
      stderr: () => {},
      readText: async () => config,
      readLines: async function* () {
        yield* lines;
      },
      interactive: false,
      whenWritable: () => (written.length === 2 ? blocked : null),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toHaveLength(2);
    release();
    expect(await run).toBe(0);
    expect(written).toHaveLength(5);
  });
});

describe('sales-line route progress', () => {
  const run = async (interactive: boolean, extra: string[] = []) => {
    const lines = [...Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: `L${i}`, name: `Lead ${i}` })), ...extra];
    let stdout = '';
    let stderr = '';
    const code = await main(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--no-trace'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readText: async () => config,
      readLines: async function* () {
        yield* lines;
      },
      interactive,
    });
    return { code, lines: stdout.trim().split('\n').length, stderr };
  };

  it('counts a long run on stderr when stderr is a terminal, leaving stdout to the decisions', async () => {
    const result = await run(true);
    expect(result).toMatchObject({ code: 0, lines: 10_000 });
    expect(result.stderr).toMatch(/10,000 leads routed in [\d.]+ s\n$/);
  });

  it('starts a refusal on a line of its own after a count', async () => {
    const result = await run(true, ['{broken']);
    expect(result.stderr).toMatch(/^\r10,000 leads routed…\nl\.ndjson, line 10001: invalid JSON/);
  });

  it('keeps stderr empty when it is a log or a pipe', async () => {
    expect(await run(false)).toEqual({ code: 0, lines: 10_000, stderr: '' });
  });
});
