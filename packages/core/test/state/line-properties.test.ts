import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSalesLine, presets, type LineState, type SalesLine } from '../../src/index.ts';
import { assemblyLineReps, hunters, lead, lineConfig, manualClock, rep } from '../fixtures/state.ts';
import { lineInvariantViolations } from '../fixtures/state-invariants.ts';

const STAGES = ['new', 'contacted', 'meeting-set', 'meeting-held', 'proposal', 'hold-for-future-close', 'won', 'lost', 'disqualified', 'limbo'];
const STRATEGIES = ['round-robin', 'weighted', 'least-loaded'] as const;

type Command =
  | { kind: 'add'; count: number; account: number | null }
  | { kind: 'move'; lead: number; stage: string }
  | { kind: 'tick'; minutes: number }
  | { kind: 'status'; rep: number; status: 'active' | 'away' | 'inactive' }
  | { kind: 'remove'; rep: number }
  | { kind: 'winBack'; lead: number }
  | { kind: 'undo' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), count: fc.integer({ min: 1, max: 6 }), account: fc.option(fc.integer({ min: 0, max: 3 })) }),
  fc.record({ kind: fc.constant('move' as const), lead: fc.nat(40), stage: fc.constantFrom(...STAGES) }),
  fc.record({ kind: fc.constant('tick' as const), minutes: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('status' as const), rep: fc.nat(4), status: fc.constantFrom('active' as const, 'away' as const, 'inactive' as const) }),
  fc.record({ kind: fc.constant('remove' as const), rep: fc.nat(4) }),
  fc.record({ kind: fc.constant('winBack' as const), lead: fc.nat(40) }),
  fc.constant({ kind: 'undo' as const }),
);

interface Scenario {
  strategy: (typeof STRATEGIES)[number];
  caps: (number | null)[];
  weights: number[];
  commands: Command[];
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  strategy: fc.constantFrom(...STRATEGIES),
  caps: fc.array(fc.option(fc.integer({ min: 1, max: 4 })), { minLength: 3, maxLength: 3 }),
  weights: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
  commands: fc.array(command, { minLength: 1, maxLength: 30 }),
});

const codeOf = (error: unknown) => (error as { code?: string }).code;

/** Open leads whose owner is not on the line or is inactive: held by no one who can work them. */
function openLeadsOfAbsentOwners(state: LineState, terminal: readonly string[]): string[] {
  return Object.values(state.leads)
    .filter((r) => r.ownerId !== null && !terminal.includes(r.stage) && (!Object.hasOwn(state.reps, r.ownerId) || state.reps[r.ownerId]?.status === 'inactive'))
    .map((r) => r.id);
}

