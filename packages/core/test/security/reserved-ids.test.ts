import { afterEach, describe, expect, it } from 'vitest';
import { createSalesLine, type SalesLineConfigInput } from '../../src/index.ts';
import { lead, lineConfig, manualClock, rep, sdrs } from '../fixtures/state.ts';

/** Ids that name a member every plain object inherits: a lookup by `obj[id]` finds it without an own entry. */
const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

afterEach(() => {
  for (const key of ['status', 'activeSince', 'station']) {
    expect(Object.prototype).not.toHaveProperty(key);
    expect(Object).not.toHaveProperty(key);
  }
});

/** A line whose station queue, station and stage are all named "constructor" (a valid id). */
function constructorNamedLine(): SalesLineConfigInput {
  return {
    version: 1,
    line: {
      stations: [{ id: 'constructor', name: 'C', stages: ['constructor', 'next'], queue: 'constructor' }],
      terminal: ['lost'],
      transitions: [],
      deadlines: [],
    },
    routing: { rules: [], fallback: { station: 'constructor' } },
  };
}

describe('ids that objects inherit', () => {
  it('setRepStatus and removeRep on an id nobody has, such as "__proto__" or "toString", reject with unknown-rep and change nothing', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    const before = line.getState();
    for (const id of INHERITED) {
      await expect(line.setRepStatus(id, 'away')).rejects.toMatchObject({ code: 'unknown-rep' });
      await expect(line.setRepStatus(id, 'inactive')).rejects.toMatchObject({ code: 'unknown-rep' });
      await expect(line.removeRep(id)).rejects.toMatchObject({ code: 'unknown-rep' });
    }
    expect(line.getState()).toBe(before);
    expect(line.audit()).toEqual([]);
  });

  it('a lead naming an inherited id as its owner is refused as an unknown rep, not imported with nobody', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    for (const id of INHERITED) {
      await expect(line.addLead(lead(`l-${id}`, { ownerId: id }))).rejects.toMatchObject({ code: 'unknown-rep', issues: [{ path: [0, 'ownerId'] }] });
    }
    expect(line.getState().leads).toEqual({});
  });

  it('a rep whose id an object inherits is refused with invalid-rep naming the id, at creation and by addRep', async () => {
    for (const id of INHERITED) {
      expect(() => createSalesLine(lineConfig(), { reps: [rep(id)] })).toThrow(expect.objectContaining({ code: 'invalid-rep', message: expect.stringContaining(`"${id}"`) }));
      const line = createSalesLine(lineConfig(), { reps: sdrs(1) });
      await expect(line.addRep(rep(id))).rejects.toMatchObject({ code: 'invalid-rep', message: expect.stringContaining('reserved') });
      expect(line.getState().repOrder).toEqual(['sdr-1']);
    }
  });

  it('a station, stage and queue named "constructor" hold leads like any other name', async () => {
    const line = createSalesLine(constructorNamedLine(), { clock: manualClock().now });
    const decision = await line.addLead(lead('a'));
    expect(decision).toMatchObject({ station: 'constructor', stage: 'constructor', repId: null, queue: 'constructor' });
    expect(line.getState().queues).toEqual({ constructor: ['a'] });
    await line.addRep({ id: 'r', name: 'R', station: 'constructor' });
    await line.addLead(lead('b'));
    expect(await line.moveLead('a', 'lost')).toEqual({ ok: true });
    expect(line.getState().queues).toEqual({});
    expect(line.getLead('b')).toMatchObject({ ownerId: 'r', queue: null });
  });
});
