import { SalesLineError } from '../errors.ts';
import type { LineGraph } from '../line/line-graph.ts';

type Check = [option: string, valid: (value: unknown) => boolean, expected: string];

const isFunction = (value: unknown) => typeof value === 'function';
const isTextList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What each option of `createSalesLine` must be when given; `state` has its own, fuller check. */
const OPTIONS: readonly Check[] = [
  ['reps', Array.isArray, 'a list of reps'],
  ['leads', Array.isArray, 'a list of leads'],
  ['clock', isFunction, 'a function returning epoch milliseconds'],
  ['audit', Array.isArray, 'the list audit() returned'],
  ['creditBackOn', isTextList, 'a list of terminal stage ids'],
  ['undoLimit', (value) => value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && (value as number) >= 0), 'a whole number, 0 or more (or Infinity)'],
  ['onListenerError', isFunction, 'a function'],
];

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

function refuse(option: string, expected: string, value: unknown): never {
  throw new SalesLineError('invalid-input', `createSalesLine: ${option} must be ${expected}; got ${describe(value)}.`);
}

/**
 * Refuses options of the wrong kind up front, naming them: a `leads` object would otherwise
 * be dropped without a word, and a `clock` that is not a function would fail at the first command.
 */
export function checkLineInit(init: unknown, graph: LineGraph): void {
  if (typeof init !== 'object' || init === null || Array.isArray(init)) refuse('init', 'an object such as { reps, clock }', init);
  const options = init as Record<string, unknown>;
  for (const [option, valid, expected] of OPTIONS) {
    const value = options[option];
    if (value !== undefined && !valid(value)) refuse(`init.${option}`, expected, value);
  }
  for (const stage of (options.creditBackOn as string[] | undefined) ?? []) {
    if (!graph.terminal.has(stage)) refuse('init.creditBackOn', `terminal stages of the line (${[...graph.terminal].join(', ') || 'it has none'})`, stage);
  }
}

/** A time every timestamp can hold: a clock giving NaN would write `null` into every record through JSON. */
export function checkedTime(now: number): number {
  if (!Number.isFinite(now)) throw new SalesLineError('invalid-input', `The line's clock gave ${describe(now)}, not epoch milliseconds; nothing was changed.`);
  return now;
}
