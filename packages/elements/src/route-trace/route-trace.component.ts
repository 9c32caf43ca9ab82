import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { mergeStrings } from '../i18n/merge-strings.ts';
import type { CandidateTrace, RoutingDecision, RuleTrace, SalesLineConfig } from '@sales-line/core';
import { routeTraceStyles } from './route-trace.styles.ts';
import { renderCondition } from './condition-template.ts';
import { LocalizedElement, safely } from '../i18n/localized-element.ts';
import { defaultRouteTraceStrings, type RouteTraceStrings } from '../i18n/route-trace-strings.ts';

function decisionProblem(decision: RoutingDecision): string | undefined {
  if (typeof decision !== 'object' || decision === null) return 'the decision must be an object';
  const explanation = decision.explanation;
  if (typeof explanation !== 'object' || explanation === null) return 'explanation must be an object';
  if (typeof explanation.text !== 'string') return 'explanation.text must be a string';
  if (!Array.isArray(explanation.rules)) return 'explanation.rules must be a list';
  if (!Array.isArray(explanation.candidates)) return 'explanation.candidates must be a list';
  const rule = explanation.rules.findIndex((r) => typeof r !== 'object' || r === null || typeof r.name !== 'string');
  if (rule !== -1) return `explanation.rules[${rule}] needs a name`;
  const candidate = explanation.candidates.findIndex((c) => typeof c !== 'object' || c === null || typeof c.repId !== 'string');
  if (candidate !== -1) return `explanation.candidates[${candidate}] needs a repId`;
  return undefined;
}

/**
 * A routing decision's explanation, readable by a sales manager: core's plain-language text
 * on top, then each rule tried in order (matched, missed or not evaluated) with its
 * conditions as nested lists — fact, the lead's value, operator, expected value and result —
 * and missing facts; then the candidates, who was chosen and why each other was excluded.
 * The rule editor reuses it for dry runs.
 *
 * @tagname sales-line-route-trace
 * @summary Why a lead went where it went: rules, conditions and candidates.
 *
 * @csspart trace - The root.
 * @csspart text - Core's plain-language explanation.
 * @csspart outcome - Station, stage and owner or queue.
 * @csspart rules - The ordered list of rules.
 * @csspart rule - A rule; also `rule-matched`, `rule-missed`, `rule-skipped`, `rule-failed`.
 * @csspart rule-summary - A rule's `<summary>` line.
 * @csspart condition - A condition; also `condition-true`, `condition-false`, `condition-skipped`.
 * @csspart missing-facts - The facts a rule needed that the lead lacked.
 * @csspart candidates - The candidates table.
 * @csspart candidate - A candidate's row; also `candidate-chosen`, `candidate-excluded`.
 * @csspart strategy - The assignment strategy and tie-break.
 * @csspart empty - The empty text.
 * @csspart error - The error state.
 *
 * @cssproperty --sales-line-font - Font shorthand.
 * @cssproperty --sales-line-color-text - Text colour.
 * @cssproperty --sales-line-color-muted - Skipped rules and secondary text.
 * @cssproperty --sales-line-color-border - Table rules.
 * @cssproperty --sales-line-color-accent - Focus ring.
 * @cssproperty --sales-line-color-success - Conditions that held.
 * @cssproperty --sales-line-color-danger - Conditions that failed, and errors.
 */
export class SalesLineRouteTrace extends LocalizedElement {
  static override styles = routeTraceStyles;

  /** The decision to explain (from `routeLead`, `line.moveLead`, a dry run, …). */
  @property({ attribute: false }) accessor decision: RoutingDecision | undefined;

  /** The line's config, optional: when given, stations show by their names instead of their ids. */
  @property({ attribute: false }) accessor config: SalesLineConfig | undefined;

  /** Opens every rule's details (the matched rule is always open). */
  @property({ type: Boolean }) accessor expanded = false;

  /** Overrides for any visible string. */
  @property({ attribute: false }) accessor strings: Partial<RouteTraceStrings> = {};

