import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { mergeStrings } from '../i18n/merge-strings.ts';
import { orDefault } from '../attribute-fallback.ts';
import { DEFAULT_CAREER_PATH, forbiddenPromotions } from '@sales-line/core/promotion';
import { type ForbiddenPromotion, type PromotionReport, type SalesLineConfig } from '@sales-line/core';
import { careerPathStyles } from './career-path.styles.ts';
import { LocalizedElement, safely } from '../i18n/localized-element.ts';
import { showValue } from '../i18n/show-value.ts';
import { defaultCareerPathStrings, type CareerPathStrings } from '../i18n/career-path-strings.ts';
import { SalesLineRepSelectEvent } from '../events.ts';

interface Step {
  station: string;
  reports: PromotionReport[];
  forbidden: ForbiddenPromotion[];
}

function reportsProblem(reports: unknown): string | undefined {
  if (!Array.isArray(reports)) return 'reports must be a list';
  const bad = reports.findIndex(
    (r) => typeof r !== 'object' || r === null || typeof r.repId !== 'string' || typeof r.station !== 'string' || typeof r.eligible !== 'boolean' || !Array.isArray(r.criteria),
  );
  return bad === -1 ? undefined : `reports[${bad}] needs a repId, a station, eligible and a list of criteria`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts of a config the path reads (station names, `promotion.path` and `.forbidden`), checked so a bad one is named, not thrown. */
function configProblem(config: unknown): string | undefined {
  if (config == null) return undefined;
  if (!isObject(config)) return 'the config must be an object';
  const stations = isObject(config.line) ? config.line.stations : undefined;
  if (stations !== undefined) {
    if (!Array.isArray(stations)) return 'line.stations must be a list of stations';
    const bad = stations.findIndex((station) => !isObject(station) || typeof station.id !== 'string');
    if (bad !== -1) return `line.stations[${bad}] must be an object with a string id`;
  }
  const promotion = isObject(config.promotion) ? config.promotion : {};
  if (promotion.path !== undefined && !(Array.isArray(promotion.path) && promotion.path.every((id) => typeof id === 'string'))) {
    return 'promotion.path must be a list of station ids';
  }
  if (promotion.forbidden !== undefined) {
    if (!Array.isArray(promotion.forbidden)) return 'promotion.forbidden must be a list';
    const bad = promotion.forbidden.findIndex((rule) => !isObject(rule) || typeof rule.from !== 'string' || typeof rule.to !== 'string');
    if (bad !== -1) return `promotion.forbidden[${bad}] needs a from and a to station id`;
  }
  return undefined;
}

/**
 * The career path as ordered steps, the reps at each step and who is eligible for the next,
 * from core's `evaluatePromotions`; selecting a rep shows each criterion met or missing with
 * the actual and required values. Forbidden jumps (core's defaults plus the config's) are
 * shown as such. It decides nothing: eligibility is core's.
 *
 * @tagname sales-line-career-path
 * @summary The career path, who stands where, and what each rep still needs.
 *
 * @event {SalesLineRepSelectEvent} sales-line-rep-select - When the user selects a rep; `detail` has `repId` and the rep's `report`.
 *
 * @csspart path - The ordered list of steps.
 * @csspart step - A step (station); also `step-off-path` for reps not on the path.
 * @csspart step-count - How many reps are at a step.
 * @csspart rep - A rep's button; also `rep-eligible`, `rep-selected`.
 * @csspart rep-status - A rep's standing in words.
 * @csspart forbidden - A forbidden jump from a step.
 * @csspart details - The selected rep's criteria.
 * @csspart criteria - The criteria table.
 * @csspart criterion - A criterion's row; also `criterion-met`, `criterion-missing`.
 * @csspart empty - The empty text.
 * @csspart error - The error state.
 *
 * @cssproperty --sales-line-font - Font shorthand.
 * @cssproperty --sales-line-color-text - Text colour.
 * @cssproperty --sales-line-color-muted - Secondary text.
 * @cssproperty --sales-line-color-column - Step background.
 * @cssproperty --sales-line-color-card - Rep button background.
 * @cssproperty --sales-line-color-border - Borders.
 * @cssproperty --sales-line-color-accent - The selected rep and focus ring.
 * @cssproperty --sales-line-color-success - Met criteria, eligible reps.
 * @cssproperty --sales-line-color-danger - Missing criteria, forbidden jumps, errors.
 */
export class SalesLineCareerPath extends LocalizedElement {
  static override styles = careerPathStyles;

  /** Core's `evaluatePromotions(config, reps, metrics)`. */
  @property({ attribute: false }) accessor reports: readonly PromotionReport[] | undefined;

  /** The line's config: station names, `promotion.path` and `promotion.forbidden`. Without it, core's default path. */
  @property({ attribute: false }) accessor config: SalesLineConfig | undefined;

  /** The selected rep's id; set by the user's selection too. */
  @property({ converter: orDefault('') }) accessor selected = '';

  /** Overrides for any visible string. */
  @property({ attribute: false }) accessor strings: Partial<CareerPathStrings> = {};

  /** @internal */
  text: CareerPathStrings = defaultCareerPathStrings;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(defaultCareerPathStrings, this.strings);
  }

  #name(station: string): string {
    return this.config?.line?.stations?.find((s) => s.id === station)?.name ?? this.text.stationName(station);
  }

  override render() {
    const text = this.text;
    const reports = this.reports;
    if (reports == null) return html`<p class="state" part="empty">${text.empty}</p>`;
    const badConfig = configProblem(this.config);
    if (badConfig !== undefined) return this.#error(text.malformedConfig(badConfig));
    const rendered = safely(() => {
      const problem = reportsProblem(reports);
      if (problem !== undefined) throw new Error(problem);
      return this.#path(reports);
    });
    if (rendered.error !== undefined) return this.#error(text.malformed(rendered.error));
    return rendered.value;
  }

  #error(message: string) {
    return html`<div class="state error" part="error" role="alert"><strong>${this.text.errorTitle}</strong><p>${message}</p></div>`;
  }

  #path(reports: readonly PromotionReport[]) {
    const text = this.text;
    const path: readonly string[] = this.config?.promotion?.path ?? DEFAULT_CAREER_PATH;
    const forbidden = forbiddenPromotions(this.config?.promotion?.forbidden);
    const steps: Step[] = path.map((station) => ({ station, reports: reports.filter((r) => r.station === station), forbidden: forbidden.filter((f) => f.from === station) }));
    const off = reports.filter((r) => !path.includes(r.station));
    const selected = reports.find((r) => r.repId === this.selected);
    return html`<ol class="path" part="path" aria-label=${text.pathLabel}>
        ${steps.map((step, index) => html`<li class="step" part="step">
          <h3>${this.#name(step.station)}</h3>
          <span class="muted" part="step-count">${text.stepCount(this.format.number(step.reports.length), step.reports.length)}</span>
          ${this.#reps(step.reports, forbidden)}
          ${path[index + 1] !== undefined ? html`<p class="muted">${text.next(this.#name(path[index + 1]!))}</p>` : nothing}
          ${step.forbidden.map((f) => html`<p class="forbidden" part="forbidden">${text.forbidden(this.#name(f.from), this.#name(f.to), f.reason)}</p>`)}
        </li>`)}
        ${off.length > 0
          ? html`<li class="step off" part="step step-off-path"><h3>${text.offPath}</h3>
              <span class="muted" part="step-count">${text.stepCount(this.format.number(off.length), off.length)}</span>${this.#reps(off, forbidden, true)}</li>`
          : nothing}
      </ol>
      <section class="details" part="details" aria-live="off">
        ${selected ? this.#details(selected, forbidden) : html`<p class="muted">${text.selectHint}</p>`}
      </section>`;
  }

  #reps(reports: readonly PromotionReport[], forbidden: readonly ForbiddenPromotion[], offPath = false) {
    const text = this.text;
    if (reports.length === 0) return html`<p class="muted">${text.noReps}</p>`;
    return html`<ul class="reps">
      ${reports.map((report) => {
        const isForbidden = report.next !== null && forbidden.some((f) => f.from === report.station && f.to === report.next);
        const status =
          report.next === null
            ? offPath ? text.offPathRep : text.endOfPath
            : isForbidden
              ? text.forbiddenStep
              : report.eligible
                ? text.eligibleFor(this.#name(report.next))
                : text.notYetEligible(this.#name(report.next));
        const isSelected = report.repId === this.selected;
        return html`<li>
          <button type="button" class="rep" part="rep${report.eligible ? ' rep-eligible' : ''}${isSelected ? ' rep-selected' : ''}" aria-pressed=${isSelected ? 'true' : 'false'} data-rep-id=${report.repId} @click=${() => this.#select(report)}>
            ${report.name} <span class="rep-status ${report.eligible ? 'met' : 'muted'}" part="rep-status">${report.eligible ? '✓ ' : ''}${status}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  #details(report: PromotionReport, forbidden: readonly ForbiddenPromotion[]) {
    const text = this.text;
    const jump = report.next === null ? undefined : forbidden.find((f) => f.from === report.station && f.to === report.next);
    const described = new Set(report.criteria.map((c) => c.description));
    const otherGaps = report.missing.filter((gap) => !described.has(gap) && gap !== jump?.reason);
    return html`<h3>${text.detailsHeading(report.name)}</h3>
      <p>${report.summary}</p>
      ${jump ? html`<p class="forbidden" part="forbidden">${text.forbidden(this.#name(jump.from), this.#name(jump.to), jump.reason)}</p>` : nothing}
      ${report.rule ? html`<p class="muted">${text.rule(report.rule)}</p>` : nothing}
      ${report.criteria.length === 0
        ? jump || report.next === null ? nothing : html`<p class="muted">${text.noCriteria}</p>`
        : html`<table part="criteria">
            <thead><tr><th scope="col">${text.criterion}</th><th scope="col">${text.actual}</th><th scope="col">${text.required}</th><th scope="col">${text.result}</th></tr></thead>
            <tbody>${report.criteria.map((c) => html`<tr part="criterion ${c.met ? 'criterion-met' : 'criterion-missing'}">
              <th scope="row">${c.description}</th><td>${showValue(this.format, c.actual)}</td><td>${c.required}</td><td class=${c.met ? 'met' : 'missing'}>${c.met ? text.met : text.missing}</td>
            </tr>`)}</tbody>
          </table>`}
      ${otherGaps.length > 0 ? html`<p>${text.stillMissing}:</p><ul>${otherGaps.map((gap) => html`<li class="missing">${gap}</li>`)}</ul>` : nothing}`;
  }

  #select(report: PromotionReport): void {
    this.selected = report.repId;
    // Built apart from dispatchEvent so the manifest analyzer does not list a second, nameless event.
    const event = new SalesLineRepSelectEvent({ repId: report.repId, report });
    this.dispatchEvent(event);
  }
}
