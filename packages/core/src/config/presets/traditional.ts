import type { SalesLineConfig } from '../config-schema.ts';
import { assemblyLine } from './assembly-line.ts';
import { deepFreeze } from './deep-freeze.ts';

const everyStage = assemblyLine.line.stations.flatMap((station) => station.stages);

/**
 * The traditional operation the assembly line is compared with: one generalist station
 * whose people prospect, close and renew, over the same stages, moves and deadlines as
 * `assemblyLine`, so the simulator compares only the division of labour.
 */
export const traditional: SalesLineConfig = deepFreeze({
  version: 1,
  line: {
    stations: [
      {
        id: 'generalist',
        name: 'Generalist',
        stages: everyStage,
        wipLimits: [{ stage: 'hold-for-future-close', perRep: 140, overflowTo: 'new' }],
        queue: 'unassigned',
      },
    ],
    terminal: assemblyLine.line.terminal,
    transitions: assemblyLine.line.transitions,
    deadlines: assemblyLine.line.deadlines,
  },
  routing: {
    rules: [
      {
        name: 'existing-customers-to-their-stage',
        priority: 100,
        conditions: {
          all: [
            { fact: 'accountStatus', operator: 'equal', value: 'customer' },
            { fact: 'trigger', operator: 'equal', value: 'enter' },
          ],
        },
        event: { type: 'route', params: { station: 'generalist', stage: 'active-customer', strategy: 'least-loaded' } },
      },
      {
        name: 'imported-batches-to-the-import-stage',
        priority: 80,
        conditions: { all: [{ fact: 'source', operator: 'equal', value: 'import' }] },
        event: { type: 'route', params: { station: 'generalist', stage: 'imported', strategy: 'round-robin' } },
      },
    ],
    fallback: { station: 'generalist', stage: 'new', strategy: 'round-robin', queue: 'unassigned' },
  },
});
