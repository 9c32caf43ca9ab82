import type { Lead } from '../line/lead.ts';
import { buildDecision } from './build-decision.ts';
import { chooseTarget, chooseTargetAsync, type ChooseOptions } from './choose-target.ts';
import { compileRouting } from './compile-routing.ts';
import type { RoutingContext, RoutingDecision } from './routing-decision.ts';
import { assertLead } from './validate-lead.ts';

const entering: RoutingContext = { trigger: 'enter' };

/**
 * Routes one lead: the pure core under `addLead`. Validates and compiles `config` once per
 * config object (cached), so calling it in a loop is fast. Throws `SalesLineError`
 * `invalid-config` for a bad config and `invalid-lead` for a lead without a string `id`.
 */
export async function route(
  config: unknown,
  lead: Lead,
  context: RoutingContext = entering,
  options: ChooseOptions = {},
): Promise<RoutingDecision> {
  const routing = compileRouting(config);
  assertLead(lead);
  return buildDecision(lead, await chooseTargetAsync(routing, lead, context, options));
}

/**
 * Synchronous `route` for bulk callers (replay, addLeads). Pass `{ trace: false }` to skip
 * the losing rules' traces: the explanation then traces the winner only.
 */
export function routeSync(config: unknown, lead: Lead, context: RoutingContext = entering, options: ChooseOptions = {}): RoutingDecision {
  const routing = compileRouting(config);
  assertLead(lead);
  return buildDecision(lead, chooseTarget(routing, lead, context, options));
}
