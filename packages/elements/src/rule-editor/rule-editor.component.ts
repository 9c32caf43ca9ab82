import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { mergeStrings } from '../i18n/merge-strings.ts';
import { formatPath, validateConfig, type Lead, type Rep, type SalesLineConfig } from '@sales-line/core';
import { ruleEditorStyles } from './rule-editor.styles.ts';
import type { BuilderContext } from './builder-context.ts';
import { factOptions } from './condition-fields.ts';
import { newFactCondition } from './condition-builder-template.ts';
import { diffRules } from './config-diff.ts';
import { getAt, setAt, type DocPath, pathKey } from './document-edits.ts';
import { renderDryRun, type DryRunRow } from './dry-run-template.ts';
import { deriveEditorState, dryRun, firstProblem, sharedConditions, stationsOf, type EditorState } from './derive-editor-state.ts';
import { closeEdit, recordEdit, redo, startHistory, undo, type EditHistory } from './edit-history.ts';
import { renderImpact } from './impact-template.ts';
import { replayImpact, type ReplayImpact } from './replay-impact.ts';
import { DeferredCheck } from './deferred-check.ts';
import type { PlacedIssue } from './issue-fields.ts';
import { parseJsonText, toJsonText } from './parse-json-text.ts';
import type { JsonCodeEditor, JsonMark } from './json-code-editor.ts';
import { moveRule, ruleOrder } from './rule-order.ts';
import { renderRules, type RulesContext } from './rules-template.ts';
import { focusField, historyShortcut, renderIssueSummary, renderJsonTab, renderToolbar, type JsonError, type Tab } from './editor-chrome.ts';
import { defaultRuleEditorStrings, type RuleEditorStrings } from '../i18n/rule-editor-strings.ts';
import { LocalizedElement, safely } from '../i18n/localized-element.ts';
import { notifyConfigChange, requestPublish } from './editor-events.ts';
import { AnnouncerController } from '../controllers/announcer-controller.ts';

/** How long typing must pause before the sample leads are routed and replayed again. */
const CHECK_AFTER_MS = 200;

/**
 * Rule editing for sales operations: a visual builder of the routing rules (nested all/any/not
 * conditions, targets picked from the line's own stations), the same document as JSON, live
 * validation next to each field, a dry run of sample leads, the diff against the published
 * config, undo/redo per action, and Publish. Works as a form field (its value is the JSON).
 *
 * @tagname sales-line-rule-editor
 * @summary Visual and JSON editor of a sales line's routing rules, with validation, dry run and impact.
 *
 * @event {SalesLineConfigChangeEvent} sales-line-config-change - After a user's edit (or undo/redo) that leaves a valid document; `detail.config` is it. Never fires for an invalid document.
 * @event {SalesLinePublishEvent} sales-line-publish - When the user presses Publish. Cancelable: `preventDefault()` or `veto(reason)` refuses it and shows the reason.
 *
 * @slot announcer - Filled by the editor itself with its polite live region (light DOM); leave it alone.
 *
 * @csspart editor - The editor's root.
 * @csspart toolbar - Tabs, undo/redo and Publish.
 * @csspart tab - A tab (Rules, JSON).
 * @csspart publish - The Publish button.
 * @csspart notice - The publish result.
 * @csspart issues - The summary of problems.
 * @csspart issue-link - One problem in the summary; activating it focuses the field.
 * @csspart field-issue - A problem shown next to its field.
 * @csspart rules - The list of rules.
 * @csspart rule - One rule.
 * @csspart drag-handle - A rule's drag handle.
 * @csspart move-up - A rule's "move up" button.
 * @csspart move-down - A rule's "move down" button.
 * @csspart remove-rule - A rule's remove button.
 * @csspart add-rule - The "Add rule" button.
 * @csspart condition-group - An all/any/not group.
 * @csspart condition - A `field test value` row.
 * @csspart add-condition - A group's "Add condition" button.
 * @csspart add-group - A group's "Add group" button.
 * @csspart add-shared - A group's "Add shared condition" button (when the document has shared conditions).
 * @csspart remove-condition - A condition's or group's remove button.
 * @csspart plain-language - A rule's conditions in words.
 * @csspart target - Where a rule (or the fallback) sends a lead.
 * @csspart json - The JSON text area.
 * @csspart json-error - Where the JSON fails to parse.
 * @csspart dry-run - The dry run section.
 * @csspart dry-run-table - Its table.
 * @csspart checking - The dry run's note while it waits for typing to pause (its rows are from before the last change).
 * @csspart route-trace - A decision's `<sales-line-route-trace>`: its explanation, rules tried and candidates.
 * @csspart impact - The diff and its impact.
 * @csspart replay - How many sample leads would change station.
 * @csspart owners - With `reps`: how many would change owner, and the teams whose load moves most.
 *
 * @cssproperty --sales-line-font - Font shorthand.
 * @cssproperty --sales-line-space - Base spacing.
 * @cssproperty --sales-line-radius - Corner radius.
 * @cssproperty --sales-line-color-text - Text colour.
 * @cssproperty --sales-line-color-muted - Secondary text.
 * @cssproperty --sales-line-color-surface - Background.
 * @cssproperty --sales-line-color-card - Rule background.
 * @cssproperty --sales-line-color-border - Borders.
 * @cssproperty --sales-line-color-accent - Focus ring and buttons.
 * @cssproperty --sales-line-color-danger - Problems.
 */
