import { RepSchema, formatPath, type Rep, type SalesLineConfig } from '@sales-line/core';
import { UsageError, type CliIO } from './io.ts';
import { readRecords, recordName, recordPlace } from './read-leads.ts';

/** The fields of a rep that the rep schema types as text, kept so in CSV even when they look like numbers. */
const REP_TEXT_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'station', 'team', 'territory', 'status', 'joinedStationAt', 'timeZone']);
const REP_LIST_FIELDS: ReadonlySet<string> = new Set(['skills']);

/**
 * Reads reps from a JSON array, NDJSON or CSV file; any bad rep stops the command, naming its
 * place and field. Every rep must work in a station of one of `configs` and have an id of its
 * own: checked here, so every command refuses such a file the same way, before any work.
 */
export async function readReps(io: CliIO, file: string, configs: readonly SalesLineConfig[]): Promise<Rep[]> {
  const stations = new Set(configs.flatMap((config) => config.line.stations.map((station) => station.id)));
  const places = new Map<string, number>();
  const reps: Rep[] = [];
  for await (const result of readRecords(io, file, { text: REP_TEXT_FIELDS, lists: REP_LIST_FIELDS })) {
    const place = recordPlace(file, result.line);
    if (!result.ok) throw new UsageError(`${place}: ${result.message}`);
    const parsed = RepSchema.safeParse(result.record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`${place}: ${formatPath(issue.path as (string | number)[])}: ${issue.message}`);
    }
    const rep = parsed.data;
    const first = places.get(rep.id);
    if (first !== undefined) throw new UsageError(`${place}: the rep id "${rep.id}" is already used by ${recordName(file, first)}; every rep needs an id of their own`);
    if (!stations.has(rep.station)) throw new UsageError(`${place}: station "${rep.station}" is not a station of the config (it has ${[...stations].join(', ')})`);
    places.set(rep.id, result.line);
    reps.push(rep);
  }
  return reps;
}
