import type { RuleTrace } from '../routing/routing-decision.ts';
import type { RuleError, RuleEvaluation } from './compile-rules.ts';

/** Builds every rule's trace from a fact table read earlier: `compileRules`' traced loop. */
export type TraceBuilder = (facts: readonly unknown[], all: boolean) => RuleTrace[];

/**
 * A rule evaluation whose traces are built when `rules` is first read, from the fact values
 * read during the evaluation. Recording costs one copy of the fact table, so a bulk caller
 * that explains only some leads (a replay showing the decisions a draft config changes)
 * pays for those only. A class rather than a literal with a getter: V8 makes an object
 * literal's accessors on every call, about forty times the cost of the evaluation object.
 */
export class TracedEvaluation implements RuleEvaluation {
  winner: number;
  matched: number[];
  errors: RuleError[];
  #facts: readonly unknown[];
  #all: boolean;
  #build: TraceBuilder;
  #rules: RuleTrace[] | null = null;

  constructor(winner: number, matched: number[], errors: RuleError[], facts: readonly unknown[], all: boolean, build: TraceBuilder) {
    this.winner = winner;
    this.matched = matched;
    this.errors = errors;
    this.#facts = facts;
    this.#all = all;
    this.#build = build;
  }

  get rules(): RuleTrace[] {
    this.#rules ??= this.#build(this.#facts, this.#all);
    return this.#rules;
  }

  set rules(value: RuleTrace[]) {
    this.#rules = value;
  }

  /** JSON (and so logs and stored replays) shows the traces as if `rules` were a plain field. */
  toJSON(): RuleEvaluation {
    return { winner: this.winner, matched: this.matched, errors: this.errors, rules: this.rules };
  }
}
