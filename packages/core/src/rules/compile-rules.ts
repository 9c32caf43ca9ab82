import type { TopLevelCondition } from '../config/condition-schema.ts';
import type { RoutingContext, RuleTrace } from '../routing/routing-decision.ts';
import { createConditionCompiler, Uncompilable, type CompiledCondition, type Guard, type TraceSink } from './compile-condition.ts';
import { createExtractor } from './extract-facts.ts';
import { alwaysRisky, isRiskyValue } from './specialise-leaf.ts';
import type { RuleLike } from './run-engine.ts';
import { TracedEvaluation } from './traced-evaluation.ts';

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
  /**
   * Every rule in evaluation order, with its condition trace; empty unless `{ trace: true }`.
   * With trace it is a getter: the traces are built on first read from the fact values read
   * during the evaluation (and JSON shows them as a field).
   */
  rules: RuleTrace[];
}

export interface EvaluateOptions {
  /** Keep what each condition's fact value and result need (the explanation does); the traces are built when `rules` is read. */
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

const UNKNOWN = 0;
const YES = 1;
const NO = 2;

const RULED_OUT = 0;
const MATCHES = 1;
const UNDECIDED = 2;

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

// Equalities and sets first: they rule out more leads, and without a `typeof` check.
const rank = (guard: Guard): number => (guard.kind === 'equal' || guard.kind === 'in' ? 0 : 1);

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
  // Every rule's guards in one flat program (equalities first: they rule out most), so the
  // scan checks them inline and calls a rule's test only when they cannot decide.
  const guards = entries.map((entry) => [...(entry.condition?.guards ?? [])].sort((a, b) => rank(a) - rank(b)));
  const flat = guards.flat();
  const guardStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) guardStart[i + 1] = (guardStart[i] as number) + (guards[i] as Guard[]).length;
  const guardKinds = Int8Array.from(flat, (guard) => GUARD_KINDS[guard.kind]);
  const guardSlots = Int32Array.from(flat, (guard) => guard.slot);
  const guardValues = flat.map((guard) => (guard.kind === 'in' ? guard.values : guard.value));
  const complete = Uint8Array.from(entries, (entry) => (entry.condition?.complete === true ? 1 : 0));
  const needsReference = entries.some((entry) => !entry.compiled);
  // A skipped rule's trace is the same for every lead: made once, here.
  const skipped = entries.map((entry) => skippedTrace(entry));
  let reference: ReferenceRunner | undefined;
  const riskSlots = Int32Array.from(compiler.riskSlots);
  const holdsRiskyValue = (facts: readonly unknown[]): boolean => {
    for (let r = 0; r < riskSlots.length; r++) if (isRiskyValue(facts[riskSlots[r] as number])) return true;
    return false;
  };
  const extractor = createExtractor(slots);
  // The context and paths cost a look into another object, which most leads never need: the
  // first-match scan takes them when it reaches the first rule that reads one (context first).
  const firstReading = (wanted: readonly number[]): number => {
    const at = entries.findIndex((entry) => wanted.some((slot) => entry.condition?.reads.has(slot)));
    return at === -1 ? count : at;
  };
  const pathsFrom = firstReading(extractor.pathSlots);
  const contextFrom = Math.min(firstReading(extractor.contextSlots), pathsFrom);
  // One fact table reused between calls; a lead getter that routes again (re-entry) gets a fresh one.
  let spare: unknown[] | null = new Array<unknown>(slots.length);
  const read = (lead: object): unknown[] => {
    const table = spare ?? new Array<unknown>(slots.length);
    spare = null;
    return extractor.read(lead, table);
  };
  const extract = (lead: object, context: Partial<RoutingContext> | undefined): unknown[] => {
    const facts = read(lead);
    extractor.addContext(context, facts);
    extractor.resolve(facts);
    return facts;
  };
  const release = (table: unknown[]): void => {
    spare = table;
  };

  /**
   * Rule i's guards against the facts: RULED_OUT (it cannot match; it may still throw, see
   * `risk`), MATCHES (a complete rule holds and cannot throw) or UNDECIDED (run its test).
   * It stays in this scope: made by a factory in a module of its own, it measured 15–25%
   * slower in `firstMatch` (paired runs), which is why this file is over 300 lines.
   */
  function screen(i: number, facts: readonly unknown[]): number {
    let verdict = complete[i] === 1 ? MATCHES : UNDECIDED;
    const end = guardStart[i + 1] as number;
    for (let g = guardStart[i] as number; g < end; g++) {
      const kind = guardKinds[g];
      const f = facts[guardSlots[g] as number];
      if (kind === EQUAL) {
        if (f !== guardValues[g]) return RULED_OUT;
      } else if (kind === IN) {
        if (!(guardValues[g] as ReadonlySet<unknown>).has(f)) return RULED_OUT;
      } else if (typeof f === 'number') {
        const limit = guardValues[g] as number;
        if (!(kind === LESS ? f < limit : kind === LESS_OR_EQUAL ? f <= limit : kind === GREATER ? f > limit : f >= limit)) return RULED_OUT;
      } else if (f === undefined) {
        return RULED_OUT;
      } else {
        // Text or another type: json-rules-engine's coercions decide, in the test.
        verdict = UNDECIDED;
      }
    }
    return verdict;
  }

  function firstMatch(lead: object, context?: Partial<RoutingContext>): number {
    const facts = read(lead);
    let winner = -1;
    for (let i = 0; i < count; i++) {
      if (i === contextFrom) extractor.addContext(context, facts);
      if (i === pathsFrom) extractor.resolve(facts);
      const verdict = screen(i, facts);
      if (verdict === RULED_OUT) continue;
      const test = tests[i];
      try {
        if (verdict === MATCHES || (test !== null && test !== undefined && test(facts))) {
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

  /**
   * With `trace`, the scan is the untraced one and the fact table it read is kept: the
   * rule and condition traces are built from it when `rules` is first read. A caller that
   * only wants the trace of a few leads (a replay diffing decisions) pays for those only.
   */
  function evaluate(lead: object, context?: Partial<RoutingContext>, options: EvaluateOptions = {}): RuleEvaluation {
    const all = options.all === true;
    const trace = options.trace === true;
    const facts = extract(lead, context);
    const matched: number[] = [];
    const errors: RuleError[] = [];
    let winner = -1;
    let riskyFacts = UNKNOWN;
    for (let i = 0; i < count; i++) {
      const entry = entries[i] as Entry;
      const condition = entry.condition;
      if (condition === null) {
        errors.push({ index: entry.index, name: entry.name, message: referenceMessage(entry) });
        continue;
      }
      const verdict = screen(i, facts);
      // A ruled-out rule is skipped only when nothing in it could throw: json-rules-engine would report that failure.
      if (verdict === RULED_OUT) {
        const risk = condition.risk;
        if (risk === null) continue;
        if (risk !== alwaysRisky) {
          if (riskyFacts === UNKNOWN) riskyFacts = holdsRiskyValue(facts) ? YES : NO;
          if (riskyFacts === NO || !risk(facts)) continue;
        }
      }
      let hit = verdict === MATCHES;
      try {
        if (!hit) hit = condition.test(facts);
      } catch (thrown) {
        if (trace) {
          // The trace's own verdict and message, so the rule's trace and `errors` tell the same story.
          const sink: TraceSink = { missing: null, error: undefined, errors: 0 };
          const traced = condition.trace(facts, sink);
          hit = sink.errors === 0 && traced.result;
          if (sink.error !== undefined) errors.push({ index: entry.index, name: entry.name, message: sink.error });
        } else {
          errors.push({ index: entry.index, name: entry.name, message: thrown instanceof Error ? thrown.message : String(thrown) });
        }
      }
      if (hit) {
        if (winner === -1) winner = entry.index;
        matched.push(entry.index);
        if (!all) break;
      }
    }
    if (!trace) {
      release(facts);
      return { winner, matched, errors, rules: [] };
    }
    // A copy, so the shared table keeps one element kind for the closures that index it.
    const snapshot = facts.slice();
    release(facts);
    return new TracedEvaluation(winner, matched, errors, snapshot, all, traceAll);
  }

  // Every rule's trace in evaluation order, from a fact table read earlier.
  function traceAll(facts: readonly unknown[], all: boolean): RuleTrace[] {
    // Every rule gets exactly one trace (evaluated, skipped or failed): no growing.
    const rulesOut: RuleTrace[] = new Array<RuleTrace>(count);
    let won = false;
    const sink: TraceSink = { missing: null, error: undefined, errors: 0 };
    for (let i = 0; i < count; i++) {
      const entry = entries[i] as Entry;
      const trace = won && !all ? (skipped[i] as RuleTrace) : entry.condition === null ? failed(entry, referenceMessage(entry)) : traceOf(entry, entry.condition, facts, sink);
      if (trace.matched) won = true;
      rulesOut[i] = trace;
    }
    return rulesOut;
  }

  async function evaluateAsync(lead: object, context?: Partial<RoutingContext>, options: EvaluateOptions = {}): Promise<RuleEvaluation> {
    if (!needsReference) return evaluate(lead, context, options);
    reference ??= referenceRunner();
    const facts = extract(lead, context);
    const outcome: RuleEvaluation = { winner: -1, matched: [], errors: [], rules: [] };
    const sink: TraceSink = { missing: null, error: undefined, errors: 0 };
    for (const entry of entries) {
      let trace: RuleTrace;
      if (outcome.winner !== -1 && !options.all) trace = skippedTrace(entry);
      else if (entry.condition !== null) trace = traceOf(entry, entry.condition, facts, sink);
      else {
        const result = await reference(entry.index, lead, context);
        trace = failed(entry, result.error);
        trace.matched = result.matched;
      }
      if (trace.matched) {
        if (outcome.winner === -1) outcome.winner = entry.index;
        outcome.matched.push(entry.index);
      }
      if (trace.error !== undefined) outcome.errors.push({ index: entry.index, name: entry.name, message: trace.error });
      if (options.trace) outcome.rules.push(trace);
    }
    release(facts);
    return outcome;
  }

  function traceRule(index: number, lead: object, context?: Partial<RoutingContext>): RuleTrace {
    const entry = entries.find((candidate) => candidate.index === index);
    if (entry === undefined) throw new RangeError(`No rule at index ${index}.`);
    if (entry.condition === null) return failed(entry, `Rule "${entry.name}" needs the reference engine (${entry.reason}).`);
    const facts = extract(lead, context);
    const trace = traceOf(entry, entry.condition, facts, { missing: null, error: undefined, errors: 0 });
    release(facts);
    return trace;
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

/** A compiled rule's trace from a fact table; `sink` is reset and reused. */
function traceOf(entry: Entry, condition: CompiledCondition, facts: readonly unknown[], sink: TraceSink): RuleTrace {
  sink.missing = null;
  sink.error = undefined;
  sink.errors = 0;
  const conditions = condition.trace(facts, sink);
  const trace: RuleTrace = { name: entry.name, priority: entry.priority, index: entry.index, matched: sink.errors === 0 && conditions.result, conditions, missingFacts: sink.missing ?? NO_MISSING_FACTS };
  if (sink.error !== undefined) trace.error = sink.error;
  return trace;
}

/** The trace of a rule with no condition trace: not matched, with why when there is an error. */
function failed(entry: Entry, error: string | undefined): RuleTrace {
  const trace: RuleTrace = { name: entry.name, priority: entry.priority, index: entry.index, matched: false, missingFacts: NO_MISSING_FACTS };
  if (error !== undefined) trace.error = error;
  return trace;
}

// Shared and frozen: most rules miss no fact, and a skipped rule's trace is the same for
// every lead. Decisions are frozen state anyway, so nobody may mutate them.
const NO_MISSING_FACTS = Object.freeze([]) as unknown as string[];

function referenceMessage(entry: Entry): string {
  return `Rule "${entry.name}" needs the reference engine (${entry.reason}); route() runs it.`;
}

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
