import { html, nothing, type TemplateResult } from 'lit';
import type { ConditionNode, FactCondition } from '@sales-line/core';
import { describedBy, invalid, issueNote, options, type BuilderContext } from './builder-context.ts';
import { coerceValue, factType, LIST_OPERATORS, OPERATORS_FOR, parseListInput, type FactType } from './condition-fields.ts';
import type { DocPath } from './document-edits.ts';

type GroupKind = 'all' | 'any' | 'not';
const GROUP_KINDS: readonly GroupKind[] = ['all', 'any', 'not'];

const has = (node: unknown, key: string): boolean => node !== null && typeof node === 'object' && Object.hasOwn(node, key);
const kindOf = (node: unknown): GroupKind | undefined => GROUP_KINDS.find((kind) => has(node, kind));

/** A new fact row: the first offered fact, its first operator, an empty value of its type. */
export function newFactCondition(ctx: BuilderContext): FactCondition {
  const first = ctx.facts[0] ?? { name: 'industry', type: 'text' as FactType };
  const operator = OPERATORS_FOR[first.type][0]!;
  return { fact: first.name, operator, value: coerceValue(undefined, first.type, operator) };
}

/** Turns a group into another kind, keeping its children: `not` holds one node, so several are wrapped in `all`. */
export function regroup(node: Record<string, unknown>, to: GroupKind): Record<string, unknown> {
  const from = kindOf(node)!;
  const children: unknown[] = from === 'not' ? [node.not] : (node[from] as unknown[]);
  const { [from]: _dropped, ...rest } = node;
  if (to !== 'not') return { ...rest, [to]: children };
  return { ...rest, not: children.length === 1 ? children[0] : { all: children } };
}

function valueInput(ctx: BuilderContext, node: FactCondition, path: DocPath, type: FactType): TemplateResult {
  const at = [...path, 'value'];
  const common = { label: ctx.strings.value };
  if (node.value !== null && typeof node.value === 'object' && !Array.isArray(node.value)) {
    return html`<input class="value" readonly aria-label=${common.label} data-path=${at.join('.')} .value=${JSON.stringify(node.value)} />`;
  }
  if (LIST_OPERATORS.has(node.operator) || Array.isArray(node.value)) {
    const list = Array.isArray(node.value) ? node.value : [node.value];
    return html`<input
      class="value"
      aria-label=${`${common.label} (${ctx.strings.listHint})`}
      placeholder=${ctx.strings.listHint}
      data-path=${at.join('.')}
      aria-invalid=${invalid(ctx, at)}
      aria-describedby=${describedBy(ctx, at)}
      .value=${list.join(', ')}
      @input=${(event: Event) => ctx.set(at, parseListInput((event.target as HTMLInputElement).value, type), true)}
    />`;
  }
  if (type === 'boolean') {
    return html`<select
      class="value"
      aria-label=${common.label}
      data-path=${at.join('.')}
      @change=${(event: Event) => ctx.set(at, (event.target as HTMLSelectElement).value === 'true')}
    >
      ${options(['true', 'false'], String(node.value))}
    </select>`;
  }
  const numeric = type === 'number';
  return html`<input
    class="value"
    type=${numeric ? 'number' : 'text'}
    aria-label=${common.label}
    data-path=${at.join('.')}
    aria-invalid=${invalid(ctx, at)}
    aria-describedby=${describedBy(ctx, at)}
    .value=${node.value === undefined || node.value === null ? '' : String(node.value)}
    @input=${(event: Event) => {
      const input = event.target as HTMLInputElement;
      ctx.set(at, numeric && input.value !== '' && Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : input.value, true);
    }}
  />`;
}

function factRow(ctx: BuilderContext, node: FactCondition, path: DocPath, siblings?: readonly unknown[]): TemplateResult {
  const type = factType(ctx.facts, node.fact, node.value);
  const operators = OPERATORS_FOR[type];
  const onFact = (event: Event) => {
    const fact = (event.target as HTMLSelectElement).value;
    const nextType = factType(ctx.facts, fact, undefined);
    const operator = OPERATORS_FOR[nextType].includes(node.operator) ? node.operator : OPERATORS_FOR[nextType][0]!;
    ctx.set(path, { ...node, fact, operator, value: coerceValue(node.value, nextType, operator) });
  };
  const onOperator = (event: Event) => {
    const operator = (event.target as HTMLSelectElement).value;
    ctx.set(path, { ...node, operator, value: coerceValue(node.value, type, operator) });
  };
  const lead = ctx.facts.filter((fact) => !fact.context).map((fact) => fact.name);
  const context = ctx.facts.filter((fact) => fact.context).map((fact) => fact.name);
  const unknownFact = lead.includes(node.fact) || context.includes(node.fact) ? [] : [node.fact];
  const at = (field: string) => [...path, field];
  return html`<li class="condition" part="condition" data-path=${path.join('.')}>
    <select aria-label=${ctx.strings.fact} data-path=${at('fact').join('.')} aria-invalid=${invalid(ctx, at('fact'))} aria-describedby=${describedBy(ctx, at('fact'))} @change=${onFact}>
      ${unknownFact.length > 0 ? options(unknownFact, node.fact) : nothing}
      <optgroup label=${ctx.strings.leadFacts}>${options(lead, lead.includes(node.fact) ? node.fact : '')}</optgroup>
      <optgroup label=${ctx.strings.contextFacts}>${options(context, context.includes(node.fact) ? node.fact : '')}</optgroup>
    </select>
    <select aria-label=${ctx.strings.operator} data-path=${at('operator').join('.')} aria-invalid=${invalid(ctx, at('operator'))} aria-describedby=${describedBy(ctx, at('operator'))} @change=${onOperator}>
      ${options(operators, node.operator, (op) => ctx.strings.operatorLabels[op] ?? op)}
    </select>
    ${valueInput(ctx, node, path, type)}
    ${siblings ? removeButton(ctx, path, siblings) : nothing}
    ${issueNote(ctx, path)}${issueNote(ctx, at('fact'))}${issueNote(ctx, at('operator'))}${issueNote(ctx, at('value'))}
  </li>`;
}

