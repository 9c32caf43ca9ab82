import type { RouteTarget, SalesLineConfig } from '../config/config-schema.ts';
import type { Lead } from '../line/lead.ts';
import type { RoutingContext, RoutingDecision } from '../routing/routing-decision.ts';

/** The routing half of a decision: where the rules send a lead, before anyone is picked. */
export interface TargetChoice {
  target: RouteTarget;
  /** The decision so far: station, stage, rule, fallback, rule traces and the routing text. */
  decision: RoutingDecision;
}

/** "Choose a target for this lead and context": the seam between the rules and assignment. */
export type TargetChooser = (config: SalesLineConfig, lead: Lead, context: RoutingContext) => Promise<TargetChoice>;

/** Until the rules engine is wired in, every lead takes the fallback route. */
export const chooseTarget: TargetChooser = async (config, lead) => {
  const target = config.routing.fallback;
  const station = config.line.stations.find((s) => s.id === target.station);
  return {
    target,
    decision: {
      leadId: lead.id,
      station: target.station,
      stage: target.stage ?? station?.stages[0] ?? target.station,
      repId: null,
      queue: target.queue ?? station?.queue ?? target.station,
      rule: null,
      fallback: true,
      explanation: { text: `Routed to ${station?.name ?? target.station} by the fallback.`, rules: [], candidates: [] },
    },
  };
};
