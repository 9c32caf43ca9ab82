import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LineState } from '@sales-line/core';
import { loadLead } from '../../scripts/load-portal.ts';
import { portalFixture } from './portal-fixture.ts';

let fixture: Awaited<ReturnType<typeof portalFixture>>;
afterEach(async () => fixture?.close());

/** The fixture's store, counting its commits and recording what each one held. */
async function countedFixture(leads = 20) {
  fixture = await portalFixture(':memory:', { leads });
  const commits: LineState[] = [];
  const commit = fixture.store.commit.bind(fixture.store);
  fixture.store.commit = (change) => {
    commit(change);
    commits.push(change.state);
  };
  return { ...fixture, commits };
}

const storedIds = () => Object.keys(fixture.store.loadLineState()!.leads);

describe('group commit', () => {
  it('commits commands that arrive together in one transaction, each with its own result', async () => {
    const { portal, commits } = await countedFixture();
    const leads = Array.from({ length: 30 }, (_, i) => loadLead('burst', i));
    const decisions = await Promise.all(leads.map((lead) => portal.run((line) => line.addLead(lead))));
    expect(decisions.map((d) => d.leadId)).toEqual(leads.map((l) => l.id));
    expect(commits.length).toBe(1);
    expect(storedIds()).toEqual(expect.arrayContaining(leads.map((l) => l.id)));
    expect(fixture.store.auditLog({ limit: 5000 }).filter((e) => e.leadId?.startsWith('burst-')).length).toBe(30);
  });

  it('answers a command only once what it changed is stored', async () => {
    const { portal } = await countedFixture();
    const seenAtAnswer = await Promise.all(
      Array.from({ length: 10 }, (_, i) => portal.run((line) => line.addLead(loadLead('durable', i))).then((d) => storedIds().includes(d.leadId))),
    );
    expect(seenAtAnswer).toEqual(Array(10).fill(true));
  });

  it('runs a batch in arrival order, so a command sees what the one before it did', async () => {
    const { portal, commits } = await countedFixture();
    const lead = loadLead('order', 1);
    const added = portal.run((line) => line.addLead(lead));
    const moved = portal.run((line) => {
      const from = line.getLead(lead.id)!.stage;
      return line.moveLead(lead.id, line.getConfig().line.transitions.find((t) => t.from === from && !t.conditions)!.to);
    });
    expect((await added).leadId).toBe(lead.id);
    expect((await moved).ok).toBe(true);
    expect(commits.length).toBe(1);
  });

  it('refuses a bad command inside a burst and stores the others', async () => {
    const { portal, commits } = await countedFixture();
    const seeded = Object.keys(portal.line.getState().leads)[0]!;
    const ids = ['ok-1', 'ok-2', seeded, 'ok-3'];
    const answers = await Promise.allSettled(ids.map((id) => portal.run((line) => line.addLead({ ...loadLead('x', 0), id }))));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((answers[2] as PromiseRejectedResult).reason.code).toBe('duplicate-lead');
    expect(commits.length).toBe(1);
    expect(storedIds()).toEqual(expect.arrayContaining(['ok-1', 'ok-2', 'ok-3']));
  });

  it('fails every command of a batch whose commit fails, and the line goes back to what is stored', async () => {
    const { portal, store } = await countedFixture();
    const before = portal.line.getState();
    const commit = store.commit;
    store.commit = () => {
      store.commit = commit;
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    const answers = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => portal.run((line) => line.addLead(loadLead('full', i)))));
    expect(answers.map((a) => a.status)).toEqual(Array(5).fill('rejected'));
    expect(answers.map((a) => String((a as PromiseRejectedResult).reason))).toEqual(Array(5).fill('Error: SQLITE_FULL: database or disk is full'));
    expect(portal.line.getState()).toEqual(before);
    expect(store.loadLineState()).toEqual(before);

    expect((await portal.run((line) => line.addLead(loadLead('full', 9)))).leadId).toBe('full-9');
    expect(storedIds()).toContain('full-9');
    expect(storedIds().filter((id) => id.startsWith('full-'))).toEqual(['full-9']);
  });

  it('shows readers a batch only once it is committed, and never one whose commit failed', async () => {
    const { portal, store, request } = await countedFixture();
    const version = portal.committed.state.version;
    const seenDuringBatch: unknown[] = [];
    const added = portal.run(async (line) => {
      const decision = await line.addLead(loadLead('pending', 1));
      // The line has the lead now; the store and every reader do not yet.
      seenDuringBatch.push(portal.committed.state.leads['pending-1'], (await request('GET', '/api/state')).body.state.leads['pending-1']);
      return decision;
    });
    await added;
    expect(seenDuringBatch).toEqual([undefined, undefined]);
    expect(portal.committed.state.leads['pending-1']).toBeDefined();
    expect(portal.committed.state.version).toBeGreaterThan(version);

    const commit = store.commit;
    store.commit = () => {
      store.commit = commit;
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    const committed = portal.committed;
    await expect(portal.run((line) => line.addLead(loadLead('pending', 2)))).rejects.toThrow('SQLITE_FULL');
    expect(portal.committed).toEqual(committed);
    expect((await request('GET', '/api/state')).body.state.leads['pending-2']).toBeUndefined();
  });

  it('answers every command with the error when even reopening the store fails, and keeps serving the next ones', async () => {
    const { portal, store } = await countedFixture();
    const commit = store.commit;
    const load = store.loadLineState;
    store.commit = () => {
      store.commit = commit;
      throw new Error('SQLITE_IOERR: disk I/O error');
    };
    store.loadLineState = () => {
      store.loadLineState = load;
      throw new Error('SQLITE_IOERR: disk I/O error on reopen');
    };
    const answers = await Promise.allSettled(Array.from({ length: 3 }, (_, i) => portal.run((line) => line.addLead(loadLead('ioerr', i)))));
    expect(answers.map((a) => String((a as PromiseRejectedResult).reason))).toEqual(Array(3).fill('Error: SQLITE_IOERR: disk I/O error on reopen'));

    expect((await portal.run((line) => line.addLead(loadLead('ioerr', 9)))).leadId).toBe('ioerr-9');
    expect(storedIds().filter((id) => id.startsWith('ioerr-'))).toEqual(['ioerr-9']);
    expect(portal.line.getLead('ioerr-0')).toBeUndefined();
  });

  it('tells the page once per stored batch, and not for a batch that changed nothing', async () => {
    const { portal } = await countedFixture();
    let changes = 0;
    portal.onChange(() => changes++);
    await Promise.all(Array.from({ length: 8 }, (_, i) => portal.run((line) => line.addLead(loadLead('seen', i)))));
    await portal.run((line) => line.getState().version);
    expect(changes).toBe(1);
  });

  it('routes consecutive new leads in one core addLeads call, each answered with its own decision', async () => {
    const { portal, commits } = await countedFixture();
    const addLeads = vi.spyOn(portal.line, 'addLeads');
    const leads = Array.from({ length: 12 }, (_, i) => loadLead('joined', i));
    const decisions = await Promise.all(leads.map((lead) => portal.addLead(lead)));
    expect(decisions.map((d) => d.leadId)).toEqual(leads.map((l) => l.id));
    expect(addLeads).toHaveBeenCalledTimes(1);
    expect(commits.length).toBe(1);
    expect(fixture.store.auditLog({ limit: 5000 }).filter((e) => e.command === 'addLead' && e.leadId?.startsWith('joined-')).length).toBe(12);
  });

  it('runs joined leads one by one once the core refuses them together, so only the bad one is refused', async () => {
    const { portal, commits } = await countedFixture();
    const addLeads = vi.spyOn(portal.line, 'addLeads');
    const seeded = Object.keys(portal.line.getState().leads)[0]!;
    const leads = Array.from({ length: 10 }, (_, i) => (i === 3 ? { ...loadLead('one', i), id: seeded } : loadLead('one', i)));
    const answers = await Promise.allSettled(leads.map((lead) => portal.addLead(lead)));
    expect(answers.map((a) => a.status)).toEqual(leads.map((_, i) => (i === 3 ? 'rejected' : 'fulfilled')));
    expect(addLeads).toHaveBeenCalledTimes(1);
    expect(commits.length).toBe(1);
    expect(storedIds()).toEqual(expect.arrayContaining(leads.filter((_, i) => i !== 3).map((l) => l.id)));
  });

  it('answers each of many concurrent HTTP posts on its own: 201s stored, the 400 and the 409 not, in fewer commits than posts', async () => {
    const { request, portal, commits } = await countedFixture();
    const seeded = Object.keys(portal.line.getState().leads)[0]!;
    const bodies: unknown[] = Array.from({ length: 40 }, (_, i) => loadLead('http', i));
    bodies[10] = { id: 'http-bad', name: 5 };
    bodies[20] = { ...loadLead('http', 20), id: seeded };
    const answers = await Promise.all(bodies.map((body) => request('POST', '/api/leads', body)));
    const expected = bodies.map((_, i) => (i === 10 ? 400 : i === 20 ? 409 : 201));
    expect(answers.map((a) => a.status)).toEqual(expected);
    expect(commits.length).toBeLessThan(38);
    const stored = storedIds();
    expect(bodies.filter((_, i) => expected[i] === 201).map((b) => (b as { id: string }).id).filter((id) => !stored.includes(id))).toEqual([]);
    expect(stored).not.toContain('http-bad');
  });

  it('keeps exactly the first post of each id in any burst that mixes new and duplicate ids, joined or not', async () => {
    const { portal, commits } = await countedFixture(10);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.boolean()), { minLength: 1, maxLength: 25 }), async (posts) => {
        const prefix = `mix${run++}`;
        const picks = posts.map(([n]) => n);
        commits.length = 0;
        const answers = await Promise.allSettled(
          posts.map(([n, joined]) => (joined ? portal.addLead(loadLead(prefix, n)) : portal.run((line) => line.addLead(loadLead(prefix, n))))),
        );
        const accepted = answers.flatMap((a, i) => (a.status === 'fulfilled' ? [`${prefix}-${picks[i]}`] : []));
        expect(accepted).toEqual([...new Set(picks)].map((n) => `${prefix}-${n}`));
        expect(storedIds().filter((id) => id.startsWith(`${prefix}-`)).sort()).toEqual([...accepted].sort());
        expect(commits.length).toBe(1);
      }),
      { numRuns: 40 },
    );
  });
});
