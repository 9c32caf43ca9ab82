import type { Activity } from './activity.ts';
import { checkActivity, createActivityLineParser, type ActivityFormat, type ActivityLineResult } from './activity-line-parser.ts';

/** A refused line or item; `line` counts from 1 (for arrays, the item's position + 1). */
export interface ActivityIssue {
  line: number;
  message: string;
}

/** Every good activity, in input order, and one issue per bad line: one bad line never spoils the rest. */
export interface ActivityReadResult {
  activities: Activity[];
  issues: ActivityIssue[];
}

function collect(results: Iterable<ActivityLineResult | null>): ActivityReadResult {
  const activities: Activity[] = [];
  const issues: ActivityIssue[] = [];
  for (const result of results) {
    if (result === null) continue;
    if (result.ok) activities.push(result.activity);
    else issues.push({ line: result.line, message: `line ${result.line}: ${result.message}` });
  }
  return { activities, issues };
}

/** Validates an array of plain values (e.g. from `JSON.parse`). */
export function readActivities(items: readonly unknown[]): ActivityReadResult {
  return collect(items.map((item, index) => checkActivity(item, index + 1)));
}

function* parseLines(text: string, format: ActivityFormat): Generator<ActivityLineResult | null> {
  const parse = createActivityLineParser(format);
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) yield parse(lines[index] as string, index + 1);
}

/** Reads NDJSON text: one JSON activity per line; blank lines are skipped. */
export function parseActivitiesNdjson(text: string): ActivityReadResult {
  return collect(parseLines(text, 'ndjson'));
}

/** Reads CSV text whose first line is a header naming `repId,type,at` and optionally `leadId,value`. */
export function parseActivitiesCsv(text: string): ActivityReadResult {
  return collect(parseLines(text, 'csv'));
}

/**
 * Reads a stream of lines (one record per item, as a line reader yields them) without
 * holding the document: yields each activity or issue as it is read, so a caller can feed
 * a `BenchmarkAccumulator` from a file, a socket or a fetch body of any size.
 */
export async function* readActivityLines(
  lines: AsyncIterable<string> | Iterable<string>,
  format: ActivityFormat,
): AsyncGenerator<ActivityLineResult> {
  const parse = createActivityLineParser(format);
  let line = 0;
  for await (const text of lines) {
    line += 1;
    const result = parse(text.endsWith('\r') ? text.slice(0, -1) : text, line);
    if (result !== null) yield result;
  }
}
