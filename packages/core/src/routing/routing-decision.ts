/** The routing context a rule can read besides the lead's own fields. */
export type RoutingTrigger = 'enter' | 'handoff' | 'deadline' | 'reassign';

/** Every value `trigger` takes, for the checks that refuse any other. */
export const ROUTING_TRIGGERS: readonly RoutingTrigger[] = ['enter', 'handoff', 'deadline', 'reassign'];

export interface RoutingContext {
  trigger: RoutingTrigger;
  fromStage?: string | null;
  toStage?: string | null;
  toStation?: string | null;
  hoursInStage?: number;
  previousOwners?: string[];
}

/** One condition of a rule as it was evaluated. */
export type ConditionTrace =
  | {
      kind: 'fact';
      fact: string;
      path?: string;
      operator: string;
      /** The expected value from the rule (a fact reference already resolved). */
      value: unknown;
      /** What the lead or context held; `undefined` when `missing`. */
      factValue: unknown;
      missing: boolean;
      result: boolean;
      /** Set when `value` came from a `{ fact }` reference: that fact (and path), e.g. `budget.max`. */
      valueFact?: string;
      /** Why evaluating this condition failed at run time (the rule then failed; see RuleTrace.error). */
      error?: string;
      /** json-rules-engine would not have evaluated it (an earlier priority group decided); shown for the explanation only. */
      skipped?: boolean;
    }
  | { kind: 'all' | 'any' | 'not'; name?: string; result: boolean; children: ConditionTrace[]; skipped?: boolean }
  | { kind: 'condition'; reference: string; result: boolean; children: ConditionTrace[]; skipped?: boolean };

export interface RuleTrace {
  name: string;
  priority: number;
  /** Index in `routing.rules`; the tie-break between equal priorities. */
  index: number;
  matched: boolean;
  /** Absent when the rule was not evaluated because a higher one had already won. */
  conditions?: ConditionTrace;
  /** Facts a condition needed that the lead did not have. */
  missingFacts: string[];
  /** Set when the rule failed at run time; the other rules still ran. */
  error?: string;
  /** True when a higher rule had already won, so this one was not evaluated (`conditions` is then absent). */
  skipped?: boolean;
}

/** One rep considered by assignment, and why they were or were not chosen. */
export interface CandidateTrace {
  repId: string;
  name: string;
  eligible: boolean;
  /** The policy that excluded them: 'pool' | 'availability' | 'capacity' | 'previous-owner' | … */
  excludedBy?: string;
  reason?: string;
  /** Open leads at decision time. */
  load?: number;
  /** Ledger credits in the pool at decision time. */
  credits?: number;
  chosen?: boolean;
}

export interface Explanation {
  /** Plain language, e.g. "Routed to Hunter (team fintech) by rule 'fintech-enterprise': industry is fintech and employees 1,200 ≥ 500." */
  text: string;
  rules: RuleTrace[];
  candidates: CandidateTrace[];
  strategy?: string;
  tieBreak?: string;
}

export interface RoutingDecision {
  leadId: string;
  station: string;
  stage: string;
  repId: string | null;
  queue: string | null;
  rule: string | null;
  fallback: boolean;
  explanation: Explanation;
}
