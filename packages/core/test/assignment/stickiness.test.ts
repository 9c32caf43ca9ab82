import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { lead, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

describe('account-owner stickiness', () => {
  it('sends a returning account back to its owner, without spending a rotation turn', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(3), clock: manualClock().now });
    await line.addLeads([lead('l1', { accountId: 'acme' }), lead('l2'), lead('l3')]);
    const again = await line.addLead(lead('l4', { accountId: 'acme' }));
    expect(again.repId).toBe('sdr-1');
    expect(again.explanation.strategy).toBe('account-owner');
    expect(again.explanation.text).toContain('Assigned to Rep sdr-1 (account owner: account acme is theirs).');
    expect(line.getState().ledger['lead-generation#round-robin']).toEqual({ 'sdr-1': 1, 'sdr-2': 1, 'sdr-3': 1 });
  });

  it('matches a duplicate lead by its company email domain', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLead(lead('l1', { email: 'ceo@acme.io' }));
    const duplicate = await line.addLead(lead('l2', { email: 'cfo@ACME.io' }));
    expect(duplicate.repId).toBe('sdr-1');
    expect(duplicate.explanation.text).toContain('company domain acme.io');
  });

  it('never matches on a free-mail domain', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLead(lead('l1', { email: 'ana@gmail.com' }));
    const other = await line.addLead(lead('l2', { email: 'bo@gmail.com' }));
    expect(other.repId).toBe('sdr-2');
    expect(other.explanation.strategy).toBe('round-robin');
  });

  it('falls back to the rotation when the owner cannot take it, and says so', async () => {
    const line = createSalesLine(lineConfig(), { reps: [rep('ana', { name: 'Ana Ruiz' }), rep('bo')], clock: manualClock().now });
    await line.addLead(lead('l1', { accountId: 'acme' }));
    await line.setRepStatus('ana', 'away');
    const decision = await line.addLead(lead('l2', { accountId: 'acme' }));
    expect(decision.repId).toBe('bo');
    expect(decision.explanation.text).toContain('Account owner Ana Ruiz is away.');
  });
});
