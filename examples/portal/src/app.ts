import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { ActivitySchema } from '@sales-line/core/benchmarks';
import { LeadSchema, RepStatusSchema, SalesLineError, formatPath, validateConfig } from '@sales-line/core';
import type { Portal } from './portal.ts';
import { diffConfigs } from './config-diff.ts';
import { BENCHMARK_PERIODS, forgetBenchmarks, teamBenchmarks, teamPromotions, type BenchmarkPeriodName } from './team-insights.ts';
import { companyCapacity } from './company-scenario.ts';

const require = createRequire(import.meta.url);
const publicFile = (name: string) => new URL(`../public/${name}`, import.meta.url);

const MoveBody = z.strictObject({ leadId: z.string().min(1).max(200), toStage: z.string().min(1).max(200), by: z.string().max(200).optional() });
const RepStatusBody = z.strictObject({ status: RepStatusSchema });
const SaveConfigBody = z.strictObject({
  baseVersion: z.int().min(1).nullable(),
  document: z.unknown(),
  publish: z.boolean().optional(),
  author: z.string().max(200).optional(),
});
const PeriodQuery = z.strictObject({
  period: z.enum(Object.keys(BENCHMARK_PERIODS) as [BenchmarkPeriodName, ...BenchmarkPeriodName[]]).default('month'),
});
const CapacityQuery = z.strictObject({
  inboundPerMonth: z.coerce.number().min(0).max(10_000_000).optional(),
  dealValue: z.coerce.number().min(0).max(1e9).optional(),
});
const LAST_STORABLE_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const ActivitiesBody = z.strictObject({ activities: z.array(ActivitySchema).min(1).max(10_000) });
const VersionBody = z.strictObject({ version: z.int().min(1), author: z.string().max(200).optional() });

/** A 4xx answer naming the field at fault. */
class BadRequest extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
  throw new BadRequest(400, `${field}: ${issue.message}`, {
    field,
    issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
  });
}

