import { describe, expect, it } from 'vitest';
import { createRecordLineParser, splitCsvLine } from '../../src/records.ts';

const readAll = (format: 'csv' | 'ndjson', lines: string[], options = {}) => {
  const parse = createRecordLineParser(format, options);
  return lines.map((text, i) => parse(text, i + 1)).filter((result) => result !== null);
};

describe('createRecordLineParser', () => {
  it('reads CSV rows by their header, turning plain numbers and booleans into values', () => {
    const results = readAll('csv', ['id,name,employees,customer,zip', 'a,"Acme, Inc.",1200,true,01234']);
    expect(results).toEqual([{ ok: true, line: 2, record: { id: 'a', name: 'Acme, Inc.', employees: 1200, customer: true, zip: '01234' } }]);
  });

  it('leaves empty cells out of the record', () => {
    expect(readAll('csv', ['id,name,region', 'a,Acme,'])).toEqual([{ ok: true, line: 2, record: { id: 'a', name: 'Acme' } }]);
  });

  it('names the line of a malformed row and keeps reading', () => {
    const results = readAll('csv', ['id,name', 'a,"broken', 'b,Fine']);
    expect(results).toEqual([
      { ok: false, line: 2, message: 'unterminated quoted field' },
      { ok: true, line: 3, record: { id: 'b', name: 'Fine' } },
    ]);
  });

  it('refuses every row when the header lacks a required column', () => {
    const results = readAll('csv', ['name', 'Acme'], { required: ['id'] });
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results[0]).toMatchObject({ line: 1, message: 'the CSV header (line 1) lacks the column(s) id' });
  });

  it('never turns a __proto__ column into a field', () => {
    const [result] = readAll('csv', ['id,__proto__', 'a,{"polluted":1}']);
    expect(result).toEqual({ ok: true, line: 2, record: { id: 'a' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads one JSON object per NDJSON line and refuses anything else by line', () => {
    expect(readAll('ndjson', ['{"id":"a"}', '', '[1]', '{nope'])).toEqual([
      { ok: true, line: 1, record: { id: 'a' } },
      { ok: false, line: 3, message: 'expected a JSON object on this line' },
      expect.objectContaining({ ok: false, line: 4 }),
    ]);
  });

  it('splits quoted cells with doubled quotes', () => {
    expect(splitCsvLine('"say ""hi""",x')).toEqual(['say "hi"', 'x']);
  });
});
