import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSalesLine, SalesLineError, validateConfig, type Lead, type RepStatus, type RoutingDecision, type SalesLine } from '../../src/index.ts';
import { hunters, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';
import { lineInvariantViolations } from '../fixtures/state-invariants.ts';

// Config A sends every lead to the fallback (lead generation); config B sends every lead to
// the hunters by a rule. A batch routed half by one and half by the other would show a torn swap.
const configA = lineConfig();
const configB = lineConfig({
  routing: { rules: [{ name: 'all-to-hunter', conditions: { all: [{ fact: 'id', operator: 'notEqual', value: '' }] }, event: { type: 'route', params: { station: 'hunter' } } }] },
});
if (!validateConfig(configB).ok) throw new Error('config B must be valid');
const STAGES = ['new', 'contacted', 'meeting-set', 'meeting-held', 'proposal', 'hold-for-future-close', 'won', 'lost', 'disqualified', 'nowhere'];
const REPS = ['sdr-1', 'sdr-2', 'sdr-3', 'hunter-1', 'hunter-2', 'ghost'];
const DEADLINE_MS = 5 * 60_000;
const KNOWN_CODES = new Set(['invalid-lead', 'duplicate-lead', 'unknown-lead', 'unknown-rep', 'unknown-stage', 'invalid-input', 'invalid-rep']);

type Step =
  | { kind: 'addLeads'; size: number; duplicate: boolean; bad: boolean }
  | { kind: 'moveLead'; lead: number; stage: string }
  | { kind: 'tick'; shiftMs: number }
  | { kind: 'setRepStatus'; rep: string; status: RepStatus }
  | { kind: 'updateConfig'; to: 'A' | 'B' | 'broken' }
  | { kind: 'undo' }
  | { kind: 'pause'; turns: number };

/** True one time in ten: most batches are good, so most leads go in. */
const rarely = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);

const step = (withUndo: boolean): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('addLeads' as const), size: fc.integer({ min: 1, max: 5 }), duplicate: rarely, bad: rarely }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('moveLead' as const), lead: fc.nat(200), stage: fc.constantFrom(...STAGES) }) },
    // The clock moves both ways: a host's clock may step back (NTP, a restored snapshot).
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), shiftMs: fc.integer({ min: -20 * 60_000, max: 20 * 60_000 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('setRepStatus' as const), rep: fc.constantFrom(...REPS), status: fc.constantFrom<RepStatus>('active', 'away', 'inactive') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('updateConfig' as const), to: fc.constantFrom<'A' | 'B' | 'broken'>('A', 'B', 'broken') }) },
    { weight: withUndo ? 1 : 0, arbitrary: fc.constant({ kind: 'undo' as const }) },
    // Lets queued commands get part-way (mid-routing) before the next call lands.
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('pause' as const), turns: fc.integer({ min: 1, max: 30 }) }) },
  );

/** What the reference model knows: which batches were accepted, so which leads must be on the line. */
interface Model {
  issued: string[];
  batches: { ids: string[]; outcome: Promise<RoutingDecision[]> }[];
}

async function start(line: SalesLine, clock: { now: () => number; advance: (ms: number) => number }, steps: Step[]): Promise<{ model: Model; pending: Promise<unknown>[] }> {
  const model: Model = { issued: [], batches: [] };
  const pending: Promise<unknown>[] = [];
  let next = 0;
  for (const s of steps) {
    switch (s.kind) {
      case 'addLeads': {
        const leads: Lead[] = Array.from({ length: s.size }, () => ({ id: `l${next++}`, name: 'Lead' }));
        if (s.duplicate && model.issued.length > 0) leads.push({ id: model.issued[0]!, name: 'Again' });
        if (s.bad) leads.push({ id: 7 } as unknown as Lead);
        const outcome = line.addLeads(leads);
        model.issued.push(...leads.map((l) => l.id));
        model.batches.push({ ids: leads.map((l) => l.id), outcome });
        pending.push(outcome);
        break;
      }
      case 'moveLead':
        pending.push(line.moveLead(`l${s.lead % Math.max(1, next)}`, s.stage));
        break;
      case 'tick':
        clock.advance(s.shiftMs);
        pending.push(line.tick());
        break;
      case 'setRepStatus':
        pending.push(line.setRepStatus(s.rep, s.status));
        break;
      case 'updateConfig':
        line.updateConfig(s.to === 'A' ? configA : s.to === 'B' ? configB : { ...configA, routing: { fallback: { station: 'nowhere' } } });
        break;
      case 'undo':
        line.undo();
        break;
      case 'pause':
        for (let i = 0; i < s.turns; i++) await Promise.resolve();
        break;
    }
  }
  return { model, pending };
}

