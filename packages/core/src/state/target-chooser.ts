import type { RouteTarget, SalesLineConfig } from '../config/config-schema.ts';
import type { Lead } from '../line/lead.ts';
import { buildDecision } from '../routing/build-decision.ts';
import { chooseTargetAsync } from '../routing/choose-target.ts';
import { compileRouting } from '../routing/compile-routing.ts';
import type { RoutingContext, RoutingDecision } from '../routing/routing-decision.ts';

/** The routing half of a decision: where the rules send a lead, before anyone is picked. */
export interface ChosenRoute {
  target: RouteTarget;
  /** The decision so far: station, stage, rule, fallback, rule traces and the routing text. */
  decision: RoutingDecision;
}

/** "Choose a target for this lead and context": the seam between the rules and assignment. */
export type TargetChooser = (config: SalesLineConfig, lead: Lead, context: RoutingContext) => Promise<ChosenRoute>;

/** The line's rules, compiled once per config object, with the full rule trace for the audit. */
export const chooseLineTarget: TargetChooser = async (config, lead, context) => {
  const choice = await chooseTargetAsync(compileRouting(config), lead, context);
  return { target: choice.target, decision: buildDecision(lead, choice) };
};
