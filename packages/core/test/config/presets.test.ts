import { describe, expect, it } from 'vitest';
import { presets, validateConfig } from '../../src/index.ts';

const { assemblyLine, traditional } = presets;
const stagesOf = (config: typeof assemblyLine) => config.line.stations.flatMap((station) => station.stages);

describe('presets', () => {
  it.each(Object.entries(presets))('%s is a valid config', (_, preset) => {
    expect(validateConfig(preset)).toEqual({ ok: true, config: preset });
  });

  it('lays out the reference line: five stations in order, HFFC capped at 140 per Hunter with overflow to lead generation', () => {
    expect(assemblyLine.line.stations.map((station) => station.id)).toEqual([
      'lead-management',
      'lead-generation',
      'hunter',
      'customer-management',
      'business-development',
    ]);
    const hunter = assemblyLine.line.stations.find((station) => station.id === 'hunter')!;
    expect(hunter.stages).toEqual(['meeting-held', 'proposal', 'negotiation', 'hold-for-future-close']);
    const overflow = hunter.wipLimits![0]!;
    expect(overflow).toMatchObject({ stage: 'hold-for-future-close', perRep: 140 });
    expect(assemblyLine.line.stations.find((station) => station.id === 'lead-generation')!.stages).toContain(overflow.overflowTo);
    expect(assemblyLine.line.terminal).toEqual(['lost', 'disqualified', 'churned']);
  });

  it('hands a won deal to customer management instead of ending it, and guards it on a deal value', () => {
    const won = assemblyLine.line.transitions.find((t) => t.from === 'negotiation' && t.to === 'onboarding');
    expect(won).toMatchObject({ name: 'won', conditions: { all: [{ fact: 'value', operator: 'greaterThan', value: 0 }] } });
    expect(assemblyLine.line.transitions.find((t) => t.from === 'meeting-held' && t.to === 'proposal')?.conditions).toBeDefined();
  });

  it('reroutes an untouched new lead after five minutes and sends unmatched leads to the unassigned SDR queue', () => {
    expect(assemblyLine.line.deadlines).toContainEqual({ stage: 'new', within: 'PT5M', then: 'reroute' });
    expect(assemblyLine.routing.fallback).toMatchObject({ station: 'lead-generation', queue: 'unassigned' });
  });

  it('routes by the design: imports to lead management, enterprise fintech to the fintech Hunters, HFFC recycling to business development', () => {
    const target = (name: string) => assemblyLine.routing.rules.find((rule) => rule.name === name)?.event.params;
    expect(target('imported-batches-to-lead-management')).toMatchObject({ station: 'lead-management' });
    expect(target('enterprise-fintech-to-fintech-hunters')).toMatchObject({ station: 'hunter', pool: { team: 'fintech' } });
    expect(target('recycled-hold-for-future-close-to-business-development')).toMatchObject({ station: 'business-development', stage: 'recycled' });
    expect(target('existing-customers-to-customer-management')).toMatchObject({ station: 'customer-management' });
    expect(target('inbound-leads-to-the-next-sdr')).toMatchObject({ station: 'lead-generation', stage: 'new' });
  });

  it('leaves promotion out: that section belongs to the promotion module', () => {
    expect('promotion' in assemblyLine).toBe(false);
    expect('promotion' in traditional).toBe(false);
  });

  it('runs the traditional line over the same stages with one generalist station', () => {
    expect(traditional.line.stations.map((station) => station.id)).toEqual(['generalist']);
    expect(stagesOf(traditional)).toEqual(stagesOf(assemblyLine));
    expect(traditional.line.terminal).toEqual(assemblyLine.line.terminal);
    expect(traditional.routing.fallback).toMatchObject({ station: 'generalist', queue: 'unassigned' });
  });

  it('cannot be changed by one caller for everyone', () => {
    expect(Object.isFrozen(presets)).toBe(true);
    expect(() => {
      (assemblyLine.line.stations[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    const copy = structuredClone(assemblyLine);
    copy.line.stations[0]!.name = 'changed';
    expect(validateConfig(copy).ok).toBe(true);
  });
});
