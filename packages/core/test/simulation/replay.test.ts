import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SalesLineError } from '../../src/errors.ts';
import { presets } from '../../src/config/presets/presets.ts';
import { routeSync } from '../../src/routing/route.ts';
import type { RoutingDecision } from '../../src/routing/routing-decision.ts';
import { diffDecisions, replay } from '../../src/simulation/replay.ts';
import { routingReplayRouter } from '../../src/simulation/routing-replay-router.ts';
import { configAfter, configBefore, generatedLeads, replayLeads, replayReps, tinyRouter } from '../fixtures/replay.ts';

describe('replay', () => {
  /*
   * Leads 1..10: fintech = 1, 4, 8; retail = 2, 6; health = the other five.
   * Before: fintech → hunter-1; the 7 others → SDRs in turn (sdr-1, sdr-2, …).
   * After: fintech → bd-1; retail → hunter-1; the 5 health → SDRs in turn.
   */
  const run = () => replay(configBefore(), configAfter(), replayLeads(), { reps: replayReps(), router: tinyRouter });

  it('counts the leads that change station, owner, rule and fallback', async () => {
    const diff = await run();
    expect(diff.total).toBe(10);
    expect(diff.changed.station).toBe(5);
    expect(diff.changed.fallback).toBe(2);
    expect(diff.changed.rule).toBe(5);
    expect(diff.changed.stage).toBe(5);
    // Health leads 3, 5, 7, 9, 10 had SDR turns 2, 3, 5, 6, 7 (sdr-2, sdr-1, sdr-1, sdr-2, sdr-1)
    // and now have turns 1..5 (sdr-1, sdr-2, sdr-1, sdr-2, sdr-1): leads 3 and 5 change owner.
    expect(diff.changed.owner).toBe(5 + 2);
    expect(diff.changedLeads).toBe(7);
  });

  it('reports the load per station and per rep before and after', async () => {
    const diff = await run();
    expect(diff.stations).toEqual({
      'business-development': { before: 0, after: 3, delta: 3 },
      hunter: { before: 3, after: 2, delta: -1 },
      'lead-generation': { before: 7, after: 5, delta: -2 },
    });
    expect(diff.reps['hunter-1']).toEqual({ before: 3, after: 2, delta: -1 });
    expect(diff.reps['bd-1']).toEqual({ before: 0, after: 3, delta: 3 });
    expect(diff.reps['sdr-1']).toEqual({ before: 4, after: 3, delta: -1 });
    expect(diff.unassigned).toEqual({ before: 0, after: 0, delta: 0 });
    expect(diff.moves).toEqual([
      { from: 'hunter', to: 'business-development', count: 3 },
      { from: 'lead-generation', to: 'hunter', count: 2 },
    ]);
  });

  it('shows changed leads with both explanations, up to the limit', async () => {
    const diff = await replay(configBefore(), configAfter(), replayLeads(), { reps: replayReps(), router: tinyRouter, examples: 2 });
    expect(diff.examples).toHaveLength(2);
    expect(diff.examples[0]).toMatchObject({
      leadId: 'lead-1',
      changes: ['station', 'owner', 'stage', 'rule'],
      before: { station: 'hunter', explanation: { text: 'Matched fintech-to-hunters.' } },
      after: { station: 'business-development', explanation: { text: 'Matched fintech-to-bd.' } },
    });
  });

  it('finds no change when both configs are the same', async () => {
    const diff = await replay(configBefore(), configBefore(), replayLeads(), { reps: replayReps(), router: tinyRouter });
    expect(diff.changedLeads).toBe(0);
    expect(diff.examples).toEqual([]);
    expect(Object.values(diff.stations).every((c) => c.delta === 0)).toBe(true);
  });

  it('keeps a rep id such as __proto__ as a plain key', () => {
    const decision = (repId: string | null) => ({ leadId: 'x', station: 's', stage: 'n', repId, queue: null, rule: null, fallback: false, explanation: { text: '', rules: [], candidates: [] } });
    const diff = diffDecisions([decision('__proto__')], [decision(null)]);
    expect(Object.keys(diff.reps)).toEqual(['__proto__']);
    expect(diff.reps['__proto__']).toEqual({ before: 1, after: 0, delta: -1 });
    expect(diff.unassigned).toEqual({ before: 0, after: 1, delta: 1 });
  });

  it('refuses to diff lists of different lengths', () => {
    expect(() => diffDecisions([], [tinyRouter(configBefore(), {}).route(replayLeads()[0]!)])).toThrow(SalesLineError);
  });

  it('streams any iterable of leads, so a million need not sit in one array', async () => {
    function* leads() {
      yield* replayLeads();
    }
    const diff = await replay(configBefore(), configAfter(), leads(), { reps: replayReps(), router: tinyRouter });
    expect(diff.total).toBe(10);
    expect(diff.changedLeads).toBe(7);
  });
});

