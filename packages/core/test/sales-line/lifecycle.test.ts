import { describe, expect, expectTypeOf, it } from 'vitest';
import { createSalesLine, SalesLineError, type LineState, type MoveResult, type RoutingDecision } from '../../src/index.ts';
import { hunters, lead, leads, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

const line3 = (clock = manualClock()) => createSalesLine(lineConfig(), { reps: [...sdrs(2), ...hunters(2)], clock: clock.now });

describe('createSalesLine', () => {
  it('has the public signatures of the contract', () => {
    const line = line3();
    expectTypeOf(line.addLead).returns.toEqualTypeOf<Promise<RoutingDecision>>();
    expectTypeOf(line.moveLead).returns.toEqualTypeOf<Promise<MoveResult>>();
    expectTypeOf(line.getState).returns.toEqualTypeOf<LineState>();
  });

  it('adds a lead, assigns it, and stamps its deadline', async () => {
    const clock = manualClock();
    const line = line3(clock);
    const decision = await line.addLead(lead('l1'));
    expect(decision).toMatchObject({ leadId: 'l1', station: 'lead-generation', stage: 'new', repId: 'sdr-1', queue: null, rule: null, fallback: true });
    expect(line.getState().leads['l1']).toMatchObject({ ownerId: 'sdr-1', queue: null, createdAt: clock.now(), dueAt: clock.now() + 5 * 60_000 });
  });

  it('returns frozen state that shares what did not change', async () => {
    const line = line3();
    expect(Object.isFrozen(line.getState().reps['sdr-1'])).toBe(true);
    await line.addLeads(leads(3));
    const before = line.getState();
    await line.addLead(lead('l4'));
    const after = line.getState();
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.leads['l4'])).toBe(true);
    expect(after.leads['lead-1']).toBe(before.leads['lead-1']);
    expect(after.reps).toBe(before.reps);
    expect(after.version).toBe(before.version + 1);
  });

  it('refuses a duplicate lead id and changes nothing', async () => {
    const line = line3();
    await line.addLead(lead('l1'));
    const before = line.getState();
    await expect(line.addLeads([lead('l2'), lead('l1')])).rejects.toMatchObject({ code: 'duplicate-lead' });
    await expect(line.addLead(lead('l3'))).resolves.toBeDefined();
    await expect(line.addLeads([lead('x'), lead('x')])).rejects.toThrow(/Lead id "x" is already on the line/);
    expect(line.getState().leads['l2']).toBeUndefined();
    expect(Object.keys(line.getState().leads)).toEqual([...Object.keys(before.leads), 'l3']);
  });

  it('refuses a lead that is not a lead, naming the place', async () => {
    const line = line3();
    const error = await line.addLeads([lead('ok'), { name: 'no id' } as never]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SalesLineError);
    expect((error as SalesLineError).issues[0]?.path).toEqual([1, 'id']);
    expect(line.getState().leads).toEqual({});
  });

  it('takes an imported lead as it is', async () => {
    const line = line3();
    const [owned, queued] = await line.addLeads([lead('a', { stage: 'proposal', ownerId: 'hunter-2' }), lead('b', { stage: 'contacted' })]);
    expect(owned).toMatchObject({ station: 'hunter', stage: 'proposal', repId: 'hunter-2' });
    expect(owned?.explanation.text).toBe('Imported as given: stage proposal, owner Rep hunter-2.');
    expect(queued).toMatchObject({ station: 'lead-generation', stage: 'contacted', repId: null, queue: 'sdr-queue' });
    expect(line.getState().ledger).toEqual({});
  });

  it('refuses an imported lead in an unknown stage or with an unknown owner', async () => {
    const line = line3();
    await expect(line.addLead(lead('a', { stage: 'limbo' }))).rejects.toMatchObject({ code: 'unknown-stage' });
    await expect(line.addLead(lead('b', { ownerId: 'ghost' }))).rejects.toMatchObject({ code: 'unknown-rep' });
    expect(line.getState().leads).toEqual({});
  });

  it('refuses a rep whose station the line does not have', () => {
    expect(() => createSalesLine(lineConfig(), { reps: [rep('x', { station: 'mars' })] })).toThrow(/station "mars"/);
  });

  it('refuses such a rep in addRep the same way, naming the stations the line has, and adds nobody', async () => {
    const line = line3();
    const refusal = { code: 'invalid-rep', message: expect.stringMatching(/station "mars", which the line does not have \(stations: lead-generation, hunter/) };
    expect(() => createSalesLine(lineConfig(), { reps: [rep('x', { station: 'mars' })] })).toThrow(expect.objectContaining(refusal));
    await expect(line.addRep(rep('x', { station: 'mars' }))).rejects.toMatchObject(refusal);
    expect(line.getState().reps['x']).toBeUndefined();
  });

  it('undoes a command back to the earlier state and version, sharing what the command did not change', async () => {
    const line = line3();
    await line.addLead(lead('l1'));
    const before = line.getState();
    await line.moveLead('l1', 'contacted');
    expect(line.undo()).toBe(true);
    expect(line.getState()).toEqual(before);
    expect(line.getState().version).toBe(before.version);
    expect(line.getState().reps).toBe(before.reps);
  });

  it('exposes its clock and running config', () => {
    const clock = manualClock();
    const line = createSalesLine(lineConfig(), { clock: clock.now });
    expect(line.clock()).toBe(clock.now());
    expect(line.getConfig().routing.fallback.station).toBe('lead-generation');
  });

  it('refuses an invalid config up front', () => {
    expect(() => createSalesLine({ version: 2 })).toThrow(SalesLineError);
  });

  it('adds the initial leads as its first command', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), leads: leads(3), clock: manualClock().now });
    await line.idle();
    expect(Object.keys(line.getState().leads)).toHaveLength(3);
  });

  it('records every change in the audit log with its decision', async () => {
    const clock = manualClock();
    const line = line3(clock);
    const decision = await line.addLead(lead('l1'));
    await line.moveLead('l1', 'contacted', 'sdr-1');
    const [added, moved] = line.audit();
    expect(added).toMatchObject({ at: clock.now(), command: 'addLead', actor: null, leadId: 'l1', repId: 'sdr-1', decision });
    expect(moved).toMatchObject({ command: 'moveLead', actor: 'sdr-1', summary: 'Moved Lead l1 (l1) from new to contacted (by sdr-1).' });
  });

  it('tells subscribers about each change and stops when they unsubscribe', async () => {
    const line = line3();
    const versions: number[] = [];
    const stop = line.subscribe((state) => versions.push(state.version));
    await line.addLead(lead('l1'));
    stop();
    await line.addLead(lead('l2'));
    expect(versions).toEqual([1]);
  });
});
