import type { TopLevelCondition } from '../config/condition-schema.ts';
import type { RoutingContext, RuleTrace } from '../routing/routing-decision.ts';
import { createConditionCompiler, Uncompilable, type CompiledCondition, type FactSlot, type Guard, type TraceSink } from './compile-condition.ts';
import { resolveSegments } from './resolve-path.ts';
import { CONTEXT_FACTS } from './routing-facts.ts';
import type { RuleLike } from './run-engine.ts';

export interface CompiledRuleInfo {
  name: string;
  priority: number;
  /** Index in the rules as given: the tie-break between equal priorities. */
  index: number;
  /** False when the rule runs through the reference engine instead (see `reason`). */
  compiled: boolean;
  reason?: string;
}

export interface RuleError {
  index: number;
  name: string;
  message: string;
}

export interface RuleEvaluation {
  /** Index (in the rules as given) of the first matching rule in evaluation order, or -1. */
  winner: number;
  /** Matching rules in evaluation order: every one with `{ all: true }`, else at most the winner. */
  matched: number[];
  /** Rules that failed at run time; they count as not matched and the others still run. */
  errors: RuleError[];
  /** Every rule in evaluation order, with its condition trace; empty unless `{ trace: true }`. */
  rules: RuleTrace[];
}

export interface EvaluateOptions {
  /** Record each condition's fact value and result (slower; the explanation needs it). */
  trace?: boolean;
  /** Evaluate every rule instead of stopping at the first match (replay, differential tests). */
  all?: boolean;
}

/** Runs one rule through the reference engine: the hook for anything the compiler cannot take. */
export type ReferenceRunner = (
  index: number,
  lead: object,
  context: Partial<RoutingContext> | undefined,
) => Promise<{ matched: boolean; error?: string }>;

export interface CompileRulesOptions {
  /** Called once, and only when some rule cannot be compiled. */
  reference?: (rules: readonly RuleLike[], conditions: Readonly<Record<string, TopLevelCondition>>) => ReferenceRunner;
}

export interface CompiledRules {
  /** Rules in evaluation order: priority descending, then document order. */
  readonly order: readonly CompiledRuleInfo[];
  /** Fact labels the rules read (`company.size` for a path). */
  readonly facts: readonly string[];
  /** Whether some rule needs the (asynchronous) reference engine; `evaluate` then reports it as an error. */
  readonly needsReference: boolean;
  /** The cheapest question: index of the winning rule, or -1. Rules that fail count as not matched. */
  firstMatch(lead: object, context?: Partial<RoutingContext>): number;
  evaluate(lead: object, context?: Partial<RoutingContext>, options?: EvaluateOptions): RuleEvaluation;
  evaluateAsync(lead: object, context?: Partial<RoutingContext>, options?: EvaluateOptions): Promise<RuleEvaluation>;
  /** The trace of one rule (by its index in the rules as given), e.g. to explain a winner found by `firstMatch`. */
  traceRule(index: number, lead: object, context?: Partial<RoutingContext>): RuleTrace;
}

const NO_GUARD = 0;
const EQUAL = 1;
const IN = 2;
const LESS = 3;
const LESS_OR_EQUAL = 4;
const GREATER = 5;
const GREATER_OR_EQUAL = 6;
const GUARD_KINDS: Record<Guard['kind'], number> = {
  equal: EQUAL,
  in: IN,
  lessThan: LESS,
  lessThanInclusive: LESS_OR_EQUAL,
  greaterThan: GREATER,
  greaterThanInclusive: GREATER_OR_EQUAL,
};

interface Entry extends CompiledRuleInfo {
  condition: CompiledCondition | null;
  skippedTrace?: RuleTrace;
}

/**
 * Compiles validated rule JSON once into plain closures (no eval): synchronous, first
 * match wins. Order is priority descending, then document order — json-rules-engine runs
 * equal priorities in parallel, so the tie-break is ours and deterministic.
 */