export function buildApp(portal: Portal, options: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 2 * 1024 * 1024 });
  const { store } = portal;
  // Fastify's own parser answers a `__proto__` key with "Body is not valid JSON": name the key instead.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string, (key, value) => {
        if (key === '__proto__' || key === 'constructor') throw new BadRequest(400, `${key}: this key is never accepted (it could change every object's prototype)`, { field: key });
        return value;
      }));
    } catch (error) {
      done(error instanceof BadRequest ? error : new BadRequest(400, `(body): not valid JSON: ${(error as Error).message}`, { field: '(body)' }), undefined);
    }
  });

  app.setErrorHandler((error: Error & { statusCode?: number; body?: Record<string, unknown> }, _request, reply) => {
    if (error instanceof BadRequest) return reply.code(error.statusCode).send({ error: error.message, ...error.body });
    if (error instanceof SalesLineError) {
      const status = error.code.startsWith('unknown-') ? 404 : error.code === 'duplicate-lead' ? 409 : 422;
      return reply.code(status).send({ error: error.message, code: error.code, issues: error.issues });
    }
    // Fastify's own client errors: unparsable JSON, wrong content type, body too large.
    if (error.statusCode !== undefined && error.statusCode < 500) return reply.code(error.statusCode).send({ error: error.message });
    app.log.error(error);
    return reply.code(500).send({ error: 'Internal error' });
  });

  // ── the page ──
  const sendFile = async (reply: FastifyReply, path: string | URL, type: string) =>
    reply.type(type).header('cache-control', 'no-cache').send(await readFile(path));
  app.get('/', (_q, reply) => sendFile(reply, publicFile('index.html'), 'text/html; charset=utf-8'));
  // The page's own scripts and styles: plain names only, so no path can leave the folder.
  const pageFiles = new Set(readdirSync(publicFile('')).filter((name) => /^[a-z-]+\.(js|css)$/.test(name)));
  app.get('/:file', (request, reply) => {
    const { file } = request.params as { file: string };
    if (!pageFiles.has(file)) return reply.code(404).send({ error: `No file "${file}".` });
    return sendFile(reply, publicFile(file), file.endsWith('.css') ? 'text/css' : 'text/javascript');
  });
  // The browser module and the code editor it loads lazily when a rule editor's JSON tab opens.
  for (const [file, specifier] of [
    ['sales-line-elements.min.js', '@sales-line/elements/browser'],
    ['sales-line-code-editor.min.js', '@sales-line/elements/browser/code-editor'],
  ] as const) {
    app.get(`/${file}`, (_q, reply) => sendFile(reply, require.resolve(specifier), 'text/javascript'));
  }

  // ── the line ──
  app.get('/api/state', async () => ({
    state: portal.committed.state,
    config: store.publishedConfig(),
    serverTime: Date.now(),
  }));

  app.post('/api/leads', async (request, reply) => {
    const lead = parseBody(LeadSchema, request.body);
    const decision = await portal.addLead(lead);
    return reply.code(201).send({ decision });
  });

  app.post('/api/moves', async (request, reply) => {
    const move = parseBody(MoveBody, request.body);
    const result = await portal.run((line) => line.moveLead(move.leadId, move.toStage, move.by));
    return reply.code(result.ok ? 200 : 409).send(result);
  });

  app.post('/api/reps/:repId/status', async (request) => {
    const { status } = parseBody(RepStatusBody, request.body);
    const { repId } = request.params as { repId: string };
    if (!Object.hasOwn(portal.committed.state.reps, repId)) throw new BadRequest(404, `No rep with id "${repId}".`, { field: 'repId' });
    return { decisions: await portal.run((line) => line.setRepStatus(repId, status)) };
  });

  // Server-sent events: every committed change pushes the new state version, so every open
  // page (and every browser tab) follows moves made elsewhere.
  app.get('/api/events', (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = () => reply.raw.write(`data: ${portal.committed.state.version}\n\n`);
    send();
    const stop = portal.onChange(send);
    request.raw.on('close', stop);
  });

  app.post('/api/tick', async () => ({ decisions: await portal.run((line) => line.tick()) }));

  app.get('/api/audit', async (request) => {
    const { leadId, limit } = request.query as { leadId?: string; limit?: string };
    const n = limit === undefined ? 200 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 5000) throw new BadRequest(400, 'limit: a whole number from 1 to 5000', { field: 'limit' });
    return { entries: store.auditLog({ limit: n, ...(leadId ? { leadId } : {}) }) };
  });

  // ── the team: benchmarks from the stored activities, the career path, capacity ──
  // What the host's dialer, calendar and CRM record; all of a batch is stored, or none of it.
  app.post('/api/activities', async (request, reply) => {
    const { activities } = parseBody(ActivitiesBody, request.body);
    const stored = activities.map(({ at, ...activity }, index) => {
      const ms = typeof at === 'number' ? at : Date.parse(at);
      // Stored as ISO text and compared as text: only years 1970–9999 keep that order.
      if (!(ms >= 0 && ms <= LAST_STORABLE_INSTANT)) {
        throw new BadRequest(400, `activities[${index}].at: a time from 1970 to 9999`, { field: `activities[${index}].at` });
      }
      return { ...activity, at: new Date(ms).toISOString() };
    });
    store.addActivities(stored);
    forgetBenchmarks(store);
    return reply.code(201).send({ stored: activities.length });
  });

  app.get('/api/benchmarks', async (request) => {
    const { period } = parseBody(PeriodQuery, request.query);
    return teamBenchmarks(store, portal.committed, period);
  });

  app.get('/api/promotions', async (request) => {
    const { period } = parseBody(PeriodQuery, request.query);
    return teamPromotions(store, portal.committed, period);
  });

  app.get('/api/capacity', async (request) => companyCapacity(portal.committed.state, parseBody(CapacityQuery, request.query)));

  // ── the config: versions, drafts, publish, rollback ──
  app.get('/api/config', async () => ({
    published: store.publishedConfig(),
    head: store.headVersion(),
    versions: store.configVersions().map(({ document: _document, ...meta }) => meta),
  }));

  app.get('/api/config/:version', async (request) => {
    const version = Number((request.params as { version: string }).version);
    const found = Number.isInteger(version) ? store.configVersion(version) : null;
    if (!found) throw new BadRequest(404, `No config version ${String((request.params as { version: string }).version)}.`, { field: 'version' });
    return found;
  });

  /** Publishing validates first: an invalid document is refused with every issue and the running config stays. */
  const publish = async (document: unknown) => {
    const checked = validateConfig(document);
    if (!checked.ok) {
      throw new BadRequest(422, `The config has ${checked.issues.length} issue(s); the published config keeps running.`, {
        issues: checked.issues.map((issue) => ({ ...issue, where: formatPath(issue.path) })),
      });
    }
    const applied = await portal.run((line) => line.updateConfig(document));
    if (!applied.ok) throw new BadRequest(422, 'The line refused the config.', { issues: applied.issues });
  };

  app.put('/api/config', async (request, reply) => {
    const body = parseBody(SaveConfigBody, request.body);
    const stale = () => {
      const head = store.headVersion();
      return new BadRequest(
        409,
        `Someone saved a newer version (${head}) since you opened version ${body.baseVersion}. Nothing was saved: reload to see their change, then apply yours again.`,
        { code: 'stale', head },
      );
    };
    if (store.headVersion() !== body.baseVersion) throw stale();
    if (body.publish) await publish(body.document);
    const saved = store.saveConfigVersion({
      document: body.document,
      basedOn: body.baseVersion,
      status: body.publish ? 'published' : 'draft',
      author: body.author ?? null,
    });
    if (!saved) {
      // Another save landed while this one was publishing: the line runs our document, so
      // put the stored published one back before refusing.
      if (body.publish) await portal.run((line) => line.updateConfig(store.publishedConfig()!.document));
      throw stale();
    }
    const checked = validateConfig(body.document);
    return reply.code(201).send({ saved, issues: checked.ok ? [] : checked.issues });
  });

  app.post('/api/config/publish', async (request) => {
    const { version } = parseBody(VersionBody, request.body);
    const found = store.configVersion(version);
    if (!found) throw new BadRequest(404, `No config version ${version}.`, { field: 'version' });
    await publish(found.document);
    store.markPublished(version);
    return { published: store.publishedConfig() };
  });

  app.post('/api/config/rollback', async (request) => {
    const { version, author } = parseBody(VersionBody, request.body);
    const found = store.configVersion(version);
    if (!found) throw new BadRequest(404, `No config version ${version}.`, { field: 'version' });
    await publish(found.document);
    const saved = store.saveConfigVersion({ document: found.document, basedOn: store.headVersion(), status: 'published', author: author ?? null });
    return { published: saved };
  });

  app.get('/api/config-diff', async (request) => {
    const { from, to } = request.query as { from?: string; to?: string };
    const a = store.configVersion(Number(from));
    const b = store.configVersion(Number(to));
    if (!a || !b) throw new BadRequest(400, 'from, to: two existing config versions', { field: a ? 'to' : 'from' });
    return diffConfigs(a.document, b.document);
  });

  return app;
}
