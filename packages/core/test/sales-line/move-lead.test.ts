import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { hunters, lead, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';
import { lineInvariantViolations } from '../fixtures/state-invariants.ts';

async function lineWithLead(stage = 'new') {
  const line = createSalesLine(lineConfig(), { reps: [...sdrs(2), ...hunters(2)], clock: manualClock().now });
  await line.addLead(lead('l1', stage === 'new' ? {} : { stage, ownerId: stage.startsWith('meeting-h') || stage === 'proposal' ? 'hunter-1' : 'sdr-1' }));
  return line;
}

describe('moveLead', () => {
  it('moves a lead along a configured transition and keeps its owner', async () => {
    const line = await lineWithLead();
    expect(await line.moveLead('l1', 'contacted')).toEqual({ ok: true });
    expect(line.getState().leads['l1']).toMatchObject({ stage: 'contacted', ownerId: 'sdr-1', dueAt: null });
  });

  it('refuses a move with no transition, in plain language, and changes nothing', async () => {
    const line = await lineWithLead();
    const before = line.getState();
    expect(await line.moveLead('l1', 'proposal')).toEqual({
      ok: false,
      reasons: ['No transition from new to proposal is configured; from new a lead can go to contacted, disqualified.'],
    });
    expect(line.getState()).toBe(before);
    expect(line.audit()).toHaveLength(1);
  });

  it('answers an unknown lead or stage with reasons, not a throw', async () => {
    const line = await lineWithLead();
    expect(await line.moveLead('ghost', 'contacted')).toEqual({ ok: false, reasons: ['No lead with id "ghost" is on the line.'] });
    const unknown = await line.moveLead('l1', 'limbo');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.reasons[0]).toMatch(/^Stage "limbo" is not on the line; known stages: new, contacted/);
    expect(await line.moveLead('l1', 'new')).toEqual({ ok: false, reasons: ['Lead l1 (l1) is already in new.'] });
  });

  it("hands a lead to another station's stage and routes it again", async () => {
    const line = await lineWithLead('meeting-set');
    const result = await line.moveLead('l1', 'meeting-held', 'sdr-1');
    expect(result.ok).toBe(true);
    const decision = result.ok ? result.decision : undefined;
    expect(decision).toMatchObject({ station: 'hunter', stage: 'meeting-held', repId: 'hunter-1' });
    expect(decision?.explanation.text).toMatch(/^Hand-off from meeting-set: /);
    expect(line.getState().leads['l1']).toMatchObject({ station: 'hunter', ownerId: 'hunter-1', previousOwners: ['sdr-1'] });
  });

  it('overflows a full hold-for-future-close back to lead generation', async () => {
    const line = createSalesLine(lineConfig(), { reps: [...sdrs(1), ...hunters(1)], clock: manualClock().now });
    await line.addLeads(['a', 'b', 'c'].map((id) => lead(id, { stage: 'proposal', ownerId: 'hunter-1' })));
    expect((await line.moveLead('a', 'hold-for-future-close')).ok).toBe(true);
    expect((await line.moveLead('b', 'hold-for-future-close')).ok).toBe(true);
    const third = await line.moveLead('c', 'hold-for-future-close');
    expect(third.ok && third.decision).toMatchObject({ station: 'lead-generation', stage: 'new', repId: 'sdr-1' });
    expect(third.ok && third.decision?.explanation.text).toContain('Rep hunter-1 already holds 2 of 2 leads in hold-for-future-close, so it overflowed to new.');
  });

  it('refuses a move over a WIP limit that has nowhere to overflow', async () => {
    const config = lineConfig();
    const hunter = config.line.stations[1] as { wipLimits?: unknown[] };
    hunter.wipLimits = [{ stage: 'hold-for-future-close', perRep: 1 }];
    const line = createSalesLine(config, { reps: hunters(1), clock: manualClock().now });
    await line.addLeads(['a', 'b'].map((id) => lead(id, { stage: 'proposal', ownerId: 'hunter-1' })));
    await line.moveLead('a', 'hold-for-future-close');
    expect(await line.moveLead('b', 'hold-for-future-close')).toEqual({
      ok: false,
      reasons: ['Rep hunter-1 already holds 1 of 1 leads in hold-for-future-close; free a place or raise the WIP limit.'],
    });
  });

  it('closes a lead into a terminal stage: out of every queue, owner kept for the record', async () => {
    const line = await lineWithLead('proposal');
    expect((await line.moveLead('l1', 'won')).ok).toBe(true);
    expect(line.getState().leads['l1']).toMatchObject({ stage: 'won', ownerId: 'hunter-1', queue: null, dueAt: null });
  });

  it('moves anywhere when the config declares no transitions at all', async () => {
    const line = createSalesLine(lineConfig({ line: { transitions: [] } }), { reps: sdrs(1), clock: manualClock().now });
    await line.addLead(lead('l1'));
    expect(await line.moveLead('l1', 'meeting-set')).toEqual({ ok: true });
  });

  it('keeps a queued lead in its queue when it moves within the station', async () => {
    const line = createSalesLine(lineConfig(), { reps: [], clock: manualClock().now });
    await line.addLead(lead('l1'));
    await line.moveLead('l1', 'contacted');
    expect(line.getState().leads['l1']).toMatchObject({ stage: 'contacted', queue: 'sdr-queue', ownerId: null });
    expect(line.getState().queues).toEqual({ 'sdr-queue': ['l1'] });
  });
});

