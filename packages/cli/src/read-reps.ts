import { RepSchema, formatPath, type Rep } from '@sales-line/core';
import { UsageError, type CliIO } from './io.ts';
import { readRecords, recordPlace } from './read-leads.ts';

/** The fields of a rep that the rep schema types as text, kept so in CSV even when they look like numbers. */
const REP_TEXT_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'station', 'team', 'status', 'joinedStationAt']);

/** Reads reps from a JSON array, NDJSON or CSV file; any bad rep stops the command, naming its line and field. */
export async function readReps(io: CliIO, file: string): Promise<Rep[]> {
  const reps: Rep[] = [];
  for await (const result of readRecords(io, file, { text: REP_TEXT_FIELDS })) {
    if (!result.ok) throw new UsageError(`${recordPlace(file, result.line)}: ${result.message}`);
    const parsed = RepSchema.safeParse(result.record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`${recordPlace(file, result.line)}: ${formatPath(issue.path as (string | number)[])}: ${issue.message}`);
    }
    reps.push(parsed.data);
  }
  return reps;
}
