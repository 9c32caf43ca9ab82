import type { Lead, RoutingContext } from '../../../packages/core/src/index.ts';

// The realistic 20-rule set (packages/core/test/fixtures/rules.ts) written by hand as an
// `if` chain: the limit a compiler can approach. Same semantics as the rule JSON on the
// generated leads (numbers or numeric text compare, anything else fails); the bench checks
// that both agree on every lead before timing.
/* eslint-disable @typescript-eslint/no-explicit-any -- hand-written code reads the lead as a JS programmer would */
const numeric = (value: unknown): boolean => typeof value === 'number' || typeof value === 'string';
const has = (list: unknown, item: string): boolean => Array.isArray(list) && list.includes(item);
const blocked = ['KP', 'IR', 'SY'];

/** Index of the winning rule, or -1 for the fallback. */
export function handWrittenRoute(lead: Lead, context: RoutingContext): number {
  const l = lead as Record<string, any>;
  if (l.source === 'demo-request' && numeric(l.score) && l.score >= 50) return 0;
  if (l.customer === true && has(l.tags, 'churn-risk')) return 1;
  if (l.customer === true) return 2;
  if (l.industry === 'fintech' && numeric(l.employees) && l.employees >= 500) return 3;
  if (l.industry === 'healthcare' && numeric(l.employees) && l.employees >= 1000) return 4;
  if (numeric(l.value) && l.value > 250000) return 5;
  if (l.region === 'EMEA' && numeric(l.employees) && l.employees >= 1000) return 6;
  if ((l.region === 'APAC' || l.region === 'ANZ') && numeric(l.employees) && l.employees >= 1000) return 7;
  if (l.region === 'NA' && numeric(l.employees) && l.employees >= 200 && l.employees < 1000) return 8;
  if (l.region === 'EMEA' && numeric(l.employees) && l.employees >= 200 && l.employees < 1000) return 9;
  if (l.source === 'partner' && ((numeric(l.score) && l.score >= 40) || has(l.tags, 'partner-vip'))) return 10;
  if (context.trigger === 'deadline' && numeric(context.hoursInStage) && (context.hoursInStage as number) > 48) return 11;
  if (context.fromStage === 'hold-for-future-close') return 12;
  if (numeric(l.value) && l.value < 5000 && l.customer !== true) return 13;
  if (((numeric(l.score) && l.score >= 80) || has(l.tags, 'hot')) && (l.source === 'web' || l.source === 'chat')) return 14;
  if (l.source === 'event' && l.country !== undefined && !blocked.includes(l.country)) return 15;
  const company = l.company;
  if (company !== null && typeof company === 'object') {
    if (company.plan === 'enterprise') return 16;
    if (numeric(company.size) && company.size >= 5000) return 17;
  }
  if (l.source === 'outbound') return 18;
  if (numeric(l.score) && l.score < 20) return 19;
  return -1;
}
