import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SalesLineError } from '../../src/errors.ts';
import { ScenarioSchema } from '../../src/simulation/scenario-schema.ts';
import { defaultScenario, parseScenario, scenarioJsonSchema, validateScenario } from '../../src/simulation/validate-scenario.ts';

function issuesOf(input: unknown) {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('scenario', () => {
  it('fills every parameter with the documented default', () => {
    const scenario = defaultScenario();
    expect(scenario.line['lead-generation'].dialsPerDay).toBe(200);
    expect(scenario.conversion.connectRate).toBe(0.054);
    expect(scenario.conversion.conversationToMeeting).toBe(0.12);
    expect(scenario.conversion.showRateOutbound).toBe(0.7);
    expect(scenario.conversion.showRateInbound).toBe(0.8);
    expect(scenario.conversion.firstMeetingDrop).toBe(0.25);
    expect(scenario.conversion.winRate).toBe(0.2);
    expect(scenario.hffc).toEqual({ share: 0.67, capPerHunter: 140, recycleRate: 0.08 });
    expect(scenario.cycleDays).toBe(60);
    expect(scenario.retention.gross).toBe(0.92);
    expect(scenario.specialist.closeRateAdvantage).toBe(1.07);
    expect(scenario.generalist.shareOfTimeSelling).toBe(0.3);
    expect(scenario.line.hunter.meetingsPerDay * scenario.workdaysPerMonth).toBeCloseTo(40, 10);
  });

  it('merges a partial scenario deeply over the defaults', () => {
    const scenario = parseScenario({ line: { hunter: { headcount: 9 } }, conversion: { winRate: 0.1 } });
    const defaults = defaultScenario();
    expect(scenario.line.hunter).toEqual({ ...defaults.line.hunter, headcount: 9 });
    expect(scenario.conversion).toEqual({ ...defaults.conversion, winRate: 0.1 });
    expect(scenario.line['lead-generation']).toEqual(defaults.line['lead-generation']);
  });

  it('keeps any subset of parameters and takes the rest from the defaults', () => {
    const defaults = defaultScenario();
    fc.assert(
      fc.property(
        fc.record({ connectRate: fc.double({ min: 0, max: 1, noNaN: true }), showRateInbound: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }),
        fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
        (conversion, sdrs) => {
          const input = { conversion, ...(sdrs === undefined ? {} : { line: { 'lead-generation': { headcount: sdrs } } }) };
          const scenario = parseScenario(input);
          expect(scenario.conversion).toEqual({ ...defaults.conversion, ...conversion });
          expect(scenario.line['lead-generation'].headcount).toBe(sdrs ?? defaults.line['lead-generation'].headcount);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('names the exact path of every bad value', () => {
    const issues = issuesOf({
      conversion: { connectRate: 1.5 },
      line: { hunter: { headcount: 2.5 }, 'lead-generation': { dialsPerDay: -1 } },
      workdaysPerMonth: 'twenty',
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['conversion', 'connectRate'],
        ['line', 'hunter', 'headcount'],
        ['line', 'lead-generation', 'dialsPerDay'],
        ['workdaysPerMonth'],
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it('refuses unknown keys, so a typo is not silently ignored', () => {
    const issues = issuesOf({ hffc: { capPerHuntr: 100 } });
    expect(issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', path: ['hffc'] })]);
    expect(issues[0]?.message).toContain('capPerHuntr');
  });

  it('refuses a win rate that the first-meeting drop leaves no room for', () => {
    const issues = issuesOf({ conversion: { winRate: 0.72, firstMeetingDrop: 0.3 } });
    expect(issues).toEqual([expect.objectContaining({ code: 'custom', path: ['conversion', 'winRate'] })]);
  });

  it('refuses a ramp longer than the tenure, naming the station', () => {
    const issues = issuesOf({ line: { 'lead-generation': { rampMonths: 20, tenureMonths: 14 } } });
    expect(issues).toEqual([expect.objectContaining({ path: ['line', 'lead-generation', 'rampMonths'] })]);
  });

  it('throws a SalesLineError with code invalid-scenario and the issues from parseScenario', () => {
    try {
      parseScenario({ conversion: { winRate: -1 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SalesLineError);
      expect((error as SalesLineError).code).toBe('invalid-scenario');
      expect((error as SalesLineError).message).toContain('conversion.winRate');
      expect((error as SalesLineError).issues[0]?.path).toEqual(['conversion', 'winRate']);
    }
  });

  it('publishes a JSON Schema in which every parameter is optional and shows its default', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, { default?: unknown; properties?: Record<string, { default?: unknown }> }>; required?: string[] };
    expect(schema.required ?? []).toEqual([]);
    expect(schema.properties.conversion?.properties?.connectRate?.default).toBe(0.054);
    expect(schema.properties.hffc?.properties?.capPerHunter?.default).toBe(140);
    expect(schema).toMatchObject({ additionalProperties: false });
  });

  it('infers its types from the schema', () => {
    expect(ScenarioSchema.parse({}).line.hunter.headcount).toBeTypeOf('number');
  });
});
