import { describe, expect, it } from 'vitest';
import { createSalesLine, parseConfig } from '../../src/index.ts';
import { hunters, lead, leads, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';
import { lineInvariantViolations } from '../fixtures/state-invariants.ts';

const MINUTE = 60_000;

/** The fixture line with a station-wide WIP limit on one stage. */
function limitedLine(stage: string, total: number) {
  const config = lineConfig();
  for (const station of config.line.stations) {
    if (station.stages.includes(stage)) station.wipLimits = [...(station.wipLimits ?? []), { stage, total }];
  }
  return config;
}

describe("a stage's WIP total when routing assigns into it", () => {
  it('queues a hand-off into a full stage instead of assigning it, saying why', async () => {
    const config = limitedLine('meeting-held', 2);
    const line = createSalesLine(config, { reps: [...sdrs(1), ...hunters(2)], clock: manualClock().now });
    await line.addLeads(leads(3).map((l) => ({ ...l, stage: 'meeting-set', ownerId: 'sdr-1' })));
    const first = await line.moveLead('lead-1', 'meeting-held');
    const second = await line.moveLead('lead-2', 'meeting-held');
    expect([first, second].map((r) => (r.ok ? r.decision?.repId : null))).toEqual(['hunter-1', 'hunter-2']);

    const third = await line.moveLead('lead-3', 'meeting-held');
    expect(third.ok).toBe(true);
    const decision = third.ok ? third.decision : undefined;
    expect(decision).toMatchObject({ stage: 'meeting-held', repId: null, queue: 'hunter' });
    expect(decision?.explanation.text).toContain("the station's WIP limit is reached (2/2 leads)");
    expect(decision?.explanation.candidates.every((c) => c.excludedBy === 'capacity')).toBe(true);
    expect(lineInvariantViolations(line.getState(), parseConfig(config))).toEqual([]);
  });

  it('assigns again once a place in the stage is free', async () => {
    const line = createSalesLine(limitedLine('meeting-held', 1), { reps: [...sdrs(1), ...hunters(1)], clock: manualClock().now });
    await line.addLeads(leads(2).map((l) => ({ ...l, stage: 'meeting-set', ownerId: 'sdr-1' })));
    await line.moveLead('lead-1', 'meeting-held');
    await line.moveLead('lead-1', 'proposal');
    const next = await line.moveLead('lead-2', 'meeting-held');
    expect(next.ok && next.decision?.repId).toBe('hunter-1');
  });

  it('queues new leads routed into a full first stage', async () => {
    const line = createSalesLine(limitedLine('new', 2), { reps: sdrs(2), clock: manualClock().now });
    const decisions = await line.addLeads(leads(3));
    expect(decisions.map((d) => d.repId)).toEqual(['sdr-1', 'sdr-2', null]);
    expect(decisions[2]).toMatchObject({ queue: 'sdr-queue' });
  });

  it('lets a lead already in the full stage be re-routed there', async () => {
    const clock = manualClock();
    const line = createSalesLine(limitedLine('new', 1), { reps: sdrs(2), clock: clock.now });
    await line.addLead(lead('l1'));
    const [decision] = await line.tick(clock.advance(6 * MINUTE));
    expect(decision).toMatchObject({ leadId: 'l1', repId: 'sdr-2', stage: 'new' });
  });
});
