import { z } from 'zod';
import type { ConfigIssue } from '../errors.ts';
import { PRIORITY_RULE } from './condition-schema.ts';
import { configIssue, type ConfigIssueCode } from './config-issue-code.ts';
import { DURATION_RULE, ID_RULE } from './config-schema.ts';
import { A_LIST, AN_OBJECT, joinList, listOf, mustBe, quote } from './describe-value.ts';
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
  within: DURATION_RULE,
  then: '"reroute" or "move"',
  station: 'a station id such as "hunter"',
  fallback: 'where a lead goes when no rule matches, e.g. { "station": "lead-generation", "queue": "unassigned" }',
  event: 'where the rule sends a lead, e.g. { "type": "route", "params": { "station": "hunter" } }',
  params: 'where to send the lead, e.g. { "station": "hunter" }',
  type: '"route"',
};

/** In the career path, "from" and "to" are stations a person moves between, not stages. */
const PROMOTION_HINTS: Record<string, string> = {
  from: 'the station a person moves from, such as "lead-generation"',
  to: 'the station a person moves to, such as "customer-management"',
};

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: A_LIST,
  object: AN_OBJECT,
  record: AN_OBJECT,
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
  // Documents reach zod only after the limits pass, so their paths hold no symbols.
  const path = issue.path as Path;
  const actual = valueAt(input, path);
  const key = path.at(-1);
  const subject = typeof key === 'string' ? `"${key}"` : path.length === 0 ? 'The document' : 'This item';
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, path);
    const fields = allowed.length > 0 ? ` The fields here are ${listOf(allowed, 'and')}.` : ' Remove it.';
    return issue.keys.map((extra) => configIssue('unknown-key', [...path, extra], `"${extra}" is not a field here.${didYouMeanHint(extra, allowed)}${fields}`));
  }
  const [code, message]: Wording =
    actual === undefined && typeof key === 'string'
      ? missing(issue, subject, key, path[0] === 'promotion' ? PROMOTION_HINTS : FIELD_HINTS)
      : key === 'priority'
        ? ['invalid-priority', mustBe('"priority"', PRIORITY_RULE, actual)]
        : ((WORDINGS[issue.code] as ToWording<ZodIssue> | undefined)?.(issue, subject, actual) ?? ['invalid-value', `${subject} is not valid here (${issue.message}).`]);
  return [configIssue(code, path, message)];
}

type Wording = [ConfigIssueCode, string];
type ToWording<I> = (issue: I, subject: string, actual: unknown) => Wording;
type IssueOf<C extends ZodIssue['code']> = Extract<ZodIssue, { code: C }>;

function missing(issue: ZodIssue, subject: string, key: string, hints: Record<string, string>): Wording {
  const hint = (Object.hasOwn(hints, key) ? hints[key] : FIELD_HINTS[key]) ?? ('expected' in issue && typeof issue.expected === 'string' ? EXPECTED_WORDS[issue.expected] : undefined);
  return ['missing', `Add ${subject}${hint === undefined ? '' : `: ${hint}`}.`];
}

/** One wording per zod issue code; unknown keys, missing fields and priorities are worded before the table. */
const WORDINGS: { [C in ZodIssue['code']]?: ToWording<IssueOf<C>> } = {
  invalid_type: (issue, subject, actual) => ['wrong-type', mustBe(subject, EXPECTED_WORDS[issue.expected] ?? issue.expected, actual)],
  invalid_value: (issue, subject, actual) => {
    const allowed = issue.values.map((value) => JSON.stringify(value) ?? String(value));
    const guess = typeof actual === 'string' ? didYouMeanHint(actual, issue.values.map(String)) : '';
    return ['invalid-value', `${mustBe(subject, joinList(allowed), actual)}${guess}`];
  },
  invalid_format: (issue, subject, actual) =>
    issue.format === 'duration'
      ? ['invalid-duration', mustBe(subject, DURATION_RULE, actual)]
      : ['invalid-id', invalidId(subject, actual)],
  too_small: (issue, subject, actual) => ['too-small', tooSmall(subject, issue.origin, Number(issue.minimum), actual)],
  too_big: (issue, subject) =>
    issue.origin === 'string'
      ? ['too-long', `${subject} can be at most ${Number(issue.maximum)} characters long.`]
      : ['invalid-value', `${subject} can be at most ${Number(issue.maximum)}.`],
};

function invalidId(subject: string, actual: unknown): string {
  const slug = typeof actual === 'string' ? toId(actual) : '';
  const suggestion = slug !== '' && slug !== actual ? ` Try "${slug}".` : '';
  return `${typeof actual === 'string' ? quote(actual) : subject} is not a valid id: use ${ID_RULE}.${suggestion}`;
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
  return mustBe(subject, `${minimum} or more`, actual);
}

/** The fields of the object schema at `path`, walking through lists, records, optionals, defaults and lazy schemas. */
function allowedKeysAt(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  for (let step = 0; ; step++) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable || current instanceof z.ZodLazy) {
      current = current.unwrap();
    }
    if (step === path.length) return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
    const segment = path[step];
    if (current instanceof z.ZodObject && typeof segment === 'string') current = current.shape[segment];
    else if (current instanceof z.ZodArray) current = current.element;
    else if (current instanceof z.ZodRecord) current = current.valueType;
    else return [];
  }
}
