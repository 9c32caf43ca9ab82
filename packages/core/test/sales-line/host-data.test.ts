import { describe, expect, it } from 'vitest';
import { createSalesLine, type Lead } from '../../src/index.ts';
import { lead, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

describe('what a host hands in stays the host’s', () => {
  it('adding a lead leaves its lists and objects editable by the host, and a later edit does not reach the line', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    const input: Lead = lead('l1', { tags: ['vip'], company: { size: 10 } });
    await line.addLead(input);
    (input.tags as string[]).push('later');
    (input.company as { size: number }).size = 99;
    expect(Object.isFrozen(input.tags)).toBe(false);
    expect(line.getLead('l1')?.lead).toMatchObject({ tags: ['vip'], company: { size: 10 } });
    expect(Object.isFrozen(line.getLead('l1')?.lead.tags)).toBe(true);
  });

  it('adding a rep leaves the host’s skills list editable, and a later edit does not reach the line', async () => {
    const skills = ['spanish'];
    const line = createSalesLine(lineConfig(), { reps: [rep('r1', { skills })] });
    const more = ['german'];
    await line.addRep(rep('r2', { skills: more }));
    skills.push('french');
    more.push('french');
    expect(line.getState().reps['r1']?.skills).toEqual(['spanish']);
    expect(line.getState().reps['r2']?.skills).toEqual(['german']);
  });

  it('the audit log cannot be edited through what audit() returns', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1) });
    await line.addLead(lead('l1'));
    const [entry] = line.audit();
    expect(Object.isFrozen(entry)).toBe(true);
    expect(() => Object.assign(entry as object, { summary: 'rewritten' })).toThrow(TypeError);
    expect(line.audit()[0]?.summary).toBe('Added lead l1 to new: assigned to Rep sdr-1.');
  });
});
