import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { leads, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';

describe('the states a line hands out', () => {
  it('are frozen and share every record a command did not touch', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(3));
    const before = line.getState();
    await line.moveLead('lead-1', 'contacted');
    const after = line.getState();
    expect(Object.isFrozen(after) && Object.isFrozen(after.leads)).toBe(true);
    expect(after.leads['lead-2']).toBe(before.leads['lead-2']);
    expect(after.leads['lead-1']).not.toBe(before.leads['lead-1']);
    expect(before.leads['lead-1']?.stage).toBe('new');
    expect(after.reps).toBe(before.reps);
  });

  it('keep the same leads object when a command changed no lead', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(2));
    const before = line.getState();
    await line.setRepStatus('sdr-2', 'away');
    const after = line.getState();
    expect(after).not.toBe(before);
    expect(after.leads).toBe(before.leads);
    expect(after.reps['sdr-2']?.status).toBe('away');
  });

  it('are the same object until the next change, for getState and listeners alike', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    const seen: unknown[] = [];
    line.subscribe((state) => seen.push(state));
    await line.addLeads(leads(1));
    expect(line.getState()).toBe(seen[0]);
    expect(line.getState()).toBe(line.getState());
  });
});