async function runScenario(steps: Step[], withUndo: boolean) {
  const clock = manualClock();
  const problems: string[] = [];
  const line = createSalesLine(configA, { reps: [...sdrs(3, { maxOpenLeads: 4 }), ...hunters(2, { maxOpenLeads: 3 })], clock: clock.now, onListenerError: () => undefined });
  // A listener that throws must not disturb anything; one that checks sees every committed state.
  line.subscribe(() => {
    throw new Error('listener bug');
  });
  line.subscribe((state) => problems.push(...lineInvariantViolations(state, line.getConfig())));

  const { model, pending } = await start(line, clock, steps);
  const settled = await Promise.allSettled(pending);
  await line.idle();

  for (const result of settled) {
    if (result.status === 'rejected') {
      expect(result.reason).toBeInstanceOf(SalesLineError);
      expect(KNOWN_CODES.has((result.reason as SalesLineError).code), (result.reason as Error).message).toBe(true);
    }
  }
  const state = line.getState();
  expect(problems).toEqual([]);
  expect(lineInvariantViolations(state, line.getConfig())).toEqual([]);

  const accepted = new Set<string>();
  for (const batch of model.batches) {
    const outcome = await batch.outcome.then((decisions) => decisions, () => null);
    if (outcome === null) continue;
    expect(outcome.map((d) => d.leadId)).toEqual(batch.ids);
    for (const id of batch.ids) accepted.add(id);
    // Atomic config swap: one batch is routed wholly by one config.
    const routedBy = new Set(outcome.map((d) => (d.rule === 'all-to-hunter' ? 'B' : 'A')));
    expect(routedBy.size).toBe(1);
    for (const d of outcome) expect(d.station).toBe(d.rule === 'all-to-hunter' ? 'hunter' : 'lead-generation');
  }
  const onLine = Object.keys(state.leads);
  if (withUndo) {
    for (const id of onLine) expect(accepted.has(id), id).toBe(true);
  } else {
    // No lead lost, none invented: exactly the accepted batches.
    expect(new Set(onLine)).toEqual(accepted);
  }
  for (const record of Object.values(state.leads)) {
    // Deadlines follow the stage entry, or the last restart of its clock (a reroute that found nobody), whatever the clock did.
    if (record.stage === 'new' && record.ownerId !== null) expect([record.stageEnteredAt + DEADLINE_MS, record.updatedAt + DEADLINE_MS]).toContain(record.dueAt);
    if (record.stage !== 'new') expect(record.dueAt).toBeNull();
  }
}

describe('concurrent commands against a reference model', () => {
  it('loses no lead, assigns none twice and keeps caps and the ledger under interleaved calls nobody awaits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step(false), { minLength: 20, maxLength: 150 }), (steps) => runScenario(steps, false)),
      { numRuns: 40 },
    );
  }, 300_000);

  it('keeps every invariant when undo and config swaps land between queued commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step(true), { minLength: 20, maxLength: 150 }), (steps) => runScenario(steps, true)),
      { numRuns: 40 },
    );
  }, 300_000);
});

describe('faults while commands are in flight', () => {
  it('a listener that throws on every change leaves the same state as a line without it', async () => {
    const run = async (throwing: boolean) => {
      const clock = manualClock();
      const line = createSalesLine(configA, { reps: sdrs(3, { maxOpenLeads: 4 }), clock: clock.now, onListenerError: () => undefined });
      if (throwing) {
        line.subscribe(() => {
          throw new Error('listener bug');
        });
      }
      await Promise.allSettled([
        line.addLeads(Array.from({ length: 20 }, (_, i) => ({ id: `l${i}`, name: 'Lead' }))),
        line.moveLead('l0', 'contacted'),
        line.setRepStatus('sdr-2', 'inactive'),
        line.tick(clock.advance(10 * 60_000)),
      ]);
      return line.getState();
    };
    expect(await run(true)).toEqual(await run(false));
  });

  it('a config swap issued while a batch is being routed gives that batch one config, and later batches the new one', async () => {
    const line = createSalesLine(configA, { reps: [...sdrs(2), ...hunters(2)] });
    const first = line.addLeads(Array.from({ length: 600 }, (_, i) => ({ id: `a${i}`, name: 'Lead' })));
    await Promise.resolve();
    expect(line.updateConfig(configB).ok).toBe(true);
    const second = line.addLeads([{ id: 'b0', name: 'Lead' }]);
    const decisions = await first;
    expect(new Set(decisions.map((d) => d.station)).size).toBe(1);
    expect((await second)[0]).toMatchObject({ station: 'hunter', rule: 'all-to-hunter' });
    expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
  });
});

describe('a broken error handler', () => {
  it('an onListenerError that throws neither fails the committed command nor skips the other listeners', async () => {
    const seen: number[] = [];
    const line = createSalesLine(configA, {
      reps: sdrs(2),
      onListenerError: () => {
        throw new Error('handler bug');
      },
    });
    line.subscribe(() => {
      throw new Error('listener bug');
    });
    line.subscribe((state) => seen.push(state.version));
    const [decision] = await line.addLeads([{ id: 'l1', name: 'Lead' }]);
    expect(decision?.leadId).toBe('l1');
    expect(seen).toHaveLength(1);
    // The caller was told the truth: the lead is on the line, so a retry is a duplicate.
    await expect(line.addLead({ id: 'l1', name: 'Lead' })).rejects.toMatchObject({ code: 'duplicate-lead' });
  });
});
