import type { SalesLineConfig } from '../config/config-schema.ts';
import type { TopLevelCondition } from '../config/condition-schema.ts';

export interface GuardResult {
  passed: boolean;
  /** Plain language, one line per failed condition; empty when the guard held. */
  reasons: string[];
}

/** Evaluates a transition's guard over the lead's fields and the move's facts. */
export async function evaluateGuard(
  _config: SalesLineConfig,
  _conditions: TopLevelCondition,
  _facts: Readonly<Record<string, unknown>>,
): Promise<GuardResult> {
  return { passed: false, reasons: ['This move has a guard, and guards are not wired to the rules engine yet.'] };
}
