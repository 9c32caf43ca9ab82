import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { lead, leads, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

const POOL = 'lead-generation#round-robin';

describe('fairness ledger', () => {
  it('credits one assignment per lead to the chosen rep in the pool', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(5));
    expect(line.getState().ledger[POOL]).toEqual({ 'sdr-1': 3, 'sdr-2': 2 });
  });

  it('lets a new rep join at the pool minimum instead of catching up in a burst', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(10));
    await line.addRep(rep('new'));
    const next = await line.addLeads(leads(6, 'next'));
    expect(next.map((d) => d.repId)).toEqual(['sdr-1', 'sdr-2', 'new', 'sdr-1', 'sdr-2', 'new']);
    expect(line.getState().ledgerJoins[POOL]).toEqual({ new: 5 });
  });

  it('refuses a new rep with a duplicate id or an unknown station, changing nothing', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1) });
    await expect(line.addRep(rep('sdr-1'))).rejects.toMatchObject({ code: 'invalid-rep' });
    await expect(line.addRep(rep('x', { station: 'mars' }))).rejects.toThrow(/station "mars"/);
    expect(line.getState().repOrder).toEqual(['sdr-1']);
  });

  it('brings a rep back from away at the current minimum', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(3), clock: manualClock().now });
    await line.addLeads(leads(3));
    await line.setRepStatus('sdr-3', 'away');
    await line.addLeads(leads(10, 'while-away'));
    await line.setRepStatus('sdr-3', 'active');
    const ledger = line.getState().ledger[POOL] ?? {};
    expect(ledger).toEqual({ 'sdr-1': 6, 'sdr-2': 6, 'sdr-3': 6 });
    const after = await line.addLeads(leads(3, 'after'));
    expect(after.map((d) => d.repId)).toEqual(['sdr-1', 'sdr-2', 'sdr-3']);
  });

  it('gives the rotation turn back when a lead is disqualified as bad, if configured', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now, creditBackOn: ['disqualified'] });
    await line.addLeads(leads(2));
    await line.moveLead('lead-1', 'disqualified');
    expect(line.getState().ledger[POOL]).toEqual({ 'sdr-1': 0, 'sdr-2': 1 });
    expect((await line.addLead(lead('next'))).repId).toBe('sdr-1');
    expect(line.audit().at(-2)?.summary).toContain('got the rotation turn back');
  });

  it('keeps the turn spent when credit-back is not configured', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(2));
    await line.moveLead('lead-1', 'disqualified');
    expect(line.getState().ledger[POOL]).toEqual({ 'sdr-1': 1, 'sdr-2': 1 });
  });

  it('keeps max − min ≤ 1 over equal reps at all times under round-robin', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 }), async (repCount, batches) => {
        const line = createSalesLine(lineConfig(), { reps: sdrs(repCount), clock: manualClock().now });
        const seen: number[] = [];
        line.subscribe((state) => {
          const credits = Object.values(state.ledger[POOL] ?? {});
          if (credits.length) seen.push(Math.max(...credits) - Math.min(...credits));
        });
        let n = 0;
        for (const size of batches) {
          if (size === 1) await line.addLead(lead(`l${n++}`));
          else await line.addLeads(Array.from({ length: size }, () => lead(`l${n++}`)));
        }
        const loads = Object.values(line.getState().leads).reduce<Record<string, number>>((acc, r) => {
          acc[r.ownerId ?? 'none'] = (acc[r.ownerId ?? 'none'] ?? 0) + 1;
          return acc;
        }, {});
        const counts = Object.values(loads);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(repCount === 1 ? 0 : 1);
        expect(seen.every((gap) => gap <= 1)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
