import { SalesLineError, createSalesLine, type Lead, type Rep, type RoutingDecision, type SalesLine, type SalesLineConfig } from '@sales-line/core';
import { UsageError } from './io.ts';

/**
 * Routes leads one after another onto a line that holds `reps`, so rotation, loads and
 * capacity carry from each lead to the next, as `addLeads` does. The line is rebuilt from its
 * own state every `shedEvery` leads: its audit log keeps every decision's explanation, which a
 * file of a million leads would otherwise hold in memory to the end.
 */
export function createLeadAssigner(config: SalesLineConfig, reps: Rep[], repsFile: string, shedEvery = 10_000): (lead: Lead) => Promise<RoutingDecision> {
  let line: SalesLine;
  try {
    line = createSalesLine(config, { reps, undoLimit: 0 });
  } catch (error) {
    if (!(error instanceof SalesLineError)) throw error;
    throw new UsageError(`${repsFile} does not fit the config: ${error.message}`);
  }
  let added = 0;
  return async (lead) => {
    const decision = await line.addLead(lead);
    added += 1;
    if (added % shedEvery === 0) line = createSalesLine(config, { state: line.getState(), undoLimit: 0 });
    return decision;
  };
}
