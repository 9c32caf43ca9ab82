import { SalesLineError } from '../errors.ts';

/** Line-oriented record formats: one JSON object per line, or CSV with a header line. */
export type RecordFormat = 'ndjson' | 'csv';

/** One line read: the record, or why the line was refused. `line` counts from 1. */
export type RecordLineResult = { ok: true; line: number; record: Record<string, unknown> } | { ok: false; line: number; message: string };

/** Reads one line at a time; returns `null` for lines that carry no record (blank lines, the CSV header). */
export type RecordLineParser = (text: string, line: number) => RecordLineResult | null;

export interface CsvOptions {
  /** Columns to keep; others are ignored so exports with extra fields still load. Default: all. */
  columns?: readonly string[];
  /** Columns the header must name. */
  required?: readonly string[];
  /** Turns a non-empty cell into a value. Default: `coerceCell`. */
  coerce?: (column: string, cell: string) => unknown;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** CSV cells are text: numbers and booleans written plainly become numbers and booleans. */
export function coerceCell(_column: string, cell: string): unknown {
  // "1e400" is no double: Infinity would not survive JSON, so it stays the text it was.
  if (NUMBER.test(cell)) {
    const number = Number(cell);
    return Number.isFinite(number) ? number : cell;
  }
  if (cell === 'true' || cell === 'false') return cell === 'true';
  return cell;
}

/** Splits one CSV record (RFC 4180 quoting: `"a ""quoted"" text"`); quoted newlines are not supported. */
export function splitCsvLine(text: string): string[] | string {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
    i += 1;
  }
  if (quoted) return 'unterminated quoted field';
  cells.push(cell);
  return cells;
}

function parseNdjsonLine(text: string, line: number): RecordLineResult | null {
  // Files saved by some Windows editors start with a byte order mark, which JSON.parse refuses.
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, line, message: `invalid JSON (${(error as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, line, message: 'expected a JSON object on this line' };
  }
  return { ok: true, line, record: value as Record<string, unknown> };
}

function createCsvLineParser({ columns: known, required = [], coerce = coerceCell }: CsvOptions): RecordLineParser {
  let columns: (string | undefined)[] | null = null;
  let headerError: string | null = null;
  return (text, line) => {
    if (text.trim() === '') return null;
    const cells = splitCsvLine(text);
    if (typeof cells === 'string') return { ok: false, line, message: cells };
    if (columns === null && headerError === null) {
      const names = cells.map((cell) => cell.trim());
      const missing = required.filter((name) => !names.includes(name));
      const kept = names.map((name) => (name !== '' && (known === undefined || known.includes(name)) ? name : undefined));
      const twice = kept.find((name, i) => name !== undefined && kept.indexOf(name) !== i);
      columns = kept;
      if (missing.length > 0) headerError = `the CSV header (line ${line}) lacks the column(s) ${missing.join(', ')}`;
      else if (twice !== undefined) headerError = `the CSV header (line ${line}) names the column ${twice} twice`;
      return headerError === null ? null : { ok: false, line, message: headerError };
    }
    if (headerError !== null) return { ok: false, line, message: headerError };
    const record: Record<string, unknown> = {};
    (columns ?? []).forEach((name, index) => {
      const cell = cells[index]?.trim();
      // A header cell named like a prototype key would pollute nothing here, but is never a field.
      if (name === undefined || cell === undefined || cell === '' || name === '__proto__') return;
      record[name] = coerce(name, cell);
    });
    return { ok: true, line, record };
  };
}

/** A fresh line parser; the CSV one remembers its header, so use one parser per document. */
export function createRecordLineParser(format: RecordFormat, csv: CsvOptions = {}): RecordLineParser {
  if (format === 'csv') return createCsvLineParser(csv);
  if (format === 'ndjson') return parseNdjsonLine;
  throw new SalesLineError('invalid-input', `Unknown record format ${String(format)}; use "ndjson" or "csv".`);
}
