import { formatPath, type ConfigIssue } from '../errors.ts';
import { checkConditions, type ConditionCheckContext } from './check-conditions.ts';
import { configIssue } from './config-issue-code.ts';
import { someOf } from './describe-value.ts';
import { didYouMeanHint, type Suggest } from './did-you-mean.ts';
import { asArray, hasOwn, isPlainObject, own } from './json-guards.ts';
import { isId, type LineIndex } from './line-index.ts';
import { DURATION_RULE } from './config-schema.ts';
import { parseDuration } from '../line/parse-duration.ts';

type Path = readonly (string | number)[];

/**
 * The checks zod cannot make on `line`: ids that repeat, stages named but never defined,
 * WIP limits on another station's stage, deadlines that cannot act.
 */
export function checkLine(line: unknown, index: LineIndex, context: ConditionCheckContext): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const suggest = context.suggest ?? didYouMeanHint;
  checkStations(line, issues);
  checkTerminal(line, index, issues);
  asArray(own(line, 'stations')).forEach((station, i) => checkWipLimits(station, ['line', 'stations', i], index, issues, suggest));
  const moves = new Map<string, number>();
  asArray(own(line, 'transitions')).forEach((transition, i) => {
    const path = ['line', 'transitions', i];
    for (const end of ['from', 'to']) checkStageReference(own(transition, end), [...path, end], index, issues, suggest);
    checkRepeatedMove(transition, i, index, moves, issues);
    if (isPlainObject(transition) && hasOwn(transition, 'conditions') && transition.conditions !== undefined) {
      issues.push(...checkConditions(transition.conditions, [...path, 'conditions'], context));
    }
  });
  const timed = new Map<string, number>();
  asArray(own(line, 'deadlines')).forEach((deadline, i) => checkDeadline(deadline, ['line', 'deadlines', i], index, issues, suggest, timed));
  return issues;
}

/** `The stage "new" belongs to station "lead-generation", not to "hunter".` */
export function belongsElsewhere(stage: string, owner: string, station: string): string {
  return `The stage "${stage}" belongs to station "${owner}", not to "${station}".`;
}

/** `There is no stage "proposl". Did you mean "proposal"? …` or nothing when the stage exists. */
export function checkStageReference(stage: unknown, path: Path, index: LineIndex, issues: ConfigIssue[], suggest: Suggest = didYouMeanHint): void {
  // With unreadable stage lists, the line's own issue says what to fix; every reference would repeat it.
  if (!isId(stage) || index.stages.has(stage) || !index.stagesReadable) return;
  issues.push(
    configIssue(
      'unknown-stage',
      path,
      `There is no stage "${stage}".${suggest(stage, index.stages)} Stages are defined in each station's "stages" and in "terminal".`,
    ),
  );
}

function checkStations(line: unknown, issues: ConfigIssue[]): void {
  const stationAt = new Map<string, number>();
  const stageAt = new Map<string, { station: number; stage: number; owner: unknown }>();
  asArray(own(line, 'stations')).forEach((station, i) => {
    const id = own(station, 'id');
    if (isId(id)) {
      const first = stationAt.get(id);
      if (first === undefined) stationAt.set(id, i);
      else {
        issues.push(
          configIssue(
            'duplicate-station',
            ['line', 'stations', i, 'id'],
            `The station id "${id}" is already used by ${formatPath(['line', 'stations', first])}. Give each station its own id.`,
          ),
        );
      }
    }
    asArray(own(station, 'stages')).forEach((stage, j) => {
      if (!isId(stage)) return;
      const first = stageAt.get(stage);
      if (first === undefined) {
        stageAt.set(stage, { station: i, stage: j, owner: id });
        return;
      }
      const message =
        first.station === i
          ? `The stage "${stage}" is listed twice in this station. Remove one.`
          : `The stage "${stage}" already belongs to station "${String(first.owner)}" (${formatPath(['line', 'stations', first.station, 'stages', first.stage])}). A stage belongs to exactly one station: rename one of them.`;
      issues.push(configIssue('duplicate-stage', ['line', 'stations', i, 'stages', j], message));
    });
  });
}

function checkTerminal(line: unknown, index: LineIndex, issues: ConfigIssue[]): void {
  const seen = new Set<string>();
  asArray(own(line, 'terminal')).forEach((stage, i) => {
    if (!isId(stage)) return;
    const path = ['line', 'terminal', i];
    const station = index.stageStation.get(stage);
    if (seen.has(stage)) {
      issues.push(configIssue('duplicate-stage', path, `The terminal stage "${stage}" is listed twice. Remove one.`));
    } else if (station !== undefined) {
      issues.push(
        configIssue(
          'duplicate-stage',
          path,
          `"${stage}" is a terminal stage and also a stage of station "${station}". Terminal stages end the line and belong to no station: remove it from one of the two.`,
        ),
      );
    }
    seen.add(stage);
  });
}

