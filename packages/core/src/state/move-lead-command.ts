import type { AssignmentView } from '../assignment/assignment-view.ts';
import { evaluateGuard } from '../line/evaluate-guard.ts';
import { repOf, type LineState, type MoveResult } from './line-state.ts';
import { contextOf, decisionAudit, leadLabel, placementChange, repName, routingLead, type CommandContext, type CommandPlan } from './command-context.ts';
import { fullWip, planRouted, planStay } from './plan-placement.ts';

const refused = (reasons: string[]): CommandPlan<MoveResult> => ({ changes: [], audit: [], result: { ok: false, reasons } });

/** Whether a lead's owner can hold it open again: on the line, not inactive, and with room under their cap. */
function canHold(state: LineState, view: AssignmentView, ownerId: string | null): boolean {
  const owner = ownerId === null ? undefined : repOf(state, ownerId);
  if (owner === undefined || owner.status === 'inactive') return false;
  return owner.maxOpenLeads === undefined || view.openLeads(owner.id) < owner.maxOpenLeads;
}

/**
 * Moves a lead along a configured transition whose guard holds. Into another station's
 * stage it is a hand-off that routes again; over a WIP limit it overflows or is refused.
 */
export async function prepareMoveLead(ctx: CommandContext, leadId: string, toStage: string, by: string | null): Promise<CommandPlan<MoveResult>> {
  const { graph, state, now } = ctx;
  const record = Object.hasOwn(state.leads, leadId) ? state.leads[leadId] : undefined;
  if (!record) return refused([`No lead with id "${leadId}" is on the line.`]);
  const label = leadLabel(record.lead);
  if (!graph.isKnownStage(toStage)) {
    return refused([`Stage "${toStage}" is not on the line; known stages: ${graph.knownStages}.`]);
  }
  if (record.stage === toStage) return refused([`${label} is already in ${toStage}.`]);

  const transition = graph.transitions(record.stage, toStage);
  if (!graph.freeMoves && !transition) {
    const onward = ctx.config.line.transitions.filter((t) => t.from === record.stage).map((t) => t.to);
    const allowed = onward.length ? `from ${record.stage} a lead can go to ${onward.join(', ')}` : `no move out of ${record.stage} is configured`;
    return refused([`No transition from ${record.stage} to ${toStage} is configured; ${allowed}.`]);
  }

  let stage = toStage;
  let note = '';
  const station = () => graph.stationOfStage.get(stage) ?? null;
  const crosses = () => station() !== null && station() !== record.station;
  if (transition?.conditions) {
    // A guard reads the lead and the move; `trigger` is 'handoff' only when the move crosses stations.
    const { trigger, ...move } = contextOf(record, now, { trigger: 'handoff', toStage, toStation: station() });
    // The move's own facts, set or not, win over lead fields of the same name: a lead from a web form must not pass a guard by carrying `by` or `trigger`.
    const { by: _by, trigger: _trigger, ...fields } = routingLead(record);
    const facts = by === null ? fields : { ...fields, by };
    const guard = await evaluateGuard(ctx.config, transition.conditions, facts, crosses() ? { trigger, ...move } : move);
    if (!guard.passed) return refused(guard.reasons.length ? guard.reasons : [`The guard on ${record.stage} → ${toStage} does not hold for ${label}.`]);
  }

  const view = ctx.assignmentView(state);
  const limit = crosses() || graph.terminal.has(stage) ? undefined : graph.wipLimit(stage);
  if (limit) {
    const full = fullWip(view, limit, record.ownerId, stage);
    const over = !full
      ? null
      : 'held' in full
        ? `${repName(state, record.ownerId as string)} already holds ${full.held} of ${limit.perRep} leads in ${stage}`
        : `${stage} already holds ${full.total} of ${limit.total} leads`;
    if (over && !limit.overflowTo) return refused([`${over}; free a place or raise the WIP limit.`]);
    if (over && limit.overflowTo) {
      note = ` ${over}, so it overflowed to ${limit.overflowTo}.`;
      stage = limit.overflowTo;
    }
  }

  const handoff = crosses();
  // A finished lead coming back needs someone who can hold it: its owner may have left, or it never had one.
  const orphaned = !handoff && graph.terminal.has(record.stage) && !graph.terminal.has(stage) && !canHold(state, view, record.ownerId);
  const trigger = handoff ? 'handoff' : 'reassign';
  const choice = handoff || orphaned ? await ctx.chooseTarget(ctx.config, routingLead(record), contextOf(record, now, { trigger, toStage: stage, toStation: station() })) : null;

  const summary = `Moved ${label} from ${record.stage} to ${stage}${by ? ` (by ${by})` : ''}.${note}`;
  if (choice) {
    const { placement, decision } = planRouted(view, { lead: record.lead, record, choice, stage, now, graph });
    const why = handoff ? `Hand-off from ${record.stage}` : `Reopened from ${record.stage}; ${record.ownerId === null ? 'nobody held it' : `its owner ${repName(state, record.ownerId)} cannot take it back`}`;
    decision.explanation.text = `${why}: ${decision.explanation.text}${note}`;
    return { changes: [placementChange(ctx, [placement])], audit: [decisionAudit('moveLead', by, decision, summary)], result: { ok: true, decision } };
  }
  const owner = record.ownerId;
  const creditBack = graph.terminal.has(stage) && ctx.creditBackOn.has(stage) && owner !== null && record.rotationCredits.at(-1)?.repId === owner;
  const placement = planStay(view, graph, record, stage, { creditBack });
  const credited = creditBack ? ` ${repName(state, owner)} got the rotation turn back.` : '';
  return {
    changes: [placementChange(ctx, [placement])],
    audit: [{ command: 'moveLead', actor: by, leadId, ...(owner ? { repId: owner } : {}), summary: summary + credited }],
    result: { ok: true },
  };
}
