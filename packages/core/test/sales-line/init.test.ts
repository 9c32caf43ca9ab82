import { describe, expect, it } from 'vitest';
import { createSalesLine, type SalesLineInit } from '../../src/index.ts';
import { lead, lineConfig, sdrs } from '../fixtures/state.ts';

/** Options a host could get wrong, with the option the error must name. */
const BAD_INITS: { init: unknown; names: string }[] = [
  { init: null, names: 'init' },
  { init: 'reps', names: 'init' },
  { init: { reps: {} }, names: 'init.reps' },
  { init: { reps: 'sdr-1' }, names: 'init.reps' },
  { init: { leads: { id: 'l1', name: 'L' } }, names: 'init.leads' },
  { init: { clock: 5 }, names: 'init.clock' },
  { init: { creditBackOn: 'lost' }, names: 'init.creditBackOn' },
  { init: { creditBackOn: ['nowhere'] }, names: 'init.creditBackOn' },
  { init: { undoLimit: Number.NaN }, names: 'init.undoLimit' },
  { init: { undoLimit: -1 }, names: 'init.undoLimit' },
  { init: { audit: {} }, names: 'init.audit' },
  { init: { onListenerError: 'log' }, names: 'init.onListenerError' },
];

describe('createSalesLine options', () => {
  it.each(BAD_INITS)('refuses $init with invalid-input naming $names', ({ init, names }) => {
    expect(() => createSalesLine(lineConfig(), init as SalesLineInit)).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining(names) }));
  });

  it('accepts every option left out, and creditBackOn naming terminal stages', () => {
    expect(createSalesLine(lineConfig()).getState().version).toBe(0);
    expect(createSalesLine(lineConfig(), { creditBackOn: ['disqualified'], undoLimit: 0 }).getState().version).toBe(0);
  });

  it('rejects a command when the clock gives no finite time, and stores nothing', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: () => Number.NaN });
    await expect(line.addLead(lead('l1'))).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('clock') });
    expect(line.getState().leads).toEqual({});
  });
});

describe('arguments of the wrong kind', () => {
  it('subscribe refuses a listener that is not a function at once, instead of reporting it at every change', () => {
    const line = createSalesLine(lineConfig());
    expect(() => line.subscribe('render' as never)).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('subscribe') }));
  });

  it('moveLead refuses a "by" that is not text with invalid-input, and records no move', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1) });
    await line.addLead(lead('l1'));
    for (const by of [{ id: 'ana' }, 7, null]) {
      await expect(line.moveLead('l1', 'contacted', by as never)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('by') });
    }
    expect(line.getLead('l1')?.stage).toBe('new');
    expect(await line.moveLead('l1', 'contacted', 'ana')).toEqual({ ok: true });
    expect(line.audit().at(-1)).toMatchObject({ actor: 'ana' });
  });
});