function checkWipLimits(station: unknown, stationPath: Path, index: LineIndex, issues: ConfigIssue[], suggest: Suggest): void {
  const stationId = own(station, 'id');
  const ownStages = isId(stationId) ? index.stations.get(stationId) : undefined;
  const limited = new Set<string>();
  asArray(own(station, 'wipLimits')).forEach((limit, i) => {
    const path = [...stationPath, 'wipLimits', i];
    if (!isPlainObject(limit)) return;
    const stage = limit.stage;
    if (isId(stage) && ownStages !== undefined && !ownStages.has(stage)) {
      const owner = index.stageStation.get(stage);
      if (owner !== undefined || index.terminal.has(stage)) {
        const where = owner !== undefined ? belongsElsewhere(stage, owner, stationId as string) : `The stage "${stage}" is a terminal stage and belongs to no station.`;
        issues.push(configIssue('stage-not-in-station', [...path, 'stage'], `${where} A station's WIP limits can only cap its own stages: ${someOf(ownStages)}.`));
      } else {
        checkStageReference(stage, [...path, 'stage'], index, issues, suggest);
      }
    }
    if (isId(stage)) {
      if (limited.has(stage)) {
        issues.push(configIssue('duplicate-wip-limit', [...path, 'stage'], `The stage "${stage}" already has a WIP limit in this station. Merge the two into one.`));
      }
      limited.add(stage);
    }
    if (limit.perRep === undefined && limit.total === undefined) {
      issues.push(
        configIssue(
          'missing',
          [...path, 'perRep'],
          'Set "perRep" (the most leads one person may hold in this stage), "total" (the most for the whole station), or both.',
        ),
      );
    }
    if (isId(limit.overflowTo)) {
      if (limit.overflowTo === stage) {
        issues.push(configIssue('invalid-value', [...path, 'overflowTo'], '"overflowTo" must be a different stage from the one it relieves, e.g. back to "new" in lead generation.'));
      } else checkStageReference(limit.overflowTo, [...path, 'overflowTo'], index, issues, suggest);
    }
  });
}

/** A second transition between the same stages: only one of their guards could ever apply. */
function checkRepeatedMove(transition: unknown, i: number, index: LineIndex, moves: Map<string, number>, issues: ConfigIssue[]): void {
  const from = own(transition, 'from');
  const to = own(transition, 'to');
  // A move naming an unknown stage already has its issue there.
  if (!isId(from) || !isId(to) || !index.stages.has(from) || !index.stages.has(to)) return;
  const first = moves.get(`${from} ${to}`);
  if (first === undefined) {
    moves.set(`${from} ${to}`, i);
    return;
  }
  issues.push(
    configIssue(
      'duplicate-transition',
      ['line', 'transitions', i],
      `The move from "${from}" to "${to}" is already defined by ${formatPath(['line', 'transitions', first])}. Keep one; to allow it under either of two guards, put both in its "conditions" inside "any".`,
    ),
  );
}

function checkDeadline(deadline: unknown, path: Path, index: LineIndex, issues: ConfigIssue[], suggest: Suggest, timed: Map<string, number>): void {
  if (!isPlainObject(deadline)) return;
  const { stage, then, to, within } = deadline;
  checkStageReference(stage, [...path, 'stage'], index, issues, suggest);
  if (isId(stage)) {
    const first = timed.get(stage);
    if (first === undefined) timed.set(stage, path[2] as number);
    else {
      issues.push(
        configIssue('duplicate-deadline', [...path, 'stage'], `The stage "${stage}" already has a deadline (${formatPath(['line', 'deadlines', first])}); a stage has one deadline. Remove one.`),
      );
    }
  }
  if (typeof within === 'string' && parseDuration(within) === 0) {
    issues.push(configIssue('invalid-duration', [...path, 'within'], `"within" must be longer than zero; "${within}" would fire at every tick. Use ${DURATION_RULE}.`));
  }
  if (then === 'move' && isId(to) && to === stage) {
    issues.push(
      configIssue('invalid-value', [...path, 'to'], `"to" must be another stage: the lead is already in "${stage}", so the move would do nothing but fire again at every tick.`),
    );
  }
  if (isId(stage) && index.terminal.has(stage)) {
    issues.push(
      configIssue('terminal-target', [...path, 'stage'], `Leads in the terminal stage "${stage}" stay there, so a deadline on it never fires. Remove this deadline.`),
    );
  }
  if (then === 'move' && to === undefined) {
    issues.push(
      configIssue(
        'missing-move-target',
        [...path, 'to'],
        '"then": "move" needs "to": the stage a lead moves to when the deadline passes, e.g. "to": "lost".',
      ),
    );
  }
  if (then === 'reroute' && to !== undefined) {
    issues.push(
      configIssue('unused-field', [...path, 'to'], '"to" is only used with "then": "move". This deadline re-routes the lead, so remove "to", or change "then" to "move".'),
    );
  }
  if (then === 'move') checkStageReference(to, [...path, 'to'], index, issues, suggest);
}
