import { BenchmarkAccumulator } from '@sales-line/core/benchmarks';
import { evaluatePromotions, type BenchmarkReport } from '@sales-line/core';
import type { Command } from '../command.ts';
import { UsageError } from '../io.ts';
import { loadConfig } from '../load-config.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { parsePeriod } from '../period.ts';
import { readActivitiesInto } from '../read-activities.ts';
import { readReps } from '../read-reps.ts';
import { formatTable } from '../table.ts';

export const promotions: Command = {
  summary: 'Who is ready for the next step of the career path, and what each person still misses.',
  usage: 'sales-line promotions --config <config.json> --reps <reps.json> [--activities <a.ndjson> --period <2026-Q3>] [--now <date>] [--json]',
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: {
        config: { type: 'string' },
        reps: { type: 'string' },
        activities: { type: 'string' },
        period: { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (!values.config || !values.reps) throw new UsageError('promotions needs --config and --reps');
    if (Boolean(values.activities) !== Boolean(values.period)) throw new UsageError('--activities and --period go together (the benchmarks the rules read)');
    const config = await loadConfig(io, values.config);
    const reps = await readReps(io, values.reps, [config]);
    let report: BenchmarkReport | undefined;
    let refused = 0;
    if (values.activities && values.period) {
      const accumulator = new BenchmarkAccumulator(config, reps, parsePeriod(values.period));
      refused = await readActivitiesInto(io, values.activities, accumulator);
      report = accumulator.report();
    }
    const now = values.now ?? Date.now();
    if (typeof now === 'string' && !Number.isFinite(Date.parse(now))) throw new UsageError(`--now "${now}" is not a date (use 2026-11-27)`);
    const results = evaluatePromotions(config, reps, report, now);
    if (values.json) {
      io.stdout(`${JSON.stringify(results)}\n`);
    } else {
      const rows = results.map((r) => [r.name, r.station, r.next ?? '—', r.eligible ? 'eligible' : 'not yet', r.missing.join('; ') || '—']);
      io.stdout(formatTable(['Rep', 'Station', 'Next step', 'Eligible', 'Still missing'], rows));
    }
    return refused > 0 ? 1 : 0;
  },
};