export class SalesLineRuleEditor extends LocalizedElement {
  static override styles = ruleEditorStyles;
  static formAssociated = true;

  /** The published config document. The editor edits a copy; setting it starts over (and clears undo). */
  @property({ attribute: false }) accessor config: SalesLineConfig | undefined;

  /** Leads for the dry run and the impact (recent leads, say); their fields are the facts the builder offers. */
  @property({ attribute: false }) accessor sampleLeads: readonly Lead[] = [];

  /** The line's people. Given, the impact also tells how many leads would change owner and how each team's load moves. */
  @property({ attribute: false }) accessor reps: readonly Rep[] = [];

  /** Overrides for any visible string. */
  @property({ attribute: false }) accessor strings: Partial<RuleEditorStrings> = {};

  /** @internal */
  @state() accessor history: EditHistory<unknown> = startHistory(undefined);
  /** @internal */
  @state() accessor tab: Tab = 'builder';
  /** @internal The JSON tab's text, which may not parse. */
  @state() accessor jsonText = '';
  /** @internal */
  @state() accessor jsonError: JsonError | undefined;
  /** @internal */
  @state() accessor notice: string | undefined;
  /** @internal The JSON tab's code editor: loaded when the tab first opens; a plain textarea until then or if it fails. */
  @state() accessor codeEditor: 'idle' | 'ready' | 'failed' = 'idle';
  /** @internal What the sample leads' replay under the edited config changes (core's `replay`); `null` until known. */
  @state() accessor impact: ReplayImpact | null = null;

  /** @internal */
  readonly announcer = new AnnouncerController(this);
  #internals: ElementInternals;
  #published: SalesLineConfig | undefined;
  #replays = 0;
  /** The dry run (and, started with it, the replay): at once after most edits, once typing pauses while typing. */
  #checks = new DeferredCheck<{ rows: DryRunRow[] | null; config?: SalesLineConfig }>({ rows: null }, () => this.#check(), () => this.requestUpdate(), CHECK_AFTER_MS);
  #derived: EditorState | undefined;
  #derivedFor: unknown;
  #userEdit = false;
  #dragFrom: number | undefined;
  #focusAfter: (() => void) | undefined;
  #code: JsonCodeEditor | undefined;
  #codeLoading: Promise<void> | undefined;
  #markedFor: unknown[] = [];
  /** `sampleLeads` and `reps` as lists: a host (React, say) may hand in null or another shape. */
  #samples: readonly Lead[] = [];
  #people: readonly Rep[] = [];

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** The edited document as it stands, valid or not. */
  get value(): unknown {
    return this.history.present;
  }

