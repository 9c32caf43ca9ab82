import { describe, expect, it } from 'vitest';
import { parseConfig, presets, type Lead, type Rep } from '@sales-line/core';
import { createLeadAssigner } from '../src/lead-assigner.ts';
import { runCli } from './run-cli.ts';

const config = JSON.stringify(presets.assemblyLine);
const decisions = (stdout: string) => (stdout === '' ? [] : stdout.trim().split('\n').map((line) => JSON.parse(line)));

/** Inbound leads, which the reference line hands to the next SDR in turn. */
function inboundLeads(count: number): Lead[] {
  return Array.from({ length: count }, (_, i) => ({ id: `L${i + 1}`, name: `Lead ${i + 1}`, source: 'inbound' }));
}

function sdrs(count: number): Rep[] {
  return Array.from({ length: count }, (_, i) => ({ id: `sdr-${i + 1}`, name: `SDR ${i + 1}`, station: 'lead-generation' }));
}

const ndjson = (records: object[]) => records.map((record) => JSON.stringify(record)).join('\n');

describe('sales-line route --reps', () => {
  it('assigns every lead a person, turn by turn, carrying the rotation from lead to lead', async () => {
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json'], {
      'c.json': config,
      'l.ndjson': ndjson(inboundLeads(6)),
      'r.json': JSON.stringify(sdrs(3)),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const owners = decisions(result.stdout).map((d) => d.repId);
    expect(owners).toHaveLength(6);
    expect(owners.every((id) => typeof id === 'string')).toBe(true);
    for (const rep of sdrs(3)) expect(owners.filter((id) => id === rep.id)).toHaveLength(2);
  });

  it('reads reps from CSV with ids that look like numbers', async () => {
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.csv'], {
      'c.json': config,
      'l.ndjson': ndjson(inboundLeads(2)),
      'r.csv': 'id,name,station\n101,Ana,lead-generation\n102,Bo,lead-generation\n',
    });
    expect(result.stderr).toBe('');
    expect(decisions(result.stdout).map((d) => d.repId).sort()).toEqual(['101', '102']);
  });

  it('reads a rep\'s skills from a CSV cell as a list separated by semicolons', async () => {
    const config = structuredClone(presets.assemblyLine) as { routing: { rules: { event: { params: Record<string, unknown> } }[] } };
    // Every rule's pool asks for German speakers: only Bo qualifies.
    for (const rule of config.routing.rules) rule.event.params.pool = { skills: ['german'] };
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.csv'], {
      'c.json': JSON.stringify(config),
      'l.ndjson': ndjson(inboundLeads(2)),
      'r.csv': 'id,name,station,skills\nana,Ana,lead-generation,french\nbo,Bo,lead-generation,"english; german"\n',
    });
    expect(result.stderr).toBe('');
    expect(decisions(result.stdout).map((d) => d.repId)).toEqual(['bo', 'bo']);
  });

  it('refuses a lead whose id came before, naming its line, and assigns the rest', async () => {
    const leads = [...inboundLeads(2), { id: 'L1', name: 'Again', source: 'inbound' }, { id: 'L3', name: 'Third', source: 'inbound' }];
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json'], {
      'c.json': config,
      'l.ndjson': ndjson(leads),
      'r.json': JSON.stringify(sdrs(2)),
    });
    expect(result.code).toBe(1);
    expect(decisions(result.stdout).map((d) => d.leadId)).toEqual(['L1', 'L2', 'L3']);
    expect(result.stderr).toMatch(/^l\.ndjson, line 3: .*L1.*already/m);
  });

  it('names the field of a refused lead without the batch wording of the line underneath', async () => {
    const leads = [{ id: '', name: 'No id' }, { id: 'b' }, ...inboundLeads(1)];
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json'], {
      'c.json': config,
      'l.ndjson': ndjson(leads),
      'r.json': JSON.stringify(sdrs(1)),
    });
    expect(result.code).toBe(1);
    expect(decisions(result.stdout).map((d) => d.leadId)).toEqual(['L1']);
    expect(result.stderr).toMatch(/^l\.ndjson, line 1: id: \S/m);
    expect(result.stderr).toMatch(/^l\.ndjson, line 2: name: \S/m);
    expect(result.stderr).not.toContain('[0]');
    expect(result.stderr).not.toContain('Nothing was added');
  });

  it('assigns by the clock --now sets, so working hours give the same decisions on every run', async () => {
    const reps = [
      { id: 'day', name: 'Day shift', station: 'lead-generation', workingHours: { start: '08:00', end: '16:00' } },
      { id: 'night', name: 'Night shift', station: 'lead-generation', workingHours: { start: '16:00', end: '24:00' } },
    ];
    const files = { 'c.json': config, 'l.ndjson': ndjson(inboundLeads(2)), 'r.json': JSON.stringify(reps) };
    const at = async (now: string) => {
      const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json', '--now', now], files);
      expect(result.stderr).toBe('');
      return decisions(result.stdout).map((d) => d.repId);
    };
    expect(await at('2026-11-25T10:00:00Z')).toEqual(['day', 'day']);
    expect(await at('2026-11-25T20:00:00Z')).toEqual(['night', 'night']);
  });

  it('refuses --now that is not a date, or without --reps', async () => {
    const files = { 'c.json': config, 'l.ndjson': ndjson(inboundLeads(1)), 'r.json': JSON.stringify(sdrs(1)) };
    const bad = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json', '--now', 'tomorrow'], files);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now "tomorrow" is not a date');
    const alone = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--now', '2026-11-25'], files);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('it goes with --reps');
  });

  it('keeps the winning rule only with --no-trace', async () => {
    const files = { 'c.json': config, 'l.ndjson': ndjson(inboundLeads(1)), 'r.json': JSON.stringify(sdrs(1)) };
    const [full] = decisions((await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json'], files)).stdout);
    const [lean] = decisions((await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json', '--no-trace'], files)).stdout);
    expect(full.explanation.rules.length).toBeGreaterThan(1);
    expect(lean.explanation.rules.map((rule: { name: string }) => rule.name)).toEqual([full.rule]);
    expect(lean.repId).toBe(full.repId);
  });

  it('refuses reps that do not fit the config before routing any lead, with exit 2', async () => {
    const result = await runCli(['route', '--config', 'c.json', '--leads', 'l.ndjson', '--reps', 'r.json'], {
      'c.json': config,
      'l.ndjson': ndjson(inboundLeads(1)),
      'r.json': JSON.stringify([{ id: 'x', name: 'X', station: 'nowhere' }]),
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('r.json, item 1: station "nowhere"');
  });

  it('decides the same whether or not the line is rebuilt from its state along the way', async () => {
    const parsed = parseConfig(presets.assemblyLine);
    const leads = inboundLeads(25);
    const run = async (firstShed: number) => {
      const assign = createLeadAssigner(parsed, sdrs(4), 'r.json', { firstShed });
      const out = [];
      for (const lead of leads) out.push(await assign(lead));
      return out.map((d) => [d.leadId, d.station, d.stage, d.repId, d.queue]);
    };
    expect(await run(2)).toEqual(await run(1_000));
  });
});
