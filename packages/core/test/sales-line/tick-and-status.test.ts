import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { hunters, lead, leads, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

const MINUTE = 60_000;

describe('tick', () => {
  it('re-routes a lead whose deadline passed, never back to the owner who let it lapse', async () => {
    const clock = manualClock();
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: clock.now });
    await line.addLead(lead('l1'));
    expect(await line.tick(clock.advance(4 * MINUTE))).toEqual([]);
    const [decision] = await line.tick(clock.advance(2 * MINUTE));
    expect(decision).toMatchObject({ leadId: 'l1', repId: 'sdr-2', stage: 'new' });
    expect(decision?.explanation.text).toMatch(/^Lead l1 \(l1\) sat in new past its deadline \(PT5M\)\./);
    expect(decision?.explanation.candidates.find((c) => c.repId === 'sdr-1')).toMatchObject({ excludedBy: 'previous-owner' });
    expect(line.getState().leads['l1']).toMatchObject({ ownerId: 'sdr-2', previousOwners: ['sdr-1'], dueAt: clock.now() + 5 * MINUTE });
    expect(line.audit().at(-1)).toMatchObject({ command: 'tick', leadId: 'l1', decision });
  });

  it('refuses a time that is not a finite number with invalid-input, and changes nothing', async () => {
    const clock = manualClock();
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: clock.now });
    await line.addLead(lead('l1'));
    const before = line.getState();
    for (const now of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1767607200000', null]) {
      await expect(line.tick(now as number)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('tick') });
    }
    expect(line.getState()).toBe(before);
    expect(JSON.parse(JSON.stringify(line.getState()))).toEqual(before);
    expect(await line.tick(clock.advance(6 * MINUTE))).toHaveLength(1);
  });

  it('queues the lead when everyone already let it lapse, and restarts its clock', async () => {
    const clock = manualClock();
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: clock.now });
    await line.addLead(lead('l1'));
    const [decision] = await line.tick(clock.advance(6 * MINUTE));
    expect(decision).toMatchObject({ repId: null, queue: 'sdr-queue' });
    expect(line.getState().leads['l1']?.dueAt).toBe(clock.now() + 5 * MINUTE);
    expect(await line.tick(clock.advance(MINUTE))).toEqual([]);
  });

  it('uses the clock when no time is given', async () => {
    const clock = manualClock();
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: clock.now });
    await line.addLead(lead('l1'));
    clock.advance(10 * MINUTE);
    expect(await line.tick()).toHaveLength(1);
  });

  it('moves a lead whose deadline says move, handing it off across stations', async () => {
    const clock = manualClock();
    const config = lineConfig({ line: { deadlines: [{ stage: 'proposal', within: 'P30D', then: 'move', to: 'hold-for-future-close' }, { stage: 'hold-for-future-close', within: 'P90D', then: 'move', to: 'new' }] } });
    const line = createSalesLine(config, { reps: [...sdrs(1), ...hunters(1)], clock: clock.now });
    await line.addLead(lead('l1', { stage: 'proposal', ownerId: 'hunter-1' }));
    const [parked] = await line.tick(clock.advance(31 * 24 * 60 * MINUTE));
    expect(parked).toMatchObject({ stage: 'hold-for-future-close', repId: 'hunter-1' });
    const [recycled] = await line.tick(clock.advance(91 * 24 * 60 * MINUTE));
    expect(recycled).toMatchObject({ station: 'lead-generation', stage: 'new', repId: 'sdr-1' });
  });
});

describe('tick and WIP limits', () => {
  const parking = (overflow: boolean) =>
    lineConfig({
      line: {
        stations: [
          { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted', 'meeting-set'], queue: 'sdr-queue' },
          {
            id: 'hunter',
            name: 'Hunter',
            stages: ['meeting-held', 'proposal', 'hold-for-future-close'],
            wipLimits: [{ stage: 'hold-for-future-close', perRep: 1, ...(overflow ? { overflowTo: 'new' } : {}) }],
          },
        ],
        deadlines: [{ stage: 'proposal', within: 'P30D', then: 'move', to: 'hold-for-future-close' }],
      },
    });

  it('overflows a deadline move into a full stage', async () => {
    const clock = manualClock();
    const line = createSalesLine(parking(true), { reps: [...sdrs(1), ...hunters(1)], clock: clock.now });
    await line.addLeads(['a', 'b'].map((id) => lead(id, { stage: 'proposal', ownerId: 'hunter-1' })));
    const [parked, overflowed] = await line.tick(clock.advance(31 * 24 * 60 * MINUTE));
    expect(parked).toMatchObject({ leadId: 'a', stage: 'hold-for-future-close', repId: 'hunter-1' });
    expect(overflowed).toMatchObject({ leadId: 'b', station: 'lead-generation', stage: 'new', repId: 'sdr-1' });
    expect(overflowed?.explanation.text).toContain('but hold-for-future-close is full, so it overflowed to new');
  });

  it('keeps the lead where it is, and restarts its clock, when a full stage has no overflow', async () => {
    const clock = manualClock();
    const line = createSalesLine(parking(false), { reps: hunters(1), clock: clock.now });
    await line.addLeads(['a', 'b'].map((id) => lead(id, { stage: 'proposal', ownerId: 'hunter-1' })));
    const [, kept] = await line.tick(clock.advance(31 * 24 * 60 * MINUTE));
    expect(kept).toMatchObject({ leadId: 'b', stage: 'proposal', repId: 'hunter-1' });
    expect(line.getState().leads['b']?.dueAt).toBe(clock.now() + 30 * 24 * 60 * MINUTE);
  });
});

describe('setRepStatus', () => {
  it('re-routes the open leads of a rep who becomes inactive', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(3), clock: manualClock().now });
    await line.addLeads(leads(6));
    const decisions = await line.setRepStatus('sdr-1', 'inactive');
    expect(decisions.map((d) => d.repId)).toEqual(['sdr-2', 'sdr-3']);
    expect(decisions[0]?.explanation.text).toMatch(/^Rep sdr-1 became inactive\./);
    const owners = Object.values(line.getState().leads).map((r) => r.ownerId);
    expect(owners).not.toContain('sdr-1');
    expect(line.getState().reps['sdr-1']?.status).toBe('inactive');
  });

  it('keeps the leads of a rep who is away but gives them no new ones', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(2));
    expect(await line.setRepStatus('sdr-1', 'away')).toEqual([]);
    expect(line.getState().leads['lead-1']?.ownerId).toBe('sdr-1');
    const next = await line.addLeads(leads(3, 'next'));
    expect(next.every((d) => d.repId === 'sdr-2')).toBe(true);
  });

  it('rejects an unknown rep with a clear error', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1) });
    await expect(line.setRepStatus('ghost', 'away')).rejects.toMatchObject({ code: 'unknown-rep' });
  });

  it('does nothing when the status does not change', async () => {
    const line = createSalesLine(lineConfig(), { reps: [rep('a')] });
    const before = line.getState();
    await line.setRepStatus('a', 'active');
    expect(line.getState()).toBe(before);
  });
});
