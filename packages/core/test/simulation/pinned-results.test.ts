import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/config/presets/presets.ts';
import type { Lead } from '../../src/line/lead.ts';
import { createSalesLine } from '../../src/sales-line.ts';
import { replay } from '../../src/simulation/replay.ts';
import { simulate } from '../../src/simulation/simulate.ts';
import { configAfter, configBefore, generatedLeads, replayReps } from '../fixtures/replay.ts';
import { assemblyLineReps, manualClock } from '../fixtures/state.ts';

// Digests computed before the line's per-command cost was made independent of the number of
// leads: speed work must not change a single decision, explanation, audit entry or figure.
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Every kind of command on the reference line, with account stickiness, deadlines and status changes. */
async function scriptedLine() {
  const clock = manualClock();
  const line = createSalesLine(presets.assemblyLine, { reps: assemblyLineReps(), clock: clock.now, creditBackOn: ['disqualified'] });
  const sources = ['web', 'chat', 'demo-request', 'import', 'referral', 'event'];
  const industries = ['fintech', 'saas', 'retail', 'healthcare'];
  const make = (i: number): Lead => ({
    id: `l${i}`,
    name: `Lead ${i}`,
    source: sources[i % sources.length],
    industry: industries[(i * 7) % industries.length],
    employees: (i * 37) % 5000,
    value: (i * 101) % 300_000,
    ...(i % 5 === 0 ? { accountId: `acct-${i % 3}` } : {}),
    ...(i % 7 === 0 ? { email: `buyer${i}@firm${i % 2}.example` } : {}),
  });
  const results: unknown[] = [];
  results.push(await line.addLeads(Array.from({ length: 40 }, (_, i) => make(i))));
  for (let i = 0; i < 40; i += 3) results.push(await line.moveLead(`l${i}`, 'contacted', 'ana'));
  for (let i = 0; i < 40; i += 6) results.push(await line.moveLead(`l${i}`, 'meeting-set'));
  for (let i = 0; i < 40; i += 12) results.push(await line.moveLead(`l${i}`, 'meeting-held'));
  results.push(await line.moveLead('l1', 'disqualified'));
  clock.advance(3_600_000 * 30);
  results.push(await line.tick());
  results.push(await line.setRepStatus('ben', 'inactive'));
  results.push(await line.addLead(make(40)));
  results.push(await line.setRepStatus('dev', 'away'));
  results.push(await line.addLeads(Array.from({ length: 10 }, (_, i) => make(41 + i))));
  results.push(await line.addRep({ id: 'gus', name: 'Gus Moe', station: 'lead-generation' }));
  results.push(await line.setRepStatus('ben', 'active'));
  results.push(await line.addLeads(Array.from({ length: 10 }, (_, i) => make(51 + i))));
  clock.advance(3_600_000 * 24 * 20);
  results.push(await line.tick());
  results.push(line.undo());
  results.push(await line.addLead(make(61)));
  return { results, state: line.getState(), audit: line.audit() };
}

describe('pinned results', () => {
  it('gives the same simulation result as before, to the last figure', async () => {
    const result = await simulate({ leads: { inboundPerMonth: 300 } }, { seed: 7, days: 30, runs: 2 });
    // Each station's cost and revenue came later: added fields, every earlier figure unchanged.
    const earlier = (stations: typeof result.stations) => stations.map(({ cost: _c, revenue: _r, ...rest }) => rest);
    const before = { ...result, stations: earlier(result.stations), traditional: result.traditional && { ...result.traditional, stations: earlier(result.traditional.stations) } };
    expect(digest(before)).toBe('4c8812555b1fcc16');
  });

  it('gives the same decisions, state and audit log as before for every kind of command', async () => {
    const run = await scriptedLine();
    expect(digest(run.results)).toBe('3379b0af09b61fef');
    expect(digest(run.state)).toBe('21baa6f56b93987c');
    expect(digest(run.audit)).toBe('87143f9be4c1eaef');
  });

  it('gives the same replay with reps as before', async () => {
    const diff = await replay(configBefore(), configAfter(), generatedLeads(3_000), { reps: replayReps() });
    expect(digest(diff)).toBe('2d7d2bb7dd366d18');
  });
});
