import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { lead, leads, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

const withFallback = (fallback: object) => lineConfig({ routing: { fallback: fallback as never } });

describe('assignment strategies', () => {
  it('round-robin gives each rep a turn in rep order and says why', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(3), clock: manualClock().now });
    const decisions = await line.addLeads(leads(6));
    expect(decisions.map((d) => d.repId)).toEqual(['sdr-1', 'sdr-2', 'sdr-3', 'sdr-1', 'sdr-2', 'sdr-3']);
    expect(decisions[0]?.explanation.text).toContain(
      'Assigned to Rep sdr-1 (round-robin: fewest assignments in pool lead-generation; tie broken by rep order).',
    );
    expect(decisions[0]?.explanation.strategy).toBe('round-robin');
    expect(decisions[0]?.explanation.candidates.map((c) => c.chosen)).toEqual([true, false, false]);
  });

  it('round-robin names the pool with its filters', async () => {
    const config = withFallback({ station: 'lead-generation', pool: { team: 'fintech' } });
    const line = createSalesLine(config, { reps: [rep('ana', { name: 'Ana Ruiz', team: 'fintech' })], clock: manualClock().now });
    const decision = await line.addLead(lead('l1'));
    expect(decision.explanation.text).toContain('Assigned to Ana Ruiz (round-robin: fewest assignments in pool lead-generation/team fintech).');
  });

  it('weighted honours the weights exactly over time, without randomness', async () => {
    const reps = [rep('a', { weight: 1 }), rep('b', { weight: 2 }), rep('c', { weight: 3 })];
    const line = createSalesLine(withFallback({ station: 'lead-generation', strategy: 'weighted' }), { reps, clock: manualClock().now });
    const decisions = await line.addLeads(leads(600));
    const counts = Object.fromEntries(['a', 'b', 'c'].map((id) => [id, decisions.filter((d) => d.repId === id).length]));
    expect(counts).toEqual({ a: 100, b: 200, c: 300 });
    // Spread out, not in bursts: in any window of 6 leads each rep gets its share within one.
    const first = decisions.slice(0, 6).map((d) => d.repId);
    expect(first.filter((id) => id === 'c')).toHaveLength(3);
  });

  it('weighted gives the same sequence on every run', async () => {
    const run = async () => {
      const line = createSalesLine(withFallback({ station: 'lead-generation', strategy: 'weighted' }), {
        reps: [rep('a', { weight: 2 }), rep('b', { weight: 3 })],
        clock: manualClock().now,
      });
      return (await line.addLeads(leads(50))).map((d) => d.repId);
    };
    expect(await run()).toEqual(await run());
  });

  it('least-loaded picks the rep with the fewest open leads', async () => {
    const line = createSalesLine(withFallback({ station: 'lead-generation', strategy: 'least-loaded' }), {
      reps: sdrs(2),
      clock: manualClock().now,
    });
    await line.addLeads([lead('x1', { ownerId: 'sdr-1' }), lead('x2', { ownerId: 'sdr-1' })]);
    const decisions = await line.addLeads(leads(3));
    expect(decisions.map((d) => d.repId)).toEqual(['sdr-2', 'sdr-2', 'sdr-1']);
    expect(decisions[0]?.explanation.text).toContain('least-loaded: fewest open leads (0) in pool lead-generation');
  });

  it('queue picks nobody and leaves the lead in the queue', async () => {
    const line = createSalesLine(withFallback({ station: 'lead-generation', strategy: 'queue', queue: 'inbound' }), {
      reps: sdrs(2),
      clock: manualClock().now,
    });
    const decision = await line.addLead(lead('l1'));
    expect(decision).toMatchObject({ repId: null, queue: 'inbound' });
    expect(line.getState().queues['inbound']).toEqual(['l1']);
  });
});
