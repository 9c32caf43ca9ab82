import { describe, expect, it } from 'vitest';
import { createSalesLine, parseConfig } from '../../src/index.ts';
import { lead, leads, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';
import { lineInvariantViolations } from '../fixtures/state-invariants.ts';

describe('removeRep', () => {
  it("re-routes the rep's open leads to the others, takes them off the line and audits it", async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(3), clock: manualClock().now });
    await line.addLeads(leads(6));
    const theirs = Object.values(line.getState().leads).filter((r) => r.ownerId === 'sdr-2').map((r) => r.id);
    expect(theirs).toHaveLength(2);

    const decisions = await line.removeRep('sdr-2');
    expect(decisions.map((d) => d.leadId).sort()).toEqual([...theirs].sort());
    for (const decision of decisions) {
      expect(decision.repId === 'sdr-1' || decision.repId === 'sdr-3').toBe(true);
      expect(decision.explanation.text).toMatch(/^Rep sdr-2 left the line\./);
      expect(decision.explanation.candidates.some((c) => c.repId === 'sdr-2')).toBe(false);
    }
    const state = line.getState();
    expect(state.reps['sdr-2']).toBeUndefined();
    expect(state.repOrder).toEqual(['sdr-1', 'sdr-3']);
    expect(Object.values(state.leads).some((r) => r.ownerId === 'sdr-2')).toBe(false);
    expect(state.leads[theirs[0] as string]?.previousOwners).toContain('sdr-2');
    expect(lineInvariantViolations(state, parseConfig(lineConfig()))).toEqual([]);
    expect(line.audit().filter((e) => e.command === 'removeRep')).toMatchObject([
      { repId: 'sdr-2', summary: 'Rep sdr-2 left the line; 2 open lead(s) re-routed.' },
      { leadId: decisions[0]?.leadId },
      { leadId: decisions[1]?.leadId },
    ]);
  });

  it('gives no new lead to a removed rep', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.removeRep('sdr-1');
    const decisions = await line.addLeads(leads(4));
    expect(decisions.every((d) => d.repId === 'sdr-2')).toBe(true);
  });

  it('queues the leads when nobody is left to take them', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    await line.addLead(lead('l1'));
    const [decision] = await line.removeRep('sdr-1');
    expect(decision).toMatchObject({ leadId: 'l1', repId: null, queue: 'sdr-queue' });
    expect(line.getState().queues['sdr-queue']).toEqual(['l1']);
  });

  it('is undone in one step: the rep, their place in the order and their leads come back', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(3), clock: manualClock().now });
    await line.addLeads(leads(6));
    const before = line.getState();
    await line.removeRep('sdr-2');
    expect(line.undo()).toBe(true);
    expect(line.getState()).toEqual(before);
    // The rotation and the index assignment reads came back too: everyone at two leads, rep order decides.
    const [next] = await line.addLeads([lead('l7')]);
    expect(next?.repId).toBe('sdr-1');
  });

  it('refuses an unknown rep and changes nothing', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    const before = line.getState();
    await expect(line.removeRep('nobody')).rejects.toMatchObject({ code: 'unknown-rep' });
    expect(line.getState()).toBe(before);
  });

  it('leaves a state that a new line can continue, finished leads still naming the removed owner', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(2));
    await line.moveLead('lead-1', 'disqualified');
    await line.removeRep('sdr-1');
    const saved = line.getState();
    expect(saved.leads['lead-1']?.ownerId).toBe('sdr-1');
    const restored = createSalesLine(lineConfig(), { state: JSON.parse(JSON.stringify(saved)), clock: manualClock().now });
    expect(restored.getState().leads['lead-1']?.ownerId).toBe('sdr-1');
  });
});
