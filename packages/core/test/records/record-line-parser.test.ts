import { describe, expect, it } from 'vitest';
import { createRecordLineParser, splitCsvLine, splitLines } from '../../src/records.ts';

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

  it('refuses every row when the header names a column twice, rather than letting the last cell win', () => {
    const results = readAll('csv', ['id,at,at', 'a,2026-03-02,2026-03-09']);
    expect(results).toEqual([
      { ok: false, line: 1, message: 'the CSV header (line 1) names the column at twice' },
      { ok: false, line: 2, message: 'the CSV header (line 1) names the column at twice' },
    ]);
  });

  it('ignores a column without a name, such as the one a trailing comma makes', () => {
    expect(readAll('csv', ['id,name,', 'a,Acme,x'])).toEqual([{ ok: true, line: 2, record: { id: 'a', name: 'Acme' } }]);
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

  it('reads a first NDJSON line that starts with a byte order mark, as the CSV header already is', () => {
    expect(readAll('ndjson', ['\uFEFF{"id":"a"}', '{"id":"b"}'])).toEqual([
      { ok: true, line: 1, record: { id: 'a' } },
      { ok: true, line: 2, record: { id: 'b' } },
    ]);
  });

  it('keeps a CSV number too large for a double as its text instead of Infinity', () => {
    expect(readAll('csv', ['id,value', 'a,1e400', 'b,-1e400', 'c,1e300'])).toEqual([
      { ok: true, line: 2, record: { id: 'a', value: '1e400' } },
      { ok: true, line: 3, record: { id: 'b', value: '-1e400' } },
      { ok: true, line: 4, record: { id: 'c', value: 1e300 } },
    ]);
  });

  it('refuses a format it does not know, naming the two it reads', () => {
    expect(() => createRecordLineParser('xml' as never)).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(/ndjson.*csv/) }));
  });
});

describe('splitLines', () => {
  it('joins chunks cut anywhere, CRLF included, into whole lines', async () => {
    const lines: string[] = [];
    for await (const line of splitLines(['a,b\r', '\nc', '', 'd\n\ne'])) lines.push(line);
    expect(lines).toEqual(['a,b', 'cd', '', 'e']);
  });

  it('refuses a chunk that is not text (bytes not yet decoded), naming the chunk, instead of reading digits', async () => {
    const read = async () => {
      for await (const _ of splitLines(['a\n', new TextEncoder().encode('b\n') as never])) void _;
    };
    await expect(read()).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/chunk 1.*TextDecoderStream/) });
  });
});