  /** @internal */
  text: RouteTraceStrings = defaultRouteTraceStrings;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(defaultRouteTraceStrings, this.strings);
  }

  override render() {
    const text = this.text;
    const decision = this.decision;
    if (decision == null) return html`<p class="state" part="empty">${text.empty}</p>`;
    const checked = safely(() => decisionProblem(decision));
    const problem = checked.error ?? checked.value;
    if (problem !== undefined) return html`<div class="state error" part="error" role="alert"><strong>${text.errorTitle}</strong><p>${text.malformed(problem)}</p></div>`;
    const rendered = safely(() => this.#trace(decision));
    if (rendered.error !== undefined) return html`<div class="state error" part="error" role="alert"><strong>${text.errorTitle}</strong><p>${text.malformed(rendered.error)}</p></div>`;
    return rendered.value;
  }

  #stationName(id: string): string {
    const stations = this.config?.line?.stations;
    const name = Array.isArray(stations) ? stations.find((s) => s?.id === id)?.name : undefined;
    return typeof name === 'string' && name !== '' ? name : id;
  }

  #trace(decision: RoutingDecision) {
    const text = this.text;
    const { explanation } = decision;
    const chosen = explanation.candidates.find((c) => c.chosen);
    const extras = [explanation.strategy && text.strategy(explanation.strategy), explanation.tieBreak && text.tieBreak(explanation.tieBreak)].filter(Boolean);
    return html`<div class="trace" part="trace">
      <p class="text" part="text">${explanation.text}</p>
      <p class="outcome" part="outcome">${text.outcome(this.#stationName(decision.station), decision.stage, chosen?.name ?? decision.repId, decision.queue, decision.fallback)}</p>
      <section>
        <h3>${text.rulesHeading}</h3>
        ${explanation.rules.length === 0
          ? html`<p class="muted">${text.noRules}</p>`
          : html`<ol part="rules">${explanation.rules.map((rule) => this.#rule(rule))}</ol>`}
      </section>
      <section>
        <h3>${text.candidatesHeading}</h3>
        ${explanation.candidates.length === 0 ? html`<p class="muted">${text.noCandidates}</p>` : this.#candidates(explanation.candidates)}
        ${extras.length > 0 ? html`<p class="muted" part="strategy">${extras.join('; ')}</p>` : nothing}
      </section>
    </div>`;
  }

  #rule(rule: RuleTrace) {
    const text = this.text;
    const state = rule.error !== undefined ? 'failed' : rule.skipped ? 'skipped' : rule.matched ? 'matched' : 'missed';
    const status = rule.error !== undefined ? text.failed(rule.error) : rule.skipped ? text.skipped : rule.matched ? text.matched : text.missed;
    return html`<li part="rule rule-${state}" class="rule-${state}">
      <details ?open=${this.expanded || rule.matched}>
        <summary part="rule-summary">${text.ruleSummary(rule.name, status, this.format.number(rule.priority))}</summary>
        ${rule.conditions ? html`<ul>${renderCondition(rule.conditions, text, this.format)}</ul>` : nothing}
        ${rule.missingFacts?.length ? html`<p part="missing-facts">${text.missingFacts(this.format.list(rule.missingFacts))}</p>` : nothing}
      </details>
    </li>`;
  }

  #candidates(candidates: CandidateTrace[]) {
    const text = this.text;
    const number = (value: number | undefined) => (value === undefined ? '—' : this.format.number(value));
    return html`<table part="candidates">
      <thead><tr><th scope="col">${text.rep}</th><th scope="col">${text.outcomeHeader}</th><th scope="col" class="num">${text.load}</th><th scope="col" class="num">${text.credits}</th></tr></thead>
      <tbody>
        ${candidates.map((c) => {
          const outcome = c.chosen ? text.chosen : c.eligible ? text.eligible : text.excluded(c.excludedBy ?? '—', c.reason ?? '');
          return html`<tr part="candidate ${c.chosen ? 'candidate-chosen' : c.eligible ? '' : 'candidate-excluded'}" class=${c.chosen ? 'chosen' : ''}>
            <th scope="row">${c.name || c.repId}</th><td>${outcome}</td><td class="num">${number(c.load)}</td><td class="num">${number(c.credits)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
