import { SalesLineError } from '../errors.ts';
import type { RouteContext } from './route.ts';
import { ROUTING_TRIGGERS as TRIGGERS } from './routing-decision.ts';

const isText = (value: unknown) => typeof value === 'string';
const isStageOrNull = (value: unknown) => value === null || typeof value === 'string';
const isHours = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What each optional field of a context must be, and how messages say it. */
const FIELDS: readonly [field: keyof RouteContext, valid: (value: unknown) => boolean, expected: string][] = [
  ['fromStage', isStageOrNull, 'a stage id or null'],
  ['toStage', isStageOrNull, 'a stage id or null'],
  ['toStation', isStageOrNull, 'a station id or null'],
  ['hoursInStage', isHours, 'a number of hours, 0 or more'],
  ['previousOwners', isTextList, 'a list of rep ids'],
  ['reps', Array.isArray, 'a list of reps'],
  ['state', isObject, "a line's state (getState())"],
  ['now', (value) => typeof value === 'number' && Number.isFinite(value), 'epoch milliseconds'],
];

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

function refuse(where: string, expected: string, value: unknown): never {
  throw new SalesLineError('invalid-input', `route(): ${where} must be ${expected}; got ${describe(value)}.`);
}

/**
 * The facts a rule reads from the context must be what their names promise, or a rule on
 * `trigger` silently never matches. A context without a `trigger` is a lead entering the line.
 */
export function checkRouteContext(context: unknown): RouteContext {
  if (!isObject(context)) refuse('context', 'an object such as { trigger: "enter" }', context);
  const given = context as Partial<RouteContext>;
  if (given.trigger !== undefined && !TRIGGERS.includes(given.trigger)) {
    refuse('context.trigger', `one of ${TRIGGERS.map((t) => `"${t}"`).join(', ')}`, given.trigger);
  }
  for (const [field, valid, expected] of FIELDS) {
    const value = given[field];
    if (value !== undefined && !valid(value)) refuse(`context.${field}`, expected, value);
  }
  return given.trigger === undefined ? { ...given, trigger: 'enter' } : (given as RouteContext);
}
