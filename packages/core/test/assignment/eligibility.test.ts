import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { hunters, lead, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

const withFallback = (fallback: object) => lineConfig({ routing: { fallback: fallback as never } });

describe('eligibility policies', () => {
  it('keeps only reps of the pool and records why the others were left out', async () => {
    const config = withFallback({ station: 'lead-generation', pool: { team: 'fintech', skills: ['spanish'], territory: 'emea' } });
    const reps = [
      rep('other-team', { team: 'retail', skills: ['spanish'], territory: 'emea' }),
      rep('no-skill', { team: 'fintech', territory: 'emea' }),
      rep('elsewhere', { team: 'fintech', skills: ['spanish'], territory: 'apac' }),
      rep('fit', { team: 'fintech', skills: ['spanish', 'german'], territory: 'emea' }),
      ...hunters(1),
    ];
    const line = createSalesLine(config, { reps, clock: manualClock().now });
    const decision = await line.addLead(lead('l1'));
    expect(decision.repId).toBe('fit');
    const byId = Object.fromEntries(decision.explanation.candidates.map((c) => [c.repId, c]));
    expect(byId['other-team']).toMatchObject({ eligible: false, excludedBy: 'pool', reason: 'not in team fintech' });
    expect(byId['no-skill']).toMatchObject({ excludedBy: 'pool', reason: 'lacks skill spanish' });
    expect(byId['elsewhere']).toMatchObject({ excludedBy: 'pool', reason: 'covers apac, not emea' });
    expect(byId['fit']).toMatchObject({ eligible: true, chosen: true });
    // Reps of other stations are not candidates at all.
    expect(byId['hunter-1']).toBeUndefined();
  });

  it('honours an explicit list of reps', async () => {
    const line = createSalesLine(withFallback({ station: 'lead-generation', pool: { reps: ['sdr-3'] } }), { reps: sdrs(3), clock: manualClock().now });
    const decision = await line.addLead(lead('l1'));
    expect(decision.repId).toBe('sdr-3');
    expect(decision.explanation.candidates.find((c) => c.repId === 'sdr-1')?.reason).toBe("not in the pool's list of reps");
  });

  it('skips reps who are away or inactive', async () => {
    const reps = [rep('a', { status: 'away' }), rep('b', { status: 'inactive' }), rep('c')];
    const line = createSalesLine(lineConfig(), { reps, clock: manualClock().now });
    const decision = await line.addLead(lead('l1'));
    expect(decision.repId).toBe('c');
    expect(decision.explanation.candidates.slice(0, 2)).toMatchObject([
      { excludedBy: 'availability', reason: 'is away' },
      { excludedBy: 'availability', reason: 'is inactive' },
    ]);
  });

  it("reads working hours in the rep's own time zone", async () => {
    // 10:00 UTC on a Monday is 19:00 in Tokyo and 11:00 in Madrid.
    const clock = manualClock(Date.UTC(2026, 0, 5, 10, 0, 0));
    const hours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
    const reps = [rep('tokyo', { timeZone: 'Asia/Tokyo', workingHours: hours }), rep('madrid', { timeZone: 'Europe/Madrid', workingHours: hours })];
    const line = createSalesLine(lineConfig(), { reps, clock: clock.now });
    const decision = await line.addLead(lead('l1'));
    expect(decision.repId).toBe('madrid');
    expect(decision.explanation.candidates[0]).toMatchObject({
      excludedBy: 'availability',
      reason: 'outside working hours (09:00–17:00 Asia/Tokyo)',
    });
  });

  it('treats a weekday outside the working days as unavailable', async () => {
    const saturday = manualClock(Date.UTC(2026, 0, 10, 12, 0, 0));
    const line = createSalesLine(lineConfig(), {
      reps: [rep('a', { workingHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] } })],
      clock: saturday.now,
    });
    expect((await line.addLead(lead('l1'))).repId).toBeNull();
  });

  it('refuses a rep with an unknown time zone when the line is created', () => {
    expect(() => createSalesLine(lineConfig(), { reps: [rep('a', { timeZone: 'Mars/Olympus' })] })).toThrow(/unknown time zone "Mars\/Olympus"/);
  });

  it('stops giving leads to a rep at maxOpenLeads', async () => {
    const line = createSalesLine(lineConfig(), { reps: [rep('a', { maxOpenLeads: 1 }), rep('b', { maxOpenLeads: 1 })], clock: manualClock().now });
    const decisions = await line.addLeads([lead('l1'), lead('l2'), lead('l3')]);
    expect(decisions.map((d) => d.repId)).toEqual(['a', 'b', null]);
    expect(decisions[2]).toMatchObject({ queue: 'sdr-queue' });
    expect(decisions[2]?.explanation.text).toContain('Queued in sdr-queue: nobody in pool lead-generation is eligible');
    expect(decisions[2]?.explanation.text).toContain('Rep a at capacity (1/1 open leads)');
  });

  it('counts only open leads against capacity', async () => {
    const line = createSalesLine(lineConfig(), { reps: [rep('a', { maxOpenLeads: 1 })], clock: manualClock().now });
    await line.addLead(lead('l1'));
    await line.moveLead('l1', 'disqualified');
    expect((await line.addLead(lead('l2'))).repId).toBe('a');
  });

  it('queues the lead in the station queue when the station has nobody', async () => {
    const line = createSalesLine(lineConfig(), { reps: hunters(2), clock: manualClock().now });
    const decision = await line.addLead(lead('l1'));
    expect(decision).toMatchObject({ repId: null, queue: 'sdr-queue' });
    expect(decision.explanation.text).toContain('nobody works in station lead-generation');
  });
});
