import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { mergeStrings } from '../i18n/merge-strings.ts';
import { orDefault } from '../attribute-fallback.ts';
import { capacityStyles } from './capacity.styles.ts';
import type { CapacityModel, SimulationResult } from '@sales-line/core';
import { readCapacity, type Band, type CapacityView, type FigureRow, type StationRow } from './read-capacity.ts';
import { LocalizedElement, safely } from '../i18n/localized-element.ts';
import { defaultCapacityStrings, type CapacityStrings } from '../i18n/capacity-strings.ts';

const BAR_MAX = 300;
const FIGURE_ROW = 58;
const STATION_ROW = 38;
const STATION_BAR = 360;

/**
 * The assembly line beside the traditional team, from core's `capacityModel` (a steady-state
 * month) or `simulate` (a run over days, with p10–p90 bands when several seeds ran): leads
 * handled, meetings, deals, cost per deal and profit as paired bars, then each station's
 * utilisation with the bottleneck highlighted and named in words. Each chart is `role="img"`
 * with a data-table fallback.
 *
 * @tagname sales-line-capacity
 * @summary Assembly line vs traditional team, and where the line is full.
 *
 * @csspart capacity - The root.
 * @csspart period - What the figures cover (a month, or a simulation's days and runs).
 * @csspart comparison - The SVG of paired bars.
 * @csspart bar-line - An assembly-line bar.
 * @csspart bar-traditional - A traditional-team bar.
 * @csspart band - A p10–p90 band.
 * @csspart utilisation - The SVG of station utilisation.
 * @csspart bar-station - A station's bar; also `bar-bottleneck`.
 * @csspart bottleneck - The bottleneck named in words.
 * @csspart table - A visually hidden data table.
 * @csspart empty - The empty text.
 * @csspart error - The error state.
 *
 * @cssproperty --sales-line-font - Font shorthand.
 * @cssproperty --sales-line-color-text - Text and bands.
 * @cssproperty --sales-line-color-line - Assembly-line bars (defaults to the accent).
 * @cssproperty --sales-line-color-traditional - Traditional-team bars (defaults to muted).
 * @cssproperty --sales-line-color-border - Station bars.
 * @cssproperty --sales-line-color-danger - The bottleneck's bar, and errors.
 * @cssproperty --sales-line-chart-width - Most width a chart takes.
 */
export class SalesLineCapacity extends LocalizedElement {
  static override styles = capacityStyles;

  /** Core's `capacityModel(scenario)`: a steady-state month. */
  @property({ attribute: false }) accessor model: CapacityModel | undefined;

  /** Core's `simulate(…)` result; wins over `model` when both are set. */
  @property({ attribute: false }) accessor result: SimulationResult | undefined;

  /** ISO 4217 currency of costs and profit. */
  @property({ converter: orDefault('USD') }) accessor currency = 'USD';

  /** Overrides for any visible string. */
  @property({ attribute: false }) accessor strings: Partial<CapacityStrings> = {};

