// Simulation figures for `pnpm bench`: the capacity model, the sensitivity table, a seeded year
// of a 100-person line through the real line, and a replay of 1,000,000 generated leads.
import { Bench } from 'tinybench';
import { capacityModel, defaultScenario, diffDecisions, sensitivity } from '../../packages/core/src/simulation.ts';
import { presets, replay, simulate, type Lead, type RoutingDecision, type SalesLineConfig } from '../../packages/core/src/index.ts';
import { createRandom } from '../../packages/core/src/simulation/random.ts';
import { salesLineFactory } from '../../packages/core/src/simulation/sales-line-factory.ts';
import type { SimulationLineFactory } from '../../packages/core/src/simulation/simulation-line.ts';

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

const INDUSTRIES = ['fintech', 'retail', 'health', 'saas', 'manufacturing', 'logistics'];
const REGIONS = ['emea', 'na', 'apac', 'latam'];
const SOURCES = ['inbound', 'outbound', 'event', 'referral'];

/** Deterministic leads with the usual routing facts. */
export function generateLeads(count: number, seed = 1): Lead[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random.next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => ({
    id: `lead-${i}`,
    name: `Lead ${i}`,
    industry: pick(INDUSTRIES),
    region: pick(REGIONS),
    source: pick(SOURCES),
    employees: Math.floor(random.next() * 5_000),
    score: Math.floor(random.next() * 100),
  }));
}

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${format(performance.now() - started)} ms`);
  return result;
}

export const title = 'Simulation: capacity model, sensitivity, a year of the line, replay';

export async function run(): Promise<void> {
  const scenario = defaultScenario();
  const bench = new Bench({ time: 500 });
  bench.add('capacityModel(defaults)', () => {
    capacityModel(scenario);
  });
  bench.add('sensitivity(defaults), 18 parameters', () => {
    sensitivity(scenario);
  });
  await bench.run();
  for (const task of bench.tasks) {
    const hz = task.result && 'throughput' in task.result ? task.result.throughput.mean : NaN;
    console.log(`${task.name}: ${format(hz, 1)} ops/s`);
  }

  const year = await timed('simulate(defaults, a year: 252 workdays, 19 people, with the traditional team)', () => simulate({}, { seed: 1, days: 252 }));
  console.log(`  meetings held ${format(year.totals.meetingsHeld)}, won ${format(year.totals.dealsWon)}, line ÷ traditional meetings ${format(year.ratios?.meetingsHeld ?? NaN, 2)}×`);
  await hundredPersonYear();

  const leads = await timed('generate 1,000,000 leads', () => generateLeads(1_000_000));
  const decide = (lead: Lead, station: string): RoutingDecision => ({
    leadId: lead.id, station, stage: 'new', repId: null, queue: 'unassigned', rule: null, fallback: true,
    explanation: { text: '', rules: [], candidates: [] },
  });
  const before = leads.map((lead) => decide(lead, 'lead-generation'));
  const after = leads.map((lead) => decide(lead, lead['industry'] === 'fintech' ? 'hunter' : 'lead-generation'));
  const diff = await timed('diffDecisions over 1,000,000 decisions', () => diffDecisions(before, after));
  console.log(`  changed station: ${format(diff.changed.station)}`);

  const draft = enterpriseInboundToHunters(presets.assemblyLine);
  const replayed = await timed('replay(assemblyLine, draft, 1,000,000 leads)', () => replay(presets.assemblyLine, draft, leads));
  console.log(`  changed: ${format(replayed.changedLeads)} leads (station ${format(replayed.changed.station)}, fallback ${format(replayed.changed.fallback)})`);
  const reps = [
    ...Array.from({ length: 30 }, (_, i) => ({ id: `sdr-${i}`, name: `SDR ${i}`, station: 'lead-generation' })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `hunter-${i}`, name: `Hunter ${i}`, station: 'hunter' })),
  ];
  // With reps every lead is also assigned (candidates, rotation, loads): ~35x the cost of routing alone.
  const assigned = await timed('replay(assemblyLine, draft, 100,000 leads, 40 reps)', () => replay(presets.assemblyLine, draft, leads.slice(0, 100_000), { reps }));
  console.log(`  changed owner: ${format(assigned.changed.owner)} leads`);
}

/**
 * The goal of the issue: a year (`days: 365`) of a 100-person line through the real facade, in
 * seconds. Counts what went through the line: leads added and commands (every add, move, tick).
 */
async function hundredPersonYear(): Promise<void> {
  const days = Number(process.env.BENCH_SIMULATION_DAYS ?? 365);
  let leadsAdded = 0;
  let commands = 0;
  const createLine: SimulationLineFactory = (init) => {
    const line = salesLineFactory(init);
    return {
      ...line,
      addLeads: (leads) => {
        commands++;
        leadsAdded += leads.length;
        return line.addLeads(leads);
      },
      moveLead: (leadId, toStage) => {
        commands++;
        return line.moveLead(leadId, toStage);
      },
      tick: (now) => {
        commands++;
        return (line.tick as NonNullable<typeof line.tick>)(now);
      },
    };
  };
  const cpu = process.cpuUsage();
  const result = await timed(`simulate(100-person line, days: ${days}, line only)`, () => simulate(hundredPeople, { seed: 1, days, compare: false, createLine }));
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  console.log(`  ${format(seconds, 1)} s CPU; ${format(leadsAdded)} leads added, ${format(commands)} commands ≈ ${format(leadsAdded / seconds)} leads/s, ${format(commands / seconds)} commands/s (CPU)`);
  console.log(`  meetings held ${format(result.totals.meetingsHeld)}, won ${format(result.totals.dealsWon)}, refused moves ${result.totals.refusedMoves}`);
}

/** A 100-person line: 6 in lead management, 56 SDRs, 24 Hunters, 10 CSMs, 4 in business development. */
const hundredPeople = {
  leads: { inboundPerMonth: 3_000, outboundPerMonth: 400_000 },
  line: {
    'lead-management': { headcount: 6 },
    'lead-generation': { headcount: 56 },
    hunter: { headcount: 24 },
    'customer-management': { headcount: 10 },
    'business-development': { headcount: 4 },
  },
};

/** A draft of the reference line: enterprise inbound leads go straight to the Hunters. */
function enterpriseInboundToHunters(config: SalesLineConfig): SalesLineConfig {
  const draft = structuredClone(config) as SalesLineConfig;
  draft.routing.rules.push({
    name: 'enterprise-inbound-to-hunters',
    priority: 55,
    conditions: { all: [{ condition: 'isInbound' }, { condition: 'isEnterprise' }] },
    event: { type: 'route', params: { station: 'hunter', stage: 'meeting-held', strategy: 'least-loaded' } },
  });
  return draft;
}

export default run;

if (import.meta.url === `file://${process.argv[1]}`) await run();
