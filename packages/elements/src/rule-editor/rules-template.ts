import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { describeCondition } from '@sales-line/core/rules';
import { type ConditionNode } from '@sales-line/core';
import { describedBy, invalid, issueNote, options, type BuilderContext } from './builder-context.ts';
import { renderConditions } from './condition-builder-template.ts';
import type { DocPath } from './document-edits.ts';
import { ruleOrder } from './rule-order.ts';

const STRATEGIES = ['round-robin', 'weighted', 'least-loaded', 'queue'];

/** What the rule list needs beyond the builder: moving rules (by position in the tried order) and drag state. */
export interface RulesContext extends BuilderContext {
  move(from: number, to: number): void;
  remove(index: number): void;
  dragStart(position: number): void;
  drop(position: number): void;
  addRule(): void;
  /** What a rule's fields show besides the rule (facts, stations, shared conditions, the host's strings): a rule is rendered again when one changes. */
  shown: unknown[];
}

type Target = { station?: unknown; stage?: unknown; strategy?: unknown; pool?: { team?: unknown } };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A route target's fields: station and stage from the config's own line, team, strategy. */
export function renderTarget(ctx: BuilderContext, target: Target, path: DocPath, legend: string): TemplateResult {
  const at = (...keys: string[]) => [...path, ...keys];
  const station = text(target.station);
  const stages = ctx.stations.find((s) => s.id === station)?.stages ?? [];
  const setField = (key: string, value: string) => ctx.set(at(key), value === '' ? undefined : value);
  const select = (key: string, values: readonly string[], current: string, label: string, empty?: string, names?: (v: string) => string) => html`<label
    >${label}
    <select
      data-path=${at(key).join('.')}
      aria-invalid=${invalid(ctx, at(key))}
      aria-describedby=${describedBy(ctx, at(key))}
      @change=${(event: Event) => setField(key, (event.target as HTMLSelectElement).value)}
    >
      ${empty === undefined ? nothing : html`<option value="" ?selected=${current === ''}>${empty}</option>`} ${options(values, current, names)}
    </select></label
  >${issueNote(ctx, at(key))}`;
  const team = text(target.pool?.team);
  return html`<fieldset class="target" part="target" data-path=${path.join('.')}>
    <legend>${legend}</legend>
    ${select('station', ctx.stations.map((s) => s.id), station, ctx.strings.station, undefined, (id) => ctx.stations.find((s) => s.id === id)?.name ?? id)}
    ${select('stage', stages, text(target.stage), ctx.strings.stage, ctx.strings.firstStage)}
    <label
      >${ctx.strings.team}
      <input
        data-path=${at('pool', 'team').join('.')}
        aria-invalid=${invalid(ctx, at('pool', 'team'))}
        aria-describedby=${describedBy(ctx, at('pool', 'team'))}
        .value=${team}
        @input=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value;
          const { team: _old, ...pool } = target.pool ?? {};
          const next = value === '' ? pool : { ...pool, team: value };
          ctx.set(at('pool'), Object.keys(next).length === 0 ? undefined : next, true);
        }}
    /></label>
    ${issueNote(ctx, at('pool', 'team'))}${issueNote(ctx, at('pool'))}
    ${select('strategy', STRATEGIES, text(target.strategy), ctx.strings.strategy, ctx.strings.defaultStrategy)} ${issueNote(ctx, path)}
  </fieldset>`;
}

function describe(conditions: unknown): string {
  try {
    return describeCondition(conditions as ConditionNode);
  } catch {
    return '';
  }
}

