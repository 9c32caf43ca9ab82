// Benchmarks a small line over four weeks of generated activities, then reports who can
// move along the career path and what everyone else still misses.
import { readFile } from 'node:fs/promises';
import { checkPromotion } from '@sales-line/core/promotion';
import { computeBenchmarks, evaluatePromotions, parseConfig, type MetricBenchmark, type Rep } from '@sales-line/core';
import { generateActivities } from '@sales-line/core/benchmarks';

const config = parseConfig(JSON.parse(await readFile(new URL('./sales-line.json', import.meta.url), 'utf8')));
const period = { from: '2026-02-02T00:00:00Z', to: '2026-03-02T00:00:00Z' };
const now = period.to;

const reps: Rep[] = [
  { id: 'ana', name: 'Ana', station: 'lead-generation', joinedStationAt: '2025-05-04' },
  { id: 'ben', name: 'Ben', station: 'lead-generation', joinedStationAt: '2025-09-01' },
  { id: 'cy', name: 'Cy', station: 'lead-generation', joinedStationAt: '2024-11-18' },
  { id: 'dee', name: 'Dee', station: 'lead-generation', joinedStationAt: '2026-01-12' },
  { id: 'eli', name: 'Eli', station: 'lead-generation', joinedStationAt: '2025-02-03' },
  { id: 'cam', name: 'Cam', station: 'customer-management', joinedStationAt: '2024-12-01', competencies: { discovery: 4 } },
  { id: 'cora', name: 'Cora', station: 'customer-management', joinedStationAt: '2025-08-01', competencies: { discovery: 2 } },
  { id: 'bo', name: 'Bo', station: 'business-development', joinedStationAt: '2025-03-01', competencies: { closing: 3 } },
  { id: 'hal', name: 'Hal', station: 'hunter', joinedStationAt: '2023-06-01' },
  { id: 'hana', name: 'Hana', station: 'hunter', joinedStationAt: '2024-02-01' },
];

const report = computeBenchmarks(config, generateActivities(reps, period, { seed: 7 }), reps, period);

const UNIT: Record<MetricBenchmark['unit'], (v: number) => string> = {
  ratio: (v) => `${(v * 100).toFixed(1)}%`,
  hours: (v) => `${(v * 60).toFixed(1)} min`,
  'per-workday': (v) => v.toFixed(1),
  'per-period': (v) => Math.round(v).toLocaleString('en-US'),
};
const show = (metric: MetricBenchmark, value: number | null) => (value === null ? '—' : UNIT[metric.unit](value));

console.log(`Benchmarks ${report.period.from.slice(0, 10)} → ${report.period.to.slice(0, 10)} (${report.activities.counted.toLocaleString('en-US')} activities)\n`);
for (const station of report.stations) {
  console.log(`## ${station.name}`);
  for (const metric of station.metrics) {
    const d = metric.distribution;
    console.log(`  ${metric.label} (${metric.direction} is better): n=${d.n} p25=${show(metric, d.p25)} median=${show(metric, d.median)} p75=${show(metric, d.p75)} p90=${show(metric, d.p90)}`);
    for (const rep of metric.reps) {
      const percentile = rep.percentile === null ? '  —' : `p${Math.round(rep.percentile)}`.padStart(4);
      const flags = [rep.ramping ? 'ramping' : '', rep.meetsTarget === false ? 'under target' : ''].filter(Boolean).join(', ');
      console.log(`    ${rep.name.padEnd(6)} ${show(metric, rep.value).padStart(10)}  ${percentile}  ${(rep.status ?? '').padEnd(6)} ${flags}`);
    }
  }
  console.log('');
}

console.log('## Career path\n');
for (const promotion of evaluatePromotions(config, reps, report, now, { openHeadcount: { hunter: 1 } })) {
  console.log(`  ${promotion.eligible ? '✔' : '·'} ${promotion.summary}`);
}

const jump = checkPromotion(config, reps[0]!, 'hunter');
console.log(`\nAna straight to Hunter? ${jump.ok ? 'allowed' : `refused: ${jump.reason}`}`);
