import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { lead, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';

describe('lead ids that are names of object properties', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('adds, moves, undoes and saves a lead with id %j like any other', async (id) => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    const decision = await line.addLead(lead(id));
    expect(decision).toMatchObject({ leadId: id, repId: 'sdr-1' });
    const state = line.getState();
    expect(Object.keys(state.leads)).toEqual([id]);
    expect(Object.getPrototypeOf(state.leads)).toBe(Object.prototype);
    expect(line.getLead(id)).toMatchObject({ id, ownerId: 'sdr-1' });
    expect(await line.moveLead(id, 'contacted')).toEqual({ ok: true });
    expect(line.getState().leads[id]?.stage).toBe('contacted');
    await expect(line.addLead(lead(id))).rejects.toMatchObject({ code: 'duplicate-lead' });
    line.undo();
    expect(line.getState().leads[id]?.stage).toBe('new');
    const restored = createSalesLine(lineConfig(), { state: JSON.parse(JSON.stringify(line.getState())), clock: manualClock().now });
    expect(restored.getLead(id)?.stage).toBe('new');
  });

  it('refuses to move a lead that is not on the line even when its id names an inherited property', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    expect(await line.moveLead('constructor', 'contacted')).toEqual({ ok: false, reasons: ['No lead with id "constructor" is on the line.'] });
  });
});
