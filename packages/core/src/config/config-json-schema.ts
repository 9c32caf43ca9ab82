import { z } from 'zod';
import {
  AllConditionSchema,
  AnyConditionSchema,
  ConditionNodeSchema,
  ConditionReferenceSchema,
  FactConditionSchema,
  NotConditionSchema,
  TopLevelConditionSchema,
} from './condition-schema.ts';
import { addConfigDescriptions } from './config-descriptions.ts';
import { ConfigSchema } from './config-schema.ts';

/** Names for the shared definitions, so editors show "FactCondition" rather than "__schema3". */
const DEFINITIONS: [z.ZodType, string][] = [
  [TopLevelConditionSchema, 'TopLevelCondition'],
  [ConditionNodeSchema, 'Condition'],
  [AllConditionSchema, 'AllCondition'],
  [AnyConditionSchema, 'AnyCondition'],
  [NotConditionSchema, 'NotCondition'],
  [ConditionReferenceSchema, 'ConditionReference'],
  [FactConditionSchema, 'FactCondition'],
];

/**
 * The config document's JSON Schema (draft-07, which every editor reads), generated from
 * the same zod schemas `validateConfig` uses. It checks the shape only: the meaning
 * (unknown stages, operators, cycles, unsafe paths) is `validateConfig`'s job.
 * Published as `@sales-line/core/schema/config.schema.json`.
 */
export function configJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id?: string; title?: string; description?: string }>();
  for (const [schema, id] of DEFINITIONS) registry.add(schema, { ...z.globalRegistry.get(schema), id });
  registry.add(ConfigSchema, {
    title: 'sales-line config',
    description: 'One sales assembly line: its stations and stages, and the rules that route leads along it.',
  });
  const schema = z.toJSONSchema(ConfigSchema, {
    target: 'draft-07',
    io: 'input',
    metadata: registry,
    // A custom registry hides the descriptions and examples kept in zod's global one; carry them over.
    override: ({ zodSchema, jsonSchema }) => {
      const meta = z.globalRegistry.get(zodSchema as unknown as z.ZodType);
      if (meta?.description !== undefined && jsonSchema.description === undefined) jsonSchema.description = meta.description;
      if (Array.isArray(meta?.examples) && jsonSchema.examples === undefined) jsonSchema.examples = meta.examples;
    },
  });
  const merged = mergeJsonValueDefinitions(schema as Record<string, unknown>);
  addConfigDescriptions(merged);
  return merged;
}

/**
 * Each `z.json()` in the schemas becomes its own anonymous definition (`__schema0`, …);
 * they are all "any JSON value", so they are merged into one named `JsonValue`.
 */
function mergeJsonValueDefinitions(schema: Record<string, unknown>): Record<string, unknown> {
  // zod wraps some of these references in a one-item "allOf"; unwrap them so equal definitions compare equal.
  let text = JSON.stringify(schema).replace(/\{"allOf":\[(\{"\$ref":"#\/definitions\/__schema\d+"\})\]\}/g, '$1');
  const definitions = (JSON.parse(text) as { definitions?: Record<string, unknown> }).definitions ?? {};
  const anonymous = Object.keys(definitions).filter((name) => /^__schema\d+$/.test(name) && isJsonValue(definitions[name], name));
  if (anonymous.length === 0) return schema;
  for (const name of anonymous) text = text.replaceAll(`"#/definitions/${name}"`, '"#/definitions/JsonValue"');
  const merged = JSON.parse(text) as Record<string, unknown> & { definitions: Record<string, unknown> };
  merged.definitions.JsonValue = merged.definitions[anonymous[0]!];
  for (const name of anonymous) delete merged.definitions[name];
  return merged;
}

function isJsonValue(definition: unknown, name: string): boolean {
  const self = `{"$ref":"#/definitions/${name}"}`;
  const expected = `{"anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"null"},{"type":"array","items":${self}},{"type":"object","propertyNames":{"type":"string"},"additionalProperties":${self}}]}`;
  return JSON.stringify(definition) === expected;
}

/** The schema file's exact text: what `scripts/write-schema.ts` writes and the freshness test compares. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
