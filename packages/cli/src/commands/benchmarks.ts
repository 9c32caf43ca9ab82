import { BenchmarkAccumulator } from '@sales-line/core/benchmarks';
import { type BenchmarkReport } from '@sales-line/core';
import type { Command } from '../command.ts';
import { UsageError, type CliIO } from '../io.ts';
import { loadConfig } from '../load-config.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { parsePeriod } from '../period.ts';
import { printable } from '../printable.ts';
import { readReps } from '../read-reps.ts';
import { readActivitiesInto } from '../read-activities.ts';
import { formatTable } from '../table.ts';

const percent = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const show = (value: number | null) => (value === null ? '—' : number.format(value));

export function printBenchmarks(io: CliIO, report: BenchmarkReport): void {
  io.stdout(`Benchmarks ${report.period.from.slice(0, 10)} – ${report.period.to.slice(0, 10)} (${report.activities.counted.toLocaleString('en')} activities)\n`);
  for (const station of report.stations) {
    for (const metric of station.metrics) {
      const d = metric.distribution;
      io.stdout(`\n${printable(station.name)} · ${printable(metric.label)} (${printable(metric.unit)}; team n=${d.n}, median ${show(d.median)}, p25–p75 ${show(d.p25)}–${show(d.p75)})\n`);
      const rows = metric.reps.map((rep) => [
        rep.name + (rep.ramping ? ' (ramping)' : ''),
        show(rep.value),
        rep.percentile === null ? '—' : percent.format(rep.percentile),
        rep.status ?? '—',
      ]);
      io.stdout(formatTable(['Rep', 'Value', 'Percentile', 'Status'], rows));
    }
  }
}

export const benchmarks: Command = {
  summary: 'Benchmark every rep against the peers of their station over a period.',
  usage: 'sales-line benchmarks --config <config.json> --reps <reps.json> --activities <a.ndjson|.csv|.json> --period <2026-10> [--json]',
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: { config: { type: 'string' }, reps: { type: 'string' }, activities: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (!values.config || !values.reps || !values.activities || !values.period) {
      throw new UsageError('benchmarks needs --config, --reps (who is in which station), --activities and --period');
    }
    const config = await loadConfig(io, values.config);
    const accumulator = new BenchmarkAccumulator(config, await readReps(io, values.reps, [config]), parsePeriod(values.period));
    const refused = await readActivitiesInto(io, values.activities, accumulator);
    const report = accumulator.report();
    if (values.json) io.stdout(`${JSON.stringify(report)}\n`);
    else printBenchmarks(io, report);
    return refused > 0 ? 1 : 0;
  },
};
