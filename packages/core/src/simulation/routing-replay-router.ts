import { createAssignmentView } from '../assignment/assignment-view.ts';
import { lineGraph } from '../line/line-graph.ts';
import { chooseTarget, type TargetChoice } from '../routing/choose-target.ts';
import { compileRouting } from '../routing/compile-routing.ts';
import { routeSync } from '../routing/route.ts';
import type { RoutingContext, RoutingDecision } from '../routing/routing-decision.ts';
import { createLineState } from '../state/create-line-state.ts';
import { planRouted } from '../state/plan-placement.ts';
import type { ReplayRouterFactory } from './replay.ts';

const entering: RoutingContext = { trigger: 'enter' };
// Replays are repeatable: working hours and join times read this fixed instant, not the wall clock.
const REPLAY_NOW = Date.UTC(2026, 0, 5, 10);

/** The decision `buildDecision` gives, without the explanation text (most of a decision's cost). */
function lightDecision(leadId: string, choice: TargetChoice): RoutingDecision {
  return {
    leadId,
    station: choice.station.id,
    stage: choice.stage,
    repId: null,
    queue: choice.target.queue ?? choice.station.queue ?? choice.station.id,
    rule: choice.rule?.name ?? null,
    fallback: choice.fallback,
    explanation: { text: '', rules: choice.rules, candidates: [], ...(choice.target.strategy === undefined ? {} : { strategy: choice.target.strategy }) },
  };
}

/**
 * The replay's default router, over the routing module's compiled rules. The bulk pass takes
 * the target only (`chooseTarget`, winner-only trace, no text); with `reps` it assigns the way
 * `addLeads` does, through one assignment view that every decision updates (rotation and loads
 * carry from lead to lead). The examples get `routeSync`'s full rule trace and text.
 */
export const routingReplayRouter: ReplayRouterFactory = (config, options) => {
  const routing = compileRouting(config);
  const graph = lineGraph(routing.config);
  const view = options.reps === undefined ? null : createAssignmentView(createLineState(options.reps, REPLAY_NOW), graph.terminal);
  return {
    route(lead, options): RoutingDecision {
      const choice = chooseTarget(routing, lead, entering, { trace: false });
      const decision = lightDecision(lead.id, choice);
      if (view === null) return decision;
      return planRouted(view, { lead, choice: { target: choice.target, decision }, now: REPLAY_NOW, graph, explain: options?.explain !== false }).decision;
    },
    explain(lead, decision) {
      const full = routeSync(config, lead, entering, { trace: true });
      const assigned = decision.explanation.text;
      return {
        ...decision,
        explanation: { ...decision.explanation, rules: full.explanation.rules, text: assigned === '' ? full.explanation.text : `${full.explanation.text} ${assigned}` },
      };
    },
  };
};
