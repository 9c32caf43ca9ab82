import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { mergeStrings } from '../i18n/merge-strings.ts';
import { orDefault } from '../attribute-fallback.ts';
import type { BenchmarkReport, MetricBenchmark, RepBenchmark } from '@sales-line/core';
import { benchmarkStyles } from './benchmark.styles.ts';
import { formatValue, readMetric } from './read-metric.ts';
import { LocalizedElement, safely } from '../i18n/localized-element.ts';
import { defaultBenchmarkStrings, type BenchmarkStrings } from '../i18n/benchmark-strings.ts';

const WIDTH = 320;
const PAD = 12;

/**
 * One metric for one rep against the distribution of their station's non-ramping peers:
 * a box plot (median, 25th–75th percentile box, min/max whiskers), the rep's marker and the
 * target line, with the standing in words and a data-table fallback. It draws core's
 * `computeBenchmarks` report; it computes nothing itself.
 *
 * @tagname sales-line-benchmark
 * @summary One rep's metric against their team's spread, in a chart and in words.
 *
 * @csspart benchmark - The root.
 * @csspart summary - The standing in words ("Ana: 120 dials per workday — above the team (p78)").
 * @csspart chart - The SVG box plot (`role="img"`).
 * @csspart box - The 25th–75th percentile box.
 * @csspart median - The median line.
 * @csspart whisker - The min–max line.
 * @csspart marker - The rep's marker.
 * @csspart target - The target line.
 * @csspart table - The visually hidden data table.
 * @csspart empty - The empty text.
 * @csspart error - The error state.
 *
 * @cssproperty --sales-line-font - Font shorthand.
 * @cssproperty --sales-line-color-text - Text and the median.
 * @cssproperty --sales-line-color-muted - Box outline, whiskers and axis labels.
 * @cssproperty --sales-line-color-column - Box fill.
 * @cssproperty --sales-line-color-accent - The rep's marker.
 * @cssproperty --sales-line-color-warning - The target line.
 * @cssproperty --sales-line-color-success - "Above" status text.
 * @cssproperty --sales-line-color-danger - "Below" status text and errors.
 * @cssproperty --sales-line-chart-width - Most width the chart takes.
 */
export class SalesLineBenchmark extends LocalizedElement {
  static override styles = benchmarkStyles;

  /** A `computeBenchmarks` report; the metric is picked by `metricId` (and `station`). */
  @property({ attribute: false }) accessor report: BenchmarkReport | undefined;

  /** One metric of a report, instead of `report` + `metricId`. */
  @property({ attribute: false }) accessor metric: MetricBenchmark | undefined;

  /** The metric's id, to find it in `report`. */
  @property({ attribute: 'metric-id', converter: orDefault('') }) accessor metricId = '';

  /** The station to look in when a metric id appears in several; empty for the first match. */
  @property({ converter: orDefault('') }) accessor station = '';

  /** The rep to show. */
  @property({ attribute: 'rep-id', converter: orDefault('') }) accessor repId = '';

  /** Overrides for any visible string. */
  @property({ attribute: false }) accessor strings: Partial<BenchmarkStrings> = {};

