import { describe, expect, it } from 'vitest';
import { createSalesLine } from '../../src/index.ts';
import { hunters, lead, leads, lineConfig, manualClock, sdrs } from '../fixtures/state.ts';

describe('updateConfig', () => {
  it('keeps the old config running when the new one is invalid', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    await line.addLead(lead('l1'));
    const before = line.getState();
    const config = line.getConfig();
    const result = line.updateConfig({ version: 1, line: { stations: [] }, routing: {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path.join('.'))).toContain('line.stations');
    expect(line.getState()).toBe(before);
    expect(line.getConfig()).toBe(config);
    expect((await line.addLead(lead('l2'))).repId).toBe('sdr-2');
  });

  it('refuses a config that drops a stage still holding leads', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    await line.addLead(lead('l1'));
    const next = lineConfig({ line: { deadlines: [] } });
    (next.line.stations[0] as { stages: string[] }).stages = ['contacted', 'meeting-set'];
    (next.line.stations[1] as { wipLimits: unknown[] }).wipLimits = [];
    next.line.transitions = next.line.transitions?.filter((t) => t.from !== 'new' && t.to !== 'new');
    const result = line.updateConfig(next);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'stage-in-use', path: ['line', 'stations'] }] });
    expect(!result.ok && result.issues[0]?.message).toContain('Stage "new" still holds 1 lead(s)');
  });

  it('refuses a config that makes a stage holding open leads terminal, naming the place in the new document', async () => {
    const line = createSalesLine(lineConfig(), { clock: manualClock().now });
    await line.addLeads(leads(2));
    const before = line.getState();
    const next = lineConfig({ line: { deadlines: [], terminal: ['won', 'lost', 'disqualified', 'new'] } });
    (next.line.stations[0] as { stages: string[] }).stages = ['contacted', 'meeting-set'];
    (next.line.stations[1] as { wipLimits: unknown[] }).wipLimits = [];
    next.line.transitions = next.line.transitions?.filter((t) => t.from !== 'new');
    const result = line.updateConfig(next);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'stage-in-use', path: ['line', 'terminal', 3] }] });
    expect(!result.ok && result.issues[0]?.message).toContain('Stage "new" holds 2 open lead(s)');
    expect(line.getState()).toBe(before);
    expect(line.getConfig().line.terminal).not.toContain('new');
  });

  it('refuses a config that makes a terminal stage holding finished leads a working one', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    await line.addLead(lead('l1'));
    await line.moveLead('l1', 'disqualified');
    const next = lineConfig({ line: { terminal: ['won', 'lost'] } });
    (next.line.stations[0] as { stages: string[] }).stages.push('disqualified');
    const result = line.updateConfig(next);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'stage-in-use', path: ['line', 'stations', 0, 'stages', 3] }] });
    expect(!result.ok && result.issues[0]?.message).toContain('Stage "disqualified" holds 1 finished lead(s)');
  });

  it('refuses a config that moves a stage holding leads to another station', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    await line.addLead(lead('l1'));
    await line.moveLead('l1', 'contacted');
    const next = lineConfig();
    (next.line.stations[0] as { stages: string[] }).stages = ['new', 'meeting-set'];
    (next.line.stations[1] as { stages: string[] }).stages.push('contacted');
    const result = line.updateConfig(next);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'stage-in-use', path: ['line', 'stations', 1, 'stages', 3] }] });
    expect(!result.ok && result.issues[0]?.message).toContain('station "hunter"');
  });

  it('refuses a config that drops a station people still work in, naming them', async () => {
    const line = createSalesLine(lineConfig(), { reps: [...sdrs(1), ...hunters(2)], clock: manualClock().now });
    const next = lineConfig({ line: { transitions: [], deadlines: [] } });
    next.line.stations = next.line.stations.slice(0, 1);
    const result = line.updateConfig(next);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'station-in-use', path: ['line', 'stations'] }] });
    expect(!result.ok && result.issues[0]?.message).toContain('Station "hunter" still has 2 rep(s): Rep hunter-1, Rep hunter-2');
    await line.removeRep('hunter-1');
    await line.removeRep('hunter-2');
    expect(line.updateConfig(next)).toMatchObject({ ok: true });
  });

  it('swaps in a valid config at once, re-timing deadlines, and audits it', async () => {
    const clock = manualClock();
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: clock.now });
    await line.addLead(lead('l1'));
    const result = line.updateConfig(lineConfig({ line: { deadlines: [{ stage: 'new', within: 'PT1H', then: 'reroute' }] } }));
    expect(result.ok).toBe(true);
    expect(line.getState().leads['l1']?.dueAt).toBe(clock.now() + 3_600_000);
    expect(line.audit().at(-1)).toMatchObject({ command: 'updateConfig' });
  });
});

describe('undo', () => {
  it('commits nothing for a command that changes nothing, so every new version has its audit entry and undo steps back over real changes', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(1), clock: manualClock().now });
    await line.addLead(lead('l1'));
    const state = line.getState();
    let notified = 0;
    line.subscribe(() => (notified += 1));
    expect(await line.addLeads([])).toEqual([]);
    expect(await line.tick()).toEqual([]);
    expect(await line.setRepStatus('sdr-1', 'active')).toEqual([]);
    expect(line.getState()).toBe(state);
    expect(notified).toBe(0);
    expect(line.audit()).toHaveLength(1);
    expect(line.undo()).toBe(true);
    expect(line.getLead('l1')).toBeUndefined();
  });

  it('returns false when there is nothing to undo', () => {
    expect(createSalesLine(lineConfig()).undo()).toBe(false);
  });

  it('restores the previous state exactly, step by step', async () => {
    const line = createSalesLine(lineConfig(), { reps: sdrs(2), clock: manualClock().now });
    const empty = line.getState();
    await line.addLeads(leads(3));
    const afterAdd = line.getState();
    await line.moveLead('lead-1', 'contacted');
    await line.setRepStatus('sdr-2', 'inactive');
    expect(line.undo()).toBe(true);
    expect(line.undo()).toBe(true);
    expect(line.getState()).toEqual(afterAdd);
    expect(line.undo()).toBe(true);
    expect(line.getState()).toEqual(empty);
    expect(line.undo()).toBe(false);
    expect(line.audit().filter((e) => e.command === 'undo')).toHaveLength(3);
  });

  it('undoes a config change, config included', () => {
    const line = createSalesLine(lineConfig());
    const config = line.getConfig();
    line.updateConfig(lineConfig({ routing: { fallback: { station: 'hunter' } } }));
    expect(line.getConfig().routing.fallback.station).toBe('hunter');
    line.undo();
    expect(line.getConfig()).toBe(config);
  });
});
