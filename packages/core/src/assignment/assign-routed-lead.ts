import type { RouteTarget, SalesLineConfig } from '../config/config-schema.ts';
import type { Lead, Rep } from '../line/lead.ts';
import { lineGraph } from '../line/line-graph.ts';
import type { RoutingContext, RoutingDecision } from '../routing/routing-decision.ts';
import { createLineState } from '../state/create-line-state.ts';
import { repOf, type LineState } from '../state/line-state.ts';
import { assignLead } from './assign-lead.ts';
import { createAssignmentView } from './assignment-view.ts';
import { withAssignment } from './with-assignment.ts';

/** What `route()` needs besides the rules' facts to pick a person. */
export interface AssignmentContext {
  /** The people to choose from; ignored for reps already in `state`. */
  reps?: readonly Rep[];
  /** A line's state: loads, the fairness ledger and account owners come from it. */
  state?: LineState;
  /** Epoch ms for working hours; defaults to `Date.now()` (pass it for repeatable decisions). */
  now?: number;
}

const repStates = new WeakMap<readonly Rep[], LineState>();

function stateFor(context: AssignmentContext, now: number): LineState {
  const { reps, state } = context;
  if (!reps) return state as LineState;
  // A host calling route() in a loop with one reps array validates it once.
  let fromReps = repStates.get(reps);
  if (!fromReps) repStates.set(reps, (fromReps = createLineState(reps, now)));
  if (!state) return fromReps;
  const missing = fromReps.repOrder.filter((id) => !repOf(state, id));
  if (missing.length === 0) return state;
  return {
    ...state,
    reps: { ...state.reps, ...Object.fromEntries(missing.map((id) => [id, fromReps.reps[id]])) },
    repOrder: [...state.repOrder, ...missing],
  } as LineState;
}

/**
 * Completes a routed decision with a person, as `route()` does when its context carries
 * `reps` or `state`. Re-routes on a deadline or reassignment skip `previousOwners`.
 */
export function assignRoutedLead(
  config: SalesLineConfig,
  lead: Lead,
  target: RouteTarget,
  decision: RoutingDecision,
  context: Partial<RoutingContext> & AssignmentContext,
): RoutingDecision {
  if (!context.reps && !context.state) return decision;
  const now = context.now ?? Date.now();
  const state = stateFor(context, now);
  const graph = lineGraph(config);
  const excludes = context.trigger === 'deadline' || context.trigger === 'reassign';
  const assignment = assignLead(
    { lead, target, stage: decision.stage, previousOwners: excludes ? (context.previousOwners ?? []) : [], now, graph },
    createAssignmentView(state, graph.terminal),
  );
  return withAssignment(decision, assignment);
}
