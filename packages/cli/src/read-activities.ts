import { extname } from 'node:path';
import { readActivities, readActivityLines, type BenchmarkAccumulator } from '@sales-line/core/benchmarks';
import { UsageError, readFileLines, readJsonFile, type CliIO } from './io.ts';
import { printable } from './printable.ts';

/**
 * Streams an activities file (JSON array, NDJSON or CSV) into an accumulator, printing each
 * refused line on stderr; resolves to how many were refused.
 */
export async function readActivitiesInto(io: CliIO, file: string, accumulator: BenchmarkAccumulator): Promise<number> {
  const extension = extname(file).toLowerCase();
  let refused = 0;
  const refuse = (line: number, message: string) => {
    refused += 1;
    io.stderr(`${printable(file)}, line ${line}: ${printable(message)}\n`);
  };
  if (extension === '.json') {
    const value = await readJsonFile(io, file);
    if (!Array.isArray(value)) throw new UsageError(`${file} must hold a JSON array of activities`);
    const { activities, issues } = readActivities(value);
    accumulator.addMany(activities);
    for (const issue of issues) refuse(issue.line, issue.message);
    return refused;
  }
  const format = extension === '.csv' ? 'csv' : extension === '.ndjson' || extension === '.jsonl' ? 'ndjson' : null;
  if (format === null) throw new UsageError(`${file}: use a .json, .ndjson, .jsonl or .csv file`);
  for await (const result of readActivityLines(readFileLines(io, file), format)) {
    if (result.ok) accumulator.add(result.activity);
    else refuse(result.line, result.message);
  }
  return refused;
}