describe('guard facts', () => {
  it('a lead cannot pass a guard on "by" or "trigger" by carrying fields of those names', async () => {
    const config = lineConfig({
      line: {
        transitions: [
          { from: 'new', to: 'contacted', conditions: { all: [{ fact: 'by', operator: 'equal', value: 'manager' }] } },
          { from: 'contacted', to: 'meeting-set', conditions: { all: [{ fact: 'trigger', operator: 'equal', value: 'handoff' }] } },
        ],
      },
    });
    const line = createSalesLine(config, { reps: sdrs(1), clock: manualClock().now });
    await line.addLead(lead('l1', { by: 'manager', trigger: 'handoff' }));
    expect(await line.moveLead('l1', 'contacted')).toMatchObject({ ok: false });
    expect(await line.moveLead('l1', 'contacted', 'manager')).toEqual({ ok: true });
    expect(await line.moveLead('l1', 'meeting-set', 'manager')).toMatchObject({ ok: false, reasons: [expect.stringContaining('trigger is missing')] });
  });
});

describe('reopening a finished lead', () => {
  /** The fixture line with a way back from disqualified into new. */
  const reopenable = () => lineConfig({ line: { transitions: [...(lineConfig().line.transitions ?? []), { from: 'disqualified', to: 'new' }] } });

  it('keeps its owner when they are still on the line', async () => {
    const line = createSalesLine(reopenable(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLead(lead('l1'));
    await line.moveLead('l1', 'disqualified');
    expect(await line.moveLead('l1', 'new')).toEqual({ ok: true });
    expect(line.getLead('l1')).toMatchObject({ stage: 'new', ownerId: 'sdr-1', queue: null });
  });

  it('routes it again when its owner left the line or is inactive, so it is never held by no one', async () => {
    for (const leave of ['remove', 'inactive'] as const) {
      const line = createSalesLine(reopenable(), { reps: sdrs(2), clock: manualClock().now });
      await line.addLead(lead('l1'));
      await line.moveLead('l1', 'disqualified');
      if (leave === 'remove') await line.removeRep('sdr-1');
      else await line.setRepStatus('sdr-1', 'inactive');
      const moved = await line.moveLead('l1', 'new');
      expect(moved).toMatchObject({ ok: true, decision: { stage: 'new', repId: 'sdr-2' } });
      expect(line.getLead('l1')).toMatchObject({ stage: 'new', ownerId: 'sdr-2', queue: null });
      expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
      expect(() => createSalesLine(reopenable(), { state: JSON.parse(JSON.stringify(line.getState())) })).not.toThrow();
    }
  });

  it('routes it again when its owner has no room left under their cap', async () => {
    const clock = manualClock();
    const line = createSalesLine(reopenable(), { reps: sdrs(2, { maxOpenLeads: 1 }), clock: clock.now });
    await line.addLeads([lead('l1'), lead('l2')]);
    await line.moveLead('l1', 'disqualified');
    await line.tick(clock.advance(6 * 60_000));
    expect(line.getLead('l2')?.ownerId).toBe('sdr-1');
    expect(await line.moveLead('l1', 'new')).toMatchObject({ ok: true, decision: { repId: 'sdr-2' } });
    expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
  });

  it('routes it again when nobody held it, instead of leaving it with neither owner nor queue', async () => {
    const line = createSalesLine(reopenable(), { clock: manualClock().now });
    await line.addLead(lead('l1'));
    await line.moveLead('l1', 'disqualified');
    expect(await line.moveLead('l1', 'new')).toMatchObject({ ok: true, decision: { repId: null, queue: 'sdr-queue' } });
    expect(line.getLead('l1')).toMatchObject({ stage: 'new', ownerId: null, queue: 'sdr-queue' });
    expect(line.getState().queues).toEqual({ 'sdr-queue': ['l1'] });
  });
});
