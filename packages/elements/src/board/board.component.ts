import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lead, SalesLineConfig } from '@sales-line/core';
import { boardStyles } from './board.styles.ts';

/**
 * The lead-stage board: one swimlane per station, one column per stage, one card per lead.
 *
 * @summary A lead-stage board for a sales assembly line.
 * @csspart swimlane - A station's row.
 * @csspart column - A stage's column.
 * @csspart card - A lead card.
 * @cssproperty --sales-line-column-width - Width of a stage column.
 */
export class SalesLineBoard extends LitElement {
  static override styles = boardStyles;

  /** The line's validated config (stations and their stages). */
  @property({ attribute: false }) accessor config: SalesLineConfig | undefined;

  /** The leads to show; each is placed in the column of its `stage`. */
  @property({ attribute: false }) accessor leads: readonly Lead[] = [];

  override render() {
    const config = this.config;
    if (!config) return html`<p part="empty">No line configured.</p>`;
    const byStage = new Map<string, Lead[]>();
    for (const lead of this.leads) {
      const stage = lead.stage ?? '';
      const list = byStage.get(stage);
      if (list) list.push(lead);
      else byStage.set(stage, [lead]);
    }
    return config.line.stations.map(
      (station) => html`
        <section class="swimlane" part="swimlane" aria-label=${station.name}>
          <h2 class="swimlane-title">${station.name}</h2>
          <div class="columns">
            ${station.stages.map((stage) => {
              const leads = byStage.get(stage) ?? [];
              return html`<div class="column" part="column" data-stage=${stage}>
                <h3 class="column-title"><span>${stage}</span><span>${leads.length}</span></h3>
                ${leads.length === 0
                  ? nothing
                  : html`<ul class="cards">
                      ${leads.map((lead) => html`<li class="card" part="card" data-lead=${lead.id}>${lead.name}</li>`)}
                    </ul>`}
              </div>`;
            })}
          </div>
        </section>
      `,
    );
  }
}