export function compileRules(
  rules: readonly RuleLike[],
  conditions: Readonly<Record<string, TopLevelCondition>> = {},
  options: CompileRulesOptions = {},
): CompiledRules {
  const compiler = createConditionCompiler(conditions);
  const entries: Entry[] = rules.map((rule, index) => {
    const info = { name: rule.name, priority: rule.priority ?? 1, index };
    try {
      return { ...info, compiled: true, condition: compiler.compile(rule.conditions) };
    } catch (error) {
      if (!(error instanceof Uncompilable)) throw error;
      return { ...info, compiled: false, reason: error.message, condition: null };
    }
  });
  entries.sort((a, b) => b.priority - a.priority || a.index - b.index);
  const slots = compiler.slots;
  const tests = entries.map((entry) => entry.condition?.test ?? null);
  const count = tests.length;
  // A failing guard means not matched (or failed, which firstMatch also treats as not matched).
  const guards = entries.map((entry) => entry.condition?.guards[0]);
  const guardKinds = Int8Array.from(guards, (guard) => (guard === undefined ? NO_GUARD : GUARD_KINDS[guard.kind]));
  const guardSlots = Int32Array.from(guards, (guard) => guard?.slot ?? -1);
  const guardValues = guards.map((guard) => (guard === undefined ? undefined : guard.kind === 'in' ? guard.values : guard.value));
  const needsReference = entries.some((entry) => !entry.compiled);
  let reference: ReferenceRunner | undefined;
  const fill = createExtractor(slots);
  // One fact table reused between calls; a lead getter that routes again (re-entry) gets a fresh one.
  let spare: unknown[] | null = new Array<unknown>(slots.length);
  const extract = (lead: object, context: Partial<RoutingContext> | undefined): unknown[] => {
    const table = spare ?? new Array<unknown>(slots.length);
    spare = null;
    return fill(lead, context, table);
  };
  const release = (table: unknown[]): void => {
    spare = table;
  };

  function firstMatch(lead: object, context?: Partial<RoutingContext>): number {
    const facts = extract(lead, context);
    let winner = -1;
    for (let i = 0; i < count; i++) {
      const kind = guardKinds[i];
      if (kind !== NO_GUARD) {
        const f = facts[guardSlots[i] as number];
        if (kind === EQUAL) {
          if (f !== guardValues[i]) continue;
        } else if (kind === IN) {
          if (!(guardValues[i] as ReadonlySet<unknown>).has(f)) continue;
        } else if (f === undefined) {
          continue;
        } else if (typeof f === 'number') {
          const limit = guardValues[i] as number;
          if (kind === LESS ? !(f < limit) : kind === LESS_OR_EQUAL ? !(f <= limit) : kind === GREATER ? !(f > limit) : !(f >= limit)) continue;
        }
      }
      const test = tests[i];
      try {
        if (test !== null && test !== undefined && test(facts)) {
          winner = (entries[i] as Entry).index;
          break;
        }
      } catch {
        // A failing rule is not a match; `evaluate` reports why.
      }
    }
    release(facts);
    return winner;
  }

  function evaluate(lead: object, context?: Partial<RoutingContext>, options: EvaluateOptions = {}): RuleEvaluation {
    const facts = extract(lead, context);
    const outcome: RuleEvaluation = { winner: -1, matched: [], errors: [], rules: [] };
    const sink: TraceSink = { missing: null, error: undefined, errors: 0 };
    for (const entry of entries) {
      if (outcome.winner !== -1 && !options.all) {
        if (options.trace) outcome.rules.push(skippedTrace(entry));
        continue;
      }
      if (entry.condition === null) {
        record(outcome, entry, false, `Rule "${entry.name}" needs the reference engine (${entry.reason}); route() runs it.`, options, undefined);
        continue;
      }
      if (options.trace) {
        sink.missing = null;
        sink.error = undefined;
        sink.errors = 0;
        const conditions = entry.condition.trace(facts, sink);
        record(outcome, entry, sink.errors === 0 && conditions.result, sink.error, options, { conditions, missing: sink.missing ?? NO_MISSING_FACTS });
        continue;
      }
      let matched = false;
      let error: string | undefined;
      try {
        matched = entry.condition.test(facts);
      } catch (thrown) {
        error = thrown instanceof Error ? thrown.message : String(thrown);
      }
      record(outcome, entry, matched, error, options, undefined);
    }
    release(facts);
    return outcome;
  }

  async function evaluateAsync(lead: object, context?: Partial<RoutingContext>, options: EvaluateOptions = {}): Promise<RuleEvaluation> {
    if (!needsReference) return evaluate(lead, context, options);
    reference ??= referenceRunner();
    const facts = extract(lead, context);
    const outcome: RuleEvaluation = { winner: -1, matched: [], errors: [], rules: [] };
    for (const entry of entries) {
      if (outcome.winner !== -1 && !options.all) {
        if (options.trace) outcome.rules.push(skippedTrace(entry));
        continue;
      }
      if (entry.condition === null) {
        const result = await reference(entry.index, lead, context);
        record(outcome, entry, result.matched, result.error, options, undefined);
        continue;
      }
      const sink: TraceSink = { missing: null, error: undefined, errors: 0 };
      const conditions = entry.condition.trace(facts, sink);
      record(outcome, entry, sink.errors === 0 && conditions.result, sink.error, options, options.trace ? { conditions, missing: sink.missing ?? NO_MISSING_FACTS } : undefined);
    }
    release(facts);
    return outcome;
  }

  function traceRule(index: number, lead: object, context?: Partial<RoutingContext>): RuleTrace {
    const entry = entries.find((candidate) => candidate.index === index);
    if (entry === undefined) throw new RangeError(`No rule at index ${index}.`);
    const outcome: RuleEvaluation = { winner: -1, matched: [], errors: [], rules: [] };
    if (entry.condition === null) {
      record(outcome, entry, false, `Rule "${entry.name}" needs the reference engine (${entry.reason}).`, { trace: true }, undefined);
    } else {
      const sink: TraceSink = { missing: null, error: undefined, errors: 0 };
      const facts = extract(lead, context);
      const conditions = entry.condition.trace(facts, sink);
      release(facts);
      record(outcome, entry, sink.errors === 0 && conditions.result, sink.error, { trace: true }, { conditions, missing: sink.missing ?? NO_MISSING_FACTS });
    }
    return outcome.rules[0] as RuleTrace;
  }

  function referenceRunner(): ReferenceRunner {
    if (options.reference === undefined) {
      return async (index) => ({ matched: false, error: `Rule at index ${index} cannot be compiled and no reference engine was given.` });
    }
    return options.reference(rules, conditions);
  }

  return {
    order: entries.map(({ condition: _, skippedTrace: __, ...info }) => info),
    facts: slots.map((slot) => slot.label),
    needsReference,
    firstMatch,
    evaluate,
    evaluateAsync,
    traceRule,
  };
}

