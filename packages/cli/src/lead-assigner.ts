import { SalesLineError, createSalesLine, type Lead, type Rep, type RoutingDecision, type SalesLine, type SalesLineConfig } from '@sales-line/core';
import { UsageError } from './io.ts';

/**
 * Routes leads one after another onto a line that holds `reps`, so rotation, loads and
 * capacity carry from each lead to the next, as `addLeads` does. The line's audit log keeps
 * every decision's explanation (about 5 KB a lead), which nothing here reads: the line is
 * rebuilt from its own state, without the log, after `firstShed` leads and then each time the
 * count doubles. Rebuilding costs time in proportion to the leads held, so doubling keeps the
 * total linear where a fixed interval would make a big file quadratic; the log then never
 * holds more than half the leads.
 */
export function createLeadAssigner(config: SalesLineConfig, reps: Rep[], repsFile: string, firstShed = 10_000): (lead: Lead) => Promise<RoutingDecision> {
  let line: SalesLine;
  try {
    line = createSalesLine(config, { reps, undoLimit: 0 });
  } catch (error) {
    if (!(error instanceof SalesLineError)) throw error;
    throw new UsageError(`${repsFile} does not fit the config: ${error.message}`);
  }
  let added = 0;
  let shedAt = firstShed;
  return async (lead) => {
    const decision = await line.addLead(lead);
    added += 1;
    if (added === shedAt) {
      line = createSalesLine(config, { state: line.getState(), undoLimit: 0 });
      shedAt *= 2;
    }
    return decision;
  };
}
