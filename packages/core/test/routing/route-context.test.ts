import { describe, expect, it } from 'vitest';
import { route, routeSync, type RouteContext } from '../../src/index.ts';
import { lead } from '../fixtures/routing.ts';
import { routingConfig } from '../fixtures/rules.ts';

/** Contexts a host could hand in by mistake, with the field the error must name. */
const BAD_CONTEXTS: { context: unknown; names: string }[] = [
  { context: null, names: 'context' },
  { context: 'enter', names: 'context' },
  { context: [], names: 'context' },
  { context: { trigger: 5 }, names: 'trigger' },
  { context: { trigger: 'bogus' }, names: 'trigger' },
  { context: { trigger: 'handoff', toStage: 5 }, names: 'toStage' },
  { context: { trigger: 'handoff', fromStage: {} }, names: 'fromStage' },
  { context: { trigger: 'handoff', toStation: ['hunter'] }, names: 'toStation' },
  { context: { trigger: 'deadline', hoursInStage: 'two' }, names: 'hoursInStage' },
  { context: { trigger: 'deadline', hoursInStage: Number.NaN }, names: 'hoursInStage' },
  { context: { trigger: 'deadline', hoursInStage: -1 }, names: 'hoursInStage' },
  { context: { trigger: 'reassign', previousOwners: 'sdr-1' }, names: 'previousOwners' },
  { context: { trigger: 'reassign', previousOwners: [1] }, names: 'previousOwners' },
  { context: { trigger: 'enter', reps: 'sdr-1' }, names: 'reps' },
  { context: { trigger: 'enter', state: 'saved' }, names: 'state' },
  { context: { trigger: 'enter', now: Number.POSITIVE_INFINITY }, names: 'now' },
];

describe('the routing context', () => {
  it.each(BAD_CONTEXTS)('refuses $context with invalid-input naming $names, from route and routeSync alike', async ({ context, names }) => {
    const expected = { name: 'SalesLineError', code: 'invalid-input', message: expect.stringContaining(names) };
    await expect(route(routingConfig(), lead(), context as RouteContext)).rejects.toMatchObject(expected);
    expect(() => routeSync(routingConfig(), lead(), context as RouteContext)).toThrow(expect.objectContaining(expected));
  });

  it('accepts every trigger, null stages and a context with only a trigger', async () => {
    for (const trigger of ['enter', 'handoff', 'deadline', 'reassign'] as const) {
      await expect(route(routingConfig(), lead(), { trigger, fromStage: null, toStage: null, toStation: null, hoursInStage: 0, previousOwners: [] })).resolves.toMatchObject({ leadId: 'lead-1' });
      expect(routeSync(routingConfig(), lead(), { trigger })).toMatchObject({ leadId: 'lead-1' });
    }
  });

  it('reads a context without a trigger as a lead entering the line', () => {
    const config = routingConfig();
    const entering = { name: 'entering', priority: 99, conditions: { all: [{ fact: 'trigger', operator: 'equal', value: 'enter' }] }, event: { type: 'route' as const, params: { station: 'hunter' } } };
    config.routing.rules = [entering, ...(config.routing.rules ?? [])];
    expect(routeSync(config, lead(), {} as RouteContext)).toMatchObject({ rule: 'entering' });
    expect(routeSync(config, lead(), { reps: [] } as unknown as RouteContext)).toMatchObject({ rule: 'entering' });
  });
});
