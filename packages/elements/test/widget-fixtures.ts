import type { BenchmarkReport, CapacityModel, MetricBenchmark, PromotionReport, RepBenchmark, RoutingDecision, SimulationResult } from '@sales-line/core';

export const HOSTILE = '<img src=x onerror="window.__pwned = true">';

export function rep(repId: string, name: string, value: number | null, percentile: number | null, status: RepBenchmark['status'], extra: Partial<RepBenchmark> = {}): RepBenchmark {
  return { repId, name, value, percentile, status, ramping: false, meetsTarget: value === null ? null : value >= 100, basis: 10, ...extra };
}

export function dialsMetric(reps: RepBenchmark[] = defaultReps()): MetricBenchmark {
  return {
    id: 'dials',
    label: 'Dials',
    kind: 'count',
    station: 'lead-generation',
    direction: 'higher',
    unit: 'per-workday',
    target: 100,
    band: { below: 25, above: 75 },
    distribution: { n: 4, mean: 95, median: 92, p25: 80, p75: 110, p90: 118, min: 60, max: 125 },
    reps,
  };
}

export function defaultReps(): RepBenchmark[] {
  return [
    rep('r-ana', 'Ana', 120, 78, 'above'),
    rep('r-ben', 'Ben', 60, 5, 'below'),
    rep('r-cy', 'Cy', 92, 50, 'within'),
    rep('r-dee', 'Dee', 104, 66, 'within'),
    rep('r-eve', 'Eve', 30, null, null, { ramping: true }),
  ];
}

export function benchmarkReport(metric: MetricBenchmark = dialsMetric()): BenchmarkReport {
  const rate: MetricBenchmark = {
    ...dialsMetric(),
    id: 'win-rate',
    label: 'Win rate',
    kind: 'rate',
    station: 'hunter',
    unit: 'ratio',
    target: null,
    distribution: { n: 2, mean: 0.25, median: 0.25, p25: 0.2, p75: 0.3, p90: 0.33, min: 0.15, max: 0.35 },
    reps: [rep('r-hal', 'Hal', 0.35, 100, 'above', { meetsTarget: null }), rep('r-ida', 'Ida', 0.15, 0, 'below', { meetsTarget: null })],
  };
  return {
    period: { from: '2026-10-01', to: '2026-10-31' },
    stations: [
      { station: 'lead-generation', name: 'Lead generation', metrics: [metric] },
      { station: 'hunter', name: 'Hunter', metrics: [rate] },
    ],
    activities: { counted: 100, ignored: 0 },
    evictedLeads: 0,
  };
}

export function routingDecision(): RoutingDecision {
  return {
    leadId: 'l-acme',
    station: 'hunter',
    stage: 'qualified',
    repId: 'r-dana',
    queue: null,
    rule: 'fintech-enterprise',
    fallback: false,
    explanation: {
      text: "Routed to Hunter by rule 'fintech-enterprise': industry is fintech and employees 1,200 ≥ 500.",
      rules: [
        {
          name: 'fintech-enterprise',
          priority: 10,
          index: 0,
          matched: true,
          missingFacts: [],
          conditions: {
            kind: 'all',
            result: true,
            children: [
              { kind: 'fact', fact: 'industry', operator: 'equal', value: 'fintech', factValue: 'fintech', missing: false, result: true },
              {
                kind: 'any',
                result: true,
                children: [
                  { kind: 'fact', fact: 'employees', operator: 'greaterThanInclusive', value: 500, factValue: 1200, missing: false, result: true },
                  { kind: 'fact', fact: 'budget', path: '$.max', operator: 'greaterThan', value: 50000, valueFact: 'floor', factValue: undefined, missing: true, result: false },
                ],
              },
            ],
          },
        },
        {
          name: 'emea',
          priority: 5,
          index: 1,
          matched: false,
          missingFacts: ['region'],
          conditions: { kind: 'not', result: false, children: [{ kind: 'fact', fact: 'region', operator: 'in', value: ['us', 'ca'], factValue: undefined, missing: true, result: false }] },
        },
        { name: 'catch-all', priority: 1, index: 2, matched: false, missingFacts: [], skipped: true },
      ],
      candidates: [
        { repId: 'r-dana', name: 'Dana', eligible: true, chosen: true, load: 3, credits: 2 },
        { repId: 'r-eli', name: 'Eli', eligible: true, load: 5, credits: 1 },
        { repId: 'r-fay', name: 'Fay', eligible: false, excludedBy: 'capacity', reason: 'at 12 of 12 open leads', load: 12 },
      ],
      strategy: 'least-loaded',
      tieBreak: 'credits',
    },
  };
}

