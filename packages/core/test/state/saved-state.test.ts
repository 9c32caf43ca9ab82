import { describe, expect, it } from 'vitest';
import { createSalesLine, type LineState } from '../../src/index.ts';
import { leads, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';
import { lineInvariantViolations } from '../fixtures/state-invariants.ts';

type Saved = Record<string, any>;

/** A saved line: lead-1 and lead-3 owned by sdr-1 (away), lead-2 waiting in sdr-queue, lead-4 disqualified. */
async function savedLine(): Promise<Saved> {
  const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
  await line.addLeads(leads(4));
  await line.moveLead('lead-4', 'contacted');
  await line.moveLead('lead-4', 'disqualified');
  await line.setRepStatus('sdr-1', 'away');
  await line.setRepStatus('sdr-2', 'inactive');
  await line.moveLead('lead-1', 'contacted');
  return JSON.parse(JSON.stringify(line.getState())) as Saved;
}

/** Damage a stored state could carry, with the place the refusal must name. */
const DAMAGE: { name: string; change: (state: Saved) => void; names: string }[] = [
  { name: 'a record without its lead', change: (s) => delete s.leads['lead-1'].lead, names: 'leads.lead-1.lead' },
  { name: 'a record filed under another id', change: (s) => (s.leads['lead-1'].id = 'other'), names: 'leads.lead-1.id' },
  { name: 'a lead whose id is not its key', change: (s) => (s.leads['lead-1'].lead.id = 'other'), names: 'leads.lead-1.lead.id' },
  { name: 'an owned lead that is also queued', change: (s) => (s.leads['lead-1'].queue = 'sdr-queue'), names: 'leads.lead-1' },
  { name: 'an open lead with neither owner nor queue', change: (s) => void ((s.leads['lead-2'].queue = null), delete s.queues['sdr-queue']), names: 'leads.lead-2' },
  { name: 'a queued lead missing from its queue', change: (s) => (s.queues['sdr-queue'] = []), names: 'leads.lead-2.queue' },
  { name: 'a queue naming a lead that is not there', change: (s) => s.queues['sdr-queue'].push('ghost'), names: 'queues.sdr-queue' },
  { name: 'a queue naming a lead twice', change: (s) => s.queues['sdr-queue'].push('lead-2'), names: 'queues.sdr-queue' },
  { name: 'a lost lead still queued', change: (s) => s.queues['sdr-queue'].push('lead-4'), names: 'queues.sdr-queue' },
  { name: 'a time that is not a number', change: (s) => (s.leads['lead-1'].dueAt = 'soon'), names: 'leads.lead-1.dueAt' },
  { name: 'previous owners that are not a list', change: (s) => (s.leads['lead-1'].previousOwners = 'sdr-2'), names: 'leads.lead-1.previousOwners' },
  { name: 'rotation credits that are not a list', change: (s) => (s.leads['lead-1'].rotationCredits = {}), names: 'leads.lead-1.rotationCredits' },
  { name: 'a rep filed under another id', change: (s) => (s.reps['sdr-1'].id = 'sdr-9'), names: 'reps.sdr-1' },
  { name: 'a rep with an unknown status', change: (s) => (s.reps['sdr-1'].status = 'gone'), names: 'reps.sdr-1' },
  { name: 'a rep missing from the tie-break order', change: (s) => s.repOrder.pop(), names: 'repOrder' },
  { name: 'a tie-break order naming nobody', change: (s) => s.repOrder.push('ghost'), names: 'repOrder' },
  { name: 'a ledger count that is not a number', change: (s) => (s.ledger = { 'lead-generation#round-robin': { 'sdr-1': 'many' } }), names: 'ledger["lead-generation#round-robin"].sdr-1' },
];

describe('a saved state handed back to createSalesLine', () => {
  it('restores an undamaged state as it was', async () => {
    const saved = await savedLine();
    expect(saved.queues).toEqual({ 'sdr-queue': ['lead-2'] });
    const line = createSalesLine(lineConfig(), { state: saved as LineState });
    expect(line.getState()).toEqual(saved);
    expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
  });

  it.each(DAMAGE)('refuses $name with invalid-state naming $names', async ({ change, names }) => {
    const saved = await savedLine();
    change(saved);
    expect(() => createSalesLine(lineConfig(), { state: saved as LineState })).toThrow(
      expect.objectContaining({ code: 'invalid-state', message: expect.stringContaining(names) }),
    );
  });
});
