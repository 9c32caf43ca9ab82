import { chooseTarget } from '../routing/choose-target.ts';
import { compileRouting } from '../routing/compile-routing.ts';
import { routeSync } from '../routing/route.ts';
import type { RoutingContext, RoutingDecision } from '../routing/routing-decision.ts';
import type { ReplayRouterFactory } from './replay.ts';

const entering: RoutingContext = { trigger: 'enter' };

/**
 * The replay's default router, over the routing module's compiled rules. The bulk pass takes
 * the target only (`chooseTarget`, winner-only trace, no explanation text: the text is most of
 * a decision's cost), with the decision fields `buildDecision` gives; the examples get
 * `routeSync`'s full decision with every rule's trace. A test holds the two paths equal.
 */
export const routingReplayRouter: ReplayRouterFactory = (config) => {
  const routing = compileRouting(config);
  return {
    route(lead): RoutingDecision {
      const choice = chooseTarget(routing, lead, entering, { trace: false });
      return {
        leadId: lead.id,
        station: choice.station.id,
        stage: choice.stage,
        repId: null,
        queue: choice.target.queue ?? choice.station.queue ?? choice.station.id,
        rule: choice.rule?.name ?? null,
        fallback: choice.fallback,
        explanation: { text: '', rules: choice.rules, candidates: [] },
      };
    },
    explain: (lead) => routeSync(config, lead, entering, { trace: true }),
  };
};
