import { OPERATOR_NAMES } from '../rules/operator-names.ts';

/**
 * What editors show beside each field of the config's JSON Schema. Kept here, out of the zod
 * schemas, because validation never reads them: only `configJsonSchema()` (its own entry
 * point) pays for the text. Keys are field paths: `a.b` a property, `[]` a list's items,
 * `#Name` a named definition.
 */
type Note = string | { description: string; examples: unknown[] };

const ROUTE_TARGET: Record<string, Note> = {
  stage: "Defaults to the station's first stage.",
  'pool.reps': 'An explicit list of rep ids.',
  queue: 'Queue used when nobody in the pool is eligible, or with strategy "queue".',
};
const CONDITION_PRIORITY = 'Evaluation order inside a rule; integers >= 1.';
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
]);

type JsonSchemaNode = Record<string, unknown>;

/** Writes each description (and examples) into the generated schema, in place. */
export function addConfigDescriptions(schema: JsonSchemaNode): void {
  for (const [path, note] of CONFIG_DESCRIPTIONS) {
    const node = nodeAt(schema, path);
    if (node === undefined) throw new Error(`The config's JSON Schema has no field ${path} to describe.`);
    // Draft-07 ignores the siblings of "$ref": wrap it so editors still show the description.
    if (typeof node.$ref === 'string') {
      node.allOf = [{ $ref: node.$ref }];
      delete node.$ref;
    }
    Object.assign(node, typeof note === 'string' ? { description: note } : note);
  }
}

function nodeAt(schema: JsonSchemaNode, path: string): JsonSchemaNode | undefined {
  const [first = '', ...rest] = path.split('.');
  let node: JsonSchemaNode | undefined = first.startsWith('#')
    ? child(schema.definitions, first.slice(1))
    : child(schema.properties, first.replace(/\[\]$/, ''));
  if (first.endsWith('[]')) node = child(node, 'items');
  for (const segment of rest) {
    node = child(node?.properties, segment.replace(/(\[\])+$/, ''));
    if (segment.endsWith('[]')) node = child(node, 'items');
  }
  return node;
}

const child = (parent: unknown, key: string): JsonSchemaNode | undefined =>
  typeof parent === 'object' && parent !== null && Object.hasOwn(parent, key) ? ((parent as JsonSchemaNode)[key] as JsonSchemaNode) : undefined;
