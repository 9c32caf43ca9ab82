import type { ConfigIssue } from '../errors.ts';

/** Every `code` a config issue can carry; docs/config.md shows an example of each. */
export type ConfigIssueCode =
  // limits and safety (checked first)
  | 'too-large'
  | 'too-deep'
  | 'too-long'
  | 'too-many'
  | 'forbidden-key'
  | 'not-json'
  | 'self-reference'
  | 'unreadable'
  // shape
  | 'unknown-key'
  | 'missing'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-id'
  | 'invalid-duration'
  | 'too-small'
  | 'invalid-priority'
  | 'invalid-condition'
  // meaning
  | 'duplicate-station'
  | 'duplicate-stage'
  | 'duplicate-rule'
  | 'duplicate-wip-limit'
  | 'duplicate-transition'
  | 'duplicate-deadline'
  | 'unknown-station'
  | 'unknown-stage'
  | 'stage-not-in-station'
  | 'terminal-target'
  | 'missing-move-target'
  | 'unused-field'
  | 'unknown-operator'
  | 'invalid-operator-value'
  | 'unknown-condition'
  | 'condition-cycle'
  | 'unsafe-path'
  // the optional sections, promotion and benchmarks
  | 'duplicate-metric'
  | 'invalid-metric'
  | 'invalid-band'
  | 'unknown-metric'
  | 'unknown-fact'
  | 'unsupported-reference'
  | 'off-path-rule'
  | 'forbidden-step';

export function configIssue(code: ConfigIssueCode, path: readonly (string | number)[], message: string): ConfigIssue {
  return { code, path: [...path], message };
}

/** The first issue of each code at each path (two checks may find the same problem). */
export function dedupeIssues(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code} ${JSON.stringify(issue.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The issue for a station id the line does not have, if it does not, for the sections that name stations (benchmarks, promotion). */
export function unknownStationIssues(id: string, known: readonly string[], path: (string | number)[]): ConfigIssue[] {
  return known.includes(id) ? [] : [configIssue('unknown-station', path, `Unknown station "${id}"; the line has: ${known.join(', ')}.`)];
}
