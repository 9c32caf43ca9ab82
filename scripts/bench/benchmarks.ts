// Benchmarks over ten million generated activities: time and peak memory of the streaming
// accumulator. Run by `pnpm bench`, or alone: pnpm exec tsx --conditions=source scripts/bench/benchmarks.ts
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchmarkAccumulator, generateActivities } from '../../packages/core/src/benchmarks.ts';
import { parseConfig, type Rep } from '../../packages/core/src/index.ts';

export const title = 'Benchmarks: ten million activities through the streaming accumulator';

const TOTAL = 10_000_000;
const PERIOD = { from: '2026-01-05T00:00:00Z', to: '2026-04-13T00:00:00Z' };
const SAMPLE_EVERY = 250_000;

const STATIONS = [
  { id: 'lead-generation', name: 'Lead generation', stages: ['new'], count: 700 },
  { id: 'hunter', name: 'Hunter', stages: ['meeting-held'], count: 150 },
  { id: 'customer-management', name: 'Customer management', stages: ['onboarding'], count: 100 },
  { id: 'business-development', name: 'Business development', stages: ['recycled'], count: 50 },
];

const config = parseConfig({
  version: 1,
  line: { stations: STATIONS.map(({ count: _count, ...station }) => station) },
  routing: { fallback: { station: 'lead-generation' } },
  benchmarks: {
    metrics: [
      { id: 'dials-per-day', label: 'Dials per day', station: 'lead-generation', kind: 'count', type: 'dial' },
      { id: 'meeting-rate', label: 'Meeting rate', station: 'lead-generation', kind: 'rate', numerator: 'meeting-set', denominator: 'conversation' },
      { id: 'speed-to-lead', label: 'Speed to lead', station: 'lead-generation', kind: 'time', from: 'lead-created', to: 'first-touch', direction: 'lower' },
      { id: 'win-rate', label: 'Win rate', station: 'hunter', kind: 'rate', numerator: 'won', denominator: 'meeting-held' },
      { id: 'revenue', label: 'Revenue', station: 'hunter', kind: 'sum', type: 'won' },
      { id: 'renewal-rate', label: 'Renewal rate', station: 'customer-management', kind: 'rate', numerator: 'renewed', denominator: 'renewal-due' },
      { id: 'bd-revenue', label: 'Revenue', station: 'business-development', kind: 'sum', type: 'won' },
    ],
  },
});

const reps: Rep[] = STATIONS.flatMap((station) =>
  Array.from({ length: station.count }, (_, i) => ({ id: `${station.id}-${i}`, name: `${station.id} ${i}`, station: station.id, joinedStationAt: '2025-01-01' })),
);

function* firstTen() {
  let n = 0;
  for (const activity of generateActivities(reps, PERIOD, { seed: 42 })) {
    yield activity;
    if ((n += 1) === TOTAL) return;
  }
  throw new Error(`the scenario produced only ${n} activities; lengthen PERIOD`);
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

interface Pass {
  ms: number;
  /** CPU time of this process: the machine may be shared, so wall time alone misleads. */
  cpuMs: number;
  peakHeap: number;
  peakRss: number;
  accumulator?: BenchmarkAccumulator;
}

function pass(accumulate: boolean): Pass {
  (globalThis as { gc?: () => void }).gc?.();
  const accumulator = new BenchmarkAccumulator(config, reps, PERIOD);
  let peakHeap = 0;
  let peakRss = 0;
  let n = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const activity of firstTen()) {
    if (accumulate) accumulator.add(activity);
    if ((n += 1) % SAMPLE_EVERY === 0) {
      const memory = process.memoryUsage();
      peakHeap = Math.max(peakHeap, memory.heapUsed);
      peakRss = Math.max(peakRss, memory.rss);
    }
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return accumulate ? { ms, cpuMs, peakHeap, peakRss, accumulator } : { ms, cpuMs, peakHeap, peakRss };
}

export default async function run(): Promise<void> {
  console.log(`benchmarks: ${TOTAL.toLocaleString('en-US')} generated activities, ${reps.length} reps, ${config.benchmarks?.metrics.length} metrics`);
  const baseline = process.memoryUsage();
  const generateOnly = pass(false);
  const full = pass(true);
  const started = performance.now();
  const report = full.accumulator!.report();
  const reportMs = performance.now() - started;
  const accumulateCpuMs = Math.max(1, full.cpuMs - generateOnly.cpuMs);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`  generate only            ${seconds(generateOnly.ms)} wall, ${seconds(generateOnly.cpuMs)} CPU`);
  console.log(`  generate + accumulate    ${seconds(full.ms)} wall, ${seconds(full.cpuMs)} CPU`);
  console.log(`  accumulate (difference)  ${seconds(accumulateCpuMs)} CPU  ≈ ${Math.round(TOTAL / (accumulateCpuMs / 1000)).toLocaleString('en-US')} activities/s`);
  console.log(`  report()                 ${reportMs.toFixed(1)} ms`);
  console.log(`  heap before              ${mb(baseline.heapUsed)}`);
  console.log(`  peak heap / rss          ${mb(full.peakHeap)} / ${mb(full.peakRss)} (generate only: ${mb(generateOnly.peakHeap)} / ${mb(generateOnly.peakRss)})`);
  console.log(`  counted / ignored        ${report.activities.counted.toLocaleString('en-US')} / ${report.activities.ignored.toLocaleString('en-US')}; leads forgotten: ${report.evictedLeads}`);
}

// The runner (scripts/bench.ts) calls the named `run`; the default export is the same function.
export { run };

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await run();
