import { SalesLineError, routeSync, type Lead, type RoutingDecision } from '@sales-line/core';
import type { Command } from '../command.ts';
import { UsageError } from '../io.ts';
import { createLeadAssigner } from '../lead-assigner.ts';
import { loadConfig } from '../load-config.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { LEAD_TEXT_FIELDS, readRecords, recordPlace } from '../read-leads.ts';
import { printable } from '../printable.ts';
import { progress } from '../progress.ts';
import { readReps } from '../read-reps.ts';

export const route: Command = {
  summary: 'Route leads through a config; print one decision per line (NDJSON). With --reps, also pick each lead\'s person.',
  usage: 'sales-line route --config <config.json> --leads <leads.json|.ndjson|.csv> [--reps <reps.json|.ndjson|.csv> [--now <2026-11-27T10:00Z>]] [--no-trace]',
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: { config: { type: 'string' }, leads: { type: 'string' }, reps: { type: 'string' }, now: { type: 'string' }, 'no-trace': { type: 'boolean' } },
    });
    if (!values.config || !values.leads) throw new UsageError('route needs --config and --leads');
    const config = await loadConfig(io, values.config);
    const trace = !values['no-trace'];
    if (values.now !== undefined && !values.reps) throw new UsageError('--now sets the clock people are assigned by: it goes with --reps');
    const now = values.now === undefined ? undefined : Date.parse(values.now);
    if (now !== undefined && !Number.isFinite(now)) throw new UsageError(`--now "${values.now}" is not a date and time (use 2026-11-27T10:00Z)`);
    const clock = now === undefined ? undefined : () => now;
    const assign = values.reps ? createLeadAssigner(config, await readReps(io, values.reps, [config]), values.reps, { clock }) : null;
    const decide = async (lead: Lead): Promise<RoutingDecision> =>
      assign === null ? routeSync(config, lead, undefined, { trace }) : winnerOnly(await assign(lead), trace);
    const tick = progress(io, 'leads routed');
    let failed = 0;
    // stdout carries decisions only, so a pipe into `jq` or a loader never meets an error record.
    const refuse = (line: number, message: string) => {
      failed += 1;
      tick.newline();
      io.stderr(`${printable(recordPlace(values.leads!, line))}: ${printable(message)}\n`);
    };
    for await (const result of readRecords(io, values.leads, { text: LEAD_TEXT_FIELDS })) {
      if (!result.ok) {
        refuse(result.line, result.message);
        continue;
      }
      try {
        io.stdout(`${JSON.stringify(await decide(result.record as Lead))}\n`);
        await io.whenWritable?.();
      } catch (error) {
        if (!(error instanceof SalesLineError)) throw error;
        refuse(result.line, error.message);
      }
      tick();
    }
    tick.done();
    if (failed > 0) io.stderr(`${failed} lead${failed === 1 ? '' : 's'} could not be routed (each named above)\n`);
    return failed > 0 ? 1 : 0;
  },
};

/** `--no-trace` for an assigned lead: the line explains every rule tried, so keep the winner's trace only, as `routeSync` does. */
function winnerOnly(decision: RoutingDecision, trace: boolean): RoutingDecision {
  if (trace) return decision;
  const rules = decision.explanation.rules.filter((rule) => rule.matched && rule.name === decision.rule);
  return { ...decision, explanation: { ...decision.explanation, rules } };
}
