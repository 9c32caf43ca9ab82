import type { BenchmarkMetric } from '../benchmarks/benchmarks-schema.ts';
import type { ConditionTrace } from '../routing/routing-decision.ts';

type FactTrace = Extract<ConditionTrace, { kind: 'fact' }>;

/** One thing a rule asks of a rep, in plain language: "Renewal rate 71% — needs ≥ 80%". */
export interface PromotionCriterion {
  description: string;
  fact: string;
  actual: unknown;
  /** The requirement as read, e.g. "≥ 80%". */
  required: string;
  met: boolean;
}

const SYMBOLS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  in: 'one of',
  notIn: 'none of',
  contains: 'to include',
  doesNotContain: 'not to include',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

const NEGATED: Record<string, string> = {
  equal: 'notEqual',
  notEqual: 'equal',
  in: 'notIn',
  notIn: 'in',
  contains: 'doesNotContain',
  doesNotContain: 'contains',
  lessThan: 'greaterThanInclusive',
  lessThanInclusive: 'greaterThan',
  greaterThan: 'lessThanInclusive',
  greaterThanInclusive: 'lessThan',
};

const number = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits });

type Format = (value: number) => string;
const FORMATS: Record<BenchmarkMetric['kind'], Format> = {
  rate: (value) => `${number(value * 100, 1)}%`,
  count: (value) => number(value),
  sum: (value) => number(value, 2),
  time: (value) => `${number(value)} h`,
};

interface FactLabel {
  label: string;
  format: Format;
}

function labelFact(fact: string, path: string | undefined, metrics: readonly BenchmarkMetric[], next: string | null): FactLabel {
  const key = path === undefined ? fact : `${fact}.${path.replace(/^\$\./, '')}`;
  const metric = /^metric\.(.+)\.(value|percentile|status)$/.exec(key);
  if (metric) {
    const definition = metrics.find((m) => m.id === metric[1]);
    const label = definition?.label ?? (metric[1] as string);
    if (metric[2] === 'value') return { label, format: definition ? FORMATS[definition.kind] : (v) => number(v, 2) };
    return { label: `${label} ${metric[2]}`, format: (v) => number(v, 0) };
  }
  const competency = /^competency\.(.+)$/.exec(key);
  if (competency) return { label: `${competency[1]} rating`, format: (v) => number(v) };
  if (key === 'monthsInStation') return { label: 'Months in station', format: (v) => number(v) };
  if (key === 'openHeadcount') return { label: `Open headcount in ${next ?? 'the next station'}`, format: (v) => number(v, 0) };
  return { label: key, format: (v) => number(v, 2) };
}

function show(value: unknown, format: Format): string {
  if (typeof value === 'number') return format(value);
  if (Array.isArray(value)) return value.map((v) => show(v, format)).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Turns a traced leaf into a criterion; `negated` when an odd number of `not`s enclose it. */
export function describeCriterion(trace: FactTrace, negated: boolean, metrics: readonly BenchmarkMetric[], next: string | null, name?: string): PromotionCriterion {
  const operatorNegated = trace.operator.startsWith('not:') !== negated;
  const base = trace.operator.replace(/^not:/, '');
  const operator = operatorNegated ? (NEGATED[base] ?? base) : base;
  const { label, format } = labelFact(trace.fact, trace.path, metrics, next);
  const met = trace.result !== negated;
  const expected = show(trace.value, format);
  const required = `${SYMBOLS[operator] ?? operator} ${expected}`;
  let actual = trace.missing ? 'not measured' : show(trace.factValue, format);
  // "5.97 months" must not read "6 — needs ≥ 6" when it falls short.
  if (!met && actual === expected && typeof trace.factValue === 'number') actual = String(Number(trace.factValue.toPrecision(6)));
  return { description: `${name ?? label} ${actual} — needs ${required}`, fact: trace.fact, actual: trace.factValue, required, met };
}
