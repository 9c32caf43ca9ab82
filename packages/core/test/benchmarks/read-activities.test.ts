import { describe, expect, it } from 'vitest';
import { parseActivitiesCsv, parseActivitiesNdjson, readActivities, readActivityLines, type ActivityLineResult } from '../../src/benchmarks.ts';
import { splitLines } from '../../src/records.ts';

describe('readActivities', () => {
  it('keeps the good items and names each bad one by position', () => {
    const result = readActivities([
      { repId: 'ana', type: 'dial', at: '2026-03-02T10:00:00Z' },
      { repId: 'ana', type: 'dial' },
      { repId: 'ana', type: 'won', at: 1772445600000, value: 1200, leadId: 'l1' },
      { repId: 'ana', type: 'Dial!', at: '2026-03-02T10:00:00Z' },
    ]);
    expect(result.activities).toHaveLength(2);
    expect(result.issues.map((issue) => issue.line)).toEqual([2, 4]);
    expect(result.issues[0]?.message).toMatch(/^line 2: at:/);
    expect(result.issues[1]?.message).toMatch(/kebab-case/);
  });

  it('accepts dates as UTC midnight and refuses date-times without an offset', () => {
    const result = readActivities([
      { repId: 'ana', type: 'dial', at: '2026-03-02' },
      { repId: 'ana', type: 'dial', at: '2026-03-02T10:00:00' },
      { repId: 'ana', type: 'dial', at: '2026-03-02T10:00:00+02:00' },
    ]);
    expect(result.activities.map((a) => a.at)).toEqual(['2026-03-02', '2026-03-02T10:00:00+02:00']);
    expect(result.issues).toEqual([{ line: 2, message: expect.stringMatching(/^line 2: at: Use an ISO 8601 date-time with an offset/) }]);
  });

  it('refuses unknown fields so a typo is not silently dropped', () => {
    const result = readActivities([{ repId: 'ana', type: 'dial', at: 0, vaule: 3 }]);
    expect(result.issues[0]?.message).toMatch(/vaule/);
  });
});

describe('parseActivitiesNdjson', () => {
  it('reads one activity per line, skips blank lines and reports bad lines by number', () => {
    const text = [
      '{"repId":"ana","type":"dial","at":"2026-03-02T10:00:00Z"}',
      '',
      '{"repId":"ana","type":"dial",',
      '{"repId":"ben","type":"won","at":1772445600000,"value":300}',
      '{"type":"dial","at":0}',
    ].join('\r\n');
    const result = parseActivitiesNdjson(text);
    expect(result.activities.map((a) => a.repId)).toEqual(['ana', 'ben']);
    expect(result.issues.map((issue) => issue.line)).toEqual([3, 5]);
    expect(result.issues[0]?.message).toMatch(/line 3: invalid JSON/);
    expect(result.issues[1]?.message).toMatch(/line 5: repId/);
  });
});

describe('parseActivitiesCsv', () => {
  it('maps columns by the header, in any order, and ignores extra columns', () => {
    const text = 'at,type,repId,note,value,leadId\n2026-03-02T10:00:00Z,won,ana,"big, ""happy"" client",1500,l7\n1772445600000,dial,ben,,,\n';
    const result = parseActivitiesCsv(text);
    expect(result.issues).toEqual([]);
    expect(result.activities).toEqual([
      { at: '2026-03-02T10:00:00Z', type: 'won', repId: 'ana', value: 1500, leadId: 'l7' },
      { at: 1772445600000, type: 'dial', repId: 'ben' },
    ]);
  });

  it('reports bad rows by line number and keeps the rest', () => {
    const text = 'repId,type,at,value\nana,dial,2026-03-02T10:00:00Z,\nben,dial,yesterday,\ncy,won,2026-03-02T10:00:00Z,lots\n"dee,dial,0,\nana,dial,0,';
    const result = parseActivitiesCsv(text);
    expect(result.activities).toHaveLength(2);
    expect(result.issues.map((issue) => issue.line)).toEqual([3, 4, 5]);
    expect(result.issues[2]?.message).toMatch(/unterminated/);
  });

  it('refuses every row when the header lacks a required column', () => {
    const result = parseActivitiesCsv('rep,type,at\nana,dial,0\n');
    expect(result.activities).toEqual([]);
    expect(result.issues[0]?.message).toMatch(/lacks the column\(s\) repId/);
    expect(result.issues).toHaveLength(2);
  });
});

describe('readActivityLines', () => {
  async function* lines(items: string[]) {
    for (const item of items) yield item;
  }

  it('streams activities and issues from an async iterable of lines', async () => {
    const results: ActivityLineResult[] = [];
    for await (const result of readActivityLines(lines(['repId,type,at\r', 'ana,dial,0\r', 'ana,,0', 'ben,dial,5']), 'csv')) results.push(result);
    expect(results.map((r) => (r.ok ? r.activity.repId : `!${r.line}`))).toEqual(['ana', '!3', 'ben']);
  });

  it('accepts a plain iterable of NDJSON lines', async () => {
    const results: ActivityLineResult[] = [];
    for await (const result of readActivityLines(['{"repId":"a","type":"dial","at":1}', 'nope'], 'ndjson')) results.push(result);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]).toMatchObject({ line: 2 });
  });
});

describe('splitLines', () => {
  it('rebuilds lines from chunks cut anywhere, so line numbers stay right', async () => {
    const text = 'repId,type,at\r\nana,dial,0\r\nbad\nben,dial,5';
    const chunks = [text.slice(0, 5), text.slice(5, 16), text.slice(16, 17), text.slice(17)];
    const lines: string[] = [];
    for await (const line of splitLines(chunks)) lines.push(line);
    expect(lines).toEqual(['repId,type,at', 'ana,dial,0', 'bad', 'ben,dial,5']);
    const results: ActivityLineResult[] = [];
    for await (const result of readActivityLines(splitLines(chunks), 'csv')) results.push(result);
    expect(results.map((r) => (r.ok ? r.activity.repId : `!${r.line}`))).toEqual(['ana', '!3', 'ben']);
  });
});
