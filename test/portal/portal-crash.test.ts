import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLine, loadLead } from '../../scripts/load-portal.ts';
import { SqliteStore } from '../../examples/portal/src/sqlite-store.ts';
import { openPortalDatabase } from '../helpers/portal-database.ts';
import { startPortal, type PortalServer } from '../helpers/portal-server.ts';
import { portalFixture } from './portal-fixture.ts';

type Json = Record<string, any>;

async function call(url: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

const decisionKey = (d: Json) => JSON.stringify([d.leadId, d.station, d.stage, d.repId, d.queue, d.rule]);

/** What the clients were told, and what was still unanswered when the server died. */
interface Acknowledged {
  leads: Map<string, Json>;
  /** Lead id → the stages it may stand at: the last acknowledged one, plus the target of a move in flight at the kill. */
  stages: Map<string, Set<string>>;
  moves: Map<string, number>;
  unansweredMoves: Map<string, number>;
  reps: Map<string, Set<string>>;
  statusChanges: number;
}

/** One cycle of writers against a running portal, killed with SIGKILL after `killAfter` acknowledged writes. */
async function writeUntilKilled(server: PortalServer, cycle: number, killAfter: number, seen: Acknowledged) {
  const { body } = await call(server.url, 'GET', '/api/state');
  const config = body.config.document;
  const terminal = new Set<string>(config.line.terminal);
  const nextStage = (stage: string): string | undefined =>
    config.line.transitions.find((t: Json) => t.from === stage && !t.conditions && !terminal.has(t.to))?.to;
  const reps = Object.values(body.state.reps as Json).filter((rep) => rep.station === 'lead-management').map((rep) => rep.id as string);

  let acknowledged = 0;
  let killed: Promise<void> | null = null;
  const ack = () => {
    if (++acknowledged === killAfter) killed = server.stop('SIGKILL');
  };
  const alive = () => killed === null;

  const publish = async () => {
    const document = structuredClone(config);
    document.routing.rules.push({
      name: `crash-${cycle}`,
      priority: 100,
      conditions: { all: [{ fact: 'industry', operator: 'equal', value: `crash-${cycle}` }] },
      event: { type: 'route', params: { station: 'business-development' } },
    });
    const result = { before: body.config.version as number, acknowledged: false };
    // Killed while publishing (no answer): either version may be the published one.
    const saved = await call(server.url, 'PUT', '/api/config', { baseVersion: result.before, document, publish: true }).catch(() => null);
    if (saved) {
      expect(saved.status).toBe(201);
      result.acknowledged = true;
      ack();
    }
    return result;
  };

  const worker = async (w: number) => {
    const mine: string[] = [];
    for (let op = 0; alive(); op++) {
      const movable = mine.find((id) => nextStage([...seen.stages.get(id)!][0]!) !== undefined);
      const rep = reps[w % reps.length];
      if (op % 3 === 2 && movable) {
        const toStage = nextStage([...seen.stages.get(movable)!][0]!)!;
        seen.unansweredMoves.set(movable, (seen.unansweredMoves.get(movable) ?? 0) + 1);
        seen.stages.get(movable)!.add(toStage);
        const result = await call(server.url, 'POST', '/api/moves', { leadId: movable, toStage, by: `writer-${w}` }).catch(() => null);
        if (!result) return;
        seen.unansweredMoves.set(movable, seen.unansweredMoves.get(movable)! - 1);
        if (result.status === 200) {
          seen.moves.set(movable, (seen.moves.get(movable) ?? 0) + 1);
          seen.stages.set(movable, new Set([result.body.decision?.stage ?? toStage]));
          ack();
        } else seen.stages.get(movable)!.delete(toStage);
      } else if (op % 7 === 6 && rep && w < reps.length) {
        const status = [...seen.reps.get(rep)!].includes('away') ? 'active' : 'away';
        seen.reps.get(rep)!.add(status);
        const result = await call(server.url, 'POST', `/api/reps/${rep}/status`, { status }).catch(() => null);
        if (!result) return;
        expect(result.status).toBe(200);
        seen.reps.set(rep, new Set([status]));
        seen.statusChanges++;
        ack();
      } else {
        const lead = loadLead(`crash-${cycle}-${w}`, op);
        const result = await call(server.url, 'POST', '/api/leads', lead).catch(() => null);
        if (!result) return;
        expect(result.status).toBe(201);
        seen.leads.set(lead.id, result.body.decision);
        seen.stages.set(lead.id, new Set([result.body.decision.stage]));
        mine.push(lead.id);
        ack();
      }
    }
  };

  for (const rep of reps) if (!seen.reps.has(rep)) seen.reps.set(rep, new Set(['active']));
  // The publish lands early in odd cycles (acknowledged long before the kill) and close to the kill in even ones.
  const publishing = new Promise<Awaited<ReturnType<typeof publish>>>((resolve) => {
    const at = cycle % 2 ? Math.floor(killAfter / 4) : killAfter - 3;
    const wait = setInterval(() => {
      if (acknowledged < at) return;
      clearInterval(wait);
      resolve(publish());
    }, 5);
  });
  await Promise.all(Array.from({ length: 6 }, (_, w) => worker(w)));
  const published = await publishing;
  await killed;
  return published;
}

/** Opens the file the killed server left behind: SQLite's own check, and the audit as stored. */
function readDatabase(dataDir: string) {
  const db = openPortalDatabase(dataDir);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      audit: db.prepare('SELECT command, lead_id AS leadId, entry FROM audit').all() as { command: string; leadId: string | null; entry: string }[],
      published: db.prepare("SELECT version FROM config_versions WHERE status = 'published'").all() as { version: number }[],
    };
  } finally {
    db.close();
  }
}

