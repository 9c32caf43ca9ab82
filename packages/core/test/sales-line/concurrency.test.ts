import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { hunters, lead, leads, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';
import { lineInvariantViolations } from '../fixtures/state-invariants.ts';

describe('concurrent and bulk commands', () => {
  it('serialises overlapping calls so no lead is lost, duplicated or double-assigned', async () => {
    const clock = manualClock();
    const line = createSalesLine(lineConfig(), { reps: [...sdrs(3), ...hunters(2)], clock: clock.now });
    const results = await Promise.all([
      line.addLeads(leads(50, 'a')),
      line.addLeads(leads(50, 'b')),
      line.addLead(lead('c')),
      line.moveLead('a-1', 'contacted'),
      line.tick(clock.now() + 10 * 60_000),
      line.setRepStatus('sdr-2', 'inactive'),
      line.addLeads(leads(20, 'd')),
    ]);
    expect(results[3]).toEqual({ ok: true });
    const state = line.getState();
    expect(Object.keys(state.leads)).toHaveLength(121);
    expect(lineInvariantViolations(state, line.getConfig())).toEqual([]);
    expect(Object.values(state.leads).filter((r) => r.ownerId === 'sdr-2')).toEqual([]);
  });

  it('refuses a duplicate raised by two overlapping batches, keeping the first', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2) });
    const [first, second] = await Promise.allSettled([line.addLeads([lead('x'), lead('y')]), line.addLeads([lead('y'), lead('z')])]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'duplicate-lead' } });
    expect(Object.keys(line.getState().leads)).toEqual(['x', 'y']);
  });

  it('keeps going when a listener throws', async () => {
    const errors: unknown[] = [];
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), onListenerError: (e) => errors.push(e) });
    let calls = 0;
    line.subscribe(() => {
      throw new Error('listener bug');
    });
    line.subscribe(() => (calls += 1));
    await line.addLead(lead('l1'));
    await line.addLead(lead('l2'));
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
    expect(Object.keys(line.getState().leads)).toEqual(['l1', 'l2']);
  });

  it('spreads a bulk insert of 10,000 leads by the strategy, in one state change', async () => {
    const reps = Array.from({ length: 10 }, (_, i) => rep(`r${i}`));
    const line = createSalesLine(lineConfig(), { reps, clock: manualClock().now });
    const decisions = await line.addLeads(leads(10_000));
    const perRep = new Map<string, number>();
    for (const d of decisions) perRep.set(d.repId ?? 'queue', (perRep.get(d.repId ?? 'queue') ?? 0) + 1);
    expect([...perRep.values()]).toEqual(Array(10).fill(1_000));
    expect(line.getState().version).toBe(1);
  });

  it('starts over when an undo lands while a command is waiting for the rules', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2) });
    await line.addLead(lead('l1'));
    const pending = line.addLead(lead('l2'));
    line.undo();
    await pending;
    expect(Object.keys(line.getState().leads)).toEqual(['l2']);
    expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
  });

  it('routes a waiting lead by the new config when the config changes under it', async () => {
    const line = createSalesLine(lineConfig(), { reps: [...sdrs(1), ...hunters(1)] });
    const pending = line.addLead(lead('l1'));
    expect(line.updateConfig(lineConfig({ routing: { fallback: { station: 'hunter' } } })).ok).toBe(true);
    expect(await pending).toMatchObject({ station: 'hunter', repId: 'hunter-1' });
  });
});
