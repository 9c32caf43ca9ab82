import type { RoutingContext } from '../routing/routing-decision.ts';

/** Facts the routing context adds to a lead's own fields. */
export const CONTEXT_FACTS = ['trigger', 'fromStage', 'toStage', 'toStation', 'hoursInStage', 'previousOwners'] as const;
const contextFacts: ReadonlySet<string> = new Set(CONTEXT_FACTS);

type ContextFact = (typeof CONTEXT_FACTS)[number];

/**
 * One reader per context fact, each a named property read: a bulk caller's contexts come
 * in a few shapes, so every reader stays monomorphic where a computed key would not.
 */
export const CONTEXT_READERS: Readonly<Record<ContextFact, (context: Partial<RoutingContext>) => unknown>> = {
  trigger: (context) => context.trigger,
  fromStage: (context) => context.fromStage,
  toStage: (context) => context.toStage,
  toStation: (context) => context.toStation,
  hoursInStage: (context) => context.hoursInStage,
  previousOwners: (context) => context.previousOwners,
};

/**
 * One fact as every evaluator sees it: the routing context wins over a lead field of the
 * same name when it is set, so a lead cannot pretend to be a hand-off; otherwise the lead's
 * own enumerable field — what JSON and spread see — never one inherited from a prototype.
 * Absent is `undefined`.
 */
export function readFact(lead: object, context: Partial<RoutingContext> | undefined, name: string): unknown {
  if (name === '') return undefined;
  if (context !== undefined && contextFacts.has(name)) {
    const value = (context as Record<string, unknown>)[name];
    if (value !== undefined) return value;
  }
  return Object.prototype.propertyIsEnumerable.call(lead, name) ? (lead as Record<string, unknown>)[name] : undefined;
}

/** The same facts as a map, for the reference engine (one constant fact per entry). */
export function routingFacts(lead: object, context: Partial<RoutingContext> | undefined): Map<string, unknown> {
  const facts = new Map<string, unknown>();
  for (const name of Object.keys(lead)) {
    if (name !== '') facts.set(name, (lead as Record<string, unknown>)[name]);
  }
  for (const name of CONTEXT_FACTS) {
    const value = context?.[name];
    if (value !== undefined) facts.set(name, value);
  }
  return facts;
}
