import { describe, expect, it } from 'vitest';
import { createSalesLine, parseConfig, type RoutingDecision } from '../../src/index.ts';
import { assignRoutedLead } from '../../src/assignment/assign-routed-lead.ts';
import { lead, leads, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';

const config = parseConfig(lineConfig());
const target = config.routing.fallback;
const queued: RoutingDecision = {
  leadId: 'l1',
  station: 'lead-generation',
  stage: 'new',
  repId: null,
  queue: 'sdr-queue',
  rule: null,
  fallback: true,
  explanation: { text: 'Routed to Lead generation by the fallback.', rules: [], candidates: [] },
};

describe('assignRoutedLead', () => {
  it('leaves the decision as the queue when there are no reps or state', () => {
    expect(assignRoutedLead(config, lead('l1'), target, queued, { trigger: 'enter' })).toBe(queued);
  });

  it('picks a person from the reps given', () => {
    const decision = assignRoutedLead(config, lead('l1'), target, queued, { trigger: 'enter', reps: sdrs(2), now: 0 });
    expect(decision).toMatchObject({ repId: 'sdr-1', queue: null });
    expect(decision.explanation.text).toBe(
      'Routed to Lead generation by the fallback. Assigned to Rep sdr-1 (round-robin: fewest assignments in pool lead-generation; tie broken by rep order).',
    );
  });

  it("follows a line's ledger and loads when given its state", async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLeads(leads(3));
    const decision = assignRoutedLead(config, lead('next'), target, { ...queued, leadId: 'next' }, { trigger: 'enter', state: line.getState(), now: 0 });
    expect(decision.repId).toBe('sdr-2');
  });

  it('skips previous owners on a deadline re-route', () => {
    const decision = assignRoutedLead(config, lead('l1'), target, queued, { trigger: 'deadline', previousOwners: ['sdr-1'], reps: sdrs(2), now: 0 });
    expect(decision.repId).toBe('sdr-2');
  });
});
