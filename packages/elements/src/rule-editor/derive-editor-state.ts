import { formatPath, routeSync, validateConfig, type ConfigIssue, type Lead, type SalesLineConfig, type ValidationResult } from '@sales-line/core';
import type { DryRunRow } from './dry-run-template.ts';
import { getAt } from './document-edits.ts';
import { builderFieldKeys, issuesByField, placeIssues, type PlacedIssue } from './issue-fields.ts';

/** Everything the editor shows that follows from the document and the sample leads alone. */
export interface EditorState {
  validation: ValidationResult;
  placed: PlacedIssue[];
  byField: Map<string, ConfigIssue[]>;
  /** `null` while the document is invalid: nothing can be routed through it. */
  dryRun: DryRunRow[] | null;
}

/** The dry run shows this many leads; the impact (`replay`) counts them all. */
export const DRY_RUN_ROWS = 100;

export function deriveEditorState(doc: unknown, leads: readonly Lead[]): EditorState {
  const validation = validateConfig(doc);
  const placed = validation.ok ? [] : placeIssues(validation.issues, builderFieldKeys(doc));
  const dryRun = validation.ok ? leads.slice(0, DRY_RUN_ROWS).map((lead) => routeOne(validation.config, lead)) : null;
  return { validation, placed, byField: issuesByField(placed), dryRun };
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
