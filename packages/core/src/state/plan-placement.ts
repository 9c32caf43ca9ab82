import type { RouteTarget, WipLimit } from '../config/config-schema.ts';
import { assignLead } from '../assignment/assign-lead.ts';
import type { AssignmentView } from '../assignment/assignment-view.ts';
import { withAssignment } from '../assignment/with-assignment.ts';
import type { Lead } from '../line/lead.ts';
import type { LineGraph } from '../line/line-graph.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import { ownersSoFar } from './command-context.ts';
import type { Placement } from './line-recipes.ts';
import type { LeadRecord } from './line-state.ts';
import type { ChosenRoute } from './target-chooser.ts';

export interface RoutedPlan {
  lead: Lead;
  record?: LeadRecord;
  choice: ChosenRoute;
  /** A hand-off names the stage (and so the station) the lead must land in. */
  stage?: string;
  /** A re-route stays in the current stage unless the rules name another station or stage. */
  keepStage?: boolean;
  /** Deadlines and reassignments never go back to someone who already had the lead. */
  excludePrevious?: boolean;
  now: number;
  graph: LineGraph;
  /** Build the assignment's candidates and text (default true); the pick is the same without. */
  explain?: boolean;
}

/** Decides where a routed lead lands and who takes it, and tells the view so a batch stays consistent. */
export function planRouted(view: AssignmentView, plan: RoutedPlan): { placement: Placement; decision: RoutingDecision } {
  const { record, graph, choice } = plan;
  let target: RouteTarget = choice.target;
  let routedText = choice.decision.explanation.text;
  const forcedStation = plan.stage !== undefined ? graph.stationOfStage.get(plan.stage) : undefined;
  if (forcedStation !== undefined && target.station !== forcedStation) {
    const name = graph.stations.get(forcedStation)?.name ?? forcedStation;
    routedText = `Handed to ${name} in ${plan.stage}; the rules chose station ${target.station}, so ${name}'s whole team is the pool.`;
    target = { station: forcedStation };
  }
  const stage =
    plan.stage ??
    (plan.keepStage && record && target.station === record.station && target.stage === undefined
      ? record.stage
      : (target.stage ?? graph.firstStage(target.station)));
  const previousOwners = record && plan.excludePrevious ? ownersSoFar(record) : [];
  const assignment = assignLead(
    { lead: plan.lead, target, stage, previousOwners, ...(record ? { fromStage: record.stage } : {}), now: plan.now, graph, explain: plan.explain !== false },
    view,
  );
  const base = choice.decision;
  const decision = plan.explain === false ? { ...base, station: target.station, stage, repId: assignment.repId, queue: assignment.queue } : withAssignment(
    { ...base, station: target.station, stage, explanation: { ...base.explanation, text: routedText } },
    assignment,
  );
  const placement: Placement = {
    leadId: plan.lead.id,
    ...(record ? {} : { lead: plan.lead }),
    station: target.station,
    stage,
    ownerId: assignment.repId,
    queue: assignment.queue,
    credit: assignment.credit,
    joins: assignment.joins,
    restartClock: true,
  };
  notePlacement(view, placement, record, plan.lead);
  return { placement, decision };
}

/** A lead that keeps its station and owner (a move within the station, a deadline move), noted in the view. */
export function planStay(view: AssignmentView, graph: LineGraph, record: LeadRecord, stage: string, extra: Pick<Placement, 'creditBack' | 'restartClock'>): Placement {
  const placement: Placement = {
    leadId: record.id,
    station: record.station,
    stage,
    ownerId: record.ownerId,
    queue: graph.terminal.has(stage) ? null : record.queue,
    credit: null,
    joins: [],
    ...extra,
  };
  notePlacement(view, placement, record, record.lead);
  return placement;
}

/** What a lead arriving in `stage` would find full: its owner's share (`held` by them) or the stage (`total` in it). */
export function fullWip(view: AssignmentView, limit: WipLimit, ownerId: string | null, stage: string): { held: number } | { total: number } | null {
  const held = ownerId ? view.inStage(ownerId, stage) : 0;
  if (limit.perRep !== undefined && ownerId && held >= limit.perRep) return { held };
  const total = limit.total === undefined ? 0 : view.stageTotal(stage);
  return limit.total !== undefined && total >= limit.total ? { total } : null;
}

/** Records a placement in the view, whether it came from routing or was kept as it was. */
export function notePlacement(view: AssignmentView, placement: Placement, record: LeadRecord | undefined, lead: Lead) {
  view.apply({ leadId: placement.leadId, lead, before: record ?? null, after: placement, credit: placement.credit, joins: placement.joins });
}