function record(
  outcome: RuleEvaluation,
  entry: Entry,
  matched: boolean,
  error: string | undefined,
  options: EvaluateOptions,
  traced: { conditions: RuleTrace['conditions']; missing: string[] } | undefined,
): void {
  if (matched) {
    if (outcome.winner === -1) outcome.winner = entry.index;
    outcome.matched.push(entry.index);
  }
  if (error !== undefined) outcome.errors.push({ index: entry.index, name: entry.name, message: error });
  if (!options.trace) return;
  const trace: RuleTrace = traced === undefined
    ? { name: entry.name, priority: entry.priority, index: entry.index, matched, missingFacts: NO_MISSING_FACTS }
    : { name: entry.name, priority: entry.priority, index: entry.index, matched, conditions: traced.conditions, missingFacts: traced.missing };
  if (error !== undefined) trace.error = error;
  outcome.rules.push(trace);
}

// Shared and frozen: most rules miss no fact, and a skipped rule's trace is the same for
// every lead. Decisions are frozen state anyway, so nobody may mutate them.
const NO_MISSING_FACTS = Object.freeze([]) as unknown as string[];

function skippedTrace(entry: Entry): RuleTrace {
  entry.skippedTrace ??= Object.freeze({
    name: entry.name,
    priority: entry.priority,
    index: entry.index,
    matched: false,
    missingFacts: NO_MISSING_FACTS,
    skipped: true,
  });
  return entry.skippedTrace;
}

type Extractor = (lead: object, context: Partial<RoutingContext> | undefined, facts: unknown[]) => unknown[];

/**
 * Reads every fact (and path) the rules use once per lead, into a table the closures index.
 * Same answers as `readFact`, cheaper: one pass over the lead's own enumerable fields
 * (V8 serves `for…in` reads from the object's enum cache) instead of a lookup per fact name,
 * which leads of many shapes would turn into megamorphic misses.
 */
function createExtractor(slots: readonly FactSlot[]): Extractor {
  const count = slots.length;
  // Fact name → first slot reading it; `nextSlot` chains further slots of the same fact (other paths).
  const firstSlot = new Map<string, number>();
  const nextSlot = new Int32Array(count).fill(-1);
  for (let i = count - 1; i >= 0; i--) {
    const fact = (slots[i] as FactSlot).fact;
    if (fact === null) continue;
    const known = firstSlot.get(fact);
    if (known !== undefined) nextSlot[i] = known;
    firstSlot.set(fact, i);
  }
  const contextSlots = slots.flatMap((slot, i) => (slot.fact !== null && (CONTEXT_FACTS as readonly string[]).includes(slot.fact) ? [i] : []));
  const pathSlots = slots.flatMap((slot, i) => (slot.hasPath ? [i] : []));
  const seenKeys: string[] = [];
  const seenSlots: (number | undefined)[] = [];
  const store = (facts: unknown[], first: number | undefined, value: unknown) => {
    for (let i = first ?? -1; i !== -1; i = nextSlot[i] as number) facts[i] = value;
  };
  return (lead, context, facts) => {
    facts.fill(undefined);
    const record = lead as Record<string, unknown>;
    const prototype = Object.getPrototypeOf(lead);
    if (prototype === Object.prototype || prototype === null) {
      // Leads of one source list their keys in the same order: remember which slot the
      // n-th key fed, and pay for a map lookup only when the key differs.
      let position = 0;
      for (const name in record) {
        let slot: number | undefined;
        if (seenKeys[position] === name) slot = seenSlots[position];
        else {
          slot = firstSlot.get(name);
          seenKeys[position] = name;
          seenSlots[position] = slot;
        }
        position++;
        if (slot !== undefined) store(facts, slot, record[name]);
      }
    } else {
      for (const name of Object.keys(record)) store(facts, firstSlot.get(name), record[name]);
    }
    if (context !== undefined) {
      for (const i of contextSlots) {
        const value = (context as Record<string, unknown>)[(slots[i] as FactSlot).fact as string];
        if (value !== undefined) facts[i] = value;
      }
    }
    for (const i of pathSlots) {
      const value = facts[i];
      // As json-rules-engine's almanac: a path applies to an object value only; any other value passes through.
      if (value !== null && typeof value === 'object') {
        const segments = (slots[i] as FactSlot).segments;
        facts[i] = segments === null ? undefined : resolveSegments(value, segments);
      }
    }
    return facts;
  };
}
