import { SalesLineError, type ConfigIssue } from '../errors.ts';
import type { Lead } from '../line/lead.ts';
import { leadLimitIssue } from '../line/lead-limits.ts';

function refuseLead(message: string, issue: ConfigIssue): never {
  throw new SalesLineError('invalid-lead', message, { issues: [issue] });
}

/**
 * The minimum routing needs: an object with a non-empty string `id`. Every other field is
 * a fact, whatever its type, so nothing else is checked here — except the lead limits
 * (size, depth, field names), which keep a hostile lead from crashing or stalling routing.
 */
export function assertLead(lead: unknown): asserts lead is Lead {
  if (lead === null || typeof lead !== 'object' || Array.isArray(lead)) {
    const got = lead === null ? 'null' : Array.isArray(lead) ? 'a list' : typeof lead;
    refuseLead(`A lead must be an object with a string "id", got ${got}.`, { code: 'invalid-lead', path: [], message: `Expected an object, got ${got}.` });
  }
  // Limits before anything reads the lead: describing a 10,000-deep `id` would overflow the stack.
  const tooBig = leadLimitIssue(lead);
  if (tooBig) refuseLead(`A lead is refused: ${tooBig.message}`, tooBig);
  const id = (lead as { id?: unknown }).id;
  if (typeof id !== 'string' || id === '') {
    const got = id === undefined ? 'nothing' : JSON.stringify(id) ?? typeof id;
    refuseLead(`Lead field "id" must be a non-empty string, got ${got}.`, { code: 'invalid-lead', path: ['id'], message: `Expected a non-empty string, got ${got}.` });
  }
}