/** Removes the node at `path` from `siblings`, the list as it was rendered (Lit rebinds handlers on every render). */
function removeButton(ctx: BuilderContext, path: DocPath, siblings: readonly unknown[]): TemplateResult {
  const index = path[path.length - 1] as number;
  return html`<button
    type="button"
    class="remove"
    part="remove-condition"
    data-remove=${path.join('.')}
    @click=${() => ctx.set(path.slice(0, -1), siblings.filter((_, i) => i !== index))}
  >${ctx.strings.removeCondition}</button>`;
}

function groupBlock(ctx: BuilderContext, node: Record<string, unknown>, path: DocPath, siblings?: readonly unknown[]): TemplateResult {
  const kind = kindOf(node)!;
  const childPath = kind === 'not' ? [...path, 'not'] : [...path, kind];
  const children = kind === 'not' ? [] : ((node[kind] as unknown[]) ?? []);
  const add = (child: unknown) => ctx.set(childPath, [...children, child]);
  return html`<li class="group" part="condition-group" data-path=${path.join('.')}>
    <div class="group-head">
      <label
        >${ctx.strings.groupKind}
        <select data-path=${path.join('.')} aria-invalid=${invalid(ctx, path)} aria-describedby=${describedBy(ctx, path)} @change=${(event: Event) =>
          ctx.set(path, regroup(node, (event.target as HTMLSelectElement).value as GroupKind))}>
          ${options(GROUP_KINDS, kind, (k) => ctx.strings.groupKinds[k as GroupKind])}
        </select></label
      >
      ${siblings ? removeButton(ctx, path, siblings) : nothing}
      ${issueNote(ctx, path)}
    </div>
    <ul class="conditions">
      ${kind === 'not'
        ? renderCondition(ctx, node.not, childPath)
        : children.map((child, index) => renderCondition(ctx, child, [...childPath, index], children))}
    </ul>
    ${kind === 'not'
      ? nothing
      : html`<div class="group-actions">
          <button type="button" part="add-condition" data-add="condition" @click=${() => add(newFactCondition(ctx))}>${ctx.strings.addCondition}</button>
          <button type="button" part="add-group" data-add="group" @click=${() => add({ any: [newFactCondition(ctx)] })}>${ctx.strings.addGroup}</button>
          ${ctx.shared.size === 0
            ? nothing
            : html`<button type="button" part="add-shared" data-add="shared" @click=${() => add({ condition: [...ctx.shared.keys()][0] })}>
                ${ctx.strings.addSharedCondition}
              </button>`}
        </div>`}
  </li>`;
}

/** A `{ "condition": name }` reference: which shared condition (a select), or a copy of it inlined to edit here. */
function referenceRow(ctx: BuilderContext, name: string, path: DocPath, siblings?: readonly unknown[]): TemplateResult {
  const at = [...path, 'condition'];
  const body = ctx.shared.get(name);
  return html`<li class="condition" part="condition" data-path=${path.join('.')}>
    <select
      aria-label=${ctx.strings.sharedConditionLabel}
      data-path=${at.join('.')}
      aria-invalid=${invalid(ctx, at)}
      aria-describedby=${describedBy(ctx, at)}
      @change=${(event: Event) => ctx.set(at, (event.target as HTMLSelectElement).value)}
    >
      ${options([...ctx.shared.keys()], name, ctx.strings.sharedCondition)}
    </select>
    <button type="button" data-inline=${path.join('.')} ?disabled=${body === undefined} @click=${() => ctx.set(path, structuredClone(body))}>
      ${ctx.strings.inlineCondition(name)}
    </button>
    ${siblings ? removeButton(ctx, path, siblings) : nothing} ${issueNote(ctx, path)}${issueNote(ctx, at)}
  </li>`;
}

/** One condition node at `path`: an all/any/not group, a shared-condition reference, or a `fact operator value` row. */
export function renderCondition(ctx: BuilderContext, node: unknown, path: DocPath, siblings?: readonly unknown[]): TemplateResult {
  if (kindOf(node)) return groupBlock(ctx, node as Record<string, unknown>, path, siblings);
  if (has(node, 'condition')) return referenceRow(ctx, String((node as { condition: unknown }).condition), path, siblings);
  const fact = { fact: '', operator: 'equal', value: '', ...(node as object) } as FactCondition;
  return factRow(ctx, fact, path, siblings);
}

/** A rule's whole condition tree (a missing or malformed root shows as an empty "all" group). */
export function renderConditions(ctx: BuilderContext, conditions: unknown, path: DocPath): TemplateResult {
  const root = kindOf(conditions) || has(conditions, 'condition') ? conditions : { all: [] };
  return html`<ul class="conditions root">${renderCondition(ctx, root as ConditionNode, path)}</ul>`;
}