describe('the portal killed with SIGKILL in the middle of writes', () => {
  let server: PortalServer | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('restarts with every acknowledged write, no half-applied command and a whole config, cycle after cycle', async () => {
    const seen: Acknowledged = { leads: new Map(), stages: new Map(), moves: new Map(), unansweredMoves: new Map(), reps: new Map(), statusChanges: 0 };
    let publishes = 0;
    server = await startPortal();
    const dataDir = server.dataDir;
    for (const [cycle, killAfter] of [[1, 40], [2, 100], [3, 15]] as const) {
      const publish = await writeUntilKilled(server, cycle, killAfter, seen);
      expect(seen.leads.size).toBeGreaterThan(0);

      const stored = readDatabase(dataDir);
      expect(stored.integrity).toBe('ok');
      expect(stored.published.length).toBe(1);

      server = await startPortal({ dataDir });
      const { state } = (await call(server.url, 'GET', '/api/state')).body;

      // Every acknowledged lead is back with the decision its client was given, audited once.
      const added = stored.audit.filter((row) => row.command === 'addLead');
      const addedIds = added.map((row) => row.leadId!);
      expect(new Set(addedIds).size).toBe(addedIds.length);
      const auditedDecision = new Map(added.map((row) => [row.leadId!, JSON.parse(row.entry).decision as Json]));
      for (const [id, decision] of seen.leads) {
        expect(state.leads[id], id).toBeDefined();
        expect(decisionKey(auditedDecision.get(id)!)).toBe(decisionKey(decision));
      }
      // State and audit agree: no lead without its entry, no entry without its lead.
      expect(new Set(Object.keys(state.leads))).toEqual(new Set(addedIds));
      const placement = await checkLine(server.url, Object.keys(state.leads));
      expect(placement.lost).toEqual([]);
      expect(placement.misplaced).toEqual([]);

      // Every acknowledged move is applied and audited (a move in flight may or may not be).
      const rerouted = new Set(stored.audit.filter((row) => row.command === 'setRepStatus' || row.command === 'tick').map((row) => row.leadId));
      for (const [id, count] of seen.moves) {
        const audited = stored.audit.filter((row) => row.command === 'moveLead' && row.leadId === id).length;
        expect(audited).toBeGreaterThanOrEqual(count);
        expect(audited).toBeLessThanOrEqual(count + (seen.unansweredMoves.get(id) ?? 0));
        if (!rerouted.has(id)) expect([...seen.stages.get(id)!]).toContain(state.leads[id].stage);
      }
      for (const [rep, statuses] of seen.reps) expect([...statuses]).toContain(state.reps[rep].status);

      // The published config is the one before the publish or the new one, whole; an acknowledged publish stays.
      const { body: config } = await call(server.url, 'GET', '/api/config');
      expect(config.published.version).toBe(stored.published[0]!.version);
      const isNew = config.published.version !== publish.before;
      if (publish.acknowledged) publishes++;
      if (publish.acknowledged) expect(isNew).toBe(true);
      const ruleNames = config.published.document.routing.rules.map((rule: Json) => rule.name);
      expect(ruleNames.includes(`crash-${cycle}`)).toBe(isNew);

      // The restarted server takes writes, routed by the config it says is published.
      const probe = { ...loadLead(`probe-${cycle}`, 0), industry: `crash-${cycle}` };
      const routed = await call(server.url, 'POST', '/api/leads', probe);
      expect(routed.status).toBe(201);
      expect(routed.body.decision.rule === `crash-${cycle}`).toBe(isNew);
      seen.leads.set(probe.id, routed.body.decision);
      seen.stages.set(probe.id, new Set([routed.body.decision.stage]));
    }
    // Every kind of write was acknowledged at least once, so none of the checks above was vacuous.
    expect([...seen.moves.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(seen.statusChanges).toBeGreaterThan(0);
    expect(publishes).toBeGreaterThan(0);
  }, 150_000);
});

describe('the stored line', () => {
  it('loads a state saved whole by an earlier version of the store and splits it on the next commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sales-line-store-'));
    const file = join(dir, 'portal.db');
    const fixture = await portalFixture(file, { leads: 30 });
    await fixture.request('POST', '/api/leads', loadLead('old', 1));
    const state = fixture.portal.line.getState();
    await fixture.close();
    const db = openPortalDatabase(file);
    db.prepare('UPDATE line_state SET state = ?').run(JSON.stringify(state));
    db.prepare('DELETE FROM line_leads').run();
    db.close();

    const reopened = await portalFixture(file);
    expect(reopened.store.loadLineState()).toEqual(state);
    expect((await reopened.request('POST', '/api/leads', loadLead('old', 2))).status).toBe(201);
    const after = reopened.portal.line.getState();
    await reopened.close();
    const store = new SqliteStore(file);
    expect(store.loadLineState()).toEqual(after);
    store.close();
    const split = openPortalDatabase(file);
    expect(split.prepare('SELECT id FROM line_leads').all().length).toBe(32);
    split.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a commit that fails', () => {
  it('answers 500, leaves the line as stored, and the next write is stored with its audit entry', async () => {
    const fixture = await portalFixture(':memory:', { leads: 20 });
    const before = fixture.portal.line.getState();
    const commit = fixture.store.commit.bind(fixture.store);
    fixture.store.commit = () => {
      fixture.store.commit = commit;
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    expect((await fixture.request('POST', '/api/leads', loadLead('full', 1))).status).toBe(500);
    expect(fixture.portal.line.getState()).toEqual(before);
    expect(fixture.store.loadLineState()).toEqual(before);

    expect((await fixture.request('POST', '/api/leads', loadLead('full', 2))).status).toBe(201);
    const stored = fixture.store.loadLineState()!;
    expect(Object.keys(stored.leads)).not.toContain('full-1');
    expect(Object.keys(stored.leads)).toContain('full-2');
    expect(fixture.store.auditLog({ leadId: 'full-1' })).toEqual([]);
    expect(fixture.store.auditLog({ leadId: 'full-2' }).length).toBe(1);
    await fixture.close();
  });
});
