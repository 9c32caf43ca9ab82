import { html, nothing, type TemplateResult } from 'lit';
import { formatPath } from '@sales-line/core';
import type { RuleEditorStrings } from '../i18n/rule-editor-strings.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { PlacedIssue } from './issue-fields.ts';

export type Tab = 'builder' | 'json';
export interface JsonError {
  message: string;
  line: number;
  column: number;
}

export interface ToolbarState {
  tab: Tab;
  canUndo: boolean;
  canRedo: boolean;
  valid: boolean;
  selectTab(tab: Tab): void;
  undo(): void;
  redo(): void;
  publish(): void;
}

const TABS: readonly Tab[] = ['builder', 'json'];

/** Tabs (arrow keys move between them, as the ARIA tabs pattern has it), undo/redo and Publish. */
export function renderToolbar(state: ToolbarState, strings: RuleEditorStrings): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(state.tab) + 1) % TABS.length]!;
    state.selectTab(next);
    const list = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next}`);
    list?.focus();
  };
  const tab = (id: Tab, label: string) => html`<button
    type="button"
    role="tab"
    part="tab"
    id=${`tab-${id}`}
    aria-controls=${`panel-${id}`}
    aria-selected=${String(state.tab === id)}
    tabindex=${state.tab === id ? 0 : -1}
    @click=${() => state.selectTab(id)}
  >${label}</button>`;
  return html`<div class="toolbar" part="toolbar">
    <div role="tablist" aria-label=${strings.editorLabel} @keydown=${onKeydown}>${tab('builder', strings.builderTab)} ${tab('json', strings.jsonTab)}</div>
    <span class="spacer"></span>
    <button type="button" data-action="undo" ?disabled=${!state.canUndo} @click=${state.undo}>${strings.undo}</button>
    <button type="button" data-action="redo" ?disabled=${!state.canRedo} @click=${state.redo}>${strings.redo}</button>
    <button type="button" class="primary" part="publish" data-action="publish" ?disabled=${!state.valid} @click=${state.publish}>${strings.publish}</button>
  </div>`;
}

/** Every problem at once; each item moves focus to the field that has it. */
export function renderIssueSummary(
  placed: readonly PlacedIssue[],
  jsonError: JsonError | undefined,
  strings: RuleEditorStrings,
  format: Formatters,
  focus: (placed: PlacedIssue) => void,
): TemplateResult {
  const count = placed.length + (jsonError ? 1 : 0);
  if (count === 0) return html`<p class="issues ok" part="issues">✓ ${strings.noIssues}</p>`;
  return html`<section class="issues" part="issues" aria-label=${strings.issuesHeading(format.number(count), count)}>
    <h3 class="heading">⚠ ${strings.issuesHeading(format.number(count), count)}</h3>
    <ul>
      ${jsonError ? html`<li>${strings.jsonError(jsonError.message, String(jsonError.line), String(jsonError.column))}</li>` : nothing}
      ${placed.map(
        (item) => html`<li>
          <button type="button" class="link" part="issue-link" data-field=${item.field ?? ''} @click=${() => focus(item)}>
            ${strings.whereIssue(formatPath(item.issue.path), item.issue.message)}
          </button>
        </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The document as editable JSON; text that does not parse is kept and its error shown, the
 * builder untouched. A plain textarea until the code editor has loaded into `.code-editor`.
 */
export function renderJsonTab(
  text: string,
  error: JsonError | undefined,
  strings: RuleEditorStrings,
  onInput: (text: string) => void,
  codeEditorReady = false,
): TemplateResult {
  return html`<label class="json-label" for="json" ?hidden=${codeEditorReady}>${strings.jsonLabel}</label>
    <div class="code-editor" part="code-editor" ?hidden=${!codeEditorReady}></div>
    <textarea
      id="json"
      part="json"
      ?hidden=${codeEditorReady}
      spellcheck="false"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'json-error' : nothing}
      .value=${text}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${error
      ? html`<p class="issue" id="json-error" part="json-error">⚠ ${strings.jsonError(error.message, String(error.line), String(error.column))}</p>`
      : nothing}`;
}

/** Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z and Ctrl+Y redo; anything else is not ours. */
export function historyShortcut(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'y' || (key === 'z' && event.shiftKey)) return 'redo';
  return key === 'z' ? 'undo' : undefined;
}

/** Focuses the builder field with this `data-path` (or the first control inside it); `null` focuses the JSON text. */
export function focusField(root: ParentNode, key: string | null): void {
  const target = key === null ? root.querySelector<HTMLElement>('textarea') : root.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
  const focusable = target?.matches('input, select, textarea, button, [tabindex]') ? target : target?.querySelector<HTMLElement>('input, select, button');
  focusable?.focus();
}
