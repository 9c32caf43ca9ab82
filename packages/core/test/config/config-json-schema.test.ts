import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configJsonSchemaText } from '../../src/config/config-json-schema.ts';
import { configJsonSchema } from '../../src/schema.ts';

const committed = fileURLToPath(new URL('../../schema/config.schema.json', import.meta.url));

describe('configJsonSchema', () => {
  it('matches the committed schema file (regenerate: pnpm exec tsx --conditions=source scripts/write-schema.ts)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(configJsonSchemaText());
  });

  it('describes the document editors see: required sections, no unknown keys, named condition definitions', () => {
    const schema = configJsonSchema() as { required: string[]; additionalProperties: boolean; definitions: Record<string, unknown>; title: string };
    expect(schema.required).toEqual(['version', 'line', 'routing']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.title).toBe('sales-line config');
    expect(Object.keys(schema.definitions)).toEqual(
      expect.arrayContaining(['TopLevelCondition', 'Condition', 'AllCondition', 'AnyCondition', 'NotCondition', 'ConditionReference', 'FactCondition', 'JsonValue']),
    );
    expect(JSON.stringify(schema)).not.toContain('__schema');
    const fact = schema.definitions.FactCondition as { properties: { operator: { examples: string[] } } };
    expect(fact.properties.operator.examples).toContain('greaterThanInclusive');
  });
});