export function promotionReports(): PromotionReport[] {
  const base = { met: [], missing: [], criteria: [], rule: null };
  return [
    { ...base, repId: 'r-ana', name: 'Ana', station: 'lead-generation', next: 'customer-management', eligible: true, rule: 'sdr-to-cm',
      met: ['Dials percentile 78 — needs ≥ 60'],
      criteria: [{ description: 'Dials percentile 78 — needs ≥ 60', fact: 'metric.dials.percentile', actual: 78, required: '≥ 60', met: true }],
      summary: 'Ana is eligible for Customer management: the criterion is met.' },
    { ...base, repId: 'r-ben', name: 'Ben', station: 'lead-generation', next: 'customer-management', eligible: false, rule: 'sdr-to-cm',
      met: ['Months in station 7 — needs ≥ 6'], missing: ['Dials percentile 5 — needs ≥ 60'],
      criteria: [
        { description: 'Dials percentile 5 — needs ≥ 60', fact: 'metric.dials.percentile', actual: 5, required: '≥ 60', met: false },
        { description: 'Months in station 7 — needs ≥ 6', fact: 'monthsInStation', actual: 7, required: '≥ 6', met: true },
      ],
      summary: 'Ben is not yet eligible for Customer management: Dials percentile 5 — needs ≥ 60.' },
    { ...base, repId: 'r-cy', name: 'Cy', station: 'customer-management', next: 'business-development', eligible: true, summary: 'Cy can move to Business development: no conditions are set for this step.' },
    { ...base, repId: 'r-dana', name: 'Dana', station: 'hunter', next: null, eligible: false, summary: 'Dana is at the end of the career path (Hunter).' },
    { ...base, repId: 'r-ops', name: 'Olga', station: 'lead-management', next: null, eligible: false, summary: "Olga's station (Lead management) is not on the career path." },
  ];
}

/** A path where SDRs may be promoted straight to Hunter — which core forbids. */
export function shortPathReports(): PromotionReport[] {
  const reason = 'An SDR goes to Hunter through customer management and business development: straight from cold calling, a new closer is too junior and fails.';
  return [
    { repId: 'r-ana', name: 'Ana', station: 'lead-generation', next: 'hunter', eligible: false, met: [], missing: [reason], criteria: [], rule: null, summary: `Ana cannot move to Hunter: ${reason}` },
  ];
}

const team = (overrides: Record<string, unknown>) => ({
  headcount: 10, inboundLeads: 400, outboundLeads: 600, leadsWorked: 1000, conversations: 300, meetingsSet: 120, meetingsHeld: 100,
  qualifiedDeals: 60, dealsInCycle: 40, parkedDeals: 5, dealsWon: 20, revenue: 400000, revenueYearTwo: 420000, cost: 100000,
  costPerMeeting: 1000, costPerWonDeal: 5000, profit: 300000, stations: [], bottleneck: 'lead-supply', ...overrides,
});

const station = (id: string, headcount: number, utilisation: number) => ({ station: id, headcount, unit: 'leads', capacity: 100, load: utilisation * 100, utilisation, leadCapacity: 1000, costPerMonth: 10000 });

/** A capacity model by hand: the line beats the team, Hunter is the bottleneck. */
export function capacityFixture(): CapacityModel {
  return {
    line: team({
      leadsWorked: 1200, meetingsHeld: 140, dealsWon: 35, costPerWonDeal: 3200, profit: 512000.4,
      stations: [station('lead-generation', 4, 0.62), station('hunter', 3, 0.965), station('customer-management', 2, 0.4)],
      bottleneck: 'hunter',
    }),
    traditional: team({ leadsWorked: 600, meetingsHeld: 60, dealsWon: 12, costPerWonDeal: 8000, profit: -15000, stations: [station('generalist', 9, 0.88)], bottleneck: 'generalist' }),
    ratios: { leadsWorked: 2, meetingsHeld: 2.33, dealsWon: 2.9, revenue: 2.9, cost: 1.1, profit: -34, costPerMeeting: 0.5, costPerWonDeal: 0.4 },
    closerCapacityRatio: 7,
  } as unknown as CapacityModel;
}

const totals = (overrides: Record<string, number>) => ({
  inboundLeads: 0, outboundDials: 0, leadsWorked: 0, conversations: 0, meetingsSet: 0, meetingsHeld: 0, noShows: 0, droppedAtFirstMeeting: 0,
  dealsWon: 0, dealsLost: 0, parked: 0, revived: 0, overflow: 0, onboarded: 0, revenue: 0, cost: 0, profit: 0, refusedMoves: 0, ...overrides,
});
const band = (p10: number, p50: number, p90: number) => ({ p10, p50, p90, mean: p50 });

/** A 90-day simulation over 50 seeds with bands. */
export function simulationFixture(): SimulationResult {
  return {
    seed: 1, days: 90, runs: 50, bottleneck: 'lead-generation', months: [], warnings: [],
    totals: totals({ leadsWorked: 3000, meetingsHeld: 400, dealsWon: 100, cost: 250000, profit: 750000 }),
    stations: [
      { station: 'lead-generation', headcount: 5, unit: 'touches', capacity: 100, throughput: 99, utilisation: 0.99, queue: { final: 30, mean: 12, max: 40 } },
      { station: 'hunter', headcount: 2, unit: 'meetings', capacity: 100, throughput: 70, utilisation: 0.7, queue: { final: 0, mean: 0, max: 2 } },
    ],
    bands: {
      totals: { leadsWorked: band(2800, 3000, 3200), meetingsHeld: band(380, 400, 420), dealsWon: band(90, 100, 110), profit: band(700000, 750000, 800000) },
      utilisation: { 'lead-generation': band(0.95, 0.99, 1.02), hunter: band(0.6, 0.7, 0.8) },
      traditional: null,
    },
    traditional: null,
    ratios: null,
  } as unknown as SimulationResult;
}
