import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSalesLine, LEAD_LIMITS, route, routeSync, SalesLineError, type Lead } from '../../src/index.ts';
import { deepObject, securityConfig, securityReps, wideLead } from '../fixtures/security.ts';

const config = securityConfig();

/** Either a decision for this lead or a SalesLineError "invalid-lead": never anything else. */
function expectDecisionOrRefusal(outcome: { decision?: { leadId: string }; error?: unknown }, lead: unknown) {
  if (outcome.error !== undefined) {
    expect(outcome.error).toBeInstanceOf(SalesLineError);
    expect((outcome.error as SalesLineError).code).toBe('invalid-lead');
    expect((outcome.error as SalesLineError).issues.length).toBeGreaterThan(0);
  } else {
    expect(outcome.decision?.leadId).toBe((lead as Lead).id);
  }
}

const settle = async (f: () => unknown) => {
  try {
    return { decision: (await f()) as { leadId: string } };
  } catch (error) {
    return { error };
  }
};

/** Valid leads with one field broken in a hostile way. */
const mutatedLead = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ id: fc.anything({ maxDepth: 2 }), name: fc.anything({ maxDepth: 2 }) }, { requiredKeys: [] }),
  fc.record({ id: fc.string({ minLength: 1 }), name: fc.string() }).chain((lead) =>
    fc
      .dictionary(
        fc.oneof(fc.string(), fc.constantFrom('id', 'name', 'stage', 'ownerId', 'source', 'company', 'toString', 'hasOwnProperty', 'valueOf')),
        fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withDate: true, withBigInt: true, withTypedArray: true }),
      )
      .map((extra) => ({ ...lead, ...extra })),
  ),
  fc.constantFrom<unknown>(null, undefined, 0, 42, '', 'lead', [], [{ id: 'a', name: 'a' }], true, Symbol('lead'), () => ({ id: 'f' })),
  fc.constantFrom<unknown>(
    JSON.parse('{"id":"p1","name":"p","__proto__":{"polluted":true}}'),
    JSON.parse('{"id":"p2","name":"p","constructor":{"prototype":{"polluted":true}}}'),
    JSON.parse('{"id":"p3","name":"p","company":{"__proto__":{"polluted":true}}}'),
    { id: 7, name: 'number id' },
    { id: '', name: 'empty id' },
    { name: 'no id' },
  ),
);

