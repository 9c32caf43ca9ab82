import type { ConditionNode } from '../config/condition-schema.ts';
import type { SalesLineConfig } from '../config/config-schema.ts';
import type { ConfigIssue } from '../errors.ts';
import { findForbidden } from './career-path.ts';
import { readOperator, SAFE_PATH } from './evaluate-condition.ts';

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
      return { code: 'unknown-metric', path, message: `No benchmark metric "${metric[1]}"; benchmarks.metrics has: ${known.length === 0 ? '(none)' : known.join(', ')}.` };
    }
    if (check.from !== undefined && station !== check.from) {
      return { code: 'unknown-metric', path, message: `The metric "${metric[1]}" measures ${station}, but this rule is for reps in ${check.from}: it would never have a value.` };
    }
    return undefined;
  }
  if (PLAIN_FACTS.has(fact) || /^competency\.[^.]+$/.test(fact)) return undefined;
  return {
    code: 'unknown-fact',
    path,
    message: `Unknown fact "${fact}"; use monthsInStation, openHeadcount, metric.<id>.value | percentile | status, or competency.<name>.`,
  };
}

function conditionIssues(node: ConditionNode, check: FactCheck, path: Path, depth: number): ConfigIssue[] {
  if (depth > MAX_DEPTH) return [{ code: 'too-deep', path, message: `Conditions nest deeper than ${MAX_DEPTH} levels; flatten them.` }];
  if ('all' in node) return node.all.flatMap((child, i) => conditionIssues(child, check, [...path, 'all', i], depth + 1));
  if ('any' in node) return node.any.flatMap((child, i) => conditionIssues(child, check, [...path, 'any', i], depth + 1));
  if ('not' in node) return conditionIssues(node.not, check, [...path, 'not'], depth + 1);
  if ('condition' in node) {
    return [{ code: 'unsupported-reference', path: [...path, 'condition'], message: 'Promotion rules cannot reference shared routing conditions; write the condition out.' }];
  }
  const issues: ConfigIssue[] = [];
  const fact = factIssue(node.fact, check, [...path, 'fact']);
  if (fact) issues.push(fact);
  if (readOperator(node.operator) === undefined) {
    issues.push({ code: 'unknown-operator', path: [...path, 'operator'], message: `Unknown operator "${node.operator}"; promotion rules use json-rules-engine's built-in operators, optionally as "not:<operator>".` });
  }
  const isReference = typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value) && 'fact' in node.value;
  if (/^(not:)?(in|notIn)$/.test(node.operator) && !Array.isArray(node.value) && !isReference) {
    // json-rules-engine throws on a number here and matches substrings of a string.
    issues.push({ code: 'invalid-operator-value', path: [...path, 'value'], message: `"${node.operator}" needs a list of values, e.g. ["a", "b"].` });
  }
  if (node.path !== undefined && !SAFE_PATH.test(node.path)) {
    issues.push({ code: 'unsafe-path', path: [...path, 'path'], message: `Use a plain property path such as "$.renewal-rate.value"; filters and scripts are not allowed.` });
  }
  const reference = node.value as { fact?: unknown } | null;
  if (typeof reference === 'object' && reference !== null && !Array.isArray(reference) && typeof reference.fact === 'string') {
    const referenced = factIssue(reference.fact, check, [...path, 'value', 'fact']);
    if (referenced) issues.push(referenced);
  }
  return issues;
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
  const unknown = (id: string, path: Path): ConfigIssue[] =>
    stations.includes(id) ? [] : [{ code: 'unknown-station', path, message: `Unknown station "${id}"; the line has: ${stations.join(', ')}.` }];
  const issues: ConfigIssue[] = [];
  promotion.path.forEach((station, i) => {
    issues.push(...unknown(station, ['promotion', 'path', i]));
    if (promotion.path.indexOf(station) !== i) issues.push({ code: 'duplicate-station', path: ['promotion', 'path', i], message: `"${station}" appears twice in the path.` });
    const next = promotion.path[i + 1];
    const forbidden = next === undefined ? undefined : findForbidden(station, next, promotion.forbidden);
    if (forbidden) issues.push({ code: 'forbidden-step', path: ['promotion', 'path', i + 1], message: `The path steps ${station} → ${next}, which is forbidden: ${forbidden.reason}` });
  });
  const metrics = new Map((config.benchmarks?.metrics ?? []).map((metric) => [metric.id, metric.station]));
  const steps = new Map<string, number>();
  promotion.rules.forEach((rule, i) => {
    const path: Path = ['promotion', 'rules', i];
    issues.push(...unknown(rule.from, [...path, 'from']), ...unknown(rule.to, [...path, 'to']));
    const at = promotion.path.indexOf(rule.from);
    if (at === -1 || promotion.path[at + 1] !== rule.to) {
      issues.push({ code: 'off-path-rule', path: [...path, 'to'], message: `${rule.from} → ${rule.to} is not a step of the path (${promotion.path.join(' → ')}).` });
    }
    const step = `${rule.from} → ${rule.to}`;
    const first = steps.get(step);
    if (first !== undefined) issues.push({ code: 'duplicate-rule', path, message: `promotion.rules[${first}] already sets the conditions for ${step}.` });
    else steps.set(step, i);
    issues.push(...conditionIssues(rule.conditions, { metrics, from: stations.includes(rule.from) ? rule.from : undefined }, [...path, 'conditions'], 1));
  });
  promotion.forbidden.forEach((rule, i) => {
    issues.push(...unknown(rule.from, ['promotion', 'forbidden', i, 'from']), ...unknown(rule.to, ['promotion', 'forbidden', i, 'to']));
  });
  return issues;
}
