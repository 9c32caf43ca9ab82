import { z } from 'zod';
import { OPERATOR_NAMES } from '../rules/operator-names.ts';

/**
 * json-rules-engine's condition format, unchanged, but strict: an unknown key (a typo such
 * as `vaule`) is an error instead of being silently ignored.
 */
export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
  priority?: number;
  name?: string;
}
export interface AllCondition { all: ConditionNode[]; priority?: number; name?: string }
export interface AnyCondition { any: ConditionNode[]; priority?: number; name?: string }
export interface NotCondition { not: ConditionNode; priority?: number; name?: string }
export interface ConditionReference { condition: string; priority?: number; name?: string }
export type ConditionNode = FactCondition | AllCondition | AnyCondition | NotCondition | ConditionReference;
/** What a rule's `conditions` (and a named shared condition) must be at its top level. */
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;

/** Any JSON value; one shared instance so the JSON Schema defines it once. */
export const JsonValueSchema = z.json();

const priority = z.int().min(1).optional().describe('Evaluation order inside a rule; integers >= 1.');
const name = z.string().max(200).optional();

export const FactConditionSchema = z.strictObject({
  fact: z.string().min(1).describe('A lead field or a routing context fact (trigger, fromStage, toStage, toStation, hoursInStage, previousOwners).'),
  operator: z
    .string()
    .min(1)
    .meta({
      description: 'A json-rules-engine operator, optionally decorated (e.g. "not:equal", "everyFact:in").',
      examples: [...OPERATOR_NAMES, 'not:equal', 'not:in', 'everyFact:in', 'someFact:equal'],
    }),
  value: JsonValueSchema.describe('The expected value, or { "fact": "other" } to compare with another fact.'),
  path: z.string().optional().describe('A plain property path into the fact value, e.g. "$.company.size".'),
  params: z.record(z.string(), JsonValueSchema).optional(),
  priority,
  name,
});

export const ConditionNodeSchema: z.ZodType<ConditionNode> = z.lazy(() =>
  // Fact tests are most of any tree: trying them first spares zod a failed parse per leaf.
  z.union([FactConditionSchema, AllConditionSchema, AnyConditionSchema, NotConditionSchema, ConditionReferenceSchema]),
);

export const AllConditionSchema: z.ZodType<AllCondition> = z.strictObject({
  all: z.array(ConditionNodeSchema),
  priority,
  name,
});
export const AnyConditionSchema: z.ZodType<AnyCondition> = z.strictObject({
  any: z.array(ConditionNodeSchema),
  priority,
  name,
});
export const NotConditionSchema: z.ZodType<NotCondition> = z.strictObject({
  not: ConditionNodeSchema,
  priority,
  name,
});
export const ConditionReferenceSchema = z.strictObject({
  condition: z.string().min(1).describe('The name of a shared condition in routing.conditions.'),
  priority,
  name,
});

export const TopLevelConditionSchema: z.ZodType<TopLevelCondition> = z.union([
  AllConditionSchema,
  AnyConditionSchema,
  NotConditionSchema,
  ConditionReferenceSchema,
]);
