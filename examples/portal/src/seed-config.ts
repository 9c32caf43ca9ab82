import { parseConfig, presets, type SalesLineConfig } from '@sales-line/core';

/**
 * The seeded company's config: the assembly line preset plus what its sales-ops lead would
 * add on day one — the metrics each station is judged on (figures from public benchmarks:
 * 150 dials a day, 90% renewals) and the career path's promotion rules.
 */
export const seedConfig: SalesLineConfig = parseConfig({
  ...presets.assemblyLine,
  benchmarks: {
    workdays: [1, 2, 3, 4, 5],
    ramp: { months: 3, byStation: { hunter: 5 } },
    status: { below: 25, above: 75 },
    metrics: [
      { id: 'dials-per-day', label: 'Dials per day', station: 'lead-generation', kind: 'count', type: 'dial', target: 150 },
      { id: 'meeting-rate', label: 'Meetings per conversation', station: 'lead-generation', kind: 'rate', numerator: 'meeting-set', denominator: 'conversation', target: 0.12 },
      { id: 'speed-to-lead', label: 'Speed to lead', station: 'lead-generation', kind: 'time', from: 'lead-created', to: 'first-touch', direction: 'lower' },
      { id: 'win-rate', label: 'Win rate', station: 'hunter', kind: 'rate', numerator: 'won', denominator: 'meeting-held', target: 0.2 },
      { id: 'revenue', label: 'Revenue won', station: 'hunter', kind: 'sum', type: 'won' },
      { id: 'renewal-rate', label: 'Renewal rate', station: 'customer-management', kind: 'rate', numerator: 'renewed', denominator: 'renewal-due', target: 0.9, status: { below: 10, above: 90 } },
      { id: 'bd-win-rate', label: 'Win rate', station: 'business-development', kind: 'rate', numerator: 'won', denominator: 'meeting-held', target: 0.15 },
    ],
  },
  promotion: {
    path: ['lead-generation', 'customer-management', 'business-development', 'hunter'],
    rules: [
      {
        name: 'sdr-to-customer-management',
        from: 'lead-generation',
        to: 'customer-management',
        conditions: {
          all: [
            { fact: 'monthsInStation', operator: 'greaterThanInclusive', value: 6 },
            { fact: 'metric.meeting-rate.percentile', operator: 'greaterThanInclusive', value: 50 },
          ],
        },
      },
      {
        name: 'ready-for-business-development',
        from: 'customer-management',
        to: 'business-development',
        conditions: {
          all: [
            { fact: 'monthsInStation', operator: 'greaterThanInclusive', value: 12 },
            { fact: 'metric.renewal-rate.value', operator: 'greaterThanInclusive', value: 0.85 },
            { fact: 'competency.discovery', operator: 'greaterThanInclusive', value: 3 },
          ],
        },
      },
      {
        name: 'ready-to-hunt',
        from: 'business-development',
        to: 'hunter',
        conditions: {
          all: [
            { fact: 'openHeadcount', operator: 'greaterThanInclusive', value: 1 },
            {
              any: [
                { fact: 'metric.bd-win-rate.value', operator: 'greaterThanInclusive', value: 0.15 },
                { fact: 'competency.closing', operator: 'greaterThanInclusive', value: 4 },
              ],
            },
          ],
        },
      },
    ],
    forbidden: [
      { from: 'lead-generation', to: 'hunter', reason: 'An SDR learns customers and smaller deals first: SDR straight to Hunter fails.' },
      { from: 'customer-management', to: 'hunter', reason: 'Close smaller deals in business development first.' },
    ],
  },
});
