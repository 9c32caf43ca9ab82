import { routeSync } from '../routing/route.ts';
import type { RoutingContext } from '../routing/routing-decision.ts';
import type { ReplayRouterFactory } from './replay.ts';

const entering: RoutingContext = { trigger: 'enter' };

/**
 * The replay's default router: the routing module's synchronous `routeSync`, tracing only the
 * winning rule in bulk (several times faster) and every rule for the examples.
 */
export const routingReplayRouter: ReplayRouterFactory = (config) => ({
  route: (lead) => routeSync(config, lead, entering, { trace: false }),
  explain: (lead, decision) => {
    const full = routeSync(config, lead, entering, { trace: true });
    return { ...decision, explanation: { ...decision.explanation, rules: full.explanation.rules } };
  },
});
