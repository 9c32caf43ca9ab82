import type { RoutingDecision } from '../routing/routing-decision.ts';
import type { Assignment } from './assign-lead.ts';

/** Completes a routing decision with its assignment: the person (or queue) and why. */
export function withAssignment(decision: RoutingDecision, assignment: Assignment): RoutingDecision {
  const routed = decision.explanation.text.trim();
  return {
    ...decision,
    repId: assignment.repId,
    queue: assignment.queue,
    explanation: {
      ...decision.explanation,
      text: routed === '' ? assignment.text : `${routed} ${assignment.text}`,
      candidates: assignment.candidates,
      strategy: assignment.strategy,
      tieBreak: assignment.tieBreak,
    },
  };
}
