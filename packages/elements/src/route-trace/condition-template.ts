import { html, nothing, type TemplateResult } from 'lit';
import type { ConditionTrace } from '@sales-line/core';
import type { RouteTraceStrings } from '../i18n/route-trace-strings.ts';
import type { Formatters } from '../i18n/formatters.ts';
import { showValue } from '../i18n/show-value.ts';

/** One condition and, for groups, its children as a nested list. */
export function renderCondition(trace: ConditionTrace, text: RouteTraceStrings, format: Formatters): TemplateResult {
  const result = trace.result ? text.yes : text.no;
  const part = `condition condition-${trace.skipped ? 'skipped' : trace.result ? 'true' : 'false'}`;
  const skipped = trace.skipped ? html` <span class="muted">${text.notEvaluated}</span>` : nothing;
  if (trace.kind === 'fact') {
    const fact = trace.path ? `${trace.fact}${trace.path.replace(/^\$?\.?/, '.')}` : trace.fact;
    const expected = trace.valueFact ? `${trace.valueFact} (${showValue(format, trace.value)})` : showValue(format, trace.value);
    const actual = trace.missing ? text.missing : showValue(format, trace.factValue);
    return html`<li part=${part} class=${trace.result ? 'met' : 'missing'}>
      <span class="mark" aria-hidden="true">${trace.result ? '✓' : '✗'}</span>
      ${text.condition(fact, actual, text.operator(trace.operator), expected, result)}${skipped}
      ${trace.error ? html`<div class="muted">${trace.error}</div>` : nothing}
    </li>`;
  }
  const label = trace.kind === 'condition' ? text.reference(trace.reference) : text.group(trace.kind, trace.name);
  return html`<li part=${part}>
    <span>${label} ${result}</span>${skipped}
    <ul>${trace.children.map((child) => renderCondition(child, text, format))}</ul>
  </li>`;
}