describe('replay through the real router', () => {
  it('counts station, rule and fallback changes exactly as the rules say', async () => {
    const diff = await replay(configBefore(), configAfter(), replayLeads());
    expect(diff.total).toBe(10);
    expect(diff.changed).toMatchObject({ station: 5, fallback: 2, rule: 5, owner: 0 });
    expect(diff.stations).toEqual({
      'business-development': { before: 0, after: 3, delta: 3 },
      hunter: { before: 3, after: 2, delta: -1 },
      'lead-generation': { before: 7, after: 5, delta: -2 },
    });
    expect(diff.moves).toEqual([
      { from: 'hunter', to: 'business-development', count: 3 },
      { from: 'lead-generation', to: 'hunter', count: 2 },
    ]);
  });

  it("gives the examples every rule's trace while the bulk pass traces only the winner", async () => {
    const diff = await replay(configBefore(), configAfter(), replayLeads(), { examples: 1 });
    const [example] = diff.examples;
    expect(example?.leadId).toBe('lead-1');
    expect(example?.before.rule).toBe('fintech-to-hunters');
    expect(example?.after.rule).toBe('fintech-to-bd');
    expect(example?.after.explanation.rules.map((r) => r.name)).toEqual(['fintech-to-bd', 'retail-to-hunters']);
    expect(example?.after.explanation.text).toContain('fintech-to-bd');
  });
});

describe('routingReplayRouter', () => {
  it('decides exactly as routeSync on the bulk path, explanation aside', () => {
    const leads = generatedLeads(2_000);
    for (const config of [presets.assemblyLine, presets.traditional, configBefore(), configAfter()]) {
      const router = routingReplayRouter(config, {});
      for (const lead of leads) {
        const { explanation: _fast, ...fast } = router.route(lead);
        const { explanation: _full, ...full } = routeSync(config, lead, { trigger: 'enter' });
        expect(fast).toEqual(full);
      }
    }
  });

  it('refuses a lead without an id, naming its index', async () => {
    await expect(replay(configBefore(), configAfter(), [{ id: 'a', name: 'A' }, { name: 'B' } as never])).rejects.toThrow(/leads\[1\]/);
  });

  it('refuses what route refuses: an empty id or a list in place of a lead, naming its index', async () => {
    expect(() => routeSync(configBefore(), { id: '', name: 'A' })).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
    await expect(replay(configBefore(), configAfter(), [{ id: 'a', name: 'A' }, { id: '', name: 'B' }])).rejects.toMatchObject({ code: 'invalid-lead', message: expect.stringMatching(/leads\[1\]/) });
    await expect(replay(configBefore(), configAfter(), [['a'] as never])).rejects.toMatchObject({ code: 'invalid-lead', message: expect.stringMatching(/leads\[0\]/) });
  });

  it('refuses leads that are not a list with an error naming the argument', async () => {
    for (const leads of [null, undefined, 42, 'lead-1']) {
      await expect(replay(configBefore(), configAfter(), leads as never)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/leads/) });
    }
  });

  it('refuses an invalid config on either side with invalid-config and its issues', async () => {
    await expect(replay({ version: 1 } as never, configAfter(), replayLeads())).rejects.toMatchObject({ code: 'invalid-config', issues: expect.any(Array) });
    await expect(replay(configBefore(), { version: 2 } as never, replayLeads())).rejects.toMatchObject({ code: 'invalid-config' });
  });
});

