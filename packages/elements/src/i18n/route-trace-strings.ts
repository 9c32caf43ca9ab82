/** Every visible string of `<sales-line-route-trace>`; values arrive already formatted. */
export interface RouteTraceStrings {
  errorTitle: string;
  empty: string;
  malformed: (detail: string) => string;
  /** "Hunter, stage qualified, assigned to Dana" / "… waiting in queue q". */
  outcome: (station: string, stage: string, rep: string | null, queue: string | null, fallback: boolean) => string;
  rulesHeading: string;
  noRules: string;
  ruleSummary: (name: string, status: string, priority: string) => string;
  matched: string;
  missed: string;
  skipped: string;
  failed: (error: string) => string;
  notEvaluated: string;
  missingFacts: (facts: string) => string;
  group: (kind: 'all' | 'any' | 'not', name: string | undefined) => string;
  reference: (name: string) => string;
  operator: (operator: string) => string;
  missing: string;
  /** "industry: "fintech" equals "fintech" — yes". */
  condition: (fact: string, actual: string, operator: string, expected: string, result: string) => string;
  yes: string;
  no: string;
  candidatesHeading: string;
  noCandidates: string;
  rep: string;
  outcomeHeader: string;
  load: string;
  credits: string;
  chosen: string;
  eligible: string;
  excluded: (by: string, reason: string) => string;
  strategy: (strategy: string) => string;
  tieBreak: (tieBreak: string) => string;
}

const operators: Record<string, string> = {
  equal: 'equals',
  notEqual: 'does not equal',
  in: 'is one of',
  notIn: 'is none of',
  contains: 'contains',
  doesNotContain: 'does not contain',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};
const groups = { all: 'All of', any: 'Any of', not: 'Not' } as const;

export const defaultRouteTraceStrings: RouteTraceStrings = {
  errorTitle: 'This routing decision cannot be shown',
  empty: 'No routing decision to show.',
  malformed: (detail) => `The decision is malformed: ${detail}`,
  outcome: (station, stage, rep, queue, fallback) =>
    `${station}, stage ${stage}, ${rep !== null ? `assigned to ${rep}` : queue !== null ? `waiting in queue ${queue}` : 'unassigned'}${fallback ? ' (fallback: no rule matched)' : ''}`,
  rulesHeading: 'Rules tried, in order',
  noRules: 'No rules were tried.',
  ruleSummary: (name, status, priority) => `${name} — ${status} (priority ${priority})`,
  matched: 'matched',
  missed: 'missed',
  skipped: 'not evaluated: a higher rule had already won',
  failed: (error) => `failed: ${error}`,
  notEvaluated: '(not evaluated)',
  missingFacts: (facts) => `Missing facts: ${facts}`,
  group: (kind, name) => `${groups[kind]}${name ? ` (${name})` : ''}:`,
  reference: (name) => `Shared condition "${name}":`,
  operator: (operator) => operators[operator] ?? operator,
  missing: 'missing',
  condition: (fact, actual, operator, expected, result) => `${fact}: ${actual} ${operator} ${expected} — ${result}`,
  yes: 'yes',
  no: 'no',
  candidatesHeading: 'Candidates',
  noCandidates: 'No reps were considered.',
  rep: 'Rep',
  outcomeHeader: 'Outcome',
  load: 'Open leads',
  credits: 'Credits',
  chosen: 'Chosen',
  eligible: 'Eligible, not chosen',
  excluded: (by, reason) => `Excluded (${by})${reason ? `: ${reason}` : ''}`,
  strategy: (strategy) => `Strategy: ${strategy}`,
  tieBreak: (tieBreak) => `Tie-break: ${tieBreak}`,
};
