import { describe, expect, it } from 'vitest';
import { createSalesLine, presets, route } from '../../src/index.ts';
import { assemblyLineReps, lead, manualClock } from '../fixtures/state.ts';

const DAY = 86_400_000;

async function lineWithMeeting(fields: Record<string, unknown> = {}) {
  const clock = manualClock();
  const line = createSalesLine(presets.assemblyLine, { reps: assemblyLineReps(), clock: clock.now });
  await line.addLead(lead('l1', { source: 'inbound', industry: 'fintech', employees: 1200, ...fields }));
  await line.moveLead('l1', 'contacted', 'ana');
  await line.moveLead('l1', 'meeting-set', 'ana');
  return { line, clock };
}

describe('a line on the reference assembly line preset', () => {
  it('routes an inbound lead to an SDR by rule and assigns them', async () => {
    const line = createSalesLine(presets.assemblyLine, { reps: assemblyLineReps(), clock: manualClock().now });
    const decision = await line.addLead(lead('l1', { source: 'inbound' }));
    expect(decision).toMatchObject({ station: 'lead-generation', rule: 'inbound-leads-to-the-next-sdr', repId: 'ana', fallback: false });
    expect(decision.explanation.rules.length).toBeGreaterThan(0);
    expect(decision.explanation.text).toMatch(/Assigned to Ana Ruiz \(round-robin: .*\)\.$/);
  });

  it('hands a booked meeting to the fintech Hunters by the hand-off rule', async () => {
    const { line } = await lineWithMeeting();
    const result = await line.moveLead('l1', 'meeting-held', 'ana');
    expect(result.ok && result.decision).toMatchObject({ station: 'hunter', stage: 'meeting-held', rule: 'enterprise-fintech-to-fintech-hunters', repId: 'chloe' });
    const candidates = result.ok ? result.decision?.explanation.candidates : [];
    expect(candidates?.find((c) => c.repId === 'dev')).toMatchObject({ excludedBy: 'pool', reason: 'not in team fintech' });
  });

  it('refuses a move whose guard fails, saying what it needs, and allows it once the guard holds', async () => {
    const { line } = await lineWithMeeting();
    await line.moveLead('l1', 'meeting-held', 'ana');
    const before = line.getState();
    const refused = await line.moveLead('l1', 'proposal', 'chloe');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reasons[0]).toMatch(/^This move needs value > 0; here value is missing/);
    expect(line.getState()).toBe(before);

    const { line: valued } = await lineWithMeeting({ value: 50_000 });
    await valued.moveLead('l1', 'meeting-held', 'ana');
    expect(await valued.moveLead('l1', 'proposal', 'chloe')).toEqual({ ok: true });
  });

  it('hands a won deal to customer management across stations, through its guard', async () => {
    const { line } = await lineWithMeeting({ value: 50_000 });
    await line.moveLead('l1', 'meeting-held', 'ana');
    await line.moveLead('l1', 'proposal', 'chloe');
    await line.moveLead('l1', 'negotiation', 'chloe');
    const won = await line.moveLead('l1', 'onboarding', 'chloe');
    expect(won.ok && won.decision).toMatchObject({ station: 'customer-management', stage: 'onboarding', repId: 'eva', rule: 'won-deals-to-customer-management' });
  });

  it('recycles a deal parked too long in hold-for-future-close to business development', async () => {
    const { line, clock } = await lineWithMeeting({ value: 50_000 });
    await line.moveLead('l1', 'meeting-held', 'ana');
    await line.moveLead('l1', 'hold-for-future-close', 'chloe');
    const [decision] = await line.tick(clock.advance(181 * DAY));
    expect(decision).toMatchObject({ station: 'business-development', stage: 'recycled', repId: 'finn', rule: 'recycled-hold-for-future-close-to-business-development' });
  });
});

describe('route() with people', () => {
  it('assigns a person when the context carries reps, and stays the queue without', async () => {
    const handoff = { trigger: 'handoff', toStage: 'meeting-held', toStation: 'hunter' } as const;
    const fintech = lead('l1', { industry: 'fintech', employees: 900 });
    const queued = await route(presets.assemblyLine, fintech, handoff);
    expect(queued).toMatchObject({ station: 'hunter', repId: null });
    const assigned = await route(presets.assemblyLine, fintech, { ...handoff, reps: assemblyLineReps(), now: 0 });
    expect(assigned).toMatchObject({ station: 'hunter', repId: 'chloe', queue: null });
    expect(assigned.explanation.text).toContain('Assigned to Chloé Martin (round-robin: fewest assignments in pool hunter/team fintech).');
  });
});
