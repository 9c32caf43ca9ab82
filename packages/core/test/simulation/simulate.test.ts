import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SalesLineError } from '../../src/errors.ts';
import { capacityModel } from '../../src/simulation/capacity-model.ts';
import { createRandom } from '../../src/simulation/random.ts';
import { simulate } from '../../src/simulation/simulate.ts';
import { recordingLine } from '../fixtures/simulation.ts';

const year = { days: 252, createLine: recordingLine, compare: false };

describe('simulate', () => {
  it('gives the identical result for the same seed', async () => {
    const a = await simulate({}, { seed: 42, ...year });
    const b = await simulate({}, { seed: 42, ...year });
    expect(a).toEqual(b);
  });

  it('gives a different result for another seed', async () => {
    const a = await simulate({}, { seed: 1, days: 60, createLine: recordingLine });
    const b = await simulate({}, { seed: 2, days: 60, createLine: recordingLine });
    expect(a.totals).not.toEqual(b.totals);
  });

  it('sends every new lead and every hand-off through the line', async () => {
    const lines: ReturnType<typeof recordingLine>[] = [];
    const result = await simulate({ leads: { inboundPerMonth: 210 } }, {
      seed: 3,
      days: 63,
      compare: false,
      createLine: (init) => {
        const line = recordingLine(init);
        lines.push(line);
        return line;
      },
    });
    const calls = lines[0]?.calls ?? [];
    const added = calls.filter((c) => c.startsWith('add ')).reduce((sum, c) => sum + Number(c.slice(4)), 0);
    const inboundBooked = calls.filter((c) => /^move i\d+ meeting-set$/.test(c)).length;
    // Inbound leads are routed on arrival; outbound meetings are imported already booked.
    expect(added).toBe(result.totals.inboundLeads + (result.totals.meetingsSet - inboundBooked));
    expect(calls.filter((c) => c.endsWith(' meeting-held'))).toHaveLength(result.totals.meetingsHeld);
    expect(result.totals.dealsWon).toBeGreaterThan(0);
    expect(calls.filter((c) => c.endsWith(' onboarding'))).toHaveLength(result.totals.dealsWon);
  });

  it('holds as many meetings a month as the capacity model says the Hunters can', async () => {
    const result = await simulate({}, { seed: 7, ...year });
    const model = capacityModel({});
    const steady = result.months.slice(1);
    const perMonth = steady.reduce((sum, m) => sum + m.meetingsHeld, 0) / steady.length;
    expect(perMonth).toBeGreaterThan(model.line.meetingsHeld * 0.97);
    expect(perMonth).toBeLessThan(model.line.meetingsHeld * 1.03);
    expect(result.bottleneck).toBe('hunter');
  });

  it('accounts for every meeting booked: held, no-show or still waiting', async () => {
    const { totals, stations } = await simulate({}, { seed: 9, ...year });
    const hunters = stations.find((s) => s.station === 'hunter');
    expect(totals.refusedMoves).toBe(0);
    expect(totals.meetingsSet).toBe(totals.meetingsHeld + totals.noShows + (hunters?.queue.final ?? 0));
    expect(hunters?.throughput).toBe(totals.meetingsHeld);
  });

  it('caps each Hunter\'s hold at the scenario\'s cap and lets the line send the overflow back to the SDRs', async () => {
    const lines: ReturnType<typeof recordingLine>[] = [];
    const result = await simulate({ hffc: { capPerHunter: 3, recycleRate: 0.01 } }, {
      seed: 5,
      days: 252,
      compare: false,
      createLine: (init) => {
        expect(init.config.line.stations.find((s) => s.id === 'hunter')?.wipLimits?.[0]?.perRep).toBe(3);
        const line = recordingLine(init);
        lines.push(line);
        return line;
      },
    });
    expect(result.totals.parked).toBeLessThanOrEqual(3 * 4);
    expect(result.totals.overflow).toBeGreaterThan(0);
    // The reference line's overflow stage is lead generation's "new": SDRs call those leads again.
    const calls = lines[0]?.calls ?? [];
    const overflowed = new Set(calls.filter((c) => c.endsWith(' hold-for-future-close')).map((c) => c.split(' ')[1]));
    expect(calls.some((c) => overflowed.has(c.split(' ')[1]) && c.endsWith(' contacted'))).toBe(true);
  });

  it('reports p10 ≤ p50 ≤ p90 bands over several runs, run 0 being the single-run result', async () => {
    const single = await simulate({}, { seed: 11, days: 63, createLine: recordingLine });
    const many = await simulate({}, { seed: 11, days: 63, runs: 5, createLine: recordingLine });
    expect(single.bands).toBeNull();
    expect(many.totals).toEqual(single.totals);
    const won = many.bands?.totals.meetingsHeld;
    expect(won?.p10).toBeLessThanOrEqual(won?.p50 ?? -1);
    expect(won?.p50).toBeLessThanOrEqual(won?.p90 ?? -1);
    expect(many.bands?.utilisation.hunter.p50).toBeGreaterThan(0.9);
  });

  it('costs the payroll of the line per workday and books the deal value per win', async () => {
    const result = await simulate({}, { seed: 4, days: 21, createLine: recordingLine });
    expect(result.totals.cost).toBeCloseTo(capacityModel({}).line.cost, 6);
    expect(result.totals.revenue).toBe(result.totals.dealsWon * 25_000);
  });

  it('runs the traditional team beside the line when given its line, about 7× fewer meetings', async () => {
    const result = await simulate({}, { seed: 21, ...year, compare: true });
    const model = capacityModel({});
    const team = result.traditional;
    expect(team?.stations[0]?.station).toBe('generalist');
    expect(team?.totals.parked).toBe(0);
    const steady = (team?.months ?? []).slice(1);
    const perMonth = steady.reduce((sum, m) => sum + m.meetingsHeld, 0) / steady.length;
    // Generalists lose some time waiting for their own bookings: within 15% of the model.
    expect(perMonth).toBeGreaterThan(model.traditional.meetingsHeld * 0.85);
    expect(perMonth).toBeLessThanOrEqual(model.traditional.meetingsHeld * 1.05);
    expect(result.ratios?.meetingsHeld).toBeGreaterThan(6);
    expect(result.ratios?.meetingsHeld).toBeLessThan(8.5);
    expect(result.ratios?.cost).toBeCloseTo(model.ratios.cost, 6);
  });

  it('leaves the comparison out when asked to', async () => {
    const result = await simulate({}, { seed: 21, days: 10, createLine: recordingLine, compare: false });
    expect(result.traditional).toBeNull();
    expect(result.ratios).toBeNull();
  });

  it('repeats the traditional run for the same seed and gives it bands over runs', async () => {
    const options = { seed: 8, days: 63, runs: 3, createLine: recordingLine, createTraditionalLine: recordingLine };
    const a = await simulate({}, options);
    expect(await simulate({}, options)).toEqual(a);
    expect(a.bands?.traditional?.meetingsHeld.p50).toBeGreaterThan(0);
  });

  it('refuses options it cannot honour with a clear error', async () => {
    await expect(simulate({}, { seed: 1.5, days: 10, createLine: recordingLine })).rejects.toThrow(/seed/);
    await expect(simulate({}, { seed: 1, days: 0, createLine: recordingLine })).rejects.toThrow(SalesLineError);
    await expect(simulate({}, { seed: 1, days: 10, runs: 0, createLine: recordingLine })).rejects.toThrow(/runs/);
    await expect(simulate({ conversion: { winRate: 7 } }, { seed: 1, days: 10, createLine: recordingLine })).rejects.toMatchObject({ code: 'invalid-scenario' });
  });

  it('refuses missing options, and names the place of a scenario issue in its message', async () => {
    await expect(simulate({}, undefined as never)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/seed.*days/) });
    await expect(simulate({ conversion: { winRate: 7 } }, { seed: 1, days: 10, createLine: recordingLine })).rejects.toMatchObject({
      code: 'invalid-scenario',
      message: expect.stringContaining('conversion.winRate'),
      issues: expect.arrayContaining([expect.objectContaining({ path: ['conversion', 'winRate'] })]),
    });
  });

  it('refuses a line config that is not valid with invalid-config before simulating anything', async () => {
    let built = 0;
    const createLine = (input: Parameters<typeof recordingLine>[0]) => {
      built += 1;
      return recordingLine(input);
    };
    await expect(simulate({}, { seed: 1, days: 5, config: { version: 1 } as never, createLine })).rejects.toMatchObject({ code: 'invalid-config' });
    expect(built).toBe(0);
  });

  it('refuses a start that is not epoch milliseconds and a stage the config does not have, before simulating', async () => {
    await expect(simulate({}, { seed: 1, days: 5, start: Number.NaN, createLine: recordingLine })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/start/) });
    await expect(simulate({}, { seed: 1, days: 5, start: '2026-01-05' as never, createLine: recordingLine })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(simulate({}, { seed: 1, days: 5, stages: { won: 'signed' }, createLine: recordingLine })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('stages.won "signed"'),
    });
    await expect(simulate({}, { seed: 1, days: 5, stages: { lost: ['gone'] }, createLine: recordingLine })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it("gives each station its payroll and the revenue of the deals it closed, adding up to the run's totals", async () => {
    const result = await simulate({}, { seed: 4, days: 126, createLine: recordingLine, createTraditionalLine: recordingLine });
    const sum = (stations: { cost: number; revenue: number }[], key: 'cost' | 'revenue') => stations.reduce((total, s) => total + s[key], 0);
    expect(sum(result.stations, 'cost')).toBeCloseTo(result.totals.cost, 6);
    expect(sum(result.stations, 'revenue')).toBe(result.totals.revenue);
    const revenueBy = Object.fromEntries(result.stations.map((s) => [s.station, s.revenue]));
    expect(revenueBy.hunter).toBeGreaterThan(0);
    expect(revenueBy['lead-generation']).toBe(0);
    const hunter = result.stations.find((s) => s.station === 'hunter')!;
    expect(hunter.cost).toBeCloseTo((4 * 147_500 * 126) / 12 / 21, 6);
    expect(result.traditional?.stations[0]).toMatchObject({ cost: result.traditional?.totals.cost, revenue: result.traditional?.totals.revenue });
  });

  it('gives no ratio, never NaN, where the traditional team did none of it', async () => {
    // One day: nobody has held a meeting or won a deal yet, but both teams were paid.
    const result = await simulate({}, { seed: 3, days: 1, createLine: recordingLine });
    expect(result.traditional?.totals.meetingsHeld).toBe(0);
    expect(result.ratios?.meetingsHeld).toBeNull();
    expect(result.ratios?.dealsWon).toBeNull();
    expect(result.ratios?.cost).toBeGreaterThan(1);
    for (const value of Object.values(result.ratios ?? {})) expect(Number.isNaN(value)).toBe(false);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('draws binomial and Poisson counts with the right means', () => {
    const random = createRandom(99);
    let binomial = 0;
    let poisson = 0;
    for (let i = 0; i < 2_000; i++) {
      binomial += random.binomial(200, 0.054);
      poisson += random.poisson(45);
    }
    expect(binomial / 2_000).toBeCloseTo(10.8, 0);
    expect(poisson / 2_000).toBeCloseTo(45, 0);
    expect(random.binomial(10, 1)).toBe(10);
    expect(random.binomial(10, 0.999_999_9)).toBe(10);
  });
});

describe('simulate, over random scenarios', () => {
  it('never loses a meeting and never wins more deals than meetings held', async () => {
    const share = fc.double({ min: 0.05, max: 1, noNaN: true });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 31 }),
          sdrs: fc.integer({ min: 0, max: 4 }),
          hunters: fc.integer({ min: 0, max: 3 }),
          csms: fc.integer({ min: 0, max: 2 }),
          inbound: fc.integer({ min: 0, max: 300 }),
          connectRate: share,
          showRateOutbound: share,
          cap: fc.integer({ min: 0, max: 5 }),
          cycleDays: fc.integer({ min: 1, max: 30 }),
        }),
        async (p) => {
          const { totals, stations } = await simulate(
            {
              leads: { inboundPerMonth: p.inbound },
              conversion: { connectRate: p.connectRate, showRateOutbound: p.showRateOutbound },
              hffc: { capPerHunter: p.cap },
              cycleDays: p.cycleDays,
              line: { 'lead-generation': { headcount: p.sdrs }, hunter: { headcount: p.hunters }, 'customer-management': { headcount: p.csms } },
            },
            { seed: p.seed, days: 42, createLine: recordingLine },
          );
          const queue = (id: string) => stations.find((s) => s.station === id)?.queue.final ?? 0;
          expect(totals.meetingsSet).toBe(totals.meetingsHeld + totals.noShows + queue('hunter'));
          expect(totals.dealsWon).toBeLessThanOrEqual(totals.meetingsHeld);
          expect(totals.onboarded + queue('customer-management')).toBe(totals.dealsWon);
          for (const station of stations) expect(station.utilisation).toBeLessThanOrEqual(1 + 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});
