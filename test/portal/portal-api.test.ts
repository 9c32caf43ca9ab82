import { afterEach, describe, expect, it } from 'vitest';
import { portalFixture } from './portal-fixture.ts';

let fixture: Awaited<ReturnType<typeof portalFixture>>;
afterEach(async () => fixture?.close());

describe('the portal API', () => {
  it('serves the seeded line: reps across every station, leads at many stages', async () => {
    fixture = await portalFixture();
    const { status, body } = await fixture.request('GET', '/api/state');
    expect(status).toBe(200);
    const reps = Object.values(body.state.reps) as { station: string }[];
    expect(reps.length).toBe(20);
    expect(new Set(reps.map((r) => r.station)).size).toBe(body.config.document.line.stations.length);
    expect(Object.keys(body.state.leads).length).toBe(200);
  });

  it('routes a posted lead and answers with the decision and its explanation', async () => {
    fixture = await portalFixture();
    const { status, body } = await fixture.request('POST', '/api/leads', { id: 'new-1', name: 'Acme', source: 'inbound' });
    expect(status).toBe(201);
    expect(body.decision.leadId).toBe('new-1');
    expect(body.decision.explanation.text.length).toBeGreaterThan(10);
    const audit = await fixture.request('GET', '/api/audit?leadId=new-1');
    expect(audit.body.entries.length).toBe(1);
  });

  it.each([
    ['a lead without an id', '/api/leads', { name: 'x' }, 'id'],
    ['a lead whose name is a number', '/api/leads', { id: 'a', name: 5 }, 'name'],
    ['a move without a stage', '/api/moves', { leadId: 'L-00001' }, 'toStage'],
    ['a move with an extra field', '/api/moves', { leadId: 'L-00001', toStage: 'x', hack: 1 }, '(document)'],
  ])('answers %s with a 400 naming the field', async (_name, url, payload, field) => {
    fixture = await portalFixture();
    const { status, body } = await fixture.request('POST', url, payload);
    expect(status).toBe(400);
    expect(body.field).toBe(field);
  });

  it('answers unparsable JSON with a 400, not a 500', async () => {
    fixture = await portalFixture();
    const response = await fixture.app.inject({ method: 'POST', url: '/api/leads', headers: { 'content-type': 'application/json' }, payload: '{ nope' });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a duplicate lead id and keeps the stored one', async () => {
    fixture = await portalFixture();
    const before = (await fixture.request('GET', '/api/state')).body.state.leads['L-00001'];
    const { status } = await fixture.request('POST', '/api/leads', { id: 'L-00001', name: 'Impostor' });
    expect(status).toBe(409);
    const after = (await fixture.request('GET', '/api/state')).body.state.leads['L-00001'];
    expect(after).toEqual(before);
  });

  it('refuses an illegal move with the reasons and changes nothing', async () => {
    fixture = await portalFixture();
    const state = (await fixture.request('GET', '/api/state')).body.state;
    const lead = Object.values(state.leads)[0] as { id: string; stage: string };
    const { status, body } = await fixture.request('POST', '/api/moves', { leadId: lead.id, toStage: 'no-such-stage' });
    expect(status).toBe(409);
    expect(body.ok).toBe(false);
    expect(body.reasons.length).toBeGreaterThan(0);
    expect((await fixture.request('GET', '/api/state')).body.state.leads[lead.id].stage).toBe(lead.stage);
  });
});

describe('config versions', () => {
  it('refuses to publish a document with a typo, listing the issue, and keeps the running config', async () => {
    fixture = await portalFixture();
    const { body: config } = await fixture.request('GET', '/api/config');
    const document = structuredClone(config.published.document);
    document.routing.rules[0].conditions = { all: [{ fact: 'source', operator: 'equal', vaule: 'inbound' }] };
    const { status, body } = await fixture.request('PUT', '/api/config', { baseVersion: config.head, document, publish: true });
    expect(status).toBe(422);
    expect(body.issues.some((issue: { where: string }) => issue.where.startsWith('routing.rules[0].conditions.all[0]'))).toBe(true);
    expect((await fixture.request('GET', '/api/config')).body.published.version).toBe(config.published.version);
  });

  it('publishes a valid document and the next lead is routed by the new rule', async () => {
    fixture = await portalFixture();
    const { body: config } = await fixture.request('GET', '/api/config');
    const document = structuredClone(config.published.document);
    document.routing.rules.push({
      name: 'gaming-to-business-development',
      priority: 100,
      conditions: { all: [{ fact: 'industry', operator: 'equal', value: 'gaming' }] },
      event: { type: 'route', params: { station: 'business-development' } },
    });
    const saved = await fixture.request('PUT', '/api/config', { baseVersion: config.head, document, publish: true });
    expect(saved.status).toBe(201);
    const { body } = await fixture.request('POST', '/api/leads', { id: 'g-1', name: 'Pixel Co', industry: 'gaming' });
    expect(body.decision.rule).toBe('gaming-to-business-development');
    expect(body.decision.station).toBe('business-development');
  });

  it('refuses a stale save with a clear message and loses nothing', async () => {
    fixture = await portalFixture();
    const { body: config } = await fixture.request('GET', '/api/config');
    const first = await fixture.request('PUT', '/api/config', { baseVersion: config.head, document: config.published.document });
    expect(first.status).toBe(201);
    const second = await fixture.request('PUT', '/api/config', { baseVersion: config.head, document: config.published.document, publish: true });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatch(/newer version/);
    const after = (await fixture.request('GET', '/api/config')).body;
    expect(after.head).toBe(first.body.saved.version);
    expect(after.published.version).toBe(config.published.version);
  });

  it('rolls back to an earlier version as a new published version', async () => {
    fixture = await portalFixture();
    const { body: config } = await fixture.request('GET', '/api/config');
    const document = structuredClone(config.published.document);
    document.routing.rules = [];
    await fixture.request('PUT', '/api/config', { baseVersion: config.head, document, publish: true });
    const { status, body } = await fixture.request('POST', '/api/config/rollback', { version: config.published.version });
    expect(status).toBe(200);
    expect(body.published.document).toEqual(config.published.document);
    const diff = await fixture.request('GET', `/api/config-diff?from=${config.published.version}&to=${config.published.version + 1}`);
    expect(diff.body.removed.length).toBe(config.published.document.routing.rules.length);
  });
});
