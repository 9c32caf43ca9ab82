import { ActivitySchema, type Activity } from './activity.ts';

export type ActivityFormat = 'ndjson' | 'csv';

/** One line read: the activity, or why the line was refused. `line` counts from 1. */
export type ActivityLineResult = { ok: true; line: number; activity: Activity } | { ok: false; line: number; message: string };

/** Reads one line at a time; returns `null` for lines that carry no activity (blank lines, the CSV header). */
export type ActivityLineParser = (text: string, line: number) => ActivityLineResult | null;

const CSV_COLUMNS = ['repId', 'type', 'at', 'leadId', 'value'] as const;
const REQUIRED_CSV_COLUMNS = ['repId', 'type', 'at'] as const;

/** Checks one plain value against `ActivitySchema`, with a message naming the field. */
export function checkActivity(value: unknown, line: number): ActivityLineResult {
  const parsed = ActivitySchema.safeParse(value);
  if (parsed.success) return { ok: true, line, activity: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return { ok: false, line, message: `${where}${issue?.message ?? 'not an activity'}` };
}

function parseNdjsonLine(text: string, line: number): ActivityLineResult | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, line, message: `invalid JSON (${(error as Error).message})` };
  }
  return checkActivity(value, line);
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

function createCsvLineParser(): ActivityLineParser {
  let columns: (string | undefined)[] | null = null;
  let headerError: string | null = null;
  return (text, line) => {
    if (text.trim() === '') return null;
    const cells = splitCsvLine(text);
    if (typeof cells === 'string') return { ok: false, line, message: cells };
    if (columns === null && headerError === null) {
      const names = cells.map((cell) => cell.trim());
      const missing = REQUIRED_CSV_COLUMNS.filter((name) => !names.includes(name));
      if (missing.length > 0) headerError = `the CSV header (line ${line}) lacks the column(s) ${missing.join(', ')}`;
      // Columns the format does not know are ignored, so exports with extra fields still load.
      columns = names.map((name) => ((CSV_COLUMNS as readonly string[]).includes(name) ? name : undefined));
      return headerError === null ? null : { ok: false, line, message: headerError };
    }
    if (headerError !== null) return { ok: false, line, message: headerError };
    const record: Record<string, unknown> = {};
    (columns ?? []).forEach((name, index) => {
      const cell = cells[index]?.trim();
      if (name === undefined || cell === undefined || cell === '') return;
      record[name] = name === 'value' || (name === 'at' && /^-?\d+$/.test(cell)) ? Number(cell) : cell;
    });
    return checkActivity(record, line);
  };
}

const PARSER_FACTORIES: Record<ActivityFormat, () => ActivityLineParser> = {
  ndjson: () => parseNdjsonLine,
  csv: createCsvLineParser,
};

/** A fresh line parser; the CSV one remembers its header, so use one parser per document. */
export function createActivityLineParser(format: ActivityFormat): ActivityLineParser {
  return PARSER_FACTORIES[format]();
}