/** Runs one command sequence; checks the invariants after every step and undo against a model stack. */
async function run({ strategy, caps, weights, commands }: Scenario, check: boolean) {
  const clock = manualClock();
  const reps = [
    ...caps.map((cap, i) => rep(`sdr-${i}`, { weight: weights[i] ?? 1, ...(cap === null ? {} : { maxOpenLeads: cap }) })),
    ...hunters(2, { maxOpenLeads: 5 }),
  ];
  // Win-backs out of terminal stages too: a reopened lead must find someone, whoever left meanwhile.
  const transitions = [...(lineConfig().line.transitions ?? []), { from: 'lost', to: 'new' }, { from: 'disqualified', to: 'contacted' }];
  const line: SalesLine = createSalesLine(lineConfig({ routing: { fallback: { station: 'lead-generation', strategy } }, line: { transitions } }), { reps, clock: clock.now });
  const undoStack: LineState[] = [];
  const outcomes: unknown[] = [];
  let n = 0;
  for (const c of commands) {
    const before = line.getState();
    if (c.kind === 'undo') {
      const undone = line.undo();
      if (check) {
        expect(undone).toBe(undoStack.length > 0);
        if (undone) expect(line.getState()).toEqual(undoStack.pop());
      }
      outcomes.push(undone);
      continue;
    }
    if (c.kind === 'add') {
      const batch = Array.from({ length: c.count }, () => lead(`l${n++}`, c.account === null ? {} : { accountId: `acct-${c.account}` }));
      outcomes.push(await line.addLeads(batch));
    } else if (c.kind === 'move') outcomes.push(await line.moveLead(`l${c.lead % Math.max(n, 1)}`, c.stage));
    else if (c.kind === 'tick') outcomes.push(await line.tick(clock.advance(c.minutes * 60_000)));
    else if (c.kind === 'winBack') {
      // Disqualified, then won back: two commands, so the model's undo stack gets the state between them.
      const id = `l${c.lead % Math.max(n, 1)}`;
      outcomes.push(await line.moveLead(id, 'disqualified'));
      if (line.getState() !== before) undoStack.push(before);
      const between = line.getState();
      outcomes.push(await line.moveLead(id, 'contacted'));
      if (line.getState() !== between) undoStack.push(between);
      if (check) expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
      continue;
    }
    else if (c.kind === 'status') outcomes.push(await line.setRepStatus(reps[c.rep]?.id ?? 'sdr-0', c.status).catch(codeOf));
    else outcomes.push(await line.removeRep(reps[c.rep]?.id ?? 'sdr-0').catch(codeOf));
    if (line.getState() !== before) undoStack.push(before);
    if (check) {
      expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
      expect(openLeadsOfAbsentOwners(line.getState(), line.getConfig().line.terminal)).toEqual([]);
    }
  }
  if (check) {
    expect(Object.keys(line.getState().leads).length).toBeLessThanOrEqual(n);
    // The running line's lead index against one built afresh from the saved state: the same next decision.
    const restored = createSalesLine(line.getConfig(), { state: JSON.parse(JSON.stringify(line.getState())), clock: clock.now });
    const probe = [lead('probe-1'), lead('probe-2', { accountId: 'acct-1' }), lead('probe-3', { accountId: 'acct-2' })];
    expect(await restored.addLeads(probe)).toEqual(await line.addLeads(probe));
  }
  return { outcomes, state: line.getState() };
}

describe('line properties over random command sequences', () => {
  it('keeps every lead in exactly one place, caps unbroken, the ledger true, and undo exact', async () => {
    await fc.assert(fc.asyncProperty(scenario, (s) => run(s, true).then(() => undefined)), { numRuns: 80 });
  });

  it('decides the same way given the same inputs and clock', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const first = await run(s, false);
        const second = await run(s, false);
        expect(second).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps the invariants on the assembly-line preset, with its rules, guards and hand-offs', async () => {
    const stages = presets.assemblyLine.line.stations.flatMap((s) => s.stages).concat(presets.assemblyLine.line.terminal);
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), source: fc.constantFrom('inbound', 'import', 'outbound'), value: fc.option(fc.nat(10)) }),
      fc.record({ kind: fc.constant('move' as const), lead: fc.nat(30), stage: fc.constantFrom(...stages) }),
      fc.record({ kind: fc.constant('tick' as const), days: fc.integer({ min: 0, max: 200 }) }),
      fc.constant({ kind: 'undo' as const }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const clock = manualClock();
        const line = createSalesLine(presets.assemblyLine, { reps: assemblyLineReps(), clock: clock.now });
        const undoStack: LineState[] = [];
        let n = 0;
        for (const s of steps) {
          const before = line.getState();
          if (s.kind === 'undo') {
            expect(line.undo()).toBe(undoStack.length > 0);
            if (undoStack.length) expect(line.getState()).toEqual(undoStack.pop());
            continue;
          }
          if (s.kind === 'add') await line.addLead(lead(`l${n++}`, { source: s.source, ...(s.value === null ? {} : { value: s.value }) }));
          else if (s.kind === 'move') await line.moveLead(`l${s.lead % Math.max(n, 1)}`, s.stage, 'tester');
          else await line.tick(clock.advance(s.days * 86_400_000));
          if (line.getState() !== before) undoStack.push(before);
          expect(lineInvariantViolations(line.getState(), line.getConfig())).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
