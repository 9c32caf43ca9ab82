import type { RoutingDecision } from '../routing/routing-decision.ts';
import { chooseAll, contextOf, decisionAudit, routingLead, directDecision, leadLabel, placementChange, repName, type CommandContext, type CommandPlan } from './command-context.ts';
import type { Placement } from './line-recipes.ts';
import type { ChosenRoute } from './target-chooser.ts';
import { fullWip, planRouted, planStay } from './plan-placement.ts';

/**
 * Acts on every deadline due at `ctx.now`, oldest first: `reroute` routes the lead again
 * (never back to anyone who already let it lapse); `move` moves it to the deadline's stage,
 * a hand-off when that stage belongs to another station.
 */
export async function prepareTick(ctx: CommandContext): Promise<CommandPlan<RoutingDecision[]>> {
  const { graph, state, now } = ctx;
  const due = Object.values(state.leads)
    .filter((r) => r.dueAt !== null && r.dueAt <= now && !graph.terminal.has(r.stage) && graph.deadline(r.stage))
    .sort((a, b) => (a.dueAt as number) - (b.dueAt as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stationOf = (stage: string | null) => (stage === null ? null : (graph.stationOfStage.get(stage) ?? null));
  // Deadline moves respect WIP limits like hand moves: counted as they happen, oldest first.
  const wip = ctx.assignmentView(state);
  const work = due.map((record) => {
    const { deadline } = graph.deadline(record.stage) as NonNullable<ReturnType<typeof graph.deadline>>;
    let to = deadline.then === 'move' && deadline.to !== undefined && graph.isKnownStage(deadline.to) ? deadline.to : null;
    let note = '';
    let blocked = false;
    const limit = to !== null && stationOf(to) === record.station ? graph.wipLimit(to) : undefined;
    if (to !== null && limit && fullWip(wip, limit, record.ownerId, to)) {
      note = `, but ${to} is full, so it ${limit.overflowTo ? `overflowed to ${limit.overflowTo}` : 'stays and its deadline restarts'}`;
      if (limit.overflowTo) to = limit.overflowTo;
      else blocked = true;
    }
    const toStation = stationOf(to);
    const routes = to === null || (toStation !== null && toStation !== record.station);
    if (to !== null && !routes && !blocked) planStay(wip, graph, record, to, {});
    return { record, to, toStation, routes, blocked, note, within: deadline.within };
  });
  const routed = work.filter((w) => w.routes);
  const choices = await chooseAll(
    ctx,
    routed.map((w) => ({ lead: routingLead(w.record), context: contextOf(w.record, now, { trigger: 'deadline', toStage: w.to, toStation: w.toStation }) })),
  );

  // The plan starts from the state again: the WIP view above has every deadline move in it already.
  const view = ctx.assignmentView(state);
  const placements: Placement[] = [];
  const decisions: RoutingDecision[] = [];
  let routedSoFar = 0;
  for (const { record, to, routes, blocked, note, within } of work) {
    const lapse = `${leadLabel(record.lead)} sat in ${record.stage} past its deadline (${within})`;
    if (routes) {
      const choice = choices[routedSoFar++] as ChosenRoute;
      const plan = planRouted(view, { lead: record.lead, record, choice, ...(to === null ? { keepStage: true } : { stage: to }), excludePrevious: true, now, graph });
      plan.decision.explanation.text = `${lapse}${note}. ${plan.decision.explanation.text}`;
      placements.push(plan.placement);
      decisions.push(plan.decision);
      continue;
    }
    // Not routed: a move within the station, so `to` is set.
    const placement = planStay(view, graph, record, blocked ? record.stage : (to as string), { restartClock: blocked });
    placements.push(placement);
    decisions.push(directDecision(record.id, placement, blocked ? `${lapse}${note}.` : `${lapse}, so it moved to ${to}.`));
  }
  return {
    changes: placements.length ? [placementChange(ctx, placements)] : [],
    audit: decisions.map((decision) =>
      decisionAudit('tick', null, decision, `Deadline: lead ${decision.leadId} ${decision.repId ? `now with ${repName(state, decision.repId)}` : `queued in ${decision.queue ?? decision.stage}`} in ${decision.stage}.`),
    ),
    result: decisions,
  };
}
