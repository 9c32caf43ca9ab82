import { formatPath, type ConfigIssue } from '../errors.ts';
import { CONDITIONS_EXAMPLE, checkConditions, type ConditionCheckContext } from './check-conditions.ts';
import { belongsElsewhere, checkStageReference } from './check-line.ts';
import { configIssue } from './config-issue-code.ts';
import { quote, someOf } from './describe-value.ts';
import { didYouMeanHint, type Suggest } from './did-you-mean.ts';
import { asArray, isPlainObject, own } from './json-guards.ts';
import { isId, type LineIndex } from './line-index.ts';

type Path = readonly (string | number)[];

/**
 * The checks zod cannot make on `routing`: rule names that repeat, conditions that name
 * unknown shared conditions or operators, and targets that are not on the line.
 */
export function checkRouting(routing: unknown, index: LineIndex, context: ConditionCheckContext): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const suggest = context.suggest ?? didYouMeanHint;
  const named = own(routing, 'conditions');
  if (isPlainObject(named)) {
    for (const name of Object.keys(named)) {
      const path = ['routing', 'conditions', name];
      if (name.trim() === '' || name.length > 200) {
        issues.push(configIssue('invalid-value', path, 'A shared condition needs a name of 1 to 200 characters, such as "isHot".'));
      }
      issues.push(...checkConditions(named[name], path, context));
    }
  }
  const ruleAt = new Map<string, number>();
  asArray(own(routing, 'rules')).forEach((rule, i) => {
    const path = ['routing', 'rules', i];
    if (!isPlainObject(rule)) return;
    if (typeof rule.name === 'string') {
      const first = ruleAt.get(rule.name);
      if (first === undefined) ruleAt.set(rule.name, i);
      else {
        issues.push(
          configIssue(
            'duplicate-rule',
            [...path, 'name'],
            `The rule name ${quote(rule.name)} is already used by ${formatPath(['routing', 'rules', first])}. Give each rule its own name, so every decision can say which rule sent the lead.`,
          ),
        );
      }
    }
    if (rule.conditions === undefined) {
      issues.push(
        configIssue(
          'missing',
          [...path, 'conditions'],
          `Add "conditions": which leads this rule takes, e.g. ${CONDITIONS_EXAMPLE}.`,
        ),
      );
    } else {
      issues.push(...checkConditions(rule.conditions, [...path, 'conditions'], context));
    }
    checkRouteTarget(own(own(rule, 'event'), 'params'), [...path, 'event', 'params'], index, issues, 'rule', suggest);
  });
  checkRouteTarget(own(routing, 'fallback'), ['routing', 'fallback'], index, issues, 'fallback', suggest);
  return issues;
}

function checkRouteTarget(target: unknown, path: Path, index: LineIndex, issues: ConfigIssue[], who: 'rule' | 'fallback', suggest: Suggest): void {
  if (!isPlainObject(target)) return;
  const { station, stage } = target;
  const stages = isId(station) ? index.stations.get(station) : undefined;
  if (isId(station) && stages === undefined && index.stationsReadable) {
    issues.push(
      configIssue(
        'unknown-station',
        [...path, 'station'],
        `There is no station "${station}".${suggest(station, index.stations.keys())}${stationList(index)}`,
      ),
    );
  }
  if (!isId(stage)) return;
  const subject = who === 'rule' ? 'A rule' : 'The fallback';
  if (index.terminal.has(stage)) {
    issues.push(
      configIssue(
        'terminal-target',
        [...path, 'stage'],
        `${subject} cannot send a lead straight to the terminal stage "${stage}": routing hands leads to people. Send it to a working stage; a lead reaches "${stage}" by a move along the line.`,
      ),
    );
    return;
  }
  if (stages !== undefined && !stages.has(stage) && index.stageStation.has(stage)) {
    issues.push(
      configIssue(
        'stage-not-in-station',
        [...path, 'stage'],
        `${belongsElsewhere(stage, index.stageStation.get(stage)!, station as string)} Use one of ${someOf(stages)}, or change "station".`,
      ),
    );
    return;
  }
  checkStageReference(stage, [...path, 'stage'], index, issues, suggest);
}

function stationList(index: LineIndex): string {
  const ids = [...index.stations.keys()];
  return ids.length === 0 ? ' Define it in "line.stations" first.' : ` The stations are ${someOf(ids)}.`;
}
