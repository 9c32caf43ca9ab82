import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SalesLineError } from '../../src/errors.ts';
import { capacityModel } from '../../src/simulation/capacity-model.ts';
import { defaultScenario } from '../../src/simulation/validate-scenario.ts';
import { handCheckedScenario } from '../fixtures/simulation.ts';

describe('capacityModel', () => {
  /*
   * The hand-checked scenario, worked on paper:
   * Hunters: 2 × 2 meetings × 20 days = 80 meetings held a month (the bottleneck).
   * Held per outbound lead: 0.1 connect × 0.5 → meeting × 0.5 show = 0.025, so 80 / 0.025 = 3,200 leads.
   * SDR: 1 × 200 × 20 = 4,000 touches → 80% busy. Lead management: 20,000 → 16%.
   * Qualified: 80 × (1 − 0.5) = 40. Won at once: 80 × 0.25 × 1.2 = 24.
   * Stalled: (40 − 24) × 0.5 = 8 a month; the parked stock settles at 8 / 0.5 = 16 (cap 2 × 10 = 20),
   * 8 revive a month and win at 0.3 / 0.5 = 0.6 → 4.8. No overflow. Wins 28.8 → revenue 28,800.
   * Cost: 6 people × 12,000 / 12 = 6,000 → profit 22,800; per meeting 75; per won deal 208.33.
   * Traditional: a generalist holds 2 / 0.8 × 0.4 / 2 = 0.5 meetings a day → 2 × 0.5 × 20 = 20 held,
   * 800 leads, 5 wins, revenue 5,000, cost 2,000, profit 3,000.
   */
  const model = capacityModel(handCheckedScenario());

  it('computes the line by hand-checkable arithmetic', () => {
    const { line } = model;
    expect(line.bottleneck).toBe('hunter');
    expect(line.leadsWorked).toBeCloseTo(3_200, 6);
    expect(line.conversations).toBeCloseTo(320, 6);
    expect(line.meetingsSet).toBeCloseTo(160, 6);
    expect(line.meetingsHeld).toBeCloseTo(80, 6);
    expect(line.qualifiedDeals).toBeCloseTo(40, 6);
    expect(line.dealsInCycle).toBeCloseTo(40, 6);
    expect(line.parkedDeals).toBeCloseTo(16, 6);
    expect(line.dealsWon).toBeCloseTo(28.8, 6);
    expect(line.revenue).toBeCloseTo(28_800, 4);
    expect(line.revenueYearTwo).toBeCloseTo(31_680, 4);
    expect(line.cost).toBeCloseTo(6_000, 6);
    expect(line.profit).toBeCloseTo(22_800, 4);
    expect(line.costPerMeeting).toBeCloseTo(75, 6);
    expect(line.costPerWonDeal).toBeCloseTo(6_000 / 28.8, 6);
    expect(line.headcount).toBe(6);
  });

  it('reports each station with its capacity, load and utilisation', () => {
    const byId = Object.fromEntries(model.line.stations.map((s) => [s.station, s]));
    expect(byId['hunter']).toMatchObject({ unit: 'meetings', capacity: 80 });
    expect(byId['hunter']?.utilisation).toBeCloseTo(1, 9);
    expect(byId['lead-generation']).toMatchObject({ capacity: 4_000 });
    expect(byId['lead-generation']?.utilisation).toBeCloseTo(0.8, 9);
    expect(byId['lead-management']?.utilisation).toBeCloseTo(0.16, 9);
    expect(byId['customer-management']?.utilisation).toBeCloseTo(28.8 / 40, 9);
    expect(byId['business-development']?.utilisation).toBe(0);
    expect(byId['lead-generation']?.leadCapacity).toBeCloseTo(4_000, 6);
    // BD fills only when 0.0025 q stalled deals a month overflow the capped stock by 20: q = 12,000.
    expect(byId['business-development']?.leadCapacity).toBeCloseTo(12_000, 6);
  });

  it('computes the traditional team by hand-checkable arithmetic', () => {
    const { traditional } = model;
    expect(traditional.bottleneck).toBe('generalist');
    expect(traditional.meetingsHeld).toBeCloseTo(20, 6);
    expect(traditional.leadsWorked).toBeCloseTo(800, 6);
    expect(traditional.dealsWon).toBeCloseTo(5, 6);
    expect(traditional.revenue).toBeCloseTo(5_000, 6);
    expect(traditional.revenueYearTwo).toBeCloseTo(4_500, 6);
    expect(traditional.cost).toBeCloseTo(2_000, 6);
    expect(traditional.profit).toBeCloseTo(3_000, 6);
    expect(traditional.parkedDeals).toBe(0);
  });

  it('divides the line by the traditional team for every ratio', () => {
    expect(model.closerCapacityRatio).toBeCloseTo(4, 12);
    expect(model.ratios.meetingsHeld).toBeCloseTo(4, 9);
    expect(model.ratios.leadsWorked).toBeCloseTo(4, 9);
    expect(model.ratios.dealsWon).toBeCloseTo(28.8 / 5, 9);
    expect(model.ratios.profit).toBeCloseTo(7.6, 9);
    expect(model.ratios.cost).toBeCloseTo(3, 9);
  });

  it('moves the bottleneck to the SDRs when they cannot fill the Hunters', () => {
    const scenario = handCheckedScenario();
    const slow = capacityModel({ ...scenario, line: { ...scenario.line, 'lead-generation': { ...scenario.line?.['lead-generation'], dialsPerDay: 100 } } });
    expect(slow.line.bottleneck).toBe('lead-generation');
    expect(slow.line.leadsWorked).toBeCloseTo(2_000, 6);
    expect(slow.line.meetingsHeld).toBeCloseTo(50, 6);
  });

  it('sends parked deals over the cap to business development', () => {
    const scenario = handCheckedScenario();
    const capped = capacityModel({ ...scenario, hffc: { share: 0.5, capPerHunter: 4, recycleRate: 0.5 } });
    // Stock capped at 8: 4 revive, the other 4 of the 8 stalled a month overflow; BD wins 4 × 0.25 / 0.5 = 2.
    expect(capped.line.parkedDeals).toBeCloseTo(8, 9);
    const bd = capped.line.stations.find((s) => s.station === 'business-development');
    expect(bd?.load).toBeCloseTo(4, 9);
    expect(capped.line.dealsWon).toBeCloseTo(24 + 4 * 0.6 + 2, 6);
  });

  it('stops at the lead supply when every station has room', () => {
    const scenario = handCheckedScenario();
    const starved = capacityModel({ ...scenario, leads: { inboundPerMonth: 10, outboundPerMonth: 400 } });
    expect(starved.line.bottleneck).toBe('lead-supply');
    expect(starved.traditional.bottleneck).toBe('lead-supply');
    expect(starved.line.inboundLeads).toBe(10);
    expect(starved.line.outboundLeads).toBe(400);
    expect(starved.line.meetingsHeld).toBeCloseTo(12.5, 9);
    expect(starved.traditional.leadsWorked).toBe(410);
  });

  it('lets generalists work inbound leads before outbound ones', () => {
    const scenario = handCheckedScenario();
    const inbound = capacityModel({ ...scenario, leads: { inboundPerMonth: 40, outboundPerMonth: 1_000_000 } });
    // 40 inbound × 0.5 × 0.5 × 1 = 10 held, the other 10 from 400 outbound leads.
    expect(inbound.traditional.inboundLeads).toBe(40);
    expect(inbound.traditional.outboundLeads).toBeCloseTo(400, 6);
  });

  it('explains "up to 7× the leads" under the documented defaults', () => {
    const defaults = capacityModel(defaultScenario());
    // (0.9 / 0.3 share of time closing) × 2.3 meetings when someone else books them.
    expect(defaults.closerCapacityRatio).toBeCloseTo(6.9, 12);
    expect(defaults.line.bottleneck).toBe('hunter');
    expect(defaults.ratios.meetingsHeld).toBeCloseTo(6.9, 9);
    expect(defaults.ratios.leadsWorked).toBeCloseTo(6.9, 9);
    expect(defaults.line.meetingsHeld / defaults.line.stations.find((s) => s.station === 'hunter')!.headcount).toBeLessThanOrEqual(40);
  });

  it('throws invalid-scenario with the issues for a bad scenario', () => {
    expect(() => capacityModel({ conversion: { winRate: 2 } })).toThrow(SalesLineError);
  });

  it('never loads a station past its capacity and never works more leads than exist', () => {
    const share = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          sdrs: fc.integer({ min: 0, max: 50 }),
          hunters: fc.integer({ min: 0, max: 20 }),
          csms: fc.integer({ min: 0, max: 10 }),
          bd: fc.integer({ min: 0, max: 5 }),
          connectRate: share,
          showRateOutbound: share,
          recycleRate: fc.double({ min: 0, max: 1, noNaN: true }),
          cap: fc.integer({ min: 0, max: 300 }),
          inbound: fc.integer({ min: 0, max: 5_000 }),
          outbound: fc.integer({ min: 0, max: 200_000 }),
        }),
        (p) => {
          const m = capacityModel({
            leads: { inboundPerMonth: p.inbound, outboundPerMonth: p.outbound },
            conversion: { connectRate: p.connectRate, showRateOutbound: p.showRateOutbound },
            hffc: { recycleRate: p.recycleRate, capPerHunter: p.cap },
            line: {
              'lead-generation': { headcount: p.sdrs },
              hunter: { headcount: p.hunters },
              'customer-management': { headcount: p.csms },
              'business-development': { headcount: p.bd },
            },
          });
          for (const team of [m.line, m.traditional]) {
            expect(team.leadsWorked).toBeLessThanOrEqual(p.inbound + p.outbound + 1e-6);
            expect(team.dealsWon).toBeGreaterThanOrEqual(0);
            for (const station of team.stations) expect(station.load).toBeLessThanOrEqual(station.capacity * (1 + 1e-9) + 1e-9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
