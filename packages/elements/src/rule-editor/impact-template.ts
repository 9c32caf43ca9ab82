import { html, nothing, type TemplateResult } from 'lit';
import type { RuleEditorStrings } from '../i18n/rule-editor-strings.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { RulesDiff } from './config-diff.ts';

/** The diff against the published document, and how many sample leads would change station (`null`: not known). */
export function renderImpact(diff: RulesDiff, changedStation: number | null, strings: RuleEditorStrings, format: Formatters): TemplateResult {
  const lines = [
    diff.added.length ? strings.added(format.list(diff.added)) : '',
    diff.removed.length ? strings.removed(format.list(diff.removed)) : '',
    diff.changed.length ? strings.changed(format.list(diff.changed)) : '',
    diff.fallbackChanged ? strings.fallbackChanged : '',
  ].filter((line) => line !== '');
  return html`<section class="impact" part="impact" aria-label=${strings.impactHeading}>
    <h3 class="heading">${strings.impactHeading}</h3>
    ${lines.length === 0 ? html`<p class="muted">${strings.noChanges}</p>` : html`<ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>`}
    ${changedStation === null ? nothing : html`<p class="replay" part="replay">${strings.wouldChangeStation(format.number(changedStation), changedStation)}</p>`}
  </section>`;
}
