import { SalesLineError, formatPath, type ConfigIssue, type SalesLineErrorCode } from '../errors.ts';
import { LeadSchema, type Lead } from '../line/lead.ts';
import { leadLimitIssue } from '../line/lead-limits.ts';
import { detachNested } from '../config/json-guards.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import { chooseAll, decisionAudit, directDecision, leadLabel, placementChange, repName, type CommandContext, type CommandPlan } from './command-context.ts';
import type { Placement } from './line-recipes.ts';
import { repOf } from './line-state.ts';
import { notePlacement, planRouted } from './plan-placement.ts';

/**
 * Adds leads in one batch: each new lead is routed and assigned; a lead that already has a
 * `stage` or `ownerId` is imported as it is. Any bad lead refuses the whole batch.
 */
export async function prepareAddLeads(ctx: CommandContext, input: readonly unknown[]): Promise<CommandPlan<RoutingDecision[]>> {
  const leads = checkLeads(ctx, input);
  const routed = leads.filter((lead) => lead.stage === undefined && lead.ownerId === undefined);
  const choices = await chooseAll(
    ctx,
    routed.map((lead) => ({ lead, context: { trigger: 'enter', fromStage: null, toStage: null, toStation: null, hoursInStage: 0, previousOwners: [] } })),
  );
  const choiceOf = new Map(routed.map((lead, i) => [lead.id, choices[i]]));

  const { graph, now, state } = ctx;
  const view = ctx.assignmentView(state);
  const placements: Placement[] = [];
  const decisions: RoutingDecision[] = [];
  for (const lead of leads) {
    const choice = choiceOf.get(lead.id);
    if (choice) {
      const { placement, decision } = planRouted(view, { lead, choice, now, graph });
      placements.push(placement);
      decisions.push(decision);
      continue;
    }
    const placement = importPlacement(ctx, lead);
    notePlacement(view, placement, undefined, lead);
    placements.push(placement);
    const who = placement.ownerId ? `owner ${repName(state, placement.ownerId)}` : `queue ${placement.queue ?? 'none'}`;
    decisions.push(directDecision(lead.id, placement, `Imported as given: stage ${placement.stage}, ${who}.`));
  }
  return {
    changes: placements.length ? [placementChange(ctx, placements)] : [],
    audit: decisions.map((decision) =>
      decisionAudit('addLead', null, decision, `Added lead ${decision.leadId} to ${decision.stage}: ${decision.repId ? `assigned to ${repName(state, decision.repId)}` : `queued in ${decision.queue}`}.`),
    ),
    result: decisions,
  };
}

function importPlacement(ctx: CommandContext, lead: Lead): Placement {
  const { graph, state, config } = ctx;
  const owner = lead.ownerId ? repOf(state, lead.ownerId) : undefined;
  const stage = lead.stage ?? graph.firstStage(owner?.station ?? config.routing.fallback.station);
  const station = graph.stationOfStage.get(stage) ?? owner?.station ?? config.routing.fallback.station;
  const terminal = graph.terminal.has(stage);
  return {
    leadId: lead.id,
    lead,
    station,
    stage,
    ownerId: owner?.id ?? null,
    queue: owner || terminal ? null : graph.stationQueue(station),
    credit: null,
    joins: [],
  };
}

export function checkLeads(ctx: CommandContext, input: readonly unknown[]): Lead[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  const leads: Lead[] = [];
  const refuse = (code: 'invalid-lead' | 'duplicate-lead' | 'unknown-stage' | 'unknown-rep', path: (string | number)[], message: string) => {
    issues.push({ code, path, message });
  };
  input.forEach((raw, index) => {
    // Limits first: zod and immer recurse into the lead, so a 10,000-deep one would overflow the stack.
    const tooBig = leadLimitIssue(raw);
    if (tooBig) {
      const path = [index, ...tooBig.path];
      refuse('invalid-lead', path, `${formatPath(path)}: ${tooBig.message}`);
      return;
    }
    const parsed = LeadSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // The lead schema has no symbol keys, so its issue paths hold none.
        const path = [index, ...(issue.path as (string | number)[])];
        refuse('invalid-lead', path, `${formatPath(path)}: ${issue.message}`);
      }
      return;
    }
    const lead = detachNested(parsed.data);
    // Own records only: an id such as "constructor" is a new lead, not an inherited property.
    if (seen.has(lead.id) || Object.hasOwn(ctx.state.leads, lead.id)) {
      refuse('duplicate-lead', [index, 'id'], `Lead id "${lead.id}" is already on the line; every lead needs a unique id.`);
      return;
    }
    seen.add(lead.id);
    if (lead.stage !== undefined && !ctx.graph.isKnownStage(lead.stage)) {
      refuse('unknown-stage', [index, 'stage'], `Lead ${leadLabel(lead)} has stage "${lead.stage}", which no station of the line has (known: ${ctx.graph.knownStages}).`);
      return;
    }
    if (lead.ownerId !== undefined && !repOf(ctx.state, lead.ownerId)) {
      refuse('unknown-rep', [index, 'ownerId'], `Lead ${leadLabel(lead)} names owner "${lead.ownerId}", who is not on the line.`);
      return;
    }
    leads.push(lead);
  });
  const [first] = issues;
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    // The batch is refused with the first problem's code.
    throw new SalesLineError(first.code as SalesLineErrorCode, `${first.message}${more} Nothing was added.`, { issues });
  }
  return leads;
}
