import { createReplayAssigner } from '../assignment/replay-assigner.ts';
import type { RouteTarget } from '../config/config-schema.ts';
import type { Lead } from '../line/lead.ts';
import { lineGraph } from '../line/line-graph.ts';
import { chooseTarget, type TargetChoice } from '../routing/choose-target.ts';
import { compileRouting, type CompiledRouting } from '../routing/compile-routing.ts';
import { routeSync } from '../routing/route.ts';
import type { RoutingContext, RoutingDecision } from '../routing/routing-decision.ts';
import { createLineState } from '../state/create-line-state.ts';
import type { RepRecord } from '../state/line-state.ts';
import { planRouted } from '../state/plan-placement.ts';
import type { ReplayRouterFactory } from './replay.ts';

const entering: RoutingContext = { trigger: 'enter' };
// Replays are repeatable: working hours and join times read this fixed instant, not the wall clock.
export const REPLAY_NOW = Date.UTC(2026, 0, 5, 10);
// One shared, frozen explanation for the bulk pass: nobody reads it, and nothing may write to it.
const UNEXPLAINED: RoutingDecision['explanation'] = Object.freeze({ text: '', rules: Object.freeze([]) as never[], candidates: Object.freeze([]) as never[] });

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
 * The target alone, for the bulk of a replay: the rules' winner without any trace (the leads a
 * replay shows are explained again in full). Anything unusual goes through `chooseTarget`,
 * which says what is wrong.
 */
function quickTarget(routing: CompiledRouting, lead: Lead): { target: RouteTarget; rule: string | null } | null {
  const { winner } = routing.rules.evaluate(lead, entering, { trace: false });
  if (winner === -1) return known(routing, routing.config.routing.fallback, null);
  const rule = routing.config.routing.rules[winner];
  return rule === undefined ? null : known(routing, rule.event.params, rule.name);
}

function known(routing: CompiledRouting, target: RouteTarget, rule: string | null): { target: RouteTarget; rule: string | null } | null {
  return routing.stations.has(target.station) ? { target, rule } : null;
}

/**
 * The replay's default router, over the routing module's compiled rules. The bulk pass takes
 * the target only (winner only, no trace, no text); with `reps` it assigns the way `addLeads`
 * does, lead after lead, with rotation and loads carried along: the bulk through the replay
 * assigner, the leads shown as examples through `planRouted` over the assigner's own view.
 * The examples get `routeSync`'s full rule trace and text.
 */
export const routingReplayRouter: ReplayRouterFactory = (config, options) => {
  const routing = compileRouting(config);
  const graph = lineGraph(routing.config);
  const state = options.reps === undefined ? null : createLineState(options.reps, REPLAY_NOW);
  const roster = state === null ? [] : state.repOrder.map((id) => state.reps[id]).filter((rep): rep is RepRecord => rep !== undefined);
  const assigner = state === null ? null : createReplayAssigner(roster, graph, REPLAY_NOW);
  return {
    route(lead, options): RoutingDecision {
      const explain = options?.explain !== false;
      const quick = explain ? null : quickTarget(routing, lead);
      if (quick === null) {
        const choice = chooseTarget(routing, lead, entering, { trace: false });
        const decision = lightDecision(lead.id, choice);
        if (assigner === null) return decision;
        return planRouted(assigner.view, { lead, choice: { target: choice.target, decision }, now: REPLAY_NOW, graph, explain }).decision;
      }
      const { target, rule } = quick;
      const placed = assigner === null ? null : assigner.assign(lead, target);
      return {
        leadId: lead.id,
        station: target.station,
        stage: placed?.stage ?? target.stage ?? graph.firstStage(target.station),
        repId: placed?.repId ?? null,
        queue: placed === null ? (target.queue ?? graph.stationQueue(target.station)) : placed.queue,
        rule,
        fallback: rule === null,
        explanation: UNEXPLAINED,
      };
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
