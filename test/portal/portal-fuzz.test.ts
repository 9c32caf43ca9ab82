import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from './portal-fixture.ts';

/** A hostile request body and the field its refusal must name. */
interface Hostile {
  /** Sent as this exact JSON text, so `__proto__` keys arrive as own keys. */
  json: string;
  field: string;
}

/** Any JSON value but the given kind: what a wrong type looks like on the wire. */
const notA = (kind: 'string' | 'integer' | 'boolean' | 'object') =>
  fc
    .oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 20 }),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
    )
    .filter((value) => {
      const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      if (kind === 'integer') return !Number.isInteger(value);
      if (kind === 'object') return actual !== 'object';
      return actual !== kind;
    });

/** A body that is not an object at all. */
const notAnObject: fc.Arbitrary<Hostile> = notA('object').map((value) => ({ json: JSON.stringify(value), field: '(document)' }));

/** Valid `base` (its required fields only), with one field broken: a wrong type, a huge text, or a key the body must not have. */
function broken(base: Record<string, unknown>, fields: Record<string, fc.Arbitrary<unknown>>, strict: boolean): fc.Arbitrary<Hostile> {
  const wrongField = fc
    .constantFrom(...Object.keys(fields))
    .chain((field) => fields[field]!.map((value) => ({ json: JSON.stringify({ ...base, [field]: value }), field })));
  const missing = fc.constantFrom(...Object.keys(base)).map((field) => {
    const { [field]: _gone, ...rest } = base;
    return { json: JSON.stringify(rest), field };
  });
  const pollution = fc
    .tuple(fc.constantFrom('__proto__', 'constructor'), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 2 }))
    .map(([key, value]) => ({ json: `${JSON.stringify(base).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`, field: key }));
  const extra = fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((key) => !(key in base) && !(key in fields) && key !== '__proto__')
    .map((key) => ({ json: JSON.stringify({ ...base, [key]: 1 }), field: '(document)' }));
  return fc.oneof(notAnObject, wrongField, missing, pollution, ...(strict ? [extra] : []));
}

const text = (max: number) => fc.oneof(notA('string'), fc.constant('x'.repeat(max + 1)));

let fixture: Awaited<ReturnType<typeof portalFixture>>;
beforeAll(async () => {
  fixture = await portalFixture(':memory:', { leads: 40 });
});
afterAll(async () => fixture.close());

/** Sends each body; every one must be refused with a 4xx naming its field, and nothing stored may change. */
async function refusesAll(method: 'POST' | 'PUT', url: string, bodies: fc.Arbitrary<Hostile>) {
  await fc.assert(
    fc.asyncProperty(bodies, async ({ json, field }) => {
      const state = fixture.portal.line.getState();
      const head = fixture.store.headVersion();
      const published = fixture.store.publishedConfig()!.version;
      const lastAudit = fixture.store.auditLog({ limit: 1 });
      const response = await fixture.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: json });
      const body = response.json() as { error?: unknown };
      expect(response.statusCode, json.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, json.slice(0, 200)).toBeLessThan(500);
      expect(typeof body.error).toBe('string');
      expect(JSON.stringify(body), json.slice(0, 200)).toContain(field);
      expect(fixture.portal.line.getState()).toBe(state);
      expect(fixture.store.headVersion()).toBe(head);
      expect(fixture.store.publishedConfig()!.version).toBe(published);
      expect(fixture.store.auditLog({ limit: 1 })).toEqual(lastAudit);
    }),
    { numRuns: 150, seed: 12 },
  );
  // Still answering, and still taking good writes.
  expect((await fixture.request('GET', '/api/state')).status).toBe(200);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('hostile request bodies', () => {
  it('POST /api/leads refuses wrong types, huge texts, deep nesting and prototype keys, naming the field', async () => {
    const deep = fc.integer({ min: 17, max: 40 }).map((depth) => {
      let value: unknown = 1;
      for (let i = 0; i < depth; i++) value = { a: value };
      return { json: JSON.stringify({ id: 'deep-lead', name: 'Deep', notes: value }), field: 'notes' };
    });
    const hugeField = fc.constantFrom('notes', 'industry').map((field) => ({
      json: JSON.stringify({ id: 'huge-lead', name: 'Huge', [field]: 'y'.repeat(100_001) }),
      field,
    }));
    const badStage = fc.string({ minLength: 1, maxLength: 20 }).map((stage) => ({
      json: JSON.stringify({ id: 'staged-lead', name: 'Staged', stage: `no-such-${stage}` }),
      field: 'stage',
    }));
    const fields = { id: fc.oneof(text(200), fc.constant('')), name: text(10_000), stage: notA('string'), ownerId: notA('string') };
    await refusesAll('POST', '/api/leads', fc.oneof(broken({ id: 'fuzz-lead', name: 'Fuzz' }, fields, false), deep, hugeField, badStage));
    expect((await fixture.request('POST', '/api/leads', { id: 'after-fuzz', name: 'Fine' })).status).toBe(201);
  });

  it('POST /api/moves refuses every malformed move, naming the field', async () => {
    const leadId = Object.keys(fixture.portal.line.getState().leads)[0]!;
    const fields = { leadId: fc.oneof(text(200), fc.constant('')), toStage: fc.oneof(text(200), fc.constant('')), by: text(200) };
    await refusesAll('POST', '/api/moves', broken({ leadId, toStage: 'contacted' }, fields, true));
  });

  it('POST /api/reps/:repId/status refuses every malformed status, and an unknown rep, naming the field', async () => {
    const repId = fixture.portal.line.getState().repOrder[0]!;
    const status = fc.oneof(notA('string'), fc.string({ maxLength: 10 }).filter((s) => !['active', 'away', 'inactive'].includes(s)));
    await refusesAll('POST', `/api/reps/${repId}/status`, broken({ status: 'away' }, { status }, true));
    await refusesAll('POST', '/api/reps/nobody/status', fc.constant({ json: '{"status":"away"}', field: 'repId' }));
  });

  it('PUT /api/config refuses malformed saves and invalid documents to publish, naming the field', async () => {
    const base = { baseVersion: fixture.store.headVersion(), document: fixture.store.publishedConfig()!.document };
    const fields = {
      baseVersion: notA('integer').filter((v) => v !== null),
      publish: notA('boolean'),
      author: text(200),
    };
    const badDocument = fc
      .constantFrom<[string, unknown]>(['version', 'one'], ['line', null], ['routing', []], ['promotion', 7])
      .map(([key, value]) => ({ json: JSON.stringify({ ...base, publish: true, document: { ...(base.document as object), [key]: value } }), field: key }));
    await refusesAll('PUT', '/api/config', fc.oneof(broken(base, fields, true), badDocument));
  });

  it('POST /api/config/publish and /rollback refuse malformed and unknown versions, naming the field', async () => {
    const fields = { version: fc.oneof(notA('integer'), fc.integer({ max: 0 })), author: text(200) };
    const unknown = fc.integer({ min: 1000, max: 2 ** 31 }).map((version) => ({ json: JSON.stringify({ version }), field: 'version' }));
    for (const url of ['/api/config/publish', '/api/config/rollback']) {
      await refusesAll('POST', url, fc.oneof(broken({ version: 1 }, fields, true), unknown));
    }
  });
});
