import { html, type TemplateResult } from 'lit';
import type { Lead, RoutingDecision } from '@sales-line/core';
import type { RuleEditorStrings } from '../i18n/rule-editor-strings.ts';
import type { Formatters } from '../i18n/formatters.ts';

/** One sample lead's result: its decision, or why routing it failed. */
export type DryRunRow = { lead: Lead; decision: RoutingDecision } | { lead: Lead; error: string };

/**
 * The trace of one decision. This is the seam for `<sales-line-route-trace>`: once that
 * element exists, this function returns `html\`<sales-line-route-trace .decision=${decision}>\``
 * and nothing else in the editor changes.
 */
export function renderDecisionTrace(decision: RoutingDecision, strings: RuleEditorStrings): TemplateResult {
  return html`<p class="explanation" part="explanation">${decision.explanation.text}</p>
    <ul class="trace" part="trace">
      ${decision.explanation.rules
        .filter((rule) => !rule.skipped)
        .map((rule) => html`<li data-matched=${String(rule.matched)}>${rule.matched ? '✓' : '✗'} ${rule.name} — ${rule.matched ? strings.matched : strings.notMatched}</li>`)}
    </ul>`;
}

function row(item: DryRunRow, strings: RuleEditorStrings): TemplateResult {
  if ('error' in item) {
    return html`<tr data-lead=${item.lead.id}>
      <th scope="row">${item.lead.name || item.lead.id}</th>
      <td colspan="4" class="issue">⚠ ${strings.routingFailed(item.error)}</td>
    </tr>`;
  }
  const { decision } = item;
  const owner = decision.repId ?? (decision.queue === null ? '—' : strings.queue(decision.queue));
  return html`<tr data-lead=${item.lead.id}>
    <th scope="row">${item.lead.name || item.lead.id}</th>
    <td data-cell="station">${decision.station}${decision.stage ? ` / ${decision.stage}` : ''}</td>
    <td data-cell="owner">${owner}</td>
    <td data-cell="rule">${decision.rule ?? strings.fallbackRule}</td>
    <td data-cell="why">${renderDecisionTrace(decision, strings)}</td>
  </tr>`;
}

/** Every sample lead routed through the edited document: where it goes, to whom, by which rule, and why. */
export function renderDryRun(rows: readonly DryRunRow[] | null, leadCount: number, strings: RuleEditorStrings, format: Formatters): TemplateResult {
  const body =
    leadCount === 0
      ? html`<p class="muted">${strings.dryRunNoLeads}</p>`
      : rows === null
        ? html`<p class="muted">${strings.dryRunInvalid}</p>`
        : html`${rows.length < leadCount ? html`<p class="muted">${strings.dryRunShown(format.number(rows.length), format.number(leadCount))}</p>` : ''}
            <table part="dry-run-table">
            <thead>
              <tr>
                <th scope="col">${strings.lead}</th>
                <th scope="col">${strings.station}</th>
                <th scope="col">${strings.ownerOrQueue}</th>
                <th scope="col">${strings.rule}</th>
                <th scope="col">${strings.explanationHeading}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map((item) => row(item, strings))}
            </tbody>
          </table>`;
  return html`<section class="dry-run" part="dry-run" aria-label=${strings.dryRunHeading}>
    <h3 class="heading">${strings.dryRunHeading}</h3>
    ${body}
  </section>`;
}


