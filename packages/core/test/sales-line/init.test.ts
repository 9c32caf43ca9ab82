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
