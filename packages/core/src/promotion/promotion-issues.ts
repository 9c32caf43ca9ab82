import type { ConditionNode } from '../config/condition-schema.ts';
import type { SalesLineConfig } from '../config/config-schema.ts';
import type { ConfigIssue } from '../errors.ts';
import { findForbidden } from './career-path.ts';
import { checkConditions, type ConditionCheckContext } from '../config/check-conditions.ts';
import { configIssue, dedupeIssues, unknownStationIssues } from '../config/config-issue-code.ts';
import { own } from '../config/json-guards.ts';

const MAX_DEPTH = 32;
type Path = (string | number)[];

interface FactCheck {
  metrics: Map<string, string>;
  /** `undefined` when the rule's own station is unknown (already reported). */
  from: string | undefined;
}

const PLAIN_FACTS = new Set(['monthsInStation', 'openHeadcount', 'station', 'nextStation', 'metric', 'competency']);

function factIssue(fact: string, check: FactCheck, path: Path): ConfigIssue | undefined {
  const metric = /^metric\.(.+)\.(value|percentile|status)$/.exec(fact);
  if (metric) {
    const station = check.metrics.get(metric[1] as string);
    if (station === undefined) {
      const known = [...check.metrics.keys()];
      return configIssue('unknown-metric', path, `No benchmark metric "${metric[1]}"; benchmarks.metrics has: ${known.length === 0 ? '(none)' : known.join(', ')}.`);
    }
    if (check.from !== undefined && station !== check.from) {
      return configIssue('unknown-metric', path, `The metric "${metric[1]}" measures ${station}, but this rule is for reps in ${check.from}: it would never have a value.`);
    }
    return undefined;
  }
  if (PLAIN_FACTS.has(fact) || /^competency\.[^.]+$/.test(fact)) return undefined;
  return configIssue('unknown-fact', path, `Unknown fact "${fact}"; use monthsInStation, openHeadcount, metric.<id>.value | percentile | status, or competency.<name>.`);
}

/**
 * The config's own condition checks (operators, values, safe paths, depth), then what only
 * promotion rules forbid or require: their own facts, and no shared references.
 */
function conditionIssues(node: ConditionNode, check: FactCheck, path: Path): ConfigIssue[] {
  const promotionOnly: ConfigIssue[] = [];
  const visit: ConditionCheckContext['visit'] = (condition, at, kind) => {
    if (kind === 'condition') {
      promotionOnly.push(configIssue('unsupported-reference', [...at, 'condition'], 'Promotion rules cannot reference shared routing conditions; write the condition out.'));
    }
    if (kind !== 'fact') return;
    const facts: [unknown, Path][] = [[condition.fact, [...at, 'fact']], [own(condition.value, 'fact'), [...at, 'value', 'fact']]];
    for (const [fact, factPath] of facts) {
      const issue = typeof fact === 'string' ? factIssue(fact, check, factPath) : undefined;
      if (issue) promotionOnly.push(issue);
    }
  };
  return dedupeIssues([...checkConditions(node, path, { maxDepth: MAX_DEPTH, visit }), ...promotionOnly]);
}

/**
 * Checks what the schema cannot: the path names stations of the line once each and takes
 * no forbidden step; rules are for steps of the path, one per step, over facts that
 * exist; forbidden jumps name real stations.
 */
export function promotionIssues(config: SalesLineConfig): ConfigIssue[] {
  const promotion = config.promotion;
  if (promotion === undefined) return [];
  const stations = config.line.stations.map((station) => station.id);
  const unknown = (id: string, path: Path): ConfigIssue[] => unknownStationIssues(id, stations, path);
  const unknownEnds = (step: { from: string; to: string }, path: Path): ConfigIssue[] => [
    ...unknown(step.from, [...path, 'from']),
    ...unknown(step.to, [...path, 'to']),
  ];
  const issues: ConfigIssue[] = [];
  promotion.path.forEach((station, i) => {
    issues.push(...unknown(station, ['promotion', 'path', i]));
    if (promotion.path.indexOf(station) !== i) issues.push(configIssue('duplicate-station', ['promotion', 'path', i], `"${station}" appears twice in the path.`));
    const next = promotion.path[i + 1];
    const forbidden = next === undefined ? undefined : findForbidden(station, next, promotion.forbidden);
    if (forbidden) issues.push(configIssue('forbidden-step', ['promotion', 'path', i + 1], `The path steps ${station} → ${next}, which is forbidden: ${forbidden.reason}`));
  });
  const metrics = new Map((config.benchmarks?.metrics ?? []).map((metric) => [metric.id, metric.station]));
  const steps = new Map<string, number>();
  promotion.rules.forEach((rule, i) => {
    const path: Path = ['promotion', 'rules', i];
    issues.push(...unknownEnds(rule, path));
    const step = `${rule.from} → ${rule.to}`;
    const at = promotion.path.indexOf(rule.from);
    if (at === -1 || promotion.path[at + 1] !== rule.to) {
      issues.push(configIssue('off-path-rule', [...path, 'to'], `${step} is not a step of the path (${promotion.path.join(' → ')}).`));
    }
    const first = steps.get(step);
    if (first !== undefined) issues.push(configIssue('duplicate-rule', path, `promotion.rules[${first}] already sets the conditions for ${step}.`));
    else steps.set(step, i);
    issues.push(...conditionIssues(rule.conditions, { metrics, from: stations.includes(rule.from) ? rule.from : undefined }, [...path, 'conditions']));
  });
  promotion.forbidden.forEach((rule, i) => issues.push(...unknownEnds(rule, ['promotion', 'forbidden', i])));
  return issues;
}
