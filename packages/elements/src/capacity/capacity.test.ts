import { expect, fixture, html } from '@open-wc/testing';
import { capacityModel } from '@sales-line/core/simulation';
import { simulate } from '@sales-line/core';
import type { SalesLineCapacity } from './capacity.component.ts';
import { capacityFixture, HOSTILE, simulationFixture } from '../../test/widget-fixtures.ts';
import './capacity.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const tableRows = (table: Element) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text).join(' | '));

describe('<sales-line-capacity>', () => {
  it('is accessible, and compares the line with the traditional team figure by figure', async () => {
    const el = await fixture<SalesLineCapacity>(html`<sales-line-capacity lang="en-US" .model=${capacityFixture()}></sales-line-capacity>`);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part="period"]'))).to.equal('per month, steady state');
    expect(tableRows($$(el, '[part="table"]')[0]!)).to.deep.equal([
      'Leads handled | 1,200 | 600',
      'Meetings held | 140 | 60',
      'Deals won | 35 | 12',
      'Cost per deal | $3,200 | $8,000',
      'Profit | $512,000 | -$15,000',
    ]);
    expect($(el, '[part="comparison"]')!.getAttribute('role')).to.equal('img');
    // Paired bars share a scale: 1,200 leads is the full bar, 600 half of it.
    const leads = $$(el, '[data-figure="leadsWorked"]').map((bar) => Number(bar.getAttribute('width')));
    expect(leads).to.deep.equal([300, 150]);
  });

  it('highlights the bottleneck among the stations and names it in words', async () => {
    const el = await fixture<SalesLineCapacity>(html`<sales-line-capacity .model=${capacityFixture()}></sales-line-capacity>`);
    expect(text($(el, '[part="bottleneck"]'))).to.equal('Bottleneck: Hunter, 96.5% utilised.');
    expect($$(el, '[part~="bar-bottleneck"]').map((bar) => bar.getAttribute('data-station'))).to.deep.equal(['hunter']);
    expect(tableRows($$(el, '[part="table"]')[1]!)).to.deep.equal([
      'Lead generation | 4 | 62%',
      'Hunter (bottleneck) | 3 | 96.5%',
      'Customer management | 2 | 40%',
      'Generalists (traditional) | 9 | 88%',
    ]);
    expect(text($(el, '[part="utilisation"] desc'))).to.equal(
      'Bottleneck: Hunter, 96.5% utilised. Lead generation (4): 62% utilised; Hunter (3): 96.5% utilised; Customer management (2): 40% utilised; Generalists (traditional) (9): 88% utilised',
    );
  });

  it('draws p10–p90 bands from a simulation of several runs, in the element\'s lang and currency', async () => {
    const el = await fixture<SalesLineCapacity>(html`<sales-line-capacity lang="de-DE" currency="EUR" .result=${simulationFixture()}></sales-line-capacity>`);
    expect(text($(el, '[part="period"]'))).to.equal('over 90 days, 50 runs (bands: 10th–90th percentile)');
    expect(tableRows($$(el, '[part="table"]')[0]!)).to.deep.equal([
      'Leads handled | 3.000 | — | 2.800 to 3.200',
      'Meetings held | 400 | — | 380 to 420',
      'Deals won | 100 | — | 90 to 110',
      'Cost per deal | 2.500 € | — | —',
      'Profit | 750.000 € | — | 700.000 € to 800.000 €',
    ]);
    expect($$(el, '[part="comparison"] [part="band"]').length).to.equal(4);
    expect($$(el, '[part="utilisation"] [part="band"]').length).to.equal(2);
    expect(text($(el, '[part="bottleneck"]'))).to.equal('Bottleneck: Lead generation, 99 % utilised.');
  });

  it("draws core's own capacity model of the default scenario", async () => {
    const model = capacityModel();
    const el = await fixture<SalesLineCapacity>(html`<sales-line-capacity .model=${model}></sales-line-capacity>`);
    expect($(el, '[part="error"]')).to.equal(null);
    expect($$(el, '[part~="bar-station"]').length).to.equal(model.line.stations.length + model.traditional.stations.length);
    expect(text($(el, '[part="bottleneck"]'))).to.match(model.line.bottleneck === 'lead-supply' ? /^No station is full/ : /^Bottleneck: /);
  });

  it("draws core's own simulation of a few days over two seeds, with its bands", async () => {
    const result = await simulate({}, { seed: 7, days: 3, runs: 2 });
    const el = await fixture<SalesLineCapacity>(html`<sales-line-capacity .result=${result}></sales-line-capacity>`);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(text($(el, '[part="period"]'))).to.equal('over 3 days, 2 runs (bands: 10th–90th percentile)');
    expect($$(el, '[part="comparison"] [part="band"]').length).to.be.greaterThan(0);
    expect($$(el, '[part~="bar-bottleneck"]').map((bar) => bar.getAttribute('data-station'))).to.deep.equal([result.bottleneck]);
  });

  it('renders hostile strings as text and malformed input as an error, not a throw', async () => {
    const el = await fixture<SalesLineCapacity>(html`<sales-line-capacity .model=${capacityFixture()} .strings=${{ comparisonTitle: HOSTILE }}></sales-line-capacity>`);
    expect(text($(el, 'h3'))).to.equal(HOSTILE);
    expect($(el, 'img')).to.equal(null);
    el.model = { line: { stations: [] } } as never;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(text($(el, '[part="error"] p'))).to.equal('The capacity result is malformed: model needs line and traditional figures');
    el.model = undefined;
    el.result = { totals: simulationFixture().totals, stations: 'x' } as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The capacity result is malformed: result.stations must be a list');
    el.result = Promise.resolve(simulationFixture()) as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The capacity result is malformed: result is a Promise: set the awaited SimulationResult (simulate is async)');
    el.result = undefined;
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('No capacity model or simulation to show.');
  });
});
