import type { ConfigIssue } from '../errors.ts';
import { configIssue } from './config-issue-code.ts';
import { asArray, formatCount as fmt, isPlainObject, nonJsonKind, own } from './json-guards.ts';
import { CONFIG_LIMITS, FORBIDDEN_KEYS, type ConfigLimits } from './limits.ts';

interface Frame {
  value: unknown;
  parent: Frame | null;
  key: string | number;
  depth: number;
}

const MAX_ISSUES = 100;

/**
 * The safety pass that runs before anything else: one iterative walk (no recursion, so a
 * 10,000-deep document cannot overflow the stack) that stops at the first limit crossed.
 * It refuses what is not JSON data (functions, symbols, a value containing itself) and the
 * keys `__proto__`, `constructor` and `prototype` anywhere. An empty list means the
 * document is safe to hand to the recursive checks.
 */
export function checkDocumentLimits(input: unknown, limits: ConfigLimits = CONFIG_LIMITS): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const stack: Frame[] = [{ value: input, parent: null, key: '', depth: 0 }];
  let nodes = 0;
  let chars = 0;

  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    const isList = Array.isArray(value);
    nodes += 1;
    if (nodes > limits.maxNodes) return tooLarge(limits.maxNodes, 'values');
    if (depth > limits.maxDepth) {
      return [
        configIssue(
          'too-deep',
          pathOf(frame),
          `This is nested more than ${limits.maxDepth} levels deep (the limit). Flatten it: a rule's conditions may nest at most ${limits.maxConditionDepth} levels of "all", "any" and "not".`,
        ),
      ];
    }

    if (typeof value === 'string') {
      chars += value.length + 2;
      if (value.length > limits.maxStringLength) {
        issues.push(
          configIssue('too-long', pathOf(frame), `This text is ${fmt(value.length)} characters long; the limit is ${fmt(limits.maxStringLength)}. Shorten it.`),
        );
      }
    } else if (typeof value === 'number') {
      chars += 8;
      if (!Number.isFinite(value)) {
        issues.push(configIssue('not-json', pathOf(frame), `${String(value)} is not a number JSON can hold. Use an ordinary number such as 100.`));
      }
    } else if (typeof value === 'boolean' || value === null || value === undefined) {
      chars += 5;
    } else if (isList || isPlainObject(value)) {
      if (isOwnAncestor(frame)) {
        issues.push(
          configIssue('self-reference', pathOf(frame), 'This value contains itself, so it cannot be written as JSON. Replace the repeated part with a copy.'),
        );
        continue;
      }
      const keys: (string | number)[] = isList ? [] : Object.keys(value);
      const count = isList ? value.length : keys.length;
      if (nodes + stack.length + count > limits.maxNodes) return tooLarge(limits.maxNodes, 'values');
      chars += 2 + count;
      for (let index = count - 1; index >= 0; index--) {
        const key = isList ? index : (keys[index] as string);
        if (typeof key === 'string') {
          chars += key.length + 3;
          if (FORBIDDEN_KEYS.has(key)) {
            issues.push(
              configIssue(
                'forbidden-key',
                [...pathOf(frame), key],
                `The field name "${key}" is not allowed anywhere in a config, because it can change how every object behaves. Rename or remove it.`,
              ),
            );
            continue;
          }
          if (key.length > limits.maxKeyLength) {
            issues.push(configIssue('too-long', [...pathOf(frame), key], `This field name is ${fmt(key.length)} characters long; the limit is ${limits.maxKeyLength}.`));
            continue;
          }
        }
        const child = (value as Record<string | number, unknown>)[key];
        stack.push({ value: child, parent: frame, key, depth: depth + 1 });
      }
    } else {
      issues.push(configIssue('not-json', pathOf(frame), notJsonMessage(value)));
    }
    if (chars > limits.maxDocumentChars) return tooLarge(limits.maxDocumentChars, 'characters of JSON');
  }
  if (issues.length > 0) return issues;
  return checkCounts(input, limits);
}

function tooLarge(limit: number, what: string): ConfigIssue[] {
  const message = `This document is too large: it has more than ${fmt(limit)} ${what} (the limit). Remove rules or stations you no longer use, or split the line into separate documents.`;
  return [configIssue('too-large', [], message)];
}

function notJsonMessage(value: unknown): string {
  const { what, fix } = nonJsonKind(value);
  const instead = fix ? ` ${fix[0]?.toUpperCase()}${fix.slice(1)}.` : '';
  return `This is ${what}.${instead} A config holds only JSON data: text, numbers, true/false, null, lists and objects.`;
}

/** Whether the frame's value is also one of its ancestors' (a value containing itself). At most `maxDepth` steps. */
function isOwnAncestor(frame: Frame): boolean {
  for (let f = frame.parent; f !== null; f = f.parent) if (f.value === frame.value) return true;
  return false;
}

/** Paths are rebuilt only when reported, so the walk stays linear in the document size. */
function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}

function checkCounts(input: unknown, limits: ConfigLimits): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const line = own(input, 'line');
  const routing = own(input, 'routing');
  const lengthOf = (parent: unknown, key: string) => asArray(own(parent, key)).length;
  const stations = asArray(own(line, 'stations'));
  const stages = stations.reduce<number>((sum, station) => sum + lengthOf(station, 'stages'), lengthOf(line, 'terminal'));
  const namedConditions = own(routing, 'conditions');
  const counts: [(string | number)[], number, number, string][] = [
    [['line', 'stations'], stations.length, limits.maxStations, 'stations'],
    [['line'], stages, limits.maxStages, 'stages (all stations and terminal stages together)'],
    [['line', 'transitions'], lengthOf(line, 'transitions'), limits.maxTransitions, 'transitions'],
    [['line', 'deadlines'], lengthOf(line, 'deadlines'), limits.maxDeadlines, 'deadlines'],
    [['routing', 'rules'], lengthOf(routing, 'rules'), limits.maxRules, 'rules'],
    [['routing', 'conditions'], isPlainObject(namedConditions) ? Object.keys(namedConditions).length : 0, limits.maxNamedConditions, 'shared conditions'],
  ];
  for (const [path, count, limit, what] of counts) {
    if (count > limit) {
      issues.push(configIssue('too-many', path, `There are ${fmt(count)} ${what}; the limit is ${fmt(limit)}. Merge or remove some.`));
    }
  }
  return issues;
}
