import { extname } from 'node:path';
import { coerceCell, createRecordLineParser, type RecordLineResult } from '@sales-line/core/records';
import { csvRecords, type RecordText } from './csv-records.ts';
import { UsageError, readFileLines, readJsonFile, type CliIO } from './io.ts';

export interface ReadRecordsOptions {
  /** CSV columns that stay text even when they look like numbers (ids, names, stages). */
  text?: ReadonlySet<string>;
  /** CSV columns that hold a list, its items separated by `;` (a rep's skills). */
  lists?: ReadonlySet<string>;
}

/** The fields of a lead that the lead schema types as text. */
export const LEAD_TEXT_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'stage', 'ownerId', 'accountId']);

/**
 * Reads records from `.json` (an array), `.ndjson`/`.jsonl` or `.csv` (header line), one
 * result per record with its line (or array index + 1): a malformed one is reported, the
 * rest still come.
 */
export async function* readRecords(io: CliIO, file: string, options: ReadRecordsOptions = {}): AsyncGenerator<RecordLineResult> {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') {
    const value = await readJsonFile(io, file);
    if (!Array.isArray(value)) throw new UsageError(`${file} must hold a JSON array of records`);
    for (const [index, record] of value.entries()) {
      yield record !== null && typeof record === 'object' && !Array.isArray(record)
        ? { ok: true, line: index + 1, record: record as Record<string, unknown> }
        : { ok: false, line: index + 1, message: 'expected an object' };
    }
    return;
  }
  const format = extension === '.csv' ? 'csv' : extension === '.ndjson' || extension === '.jsonl' ? 'ndjson' : null;
  if (format === null) throw new UsageError(`${file}: use a .json, .ndjson, .jsonl or .csv file`);
  const { text, lists } = options;
  const parse = createRecordLineParser(format, {
    coerce: (column, cell) =>
      lists?.has(column)
        ? cell.split(';').map((item) => item.trim()).filter((item) => item !== '')
        : text?.has(column)
          ? cell
          : coerceCell(column, cell),
  });
  const lines = readFileLines(io, file);
  for await (const record of format === 'csv' ? csvRecords(lines, file) : numbered(lines)) {
    const result = 'error' in record ? { ok: false as const, line: record.line, message: record.error } : parse(record.text, record.line);
    if (result !== null) yield result;
  }
}

/** A record's place in the words of its format: the line of a text file, the item of a JSON array. */
export function recordName(file: string, line: number): string {
  return `${extname(file).toLowerCase() === '.json' ? 'item' : 'line'} ${line}`;
}

/** `leads.ndjson, line 4`: where a refused record sits. */
export function recordPlace(file: string, line: number): string {
  return `${file}, ${recordName(file, line)}`;
}

async function* numbered(lines: AsyncIterable<string>): AsyncGenerator<RecordText> {
  let line = 0;
  for await (const text of lines) yield { line: ++line, text };
}
