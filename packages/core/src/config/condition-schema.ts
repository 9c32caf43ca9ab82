import { z } from 'zod';

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

/** What a priority must be, in the words of both validateConfig's checks (rules and conditions). */
export const PRIORITY_RULE = 'a whole number of 1 or more (higher runs first)';

export const PrioritySchema = z.int().min(1).optional();
/** The fields every condition node may carry. */
const COMMON_FIELDS = { priority: PrioritySchema, name: z.string().max(200).optional() };

export const FactConditionSchema = z.strictObject({
  fact: z.string().min(1),
  operator: z.string().min(1),
  value: JsonValueSchema,
  path: z.string().optional(),
  params: z.record(z.string(), JsonValueSchema).optional(),
  ...COMMON_FIELDS,
});

export const ConditionNodeSchema: z.ZodType<ConditionNode> = z.lazy(() =>
  // Fact tests are most of any tree: trying them first spares zod a failed parse per leaf.
  z.union([FactConditionSchema, AllConditionSchema, AnyConditionSchema, NotConditionSchema, ConditionReferenceSchema]),
);

export const AllConditionSchema: z.ZodType<AllCondition> = z.strictObject({
  all: z.array(ConditionNodeSchema),
  ...COMMON_FIELDS,
});
export const AnyConditionSchema: z.ZodType<AnyCondition> = z.strictObject({
  any: z.array(ConditionNodeSchema),
  ...COMMON_FIELDS,
});
export const NotConditionSchema: z.ZodType<NotCondition> = z.strictObject({
  not: ConditionNodeSchema,
  ...COMMON_FIELDS,
});
export const ConditionReferenceSchema = z.strictObject({
  condition: z.string().min(1),
  ...COMMON_FIELDS,
});

export const TopLevelConditionSchema: z.ZodType<TopLevelCondition> = z.union([
  AllConditionSchema,
  AnyConditionSchema,
  NotConditionSchema,
  ConditionReferenceSchema,
]);