function ruleItem(ctx: RulesContext, rules: readonly unknown[], index: number, position: number): TemplateResult {
  const rule = (rules[index] ?? {}) as { name?: unknown; priority?: unknown; conditions?: unknown; event?: { params?: Target } };
  const path = ['routing', 'rules', index];
  const at = (key: string) => [...path, key];
  const name = text(rule.name) || `#${index + 1}`;
  const words = describe(rule.conditions);
  return html`<li
    class="rule"
    part="rule"
    data-index=${index}
    data-path=${path.join('.')}
    tabindex="-1"
    @dragover=${(event: DragEvent) => event.preventDefault()}
    @drop=${(event: DragEvent) => {
      event.preventDefault();
      ctx.drop(position);
    }}
  >
    <div class="rule-head">
      <span class="drag-handle" part="drag-handle" draggable="true" title=${ctx.strings.dragHandle(name)} aria-hidden="true" @dragstart=${(event: DragEvent) => {
        event.dataTransfer?.setData('text/plain', name);
        ctx.dragStart(position);
      }}>⠿</span>
      <label
        >${ctx.strings.ruleName}
        <input
          class="rule-name"
          data-path=${at('name').join('.')}
          aria-invalid=${invalid(ctx, at('name'))}
          aria-describedby=${describedBy(ctx, at('name'))}
          .value=${text(rule.name)}
          @input=${(event: Event) => ctx.set(at('name'), (event.target as HTMLInputElement).value, true)}
      /></label>
      <label
        >${ctx.strings.priority}
        <input
          class="priority"
          type="number"
          min="1"
          step="1"
          data-path=${at('priority').join('.')}
          aria-invalid=${invalid(ctx, at('priority'))}
          aria-describedby=${describedBy(ctx, at('priority'))}
          .value=${rule.priority === undefined ? '' : String(rule.priority)}
          @input=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            ctx.set(at('priority'), input.value === '' ? undefined : Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : input.value, true);
          }}
      /></label>
      <span class="rule-actions">
        <button type="button" part="move-up" data-move="up" aria-label=${ctx.strings.moveUp(name)} ?disabled=${position === 0} @click=${() => ctx.move(position, position - 1)}>↑</button>
        <button type="button" part="move-down" data-move="down" aria-label=${ctx.strings.moveDown(name)} ?disabled=${position === rules.length - 1} @click=${() => ctx.move(position, position + 1)}>↓</button>
        <button type="button" part="remove-rule" data-remove-rule aria-label=${ctx.strings.removeRule(name)} @click=${() => ctx.remove(index)}>✕</button>
      </span>
      ${issueNote(ctx, path)}${issueNote(ctx, at('name'))}${issueNote(ctx, at('priority'))}
    </div>
    <div class="rule-body">
      <div class="when"><span class="when-label">${ctx.strings.conditions}</span> ${renderConditions(ctx, rule.conditions, at('conditions'))}${issueNote(ctx, at('conditions'))}</div>
      ${words ? html`<p class="plain" part="plain-language">${ctx.strings.plainLanguage(words)}</p>` : nothing}
      ${renderTarget(ctx, rule.event?.params ?? {}, [...path, 'event', 'params'], ctx.strings.target)}
    </div>
  </li>`;
}

/** Each rule's issues as one text, so a rule whose issues did not change is known to be unchanged. */
function issuesByRule(issues: BuilderContext['issues']): Map<string, string> {
  const byRule = new Map<string, string>();
  for (const [key, list] of issues) {
    // `routing.rules.3.name` belongs to rule 3; other keys land under names no rule has.
    const index = key.split('.')[2]!;
    byRule.set(index, (byRule.get(index) ?? '') + JSON.stringify([key, list]));
  }
  return byRule;
}

/**
 * The rules in the order routing tries them, then the fallback. Edits share every untouched
 * rule object (`setAt`), so a rule whose object, place and issues are the same is not rendered
 * again: with hundreds of rules, a keystroke re-renders one rule, not all of them.
 */
export function renderRules(ctx: RulesContext, rules: readonly unknown[], fallback: unknown): TemplateResult {
  const order = ruleOrder(rules);
  const issues = issuesByRule(ctx.issues);
  return html`<h3 class="heading">${ctx.strings.rulesHeading}</h3>
    <ol class="rules" part="rules">
      ${order.map((index, position) =>
        guard([rules[index], index, position, rules.length, issues.get(String(index)), ...ctx.shown], () => ruleItem(ctx, rules, index, position)),
      )}
    </ol>
    <button type="button" class="add-rule" part="add-rule" @click=${() => ctx.addRule()}>${ctx.strings.addRule}</button>
    ${renderTarget(ctx, (fallback ?? {}) as Target, ['routing', 'fallback'], ctx.strings.fallback)}`;
}
