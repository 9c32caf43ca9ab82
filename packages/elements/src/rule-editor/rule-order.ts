interface Prioritised {
  priority?: unknown;
}

const priorityOf = (rule: unknown): number => {
  const priority = (rule as Prioritised | null)?.priority;
  return typeof priority === 'number' ? priority : 1;
};

/** Document indexes in the order routing tries the rules: higher priority first, document order breaking ties. */
export function ruleOrder(rules: readonly unknown[]): number[] {
  return rules.map((_, index) => index).sort((a, b) => priorityOf(rules[b]) - priorityOf(rules[a]) || a - b);
}

/**
 * Moves the rule at `from` (a position in `ruleOrder`) to position `to`, one neighbour at a
 * time: each step swaps the two rules in the document and, when their priorities differ,
 * their priorities too, so the order routing uses is the order the user sees.
 */
export function moveRule(rules: readonly unknown[], from: number, to: number): unknown[] {
  let next = [...rules];
  let at = from;
  while (at !== to) {
    const step = to > at ? 1 : -1;
    const order = ruleOrder(next);
    const a = order[at]!;
    const b = order[at + step]!;
    if (b === undefined) break;
    const ruleA = next[a] as Record<string, unknown>;
    const ruleB = next[b] as Record<string, unknown>;
    const swapPriorities = priorityOf(ruleA) !== priorityOf(ruleB);
    next = [...next];
    next[a] = swapPriorities ? withPriority(ruleB, ruleA) : ruleB;
    next[b] = swapPriorities ? withPriority(ruleA, ruleB) : ruleA;
    at += step;
  }
  return next;
}

/** `rule` with the priority `from` had (absent stays absent: the default is 1). */
function withPriority(rule: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  if (from.priority !== undefined) return { ...rule, priority: from.priority };
  const { priority: _own, ...rest } = rule;
  return rest;
}
