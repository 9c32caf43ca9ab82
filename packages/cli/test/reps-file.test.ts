import { describe, expect, it } from 'vitest';
import { presets } from '@sales-line/core';
import { runCli } from './run-cli.ts';

const config = JSON.stringify(presets.assemblyLine);
const leads = '{"id":"a","name":"Acme","source":"inbound"}\n';
const activities = 'repId,type,at\nana,dial,2026-10-05T09:00:00Z\n';

/** Every command that reads a reps file, run with `reps` as its reps. */
const commandsWith = (reps: string) => {
  const files = { 'c.json': config, 'l.ndjson': leads, 'a.csv': activities, 'r.json': reps };
  return [
    ['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json'],
    ['replay', '--from', 'c.json', '--to', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json'],
    ['benchmarks', '--config', 'c.json', '--reps', 'r.json', '--activities', 'a.csv', '--period', '2026-10'],
    ['promotions', '--config', 'c.json', '--reps', 'r.json'],
  ].map((argv) => () => runCli(argv, files));
};

describe('a reps file, for every command that reads one', () => {
  it('refuses a rep id given twice, naming both places, before doing anything', async () => {
    const reps = JSON.stringify([
      { id: 'ana', name: 'Ana', station: 'lead-generation' },
      { id: 'bo', name: 'Bo', station: 'hunter' },
      { id: 'ana', name: 'Ana again', station: 'hunter' },
    ]);
    for (const run of commandsWith(reps)) {
      const result = await run();
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('r.json, item 3: the rep id "ana" is already used by item 1');
    }
  });

  it('refuses a rep in a station the config does not have, naming the stations it has', async () => {
    const reps = JSON.stringify([{ id: 'ana', name: 'Ana', station: 'lead-gen' }]);
    for (const run of commandsWith(reps)) {
      const result = await run();
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('r.json, item 1: station "lead-gen" is not a station of');
      expect(result.stderr).toContain('lead-generation');
    }
  });

  it('accepts, in a replay, a rep of a station only the draft config has', async () => {
    const draft = structuredClone(presets.assemblyLine) as { line: { stations: { id: string; name: string; stages: string[] }[] } };
    draft.line.stations.push({ id: 'partners', name: 'Partners', stages: ['partner-new'] });
    const result = await runCli(['replay', '--from', 'c.json', '--to', 'd.json', '--leads', 'l.ndjson', '--reps', 'r.json'], {
      'c.json': config,
      'd.json': JSON.stringify(draft),
      'l.ndjson': leads,
      'r.json': JSON.stringify([{ id: 'pat', name: 'Pat', station: 'partners' }]),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
