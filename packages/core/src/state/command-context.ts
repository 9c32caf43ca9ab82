import type { AssignmentView } from '../assignment/assignment-view.ts';
import type { SalesLineConfig } from '../config/config-schema.ts';
import type { Lead } from '../line/lead.ts';
import type { LineGraph } from '../line/line-graph.ts';
import type { RoutingContext, RoutingDecision } from '../routing/routing-decision.ts';
import type { LineChange, Placement } from './line-recipes.ts';
import { repOf, type AuditEntry, type LeadRecord, type LineState } from './line-state.ts';
import type { ChosenRoute, TargetChooser } from './target-chooser.ts';

/** What a command reads while it prepares: the config and state of the moment, and the clock. */
export interface CommandContext {
  config: SalesLineConfig;
  graph: LineGraph;
  state: LineState;
  now: number;
  chooseTarget: TargetChooser;
  /** Terminal stages that hand the owner's rotation turn back (a lead disqualified as bad). */
  creditBackOn: ReadonlySet<string>;
  /** What assignment reads about `state` (the line keeps it current rather than scanning every lead). */
  assignmentView(state: LineState): AssignmentView;
}

export type AuditDraft = Omit<AuditEntry, 'at'>;

/**
 * A command's outcome, committed in one change. Commands run one at a time, and one that an
 * `updateConfig` or `undo` overtakes while it waits for the rules is planned again, so a
 * plan is always made against the state it is committed to.
 */
export interface CommandPlan<T> {
  changes: LineChange[];
  audit: AuditDraft[];
  result: T;
}

const CHUNK = 500;

/** Runs the rules for many leads, a chunk at a time so 10,000 leads do not start 10,000 runs at once. */
export async function chooseAll(
  ctx: CommandContext,
  items: readonly { lead: Lead; context: RoutingContext }[],
): Promise<ChosenRoute[]> {
  const out: ChosenRoute[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    out.push(...(await Promise.all(chunk.map(({ lead, context }) => ctx.chooseTarget(ctx.config, lead, context)))));
  }
  return out;
}

/** The change that writes a command's placements. */
export function placementChange(ctx: CommandContext, placements: readonly Placement[]): LineChange {
  return { type: 'placeLeads', input: { placements, now: ctx.now, graph: ctx.graph } };
}

/** Everyone who has had the lead, its owner now included. */
export function ownersSoFar(record: LeadRecord): string[] {
  return record.ownerId ? [...record.previousOwners, record.ownerId] : [...record.previousOwners];
}

/** The routing facts of a lead already on the line. */
export function contextOf(record: LeadRecord, now: number, context: Partial<RoutingContext> & Pick<RoutingContext, 'trigger'>): RoutingContext {
  return {
    fromStage: record.stage,
    toStage: null,
    toStation: null,
    hoursInStage: Math.max(0, (now - record.stageEnteredAt) / 3_600_000),
    previousOwners: ownersSoFar(record),
    ...context,
  };
}

/** A decision for a lead that did not go through the rules (an import or a move within a station). */
export function directDecision(leadId: string, place: { station: string; stage: string; ownerId: string | null; queue: string | null }, text: string): RoutingDecision {
  return {
    leadId,
    station: place.station,
    stage: place.stage,
    repId: place.ownerId,
    queue: place.queue,
    rule: null,
    fallback: false,
    explanation: { text, rules: [], candidates: [] },
  };
}

/** The audit entry for a decision; `repId` only when someone took the lead. */
export function decisionAudit(command: AuditDraft['command'], actor: string | null, decision: RoutingDecision, summary: string): AuditDraft {
  return { command, actor, leadId: decision.leadId, ...(decision.repId ? { repId: decision.repId } : {}), summary, decision };
}

/** A rep as messages name them: by name while on the line, else by id. */
export function repName(state: LineState, repId: string): string {
  return repOf(state, repId)?.name ?? repId;
}

export function leadLabel(lead: Lead): string {
  return lead.name ? `${lead.name} (${lead.id})` : lead.id;
}

/** The lead as the rules should see it now: where it stands, not where it was imported. */
export function routingLead(record: LeadRecord): Lead {
  const { stage: _stage, ownerId: _ownerId, ...lead } = record.lead;
  return { ...lead, stage: record.stage, ...(record.ownerId ? { ownerId: record.ownerId } : {}) };
}
