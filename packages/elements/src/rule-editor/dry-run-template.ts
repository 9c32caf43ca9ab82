import { html, type TemplateResult } from 'lit';
import type { Lead, RoutingDecision, SalesLineConfig } from '@sales-line/core';
import '../route-trace/route-trace.ts';
import type { RuleEditorStrings } from '../i18n/rule-editor-strings.ts';
import type { Formatters } from '../i18n/formatters.ts';

/** One sample lead's result: its decision, or why routing it failed. */
export type DryRunRow = { lead: Lead; decision: RoutingDecision } | { lead: Lead; error: string };

/** A sample that is not an object (null, a string) still gets its row, named by its position, with core's reason. */
const sample = (lead: unknown, index: number): { id: string; label: string } => {
  const { id, name } = (lead !== null && typeof lead === 'object' ? lead : {}) as Partial<Lead>;
  const label = [name, id].find((value) => typeof value === 'string' && value !== '') ?? `#${index + 1}`;
  return { id: String(id ?? ''), label };
};

function row(item: DryRunRow, index: number, config: SalesLineConfig, strings: RuleEditorStrings, format: Formatters): TemplateResult {
  if ('error' in item) {
    const { id, label } = sample(item.lead, index);
    return html`<tr data-lead=${id}>
      <th scope="row">${label}</th>
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
    <td data-cell="why"><sales-line-route-trace part="route-trace" lang=${format.locale} .decision=${decision} .config=${config}></sales-line-route-trace></td>
  </tr>`;
}

/** Every sample lead routed through the edited document: where it goes, to whom, by which rule, and why. */
export function renderDryRun(
  rows: readonly DryRunRow[] | null,
  config: SalesLineConfig | undefined,
  leadCount: number | null, strings: RuleEditorStrings, format: Formatters,
  /** The rows are from before the last edit: the section says so until they are redone. */
  checking = false): TemplateResult {
  const body =
    leadCount === null
      ? html`<p class="issue">${strings.dryRunMalformed}</p>`
      : leadCount === 0
      ? html`<p class="muted">${strings.dryRunNoLeads}</p>`
      : rows === null || config === undefined
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
              ${rows.map((item, index) => row(item, index, config, strings, format))}
            </tbody>
          </table>`;
  return html`<section class="dry-run${checking ? ' checking' : ''}" part="dry-run" aria-label=${strings.dryRunHeading} aria-busy=${checking}>
    <h3 class="heading">${strings.dryRunHeading}</h3>
    ${checking ? html`<p class="muted" part="checking">${strings.checking}</p>` : ''}${body}
  </section>`;
}


