import { formatPath, routeSync, validateConfig, type ConfigIssue, type Lead, type SalesLineConfig, type ValidationResult } from '@sales-line/core';
import type { DryRunRow } from './dry-run-template.ts';
import { getAt } from './document-edits.ts';
import { builderFieldKeys, issuesByField, placeIssues, type PlacedIssue } from './issue-fields.ts';

/** What the editor shows next to the fields, from the document alone: cheap enough for every keystroke. */
export interface EditorState {
  validation: ValidationResult;
  placed: PlacedIssue[];
  byField: Map<string, ConfigIssue[]>;
}

/** The dry run shows this many leads; the impact (`replay`) counts them all. */
export const DRY_RUN_ROWS = 100;

export function deriveEditorState(doc: unknown): EditorState {
  const validation = validateConfig(doc);
  const placed = validation.ok ? [] : placeIssues(validation.issues, builderFieldKeys(doc));
  return { validation, placed, byField: issuesByField(placed) };
}

/** The sample leads routed through a validated document; `null` while it is invalid: nothing can be routed through it. */
export function dryRun(validation: ValidationResult, leads: readonly Lead[]): DryRunRow[] | null {
  return validation.ok ? leads.slice(0, DRY_RUN_ROWS).map((lead) => routeOne(validation.config, lead)) : null;
}

function routeOne(config: SalesLineConfig, lead: Lead): DryRunRow {
  try {
    // Only the winning rule's trace: with hundreds of rules, tracing (and showing) every losing
    // rule for every row is what made the dry run slow, and the row names its rule anyway.
    return { lead, decision: routeSync(config, lead, undefined, { trace: false }) };
  } catch (error) {
    return { lead, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The first problem in words, for the form's validation message; '' when there is none. */
export function firstProblem(validation: ValidationResult): string {
  if (validation.ok) return '';
  const [first] = validation.issues;
  return `${formatPath(first!.path)}: ${first!.message}`;
}

/** The document's shared conditions (`routing.conditions`) by name, in document order. */
export function sharedConditions(doc: unknown): Map<string, unknown> {
  const shared = getAt(doc, ['routing', 'conditions']);
  return shared !== null && typeof shared === 'object' && !Array.isArray(shared) ? new Map(Object.entries(shared)) : new Map();
}

/** The stations the builder offers as targets, read from the document being edited. */
export function stationsOf(doc: unknown): { id: string; name: string; stages: string[] }[] {
  const stations = getAt(doc, ['line', 'stations']);
  if (!Array.isArray(stations)) return [];
  return stations
    .filter((s) => s !== null && typeof s === 'object' && typeof s.id === 'string')
    .map((s) => ({ id: s.id, name: typeof s.name === 'string' ? s.name : s.id, stages: Array.isArray(s.stages) ? s.stages.filter((x: unknown) => typeof x === 'string') : [] }));
}
