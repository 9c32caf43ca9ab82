import { z } from 'zod';
import type { ConfigIssue } from '../errors.ts';
import { configIssue } from './config-issue-code.ts';
import { describeValue, joinList, listOf, quote } from './describe-value.ts';
import { didYouMeanHint } from './did-you-mean.ts';
import { valueAt } from './json-guards.ts';

type Path = (string | number)[];
type ZodIssue = z.core.$ZodIssue;

/** What a missing field should hold, in the words of the people who edit the document. */
const FIELD_HINTS: Record<string, string> = {
  version: '1',
  line: 'the stations and stages of the line, e.g. { "stations": [ … ] }',
  routing: 'how leads are sent to stations, e.g. { "rules": [ … ], "fallback": { "station": "lead-generation" } }',
  stations: 'the list of stations, e.g. [ { "id": "lead-generation", "name": "Lead generation", "stages": ["new"] } ]',
  id: 'an id such as "lead-generation"',
  name: 'a name people read, such as "Lead generation"',
  stages: 'the list of stage ids, such as ["new", "contacted"]',
  stage: 'a stage id such as "new"',
  from: 'the stage a lead moves from, such as "new"',
  to: 'the stage a lead moves to, such as "contacted"',
  within: 'a duration such as "PT5M" (5 minutes) or "P3D" (3 days)',
  then: '"reroute" or "move"',
  station: 'a station id such as "hunter"',
  fallback: 'where a lead goes when no rule matches, e.g. { "station": "lead-generation", "queue": "unassigned" }',
  event: 'where the rule sends a lead, e.g. { "type": "route", "params": { "station": "hunter" } }',
  params: 'where to send the lead, e.g. { "station": "hunter" }',
  type: '"route"',
};

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  record: 'an object { … }',
  null: 'null',
};

/**
 * zod's issues in the words of sales operations: what is wrong, where, and how to fix it.
 * `schema` is the one that produced them (for the list of allowed fields).
 */
export function fromZodIssues(issues: readonly ZodIssue[], input: unknown, schema: z.ZodType): ConfigIssue[] {
  return issues.flatMap((issue) => convert(issue, input, schema));
}

function convert(issue: ZodIssue, input: unknown, schema: z.ZodType): ConfigIssue[] {
  const path: Path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const actual = valueAt(input, path);
  const key = path[path.length - 1];
  const subject = typeof key === 'string' ? `"${key}"` : path.length === 0 ? 'The document' : 'This item';
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, path);
    return issue.keys.map((extra) =>
      configIssue(
        'unknown-key',
        [...path, extra],
        `"${extra}" is not a field here.${didYouMeanHint(extra, allowed)}${allowed.length > 0 ? ` The fields here are ${listOf(allowed, 'and')}.` : ' Remove it.'}`,
      ),
    );
  }
  if (actual === undefined && typeof key === 'string') {
    const hint = FIELD_HINTS[key] ?? ('expected' in issue && typeof issue.expected === 'string' ? EXPECTED_WORDS[issue.expected] : undefined);
    return [configIssue('missing', path, `Add ${subject}${hint === undefined ? '' : `: ${hint}`}.`)];
  }
  if (key === 'priority') {
    return [configIssue('invalid-priority', path, `"priority" must be a whole number of 1 or more (higher runs first); this is ${describeValue(actual)}.`)];
  }
  const word = WORDINGS[issue.code] as Wording<ZodIssue> | undefined;
  if (word !== undefined) return [word(issue, { path, subject, actual })];
  return [configIssue('invalid-value', path, `${subject} is not valid here (${issue.message}).`)];
}

interface Place {
  path: Path;
  /** `"name"`, `This item` or `The document`. */
  subject: string;
  actual: unknown;
}
type Wording<I> = (issue: I, place: Place) => ConfigIssue;
type IssueOf<C extends ZodIssue['code']> = Extract<ZodIssue, { code: C }>;

/** One wording per zod issue code; the codes handled before the table (unknown keys, missing fields) are not here. */
const WORDINGS: { [C in ZodIssue['code']]?: Wording<IssueOf<C>> } = {
  invalid_type: (issue, { path, subject, actual }) =>
    configIssue('wrong-type', path, `${subject} must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}; this is ${describeValue(actual)}.`),
  invalid_value: (issue, { path, subject, actual }) => {
    const allowed = issue.values.map((value) => JSON.stringify(value) ?? String(value));
    const guess = typeof actual === 'string' ? didYouMeanHint(actual, issue.values.map(String)) : '';
    return configIssue('invalid-value', path, `${subject} must be ${joinList(allowed)}; this is ${describeValue(actual)}.${guess}`);
  },
  invalid_format: (issue, { path, subject, actual }) => formatIssue(issue.format, path, subject, actual),
  too_small: (issue, { path, subject, actual }) => configIssue('too-small', path, tooSmall(subject, issue.origin, Number(issue.minimum), actual)),
  too_big: (issue, { path, subject }) =>
    issue.origin === 'string'
      ? configIssue('too-long', path, `${subject} can be at most ${Number(issue.maximum)} characters long.`)
      : configIssue('invalid-value', path, `${subject} can be at most ${Number(issue.maximum)}.`),
};

function formatIssue(format: string, path: Path, subject: string, actual: unknown): ConfigIssue {
  if (format === 'duration') {
    return configIssue(
      'invalid-duration',
      path,
      `${subject} must be an ISO 8601 duration such as "PT5M" (5 minutes), "PT48H" (48 hours) or "P3D" (3 days); this is ${describeValue(actual)}.`,
    );
  }
  const slug = typeof actual === 'string' ? toId(actual) : '';
  const suggestion = slug !== '' && slug !== actual ? ` Try "${slug}".` : '';
  return configIssue(
    'invalid-id',
    path,
    `${typeof actual === 'string' ? quote(actual) : subject} is not a valid id: use lowercase letters, digits and "-" (at most 64 characters), e.g. "hold-for-future-close".${suggestion}`,
  );
}

function toId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

function tooSmall(subject: string, origin: string, minimum: number, actual: unknown): string {
  if (origin === 'array') return `${subject} needs at least ${minimum} ${minimum === 1 ? 'item' : 'items'}.`;
  if (origin === 'string') return `${subject} cannot be empty.`;
  return `${subject} must be ${minimum} or more; this is ${describeValue(actual)}.`;
}

/** The fields of the object schema at `path`, walking through lists, optionals and defaults. */
function allowedKeysAt(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  for (let step = 0; step <= path.length; step++) {
    for (let unwrap = 0; unwrap < 8; unwrap++) {
      if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.unwrap();
      else if (current instanceof z.ZodLazy) current = current.unwrap();
      else break;
    }
    if (step === path.length) break;
    const segment = path[step];
    if (current instanceof z.ZodObject && typeof segment === 'string') current = current.shape[segment];
    else if (current instanceof z.ZodArray) current = current.element;
    else if (current instanceof z.ZodRecord) current = current.valueType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
