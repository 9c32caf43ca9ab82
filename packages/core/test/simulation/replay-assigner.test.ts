import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/validate-config.ts';
import type { Lead, Rep } from '../../src/line/lead.ts';
import type { RoutingDecision } from '../../src/routing/routing-decision.ts';
import { createSalesLine } from '../../src/sales-line.ts';
import { REPLAY_NOW, routingReplayRouter } from '../../src/simulation/routing-replay-router.ts';
import type { SalesLineConfigInput } from '../../src/index.ts';
import { randomLeads, randomLineConfig, randomReps } from '../fixtures/random-line.ts';

const placed = (d: RoutingDecision) => [d.station, d.stage, d.repId, d.queue, d.rule, d.fallback];

/** Routes the leads through the replay router and through a line's own `addLeads`, one by one, and compares each placement. */
async function expectSameAsLine(input: SalesLineConfigInput, reps: Rep[], leads: Lead[], explained: readonly boolean[] = []): Promise<string[]> {
  const config = parseConfig(input);
  const line = createSalesLine(config, { reps, clock: () => REPLAY_NOW });
  const router = routingReplayRouter(config, { reps });
  const owners: string[] = [];
  for (const [i, lead] of leads.entries()) {
    // Leads the replay explains go through the full assignment: both paths share one view.
    const fast = router.route(lead, { explain: explained[i] ?? false });
    const [slow] = await line.addLeads([lead]);
    expect(placed(fast), lead.id).toEqual(placed(slow as RoutingDecision));
    owners.push(fast.repId ?? '-');
  }
  return owners;
}

describe('the replay router with reps', () => {
  it('assigns every lead exactly as the line itself does when the leads are added one by one, over random lines', async () => {
    await fc.assert(
      fc.asyncProperty(randomLineConfig, randomReps, randomLeads, fc.array(fc.boolean(), { maxLength: 60 }), async (input, reps, leads, explained) => {
        await expectSameAsLine(input, reps, leads, explained);
      }),
      { numRuns: 300 },
    );
  });

  it('breaks an equal load in a least-loaded pool by the assignments that pool gave', async () => {
    const input: SalesLineConfigInput = {
      version: 1,
      line: { stations: [{ id: 'sdr', name: 'SDR', stages: ['new'] }] },
      routing: {
        rules: [{ name: 'only-r1', conditions: { all: [{ fact: 'kind', operator: 'equal', value: 'b' }] }, event: { type: 'route', params: { station: 'sdr', pool: { reps: ['r1'] } } } }],
        fallback: { station: 'sdr', strategy: 'least-loaded' },
      },
    };
    const reps = [{ id: 'r0', name: 'R0', station: 'sdr' }, { id: 'r1', name: 'R1', station: 'sdr' }];
    const leads = ['b', 'a', 'a'].map((kind, i) => ({ id: `lead-${i}`, name: `Lead ${i}`, kind }));
    // Third lead: both hold one lead, but r0 already had one from the least-loaded pool.
    expect(await expectSameAsLine(input, reps, leads)).toEqual(['r1', 'r0', 'r1']);
  });

  it('brings a rep who becomes eligible later into a pool at its current level, not at zero', async () => {
    const to = (name: string, kind: string, params: object) => ({ name, conditions: { all: [{ fact: 'kind', operator: 'equal', value: kind }] }, event: { type: 'route' as const, params: { station: 'sdr', ...params } } });
    const input: SalesLineConfigInput = {
      version: 1,
      line: { stations: [{ id: 'sdr', name: 'SDR', stages: ['s1', 's2'], wipLimits: [{ stage: 's1', perRep: 1 }] }] },
      routing: {
        // 'early' and 'late' share one pool (same station, filters and strategy) but enter different stages.
        rules: [to('only-r1', 'q', { stage: 's1', pool: { reps: ['r1'] } }), to('early', 'y', { stage: 's1' }), to('late', 'x', { stage: 's2' })],
        fallback: { station: 'sdr' },
      },
    };
    const reps = [{ id: 'r0', name: 'R0', station: 'sdr' }, { id: 'r1', name: 'R1', station: 'sdr' }];
    const leads = ['q', 'y', 'y', 'x', 'x'].map((kind, i) => ({ id: `lead-${i}`, name: `Lead ${i}`, kind }));
    // r1 is at s1's WIP limit when the pool starts; entering s2 later, r1 joins level with r0's one lead.
    expect(await expectSameAsLine(input, reps, leads)).toEqual(['r1', 'r0', '-', 'r0', 'r1']);
  });
});
