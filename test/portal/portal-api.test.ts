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

describe('the team: benchmarks, career path and capacity', () => {
  it('benchmarks every rep against their own station over the last 30 days of activity', async () => {
    fixture = await portalFixture();
    const { status, body } = await fixture.request('GET', '/api/benchmarks');
    expect(status).toBe(200);
    const { report } = body;
    expect(Date.parse(report.period.to) - Date.parse(report.period.from)).toBe(30 * 86_400_000);
    expect(report.activities.counted).toBeGreaterThan(1000);
    const stations = report.stations.map((s: { station: string }) => s.station);
    expect(stations).toEqual(['lead-generation', 'hunter', 'customer-management', 'business-development']);
    const dials = report.stations[0].metrics.find((m: { id: string }) => m.id === 'dials-per-day');
    expect(dials.reps).toHaveLength(7);
    expect(dials.distribution.median).toBeGreaterThan(100);
  });

  it('measures a longer period when asked, and refuses an unknown period naming the field', async () => {
    fixture = await portalFixture();
    const quarter = await fixture.request('GET', '/api/benchmarks?period=quarter');
    const month = await fixture.request('GET', '/api/benchmarks?period=month');
    expect(quarter.body.report.activities.counted).toBeGreaterThan(month.body.report.activities.counted * 2);
    for (const url of ['/api/benchmarks?period=year', '/api/promotions?period=', '/api/benchmarks?perod=month']) {
      const { status, body } = await fixture.request('GET', url);
      expect(status, url).toBe(400);
      expect(body.error).toMatch(/^\(?(period|document)/);
    }
  });

  it('measures again after a publish changes a target', async () => {
    fixture = await portalFixture();
    const before = (await fixture.request('GET', '/api/benchmarks')).body.report;
    const { body: config } = await fixture.request('GET', '/api/config');
    const document = structuredClone(config.published.document);
    document.benchmarks.metrics[0].target = 999;
    expect((await fixture.request('PUT', '/api/config', { baseVersion: config.head, document, publish: true })).status).toBe(201);
    const after = (await fixture.request('GET', '/api/benchmarks')).body.report;
    expect(before.stations[0].metrics[0].target).toBe(150);
    expect(after.stations[0].metrics[0].target).toBe(999);
  });

  it('tells who is eligible for the next career step and what the others miss', async () => {
    fixture = await portalFixture();
    const { status, body } = await fixture.request('GET', '/api/promotions');
    expect(status).toBe(200);
    expect(body.reports).toHaveLength(20);
    const sdrs = body.reports.filter((r: { station: string }) => r.station === 'lead-generation');
    expect(sdrs.every((r: { next: string }) => r.next === 'customer-management')).toBe(true);
    expect(body.reports.some((r: { eligible: boolean }) => r.eligible)).toBe(true);
    const waiting = body.reports.find((r: { eligible: boolean; next: string | null }) => !r.eligible && r.next !== null);
    expect(waiting.missing.length).toBeGreaterThan(0);
  });

  it('models this company as an assembly line beside the same people as generalists', async () => {
    fixture = await portalFixture();
    const { status, body } = await fixture.request('GET', '/api/capacity');
    expect(status).toBe(200);
    expect(body.scenario.line['lead-generation'].headcount).toBe(7);
    expect(body.scenario.line.hunter.headcount).toBe(5);
    expect(body.scenario.traditional.headcount).toBe(20);
    expect(body.model.line.dealsWon).toBeGreaterThan(body.model.traditional.dealsWon);
    const richer = await fixture.request('GET', '/api/capacity?dealValue=100000&inboundPerMonth=3000');
    expect(richer.body.scenario).toMatchObject({ dealValue: 100000, leads: { inboundPerMonth: 3000 } });
    expect(richer.body.model.line.revenue).toBeGreaterThan(body.model.line.revenue);
  });

  it('counts only working people in the capacity model', async () => {
    fixture = await portalFixture();
    expect((await fixture.request('POST', '/api/reps/h-1/status', { status: 'inactive' })).status).toBe(200);
    const { body } = await fixture.request('GET', '/api/capacity');
    expect(body.scenario.line.hunter.headcount).toBe(4);
  });

  it.each([
    ['/api/capacity?dealValue=-1', 'dealValue'],
    ['/api/capacity?inboundPerMonth=lots', 'inboundPerMonth'],
    ['/api/capacity?headcount=3', '(document)'],
  ])('answers %s with a 400 naming the field', async (url, field) => {
    fixture = await portalFixture();
    const { status, body } = await fixture.request('GET', url);
    expect(status).toBe(400);
    expect(body.field).toBe(field);
  });

  it('answers a config without benchmark or career sections with a reason, not an error', async () => {
    fixture = await portalFixture();
    const { body: config } = await fixture.request('GET', '/api/config');
    const { benchmarks: _b, promotion: _p, ...document } = config.published.document;
    expect((await fixture.request('PUT', '/api/config', { baseVersion: config.head, document, publish: true })).status).toBe(201);
    const benchmarks = await fixture.request('GET', '/api/benchmarks');
    expect(benchmarks.status).toBe(200);
    expect(benchmarks.body.report).toBeNull();
    expect(benchmarks.body.reason).toMatch(/benchmarks/);
    const promotions = await fixture.request('GET', '/api/promotions');
    expect(promotions.body.reports).toEqual([]);
    expect(promotions.body.reason).toMatch(/promotion/);
  });
});

describe('the page', () => {
  it('serves its own scripts and nothing else from the folder', async () => {
    fixture = await portalFixture();
    expect((await fixture.app.inject({ method: 'GET', url: '/team-view.js' })).statusCode).toBe(200);
    expect((await fixture.app.inject({ method: 'GET', url: '/portal.css' })).headers['content-type']).toMatch(/text\/css/);
    for (const url of ['/index.html.bak', '/..%2Fpackage.json', '/%2e%2e%2fsrc%2fapp.ts']) {
      expect((await fixture.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});

describe('recording activities', () => {
  it('stores a batch of activities and the benchmarks count them at once', async () => {
    fixture = await portalFixture();
    const before = (await fixture.request('GET', '/api/benchmarks')).body.report;
    // Inside the period but older than the newest stored activity: the report must still be measured again.
    const at = new Date(Date.parse(before.period.from) + 86_400_000 + 10 * 3_600_000).toISOString();
    const activities = [
      { repId: 'lg-1', type: 'dial', at },
      { repId: 'lg-1', type: 'conversation', at, leadId: 'L-00001' },
      { repId: 'h-1', type: 'won', at: Date.parse(at), value: 42_000 },
    ];
    const { status, body } = await fixture.request('POST', '/api/activities', { activities });
    expect(status).toBe(201);
    expect(body.stored).toBe(3);
    const after = (await fixture.request('GET', '/api/benchmarks')).body.report;
    expect(after.activities.counted).toBe(before.activities.counted + 3);
  });

  it.each([
    ['a time without an offset', { repId: 'lg-1', type: 'dial', at: '2026-11-02T09:00:00' }, 'activities[1].at'],
    ['a type that is not kebab-case', { repId: 'lg-1', type: 'Dial', at: '2026-11-02' }, 'activities[1].type'],
    ['an instant past the year 9999', { repId: 'lg-1', type: 'dial', at: 1e15 }, 'activities[1].at'],
    ['an unknown field', { repId: 'lg-1', type: 'dial', at: '2026-11-02', note: 'x' }, 'activities[1]'],
  ])('refuses a batch with %s, naming the item, and stores none of it', async (_name, bad, field) => {
    fixture = await portalFixture();
    const count = fixture.store.activities().length;
    const { status, body } = await fixture.request('POST', '/api/activities', { activities: [{ repId: 'lg-1', type: 'dial', at: '2026-11-02' }, bad] });
    expect(status).toBe(400);
    expect(body.field).toBe(field);
    expect(fixture.store.activities().length).toBe(count);
  });
});
