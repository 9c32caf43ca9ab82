// The whole assignment path: validation, routing with the full explanation, the
// assignment strategies, the reducers and the audit log, through `createSalesLine`.
import { createSalesLine, presets, type LineState } from '../../packages/core/src/index.ts';
import { assemblyLineLeads, assemblyLineReps } from './support/line-fixtures.ts';

export const title = 'Line: addLeads through the full assignment path (assembly-line preset, 20 reps)';

const LEADS = Number(process.env.BENCH_LINE_LEADS ?? 100_000);
/** Leads per `addLeads` call: how a host imports a file (one call per batch). */
const BATCH = Number(process.env.BENCH_LINE_BATCH ?? 10_000);
const NOW = Date.UTC(2026, 10, 27, 10);

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
}

export async function run(): Promise<void> {
  const leads = assemblyLineLeads(LEADS);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const line = createSalesLine(structuredClone(presets.assemblyLine), { reps: assemblyLineReps(), clock: () => NOW, undoLimit: 0 });
  const started = performance.now();
  const cpu = process.cpuUsage();
  let decided = 0;
  const batches: string[] = [];
  for (let from = 0; from < LEADS; from += BATCH) {
    const batchStarted = performance.now();
    decided += (await line.addLeads(leads.slice(from, from + BATCH))).length;
    batches.push((performance.now() - batchStarted).toFixed(0));
  }
  const wall = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  const state: LineState = line.getState();
  const stored = Object.keys(state.leads).length;
  if (decided !== LEADS || stored !== LEADS) throw new Error(`expected ${LEADS} decisions and stored leads, got ${decided} and ${stored}`);
  console.log(`addLeads: ${LEADS.toLocaleString('en-US')} leads in calls of ${BATCH.toLocaleString('en-US')}, full explanations, undo off`);
  console.log(`  total        ${wall.toFixed(2)} s wall, ${cpuUsed.toFixed(2)} s CPU ≈ ${Math.round(LEADS / cpuUsed).toLocaleString('en-US')} leads/s (CPU)`);
  console.log(`  per call ms  ${batches.join(', ')}`);
  if (gc === undefined) {
    console.log('  state memory (run node with --expose-gc to measure; `pnpm bench` does)');
    return;
  }
  // The leads were generated before `before`: the difference is what the line keeps.
  gc();
  const after = process.memoryUsage().heapUsed;
  const perLead = (after - before) / LEADS;
  console.log(`  state memory ${mb(after - before)} heap after GC for ${LEADS.toLocaleString('en-US')} leads ≈ ${Math.round(perLead).toLocaleString('en-US')} bytes a lead: what the line keeps (state, audit log)`);
  void line;
}
