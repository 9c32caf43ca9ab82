import { describe, expect, it } from 'vitest';
import { createLineState } from '../../src/state/create-line-state.ts';
import { parseConfig } from '../../src/index.ts';
import { reduceLine } from '../../src/state/line-recipes.ts';
import { lineGraph } from '../../src/line/line-graph.ts';
import { lineConfig, rep } from '../fixtures/state.ts';

describe('line reducers', () => {
  const graph = lineGraph(parseConfig(lineConfig()));
  const base = createLineState([rep('a'), rep('b')], 1000);

  it('are pure: the input state is untouched and the output is frozen', () => {
    const next = reduceLine(base, [
      { type: 'placeLeads', input: { now: 2000, graph, placements: [{ leadId: 'l1', lead: { id: 'l1', name: 'L' }, station: 'lead-generation', stage: 'new', ownerId: 'a', queue: null, credit: { pool: 'p', repId: 'a' }, joins: [] }] } },
    ]);
    expect(base.leads).toEqual({});
    expect(next.leads['l1']).toMatchObject({ ownerId: 'a', dueAt: 2000 + 300_000, rotationCredits: [{ pool: 'p', repId: 'a' }] });
    expect(next.ledger).toEqual({ p: { a: 1 } });
    expect(Object.isFrozen(next.leads['l1']?.rotationCredits)).toBe(true);
    expect(next.version).toBe(1);
  });

  it('apply several changes as one version', () => {
    const next = reduceLine(base, [
      { type: 'setRepStatus', input: { repId: 'a', status: 'away', now: 3000, joins: [] } },
      { type: 'setRepStatus', input: { repId: 'a', status: 'active', now: 4000, joins: [{ pool: 'p', repId: 'a', amount: 2 }] } },
    ]);
    expect(next.version).toBe(1);
    expect(next.reps['a']).toMatchObject({ status: 'active', activeSince: 4000 });
    expect(next.ledger).toEqual({ p: { a: 2 } });
    expect(next.ledgerJoins).toEqual({ p: { a: 2 } });
  });
});
