import type { Lead } from '../line/lead.ts';
import type { TargetChoice } from './choose-target.ts';
import { explainChoice } from './explain-route.ts';
import type { RoutingDecision } from './routing-decision.ts';

/**
 * Turns a target into the decision. Nobody is assigned yet: the lead waits in the
 * target's queue (else the station's queue, else a queue named after the station).
 */
export function buildDecision(lead: Lead, choice: TargetChoice): RoutingDecision {
  const explanation: RoutingDecision['explanation'] = { text: explainChoice(choice), rules: choice.rules, candidates: [] };
  if (choice.target.strategy !== undefined) explanation.strategy = choice.target.strategy;
  return {
    leadId: lead.id,
    station: choice.station.id,
    stage: choice.stage,
    repId: null,
    queue: choice.target.queue ?? choice.station.queue ?? choice.station.id,
    rule: choice.rule?.name ?? null,
    fallback: choice.fallback,
    explanation,
  };
}
