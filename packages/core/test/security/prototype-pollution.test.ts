import { afterEach, describe, expect, it } from 'vitest';
import { computeBenchmarks, createSalesLine, routeSync, validateConfig, type Lead, type LineState } from '../../src/index.ts';
import { parseActivitiesCsv, parseActivitiesNdjson, readActivities } from '../../src/benchmarks.ts';
import { securityConfig, securityReps } from '../fixtures/security.ts';

const POISONS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
] as const;

/** JSON.parse makes `__proto__` an own key: exactly what a hostile request body carries. */
const poison = (text: string) => JSON.parse(text) as Record<string, unknown>;
const withPoison = <T extends object>(base: T, text: string): T => Object.assign(poison(text), base) as T;

function expectNoPrototypeChanged() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.create(null) as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

afterEach(expectNoPrototypeChanged);

describe('prototype pollution', () => {
  it('a config carrying __proto__, constructor.prototype or prototype anywhere is refused by validateConfig, createSalesLine and updateConfig', () => {
    const line = createSalesLine(securityConfig(), { reps: securityReps() });
    for (const text of POISONS) {
      const doc = securityConfig();
      const configs = [
        withPoison(doc, text),
        { ...doc, line: withPoison(doc.line, text) },
        { ...doc, routing: { ...doc.routing, rules: [withPoison(doc.routing.rules[0]!, text), ...doc.routing.rules.slice(1)] } },
      ];
      for (const config of configs) {
        expect(validateConfig(config).ok).toBe(false);
        expect(() => createSalesLine(config)).toThrow(expect.objectContaining({ code: 'invalid-config' }));
        expect(line.updateConfig(config).ok).toBe(false);
      }
    }
  });

  it('a lead carrying them is refused by routeSync and addLeads', async () => {
    const line = createSalesLine(securityConfig(), { reps: securityReps() });
    for (const text of POISONS) {
      const lead = withPoison({ id: 'l', name: 'L' } as Lead, text);
      expect(() => routeSync(securityConfig(), lead)).toThrow(expect.objectContaining({ code: 'invalid-lead' }));
      await expect(line.addLeads([lead])).rejects.toMatchObject({ code: 'invalid-lead' });
    }
    expect(line.getState().leads).toEqual({});
  });

  it('a rep carrying them changes no prototype, whether given at creation or added later', async () => {
    for (const text of POISONS) {
      const rep = withPoison({ id: 'r9', name: 'Nine', station: 'lead-generation' }, text);
      try {
        const line = createSalesLine(securityConfig(), { reps: [rep] });
        await line.addRep(withPoison({ id: 'r10', name: 'Ten', station: 'lead-generation' }, text)).catch(() => undefined);
        await line.addLead({ id: 'l', name: 'L' });
        expect(line.getState().reps.r9?.id).toBe('r9');
      } catch (error) {
        expect(error).toMatchObject({ code: 'invalid-rep' });
      }
      expectNoPrototypeChanged();
    }
  });

  it('activities carrying them change no prototype, whether read as objects, NDJSON or CSV', () => {
    const activity = { repId: 'sdr-1', type: 'dial', at: '2026-03-02T09:00:00Z' };
    for (const text of POISONS) {
      const result = readActivities([withPoison({ ...activity }, text)]);
      parseActivitiesNdjson(`${JSON.stringify(withPoison({ ...activity }, text)).replace('{', `{${text.slice(1, -1)},`)}\n`);
      for (const activities of [result.activities]) {
        computeBenchmarks(securityConfig() as never, activities, securityReps(), { from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z' } as never);
      }
    }
    parseActivitiesCsv('repId,type,at,__proto__,constructor\nsdr-1,dial,2026-03-02T09:00:00Z,x,y\n');
  });

  it('a saved state carrying them is refused or restored without touching any prototype', async () => {
    const line = createSalesLine(securityConfig(), { reps: securityReps() });
    await line.addLead({ id: 'l1', name: 'One' });
    const saved = JSON.stringify(line.getState());
    const injections = [
      saved.replace('{', '{"__proto__":{"polluted":"yes"},'),
      saved.replace('"leads":{', '"leads":{"__proto__":{"polluted":"yes"},'),
      saved.replace('"reps":{', '"reps":{"constructor":{"prototype":{"polluted":"yes"}},'),
      saved.replace('"ledger":{', '"ledger":{"__proto__":{"polluted":"yes"},'),
    ];
    for (const text of injections) {
      try {
        const restored = createSalesLine(securityConfig(), { state: JSON.parse(text) as LineState });
        await restored.addLead({ id: 'l2', name: 'Two' });
        await restored.tick();
      } catch (error) {
        expect(error).toMatchObject({ name: 'SalesLineError' });
      }
      expectNoPrototypeChanged();
    }
  });
});
