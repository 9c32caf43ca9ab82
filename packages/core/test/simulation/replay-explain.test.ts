import { describe, expect, it } from 'vitest';
import { presets } from '../../src/config/presets/presets.ts';
import { routingReplayRouter } from '../../src/simulation/routing-replay-router.ts';
import { generatedLeads } from '../fixtures/replay.ts';
import { assemblyLineReps } from '../fixtures/state.ts';

describe('the replay router without explanations', () => {
  it('picks the same station, stage, owner, queue and rule as with them, lead after lead', () => {
    const reps = [...assemblyLineReps(), { id: 'away', name: 'Away', station: 'hunter', status: 'away' as const }, { id: 'cap', name: 'Cap', station: 'lead-generation', maxOpenLeads: 3 }];
    const full = routingReplayRouter(presets.assemblyLine, { reps });
    const light = routingReplayRouter(presets.assemblyLine, { reps });
    const leads = generatedLeads(2_000).map((lead, i) => (i % 9 === 0 ? { ...lead, accountId: `acct-${i % 4}` } : lead));
    let explained = 0;
    for (const lead of leads) {
      const a = full.route(lead, { explain: true });
      if (a.explanation.candidates.length > 0) explained++;
      const b = light.route(lead, { explain: false });
      expect([b.station, b.stage, b.repId, b.queue, b.rule, b.fallback]).toEqual([a.station, a.stage, a.repId, a.queue, a.rule, a.fallback]);
    }
    expect(explained).toBeGreaterThan(100);
  });
});
