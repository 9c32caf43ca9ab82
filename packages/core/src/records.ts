/**
 * Streaming NDJSON/CSV record reading, shared by activities, leads and reps files.
 *
 * @module @sales-line/core/records
 */
export { splitLines } from './records/split-lines.ts';
export { createRecordLineParser, splitCsvLine, coerceCell } from './records/record-line-parser.ts';
export type { RecordFormat, RecordLineResult, RecordLineParser, CsvOptions } from './records/record-line-parser.ts';
