import type { ConfigIssue } from '../errors.ts';
import { ROUTING_TRIGGERS } from '../routing/routing-decision.ts';
import type { ConditionKind } from './check-conditions.ts';
import { splitOperator } from './check-operator.ts';
import { configIssue } from './config-issue-code.ts';
import { someOf } from './describe-value.ts';
import type { Suggest } from './did-you-mean.ts';
import type { JsonObject } from './json-guards.ts';
import type { LineIndex } from './line-index.ts';

type Path = readonly (string | number)[];

/** Operators whose value names what the fact must (or must not) be; other tests are left alone. */
const NAMING_OPERATORS = new Set(['equal', 'notEqual', 'in', 'notIn']);

/** The routing-context facts that hold one of a known set of names, and what the set is. */
function namesOf(fact: string, index: LineIndex): { names: Iterable<string>; what: string } | undefined {
  if (fact === 'trigger') return { names: ROUTING_TRIGGERS, what: 'a trigger' };
  if ((fact === 'fromStage' || fact === 'toStage') && index.stagesReadable) return { names: index.stages, what: 'a stage of the line' };
  if (fact === 'toStation' && index.stationsReadable) return { names: index.stations.keys(), what: 'a station of the line' };
  return undefined;
}

/**
 * A condition visitor that refuses a routing-context fact compared with a name it can never
 * hold: `"trigger" equal "handof"` or `"toStation" in ["hunters"]` would silently never match.
 */
export function checkContextFactValues(index: LineIndex, suggest: Suggest, issues: ConfigIssue[]) {
  return (node: JsonObject, path: Path, kind: ConditionKind): void => {
    if (kind !== 'fact' || typeof node.fact !== 'string' || typeof node.operator !== 'string' || node.path !== undefined) return;
    const known = namesOf(node.fact, index);
    const { decorators, operator } = splitOperator(node.operator);
    if (!known || !NAMING_OPERATORS.has(operator) || decorators.some((d) => d !== 'not')) return;
    const values = Array.isArray(node.value) ? node.value.map((value, i) => [value, [...path, 'value', i]] as const) : [[node.value, [...path, 'value']] as const];
    const names = new Set(known.names);
    for (const [value, at] of values) {
      if (typeof value !== 'string' || names.has(value)) continue;
      issues.push(
        configIssue('invalid-value', at, `"${node.fact}" is ${known.what}, so it is never "${value}" and this test never holds.${suggest(value, names)} It is one of ${someOf(names)}.`),
      );
    }
  };
}
