import { SalesLineError, createSalesLine, formatPath, type Lead, type Rep, type RoutingDecision, type SalesLine, type SalesLineConfig } from '@sales-line/core';
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
export function createLeadAssigner(
  config: SalesLineConfig,
  reps: Rep[],
  repsFile: string,
  { clock, firstShed = 10_000 }: { clock?: () => number; firstShed?: number } = {},
): (lead: Lead) => Promise<RoutingDecision> {
  let line: SalesLine;
  try {
    line = createSalesLine(config, { reps, undoLimit: 0, ...(clock && { clock }) });
  } catch (error) {
    if (!(error instanceof SalesLineError)) throw error;
    throw new UsageError(`${repsFile} does not fit the config: ${error.message}`);
  }
  let added = 0;
  let shedAt = firstShed;
  return async (lead) => {
    const decision = await line.addLead(lead).catch((error: unknown) => {
      throw aboutOneLead(error);
    });
    added += 1;
    if (added === shedAt) {
      line = createSalesLine(config, { state: line.getState(), undoLimit: 0, ...(clock && { clock }) });
      shedAt *= 2;
    }
    return decision;
  };
}

/**
 * The line checks leads as a batch, so its issues say `[0].id: …` and "Nothing was added.":
 * true of the batch of one it was given, misleading on a line of a file where the run goes on.
 */
function aboutOneLead(error: unknown): unknown {
  if (!(error instanceof SalesLineError) || error.code !== 'invalid-lead' || error.issues.length === 0) return error;
  const message = error.issues
    .map((issue) => {
      const batchPlace = `${formatPath(issue.path)}: `;
      const text = issue.message.startsWith(batchPlace) ? issue.message.slice(batchPlace.length) : issue.message;
      return issue.path.length > 1 ? `${formatPath(issue.path.slice(1))}: ${text}` : text;
    })
    .join('; ');
  return new SalesLineError('invalid-lead', message, { issues: error.issues });
}
