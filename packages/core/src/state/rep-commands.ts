import { rejoinLedger } from '../assignment/fairness-ledger.ts';
import { SalesLineError } from '../errors.ts';
import type { RepStatus } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import { chooseAll, contextOf, decisionAudit, placementChange, routingLead, type AuditDraft, type CommandContext, type CommandPlan } from './command-context.ts';
import { checkRepStation, toRepRecord } from './create-line-state.ts';
import { reduceLine, type LineChange } from './line-recipes.ts';
import { repOf, type RepRecord } from './line-state.ts';
import type { ChosenRoute } from './target-chooser.ts';
import { planRouted } from './plan-placement.ts';

const STATUSES: readonly RepStatus[] = ['active', 'away', 'inactive'];

/**
 * Changes a rep's status. `inactive`: their open leads are re-routed at once (trigger
 * `reassign`). `away`: they take no new leads and keep the ones they have. Back to
 * `active`: they rejoin every pool at its current level.
 */
export async function prepareSetRepStatus(ctx: CommandContext, repId: string, status: RepStatus): Promise<CommandPlan<RoutingDecision[]>> {
  const rep = knownRep(ctx, repId);
  if (!STATUSES.includes(status)) throw new SalesLineError('invalid-input', `Status "${String(status)}" is not one of ${STATUSES.join(', ')}.`);
  if (rep.status === status) return { changes: [], audit: [], result: [] };
  return prepareRepChange(ctx, rep, {
    command: 'setRepStatus',
    leaves: status === 'inactive',
    change: { type: 'setRepStatus', input: { repId, status, now: ctx.now, joins: status === 'active' ? rejoinLedger(ctx.state, repId) : [] } },
    why: `${rep.name} became inactive.`,
    summary: `${rep.name} is now ${status}`,
  });
}

/**
 * Takes a person off the line: their open leads are re-routed at once (trigger `reassign`,
 * never back to them), then they leave `reps` and the tie-break order. Their finished leads
 * keep them as owner for the record, and their ledger entries stay (the ledger is history).
 */
export async function prepareRemoveRep(ctx: CommandContext, repId: string): Promise<CommandPlan<RoutingDecision[]>> {
  const rep = knownRep(ctx, repId);
  return prepareRepChange(ctx, rep, {
    command: 'removeRep',
    leaves: true,
    change: { type: 'removeRep', input: { repId } },
    why: `${rep.name} left the line.`,
    summary: `${rep.name} left the line`,
  });
}

function knownRep(ctx: CommandContext, repId: string): RepRecord {
  const rep = repOf(ctx.state, repId);
  if (!rep) throw new SalesLineError('unknown-rep', `No rep with id "${repId}" is on the line.`);
  return rep;
}

interface RepChange {
  command: 'setRepStatus' | 'removeRep';
  /** The rep stops holding leads: their open ones are re-routed, never back to them. */
  leaves: boolean;
  change: LineChange;
  /** Opens the explanation of each re-routed lead. */
  why: string;
  summary: string;
}

/** A change to one rep, committed with the re-routing of their open leads when they stop holding any. */
async function prepareRepChange(ctx: CommandContext, rep: RepRecord, how: RepChange): Promise<CommandPlan<RoutingDecision[]>> {
  const { graph, state, now } = ctx;
  const open = how.leaves ? Object.values(state.leads).filter((r) => r.ownerId === rep.id && !graph.terminal.has(r.stage)) : [];
  const choices = await chooseAll(ctx, open.map((record) => ({ lead: routingLead(record), context: contextOf(record, now, { trigger: 'reassign' }) })));
  // Assignment must already see the rep as the change leaves them.
  const view = ctx.assignmentView(reduceLine(state, [how.change]));
  const plans = open.map((record, i) => {
    const plan = planRouted(view, { lead: record.lead, record, choice: choices[i] as ChosenRoute, keepStage: true, excludePrevious: true, now, graph });
    plan.decision.explanation.text = `${how.why} ${plan.decision.explanation.text}`;
    return plan;
  });
  const changes: LineChange[] = [how.change];
  if (plans.length) changes.push(placementChange(ctx, plans.map((p) => p.placement)));
  const decisions = plans.map((p) => p.decision);
  const audit: AuditDraft[] = [
    { command: how.command, actor: null, repId: rep.id, summary: `${how.summary}${decisions.length ? `; ${decisions.length} open lead(s) re-routed` : ''}.` },
    ...decisions.map((decision) => decisionAudit(how.command, null, decision, `Re-routed lead ${decision.leadId} from ${rep.name}.`)),
  ];
  return { changes, audit, result: decisions };
}

/** Puts a new person on the line; they join each pool at its current level on their first lead. */
export function prepareAddRep(ctx: CommandContext, input: unknown): CommandPlan<void> {
  const rep = toRepRecord(input, ctx.now);
  if (repOf(ctx.state, rep.id)) throw new SalesLineError('invalid-rep', `Rep id "${rep.id}" is already on the line.`);
  checkRepStation(rep, ctx.graph.stations);
  return {
    changes: [{ type: 'addRep', input: { rep } }],
    audit: [{ command: 'addRep', actor: null, repId: rep.id, summary: `${rep.name} joined station ${rep.station}.` }],
    result: undefined,
  };
}