  /** @internal */
  text: BenchmarkStrings = defaultBenchmarkStrings;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(defaultBenchmarkStrings, this.strings);
  }

  override render() {
    const text = this.text;
    const read = safely(() => readMetric(this.report, this.metric, this.metricId, this.station));
    const found = read.error === undefined ? read.value : { error: 'malformed' as const, detail: read.error };
    if (found === undefined) return html`<p class="state" part="empty">${text.empty}</p>`;
    if ('error' in found) return this.#error(found.error === 'no-metric' ? text.noMetric(found.detail) : text.malformed(found.detail));
    const rep = found.metric.reps.find((r) => r.repId === this.repId);
    if (!rep) return this.#error(text.noRep(this.repId));
    return this.#chart(found.metric, found.stationName, rep);
  }

  #error(message: string) {
    return html`<div class="state error" part="error" role="alert"><strong>${this.text.errorTitle}</strong><p>${message}</p></div>`;
  }

  #chart(metric: MetricBenchmark, stationName: string, rep: RepBenchmark) {
    const text = this.text;
    const show = (value: number | null) => (value === null ? '—' : text.value(formatValue(this.format, value, metric.unit), metric.unit));
    const d = metric.distribution;
    const name = rep.name || rep.repId;
    const percentile = rep.percentile === null ? null : this.format.number(Math.round(rep.percentile));
    const ramping = rep.ramping ? ` (${text.ramping})` : '';
    const summary =
      rep.value === null
        ? `${name}${ramping}: ${metric.label} — ${text.noValue}`
        : text.status(name + ramping, text.measure(metric.label, formatValue(this.format, rep.value, metric.unit), metric.unit), text.statusWord(rep.status), percentile);
    const target = rep.meetsTarget === null ? '' : `; ${rep.meetsTarget ? text.targetMet : text.targetMissed}`;
    const values = [d.min, d.max, rep.value, metric.target].filter((v): v is number => v !== null);
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
    const x = (value: number) => PAD + ((value - lo) / (hi - lo)) * (WIDTH - 2 * PAD);
    const desc = text.chartDesc(summary + target, show(d.median), show(d.p25), show(d.p75), show(d.min), show(d.max), this.format.number(d.n));
    const rows: Array<[string, number | null]> = [
      [text.min, d.min], [text.p25, d.p25], [text.median, d.median], [text.p75, d.p75], [text.p90, d.p90 ?? null], [text.max, d.max],
      [text.target, metric.target], [text.repValue(name), rep.value],
    ];
    return html`<div class="benchmark" part="benchmark">
      <p class="summary ${rep.status ?? ''}" part="summary">${summary}${target}</p>
      <svg class="chart" part="chart" role="img" viewBox="0 0 ${WIDTH} 64" aria-labelledby="title" aria-describedby="desc">
        <title id="title">${text.chartTitle(metric.label, stationName)}</title>
        <desc id="desc">${desc}</desc>
        ${d.min !== null && d.max !== null ? svg`<line class="whisker" part="whisker" x1=${x(d.min)} x2=${x(d.max)} y1="28" y2="28"></line>
          <line class="whisker" x1=${x(d.min)} x2=${x(d.min)} y1="20" y2="36"></line><line class="whisker" x1=${x(d.max)} x2=${x(d.max)} y1="20" y2="36"></line>
          <text class="axis" x=${x(d.min)} y="56" text-anchor="middle">${show(d.min)}</text>
          <text class="axis" x=${x(d.max)} y="56" text-anchor="middle">${show(d.max)}</text>` : nothing}
        ${d.p25 !== null && d.p75 !== null ? svg`<rect class="box" part="box" x=${x(d.p25)} y="16" width=${Math.max(1, x(d.p75) - x(d.p25))} height="24"></rect>` : nothing}
        ${d.median !== null ? svg`<line class="median" part="median" x1=${x(d.median)} x2=${x(d.median)} y1="16" y2="40"></line>` : nothing}
        ${metric.target !== null ? svg`<line class="target" part="target" x1=${x(metric.target)} x2=${x(metric.target)} y1="6" y2="46"></line>` : nothing}
        ${rep.value !== null ? svg`<circle class="marker" part="marker" cx=${x(rep.value)} cy="28" r="6"></circle>` : nothing}
      </svg>
      <table class="visually-hidden" part="table">
        <caption>${text.tableCaption(metric.label)}</caption>
        <thead><tr><th scope="col">${text.statistic}</th><th scope="col">${text.valueHeader}</th></tr></thead>
        <tbody>${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${show(value)}</td></tr>`)}</tbody>
      </table>
    </div>`;
  }
}
