import { describe, expect, it } from 'vitest';
import { presets } from '@sales-line/core';
import { runCli } from './run-cli.ts';

const config = JSON.stringify(presets.assemblyLine);
const decisions = (stdout: string) => (stdout === '' ? [] : stdout.trim().split('\n').map((line) => JSON.parse(line)));

/** Routes a CSV text of leads; returns the decisions, stderr and exit code. */
async function routeCsv(csv: string) {
  const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.csv'], { 'c.json': config, 'l.csv': csv });
  return { ...result, decisions: decisions(result.stdout) };
}

describe('sales-line route with a CSV file of leads', () => {
  it('keeps ids and names that look like numbers as text, and other numbers as numbers', async () => {
    const result = await routeCsv('id,name,ownerId,accountId,stage,employees\n1001,2024,,77,,1200\n');
    expect(result.stderr).toBe('');
    expect(result.decisions).toHaveLength(1);
    expect(result.decisions[0].leadId).toBe('1001');
    expect(result.decisions[0].explanation.text).not.toContain('refused');
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, numbering leads by their first line', async () => {
    const csv = 'id,name,notes\na,"Acme, Inc","said ""hi"""\nb,Globex,"first line\nsecond line"\nc,"Initech",plain\n';
    const result = await routeCsv(csv);
    expect(result.stderr).toBe('');
    expect(result.decisions.map((d) => d.leadId)).toEqual(['a', 'b', 'c']);
  });

  it('reads a byte-order mark, CRLF line ends and blank lines', async () => {
    const result = await routeCsv('\uFEFFid,name\r\na,Acme\r\n\r\nb,Globex\r\n');
    expect(result.stderr).toBe('');
    expect(result.decisions.map((d) => d.leadId)).toEqual(['a', 'b']);
  });

  it('refuses a row with more cells than the header, naming its line, and routes the others', async () => {
    const result = await routeCsv('id,name\na,Acme\nb,Globex, Inc\nc,Initech\n');
    expect(result.code).toBe(1);
    expect(result.decisions.map((d) => d.leadId)).toEqual(['a', 'c']);
    expect(result.stderr).toMatch(/^l\.csv, line 3: 3 cells, but the header names 2 columns/m);
  });

  it('leaves out the fields of a row with fewer cells than the header', async () => {
    const result = await routeCsv('id,name,industry\na,Acme\n');
    expect(result.stderr).toBe('');
    expect(result.decisions.map((d) => d.leadId)).toEqual(['a']);
  });

  it('reports a quoted field that never closes at the line it opens, with the lines it took', async () => {
    const result = await routeCsv('id,name\na,Acme\nb,"Globex\nc,Initech\n');
    expect(result.code).toBe(1);
    expect(result.decisions.map((d) => d.leadId)).toEqual(['a']);
    expect(result.stderr).toMatch(/^l\.csv, line 3: a quoted field opened here is never closed \(lines 3–4\)/m);
  });

  it('refuses hostile header names and keeps markup in a cell as plain text', async () => {
    const result = await routeCsv('id,name,__proto__\na,<img src=x onerror=alert(1)>,x\n');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(result.decisions.map((d) => d.leadId)).toEqual(['a']);
    expect(result.decisions[0].explanation.text).toBeTypeOf('string');
  });

  it('refuses a header that names a column twice, before routing anything', async () => {
    const result = await routeCsv('id,name,id\na,Acme,b\n');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('l.csv, line 1: the header names the column "id" twice');
  });

  it('says so when a file is separated by semicolons or tabs, as some spreadsheet exports are', async () => {
    for (const [csv, word] of [['id;name\na;Acme\n', 'semicolons'], ['id\tname\na\tAcme\n', 'tabs']]) {
      const result = await routeCsv(csv!);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`l.csv, line 1: the header is one column separated by ${word}`);
    }
  });
});
