import { RepSchema, formatPath, type Rep } from '@sales-line/core';
import { UsageError, type CliIO } from './io.ts';
import { readRecords } from './read-leads.ts';

/** Reads reps from a JSON array, NDJSON or CSV file; any bad rep stops the command, naming its line and field. */
export async function readReps(io: CliIO, file: string): Promise<Rep[]> {
  const reps: Rep[] = [];
  for await (const result of readRecords(io, file)) {
    if (!result.ok) throw new UsageError(`${file}, rep ${result.line}: ${result.message}`);
    const parsed = RepSchema.safeParse(result.record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`${file}, rep ${result.line}: ${formatPath(issue.path as (string | number)[])}: ${issue.message}`);
    }
    reps.push(parsed.data);
  }
  return reps;
}
