import { OPERATOR_NAMES } from '../rules/operator-names.ts';

/**
 * What editors show beside each field of the config's JSON Schema. Kept here, out of the zod
 * schemas, because validation never reads them: only `configJsonSchema()` (its own entry
 * point) pays for the text. Keys are field paths: `a.b` a property, `[]` a list's items,
 * `[kind]` / `[*]` one / every kind of a list of alternatives, `#Name` a named definition.
 */
type Note = string | { description: string; examples: unknown[] };

const ROUTE_TARGET: Record<string, Note> = {
  stage: "Defaults to the station's first stage.",
  'pool.reps': 'An explicit list of rep ids.',
  queue: 'Queue used when nobody in the pool is eligible, or with strategy "queue".',
};
const CONDITION_PRIORITY = 'Evaluation order inside a rule; integers >= 1.';
const STATUS_BAND: Record<string, Note> = {
  '': 'Percentile band; default p25–p75.',
  '.below': 'Worse than this percentile of peers is "below".',
  '.above': 'Better than this percentile of peers is "above".',
};
const PROMOTION: Record<string, Note> = {
  path: 'Stations in career order; a promotion moves one step along it.',
  rules: 'Eligibility per step; a step without a rule has no conditions.',
  'rules[].to': 'The next station on the path.',
  'rules[].conditions':
    'json-rules-engine conditions over the rep: monthsInStation, metric.<id>.value | percentile | status, competency.<name>, openHeadcount.',
  forbidden: 'Refused jumps with their reason; lead-generation → hunter is always refused.',
  'forbidden[].reason': 'Shown to whoever tries the move.',
};
const BENCHMARKS: Record<string, Note> = {
  'metrics[*].station': 'Only reps of this station are measured and compared with each other.',
  'metrics[*].direction': 'Which way is better.',
  'metrics[*].target': 'A goal value, reported as met or not beside the peer comparison.',
  ...Object.fromEntries(Object.entries(STATUS_BAND).map(([path, note]) => [`metrics[*].status${path}`, note])),
  'metrics[count].type': 'The activity type counted, e.g. "dial".',
  'metrics[count].per': '"workday": per workday the rep was active.',
  'metrics[rate].numerator': 'e.g. "renewed"',
  'metrics[rate].denominator': 'e.g. "renewal-due"',
  'metrics[sum].type': 'The activity type whose `value` is summed, e.g. "won".',
  'metrics[time].from': 'The start, e.g. "lead-created"; may be recorded by anyone.',
  'metrics[time].to': 'The end on the same lead, e.g. "first-touch"; credited to the rep who did it.',
  ramp: 'Ramping reps are shown but left out of their station’s distribution.',
  'ramp.months': 'Months after `joinedStationAt` a rep is still ramping.',
  workdays: 'Days of the week (0 = Sunday, UTC) that count as workdays for per-workday metrics.',
  ...Object.fromEntries(Object.entries(STATUS_BAND).map(([path, note]) => [`status${path}`, note])),
};
const withPrefix = (prefix: string, notes: Record<string, Note>) => Object.entries(notes).map(([path, note]) => [`${prefix}.${path}`, note] as const);

