import { extname } from 'node:path';
import { createRecordLineParser, type RecordLineResult } from '@sales-line/core/records';
import { UsageError, readJsonFile, type CliIO } from './io.ts';

/**
 * Reads records from `.json` (an array), `.ndjson`/`.jsonl` or `.csv` (header line), one
 * result per record with its line (or array index + 1): a malformed one is reported, the
 * rest still come.
 */
export async function* readRecords(io: CliIO, file: string): AsyncGenerator<RecordLineResult> {
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
  const parse = createRecordLineParser(format);
  let line = 0;
  let lines: AsyncIterable<string>;
  try {
    lines = io.readLines(file);
    for await (const text of lines) {
      line += 1;
      const result = parse(text, line);
      if (result !== null) yield result;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code}`);
    throw error;
  }
}
