import { createRecordLineParser, type RecordFormat } from '../records/record-line-parser.ts';
import { ActivitySchema, type Activity } from './activity.ts';

export type ActivityFormat = RecordFormat;

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

const csv = {
  columns: CSV_COLUMNS,
  required: REQUIRED_CSV_COLUMNS,
  coerce: (name: string, cell: string) => (name === 'value' || (name === 'at' && /^-?\d+$/.test(cell)) ? Number(cell) : cell),
};

/** A fresh line parser; the CSV one remembers its header, so use one parser per document. */
export function createActivityLineParser(format: ActivityFormat): ActivityLineParser {
  const parse = createRecordLineParser(format, csv);
  return (text, line) => {
    const result = parse(text, line);
    return result === null || !result.ok ? result : checkActivity(result.record, line);
  };
}
