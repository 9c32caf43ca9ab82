import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { mergeStrings } from '../i18n/merge-strings.ts';
import { orDefault } from '../attribute-fallback.ts';
import type { BenchmarkReport, MetricBenchmark } from '@sales-line/core';
import { leaderboardStyles } from './leaderboard.styles.ts';
import { isLeaderboardColumn, rankReps, sortReps, type LeaderboardColumn, type RankedRep, type SortDirection } from './sort-reps.ts';
import { formatValue, readMetric } from '../benchmark/read-metric.ts';
import { LocalizedElement, safely } from '../i18n/localized-element.ts';
import { defaultBenchmarkStrings, type BenchmarkStrings } from '../i18n/benchmark-strings.ts';
import { SalesLineSortEvent } from '../events.ts';

type View = { metric: MetricBenchmark; stationName: string; rows: RankedRep[] } | { error: string } | undefined;

/**
 * A station's reps ranked on one metric of core's `computeBenchmarks` report: a real table
 * with sortable columns (buttons in the headers, `aria-sort`), each rep's value, percentile
 * and status in words; ramping reps are marked and ranked after no one (they have no percentile).
 *
 * @tagname sales-line-leaderboard
 * @summary A station's reps ranked on a metric, sortable, with percentile and status in words.
 *
 * @event {SalesLineSortEvent} sales-line-sort - When the user sorts by a column; `detail` has `column` and `direction`.
 *
 * @csspart table - The table.
 * @csspart caption - Its caption (station, metric and rep count).
 * @csspart sort-button - A column's sort button.
 * @csspart row - A rep's row; also `row-ramping` for a ramping rep.
 * @csspart status - A status cell; also `status-above`, `status-within`, `status-below`.
 * @csspart ramping - The "ramping" mark.
 * @csspart empty - The empty text.
 * @csspart error - The error state.
 *
 * @cssproperty --sales-line-font - Font shorthand.
 * @cssproperty --sales-line-color-text - Text colour.
 * @cssproperty --sales-line-color-muted - Ramping marks and sort icons.
 * @cssproperty --sales-line-color-border - Row separators.
 * @cssproperty --sales-line-color-surface - Ramping rows' background.
 * @cssproperty --sales-line-color-accent - Focus ring.
 * @cssproperty --sales-line-color-success - "Above" status.
 * @cssproperty --sales-line-color-danger - "Below" status and errors.
 */
export class SalesLineLeaderboard extends LocalizedElement {
  static override styles = leaderboardStyles;

  /** A `computeBenchmarks` report. */
  @property({ attribute: false }) accessor report: BenchmarkReport | undefined;

  /** The station whose reps are ranked; empty for the first station with `metric`. */
  @property({ converter: orDefault('') }) accessor station = '';

  /** The id of the metric to rank on. */
  @property({ converter: orDefault('') }) accessor metric = '';

  /** The column sorted on; the user changes it with the header buttons. */
  @property({ attribute: 'sort-by' }) accessor sortBy: LeaderboardColumn = 'percentile';

  /** The sort direction; the user changes it with the header buttons. */
  @property({ attribute: 'sort-direction' }) accessor sortDirection: SortDirection = 'descending';

  /** Overrides for any visible string. */
  @property({ attribute: false }) accessor strings: Partial<BenchmarkStrings> = {};

  /** @internal */
  text: BenchmarkStrings = defaultBenchmarkStrings;
  /** @internal */
  @state() accessor view: View;
  #collator = new Intl.Collator('en');

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(defaultBenchmarkStrings, this.strings);
    // Unknown values fall back to the defaults, as HTML's enumerated attributes do.
    if (!isLeaderboardColumn(this.sortBy)) this.sortBy = 'percentile';
    if (this.sortDirection !== 'ascending' && this.sortDirection !== 'descending') this.sortDirection = 'descending';
    if (this.#collator.resolvedOptions().locale !== this.format.locale) this.#collator = new Intl.Collator(this.format.locale);
    const read = safely(() => {
      const found = readMetric(this.report, undefined, this.metric, this.station);
      if (found === undefined || 'error' in found) return found;
      const rows = sortReps(rankReps(found.metric.reps), this.sortBy, this.sortDirection, this.#collator);
      return { ...found, rows };
    });
    const found = read.error === undefined ? read.value : { error: 'malformed' as const, detail: read.error };
    if (found !== undefined && 'error' in found) this.view = { error: found.error === 'no-metric' ? this.text.noMetric(found.detail) : this.text.malformed(found.detail) };
    else this.view = found;
  }

  override render() {
    const text = this.text;
    const view = this.view;
    if (view === undefined) return html`<p class="state" part="empty">${text.empty}</p>`;
    if ('error' in view) return html`<div class="state error" part="error" role="alert"><strong>${text.errorTitle}</strong><p>${view.error}</p></div>`;
    const { metric, rows } = view;
    const show = (value: number | null) => (value === null ? '—' : text.value(formatValue(this.format, value, metric.unit), metric.unit));
    return html`<table part="table">
      <caption part="caption">${text.leaderboardLabel(metric.label, view.stationName)} · ${text.repCount(this.format.number(rows.length), rows.length)}</caption>
      <thead>
        <tr>
          <th scope="col" class="num">${text.rank}</th>
          ${this.#header('name', text.rep)}
          ${this.#header('value', metric.label, 'num')}
          ${this.#header('percentile', text.percentile, 'num')}
          <th scope="col">${text.statusHeader}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ rep, rank }) => html`<tr part=${rep.ramping ? 'row row-ramping' : 'row'} class=${rep.ramping ? 'ramping-row' : ''}>
          <td class="num">${rank === null ? '—' : this.format.number(rank)}</td>
          <th scope="row">${rep.name}${rep.ramping ? html` <span class="ramping" part="ramping">(${text.ramping})</span>` : nothing}</th>
          <td class="num">${show(rep.value)}</td>
          <td class="num">${rep.percentile === null ? '—' : text.percentileValue(this.format.number(Math.round(rep.percentile)))}</td>
          <td part=${rep.status ? `status status-${rep.status}` : 'status'} class=${rep.status ?? ''}>${text.statusWord(rep.status)}${rep.meetsTarget === null ? '' : `; ${rep.meetsTarget ? text.targetMet : text.targetMissed}`}</td>
        </tr>`)}
      </tbody>
    </table>`;
  }

  #header(column: LeaderboardColumn, label: string, className = '') {
    const sorted = this.sortBy === column;
    return html`<th scope="col" class=${className} aria-sort=${sorted ? this.sortDirection : 'none'}>
      <button type="button" part="sort-button" data-column=${column} aria-label=${this.text.sortBy(label)} @click=${() => this.#sort(column)}>
        ${label}<span class="sort-icon" aria-hidden="true">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  #sort(column: LeaderboardColumn): void {
    const view = this.view;
    const higherFirst = column === 'percentile' || (column === 'value' && !(view && 'metric' in view && view.metric.direction === 'lower'));
    this.sortDirection =
      this.sortBy === column ? (this.sortDirection === 'ascending' ? 'descending' : 'ascending') : higherFirst ? 'descending' : 'ascending';
    this.sortBy = column;
    // Built apart from dispatchEvent so the manifest analyzer does not list a second, nameless event.
    const event = new SalesLineSortEvent({ column, direction: this.sortDirection });
    this.dispatchEvent(event);
  }
}
