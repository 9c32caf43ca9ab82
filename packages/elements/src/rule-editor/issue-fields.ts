import type { ConfigIssue } from '@sales-line/core';
import { getAt, pathKey, type DocPath } from './document-edits.ts';

/** One validation issue and the builder field it belongs to (`null`: no field shows it, only the summary and the JSON tab). */
export interface PlacedIssue {
  issue: ConfigIssue;
  field: string | null;
}

const TARGET_FIELDS = ['station', 'stage', 'pool', 'strategy'] as const;

function addTarget(keys: Set<string>, path: DocPath): void {
  keys.add(pathKey(path));
  for (const field of TARGET_FIELDS) keys.add(pathKey([...path, field]));
  keys.add(pathKey([...path, 'pool', 'team']));
}

function addCondition(keys: Set<string>, node: unknown, path: DocPath): void {
  keys.add(pathKey(path));
  if (node === null || typeof node !== 'object') return;
  for (const group of ['all', 'any'] as const) {
    const children = (node as Record<string, unknown>)[group];
    if (Array.isArray(children)) children.forEach((child, index) => addCondition(keys, child, [...path, group, index]));
  }
  if (Object.hasOwn(node, 'not')) addCondition(keys, (node as { not: unknown }).not, [...path, 'not']);
  for (const field of ['fact', 'operator', 'value', 'condition']) keys.add(pathKey([...path, field]));
}

/** The `data-path` of every field the builder shows for this document. */
export function builderFieldKeys(doc: unknown): Set<string> {
  const keys = new Set<string>();
  const rules = getAt(doc, ['routing', 'rules']);
  if (Array.isArray(rules)) {
    rules.forEach((rule, index) => {
      const path = ['routing', 'rules', index];
      for (const field of ['', 'name', 'priority']) keys.add(pathKey(field ? [...path, field] : path));
      addCondition(keys, (rule as { conditions?: unknown } | null)?.conditions, [...path, 'conditions']);
      addTarget(keys, [...path, 'event', 'params']);
    });
  }
  addTarget(keys, ['routing', 'fallback']);
  return keys;
}

/** Places each issue on the deepest builder field its path reaches. */
export function placeIssues(issues: readonly ConfigIssue[], keys: ReadonlySet<string>): PlacedIssue[] {
  return issues.map((issue) => {
    for (let length = issue.path.length; length > 0; length--) {
      const key = pathKey(issue.path.slice(0, length));
      if (keys.has(key)) return { issue, field: key };
    }
    return { issue, field: null };
  });
}

/** Issues by field key, for rendering each next to its field. */
export function issuesByField(placed: readonly PlacedIssue[]): Map<string, ConfigIssue[]> {
  const byField = new Map<string, ConfigIssue[]>();
  for (const { issue, field } of placed) {
    if (field !== null) byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return byField;
}