  /** Whether the edited document is a valid config (and the JSON tab's text parses). */
  get valid(): boolean {
    if (this.jsonError !== undefined) return false;
    // Right after an edit, before the update that derives the new state, validate afresh.
    return this.#derivedFor === this.value && this.#derived ? this.#derived.validation.ok : validateConfig(this.value).ok;
  }

  /** @internal Restores the published document when the surrounding form is reset. */
  formResetCallback(): void {
    this.#load();
  }

  #load(): void {
    this.#published = this.config;
    // The editor edits JSON data, so its copy goes through JSON: a function is no data, and a
    // cycle cannot be written as JSON — it is shown as the problem instead of throwing.
    const copy = safely(() => (this.config === undefined ? undefined : JSON.parse(toJsonText(this.config))));
    this.history = startHistory(copy.value);
    this.jsonText = toJsonText(this.history.present);
    this.jsonError = copy.error === undefined ? undefined : { message: copy.error, line: 1, column: 1 };
  }

  get #strings(): RuleEditorStrings {
    return mergeStrings(defaultRuleEditorStrings, this.strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) this.#load();
    this.#samples = Array.isArray(this.sampleLeads) ? this.sampleLeads : [];
    this.#people = Array.isArray(this.reps) ? this.reps : [];
    if (changed.has('history') || changed.has('sampleLeads') || changed.has('reps') || changed.has('config') || this.#derived === undefined) {
      this.#derived = deriveEditorState(this.history.present);
      this.#derivedFor = this.history.present;
      // Validation follows every keystroke; routing every sample and replaying them all wait for
      // typing to pause (`openKey` is set while the last edit is typing in a field; leaving the
      // field or a new config clears it). A document that cannot be routed, or could not be
      // before, is shown at once.
      if (this.history.openKey !== undefined && this.#derived.validation.ok && this.#checks.result.rows !== null) {
        this.#checks.later();
        // The replay under way is of an older edit: drop it and hide its figures until the new one.
        this.#replays++;
        this.impact = null;
      } else this.#checks.now();
    }
  }

  protected override updated(): void {
    const { validation } = this.#derived!;
    const firstIssue = this.jsonError
      ? this.#strings.jsonError(this.jsonError.message, String(this.jsonError.line), String(this.jsonError.column))
      : firstProblem(validation);
    this.#internals.setFormValue(this.jsonError ? this.jsonText : JSON.stringify(this.history.present ?? null));
    this.#internals.setValidity(firstIssue ? { customError: true } : {}, firstIssue);
    if (this.#userEdit) {
      this.#userEdit = false;
      if (validation.ok && !this.jsonError) notifyConfigChange(this, validation.config);
    }
    this.#focusAfter?.();
    this.#focusAfter = undefined;
    if (this.tab === 'json' && this.#codeLoading === undefined) this.#codeLoading = this.#loadCodeEditor();
    this.#syncCodeEditor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#code?.destroy();
    this.#code = undefined;
    this.#codeLoading = undefined;
    this.codeEditor = 'idle';
  }

  async #loadCodeEditor(): Promise<void> {
    try {
      const { createJsonCodeEditor } = await import('./json-code-editor.ts');
      const parent = this.renderRoot.querySelector<HTMLElement>('.code-editor');
      if (!parent || !this.isConnected) throw new Error('The editor left the page while its code editor loaded.');
      this.#markedFor = [];
      this.#code = createJsonCodeEditor({ parent, root: this.shadowRoot!, text: this.jsonText, label: this.#strings.jsonLabel, onInput: this.#onJsonInput });
      this.codeEditor = 'ready';
    } catch {
      this.codeEditor = 'failed';
    }
  }

  /** Puts the JSON text and its problems into the code editor, when either changed. */
  #syncCodeEditor(): void {
    const code = this.#code;
    const { validation } = this.#derived!;
    if (code === undefined || (this.#markedFor[0] === this.jsonText && this.#markedFor[1] === validation)) return;
    this.#markedFor = [this.jsonText, validation];
    code.setText(this.jsonText);
    const marks: JsonMark[] = this.jsonError
      ? [{ ...this.jsonError, message: this.#strings.jsonError(this.jsonError.message, String(this.jsonError.line), String(this.jsonError.column)) }]
      : validation.ok
        ? []
        : validation.issues.map((issue) => ({ path: issue.path, key: pathKey(issue.path), message: this.#strings.whereIssue(formatPath(issue.path), issue.message) }));
    code.setMarks(marks);
  }

  /** The dry run and the impact of the document as it stands now. */
  #check() {
    const { validation } = this.#derived!;
    this.#replay();
    return { rows: dryRun(validation, this.#samples), config: validation.ok ? validation.config : undefined };
  }

  /** Replays the sample leads under the published and the edited config; a newer replay wins over a slower older one. */
  #replay(): void {
    const run = ++this.#replays;
    const { validation } = this.#derived!;
    if (!validation.ok || this.#published === undefined) {
      this.impact = null;
      return;
    }
    void replayImpact(this.#published, validation.config, this.#samples, this.#people).then((impact) => {
      if (run === this.#replays) this.impact = impact;
    });
  }

  #commit(next: unknown, coalesce?: string): void {
    this.history = recordEdit(this.history, next, coalesce);
    this.#afterEdit();
  }

  #afterEdit(): void {
    this.jsonText = toJsonText(this.history.present);
    this.jsonError = undefined;
    this.notice = undefined;
    this.#userEdit = true;
  }

  /** Undoes the last action (typing in one field is one action). */
  undo(): void {
    if (this.history.past.length === 0) return;
    this.history = undo(this.history);
    this.#afterEdit();
  }

  /** Redoes the last undone action. */
  redo(): void {
    if (this.history.future.length === 0) return;
    this.history = redo(this.history);
    this.#afterEdit();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const action = historyShortcut(event);
    if (action === undefined) return;
    event.preventDefault();
    this[action]();
  };

  #onJsonInput = (text: string): void => {
    this.jsonText = text;
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      this.jsonError = parsed;
      return;
    }
    this.history = recordEdit(this.history, parsed.value, 'json');
    this.jsonError = undefined;
    this.notice = undefined;
    this.#userEdit = true;
  };

  #publish(): void {
    const { validation } = this.#derived!;
    if (!validation.ok || this.jsonError) return;
    const outcome = requestPublish(this, validation.config);
    if (!outcome.published) {
      this.notice = this.#strings.publishVetoed(outcome.reason);
    } else {
      this.#published = validation.config;
      this.notice = this.#strings.published;
      this.#replay();
    }
    this.announcer.announce(this.notice);
  }

  /**
   * Moves focus to where an issue is: its builder field, or, on the JSON tab (and for issues no
   * field shows), the text its path names, selected.
   */
  async focusIssue(placed: PlacedIssue): Promise<void> {
    this.tab = placed.field === null || this.tab === 'json' ? 'json' : 'builder';
    await this.updateComplete;
    if (this.tab === 'builder') return focusField(this.renderRoot, placed.field);
    await this.#codeLoading;
    if (this.#code?.reveal(placed.issue.path)) return;
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
    textarea?.focus();
    // The path finder comes with the code editor's file (one lazy file, not two); where that file
    // cannot load, the textarea is focused without a selection.
    const range = await import('./json-code-editor.ts').then(({ jsonPathRange }) => jsonPathRange(this.jsonText, placed.issue.path), () => undefined);
    if (range) textarea?.setSelectionRange(range.from, range.to);
  }

  #context(): RulesContext {
    const base: BuilderContext = {
      strings: this.#strings,
      facts: factOptions(this.#samples),
      stations: stationsOf(this.history.present),
      issues: this.#derived!.byField,
      shared: sharedConditions(this.history.present),
      set: (path: DocPath, value: unknown, typing?: boolean) => this.#commit(setAt(this.history.present, path, value), typing ? pathKey(path) : undefined),
    };
    return {
      ...base,
      shown: [JSON.stringify([base.facts, base.stations, [...base.shared]]), this.strings],
      move: (from, to) => {
        this.#commit(setAt(this.history.present, ['routing', 'rules'], moveRule(this.#rules(), from, to)));
        const which = to < from ? 'up' : 'down';
        const rule = this.#rules()[ruleOrder(this.#rules())[to]!] as { name?: unknown } | undefined;
        const total = this.format.number(this.#rules().length);
        this.announcer.announce(this.#strings.ruleMoved(String(rule?.name ?? ''), this.format.number(to + 1), total));
        this.#focusAfter = () => {
          const item = this.renderRoot.querySelectorAll<HTMLElement>('ol.rules > li')[to];
          const button = item?.querySelector<HTMLButtonElement>(`[data-move="${which}"]`);
          (button && !button.disabled ? button : item?.querySelector<HTMLElement>('[data-move]:not([disabled])'))?.focus();
        };
      },
      remove: (index) => this.#commit(setAt(this.history.present, ['routing', 'rules'], this.#rules().filter((_, i) => i !== index))),
      addRule: () => this.#addRule(base),
      dragStart: (position) => (this.#dragFrom = position),
      drop: (position) => {
        if (this.#dragFrom !== undefined && this.#dragFrom !== position) base.set(['routing', 'rules'], moveRule(this.#rules(), this.#dragFrom, position));
        this.#dragFrom = undefined;
      },
    };
  }

  #rules(): unknown[] {
    const rules = getAt(this.history.present, ['routing', 'rules']);
    return Array.isArray(rules) ? rules : [];
  }

  #addRule(ctx: BuilderContext): void {
    const names = new Set(this.#rules().map((rule) => (rule as { name?: unknown })?.name));
    let n = this.#rules().length + 1;
    while (names.has(ctx.strings.newRuleName(n))) n++;
    const station = ctx.stations[0]?.id ?? '';
    const rule = { name: ctx.strings.newRuleName(n), conditions: { all: [newFactCondition(ctx)] }, event: { type: 'route', params: { station } } };
    this.#commit(setAt(this.history.present, ['routing', 'rules'], [...this.#rules(), rule]));
    this.#focusAfter = () => this.renderRoot.querySelector<HTMLInputElement>(`[data-path="routing.rules.${this.#rules().length - 1}.name"]`)?.focus();
  }

  override render() {
    const strings = this.#strings;
    const derived = this.#derived!;
    const ctx = this.#context();
    const doc = this.history.present;
    const valid = derived.validation.ok && !this.jsonError;
    const stations = new Map(ctx.stations.map((station) => [station.id, station.name]));
    const stationName = (id: string) => stations.get(id) ?? id;
    return html`<div class="editor" part="editor" @keydown=${this.#onKeydown} @focusout=${() => (this.history = closeEdit(this.history))}>
      ${renderToolbar(
        {
          tab: this.tab,
          canUndo: this.history.past.length > 0,
          canRedo: this.history.future.length > 0,
          valid,
          selectTab: (tab) => (this.tab = tab),
          undo: () => this.undo(),
          redo: () => this.redo(),
          publish: () => this.#publish(),
        },
        strings,
      )}
      ${this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}
      ${renderIssueSummary(derived.placed, this.jsonError, strings, this.format, (placed) => void this.focusIssue(placed))}
      <div id="panel-builder" role="tabpanel" aria-labelledby="tab-builder" ?hidden=${this.tab !== 'builder'}>
        ${renderRules(ctx, this.#rules(), getAt(doc, ['routing', 'fallback']))}
      </div>
      <div id="panel-json" role="tabpanel" aria-labelledby="tab-json" ?hidden=${this.tab !== 'json'}>
        ${renderJsonTab(this.jsonText, this.jsonError, strings, this.#onJsonInput, this.codeEditor === 'ready')}
      </div>
      ${renderDryRun(this.jsonError ? null : this.#checks.result.rows, this.#checks.result.config, this.sampleLeads == null || Array.isArray(this.sampleLeads) ? this.#samples.length : null, strings, this.format, this.#checks.pending)}
      ${renderImpact(diffRules(this.#published, doc), this.impact, this.#people.length > 0, stationName, strings, this.format)}
    </div>
    <slot name="announcer"></slot>`;
  }
}
