import { splitCsvLine } from '@sales-line/core/records';
import { UsageError } from './io.ts';

/** One record as its text, numbered by the line it starts on, or why it cannot be one. */
export type RecordText = { line: number; text: string } | { line: number; error: string };

// A stray quote would otherwise swallow the rest of the file into one field.
const MAX_LINES_PER_RECORD = 1_000;

/**
 * Groups physical lines into CSV records: a quoted field may hold line breaks (RFC 4180),
 * which a line reader splits. A row with more cells than the header is refused, since a
 * value with an unquoted comma would otherwise shift into the wrong column and the last
 * cells would be dropped unseen; fewer cells just leave the last fields out. A header naming a
 * column twice stops the read: one of the two would be dropped from every record.
 */
export async function* csvRecords(lines: AsyncIterable<string>, file: string): AsyncGenerator<RecordText> {
  let columns: number | null = null;
  let held: string[] = [];
  let start = 0;
  let line = 0;
  const unclosed = (): RecordText => ({
    line: start,
    error: `a quoted field opened here is never closed (lines ${start}–${start + held.length - 1}); close it with a " or double the quotes inside it ("")`,
  });
  for await (const text of lines) {
    line += 1;
    if (held.length === 0) start = line;
    held.push(text);
    const record = held.length === 1 ? text : held.join('\n');
    const cells = splitCsvLine(record);
    // The only failure splitCsvLine names is a quoted field still open at the end.
    if (typeof cells === 'string') {
      if (held.length < MAX_LINES_PER_RECORD) continue;
      yield unclosed();
    } else if (record.trim() === '') {
      // A blank line carries no record; the line parser skips it.
    } else if (columns === null) {
      const names = cells.map((cell) => cell.trim());
      const twice = names.find((name, i) => name !== '' && names.indexOf(name) !== i);
      if (twice !== undefined) throw new UsageError(`${file}, line ${start}: the header names the column "${twice}" twice; rename or remove one`);
      // Spreadsheets in many locales export with semicolons or tabs: every record would come out one field.
      const separator = names.length === 1 ? /[;\t]/.exec(names[0]!)?.[0] : undefined;
      if (separator !== undefined) {
        throw new UsageError(`${file}, line ${start}: the header is one column separated by ${separator === ';' ? 'semicolons' : 'tabs'}; sales-line reads comma-separated values (export as CSV with commas)`);
      }
      columns = cells.length;
      yield { line: start, text: record };
    } else if (cells.length > columns) {
      yield { line: start, error: `${cells.length} cells, but the header names ${columns} columns; quote a value that holds a comma ("Acme, Inc")` };
    } else yield { line: start, text: record };
    held = [];
  }
  if (held.length > 0) yield unclosed();
}