describe('hostile leads', () => {
  it('route and routeSync give a decision or an "invalid-lead" SalesLineError for any value, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedLead, async (lead) => {
        expectDecisionOrRefusal(await settle(() => route(config, lead as Lead)), lead);
        expectDecisionOrRefusal(await settle(() => routeSync(config, lead as Lead)), lead);
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 30_000);

  it('addLead either adds exactly that lead or refuses it with "invalid-lead" and leaves the line unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedLead, async (lead) => {
        const line = createSalesLine(config, { reps: securityReps() });
        await line.addLead({ id: 'before', name: 'Before' });
        const before = line.getState();
        const outcome = await settle(() => line.addLead(lead as Lead));
        expectDecisionOrRefusal(outcome, lead);
        const ids = Object.keys(line.getState().leads);
        if (outcome.error) {
          expect(line.getState()).toBe(before);
        } else {
          // As a set: JavaScript lists an id such as "5" before "before", whatever the order of adding.
          expect(ids.sort()).toEqual(['before', (lead as Lead).id].filter((id, i, all) => all.indexOf(id) === i).sort());
        }
      }),
      { numRuns: 100 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 30_000);

  it('refuses a whole addLeads batch atomically when one lead is bad, naming its index, and adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 9 }), fc.constantFrom<unknown>(null, { id: 5, name: 'n' }, deepObject(10_000), wideLead('w', 100_000)), async (at, bad) => {
        const line = createSalesLine(config, { reps: securityReps() });
        const batch: unknown[] = Array.from({ length: 10 }, (_, i) => ({ id: `l${i}`, name: `Lead ${i}` }));
        batch[at] = bad;
        const error = await line.addLeads(batch as Lead[]).catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'invalid-lead' });
        expect((error as SalesLineError).issues[0]?.path[0]).toBe(at);
        expect((error as SalesLineError).message).toContain('Nothing was added.');
        expect(line.getState().leads).toEqual({});
        // The refused batch costs nothing: the same good leads go in afterwards.
        await line.addLeads(batch.filter((_, i) => i !== at) as Lead[]);
        expect(Object.keys(line.getState().leads)).toHaveLength(9);
      }),
      { numRuns: 20 },
    );
  }, 30_000);

  it('refuses a lead nested 10,000 levels deep with a clear issue instead of overflowing the stack', async () => {
    const lead = { id: 'deep', name: 'Deep', ...deepObject(10_000) };
    expect(() => routeSync(config, lead)).toThrow(expect.objectContaining({ code: 'invalid-lead', message: expect.stringContaining('levels deep') }));
    await expect(route(config, lead)).rejects.toMatchObject({ code: 'invalid-lead', issues: [{ code: 'too-deep' }] });
    const line = createSalesLine(config, { reps: securityReps() });
    await expect(line.addLead(lead)).rejects.toMatchObject({ code: 'invalid-lead', message: expect.stringContaining('levels deep') });
    expect(line.getState().leads).toEqual({});
  });

  it('refuses a deep or huge value even when it is the lead id, without trying to print it', () => {
    expect(() => routeSync(config, { id: deepObject(10_000), name: 'x' } as unknown as Lead)).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
    expect(() => routeSync(config, { id: 'x'.repeat(1_000_000), name: 'x' })).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
  });

  it('accepts a lead at the depth limit and refuses one a level deeper', () => {
    const atLimit = { id: 'ok', name: 'ok', ...deepObject(LEAD_LIMITS.maxDepth - 1) };
    expect(routeSync(config, atLimit).leadId).toBe('ok');
    const over = { id: 'no', name: 'no', ...deepObject(LEAD_LIMITS.maxDepth) };
    expect(() => routeSync(config, over)).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
  });

  it('refuses a 10 MB text field and accepts one of 100 KB', async () => {
    const line = createSalesLine(config, { reps: securityReps() });
    await expect(line.addLead({ id: 'big', name: 'Big', notes: 'x'.repeat(10_000_000) })).rejects.toMatchObject({
      code: 'invalid-lead',
      issues: [{ code: 'invalid-lead', path: [0, 'notes'], message: expect.stringContaining('10,000,000 characters') }],
    });
    const ok = await line.addLead({ id: 'fine', name: 'Fine', notes: 'x'.repeat(LEAD_LIMITS.maxStringLength) });
    expect(ok.leadId).toBe('fine');
  });

  it('refuses a lead with 100,000 fields and accepts one with 1,000', async () => {
    const line = createSalesLine(config, { reps: securityReps() });
    await expect(line.addLead(wideLead('wide', 100_000))).rejects.toMatchObject({ code: 'invalid-lead', message: expect.stringContaining('the limit is 1,000') });
    expect(() => routeSync(config, wideLead('wide', 100_000))).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
    expect((await line.addLead(wideLead('ok', LEAD_LIMITS.maxFields - 2))).leadId).toBe('ok');
  });

  it('refuses a lead holding a value that contains itself instead of looping', () => {
    const lead: Record<string, unknown> = { id: 'loop', name: 'Loop' };
    lead.self = lead;
    expect(() => routeSync(config, lead as Lead)).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
  });

  it('refuses "__proto__", "constructor" and "prototype" as field names anywhere in a lead', async () => {
    const line = createSalesLine(config, { reps: securityReps() });
    for (const text of [
      '{"id":"a","name":"a","__proto__":{"polluted":true}}',
      '{"id":"b","name":"b","company":{"constructor":{"prototype":{"polluted":true}}}}',
      '{"id":"c","name":"c","tags":[{"prototype":{"polluted":true}}]}',
    ]) {
      const lead = JSON.parse(text) as Lead;
      await expect(line.addLead(lead)).rejects.toMatchObject({ code: 'invalid-lead', issues: [{ message: expect.stringContaining('is not allowed in a lead') }] });
      expect(() => routeSync(config, lead)).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
    }
    expect(line.getState().leads).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses values that are not JSON data (bigint, Map, typed array, Date, function) instead of crashing while printing or freezing them', async () => {
    const line = createSalesLine(config, { reps: securityReps() });
    for (const value of [10n, new Map([['a', 1]]), new Uint8Array([1, 2]), new Date(0), () => 1]) {
      const lead = { id: 'odd', name: 'Odd', extra: { value } } as unknown as Lead;
      expect(() => routeSync(config, lead)).toThrow(expect.objectContaining({ code: 'invalid-lead', issues: [expect.objectContaining({ code: 'not-json', path: ['extra', 'value'] })] }));
      await expect(line.addLead(lead)).rejects.toMatchObject({ code: 'invalid-lead', message: expect.stringContaining('JSON data') });
    }
    expect(line.getState().leads).toEqual({});
  });
});

describe('hostile reps and saved states', () => {
  it('refuses a rep nested 10,000 levels deep with "invalid-rep" instead of overflowing the stack, at creation and in addRep', async () => {
    const deepRep = { id: 'r9', name: 'Deep', station: 'lead-generation', extra: deepObject(10_000) };
    expect(() => createSalesLine(config, { reps: [deepRep] })).toThrow(expect.objectContaining({ code: 'invalid-rep' }));
    const line = createSalesLine(config, { reps: securityReps() });
    await expect(line.addRep(deepRep)).rejects.toMatchObject({ code: 'invalid-rep', message: expect.stringContaining('levels deep') });
    expect(line.getState().reps.r9).toBeUndefined();
  });

  it('refuses a saved state holding a 10,000-deep lead with "invalid-state" instead of overflowing the stack', async () => {
    const line = createSalesLine(config, { reps: securityReps() });
    await line.addLead({ id: 'a', name: 'A' });
    const saved = JSON.parse(JSON.stringify(line.getState()));
    saved.leads.a.lead.notes = deepObject(10_000);
    expect(() => createSalesLine(config, { state: saved })).toThrow(expect.objectContaining({ code: 'invalid-state', message: expect.stringContaining('levels deep') }));
  });
});
