import { describe, expect, it } from 'vitest';
import { presets } from '../../src/config/presets/presets.ts';
import { createSalesLine } from '../../src/sales-line.ts';
import { capacityModel } from '../../src/simulation/capacity-model.ts';
import { compactLineState } from '../../src/simulation/compact-line-state.ts';
import { simulate } from '../../src/simulation/simulate.ts';
import type { LineState } from '../../src/state/line-state.ts';

// Through the real createSalesLine and presets.assemblyLine / presets.traditional.
describe('simulate on the real line', () => {
  it('walks every lead through the reference line without a refused move', async () => {
    const result = await simulate({}, { seed: 3, days: 42 });
    expect(result.totals.refusedMoves).toBe(0);
    expect(result.warnings).toEqual([]);
    expect(result.totals.meetingsHeld).toBeGreaterThan(0);
    expect(result.traditional?.totals.refusedMoves).toBe(0);
    expect(result.traditional?.totals.meetingsHeld).toBeGreaterThan(0);
  });

  it('gives the identical result for the same seed', async () => {
    const a = await simulate({ leads: { inboundPerMonth: 100 } }, { seed: 12, days: 30, compare: false });
    const b = await simulate({ leads: { inboundPerMonth: 100 } }, { seed: 12, days: 30, compare: false });
    expect(a).toEqual(b);
  });

  it("holds the Hunters' capacity of meetings in the second month", async () => {
    const result = await simulate({}, { seed: 4, days: 42, compare: false });
    const model = capacityModel({});
    expect(result.months[1]?.meetingsHeld).toBeGreaterThan(model.line.meetingsHeld * 0.9);
    expect(result.months[1]?.meetingsHeld).toBeLessThan(model.line.meetingsHeld * 1.1);
  });
});

describe('compactLineState', () => {
  async function lineWithFinishedLeads(): Promise<LineState> {
    const reps = [
      { id: 'sdr-1', name: 'Sam', station: 'lead-generation' },
      { id: 'sdr-2', name: 'Sia', station: 'lead-generation' },
    ];
    const line = createSalesLine(presets.assemblyLine, { reps, clock: () => 0 });
    await line.addLeads([
      { id: 'a', name: 'A', source: 'inbound' },
      { id: 'b', name: 'B', source: 'inbound' },
      { id: 'c', name: 'C', source: 'inbound', accountId: 'acme' },
    ]);
    await line.moveLead('a', 'disqualified');
    await line.moveLead('c', 'disqualified');
    return line.getState();
  }

  it('drops finished leads but keeps sticky ones and the fairness ledger whole', async () => {
    const state = await lineWithFinishedLeads();
    const compacted = compactLineState(state, new Set(presets.assemblyLine.line.terminal));
    expect(Object.keys(compacted.leads).sort()).toEqual(['b', 'c']);
    expect(Object.values(compacted.queues).flat()).not.toContain('a');
    const credits = (s: LineState) => {
      const sums: Record<string, number> = {};
      for (const [pool, reps] of Object.entries(s.ledgerJoins)) for (const [rep, n] of Object.entries(reps)) sums[`${pool}/${rep}`] = (sums[`${pool}/${rep}`] ?? 0) + n;
      for (const record of Object.values(s.leads)) for (const c of record.rotationCredits) sums[`${c.pool}/${c.repId}`] = (sums[`${c.pool}/${c.repId}`] ?? 0) + 1;
      return sums;
    };
    expect(credits(compacted)).toEqual(credits(state));
    expect(compacted.ledger).toEqual(state.ledger);
  });

  it('lets a line continue from the compacted state', async () => {
    const state = compactLineState(await lineWithFinishedLeads(), new Set(presets.assemblyLine.line.terminal));
    const line = createSalesLine(presets.assemblyLine, { state, clock: () => 1 });
    const [decision] = await line.addLeads([{ id: 'd', name: 'D', source: 'inbound' }]);
    expect(decision?.repId).toMatch(/^sdr-/);
  });

  it('returns the same state when nothing is finished', () => {
    const state: LineState = { version: 0, leads: {}, reps: {}, repOrder: [], queues: {}, ledger: {}, ledgerJoins: {} };
    expect(compactLineState(state, new Set(['lost']))).toBe(state);
  });
});