  /** @internal */
  text: CapacityStrings = defaultCapacityStrings;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(defaultCapacityStrings, this.strings);
  }

  override render() {
    const text = this.text;
    const read = safely(() => readCapacity(this.model, this.result));
    if (read.error !== undefined) return html`<div class="state error" part="error" role="alert"><strong>${text.errorTitle}</strong><p>${text.malformed(read.error)}</p></div>`;
    if (read.value === undefined) return html`<p class="state" part="empty">${text.empty}</p>`;
    const view = read.value;
    return html`<div class="capacity" part="capacity">
      <h3>${text.comparisonTitle}</h3>
      <p class="period muted" part="period">${text.period(view.days === null ? null : this.format.number(view.days), view.runs === null ? null : this.format.number(view.runs))}</p>
      ${this.#comparison(view)}
      <h3>${text.utilisationTitle}</h3>
      <p class="bottleneck-text" part="bottleneck">${this.#bottleneck(view)}</p>
      ${this.#utilisation(view)}
    </div>`;
  }

  #show(value: number | null, money: boolean): string {
    if (value === null || !Number.isFinite(value)) return this.text.noTraditional;
    return money ? this.format.money(value, this.currency) : this.format.number(Math.round(value * 10) / 10);
  }

  #percent(value: number): string {
    return this.format.percent(value);
  }

  #bottleneck(view: CapacityView): string {
    const row = view.stations.find((s) => s.station === view.bottleneck);
    return row ? this.text.bottleneck(this.text.stationName(row.station), this.#percent(row.utilisation)) : this.text.leadSupply;
  }

  #bandLine(band: Band | undefined, scale: (v: number) => number, y: number) {
    if (!band || !Number.isFinite(band.p10) || !Number.isFinite(band.p90)) return nothing;
    return svg`<g class="band" part="band"><line x1=${scale(band.p10)} x2=${scale(band.p90)} y1=${y} y2=${y}></line>
      <line x1=${scale(band.p10)} x2=${scale(band.p10)} y1=${y - 4} y2=${y + 4}></line><line x1=${scale(band.p90)} x2=${scale(band.p90)} y1=${y - 4} y2=${y + 4}></line></g>`;
  }

  #comparison(view: CapacityView) {
    const text = this.text;
    const rows = view.figures;
    const height = rows.length * FIGURE_ROW;
    const summary = rows
      .map((r) => `${text.figure(r.figure)}: ${text.line} ${this.#show(r.line, r.money)}, ${text.traditional} ${this.#show(r.traditional, r.money)}`)
      .join('; ');
    const bar = (row: FigureRow, value: number | null, band: Band | undefined, y: number, kind: 'line' | 'traditional') => {
      const values = [row.line, row.traditional ?? 0, row.lineBand?.p90 ?? 0, row.traditionalBand?.p90 ?? 0].map((v) => (Number.isFinite(v) ? Math.abs(v) : 0));
      const max = Math.max(...values) || 1;
      const scale = (v: number) => (Math.abs(v) / max) * BAR_MAX;
      const width = value === null || !Number.isFinite(value) ? 0 : scale(value);
      return svg`<rect class="bar-${kind}" part="bar-${kind}" data-figure=${row.figure} x="0" y=${y} width=${width} height="14"></rect>
        ${this.#bandLine(band, scale, y + 7)}
        <text x=${Math.max(width, band ? scale(band.p90) : 0) + 6} y=${y + 11}>${kind === 'line' ? text.line : text.traditional}: ${this.#show(value, row.money)}</text>`;
    };
    return html`<svg part="comparison" role="img" viewBox="0 0 480 ${height}" aria-labelledby="comparison-title" aria-describedby="comparison-desc">
        <title id="comparison-title">${text.comparisonTitle}</title>
        <desc id="comparison-desc">${text.comparisonDesc(summary)}</desc>
        ${rows.map((row, index) => {
          const y = index * FIGURE_ROW;
          return svg`<text x="0" y=${y + 12} font-weight="600">${text.figure(row.figure)}</text>
            ${bar(row, row.line, row.lineBand, y + 18, 'line')}
            ${row.traditional === null ? nothing : bar(row, row.traditional, row.traditionalBand, y + 36, 'traditional')}`;
        })}
      </svg>
      <table class="visually-hidden" part="table">
        <caption>${text.comparisonTitle}</caption>
        <thead><tr><th scope="col">${text.figureHeader}</th><th scope="col">${text.line}</th><th scope="col">${text.traditional}</th>${rows.some((r) => r.lineBand) ? html`<th scope="col">${text.bandHeader}</th>` : nothing}</tr></thead>
        <tbody>${rows.map((r) => html`<tr><th scope="row">${text.figure(r.figure)}</th><td>${this.#show(r.line, r.money)}</td><td>${this.#show(r.traditional, r.money)}</td>${
          rows.some((x) => x.lineBand) ? html`<td>${r.lineBand ? text.band(this.#show(r.lineBand.p10, r.money), this.#show(r.lineBand.p90, r.money)) : '—'}</td>` : nothing
        }</tr>`)}</tbody>
      </table>`;
  }

  #utilisation(view: CapacityView) {
    const text = this.text;
    const rows = view.stations;
    const max = Math.max(1, ...rows.map((r) => Math.max(r.utilisation, r.band?.p90 ?? 0)));
    const scale = (v: number) => (Math.max(0, v) / max) * STATION_BAR;
    const label = (row: StationRow) => text.stationLabel(text.stationName(row.station), this.format.number(row.headcount));
    const summary = rows.map((r) => `${label(r)}: ${text.utilisation(this.#percent(r.utilisation))}`).join('; ');
    return html`<svg part="utilisation" role="img" viewBox="0 0 480 ${rows.length * STATION_ROW + 4}" aria-labelledby="utilisation-title" aria-describedby="utilisation-desc">
        <title id="utilisation-title">${text.utilisationTitle}</title>
        <desc id="utilisation-desc">${this.#bottleneck(view)} ${summary}</desc>
        ${rows.map((row, index) => {
          const y = index * STATION_ROW;
          const isBottleneck = row.station === view.bottleneck;
          const width = scale(row.utilisation);
          return svg`<text x="0" y=${y + 12}>${label(row)}</text>
            <rect class="bar-station${isBottleneck ? ' bottleneck' : ''}" part=${isBottleneck ? 'bar-station bar-bottleneck' : 'bar-station'} data-station=${row.station} x="0" y=${y + 17} width=${width} height="14"></rect>
            ${this.#bandLine(row.band, scale, y + 24)}
            <text x=${Math.max(width, row.band ? scale(row.band.p90) : 0) + 6} y=${y + 28} font-weight=${isBottleneck ? '600' : '400'}>${this.#percent(row.utilisation)}${isBottleneck ? ` — ${text.bottleneckMark}` : ''}</text>`;
        })}
        <line class="full" x1=${scale(1)} x2=${scale(1)} y1="14" y2=${rows.length * STATION_ROW + 4}></line>
      </svg>
      <table class="visually-hidden" part="table">
        <caption>${text.utilisationTitle}</caption>
        <thead><tr><th scope="col">${text.station}</th><th scope="col">${text.headcount}</th><th scope="col">${text.utilisationHeader}</th>${rows.some((r) => r.band) ? html`<th scope="col">${text.bandHeader}</th>` : nothing}</tr></thead>
        <tbody>${rows.map((r) => html`<tr><th scope="row">${text.stationName(r.station)}${r.station === view.bottleneck ? ` (${text.bottleneckMark})` : ''}</th><td>${this.format.number(r.headcount)}</td><td>${this.#percent(r.utilisation)}</td>${
          rows.some((x) => x.band) ? html`<td>${r.band ? text.band(this.#percent(r.band.p10), this.#percent(r.band.p90)) : '—'}</td>` : nothing
        }</tr>`)}</tbody>
      </table>`;
  }
}
