import { SalesLineError, formatPath, simulate as runSimulation, type SimulationResult } from '@sales-line/core';
import { capacityModel, formatCapacityTable, parseScenario } from '@sales-line/core/simulation';
import type { Command } from '../command.ts';
import { UsageError, readJsonFile, type CliIO } from '../io.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { formatTable } from '../table.ts';

const whole = (n: number) => Math.round(n).toLocaleString('en');
const percent = (n: number) => `${Math.round(n * 100)}%`;

function printSimulation(io: CliIO, result: SimulationResult): void {
  const t = result.totals;
  io.stdout(`\nSimulated ${result.days} days (seed ${result.seed}${result.runs > 1 ? `, ${result.runs} runs` : ''}) through the line's own routing and assignment:\n`);
  io.stdout(
    formatTable(
      ['', 'Assembly line', ...(result.traditional ? ['Traditional'] : [])],
      (
        [
          ['Leads worked', 'leadsWorked'],
          ['Meetings held', 'meetingsHeld'],
          ['Deals won', 'dealsWon'],
          ['Revenue', 'revenue'],
          ['Cost', 'cost'],
          ['Profit', 'profit'],
        ] as const
      ).map(([label, key]) => [label, whole(t[key]), ...(result.traditional ? [whole(result.traditional.totals[key])] : [])]),
    ),
  );
  io.stdout(`\n${formatTable(['Station', 'Headcount', 'Utilisation', 'Queue at end'], result.stations.map((s) => [s.station, String(s.headcount), percent(s.utilisation), whole(s.queue.final)]))}`);
  io.stdout(`Bottleneck: ${result.bottleneck}\n`);
  if (result.bands) {
    const b = result.bands.totals;
    io.stdout(`Over ${result.runs} seeds (p10 – p50 – p90): deals won ${whole(b.dealsWon.p10)} – ${whole(b.dealsWon.p50)} – ${whole(b.dealsWon.p90)}; profit ${whole(b.profit.p10)} – ${whole(b.profit.p50)} – ${whole(b.profit.p90)}\n`);
  }
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
}

export const simulate: Command = {
  summary: 'Compare the assembly line with a traditional team: the capacity model, then a seeded simulation.',
  usage: 'sales-line simulate [--scenario <s.json>] [--seed N] [--days N] [--runs N] [--json]',
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: { scenario: { type: 'string' }, seed: { type: 'string' }, days: { type: 'string' }, runs: { type: 'string' }, json: { type: 'boolean' } },
    });
    // Plain digits only: Number() would also read "", "0x10" and "1e3", and guess.
    const integer = (name: string, text: string | undefined, fallback: number, min: number, max: number) => {
      if (text === undefined) return fallback;
      const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!(n >= min && n <= max)) throw new UsageError(`--${name} "${text}": a whole number from ${min} to ${max.toLocaleString('en')}`);
      return n;
    };
    const seed = integer('seed', values.seed, 1, 0, 2 ** 32 - 1);
    const days = integer('days', values.days, 60, 1, 3650);
    const runs = integer('runs', values.runs, 1, 1, 200);
    let scenario;
    try {
      scenario = parseScenario(values.scenario ? await readJsonFile(io, values.scenario) : {});
    } catch (error) {
      if (!(error instanceof SalesLineError)) throw error;
      const where = error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`).join('\n');
      throw new UsageError(`${values.scenario} is not a valid scenario:\n${where || error.message}`);
    }
    const model = capacityModel(scenario);
    if (io.interactive) io.stderr(`simulating ${days} days × ${runs} run${runs === 1 ? '' : 's'}…\n`);
    const result = await runSimulation(scenario, { seed, days, runs });
    if (values.json) {
      io.stdout(`${JSON.stringify({ capacity: model, simulation: result })}\n`);
      return 0;
    }
    io.stdout(`Capacity model (per month, deterministic):\n${formatCapacityTable(model)}\n`);
    printSimulation(io, result);
    return 0;
  },
};
