import { describe, expect, it } from 'vitest';
import { createSalesLine, SalesLineError } from '../../src/index.ts';
import { hunters, lead, leads, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';

describe('persistence', () => {
  it('gives an identical line after a JSON round trip of its state and audit', async () => {
    const clock = manualClock();
    const original = createSalesLine(lineConfig(), { reps: [...sdrs(3), ...hunters(2)], clock: clock.now });
    await original.addLeads([...leads(7), lead('acme-1', { accountId: 'acme' })]);
    await original.moveLead('lead-1', 'contacted');
    await original.setRepStatus('sdr-3', 'away');
    await original.tick(clock.advance(6 * 60_000));

    const saved = JSON.parse(JSON.stringify({ state: original.getState(), audit: original.audit() }));
    const restored = createSalesLine(lineConfig(), { state: saved.state, audit: saved.audit, clock: clock.now });
    expect(restored.getState()).toEqual(original.getState());
    expect(restored.audit()).toEqual(original.audit());

    const next = [lead('n1'), lead('acme-2', { accountId: 'acme' }), lead('n2')];
    const a = await original.addLeads(next);
    const b = await restored.addLeads(next);
    expect(b).toEqual(a);
    await original.setRepStatus('sdr-3', 'active');
    await restored.setRepStatus('sdr-3', 'active');
    expect(restored.getState()).toEqual(original.getState());
  });

  it('holds only plain data', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2) });
    await line.addLeads(leads(3));
    expect(JSON.parse(JSON.stringify(line.getState()))).toEqual(line.getState());
  });

  it('refuses a saved state that does not fit the config', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1) });
    await line.addLead(lead('l1'));
    const saved = JSON.parse(JSON.stringify(line.getState()));
    saved.leads.l1.stage = 'limbo';
    expect(() => createSalesLine(lineConfig(), { state: saved })).toThrow(/stage "limbo"/);
  });

  it('refuses a saved state that is not one', () => {
    expect(() => createSalesLine(lineConfig(), { state: { version: 1 } as never })).toThrow(SalesLineError);
    expect(() => createSalesLine(lineConfig(), { state: 'nope' as never })).toThrow(/getState\(\)/);
  });
});