export const CONFIG_DESCRIPTIONS: ReadonlyMap<string, Note> = new Map<string, Note>([
  ['$schema', 'The JSON Schema editors use to check and complete this document.'],
  ['version', 'The document format version: 1.'],
  ['line', 'The stations and stages of the line, the moves between them, and deadlines.'],
  ['line.stations', 'The stations of the line, in order.'],
  ['line.stations[].id', 'The station id, e.g. "hunter". Rules and the fallback send leads to it by this id.'],
  ['line.stations[].name', 'The name people read, e.g. "Hunter".'],
  ['line.stations[].stages', 'The stages this station works, in board order. A stage belongs to exactly one station.'],
  ['line.stations[].wipLimits', 'Caps on how many leads may sit in a stage of this station.'],
  ['line.stations[].wipLimits[].perRep', 'The most leads one person may hold in the stage.'],
  ['line.stations[].wipLimits[].total', 'The most leads the whole station may hold in the stage.'],
  ['line.stations[].wipLimits[].overflowTo', 'Stage that takes leads over the limit, e.g. back to lead generation.'],
  ['line.stations[].queue', "The station's default queue for leads nobody can take."],
  ['line.terminal', 'Stages that end the line (e.g. "lost", "disqualified", "churned"); they belong to no station.'],
  ['line.transitions', 'The moves allowed between stages; a move may carry a guard.'],
  ['line.transitions[].conditions', 'A guard over the lead and the move; the move is refused when it fails.'],
  ['line.deadlines', 'What happens to a lead that stays in a stage too long.'],
  ['line.deadlines[].within', { description: 'How long a lead may stay in the stage, e.g. "PT5M" or "P14D".', examples: ['PT5M', 'PT1H', 'P1D', 'P14D'] }],
  ['line.deadlines[].then', '"reroute": route again to someone else; "move": move to `to`.'],
  ['line.deadlines[].to', 'With "then": "move", the stage the lead moves to.'],
  ['routing', 'How each lead is sent to a station and a person.'],
  ['routing.conditions', 'Shared conditions by name, used in rules as { "condition": "name" }.'],
  ['routing.rules', 'Routing rules: the matching rule with the highest priority decides (document order breaks ties).'],
  ['routing.rules[].name', 'A unique name; decisions and the audit log quote it.'],
  ['routing.rules[].priority', 'Higher runs first; equal priorities keep document order. Default 1.'],
  ...withPrefix('routing.rules[].event.params', ROUTE_TARGET),
  ['routing.fallback', 'Where a lead goes when no rule matches.'],
  ...withPrefix('routing.fallback', ROUTE_TARGET),
  ...['#AllCondition', '#AnyCondition', '#NotCondition', '#FactCondition', '#ConditionReference'].map((name) => [`${name}.priority`, CONDITION_PRIORITY] as const),
  ['#FactCondition.fact', 'A lead field or a routing context fact (trigger, fromStage, toStage, toStation, hoursInStage, previousOwners).'],
  [
    '#FactCondition.operator',
    {
      description: 'A json-rules-engine operator, optionally decorated (e.g. "not:equal", "everyFact:in").',
      examples: [...OPERATOR_NAMES, 'not:equal', 'not:in', 'everyFact:in', 'someFact:equal'],
    },
  ],
  ['#FactCondition.value', 'The expected value, or { "fact": "other" } to compare with another fact.'],
  ['#FactCondition.path', 'A plain property path into the fact value, e.g. "$.company.size".'],
  ['#ConditionReference.condition', 'The name of a shared condition in routing.conditions.'],
  ...withPrefix('promotion', PROMOTION),
  ...withPrefix('benchmarks', BENCHMARKS),
]);

type JsonSchemaNode = Record<string, unknown>;

/** Writes each description (and examples) into the generated schema, in place. */
export function addConfigDescriptions(schema: JsonSchemaNode): void {
  for (const [path, note] of CONFIG_DESCRIPTIONS) {
    const nodes = nodesAt(schema, path);
    if (nodes.length === 0) throw new Error(`The config's JSON Schema has no field ${path} to describe.`);
    for (const node of nodes) {
      // Draft-07 ignores the siblings of "$ref": wrap it so editors still show the description.
      if (typeof node.$ref === 'string') {
        node.allOf = [{ $ref: node.$ref }];
        delete node.$ref;
      }
      Object.assign(node, typeof note === 'string' ? { description: note } : note);
    }
  }
}

/** `name`, `name[]` (its items), `name[kind]` (the items' `oneOf` alternative of that kind) or `name[*]` (every alternative). */
const SEGMENT = /^([^[]*)(?:\[([^\]]*)\])?$/;

function nodesAt(schema: JsonSchemaNode, path: string): JsonSchemaNode[] {
  let nodes = [schema];
  for (const segment of path.split('.')) {
    const [, name = '', kind] = SEGMENT.exec(segment) ?? [];
    nodes = nodes.flatMap((node) => {
      const field = name.startsWith('#') ? child(node.definitions, name.slice(1)) : child(node.properties, name);
      const items = kind === undefined ? field : child(field, 'items');
      if (!kind) return items ? [items] : [];
      const alternatives: JsonSchemaNode[] = Array.isArray(items?.oneOf) ? items.oneOf : [];
      return alternatives.filter((alternative) => kind === '*' || child(child(alternative.properties, 'kind'), 'const') === (kind as unknown));
    });
  }
  return nodes;
}

const child = (parent: unknown, key: string): JsonSchemaNode | undefined =>
  typeof parent === 'object' && parent !== null && Object.hasOwn(parent, key) ? ((parent as JsonSchemaNode)[key] as JsonSchemaNode) : undefined;