describe('diffDecisions, over random decisions', () => {
  it('keeps every lead counted once on each side and never counts more changes than leads', () => {
    const decision = fc.record({
      station: fc.constantFrom('a', 'b', 'c'),
      stage: fc.constantFrom('new', 'held'),
      repId: fc.option(fc.constantFrom('r1', 'r2', '__proto__'), { nil: null }),
      queue: fc.option(fc.constantFrom('q1', 'q2'), { nil: null }),
      rule: fc.option(fc.constantFrom('x', 'y'), { nil: null }),
      fallback: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(decision, decision), { maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (pairs, max) => {
        const full = (d: object, i: number): RoutingDecision => ({ ...(d as Omit<RoutingDecision, 'leadId' | 'explanation'>), leadId: `l${i}`, explanation: { text: '', rules: [], candidates: [] } });
        const diff = diffDecisions(pairs.map(([a], i) => full(a, i)), pairs.map(([, b], i) => full(b, i)), max);
        const sum = (counts: Record<string, { before: number; after: number }>, side: 'before' | 'after') => Object.values(counts).reduce((n, c) => n + c[side], 0);
        expect(sum(diff.stations, 'before')).toBe(pairs.length);
        expect(sum(diff.stations, 'after')).toBe(pairs.length);
        expect(sum(diff.reps, 'before') + diff.unassigned.before).toBe(pairs.length);
        expect(sum(diff.reps, 'after') + diff.unassigned.after).toBe(pairs.length);
        expect(diff.changedLeads).toBeLessThanOrEqual(pairs.length);
        for (const n of Object.values(diff.changed)) expect(n).toBeLessThanOrEqual(diff.changedLeads);
        expect(diff.moves.reduce((n, m) => n + m.count, 0)).toBe(diff.changed.station);
        expect(diff.examples).toHaveLength(Math.min(max, diff.changedLeads));
      }),
      { numRuns: 200 },
    );
  });
});

describe('replay with reps through the real assignment', () => {
  it('spreads each config\'s leads over the reps, carrying the rotation from lead to lead', async () => {
    const diff = await replay(configBefore(), configAfter(), replayLeads(), { reps: replayReps() });
    // Before: 7 leads to the SDRs, 3 to the one Hunter; after: 5 to the SDRs, 2 to the Hunter, 3 to BD.
    expect(diff.reps['hunter-1']).toEqual({ before: 3, after: 2, delta: -1 });
    expect(diff.reps['bd-1']).toEqual({ before: 0, after: 3, delta: 3 });
    expect((diff.reps['sdr-1']?.before ?? 0) + (diff.reps['sdr-2']?.before ?? 0)).toBe(7);
    expect(Math.abs((diff.reps['sdr-1']?.before ?? 0) - (diff.reps['sdr-2']?.before ?? 0))).toBeLessThanOrEqual(1);
    expect(Math.abs((diff.reps['sdr-1']?.after ?? 0) - (diff.reps['sdr-2']?.after ?? 0))).toBeLessThanOrEqual(1);
    expect(diff.unassigned).toEqual({ before: 0, after: 0, delta: 0 });
  });

  it('explains an example with the rules and the assignment', async () => {
    const diff = await replay(configBefore(), configAfter(), replayLeads(), { reps: replayReps(), examples: 1 });
    const [example] = diff.examples;
    expect(example?.after.repId).toBe('bd-1');
    expect(example?.after.explanation.rules.length).toBe(2);
    expect(example?.after.explanation.text).toContain('fintech-to-bd');
    expect(example?.after.explanation.candidates.length).toBeGreaterThan(0);
  });
});
