import type { RouteTarget, Station } from '../config/config-schema.ts';
import { describeMatch, describeMiss, formatValue } from '../rules/describe-condition.ts';
import type { TargetChoice } from './choose-target.ts';
import type { RuleTrace } from './routing-decision.ts';

/**
 * `Hunter (team fintech)`. The queue is not named here: whether the lead waits in one is the
 * assignment's to say (a person may take it).
 */
export function describeTarget(station: Station, target: RouteTarget): string {
  const { team, territory, skills, reps } = target.pool ?? {};
  const pool = [
    team !== undefined && `team ${team}`,
    territory !== undefined && `territory ${territory}`,
    !!skills?.length && `skills ${formatValue(skills, 'and')}`,
    !!reps?.length && `reps ${formatValue(reps, 'and')}`,
  ].filter(Boolean);
  return `${station.name}${pool.length > 0 ? ` (${pool.join(', ')})` : ''}`;
}

const MISSES_IN_TEXT = 3;

/** Why one rule did not take the lead, in words: `'fintech-enterprise': industry is retail, not fintech`. */
export function describeRuleMiss(rule: RuleTrace): string {
  if (rule.error !== undefined) return `'${rule.name}' failed: ${rule.error}`;
  if (rule.conditions === undefined) return `'${rule.name}' was not evaluated`;
  return `'${rule.name}': ${describeMiss(rule.conditions)}`;
}

/**
 * The plain-language line of an explanation:
 * "Routed to Hunter (team fintech) by rule 'fintech-enterprise': industry is fintech and employees 1,200 ≥ 500."
 */
export function explainChoice(choice: TargetChoice): string {
  const where = describeTarget(choice.station, choice.target);
  const failures = choice.errors.length === 0
    ? ''
    : ` ${choice.errors.map((error) => `Rule '${error.name}' failed at run time and was skipped: ${error.message}`).join(' ')}`;
  if (choice.rule !== null) {
    const winner = choice.rules.find((rule) => rule.matched);
    const why = winner?.conditions === undefined ? '' : `: ${describeMatch(winner.conditions)}`;
    return `Routed to ${where} by rule '${choice.rule.name}'${why}.${failures}`;
  }
  if (choice.rulesTried === 0) return `No routing rules are set, so it went to the fallback: ${where}.`;
  // A sentence, not a report: the first few misses in the order tried; the trace has every rule.
  const misses = choice.rules.filter((rule) => !rule.skipped);
  const shown = misses.slice(0, MISSES_IN_TEXT).map(describeRuleMiss);
  if (misses.length > MISSES_IN_TEXT) shown.push(`${misses.length - MISSES_IN_TEXT} more rules did not match either`);
  const why = shown.length > 0 ? shown.join('; ') : `${choice.rulesTried} rules tried`;
  return `No rule matched — ${why} — so it went to the fallback: ${where}.${failures}`;
}
