import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigIssue } from '@sales-line/core';
import type { RuleEditorStrings } from '../i18n/rule-editor-strings.ts';
import type { FactOption } from './condition-fields.ts';
import { pathKey, type DocPath } from './document-edits.ts';

/** What the builder templates need from the element: strings, options, issues, and one way to edit. */
export interface BuilderContext {
  strings: RuleEditorStrings;
  facts: readonly FactOption[];
  stations: readonly { id: string; name: string; stages: readonly string[] }[];
  issues: ReadonlyMap<string, readonly ConfigIssue[]>;
  /** The document's shared conditions (`routing.conditions`) by name, for `{ "condition": name }` references. */
  shared: ReadonlyMap<string, unknown>;
  /** Replaces the value at `path`; `typing` joins consecutive edits of the same field into one undo step. */
  set(path: DocPath, value: unknown, typing?: boolean): void;
}

const issueId = (key: string) => `issue-${key}`;

/** `aria-describedby` for a field that has issues; `nothing` removes the attribute. */
export function describedBy(ctx: BuilderContext, path: DocPath): string | typeof nothing {
  const key = pathKey(path);
  return ctx.issues.has(key) ? issueId(key) : nothing;
}

export function invalid(ctx: BuilderContext, path: DocPath): 'true' | typeof nothing {
  return ctx.issues.has(pathKey(path)) ? 'true' : nothing;
}

/** The issues of one field, right after it; a warning sign and text, never colour alone. */
export function issueNote(ctx: BuilderContext, path: DocPath): TemplateResult | typeof nothing {
  const key = pathKey(path);
  const issues = ctx.issues.get(key);
  if (!issues) return nothing;
  return html`<span class="issue" part="field-issue" id=${issueId(key)}>⚠ ${issues.map((issue) => issue.message).join(' ')}</span>`;
}

/** An `<option>` list with `current` selected, keeping an unknown current value visible rather than hiding it. */
export function options(values: readonly string[], current: string, label: (value: string) => string = (v) => v): TemplateResult[] {
  const all = current === '' || values.includes(current) ? values : [...values, current];
  return all.map((value) => html`<option value=${value} ?selected=${value === current}>${label(value)}</option>`);
}
