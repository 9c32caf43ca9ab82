import { LeadSchema, replay as replayLeads, type Lead, type ReplayDiff } from '@sales-line/core';
import type { Command } from '../command.ts';
import { UsageError, type CliIO } from '../io.ts';
import { loadConfig } from '../load-config.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printable } from '../printable.ts';
import { progress } from '../progress.ts';
import { LEAD_TEXT_FIELDS, readRecords, recordPlace } from '../read-leads.ts';
import { readReps } from '../read-reps.ts';
import { formatTable } from '../table.ts';

const count = (n: number) => n.toLocaleString('en');
const signed = (n: number) => (n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '0');

function printDiff(io: CliIO, diff: ReplayDiff): void {
  const share = diff.total === 0 ? 0 : Math.round((diff.changedLeads / diff.total) * 100);
  io.stdout(`${count(diff.changedLeads)} of ${count(diff.total)} lead${diff.total === 1 ? '' : 's'} (${share}%) would be routed differently.\n`);
  io.stdout(`Changed: station ${count(diff.changed.station)}, owner ${count(diff.changed.owner)}, stage ${count(diff.changed.stage)}, fallback ${count(diff.changed.fallback)}, rule ${count(diff.changed.rule)}.\n\n`);
  const rows = (entries: [string, { before: number; after: number; delta: number }][]) =>
    entries.filter(([, c]) => c.delta !== 0 || c.before > 0).map(([name, c]) => [name, count(c.before), count(c.after), signed(c.delta)]);
  io.stdout(formatTable(['Station', 'Before', 'After', 'Change'], rows(Object.entries(diff.stations))));
  const reps = rows(Object.entries(diff.reps));
  if (reps.length > 0) io.stdout(`\n${formatTable(['Rep', 'Before', 'After', 'Change'], reps)}`);
  for (const example of diff.examples.slice(0, 3)) {
    io.stdout(`\nLead ${printable(example.leadId)}:\n  before: ${printable(example.before.explanation.text)}\n  after:  ${printable(example.after.explanation.text)}\n`);
  }
}

export const replay: Command = {
  summary: 'What-if: route the same leads under two configs and show what would change.',
  usage: 'sales-line replay --from <a.json> --to <b.json> --leads <leads.json|.ndjson|.csv> [--reps <reps.json>] [--json]',
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, leads: { type: 'string' }, reps: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (!values.from || !values.to || !values.leads) throw new UsageError('replay needs --from, --to and --leads');
    const [configA, configB] = [await loadConfig(io, values.from), await loadConfig(io, values.to)];
    const reps = values.reps ? await readReps(io, values.reps, [configA, configB]) : undefined;
    const leads: Lead[] = [];
    let refused = 0;
    for await (const result of readRecords(io, values.leads, { text: LEAD_TEXT_FIELDS })) {
      const parsed = result.ok ? LeadSchema.safeParse(result.record) : null;
      if (parsed?.success) leads.push(parsed.data);
      else {
        refused += 1;
        const why = result.ok ? `${parsed?.error.issues[0]?.path.join('.') ?? ''}: ${parsed?.error.issues[0]?.message ?? 'not a lead'}` : result.message;
        io.stderr(`${printable(recordPlace(values.leads, result.line))}: ${printable(why)} (skipped)\n`);
      }
    }
    const tick = progress(io, 'leads replayed');
    const counted = function* () {
      for (const lead of leads) {
        yield lead;
        tick();
      }
    };
    const diff = await replayLeads(configA, configB, counted(), reps ? { reps } : {});
    tick.done();
    if (values.json) io.stdout(`${JSON.stringify(diff)}\n`);
    else printDiff(io, diff);
    return refused > 0 ? 1 : 0;
  },
};
