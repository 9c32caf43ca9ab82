import { rejoinLedger } from '../assignment/fairness-ledger.ts';
import { SalesLineError } from '../errors.ts';
import type { RepStatus } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import { chooseAll, contextOf, decisionAudit, routingLead, type CommandContext, type PreparedCommand } from './command-context.ts';
import { toRepRecord } from './create-line-state.ts';
import { reduceLine, type LineChange } from './line-recipes.ts';
import { planRouted } from './plan-placement.ts';

/**
 * Changes a rep's status. `inactive`: their open leads are re-routed at once (trigger
 * `reassign`). `away`: they take no new leads and keep the ones they have. Back to
 * `active`: they rejoin every pool at its current level.
 */
export async function prepareSetRepStatus(ctx: CommandContext, repId: string, status: RepStatus): Promise<PreparedCommand<RoutingDecision[]>> {
  const { graph, state, now } = ctx;
  const rep = state.reps[repId];
  if (!rep) throw new SalesLineError('unknown-rep', `No rep with id "${repId}" is on the line.`);
  if (status !== 'active' && status !== 'away' && status !== 'inactive') {
    throw new SalesLineError('invalid-input', `Status "${String(status)}" is not one of active, away, inactive.`);
  }
  if (rep.status === status) return () => ({ changes: [], audit: [], result: [] });
  const open = status === 'inactive' ? Object.values(state.leads).filter((r) => r.ownerId === repId && !graph.terminal.has(r.stage)) : [];
  const choices = await chooseAll(ctx, open.map((record) => ({ lead: routingLead(record), context: contextOf(record, now, { trigger: 'reassign' }) })));

  return (current) => {
    const joins = status === 'active' ? rejoinLedger(current, repId) : [];
    const statusChange: LineChange = { type: 'setRepStatus', input: { repId, status, now, joins } };
    // Assignment must already see the rep in their new status.
    const view = ctx.assignmentView(reduceLine(current, [statusChange]));
    const plans = open.flatMap((stale, i) => {
      const record = current.leads[stale.id];
      const choice = choices[i];
      if (!record || record.ownerId !== repId || !choice) return [];
      const plan = planRouted(view, { lead: record.lead, record, choice, keepStage: true, excludePrevious: true, now, graph });
      plan.decision.explanation.text = `${rep.name} became inactive. ${plan.decision.explanation.text}`;
      return [plan];
    });
    const changes: LineChange[] = [statusChange];
    if (plans.length) changes.push({ type: 'placeLeads', input: { placements: plans.map((p) => p.placement), now, graph } });
    const decisions = plans.map((p) => p.decision);
    return {
      changes,
      audit: [
        { command: 'setRepStatus', actor: null, repId, summary: `${rep.name} is now ${status}${decisions.length ? `; ${decisions.length} open lead(s) re-routed` : ''}.` },
        ...decisions.map((decision) => decisionAudit('setRepStatus', null, decision, `Re-routed lead ${decision.leadId} from ${rep.name}.`)),
      ],
      result: decisions,
    };
  };
}

/**
 * Takes a person off the line: their open leads are re-routed at once (trigger `reassign`,
 * never back to them), then they leave `reps` and the tie-break order. Their finished leads
 * keep them as owner for the record, and their ledger entries stay (the ledger is history).
 */
export async function prepareRemoveRep(ctx: CommandContext, repId: string): Promise<PreparedCommand<RoutingDecision[]>> {
  const { graph, state, now } = ctx;
  const rep = state.reps[repId];
  if (!rep) throw new SalesLineError('unknown-rep', `No rep with id "${repId}" is on the line.`);
  const open = Object.values(state.leads).filter((r) => r.ownerId === repId && !graph.terminal.has(r.stage));
  const choices = await chooseAll(ctx, open.map((record) => ({ lead: routingLead(record), context: contextOf(record, now, { trigger: 'reassign' }) })));

  return (current) => {
    const removal: LineChange = { type: 'removeRep', input: { repId } };
    // Assignment must no longer see them.
    const view = ctx.assignmentView(reduceLine(current, [removal]));
    const plans = open.flatMap((stale, i) => {
      const record = current.leads[stale.id];
      const choice = choices[i];
      if (!record || record.ownerId !== repId || !choice) return [];
      const plan = planRouted(view, { lead: record.lead, record, choice, keepStage: true, excludePrevious: true, now, graph });
      plan.decision.explanation.text = `${rep.name} left the line. ${plan.decision.explanation.text}`;
      return [plan];
    });
    const changes: LineChange[] = [removal];
    if (plans.length) changes.push({ type: 'placeLeads', input: { placements: plans.map((p) => p.placement), now, graph } });
    const decisions = plans.map((p) => p.decision);
    return {
      changes,
      audit: [
        { command: 'removeRep', actor: null, repId, summary: `${rep.name} left the line${decisions.length ? `; ${decisions.length} open lead(s) re-routed` : ''}.` },
        ...decisions.map((decision) => decisionAudit('removeRep', null, decision, `Re-routed lead ${decision.leadId} from ${rep.name}.`)),
      ],
      result: decisions,
    };
  };
}

/** Puts a new person on the line; they join each pool at its current level on their first lead. */
export function prepareAddRep(ctx: CommandContext, input: unknown): PreparedCommand<void> {
  const rep = toRepRecord(input, ctx.now);
  if (ctx.state.reps[rep.id]) throw new SalesLineError('invalid-rep', `Rep id "${rep.id}" is already on the line.`);
  if (!ctx.graph.stations.has(rep.station)) {
    throw new SalesLineError('invalid-rep', `Rep "${rep.id}" works in station "${rep.station}", which the line does not have.`);
  }
  return () => ({
    changes: [{ type: 'addRep', input: { rep } }],
    audit: [{ command: 'addRep', actor: null, repId: rep.id, summary: `${rep.name} joined station ${rep.station}.` }],
    result: undefined,
  });
}
