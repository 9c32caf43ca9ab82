import { assignRoutedLead, type AssignmentContext } from '../assignment/assign-routed-lead.ts';
import type { Lead } from '../line/lead.ts';
import { buildDecision } from './build-decision.ts';
import { chooseTarget, chooseTargetAsync, type ChooseOptions } from './choose-target.ts';
import { compileRouting } from './compile-routing.ts';
import type { RoutingContext, RoutingDecision } from './routing-decision.ts';
import { checkRouteContext } from './check-route-context.ts';
import { assertLead } from './validate-lead.ts';

const entering: RoutingContext = { trigger: 'enter' };

/** The routing facts, plus what assignment needs to pick a person (`reps` and/or a line's `state`). */
export type RouteContext = RoutingContext & AssignmentContext;

/**
 * Routes one lead: the pure core under `addLead`. Validates and compiles `config` once per
 * config object (cached), so calling it in a loop is fast. Throws `SalesLineError`
 * `invalid-config` for a bad config and `invalid-lead` for a lead without a string `id`.
 * With `context.reps` or `context.state` it also assigns a person; without, the decision
 * is the target's queue.
 */
export async function route(
  config: unknown,
  lead: Lead,
  context: RouteContext = entering,
  options: ChooseOptions = {},
): Promise<RoutingDecision> {
  const routing = compileRouting(config);
  assertLead(lead);
  const facts = context === entering ? entering : checkRouteContext(context);
  const choice = await chooseTargetAsync(routing, lead, facts, options);
  return assignRoutedLead(routing.config, lead, choice.target, buildDecision(lead, choice), facts);
}

/**
 * Synchronous `route` for bulk callers (replay, addLeads). Pass `{ trace: false }` to skip
 * the losing rules' traces: the explanation then traces the winner only.
 */
export function routeSync(config: unknown, lead: Lead, context: RouteContext = entering, options: ChooseOptions = {}): RoutingDecision {
  const routing = compileRouting(config);
  assertLead(lead);
  const facts = context === entering ? entering : checkRouteContext(context);
  const choice = chooseTarget(routing, lead, facts, options);
  return assignRoutedLead(routing.config, lead, choice.target, buildDecision(lead, choice), facts);
}
